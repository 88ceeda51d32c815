package repo

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// scoped is a repository seen through one of its folders: a repository that holds many
// projects' files (cncf/toc, cncf/tag-security), read for one project only.
type scoped struct {
	Repo
	prefix string
}

// Scoped returns r limited to the files under the folder prefix ("projects/kubevirt"),
// with their paths in r unchanged. A file outside it does not exist.
func Scoped(r Repo, prefix string) Repo {
	return &scoped{Repo: r, prefix: strings.Trim(prefix, "/") + "/"}
}

func (s *scoped) Files(ctx context.Context) ([]string, error) {
	all, err := s.Repo.Files(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range all {
		if strings.HasPrefix(p, s.prefix) {
			out = append(out, p)
		}
	}
	return out, nil
}

func (s *scoped) ReadFile(ctx context.Context, p string) ([]byte, error) {
	if !strings.HasPrefix(path.Clean(p), s.prefix) {
		return nil, fmt.Errorf("read %s: %w", p, fs.ErrNotExist)
	}
	return s.Repo.ReadFile(ctx, p)
}
