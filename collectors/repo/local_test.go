package repo

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// write creates the files under dir, making parent directories.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLocalWalk(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"README.md":                   "# x\n",
		"docs/GOVERNANCE.md":          "# g\n",
		"vendor/a/LICENSE":            "MIT\n",
		"node_modules/b/README.md":    "x\n",
		"third_party/c/SECURITY.md":   "x\n",
		"pkg/vendor/d/CONTRIBUTING":   "x\n",
		"governance/README.md":        "x\n",
		".github/ISSUE_TEMPLATE/a.md": "x\n",
	})
	if err := os.MkdirAll(filepath.Join(dir, ".git", "objects"), 0o755); err != nil {
		t.Fatal(err)
	}
	// A .git directory makes NewLocal use git; remove it again to test the walk.
	if err := os.RemoveAll(filepath.Join(dir, ".git")); err != nil {
		t.Fatal(err)
	}
	l, err := NewLocal("", dir)
	if err != nil {
		t.Fatal(err)
	}
	if l.Name() != filepath.Base(l.Root()) {
		t.Errorf("Name() = %q, want the directory's base name", l.Name())
	}
	got, err := l.Files(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".github/ISSUE_TEMPLATE/a.md", "README.md", "docs/GOVERNANCE.md", "governance/README.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
}

func TestNewLocalErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"file": "x"})
	for _, d := range []string{filepath.Join(dir, "missing"), filepath.Join(dir, "file")} {
		if _, err := NewLocal("x", d); err == nil {
			t.Errorf("NewLocal(%q) succeeded, want an error", d)
		}
	}
}

func TestSymlinks(t *testing.T) {
	outside := t.TempDir()
	write(t, outside, map[string]string{"secret.md": "secret\n", "dir/GOVERNANCE.md": "secret\n"})
	dir := t.TempDir()
	write(t, dir, map[string]string{"README.md": "# readme\n", "docs/real.md": "real\n"})
	links := map[string]string{
		"ESCAPE.md":      filepath.Join(outside, "secret.md"),
		"RELATIVE.md":    "../" + filepath.Base(outside) + "/secret.md",
		"outdir":         filepath.Join(outside, "dir"),
		"INSIDE.md":      "README.md",
		"docs/UP.md":     "../README.md",
		"DIRLINK":        "docs",
		"DANGLING.md":    "nothing-here.md",
		"LOOP.md":        "LOOP.md",
		"docs/ABSOLUTE":  filepath.Join(dir, "docs", "real.md"),
		"docs/PARENT.md": "..",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	got, err := l.Files(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"INSIDE.md", "README.md", "docs/ABSOLUTE", "docs/UP.md", "docs/real.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
	for _, p := range []string{"ESCAPE.md", "RELATIVE.md", "outdir/GOVERNANCE.md", "DIRLINK", "docs/PARENT.md"} {
		b, err := l.ReadFile(ctx, p)
		if err == nil {
			t.Errorf("ReadFile(%q) = %q, want an error", p, b)
		}
	}
	for _, p := range []string{"../x", "/etc/passwd", "docs/../../x", ""} {
		if _, err := l.ReadFile(ctx, p); !errors.Is(err, ErrBadPath) {
			t.Errorf("ReadFile(%q) error = %v, want ErrBadPath", p, err)
		}
	}
	b, err := l.ReadFile(ctx, "docs/UP.md")
	if err != nil || string(b) != "# readme\n" {
		t.Errorf("ReadFile(docs/UP.md) = %q, %v; want the README", b, err)
	}
}

func TestBinaryAndOversize(t *testing.T) {
	big := strings.Repeat("a", MaxFileSize+1)
	files := map[string]string{
		"text.md":    "hello\n",
		"binary.md":  "PK\x03\x04\x00\x00",
		"late-nul":   strings.Repeat("b", sniffSize) + "\x00",
		"exact.md":   strings.Repeat("c", MaxFileSize),
		"big.md":     big,
		"empty.md":   "",
		"docs/x.txt": "ok",
	}
	dir := t.TempDir()
	write(t, dir, files)
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	repos := []Repo{l, NewMemory("r", files)}
	tests := []struct {
		path    string
		wantErr error
	}{
		{"text.md", nil},
		{"binary.md", ErrBinary},
		{"late-nul", nil}, // NUL beyond the first 8 KiB
		{"exact.md", nil},
		{"big.md", ErrTooLarge},
		{"empty.md", nil},
		{"docs/x.txt", nil},
	}
	for _, r := range repos {
		for _, tt := range tests {
			b, err := r.ReadFile(context.Background(), tt.path)
			if tt.wantErr == nil {
				if err != nil || !bytes.Equal(b, []byte(files[tt.path])) {
					t.Errorf("%T.ReadFile(%q): err %v, %d bytes; want the content", r, tt.path, err, len(b))
				}
				continue
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("%T.ReadFile(%q) error = %v, want %v", r, tt.path, err, tt.wantErr)
			}
		}
	}
}

func TestGitLsFiles(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.org", "-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	write(t, dir, map[string]string{
		".gitignore":          "build/\n*.log\n",
		"README.md":           "# x\n",
		"GOVERNANCE.md":       "# g\n",
		"build/GOVERNANCE.md": "generated\n",
		"debug.log":           "log\n",
		"untracked.md":        "not added\n",
		"vendor/m/LICENSE":    "vendored\n",
		"deleted.md":          "gone soon\n",
	})
	git("add", ".gitignore", "README.md", "GOVERNANCE.md", "vendor", "deleted.md")
	git("commit", "-q", "-m", "init")
	if err := os.Remove(filepath.Join(dir, "deleted.md")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := l.Files(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Tracked files and untracked ones git would add; not the ignored, the vendored,
	// or the deleted.
	want := []string{".gitignore", "GOVERNANCE.md", "README.md", "untracked.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
}

func TestChanged(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir, bin := t.TempDir(), t.TempDir()
	gitIn := func(dir, date string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.org", "-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git := func(date string, args ...string) { t.Helper(); gitIn(dir, date, args...) }
	git("", "init", "-q")
	write(t, dir, map[string]string{"ROADMAP.md": "# 2021\n\n- a plugin API\n", "README.md": "# x\n", "PLAN.md": "# Plan\n\n- Windows\n"})
	git("2021-09-17T10:00:00Z", "add", ".")
	git("2021-09-17T10:00:00Z", "commit", "-q", "-m", "init")
	write(t, dir, map[string]string{"PLAN.md": "# Plan\n\n- Windows\n- arm64\n"})
	git("2022-04-01T10:00:00Z", "commit", "-q", "-am", "plan")
	write(t, dir, map[string]string{"README.md": "# y\n", "untracked.md": "new\n"})
	git("2025-03-02T10:00:00Z", "commit", "-q", "-am", "readme")
	// A formatting sweep and a move change no content.
	write(t, dir, map[string]string{"ROADMAP.md": "# 2021\n\n\n-   a plugin API\n"})
	git("2025-06-01T10:00:00Z", "commit", "-q", "-am", "reformat")
	git("2025-07-01T10:00:00Z", "mv", "PLAN.md", "docs-plan.md")
	git("2025-07-01T10:00:00Z", "commit", "-q", "-m", "move")
	// A history that cannot show a change (its old blob is missing) is dated by the
	// last commit.
	write(t, dir, map[string]string{"GONE.md": "# Gone\n"})
	git("2025-08-01T10:00:00Z", "add", "GONE.md")
	git("2025-08-01T10:00:00Z", "commit", "-q", "-m", "gone")
	blob, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD:GONE.md").Output()
	if err != nil {
		t.Fatal(err)
	}
	// A binary file's change has no hunk; it dates the file all the same (in a
	// repository of its own, whose history shows every change).
	gitIn(bin, "", "init", "-q")
	for i, date := range []string{"2025-08-01T10:00:00Z", "2025-08-15T10:00:00Z"} {
		if err := os.WriteFile(filepath.Join(bin, "logo.png"), []byte{0x89, 'P', 'N', 'G', 0, byte(i)}, 0o644); err != nil {
			t.Fatal(err)
		}
		gitIn(bin, date, "add", "logo.png")
		gitIn(bin, date, "commit", "-q", "-m", "logo")
	}
	write(t, dir, map[string]string{"GONE.md": "# Gone again\n"})
	git("2025-09-01T10:00:00Z", "commit", "-q", "-am", "gone again")
	if err := os.Remove(filepath.Join(dir, ".git", "objects", string(blob[:2]), strings.TrimSpace(string(blob[2:])))); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"ROADMAP.md": "2021-09-17", "docs-plan.md": "2022-04-01", "GONE.md": "2025-09-01", "README.md": "2025-03-02", "untracked.md": ""} {
		if got, err := l.Changed(context.Background(), p); err != nil || got != want {
			t.Errorf("Changed(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
	bl, err := NewLocal("b", bin)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := bl.Changed(context.Background(), "logo.png"); err != nil || got != "2025-08-15" {
		t.Errorf("Changed(logo.png) = %q, %v; want 2025-08-15", got, err)
	}
	if _, err := l.Changed(context.Background(), "../outside.md"); err == nil {
		t.Error("Changed of a path outside the checkout succeeded")
	}
	shallow := filepath.Join(t.TempDir(), "shallow")
	git("", "clone", "-q", "--depth", "1", "file://"+dir, shallow)
	sl, err := NewLocal("s", shallow)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := sl.Changed(context.Background(), "ROADMAP.md"); err != nil || got != "" {
		t.Errorf("Changed in a shallow clone = %q, %v; want nothing: its one commit seems to add every file", got, err)
	}
	plain := t.TempDir()
	write(t, plain, map[string]string{"ROADMAP.md": "# r\n"})
	p, err := NewLocal("p", plain)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := p.Changed(context.Background(), "ROADMAP.md"); err != nil || got != "" {
		t.Errorf("Changed without history = %q, %v; want nothing", got, err)
	}
}

func TestContextCancelled(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.md": "a"})
	l, err := NewLocal("r", dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	if _, err := l.Files(ctx); err == nil {
		t.Error("Files with a cancelled context succeeded")
	}
	if _, err := l.ReadFile(ctx, "a.md"); err == nil {
		t.Error("ReadFile with a cancelled context succeeded")
	}
}
