package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/graduate-dev/graduate/engine"
)

func newBundleCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bundle",
		Short: "Package the policies for OPA servers and other tools",
		// A parent without RunE would print its help and exit 0 for a mistyped
		// subcommand; a CI script must see exit 2 instead.
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("unknown command %q for %q (known: build)", args[0], cmd.CommandPath())}
			}
			return usageError{fmt.Errorf("%s needs a command: build", cmd.CommandPath())}
		},
	}
	cmd.AddCommand(newBundleBuildCmd(e))
	return cmd
}

type bundleBuildParams struct {
	output     string
	policy     string
	data       string
	revision   string
	signingKey string
	signingAlg string
	keyID      string
}

func newBundleBuildCmd(e *env) *cobra.Command {
	var p bundleBuildParams
	cmd := &cobra.Command{
		Use:   "build -o bundle.tar.gz",
		Short: "Build an OPA bundle of the policies and their data, optionally signed",
		Long: `Build an OPA bundle (a .tar.gz, laid out as opa build lays it out) of the policies and
their default data, with thresholds from --data merged in. Serve it with
  opa run --server --bundle bundle.tar.gz
and POST a snapshot as input to /v1/data/graduate/report/<level>; or judge with it:
  graduate eval --policy bundle.tar.gz snapshot.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBundleBuild(cmd.Context(), e, p)
		},
	}
	f := cmd.Flags()
	addOutputFlag(f, &p.output, "write the bundle to this file (- for stdout)")
	addPolicyFlag(f, &p.policy, "bundle")
	addDataFlag(f, &p.data)
	f.StringVar(&p.revision, "revision", "", "manifest revision (default: a digest of the bundle's content)")
	f.StringVar(&p.signingKey, "signing-key", "", "sign the bundle with this key file: a PEM private key, or an HMAC secret")
	f.StringVar(&p.signingAlg, "signing-alg", "", "signing algorithm, e.g. RS256, ES256, HS256 (default: RS256 for a PEM key, HS256 for a secret)")
	f.StringVar(&p.keyID, "signing-key-id", "", "key id (kid) to put in the signature's header")
	_ = cmd.MarkFlagRequired("output")
	return cmd
}

func runBundleBuild(ctx context.Context, e *env, p bundleBuildParams) error {
	if p.signingKey == "" && (p.signingAlg != "" || p.keyID != "") {
		return usageError{errors.New("--signing-alg and --signing-key-id need --signing-key")}
	}
	opts := engine.BuildOptions{
		Policy:   p.policy,
		Revision: p.revision,
		Metadata: map[string]any{"graduate": version},
	}
	if p.data != "" {
		over, err := engine.LoadThresholdFile(p.data)
		if err != nil {
			return err
		}
		opts.Thresholds, opts.ThresholdsFile = over, p.data
	}
	if p.signingKey != "" {
		key, err := engine.ReadKeyFile(p.signingKey)
		if err != nil {
			return err
		}
		opts.Signing = &engine.Signing{Key: key, Algorithm: p.signingAlg, KeyID: p.keyID}
	}
	// Build in memory: a failed build leaves no partial bundle behind.
	var buf bytes.Buffer
	res, err := engine.Build(ctx, &buf, opts)
	if err != nil {
		return err
	}
	if p.output == "-" {
		if _, err := e.stdout.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("write bundle: %w", err)
		}
		return nil
	}
	if err := writeFileAtomic(p.output, buf.Bytes()); err != nil {
		return err
	}
	signed := "unsigned"
	if res.Signed {
		signed = "signed with " + res.Algorithm
	}
	fmt.Fprintf(e.stdout, "wrote %s: revision %s, %d policy files, %s\n", p.output, res.Revision, res.Modules, signed)
	return nil
}

// writeFileAtomic writes through a temporary file in the same directory, so a reader
// (an OPA polling the file's directory, a CI upload) never sees half a bundle.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), name)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("write bundle %s: %w", name, werr)
	}
	return nil
}
