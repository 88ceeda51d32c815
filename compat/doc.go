// Package compat holds graduate's compatibility tests against the stock tools users
// run the same policies with: the pinned opa (v1.22.2) and conftest (v0.71.1) binaries,
// and an OPA server fed the bundle graduate builds. They check that conftest's failures
// are graduate's unmet criteria, that an OPA server returns graduate's statuses, and
// that conftest's known ways of passing silently do not apply to the documented
// invocation (docs/compat.md).
//
// The tests find the binaries through OPA_BIN and CONFTEST_BIN (and GRADUATE_BIN, else
// they build graduate) and are skipped when those are not set; `make compat` sets them.
// The package holds tests only.
package compat
