package compat_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCompatOPAServer feeds a real `opa run --server` the signed bundle `graduate
// bundle build` writes, with its public key as --verification-key, and POSTs every
// example snapshot to /v1/data/graduate/report/<level>: each criterion's status (and
// the verdict, reasons and summary) is what graduate eval reports. At the bundle's
// level, graduation, /v1/data/graduate/gate/deny names the criteria graduate reports as
// required and not met, with their statuses.
func TestCompatOPAServer(t *testing.T) {
	tl := requireTools(t)
	private, public := rsaKeyFiles(t)
	bundle := filepath.Join(t.TempDir(), "bundle.tar.gz")
	if res := tl.run(t, tl.graduate, "bundle", "build", "-o", bundle, "--signing-key", private); res.code != 0 {
		t.Fatalf("graduate bundle build: exit %d: %s", res.code, res.stderr)
	}
	base := tl.startOPA(t, bundle, "--verification-key", public, "--signing-alg", "RS256")

	for _, snap := range snapshots(t) {
		input := readFile(t, filepath.Join(tl.root, snap))
		for _, level := range levels {
			t.Run(filepath.Base(snap)+"/"+level, func(t *testing.T) {
				want := tl.graduateEval(t, snap, level)
				var body struct {
					Result json.RawMessage `json:"result"`
				}
				postJSON(t, base+"/v1/data/graduate/report/"+level, `{"input": `+input+`}`, &body)
				if len(body.Result) == 0 {
					t.Fatalf("POST /v1/data/graduate/report/%s: no result (the document is undefined)", level)
				}
				compareReports(t, "opa server", decodeReport(t, body.Result), want)
				if level != "graduation" {
					return
				}
				var deny struct {
					Result []struct {
						Criterion string `json:"criterion"`
						Status    string `json:"status"`
					} `json:"result"`
				}
				postJSON(t, base+"/v1/data/graduate/gate/deny", `{"input": `+input+`}`, &deny)
				got := map[string]string{}
				for _, m := range deny.Result {
					got[m.Criterion] = m.Status
				}
				if d := diff("gate deny", got, "graduate unmet", want.notMet("required")); d != "" {
					t.Errorf("POST /v1/data/graduate/gate/deny:\n%s", d)
				}
			})
		}
	}
}

// TestCompatOPAServerRefusesBundle: with --verification-key, stock opa refuses to
// start on the bundle graduate builds unsigned, or signs with another key.
func TestCompatOPAServerRefusesBundle(t *testing.T) {
	tl := requireTools(t)
	_, public := rsaKeyFiles(t)
	otherPrivate, _ := rsaKeyFiles(t)
	cases := []struct {
		name, wantErr string
		args          []string
	}{
		{"unsigned", "bundle missing .signatures.json file", nil},
		{"signed with another key", "failed to verify JWT signature", []string{"--signing-key", otherPrivate}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bundle := filepath.Join(t.TempDir(), "bundle.tar.gz")
			if res := tl.run(t, tl.graduate, append([]string{"bundle", "build", "-o", bundle}, tc.args...)...); res.code != 0 {
				t.Fatalf("graduate bundle build: exit %d: %s", res.code, res.stderr)
			}
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			res := tl.runContext(t, ctx, tl.opa, "run", "--server", "--skip-version-check", "--addr", "127.0.0.1:"+freePort(t),
				"--bundle", bundle, "--verification-key", public, "--signing-alg", "RS256")
			if out := res.stdout + res.stderr; ctx.Err() != nil || res.code == 0 || !strings.Contains(out, tc.wantErr) {
				t.Errorf("opa run: exit %d, output %q; want a refusal naming %q", res.code, out, tc.wantErr)
			}
		})
	}
}

// startOPA starts opa run --server on a free loopback port with the bundle, waits until
// /health?bundles reports it active, and stops the server when the test ends.
func (tl tools) startOPA(t *testing.T, bundle string, extra ...string) string {
	t.Helper()
	var lastErr string
	for range 3 { // the port picked may be taken before opa binds it
		addr := "127.0.0.1:" + freePort(t)
		args := append([]string{"run", "--server", "--skip-version-check", "--log-level", "error",
			"--addr", addr, "--bundle", bundle}, extra...)
		cmd := exec.Command(tl.opa, args...)
		cmd.Dir = tl.root
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatalf("start opa: %v", err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		stop := func() {
			_ = cmd.Process.Kill()
			<-exited
		}
		base := "http://" + addr
		if err := waitHealthy(base, exited, 30*time.Second); err != nil {
			stop()
			lastErr = fmt.Sprintf("%v: %s", err, stderr.String())
			if strings.Contains(lastErr, "address already in use") {
				continue
			}
			t.Fatalf("opa run --server: %s", lastErr)
		}
		t.Cleanup(stop)
		return base
	}
	t.Fatalf("opa run --server: %s", lastErr)
	return ""
}

// waitHealthy polls /health?bundles until the bundle is active, the process exits or
// the time is up.
func waitHealthy(base string, exited <-chan error, limit time.Duration) error {
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			return fmt.Errorf("opa exited before it was ready (%v)", err)
		default:
		}
		resp, err := client.Get(base + "/health?bundles")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("not ready after %s", limit)
}

func postJSON(t *testing.T, url, body string, into any) {
	t.Helper()
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: %s: %s", url, resp.Status, raw)
	}
	if err := json.Unmarshal(raw, into); err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
}

// freePort returns a loopback port nothing listens on at the moment.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port)
}

// rsaKeyFiles writes a fresh RSA private key and its public key as PEM files.
func rsaKeyFiles(t *testing.T) (private, public string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	private, public = filepath.Join(dir, "key.pem"), filepath.Join(dir, "key.pub.pem")
	write := func(name, kind string, der []byte) {
		if err := os.WriteFile(name, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(private, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(key))
	write(public, "PUBLIC KEY", pub)
	return private, public
}
