# METADATA
# title: Criteria
# description: >-
#   The input schema of every criterion package, declared once: scope subpackages gives
#   each package under graduate.criteria the snapshot schema, so opa check --schema,
#   opa test --schema and graduate type-check each criterion's input against it. This
#   package defines no rules: the report and the catalogue iterate
#   data.graduate.criteria[section][name] and find nothing here. The file sits beside
#   criteria/, not in it, because every file in criteria/ is a criterion with its test
#   (engine's TestEveryCriterionHasTests).
# scope: subpackages
# schemas:
#   - input: schema.snapshot
package graduate.criteria
