package repo

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// GitCommand builds a git command on the checkout in dir. The -c settings and the
// environment keep the checkout's own configuration from changing the output or running
// programs (fsmonitor), and git from taking locks or prompting.
func GitCommand(ctx context.Context, dir string, args ...string) *exec.Cmd {
	base := []string{
		"-C", dir,
		"--literal-pathspecs",
		"-c", "core.fsmonitor=false",
		"-c", "log.showSignature=false",
		"-c", "i18n.logOutputEncoding=UTF-8",
		"-c", "core.quotePath=false",
	}
	cmd := exec.CommandContext(ctx, "git", append(base, args...)...)
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "GIT_NO_REPLACE_OBJECTS=1")
	return cmd
}

// GitOutput runs git on the checkout in dir and returns its standard output; what names
// what is read, for the error ("read tags of DIR: ...: git's first line of stderr").
func GitOutput(ctx context.Context, dir, what string, args ...string) ([]byte, error) {
	cmd := GitCommand(ctx, dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("read %s of %s: %w: %s", what, dir, err, FirstLine(msg))
		}
		return nil, fmt.Errorf("read %s of %s: %w", what, dir, err)
	}
	return out, nil
}

// FirstLine returns s up to its first newline.
func FirstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// HeadCommit returns the commit the checkout in dir has checked out, or "" when it has
// no git history (or git cannot say).
func HeadCommit(ctx context.Context, dir string) string {
	if _, err := os.Lstat(dir + "/.git"); err != nil {
		return ""
	}
	out, err := GitOutput(ctx, dir, "head commit", "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
