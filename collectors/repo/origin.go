package repo

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// OriginURL returns the web address of a checkout's origin remote when it is a GitHub
// repository, as https://github.com/OWNER/NAME, else "". It reads the remote from git's
// configuration (`git remote get-url origin`); SSH forms are rewritten and any user
// name or token in the address is dropped, so nothing secret reaches a snapshot.
func OriginURL(ctx context.Context, dir string) string {
	if _, err := os.Lstat(filepath.Join(dir, ".git")); err != nil {
		return ""
	}
	out, err := GitOutput(ctx, dir, "origin remote", "remote", "get-url", "origin")
	if err != nil {
		return ""
	}
	return githubURL(strings.TrimSpace(string(out)))
}

// githubURL normalises a git remote address to https://github.com/OWNER/NAME, or "".
func githubURL(remote string) string {
	if name := GitHubName(remote); name != "" {
		return "https://github.com/" + name
	}
	return ""
}

// GitHubName returns OWNER/NAME for the address of a GitHub repository (https, ssh or
// scp-like git@github.com:OWNER/NAME, with or without .git, or a page inside the
// repository such as .../tree/main), else "".
func GitHubName(remote string) string {
	remote = strings.TrimSpace(remote)
	// scp-like SSH: git@github.com:owner/name.git
	if at := strings.Index(remote, "@"); at >= 0 && !strings.Contains(remote, "://") {
		host, path, ok := strings.Cut(remote[at+1:], ":")
		if !ok {
			return ""
		}
		remote = "ssh://" + host + "/" + path
	}
	u, err := url.Parse(remote)
	if err != nil || !strings.EqualFold(u.Hostname(), "github.com") {
		return ""
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 2 || parts[0] == "" {
		return ""
	}
	name := strings.TrimSuffix(parts[1], ".git")
	if name == "" {
		return ""
	}
	return parts[0] + "/" + name
}
