// Package collectors builds a snapshot from a project's repositories.
package collectors

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// RepoSpec names one local checkout of a project repository.
type RepoSpec struct {
	// Role is main, community, website or other; empty means main for the first
	// repository and other for the rest.
	Role string
	// Name names the repository in locations; empty means owner/name from a GitHub URL,
	// else the directory's base name.
	Name string
	// Dir is the checkout's directory.
	Dir string
	// URL is where the repository lives, when known.
	URL string
}

// Options say what Collect reads and how it labels the snapshot.
type Options struct {
	Repos []RepoSpec
	// Now is the collection time; nil means time.Now.
	Now func() time.Time
	// Project is the project file the snapshot is collected with, or nil.
	Project     *snapshot.Project
	ToolVersion string
}

// ToolName is the tool recorded in snapshots.
const ToolName = "graduate"

// Collect reads the local repositories and builds one snapshot of their documents,
// artifacts, content, licences and OpenSSF badge. A repository that cannot be read is an
// error; a file that cannot be read is a collection error in the snapshot.
func Collect(ctx context.Context, opts Options) (*snapshot.Snapshot, error) {
	if len(opts.Repos) == 0 {
		return nil, fmt.Errorf("collect: no repository given")
	}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	snap := &snapshot.Snapshot{
		SchemaVersion:    snapshot.SchemaVersion,
		CollectedAt:      now().UTC().Truncate(time.Second),
		Tool:             &snapshot.Tool{Name: ToolName, Version: opts.ToolVersion},
		Project:          opts.Project,
		Repositories:     []snapshot.Repository{},
		CollectionErrors: []snapshot.CollectionError{},
	}
	names := map[string]string{}
	var facts []*documents.Facts
	for i, spec := range opts.Repos {
		role := snapshot.RoleAt(i, spec.Role)
		name := spec.Name
		if name == "" {
			name = nameFromURL(spec.URL)
		}
		r, err := repo.NewLocal(name, spec.Dir)
		if err != nil {
			return nil, err
		}
		if dir, dup := names[r.Name()]; dup {
			return nil, fmt.Errorf("collect %s: repository name %q is also used by %s; name them apart", spec.Dir, r.Name(), dir)
		}
		names[r.Name()] = spec.Dir
		files, err := r.Files(ctx)
		if err != nil {
			return nil, fmt.Errorf("collect %s: %w", spec.Dir, err)
		}
		f, err := documents.Collect(ctx, r)
		if err != nil {
			return nil, fmt.Errorf("collect %s: %w", spec.Dir, err)
		}
		facts = append(facts, f)
		snap.Repositories = append(snap.Repositories, snapshot.Repository{
			Name:  r.Name(),
			Role:  role,
			URL:   spec.URL,
			Path:  filepath.ToSlash(spec.Dir),
			Files: len(files),
		})
	}
	merged := documents.Merge(facts...)
	snap.Documents = &merged.Documents
	snap.Artifacts = &merged.Artifacts
	snap.Content = &merged.Content
	snap.Licenses = merged.Licenses
	snap.CollectionErrors = append(snap.CollectionErrors, merged.Errors...)

	// The project file's id wins over a README badge; an empty object says a badge was
	// looked for and none found.
	switch {
	case opts.Project != nil && opts.Project.OpenSSFBestPracticesID > 0:
		snap.OpenSSF = &snapshot.OpenSSF{ProjectID: opts.Project.OpenSSFBestPracticesID}
	case merged.OpenSSF != nil:
		snap.OpenSSF = merged.OpenSSF
	default:
		snap.OpenSSF = &snapshot.OpenSSF{}
	}
	return snap, nil
}

// nameFromURL returns owner/name for a GitHub repository URL, else "".
func nameFromURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || !strings.EqualFold(p.Hostname(), "github.com") {
		return ""
	}
	parts := strings.Split(strings.Trim(p.Path, "/"), "/")
	if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return ""
	}
	return parts[0] + "/" + strings.TrimSuffix(parts[1], ".git")
}
