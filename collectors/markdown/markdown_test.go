package markdown

import (
	"slices"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{""}},
		{"a\nb", []string{"a", "b"}},
		{"a\r\nb\r\n", []string{"a", "b", ""}},
		{"\ufeff# Title\n", []string{"# Title", ""}},
		{"a\rb", []string{"a\rb"}}, // a lone CR ends no line
	}
	for _, tc := range tests {
		if got := Lines(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Lines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// marks renders which lines are prose: "p" for prose, "." for not.
func marks(prose []bool) string {
	var b strings.Builder
	for _, p := range prose {
		if p {
			b.WriteByte('p')
		} else {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func TestProseAndText(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		prose  string   // Prose, one mark a line
		text   string   // Text's prose marks
		lines  []string // Text's lines, where the test states them
		fenced string   // Fenced's marks ("p" inside a block), where the test states them
	}{
		{
			name:  "front matter",
			doc:   "---\ntitle: x\n---\n# T",
			prose: "...p",
			text:  "...p",
		},
		{
			name:  "front matter closed by dots",
			doc:   "---\na: b\n...\ntext",
			prose: "...p",
			text:  "...p",
		},
		{
			name:  "TOML front matter",
			doc:   "+++\ntitle = \"x\"\n+++\n# T",
			prose: "...p",
			text:  "...p",
		},
		{
			name:  "a rule that opens no front matter block",
			doc:   "---\ntext",
			prose: "pp",
			text:  "pp",
		},
		{
			name:  "front matter only on the first line",
			doc:   "text\n---\na: b\n---",
			prose: "pppp",
			text:  "pppp",
		},
		{
			name:  "backtick and tilde fences",
			doc:   "a\n```go\n# x\n```\nb\n~~~\n```\n~~~\nc",
			prose: "p...p...p",
			text:  "p...p...p",
		},
		{
			// The info string of a backtick fence holds no backtick; a closing fence has
			// none at all.
			name:   "inline code at the start of a line opens no fence",
			doc:    "```Issues``` are the way to report.\nb\n```ruby\nx\n```go\ny\n```\nc",
			prose:  "pp.....p",
			text:   "pp.....p",
			fenced: "...ppp..",
		},
		{
			// A longer fence shows a shorter one: "```" inside "````" is its text.
			name:   "a fence closes only on a run as long as its own",
			doc:    "a\n````markdown\n```release-note\nx\n```\n````\nb",
			prose:  "p.....p",
			text:   "p.....p",
			fenced: "..ppp..",
		},
		{
			name:  "a fence indented four spaces is no fence",
			doc:   "a\n    ```\nb",
			prose: "ppp",
			text:  "ppp",
		},
		{
			// A list item's fence is indented from the item's content (a GTR's answers
			// under its question bullets), and a line left of the item's content ends
			// the item and its fence: "   ```" there opens a fence of its own in the
			// item the list is nested in, which "b" ends, as CommonMark has it.
			name:   "a fence in a list item is indented from the item's content",
			doc:    "* Install\n\n    ```\n    helm install\n    ```\n\n  * Join\n\n    ```\n    join\n   ```\nb\n  ```\nc",
			prose:  "pp...ppp...p..",
			text:   "pp...ppp...p..",
			fenced: "...p.....p...p",
		},
		{
			// A nested item's fence closed three spaces in (Open Cluster Management's
			// GTR) leaves a stray fence in the outer item, which the next question's
			// bullet ends: the fences after it pair as they were written.
			name:   "a stray fence ends with the outer list item",
			doc:    "* Install\n\n  * Hub\n\n    ```\n    helm\n   ```\n\n* Test\n\n  ```\n  kubectl\n  ```\n  Then",
			prose:  "pppp....pp...p",
			text:   "pppp....pp...p",
			fenced: ".....p.p...p..",
		},
		{
			// A line that continues a paragraph ends no list item, however little it is
			// indented (cert-manager's tutorials wrap a step's text two spaces in).
			name:   "a lazy continuation line keeps its list item open",
			doc:    "1) Verify the bundle\n  is there:\n\n    ```shell\n    kubectl get\n    ```\nb",
			prose:  "ppp...p",
			text:   "ppp...p",
			fenced: "....p..",
		},
		{
			name:   "a fence opens on a list item's own line",
			doc:    "- ``` go\n  package x\n  ```\nb",
			prose:  "...p",
			text:   "...p",
			fenced: ".p..",
		},
		{
			name:   "a fence in a block quote",
			doc:    "> Note:\n>\n> ```console\n> $ echo\n> ```\nb",
			prose:  "pp...p",
			text:   "pp...p",
			fenced: "...p..",
		},
		{
			// A tab indents to the next multiple of four columns.
			name:   "a line indented by a tab stays in its list item's fence",
			doc:    "- item\n\n    ```bash\n\tx\n    ```\nb",
			prose:  "pp...p",
			text:   "pp...p",
			fenced: "...p..",
		},
		{
			name:  "an unclosed fence runs to the end",
			doc:   "a\n   ~~~\nb\nc",
			prose: "p...",
			text:  "p...",
		},
		{
			name:  "a comment on its own line",
			doc:   "a\n<!-- - Example -->\nb",
			prose: "ppp",
			text:  "ppp",
			lines: []string{"a", strings.Repeat(" ", 18), "b"},
		},
		{
			name:  "a comment over lines",
			doc:   "a\n<!--\n- Example\n--> b\nc",
			prose: "ppppp",
			text:  "pp.pp",
			lines: []string{"a", "", "", "    b", "c"},
		},
		{
			name:  "text before and after comments",
			doc:   "x <!-- a --> y <!-- b\nc -->",
			prose: "pp",
			text:  "pp",
			lines: []string{"x            y ", "     "},
		},
		{
			name:  "a comment inside a fence is code",
			doc:   "```\n<!--\n```\nb",
			prose: "...p",
			text:  "...p",
			lines: []string{"", "", "", "b"},
		},
		{
			name:  "a fence inside a comment is comment",
			doc:   "<!--\n```\n-->\nb",
			prose: "p...", // Prose reads no comments: the fence runs to the end
			text:  "p.pp",
			lines: []string{"", "", "   ", "b"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ls := Lines(tc.doc)
			if got := marks(Prose(ls)); got != tc.prose {
				t.Errorf("Prose = %s, want %s", got, tc.prose)
			}
			text, prose := Text(ls)
			if got := marks(prose); got != tc.text {
				t.Errorf("Text prose = %s, want %s", got, tc.text)
			}
			if tc.lines != nil && !slices.Equal(text, tc.lines) {
				t.Errorf("Text lines = %q, want %q", text, tc.lines)
			}
			if got := marks(Fenced(ls)); tc.fenced != "" && got != tc.fenced {
				t.Errorf("Fenced = %s, want %s", got, tc.fenced)
			}
		})
	}
}

func TestATX(t *testing.T) {
	tests := []struct {
		line  string
		level int
		text  string
	}{
		{"# Title", 1, "Title"},
		{"###### Six ######", 6, "Six"},
		{"   ## Indented", 2, "Indented"},
		{"    # Code", 0, ""},
		{"####### Seven", 0, ""},
		{"#hashtag", 0, ""},
		{"#", 0, ""},
		{"## Tabs\t", 2, "Tabs"},
		{"## C# and F#", 2, "C# and F#"},
		{"## Trailing #s ##  ", 2, "Trailing #s"},
		{"text # not a heading", 0, ""},
		{"", 0, ""},
	}
	for _, tc := range tests {
		level, text := ATX(tc.line)
		if level != tc.level || text != tc.text {
			t.Errorf("ATX(%q) = %d, %q; want %d, %q", tc.line, level, text, tc.level, tc.text)
		}
	}
}

func TestUnderline(t *testing.T) {
	tests := map[string]int{
		"===":     1,
		"=":       1,
		"---":     2,
		"-":       2,
		"   --- ": 2,
		"----\t":  2,
		"    ---": 0, // indented code
		"- - -":   0,
		"=-=":     0,
		"":        0,
		"  ":      0,
		"***":     0,
	}
	for line, want := range tests {
		if got := Underline(line); got != want {
			t.Errorf("Underline(%q) = %d, want %d", line, got, want)
		}
	}
}

func TestSetextText(t *testing.T) {
	tests := map[string]bool{
		"Maintainers":     true,
		"  Indented":      true,
		"1. Introduction": true,
		"":                false,
		"# Heading":       false,
		"#hashtag":        false,
		"| a | b |":       false,
		"> quote":         false,
		"- item":          false,
		"* item":          false,
		"+ item":          false,
		"-\titem":         false,
		"---":             false,
		"===":             false,
		"-dash":           true,
	}
	for line, want := range tests {
		if got := SetextText(line); got != want {
			t.Errorf("SetextText(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestHeadingAt(t *testing.T) {
	doc := "# One\nTwo\n===\nThree\n---\n- item\n---\n```\nFour\n---\n```\nFive\n\n---\nSix\n    ---"
	type h struct {
		line, n, level int
		raw            string
	}
	want := []h{{0, 1, 1, "One"}, {1, 2, 1, "Two"}, {3, 2, 2, "Three"}}
	ls := Lines(doc)
	prose := Prose(ls)
	var got []h
	for i := 0; i < len(ls); i++ {
		if n, level, raw := HeadingAt(ls, prose, i); n > 0 {
			got = append(got, h{i, n, level, raw})
			i += n - 1
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("headings = %v, want %v", got, want)
	}
}

func TestSection(t *testing.T) {
	doc := "# Widget\n\n## Governance\n\nLazy consensus.\n\n### Votes\n\n```sh\n# not a heading\n```\n\n" +
		"Governance\n----------\n\n## [Maintainers](MAINTAINERS.md) :wave:\n\n- @alice\n\nSetext\n======\n\ntext\n"
	tests := []struct {
		name       string
		start, end int
		ok         bool
	}{
		{"Governance", 2, 12, true},
		{"governance", 2, 12, true},
		{"Votes", 6, 12, true},
		{"Maintainers", 15, 19, true},
		{"Setext", 19, 24, true},
		{"Widget", 0, 19, true},
		{"not a heading", 0, 0, false},
		{"Missing", 0, 0, false},
	}
	ls := Lines(doc)
	prose := Prose(ls)
	for _, tc := range tests {
		start, end, ok := Section(ls, prose, tc.name)
		if start != tc.start || end != tc.end || ok != tc.ok {
			t.Errorf("Section(%q) = %d, %d, %v; want %d, %d, %v", tc.name, start, end, ok, tc.start, tc.end, tc.ok)
		}
	}
}

func TestDelimiterRow(t *testing.T) {
	tests := map[string]bool{
		"|---|---|":         true,
		"| :--- | ---: |":   true,
		"|:-:|:-:|":         true,
		"|:-|:-|":           true, // one dash a cell, as kubevirt's ADOPTERS.md writes it
		"| - | - |":         true,
		"|-|":               true,
		"---|---":           true,
		"-|-":               true,
		"  | --- |  ":       true,
		"---":               false, // no pipe: a setext underline or a rule
		"| a | --- |":       false,
		"|   |   |":         false,
		"||":                false,
		"| :: |":            false,
		"| -:- |":           false,
		"":                  false,
		"| Name | GitHub |": false,
	}
	for l, want := range tests {
		if got := DelimiterRow(l); got != want {
			t.Errorf("DelimiterRow(%q) = %v, want %v", l, got, want)
		}
	}
}

func TestTableEnd(t *testing.T) {
	doc := "| a | b |\n|:-|:-|\n| 1 | 2 |\n| 3 | 4 |\nafter\n\n| x |\nno delimiter\n\n```\n| c |\n|---|\n```\n" +
		"| d |\n|---|\n<!--\n| e |\n-->\n| f |"
	ls := Lines(doc)
	_, prose := Text(ls)
	tests := map[int]int{
		0:  4,  // the header, the delimiter row and two rows
		1:  0,  // the delimiter row starts no table
		2:  0,  // nor does a row
		6:  0,  // a header without a delimiter row
		10: 0,  // in a fence
		13: 15, // a comment ends the table
	}
	for i, want := range tests {
		if got := TableEnd(ls, prose, i); got != want {
			t.Errorf("TableEnd(line %d %q) = %d, want %d", i, ls[i], got, want)
		}
	}
}

func TestCells(t *testing.T) {
	tests := map[string][]string{
		"| a | b |":          {"a", "b"},
		"a | b":              {"a", "b"},
		"|a|b|":              {"a", "b"},
		`| a \| b | c |`:     {"a | b", "c"},
		"| `a|b` | c |":      {"`a", "b`", "c"}, // GFM splits code spans too
		"|  | [x](y) |":      {"", "[x](y)"},
		"| only |":           {"only"},
		"|":                  {""},
		"| trailing | \\| |": {"trailing", "|"},
		`| ends \|`:          {"ends |"},
		`| a \\| b |`:        {`a \| b`},
		"\t| tab\t|\t":       {"tab"},
	}
	for row, want := range tests {
		if got := Cells(row); !slices.Equal(got, want) {
			t.Errorf("Cells(%q) = %q, want %q", row, got, want)
		}
	}
}

func TestStripLinks(t *testing.T) {
	tests := []struct{ in, images, links string }{
		{"plain", "plain", "plain"},
		{"[Acme](https://acme.example)", "[Acme](https://acme.example)", "Acme"},
		{"[Acme][acme] and [Initech](x \"title\")", "[Acme][acme] and [Initech](x \"title\")", "Acme and Initech"},
		{"![logo](logo.png) Acme", " Acme", " Acme"},
		{"![logo][l] Acme", " Acme", " Acme"},
		{"[![logo](l.png)](https://acme.example) Acme", "[](https://acme.example) Acme", " Acme"},
		{"[not a link] here", "[not a link] here", "[not a link] here"},
	}
	for _, tc := range tests {
		if got := StripImages(tc.in); got != tc.images {
			t.Errorf("StripImages(%q) = %q, want %q", tc.in, got, tc.images)
		}
		if got := StripLinks(tc.in); got != tc.links {
			t.Errorf("StripLinks(%q) = %q, want %q", tc.in, got, tc.links)
		}
	}
}

func TestHeadingText(t *testing.T) {
	tests := map[string]string{
		"Maintainers":                     "Maintainers",
		"[Governance](GOVERNANCE.md)":     "Governance",
		"**Code of Conduct**:":            "Code of Conduct",
		":rocket: Getting started :wave:": "Getting started",
		"![icon](i.png) Security":         "Security",
		"<a name=\"x\"></a>Roadmap":       "Roadmap",
		"Who uses it?":                    "Who uses it?",
		"Releases (since 1.0)":            "Releases (since 1.0)",
		"3.2 Code-of-Conduct":             "3.2 Code-of-Conduct",
		"`make` targets":                  "make targets",
		"— Adopters —":                    "Adopters",
		"Straße ~~old~~":                  "Straße old",
		"[Maintainers](MAINTAINERS.md) 👋": "Maintainers",
	}
	for raw, want := range tests {
		if got := HeadingText(raw); got != want {
			t.Errorf("HeadingText(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestSectionOnly(t *testing.T) {
	text := "# Widget\n\n## Adopters\n\n- Acme\n\n## License\n\nApache"
	got, ok := SectionOnly(text, "adopters")
	if want := "\n\n## Adopters\n\n- Acme\n\n\n\n"; !ok || got != want {
		t.Errorf("SectionOnly = %q, %v; want %q (line numbers kept)", got, ok, want)
	}
	if _, ok := SectionOnly(text, "Maintainers"); ok {
		t.Error("a section that is not there was found")
	}
}

func TestAnchors(t *testing.T) {
	if got := Slug("Security Response (SRC) Team!"); got != "security-response-src-team" {
		t.Errorf("Slug = %q", got)
	}
	doc := "# Steering\n\n## Committee Members\n\n- Ada\n\n## Emeritus Committee Members\n"
	if name, ok := AnchorSection(doc, "#committee-members"); !ok || name != "Committee Members" {
		t.Errorf("AnchorSection = %q, %v; want Committee Members", name, ok)
	}
	if _, ok := AnchorSection(doc, "charter"); ok {
		t.Error("AnchorSection found a heading the document does not have")
	}
}
