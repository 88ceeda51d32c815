// Package reviews reads what the CNCF keeps about a project in its own repositories:
// cncf/toc's projects/<project>/ folder (General Technical Reviews, governance reviews,
// the TOC's due-diligence documents, the self-assessment the due-diligence templates ask
// for there) and cncf/tag-security's
// community/assessments/projects/<project>/ (self-assessments, joint assessments).
//
// Those repositories hold every project's files. Only the project's folder is read, and
// only for the kinds of document a review is: another project's review never counts,
// and nothing there is pooled into the project's documents, history or people.
package reviews

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// Source is a repository of reviews: where its projects' folders are and which kinds of
// document are read from them.
type Source struct {
	// Name is the repository's GitHub owner/name, as locations name it.
	Name string
	// Root is the folder that holds a folder per project.
	Root string
	// Kinds are the artifact kinds read from the project's folder.
	Kinds []string
}

// TOC is cncf/toc.
func TOC() Source {
	return Source{Name: "cncf/toc", Root: "projects", Kinds: []string{"gtr", "governance_review", "due_diligence", "security_self_assessment", "joint_assessment"}}
}

// TagSecurity is cncf/tag-security.
func TagSecurity() Source {
	return Source{Name: "cncf/tag-security", Root: "community/assessments/projects", Kinds: []string{"security_self_assessment", "joint_assessment"}}
}

// Want names the project: its name, its main repository (owner/name), and the other
// names it is known by, tried in order when neither names a folder (its landscape
// entry's name, its GitHub organisation: "Flux" for fluxcd/flux2).
type Want struct {
	Name string
	Main string
	Also []string
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

// key is a name as compared: lower case, letters and digits only.
func key(s string) string { return nonWord.ReplaceAllString(strings.ToLower(s), "") }

// folder finds the project's folder among the root's: the one named for the project or
// its main repository, else the one named for the first of its other names that names
// one, else the one whose hyphenated parts name it ("spiffe-spire" for spire). A
// community or website repository's name never does. "" when there is none; an error
// when several match.
func folder(folders []string, want Want) (string, error) {
	first := map[string]bool{}
	if k := key(want.Name); k != "" {
		first[k] = true
	}
	if _, name, ok := strings.Cut(want.Main, "/"); ok {
		first[key(name)] = true
	}
	tries := []map[string]bool{first}
	all := map[string]bool{}
	for k := range first {
		all[k] = true
	}
	for _, n := range want.Also {
		if k := key(n); k != "" {
			tries = append(tries, map[string]bool{k: true})
			all[k] = true
		}
	}
	var found []string
	for _, names := range tries {
		for _, f := range folders {
			if names[key(f)] {
				found = append(found, f)
			}
		}
		if len(found) > 0 {
			break
		}
	}
	if len(found) == 0 {
		for _, f := range folders {
			for _, p := range strings.Split(strings.ToLower(f), "-") {
				if len(p) > 2 && all[key(p)] {
					found = append(found, f)
					break
				}
			}
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("several folders could be the project's: %s", strings.Join(found, ", "))
}

// Found is what the project's folder holds: the artifacts of the source's kinds, and the
// stages its self-assessments state.
type Found struct {
	Artifacts snapshot.Artifacts
	Stages    []snapshot.Location
	// Topics are the topics read only in the source's kinds of document (the phases a
	// General Technical Review answers), where those documents state them.
	Topics snapshot.Topics
}

// Read reads the project's folder of the checkout dir of src with the vocabulary v, and
// returns the artifacts of src's kinds found there, each location naming src and linking
// the file at the checkout's commit. A project with no folder there has none. A
// checkout that cannot be read makes each of src's kinds not collected: a collection
// error per kind ("artifacts.joint_assessment"), so that only their criteria are
// unknown.
func Read(ctx context.Context, src Source, dir string, want Want, v *documents.Vocabulary) (*Found, []snapshot.CollectionError) {
	local, err := repo.NewLocal(src.Name, dir)
	if err != nil {
		return nil, notCollected(src, "%v", err)
	}
	return ReadRepo(ctx, src, local, repo.HeadCommit(ctx, dir), want, v)
}

// notCollected makes each of src's kinds not collected, for the reason given.
func notCollected(src Source, format string, args ...any) []snapshot.CollectionError {
	var errs []snapshot.CollectionError
	for _, k := range src.Kinds {
		errs = append(errs, snapshot.CollectionError{Source: "artifacts." + k, Error: src.Name + ": " + fmt.Sprintf(format, args...)})
	}
	return errs
}

// ReadRepo is Read over any view of src's repository (a checkout, or a tree read
// through the GitHub API) at commit ("" when unknown: locations then link nothing).
func ReadRepo(ctx context.Context, src Source, local repo.Repo, commit string, want Want, v *documents.Vocabulary) (*Found, []snapshot.CollectionError) {
	fail := func(format string, args ...any) []snapshot.CollectionError { return notCollected(src, format, args...) }
	files, err := local.Files(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		return nil, fail("%v", err)
	}
	seen := map[string]bool{}
	var folders []string
	for _, p := range files {
		rest, ok := strings.CutPrefix(p, src.Root+"/")
		if !ok {
			continue
		}
		if f, _, ok := strings.Cut(rest, "/"); ok && !seen[f] {
			seen[f] = true
			folders = append(folders, f)
		}
	}
	if len(folders) == 0 {
		return nil, fail("no %s/ folder: not a checkout of %s", src.Root, src.Name)
	}
	f, err := folder(folders, want)
	if err != nil {
		return nil, fail("%s: %v", src.Root, err)
	}
	if f == "" {
		return &Found{Artifacts: snapshot.Artifacts{}}, nil
	}
	facts, err := documents.Collect(ctx, []documents.Input{{Repo: repo.Scoped(local, path.Join(src.Root, f)), URL: "https://github.com/" + src.Name}}, v)
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		return nil, fail("%v", err)
	}
	link := func(l snapshot.Location) snapshot.Location {
		if l.URL == "" && commit != "" {
			l.URL = fmt.Sprintf("https://github.com/%s/blob/%s/%s", src.Name, commit, l.Path)
		}
		return l
	}
	out := &Found{Artifacts: snapshot.Artifacts{}}
	for kind, locs := range facts.Artifacts {
		if !slices.Contains(src.Kinds, kind) {
			continue
		}
		for _, l := range locs {
			out.Artifacts[kind] = append(out.Artifacts[kind], link(l))
		}
	}
	for _, l := range facts.Content.AssessmentStages {
		out.Stages = append(out.Stages, link(l))
	}
	for _, t := range v.Topics {
		if len(t.In) == 0 || slices.ContainsFunc(t.In, func(in string) bool { return !slices.Contains(src.Kinds, in) }) {
			continue // read in the project's own documents too: not the review's to say
		}
		for _, l := range facts.Content.Topics[t.Name] {
			if out.Topics == nil {
				out.Topics = snapshot.Topics{}
			}
			out.Topics[t.Name] = append(out.Topics[t.Name], link(l))
		}
	}
	return out, nil
}
