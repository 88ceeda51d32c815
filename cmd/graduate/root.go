package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, as the contract pins them.
const (
	exitMet     = 0
	exitNotMet  = 1
	exitInvalid = 2
)

// errNotMet is returned when a report's required criteria are not all met; the report
// itself was already written, so nothing more is printed.
var errNotMet = errors.New("required criteria not met")

// version is graduate's own version.
const version = "0.1.0"

// env is what commands read from the process environment, injected so tests can set it.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     func(io.Writer) bool
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "graduate",
		Short:         "Judge a CNCF project against the TOC maturity criteria, as code",
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageError{err}
	})
	root.AddCommand(
		newEvalCmd(e),
		newCheckCmd(e),
		newCollectCmd(e),
		newCriteriaCmd(e),
		newVersionCmd(e),
		newCapabilitiesCmd(e),
		newBundleCmd(e),
		newImpactCmd(e),
		newBadgeCmd(e),
		newDiffCmd(e),
	)
	return root
}

// usageError marks a command-line mistake.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// run executes one command line and returns the process exit code. Every error is
// printed as one line on stderr; no panic escapes.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	e := &env{stdout: stdout, stderr: stderr, getenv: os.Getenv, isTerminal: isTerminal}
	return e.run(ctx, args)
}

func (e *env) run(ctx context.Context, args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "graduate: internal error: %v\n", r)
			code = exitInvalid
		}
	}()
	root := newRootCmd(e)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitMet
	case errors.Is(err, errNotMet):
		return exitNotMet
	default:
		fmt.Fprintf(e.stderr, "graduate: %s\n", oneLine(err.Error()))
		return exitInvalid
	}
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// color reports whether text output to w may use ANSI colours.
func (e *env) color(w io.Writer) bool {
	return e.getenv("NO_COLOR") == "" && e.isTerminal(w)
}
