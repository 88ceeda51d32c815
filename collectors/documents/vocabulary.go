package documents

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/graduate-dev/graduate/policies"
	"github.com/graduate-dev/graduate/snapshot"
)

// VocabularyPath is where the vocabulary lives in the policies tree; its data path in
// OPA is data.graduate.config.vocabulary.
const VocabularyPath = "graduate/config/vocabulary/data.yaml"

// VocabularyData is the vocabulary's place in OPA's data document, under data.
var VocabularyData = []string{"graduate", "config", "vocabulary"}

// ErrVocabulary marks a vocabulary that cannot be read: a missing table, an unknown
// key, a pattern that does not compile.
var ErrVocabulary = errors.New("vocabulary")

// Vocabulary is the table the reader finds documents and topics with: which files are a
// document of each kind, and which headings, sentences and link texts state each topic.
// It is data beside the policies (policies/graduate/config/vocabulary/data.yaml) so that
// a TOC member can read and change it.
type Vocabulary struct {
	Documents []*Kind // the contract's document kinds, in name order
	Artifacts []*Kind // the other document kinds, in name order
	Topics    []*Topic
	// Pointer states, in a short document, that the document is elsewhere.
	Pointer *Pattern
	// PointerOpening opens a sentence that only sends the reader elsewhere ("Learn more
	// about ...", "For more details, see ..."): one that links a document read states
	// nothing itself.
	PointerOpening *Pattern
	// References are the sites whose pages are specifications or other bodies'
	// guidance, never a project's own documents: a link there leaves nothing unknown.
	References map[string]bool
	// HintFolders are the top-level folders (lower case) of a repository whose pages may
	// hint at a topic, besides its root; HintExclude is the lower-case path of a page
	// that may not (a proposal, a versioned changelog, an announcement).
	HintFolders map[string]bool
	HintExclude *Pattern
	// ExampleHeading names a README section about a demo, an example or a tutorial:
	// the sections under it are that example's ("## Local Demo" over "### Design").
	ExampleHeading *Pattern
}

// Reference reports whether a link out leads to one of the reference sites (the host
// or any host under it).
func (v *Vocabulary) Reference(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	for h := strings.ToLower(u.Hostname()); h != ""; {
		if v.References[h] {
			return true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			return false
		}
		h = rest
	}
	return false
}

// Kind says which files and sections are a document of one kind.
type Kind struct {
	Name     string
	Criteria []string
	// names by where they count: the root, the root/.github/docs, or any folder
	Root, Top, Anywhere map[string]bool
	Prefixes            []string
	Stems, Exclude      *Pattern
	Paths               []*Pattern
	Folders             map[string]bool // every document in such a folder
	FileFolders         map[string]bool // any file in such a folder: the folder is one
	Extensions          map[string]bool // besides the document extensions
	OnlyTop             bool            // stems and prefixes count only at the top
	ByReference         bool            // a short document linking another is still the document
	// OpeningHandOff: a document of the kind whose opening paragraph sends the reader
	// to the kind's main document elsewhere is a pointer, whatever it adds (a
	// CONTRIBUTING.md that opens "Please read the contributor's guide in our docs").
	OpeningHandOff bool
	LinkList       bool // a list of links to several places is the document itself
	// Listing: a Markdown document is of the kind, however it is found, only when it
	// lists (two or more table rows that link, or list items or paragraphs that open
	// with a link): a SUBPROJECTS.md on how subprojects are governed lists none.
	Listing            bool
	Others             bool     // a list of the project's own repositories is none: it is about other projects
	Figures            bool     // a section of only a figure (a diagram) is the document
	Commands           bool     // a section with commands in a code block is the document
	AddressIsContent   bool     // an e-mail address to write to is what the document states, not a pointer
	Unless             []string // kinds whose documents a link does not make of this kind
	Content            *Pattern // the raw text must match
	Title, Section     *Pattern
	TitleExclude       *Pattern // a title that rules the kind out
	FolderIndex        bool     // only a named folder's README or index is one
	DeepSection        *Pattern // a heading of any document read that is one
	DeepSectionExclude *Pattern // the lower-case path of a document whose headings are none
	DeepSectionIn      *Pattern // the lower-case path a document's headings must have to be deep sections
	SectionText        *Pattern // a README section is one only when a line of it matches
	// SectionIn names the kinds of documents whose sections are read as a README's
	// are (section, section_text): a contributing guide's "### Releases" is the
	// project's release process as much as the README's would be.
	SectionIn []string
	Link      *Pattern
	LinkPath  *Pattern // the words of a link out's URL path that name the kind
}

// Topic says what states one topic, and in which documents.
type Topic struct {
	Name     string
	Criteria []string
	In       []string // document kinds, artifact kinds, or "readme"
	Heading  *Pattern
	// Statements: a paragraph states the topic when every pattern of one entry matches it.
	Statements [][]*Pattern
	Link       *Pattern
	// ListHeading names the topic a heading of this one is recorded under when its
	// section is only a list of people ("## Emeritus Maintainers" over names): the list
	// shows who holds the status, not how one comes to hold it.
	ListHeading string
	// ListOnly: a heading states the topic only over a list (a list item, a table row or
	// a link), since what the topic asks for is the list ("## Subprojects" over only how
	// one is created lists none).
	ListOnly bool
	// LeadIn: a brief list item is read with the sentence that introduces its list
	// ("patch releases may be created to resolve:" over "- CVEs"). Not for every
	// topic: a role's duties ("the responsibilities of the chair are:" over "- Onboard
	// contributors") are no process of the role.
	LeadIn bool
	// UnderHeading matches the headings whose brief list items and table rows are read
	// with them ("#### MINOR release" over "- Roughly every 3 months").
	UnderHeading *Pattern
	// Except rules a heading or a statement out that the patterns would take
	// ("Documentation branching" is the website's, not the project's branch strategy).
	Except *Pattern
	// InUnder are more document kinds the topic is read in, each only under a heading
	// its pattern matches: a roles document's "Security Team member" section says who
	// handles security reports; its maintainers' care for bug reports does not.
	InUnder map[string]*Pattern
	// Hints, when set, has the topic's statements looked for in the documents it is not
	// read in too, in the paragraphs this pattern also matches (a release topic's, in
	// those about releases), and recorded apart (Content.Hints): a criterion that would
	// fail because no document it reads states the topic is unknown instead when one of
	// those seems to ("one supported release cycle (typically 3 months)" in a
	// feature-lifecycle page).
	Hints *Pattern
	// HintIn are kinds whose documents, never hinted from otherwise (a roadmap tells of
	// one plan), may hint at the topic: a roadmap that says how often releases come
	// ("aims to deliver a new release approximately every four weeks").
	HintIn []string
}

// headed reports whether a heading (normalised) states the topic.
func (t *Topic) headed(norm string) bool {
	return matches(t.Heading, norm) && !matches(t.Except, norm)
}

// Readme names a repository's root README in Topic.In.
const Readme = "readme"

// DefaultVocabulary returns the vocabulary of the embedded policies.
func DefaultVocabulary() (*Vocabulary, error) {
	b, err := fs.ReadFile(policies.FS, VocabularyPath)
	if err != nil {
		return nil, fmt.Errorf("%w: read %s: %w", ErrVocabulary, VocabularyPath, err)
	}
	var raw map[string]any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%w: parse %s: %w", ErrVocabulary, VocabularyPath, err)
	}
	return ParseVocabulary(raw)
}

// VocabularyFrom finds the vocabulary in a policies' data document (the whole of data:
// graduate.config.vocabulary) and parses it.
func VocabularyFrom(data map[string]any) (*Vocabulary, error) {
	var cur any = data
	for _, k := range VocabularyData {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: the policies have no data.%s", ErrVocabulary, strings.Join(VocabularyData, "."))
		}
		cur = m[k]
	}
	m, ok := cur.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: the policies have no data.%s", ErrVocabulary, strings.Join(VocabularyData, "."))
	}
	return ParseVocabulary(m)
}

// rawKind and rawTopic are the table's rows as written.
type rawKind struct {
	Criteria       []string            `json:"criteria"`
	Describe       string              `json:"describe"`
	Names          map[string][]string `json:"names"`
	Prefixes       []string            `json:"prefixes"`
	Stems          string              `json:"stems"`
	Paths          []string            `json:"paths"`
	Exclude        string              `json:"exclude"`
	Folders        []string            `json:"folders"`
	FileFolders    []string            `json:"file_folders"`
	Extensions     []string            `json:"extensions"`
	OnlyTop        bool                `json:"only_top"`
	ByReference    bool                `json:"by_reference"`
	OpeningHandOff bool                `json:"opening_hand_off"`
	LinkList       bool                `json:"link_list"`
	Listing        bool                `json:"listing"`
	Others         bool                `json:"others"`
	Figures        bool                `json:"figures"`
	Commands       bool                `json:"commands"`
	AddressContent bool                `json:"address_is_content"`
	Unless         []string            `json:"unless"`
	Content        string              `json:"content"`
	Title          string              `json:"title"`
	TitleExclude   string              `json:"title_exclude"`
	FolderIndex    bool                `json:"folder_index"`
	Section        string              `json:"section"`
	DeepSection    string              `json:"deep_section"`
	DeepExclude    string              `json:"deep_section_exclude"`
	DeepIn         string              `json:"deep_section_in"`
	SectionText    string              `json:"section_text"`
	SectionIn      []string            `json:"section_in"`
	LinkPath       string              `json:"link_path"`
	Link           string              `json:"link"`
}

type rawTopic struct {
	Criteria     []string          `json:"criteria"`
	In           []string          `json:"in"`
	Heading      string            `json:"heading"`
	Statements   []any             `json:"statements"`
	Link         string            `json:"link"`
	ListHeading  string            `json:"list_heading"`
	ListOnly     bool              `json:"list_only"`
	LeadIn       bool              `json:"lead_in"`
	Except       string            `json:"except"`
	UnderHeading string            `json:"under_heading"`
	InUnder      map[string]string `json:"in_under"`
	Hints        string            `json:"hints"`
	HintIn       []string          `json:"hint_in"`
}

type rawVocabulary struct {
	Pointer        string                     `json:"pointer"`
	PointerOpening string                     `json:"pointer_opening"`
	References     []string                   `json:"references"`
	HintFolders    []string                   `json:"hint_folders"`
	HintExclude    string                     `json:"hint_exclude"`
	ExampleHeading string                     `json:"example_heading"`
	Documents      map[string]json.RawMessage `json:"documents"`
	Artifacts      map[string]json.RawMessage `json:"artifacts"`
	Topics         map[string]json.RawMessage `json:"topics"`
}

// decodeRow decodes one row of the table, refusing keys it does not know, and names
// the row in the error ("documents.roadmap: unknown field \"titel\"").
func decodeRow(at string, raw json.RawMessage, dst any) error {
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return fmt.Errorf("%w: %s: %s", ErrVocabulary, at, strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}

// ParseVocabulary reads the vocabulary table from its data form (as OPA or YAML gives
// it). Unknown keys and patterns that do not compile are errors naming their place.
func ParseVocabulary(raw map[string]any) (*Vocabulary, error) {
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: encode: %w", ErrVocabulary, err)
	}
	var rv rawVocabulary
	if err := decodeRow("the table", b, &rv); err != nil {
		return nil, err
	}
	v := &Vocabulary{References: map[string]bool{}, HintFolders: map[string]bool{}}
	if v.Pointer, err = compile("pointer", rv.Pointer); err != nil {
		return nil, err
	}
	if v.PointerOpening, err = compile("pointer_opening", rv.PointerOpening); err != nil {
		return nil, err
	}
	if v.HintExclude, err = compile("hint_exclude", rv.HintExclude); err != nil {
		return nil, err
	}
	if v.ExampleHeading, err = compile("example_heading", rv.ExampleHeading); err != nil {
		return nil, err
	}
	for _, f := range rv.HintFolders {
		v.HintFolders[strings.ToLower(f)] = true
	}
	for _, h := range rv.References {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" || strings.ContainsAny(h, "/: ") {
			return nil, fmt.Errorf("%w: references: %q is not a host name", ErrVocabulary, h)
		}
		v.References[h] = true
	}
	var contract []string
	for _, l := range documentLists(&snapshot.Documents{}) {
		contract = append(contract, l.kind)
	}
	for _, name := range contract {
		if _, ok := rv.Documents[name]; !ok {
			return nil, fmt.Errorf("%w: documents: no row for the contract's kind %q", ErrVocabulary, name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(rv.Documents)) {
		if !slices.Contains(contract, name) {
			return nil, fmt.Errorf("%w: documents.%s: not one of the contract's document kinds (%s); put other kinds under artifacts", ErrVocabulary, name, strings.Join(contract, ", "))
		}
	}
	if v.Documents, err = parseKinds("documents", rv.Documents); err != nil {
		return nil, err
	}
	if v.Artifacts, err = parseKinds("artifacts", rv.Artifacts); err != nil {
		return nil, err
	}
	for _, name := range slices.Sorted(maps.Keys(rv.Topics)) {
		var r rawTopic
		if err := decodeRow("topics."+name, rv.Topics[name], &r); err != nil {
			return nil, err
		}
		t, err := parseTopic("topics."+name, name, r)
		if err != nil {
			return nil, err
		}
		v.Topics = append(v.Topics, t)
	}
	if len(v.Documents) == 0 {
		return nil, fmt.Errorf("%w: no document kinds", ErrVocabulary)
	}
	known := map[string]bool{Readme: true}
	for _, k := range v.Kinds() {
		known[k.Name] = true
	}
	for _, k := range v.Kinds() {
		for _, u := range k.Unless {
			if !known[u] {
				return nil, fmt.Errorf("%w: %s.unless: %q is no document or artifact kind", ErrVocabulary, k.Name, u)
			}
		}
		for _, u := range k.SectionIn {
			if u == Readme {
				return nil, fmt.Errorf("%w: %s.section_in: a README's sections are read by section already", ErrVocabulary, k.Name)
			}
			if !known[u] {
				return nil, fmt.Errorf("%w: %s.section_in: %q is no document or artifact kind", ErrVocabulary, k.Name, u)
			}
		}
	}
	topics := map[string]bool{}
	for _, t := range v.Topics {
		topics[t.Name] = true
	}
	for _, t := range v.Topics {
		if t.ListHeading != "" && (!topics[t.ListHeading] || t.ListHeading == t.Name) {
			return nil, fmt.Errorf("%w: topics.%s.list_heading: %q is no other topic", ErrVocabulary, t.Name, t.ListHeading)
		}
		for _, in := range t.In {
			if !known[in] {
				return nil, fmt.Errorf("%w: topics.%s.in: %q is no document or artifact kind", ErrVocabulary, t.Name, in)
			}
		}
		for in := range t.InUnder {
			if !known[in] {
				return nil, fmt.Errorf("%w: topics.%s.in_under: %q is no document or artifact kind", ErrVocabulary, t.Name, in)
			}
		}
		for _, in := range t.HintIn {
			if !known[in] {
				return nil, fmt.Errorf("%w: topics.%s.hint_in: %q is no document or artifact kind", ErrVocabulary, t.Name, in)
			}
		}
		if len(t.HintIn) > 0 && t.Hints == nil {
			return nil, fmt.Errorf("%w: topics.%s.hint_in: the topic has no hints pattern", ErrVocabulary, t.Name)
		}
	}
	return v, nil
}

// Kinds returns the document kinds, then the artifact kinds.
func (v *Vocabulary) Kinds() []*Kind {
	return append(slices.Clone(v.Documents), v.Artifacts...)
}

// Topic returns the topic of that name, or nil.
func (v *Vocabulary) Topic(name string) *Topic {
	for _, t := range v.Topics {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// Kind returns the document or artifact kind of that name, or nil.
func (v *Vocabulary) Kind(name string) *Kind {
	for _, k := range v.Kinds() {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// parseKinds decodes and compiles the kinds of one family of the table (documents or
// artifacts), in name order.
func parseKinds(family string, rows map[string]json.RawMessage) ([]*Kind, error) {
	var kinds []*Kind
	for _, name := range slices.Sorted(maps.Keys(rows)) {
		at := family + "." + name
		var r rawKind
		if err := decodeRow(at, rows[name], &r); err != nil {
			return nil, err
		}
		k, err := parseKind(at, name, r)
		if err != nil {
			return nil, err
		}
		kinds = append(kinds, k)
	}
	return kinds, nil
}

func parseKind(at, name string, r rawKind) (*Kind, error) {
	k := &Kind{
		Name: name, Criteria: r.Criteria, OnlyTop: r.OnlyTop, ByReference: r.ByReference, OpeningHandOff: r.OpeningHandOff, LinkList: r.LinkList, Listing: r.Listing, Others: r.Others, Figures: r.Figures, Commands: r.Commands, AddressIsContent: r.AddressContent, Unless: r.Unless, SectionIn: r.SectionIn,
		Root: set(r.Names["root"]), Top: set(r.Names["top"]), Anywhere: set(r.Names["anywhere"]),
		Prefixes: r.Prefixes, Folders: set(r.Folders), FolderIndex: r.FolderIndex, FileFolders: set(r.FileFolders), Extensions: set(r.Extensions),
	}
	for scope := range r.Names {
		if scope != "root" && scope != "top" && scope != "anywhere" {
			return nil, fmt.Errorf("%w: %s.names: %q is not root, top or anywhere", ErrVocabulary, at, scope)
		}
	}
	var err error
	for _, p := range []struct {
		field string
		src   string
		dst   **Pattern
	}{
		{"stems", r.Stems, &k.Stems}, {"exclude", r.Exclude, &k.Exclude}, {"content", r.Content, &k.Content},
		{"title", r.Title, &k.Title}, {"section", r.Section, &k.Section}, {"link", r.Link, &k.Link},
		{"title_exclude", r.TitleExclude, &k.TitleExclude}, {"deep_section", r.DeepSection, &k.DeepSection},
		{"deep_section_exclude", r.DeepExclude, &k.DeepSectionExclude}, {"deep_section_in", r.DeepIn, &k.DeepSectionIn},
		{"section_text", r.SectionText, &k.SectionText}, {"link_path", r.LinkPath, &k.LinkPath},
	} {
		if *p.dst, err = compile(at+"."+p.field, p.src); err != nil {
			return nil, err
		}
	}
	for i, src := range r.Paths {
		re, err := compile(fmt.Sprintf("%s.paths[%d]", at, i), src)
		if err != nil {
			return nil, err
		}
		k.Paths = append(k.Paths, re)
	}
	return k, nil
}

func parseTopic(at, name string, r rawTopic) (*Topic, error) {
	t := &Topic{Name: name, Criteria: r.Criteria, In: r.In, ListHeading: r.ListHeading, ListOnly: r.ListOnly, LeadIn: r.LeadIn, HintIn: r.HintIn}
	var err error
	if t.Heading, err = compile(at+".heading", r.Heading); err != nil {
		return nil, err
	}
	if t.Except, err = compile(at+".except", r.Except); err != nil {
		return nil, err
	}
	if t.UnderHeading, err = compile(at+".under_heading", r.UnderHeading); err != nil {
		return nil, err
	}
	if t.Link, err = compile(at+".link", r.Link); err != nil {
		return nil, err
	}
	if t.Hints, err = compile(at+".hints", r.Hints); err != nil {
		return nil, err
	}
	for _, kind := range slices.Sorted(maps.Keys(r.InUnder)) {
		re, err := compile(at+".in_under."+kind, r.InUnder[kind])
		if err != nil {
			return nil, err
		}
		if re == nil {
			return nil, fmt.Errorf("%w: %s.in_under.%s: want a heading pattern", ErrVocabulary, at, kind)
		}
		if t.InUnder == nil {
			t.InUnder = map[string]*Pattern{}
		}
		t.InUnder[kind] = re
	}
	for i, s := range r.Statements {
		where := fmt.Sprintf("%s.statements[%d]", at, i)
		var srcs []string
		switch s := s.(type) {
		case string:
			srcs = []string{s}
		case []any:
			for _, x := range s {
				str, ok := x.(string)
				if !ok {
					return nil, fmt.Errorf("%w: %s: want a pattern or a list of patterns", ErrVocabulary, where)
				}
				srcs = append(srcs, str)
			}
		default:
			return nil, fmt.Errorf("%w: %s: want a pattern or a list of patterns", ErrVocabulary, where)
		}
		var all []*Pattern
		for j, src := range srcs {
			re, err := compile(fmt.Sprintf("%s[%d]", where, j), src)
			if err != nil {
				return nil, err
			}
			if re != nil {
				all = append(all, re)
			}
		}
		if len(all) > 0 {
			t.Statements = append(t.Statements, all)
		}
	}
	if len(t.In) == 0 {
		return nil, fmt.Errorf("%w: %s.in: no documents to read the topic in", ErrVocabulary, at)
	}
	return t, nil
}

// compile compiles a pattern; an empty one is nil (never matches).
func compile(at, src string) (*Pattern, error) {
	if src == "" {
		return nil, nil
	}
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrVocabulary, at, err)
	}
	p := newPattern(re)
	return &p, nil
}

func set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[strings.ToLower(s)] = true
	}
	return m
}

// matches reports whether re is set and matches s.
func matches(re *Pattern, s string) bool { return re != nil && re.MatchString(s) }
