// Command graduate judges a CNCF project against the TOC maturity criteria.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
)

// gcPercent is the garbage collector's target unless GOGC says otherwise. Compiling the
// policies allocates a great deal of short-lived AST while the compiled policies stay
// live, so Go's default of 100 collects over and over during a run that lasts well under
// a second; 400 roughly halves the wall time of one evaluation (docs/benchmarks.md) for
// about 10 MB more peak memory.
const gcPercent = 400

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
