package documents

import (
	"cmp"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// versionRe matches a folder named for a version of the documentation: "1.30", "v2",
// "v1.2.x", Docusaurus's "version-1.2".
var versionRe = regexp.MustCompile(`^(?:version-)?v?(\d+)(?:\.(\d+))?(?:\.(\d+|x))?$`)

// currentNames are the folder names a versioned documentation tree gives its current
// version.
var currentNames = map[string]bool{"main": true, "master": true, "latest": true, "next": true, "current": true, "unreleased": true, "dev": true}

// oldVersionReason is the reason the snapshot gives for an earlier version's tree.
const oldVersionReason = "earlier versions of the documentation"

// earlierVersions returns the folders that hold earlier versions of a versioned
// documentation tree (site/content/docs/1.30/ beside site/content/docs/main/), which
// repeat the current documents: a folder of a documentation or website tree with at
// least two version-named subfolders
// keeps its current one ("main", "latest", ...) or else its highest version, and the
// others are earlier versions. Docusaurus's versioned_docs/ holds only earlier
// versions: the current documents are in docs/.
func earlierVersions(files []string) map[string]bool {
	children := map[string]map[string]bool{} // folder -> subfolder names
	for _, p := range files {
		segs := strings.Split(p, "/")
		for i := 1; i < len(segs)-1; i++ {
			parent := strings.Join(segs[:i], "/")
			if children[parent] == nil {
				children[parent] = map[string]bool{}
			}
			children[parent][segs[i]] = true
		}
	}
	old := map[string]bool{}
	for parent, subs := range children {
		if strings.EqualFold(path.Base(parent), "versioned_docs") || strings.EqualFold(path.Base(parent), "versioned_sidebars") {
			old[parent] = true
			continue
		}
		if !docsTree(parent) {
			continue // api/v1 beside api/v2 are not copies of each other
		}
		var versions []string
		current := ""
		for s := range subs {
			switch {
			case versionRe.MatchString(strings.ToLower(s)):
				versions = append(versions, s)
			case currentNames[strings.ToLower(s)]:
				current = s
			}
		}
		if len(versions) < 2 {
			continue
		}
		if current == "" {
			slices.SortFunc(versions, compareVersions)
			versions = versions[:len(versions)-1] // the highest is the current one
		}
		for _, v := range versions {
			old[parent+"/"+v] = true
		}
	}
	return old
}

// docsTree reports whether a folder is part of a documentation or website tree.
func docsTree(dir string) bool {
	for _, s := range strings.Split(strings.ToLower(dir), "/") {
		switch s {
		case "docs", "doc", "documentation", "content", "site", "website", "www":
			return true
		}
	}
	return false
}

// compareVersions orders version folder names by their numbers.
func compareVersions(a, b string) int {
	ma, mb := versionRe.FindStringSubmatch(strings.ToLower(a)), versionRe.FindStringSubmatch(strings.ToLower(b))
	for i := 1; i <= 3; i++ {
		x, _ := strconv.Atoi(ma[i])
		y, _ := strconv.Atoi(mb[i])
		if c := cmp.Compare(x, y); c != 0 {
			return c
		}
	}
	return strings.Compare(a, b)
}

// earlierVersion returns the earlier-version tree p is in, or "".
func earlierVersion(p string, old map[string]bool) string {
	if len(old) == 0 {
		return ""
	}
	for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
		if old[d] {
			return d + "/"
		}
	}
	return ""
}
