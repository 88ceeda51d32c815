package history

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// gitFixture is a git repository a test builds commit by commit, with fixed dates and
// authors and no dependence on the machine's git configuration.
type gitFixture struct {
	t   *testing.T
	dir string
}

// isolateGit keeps the user's and the system's git configuration out of the test, for
// the fixture's commands and for the code under test alike.
func isolateGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", home)
	t.Setenv("GIT_CONFIG_GLOBAL", filepath.Join(home, "gitconfig"))
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, k := range []string{"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
}

func newGitFixture(t *testing.T) *gitFixture {
	t.Helper()
	isolateGit(t)
	f := &gitFixture{t: t, dir: t.TempDir()}
	f.git(nil, "init", "-q")
	f.git(nil, "symbolic-ref", "HEAD", "refs/heads/main")
	f.git(nil, "config", "user.name", "Fixture")
	f.git(nil, "config", "user.email", "fixture@example.com")
	f.git(nil, "config", "commit.gpgsign", "false")
	f.git(nil, "config", "tag.gpgsign", "false")
	return f
}

// git runs a git command in the fixture with extra environment and returns its output.
func (f *gitFixture) git(env []string, args ...string) string {
	f.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = f.dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		f.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// dated is the environment that dates a commit or tag and names its author.
func dated(when string, author string) []string {
	name, email, _ := strings.Cut(author, " <")
	email = strings.TrimSuffix(email, ">")
	return []string{
		"GIT_AUTHOR_DATE=" + when, "GIT_COMMITTER_DATE=" + when,
		"GIT_AUTHOR_NAME=" + name, "GIT_AUTHOR_EMAIL=" + email,
		"GIT_COMMITTER_NAME=" + name, "GIT_COMMITTER_EMAIL=" + email,
	}
}

// commit writes files (an empty content deletes the file) and commits them, returning
// the commit's id.
func (f *gitFixture) commit(when, author, msg string, files map[string]string) string {
	f.t.Helper()
	for p, content := range files {
		full := filepath.Join(f.dir, filepath.FromSlash(p))
		if content == "" {
			f.git(nil, "rm", "-q", p)
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			f.t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			f.t.Fatal(err)
		}
		f.git(nil, "add", p)
	}
	f.git(dated(when, author), "commit", "-q", "--allow-empty", "-m", msg)
	return f.git(nil, "rev-parse", "HEAD")
}

// merge merges branch into the current branch with a merge commit.
func (f *gitFixture) merge(when, author, branch string) string {
	f.t.Helper()
	f.git(dated(when, author), "merge", "-q", "--no-ff", "-m", "Merge branch "+branch, branch)
	return f.git(nil, "rev-parse", "HEAD")
}

// tag makes a lightweight tag, or an annotated one dated when when is not empty.
func (f *gitFixture) tag(name, target, when string) {
	f.t.Helper()
	if when == "" {
		f.git(nil, "tag", name, target)
		return
	}
	f.git(dated(when, "Release Bot <bot@example.com>"), "tag", "-a", "-m", "Release "+name, name, target)
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
