package repo

import (
	"context"
	"os/exec"
	"testing"
)

func TestGitHubURL(t *testing.T) {
	tests := map[string]string{
		"https://github.com/kubevirt/kubevirt":                    "https://github.com/kubevirt/kubevirt",
		"https://github.com/kubevirt/kubevirt.git":                "https://github.com/kubevirt/kubevirt",
		"https://x-access-token:ghs_secret@github.com/acme/w.git": "https://github.com/acme/w",
		"git@github.com:acme/widget.git":                          "https://github.com/acme/widget",
		"ssh://git@github.com/acme/widget.git":                    "https://github.com/acme/widget",
		"https://GitHub.com/acme/widget/":                         "https://github.com/acme/widget",
		"https://gitlab.com/acme/widget":                          "",
		"git@gitlab.com:acme/widget.git":                          "",
		"https://github.com/acme":                                 "",
		"https://github.com/acme/widget/tree/main":                "https://github.com/acme/widget",
		"/srv/git/widget":                                         "",
		"":                                                        "",
	}
	for in, want := range tests {
		if got := githubURL(in); got != want {
			t.Errorf("githubURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOriginURL(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	dir := t.TempDir()
	ctx := context.Background()
	if got := OriginURL(ctx, dir); got != "" {
		t.Errorf("a directory that is not a checkout: %q, want none", got)
	}
	for _, args := range [][]string{{"init", "-q"}, {"remote", "add", "origin", "https://user:tok@github.com/acme/widget.git"}} {
		if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	if got := OriginURL(ctx, dir); got != "https://github.com/acme/widget" {
		t.Errorf("OriginURL = %q, want https://github.com/acme/widget", got)
	}
}
