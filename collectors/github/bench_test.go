package github_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sync/errgroup"

	"github.com/graduate-dev/graduate/collectors/github"
	"github.com/graduate-dev/graduate/collectors/github/githubtest"
)

// kubevirtSized writes a tree the size of kubevirt/kubevirt's (about 12,700 files, 318
// of them Markdown) under dir: the documents in docs/ folders, the rest source files
// of a few KiB.
func kubevirtSized(b *testing.B, dir string) {
	b.Helper()
	body := strings.Repeat("// a line of source code, as a repository has many of them\n", 60)
	doc := strings.Repeat("A paragraph of documentation that says what the project does and how.\n\n", 40)
	for i := range 12700 {
		var p, content string
		if i < 318 {
			p, content = fmt.Sprintf("docs/area%02d/page%03d.md", i%20, i), "# Page\n\n"+doc
		} else {
			p, content = fmt.Sprintf("pkg/component%03d/file%04d.go", i%150, i), body
		}
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKubevirtSized reads a kubevirt-sized repository through the fake API: its
// files and every fact, first with an empty cache, then again with the cache of a
// first run. requests/op is what a repository costs.
func BenchmarkKubevirtSized(b *testing.B) {
	dir := b.TempDir()
	kubevirtSized(b, dir)
	srv := githubtest.New(b)
	srv.Add("kubevirt/kubevirt", fixture(dir))
	ctx := context.Background()
	run := func(b *testing.B, cache func() string) {
		before, _ := srv.Requests()
		for b.Loop() {
			c, err := github.New(github.Options{URL: srv.URL, CacheDir: cache()})
			if err != nil {
				b.Fatal(err)
			}
			if _, _, _, _, _, err := readRepo(ctx, c, "kubevirt", "kubevirt"); err != nil {
				b.Fatal(err)
			}
		}
		after, _ := srv.Requests()
		b.ReportMetric(float64(after-before)/float64(b.N), "requests/op")
	}
	b.Run("first", func(b *testing.B) { run(b, func() string { return b.TempDir() }) })
	warm := b.TempDir()
	c, _ := github.New(github.Options{URL: srv.URL, CacheDir: warm})
	if _, _, _, _, _, err := readRepo(ctx, c, "kubevirt", "kubevirt"); err != nil {
		b.Fatal(err)
	}
	b.Run("rerun", func(b *testing.B) { run(b, func() string { return warm }) })
}

// BenchmarkFiftyRepositories reads 50 repositories through the fake API with the
// default concurrency, each with an empty cache: the time is for all 50.
func BenchmarkFiftyRepositories(b *testing.B) {
	srv := githubtest.New(b)
	abs, err := filepath.Abs("../../examples/lantern/lantern")
	if err != nil {
		b.Fatal(err)
	}
	for i := range 50 {
		srv.Add(fmt.Sprintf("org%02d/repo", i), fixture(abs))
	}
	ctx := context.Background()
	before, _ := srv.Requests()
	for b.Loop() {
		c, err := github.New(github.Options{URL: srv.URL, CacheDir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(c.Concurrency())
		for i := range 50 {
			g.Go(func() error {
				_, _, _, _, _, err := readRepo(gctx, c, fmt.Sprintf("org%02d", i), "repo")
				return err
			})
		}
		if err := g.Wait(); err != nil {
			b.Fatal(err)
		}
	}
	after, _ := srv.Requests()
	b.ReportMetric(float64(after-before)/float64(b.N)/50, "requests/repo")
}
