package documents

import (
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// The document kinds of the contract, as their snapshot keys.
const (
	KindGovernance     = "governance"
	KindMaintainers    = "maintainers"
	KindSecurityPolicy = "security_policy"
	KindCodeOfConduct  = "code_of_conduct"
	KindContributing   = "contributing"
	KindAdopters       = "adopters"
	KindRoadmap        = "roadmap"
	KindReleaseProcess = "release_process"
	KindChangelog      = "changelog"
	KindLicense        = "license"
)

// docExts are the extensions of documents the reader reads as text ("" is none: a file
// without an extension, or a version such as LICENSE-2.0).
var docExts = map[string]bool{"": true, ".md": true, ".markdown": true, ".mdx": true, ".adoc": true, ".asciidoc": true, ".rst": true, ".txt": true}

// name is a file's slash path taken apart, lower-cased.
type name struct {
	path string // whole path
	dir  string // "" at the root
	segs []string
	base string
	ext  string // the extension, "" when none (or a version: LICENSE-2.0)
	stem string // base without its extension, "-" and " " turned to "_"
	doc  bool   // ext is a document extension
}

func splitName(p string) name {
	lp := strings.ToLower(p)
	dir, base := path.Split(lp)
	n := name{path: lp, dir: strings.TrimSuffix(dir, "/"), base: base}
	if n.dir != "" {
		n.segs = strings.Split(n.dir, "/")
	}
	n.ext = path.Ext(base)
	if !strings.ContainsAny(n.ext, "abcdefghijklmnopqrstuvwxyz") {
		// LICENSE-2.0, RELEASE-1.2: a version, not an extension.
		n.ext = ""
	}
	n.doc = docExts[n.ext]
	n.stem = strings.NewReplacer("-", "_", " ", "_").Replace(strings.TrimSuffix(base, n.ext))
	return n
}

// top reports whether the file is in the root, .github/ or docs/.
func (n name) top() bool { return n.dir == "" || n.dir == ".github" || n.dir == "docs" }

// readme reports whether the file is a README (in any folder).
func (n name) readme() bool { return n.doc && n.stem == "readme" }

// index reports whether the file is the page a folder opens with: README or index.
func (n name) index() bool {
	return n.doc && (n.stem == "readme" || n.stem == "index" || n.stem == "_index")
}

// richText reports whether the file is written in a markup a reader reads as prose: any
// document extension but plain text and none, which count only for named files.
func (n name) richText() bool { return n.doc && n.ext != "" && n.ext != ".txt" }

// exclusions are the folders whose documents a reviewer would not count as the
// project's, with the reason the snapshot gives. Vendored trees (vendor, node_modules,
// third_party) never reach the reader: the repository leaves them out.
var exclusions = []struct {
	match  func(seg string) bool // of a lower-case folder name
	reason string
}{
	{repo.IsTestTree, testFixturesReason},
	{oneOf("generated", "zz_generated", "_output", "_gen"), "generated files"},
	{oneOf("third-party", "thirdparty", "external", "extern", "deps"), "third-party code"},
	{oneOf("defunct", "archive", "archived", "obsolete", "attic", "historical"), "archived documents"},
}

// testFixturesReason is the reason the snapshot gives for tests' data.
const testFixturesReason = "test fixtures"

// testFolders are the folders tests are kept in, and testData the folders in them that
// hold the tests' inputs.
var (
	testFolders = map[string]bool{"test": true, "tests": true, "e2e": true}
	testData    = map[string]bool{"data": true, "resources": true, "inputs": true}
)

// themesReason is the reason the snapshot gives for a site's themes: templates and
// styles, whose pages are a theme's own, often a third party's (a Hugo theme's
// exampleSite).
const themesReason = "site and interface themes"

// siteRoots are the folders a site is built in, whose themes/ folder is the site's
// (docs/user-guide/themes/ is a page about the product's themes).
var siteRoots = map[string]bool{"website": true, "site": true, "web": true, "www": true, "docs": true, "hugo": true}

// oneOf returns whether a string is one of names.
func oneOf(names ...string) func(string) bool {
	return func(s string) bool { return slices.Contains(names, s) }
}

// translationReason is the reason the snapshot gives for a translated tree: the same
// documents again, in a language the vocabulary does not read.
const translationReason = "translations"

// languages are the language folders of a website's content tree ("content/zh/docs"):
// English is the one the vocabulary reads.
var languages = map[string]bool{
	"ar": true, "bn": true, "cs": true, "da": true, "de": true, "el": true, "es": true,
	"fa": true, "fi": true, "fr": true, "he": true, "hi": true, "id": true, "it": true,
	"ja": true, "ko": true, "nl": true, "no": true, "pl": true, "pt": true, "pt-br": true,
	"ru": true, "sv": true, "ta": true, "th": true, "tr": true, "uk": true, "vi": true,
	"zh": true, "zh-cn": true, "zh-tw": true, "zh-hans": true, "zh-hant": true,
}

// websiteOwnReason is the reason the snapshot gives for a website repository's own
// files.
const websiteOwnReason = "the website repository's own files (building the site)"

// assistantReason is the reason the snapshot gives for a coding assistant's
// instructions: written for a program working in the repository, not for the project's
// readers ("## Architecture" in AGENTS.md is a briefing, not the documentation).
const assistantReason = "instructions to coding assistants"

// tooLargeReason is why a page nothing names or links was not read: larger than the
// reader reads (repo.MaxFileSize), a generated page or one with its data inlined.
const tooLargeReason = "larger than the 1 MiB a document is read to"

// binaryReason is why a page nothing names or links was not read: not text (a NUL byte
// near its start: binary, or text in UTF-16).
const binaryReason = "not text (binary, or UTF-16)"

// assistantFiles and assistantFolders hold coding assistants' instructions, by name as
// the assistants read it: upper case, so a project's docs/agents.md (its agent
// component's page) stays.
var (
	assistantFiles   = map[string]bool{"AGENTS.md": true, "CLAUDE.md": true, "GEMINI.md": true, "copilot-instructions.md": true, ".cursorrules": true, ".windsurfrules": true}
	assistantFolders = map[string]bool{".claude": true, ".cursor": true, ".windsurf": true}
)

// homePage reports whether a website repository's top-level file is the site's home
// page (a Jekyll site's index.md, as cri-o.io's), which is the site, not its building.
func homePage(p string) bool {
	switch strings.ToLower(p) {
	case "index.md", "index.markdown", "_index.md":
		return true
	}
	return false
}

// excluded returns why the file's tree is left out, and that tree's path; "" when it is
// read. A website repository's own files (at its top and in .github/) and coding
// assistants' instructions are left out one by one.
func excluded(p string, website bool) (reason, tree string) {
	segs := strings.Split(p, "/")
	if website && ((len(segs) == 1 && !homePage(p)) || strings.EqualFold(segs[0], ".github")) {
		return websiteOwnReason, p
	}
	if assistantFiles[segs[len(segs)-1]] {
		return assistantReason, p
	}
	for i, s := range segs[:len(segs)-1] {
		if assistantFolders[s] {
			return assistantReason, strings.Join(segs[:i+1], "/") + "/"
		}
	}
	for i, s := range segs[:len(segs)-1] {
		ls := strings.ToLower(s)
		for _, e := range exclusions {
			if e.match(ls) {
				return e.reason, strings.Join(segs[:i+1], "/") + "/"
			}
		}
		// A test folder's data ("tests/data/author/", "test/resources/") is its fixtures,
		// however its documents are titled ("# System architecture").
		if testData[ls] && i > 0 && testFolders[strings.ToLower(segs[i-1])] {
			return testFixturesReason, strings.Join(segs[:i+1], "/") + "/"
		}
		if ls == "themes" && (i == 0 || siteRoots[strings.ToLower(segs[i-1])]) {
			return themesReason, strings.Join(segs[:i+1], "/") + "/"
		}
		// Docusaurus's i18n/ tree, and a Hugo content tree's language folders.
		if ls == "i18n" || (languages[ls] && i > 0 && strings.EqualFold(segs[i-1], "content")) {
			return translationReason, strings.Join(segs[:i+1], "/") + "/"
		}
	}
	return "", ""
}

// inventory is one repository's files as the reader sees them: the documents it reads,
// the other files it names (PDF reports, data files of a kind), the PDFs a link may make
// a kind's, and the trees left out.
type inventory struct {
	docs  []string // text documents, sorted
	named []string // other files some kind names by extension
	// linkable are the PDFs no kind names: a report is as often named for its author
	// ("cure53-report.pdf"), and the words of a link to it say what it is.
	linkable []string
	folders  map[string]bool
	excluded []snapshot.Excluded
	// fileFolders are, per kind, the folders whose files make them evidence of it
	// (examples/ for user documentation), in path order.
	fileFolders map[string][]string
	// onlyReadme holds the file folders whose only files are READMEs: such a folder is
	// evidence only when its README is more than a pointer ("the examples have moved").
	onlyReadme map[string]bool
}

// takeInventory sorts a repository's files into documents, named files and excluded
// trees; website says the repository builds the project's website.
func takeInventory(files []string, v *Vocabulary, website bool) inventory {
	inv := inventory{folders: map[string]bool{}, fileFolders: map[string][]string{}, onlyReadme: map[string]bool{}}
	holds := map[string]bool{} // file folders holding a file other than a README
	seenFolder := map[string]bool{}
	extra := map[string]bool{}
	for _, k := range v.Kinds() {
		for e := range k.Extensions {
			extra["."+e] = true
		}
	}
	trees := map[string]*snapshot.Excluded{}
	old := earlierVersions(files)
	for _, p := range files {
		for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
			if inv.folders[d] {
				break
			}
			inv.folders[d] = true
		}
		n := splitName(p)
		reason, tree := excluded(p, website)
		if t := earlierVersion(p, old); reason == "" && t != "" {
			reason, tree = oldVersionReason, t
		}
		if reason != "" {
			if n.doc || extra[n.ext] {
				t := trees[tree]
				if t == nil {
					t = &snapshot.Excluded{Path: tree, Reason: reason}
					trees[tree] = t
				}
				t.Files++
			}
			continue
		}
		for _, k := range v.Kinds() {
			f, ok := k.fileFolder(p, n)
			if !ok {
				continue
			}
			if !seenFolder[k.Name+"\x00"+f] {
				seenFolder[k.Name+"\x00"+f] = true
				inv.fileFolders[k.Name] = append(inv.fileFolders[k.Name], f)
			}
			if !n.readme() || path.Dir(p)+"/" != f {
				holds[f] = true
			}
		}
		switch {
		case n.richText() || n.readme():
			inv.docs = append(inv.docs, p)
		case n.doc && namedByAnyKind(n, v):
			inv.docs = append(inv.docs, p)
		case extra[n.ext] && namedByAnyKind(n, v):
			inv.named = append(inv.named, p)
		case n.ext == ".pdf" && extra[n.ext]:
			inv.linkable = append(inv.linkable, p)
		}
	}
	for _, t := range trees {
		inv.excluded = append(inv.excluded, *t)
	}
	sort.Slice(inv.excluded, func(i, j int) bool { return inv.excluded[i].Path < inv.excluded[j].Path })
	for _, fs := range inv.fileFolders {
		for _, f := range fs {
			if !holds[f] {
				inv.onlyReadme[f] = true
			}
		}
	}
	return inv
}

// namedByAnyKind reports whether some kind claims the file by its name or path.
func namedByAnyKind(n name, v *Vocabulary) bool {
	for _, k := range v.Kinds() {
		if _, ok := k.byName(n); ok {
			return true
		}
	}
	return false
}

// byName says whether a kind claims the file by its name, path or folder, and how:
// "name" or "folder".
func (k *Kind) byName(n name) (string, bool) {
	if !n.doc && !k.Extensions[strings.TrimPrefix(n.ext, ".")] {
		return "", false
	}
	if matches(k.Exclude, n.path) {
		return "", false
	}
	top := n.top()
	switch {
	case n.dir == "" && k.Root[n.stem], top && k.Top[n.stem], k.Anywhere[n.stem]:
		return "name", true
	}
	// Prefixes and patterns name documents written in a markup (or a file of the kind's
	// own extensions), not a bare script such as bin/install-deps.
	if (!k.OnlyTop || top) && (n.richText() || n.ext != "" && k.Extensions[strings.TrimPrefix(n.ext, ".")] || k.OnlyTop) {
		for _, pre := range k.Prefixes {
			if strings.HasPrefix(n.stem, pre) {
				return "name", true
			}
		}
		if matches(k.Stems, n.stem) {
			return "name", true
		}
	}
	for _, re := range k.Paths {
		if re.MatchString(n.path) {
			return "name", true
		}
	}
	if (n.richText() || n.ext == ".pdf" && k.Extensions["pdf"]) && (!k.FolderIndex || n.index()) {
		segs := n.segs
		if k.FolderIndex && len(segs) > 0 {
			// The folder's own README: release/README.md, not release/linux/README.md.
			segs = segs[len(segs)-1:]
		}
		for _, s := range segs {
			if k.Folders[s] || k.Folders[strings.ReplaceAll(s, "_", "-")] {
				return "folder", true
			}
		}
	}
	return "", false
}

// fileFolder returns the folder (as "dir/") that makes a file evidence of a kind by being
// in it, such as examples/, and whether there is one. Only folders in the root or docs/
// count: a reviewer does not count a package's test samples.
func (k *Kind) fileFolder(p string, n name) (string, bool) {
	if len(k.FileFolders) == 0 || len(n.segs) == 0 {
		return "", false
	}
	i := 0
	if n.segs[0] == "docs" && len(n.segs) > 1 {
		i = 1
	}
	if k.FileFolders[n.segs[i]] {
		return strings.Join(strings.Split(p, "/")[:i+1], "/") + "/", true
	}
	return "", false
}
