// Package policies embeds graduate's Rego policies and their default data. The tree
// under graduate/ is also an OPA bundle root: opa test, opa check, conftest and
// opa build read the same files.
package policies

import "embed"

// FS holds the graduate/ tree: criteria, libraries, the report entrypoint and
// config/data.json (levels and thresholds).
//
//go:embed graduate
var FS embed.FS

// Root is the directory inside FS that holds the policies.
const Root = "graduate"
