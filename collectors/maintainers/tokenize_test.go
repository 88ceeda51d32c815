package maintainers

import (
	"fmt"
	"strings"
	"testing"
)

// show renders a record compactly for comparisons.
func (r record) String() string {
	return fmt.Sprintf("gh=%s name=%s co=%s mail=%s resp=%s role=%d", r.github, r.name, r.company, r.email, r.responsibility, r.role)
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		line     string
		mode     lineMode
		nameOnly bool
		want     string // "" means not a person
	}{
		{"Jane Doe <jane@example.com> (@jdoe)", modeItem, false, "gh=jdoe name=Jane Doe co= mail=jane@example.com resp= role=0"},
		{"Jane Doe, Example Corp <jane@example.com> (github: @jdoe, slack: jane)", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail=jane@example.com resp= role=0"},
		{"Jane Doe, <jane@example.com>, @jdoe, Release lead", modeItem, false, "gh=jdoe name=Jane Doe co= mail=jane@example.com resp=Release lead role=1"},
		{"Name, <Email>, @GitHubHandle, Type", modeItem, false, ""},
		{"Sheng Yang, <sheng@example.com>, @yasker, Dev", modeItem, false, "gh=yasker name=Sheng Yang co= mail=sheng@example.com resp=Dev role=0"},
		// Name, affiliation, handle, address: the bare word before the address is the handle.
		{"Jane Doe,Example Corp,Jdoe42,jane@example.com", modeItem, false, "gh=Jdoe42 name=Jane Doe co=Example Corp mail=jane@example.com resp= role=0"},
		{"Jane Doe,Example Corp,Maintainer,jane@example.com", modeItem, false, "gh= name=Jane Doe co=Example Corp mail=jane@example.com resp=Maintainer role=1"},
		// Without an affiliation before it, the word may be an area: it stays one.
		{"Jane Doe,jdoe,jane@example.com", modeItem, false, "gh= name=Jane Doe co= mail=jane@example.com resp=jdoe role=0"},
		{"[Jane Doe](https://github.com/jdoe), Example Corp", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"[@jdoe](https://github.com/jdoe) Jane Doe (Example Corp)", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"[jdoe](https://github.com/jdoe) - Jane Doe, Example Corp", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"@jdoe - Jane Doe (Example Corp)", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"Jane Doe (@jdoe), Example Corp", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"Jane Doe (@jdoe) - independent", modeItem, false, "gh=jdoe name=Jane Doe co=independent mail= resp= role=0"},
		{"Jane Doe (@jdoe) - eBay", modeItem, false, "gh=jdoe name=Jane Doe co=eBay mail= resp= role=0"},
		{"Jane Doe (@jdoe) - docs", modeItem, false, "gh=jdoe name=Jane Doe co= mail= resp=docs role=0"},
		{"Jane Doe ([jdoe](https://github.com/jdoe)) (jane@example.com)", modeItem, false, "gh=jdoe name=Jane Doe co= mail=jane@example.com resp= role=0"},
		{"[Jane Doe](mailto:jane@example.com) (@jdoe)", modeItem, false, "gh=jdoe name=Jane Doe co= mail=jane@example.com resp= role=0"},
		{"https://github.com/jdoe", modeItem, false, "gh=jdoe name= co= mail= resp= role=0"},
		{"@jdoe", modeItem, false, "gh=jdoe name= co= mail= resp= role=0"},
		{"Jane Doe (@jdoe), Example Corp, emeritus", modeItem, false, "gh=jdoe name=Jane Doe co=Example Corp mail= resp=emeritus role=2"},
		{"Jane Doe (@jdoe) - Reviewer", modeItem, false, "gh=jdoe name=Jane Doe co= mail= resp=Reviewer role=3"},
		{"Tomasz Wójcik <tomasz@example.net> @twojcik", modeItem, false, "gh=twojcik name=Tomasz Wójcik co= mail=tomasz@example.net resp= role=0"},
		{"Jan de Vries (@jdevries)", modeItem, false, "gh=jdevries name=Jan de Vries co= mail= resp= role=0"},
		{"Jane Doe, Example Corp", modeItem, true, "gh= name=Jane Doe co=Example Corp mail= resp= role=0"},
		{"Jane Doe <jane@example.com>", modeParagraph, false, "gh= name=Jane Doe co= mail=jane@example.com resp= role=0"},
		{"Jane Doe (@jdoe)", modeParagraph, false, "gh=jdoe name=Jane Doe co= mail= resp= role=0"},
		{"Questions: @jdoe", modeItem, false, "gh=jdoe name= co= mail= resp=Questions role=0"},
		{"Helm charts: Harry Helm ([@hhelm](https://github.com/hhelm))", modeItem, false, "gh=hhelm name=Harry Helm co= mail= resp=Helm charts role=0"},
		{"**Docs**: [@dp](https://github.com/dp) (Doc Person, Acme)", modeItem, false, "gh=dp name=Doc Person co=Acme mail= resp=Docs role=0"},
		{"Pat Kim (@pkim) - stepped down in 2024", modeItem, false, "gh=pkim name=Pat Kim co= mail= resp= role=0"},
		{"Pat Kim (pkim@example.org) - Elected October, 2019", modeParagraph, false, "gh= name=Pat Kim co= mail=pkim@example.org resp= role=0"},
		{"Pat Kim (@pkim), Example Corp, since 2021", modeItem, false, "gh=pkim name=Pat Kim co=Example Corp mail= resp= role=0"},

		// Not one person.
		{"Jane Doe, Example Corp", modeItem, false, ""},
		{"Jane Doe", modeItem, true, ""},
		{"Jane Doe, Example Corp", modeParagraph, true, ""},
		{"Ping @jdoe on Slack for access", modeItem, false, ""},
		{"Please ping @jdoe if you have questions.", modeParagraph, false, ""},
		{"Thanks @jdoe", modeParagraph, false, ""},
		{"Jane Doe (@jdoe) leads the storage work.", modeParagraph, false, ""},
		{"@jdoe - stepped down in 2024", modeItem, false, ""},
		{"@jdoe and @asmith", modeItem, false, ""},
		{"Owned by @acme/maintainers", modeItem, false, ""},
		{"Be a reviewer for three months, and ask a maintainer such as @jdoe to sponsor you.", modeItem, false, ""},
		{"Open a pull request adding yourself to this file.", modeItem, false, ""},
		{"The CNCF Code of Conduct applies", modeItem, false, ""},
		{"see https://github.com/acme/widget/blob/main/OWNERS", modeItem, false, ""},
	}
	for _, tt := range tests {
		rec, ok := parseRecord(tt.line, tt.mode, tt.nameOnly)
		got := ""
		if ok {
			got = rec.String()
		}
		if got != tt.want {
			t.Errorf("parseRecord(%q, %d, %v) =\n  %q\nwant\n  %q", tt.line, tt.mode, tt.nameOnly, got, tt.want)
		}
	}
}

func TestParseHandles(t *testing.T) {
	tests := []struct {
		line string
		want string // handles joined, then "/" and the label's status; "" means not a handle list
	}{
		{"Maintainers: @a, @b and @c", "a,b,c/1"},
		{"@a @b", "a,b/0"},
		{"Emeritus: [@a](https://github.com/a), @b", "a,b/2"},
		{"Reviewers: @a, @b", "a,b/3"},
		{"@a", ""},
		{"Thanks to @a and @b for the release", ""},
		{"@a, jane@example.com", ""},
		{"@acme/team @b", ""},
	}
	for _, tt := range tests {
		hs, st, ok := parseHandles(tt.line)
		got := ""
		if ok {
			got = fmt.Sprintf("%s/%d", strings.Join(hs, ","), st)
		}
		if got != tt.want {
			t.Errorf("parseHandles(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestHandleOf(t *testing.T) {
	tests := map[string]string{
		"jdoe":                                 "jdoe",
		"@JDoe":                                "JDoe",
		"[@jdoe](https://github.com/jdoe)":     "jdoe",
		"[jdoe](https://github.com/jdoe)":      "jdoe",
		"[Jane](https://github.com/jdoe/)":     "jdoe",
		"https://github.com/jdoe":              "jdoe",
		"https://www.github.com/jdoe?tab=repo": "jdoe",
		"`@jdoe`":                              "jdoe",
		"https://github.com/orgs/acme":         "",
		"https://github.com/acme/widget":       "",
		"https://gitlab.com/jdoe":              "",
		"Jane Doe":                             "",
		"-":                                    "",
		"jdoe-":                                "",
		"":                                     "",
	}
	for in, want := range tests {
		if got := handleOf(in); got != want {
			t.Errorf("handleOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNameLike(t *testing.T) {
	tests := map[string]bool{
		"Jane Doe":                          true,
		"Tomasz Wójcik":                     true,
		"Jan de Vries":                      true,
		"Seán O'Brien":                      true,
		"J. R. Hartley":                     true,
		"李伟":                                true,
		"jdoe":                              false,
		"Format: Name":                      false,
		"Release 1.2":                       false,
		"Thanks":                            false,
		"TBD":                               false,
		"the storage team":                  false,
		"One Two Three Four Five Six Seven": false,
	}
	for in, want := range tests {
		if got := nameLike(in); got != want {
			t.Errorf("nameLike(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := map[string]status{
		"Maintainers":                     statusActive,
		"Core Maintainers":                statusActive,
		"Approvers":                       statusActive,
		"Steering Committee":              statusActive,
		"Project Leads":                   statusActive,
		"Maintainers and Reviewers":       statusActive,
		"Reviewers":                       statusNone,
		"Triagers":                        statusNone,
		"Contributors":                    statusNone,
		"Emeritus Maintainers":            statusEmeritus,
		"emeritus_approvers":              statusEmeritus,
		"Alumni":                          statusEmeritus,
		"Retired maintainers":             statusEmeritus,
		"Former members":                  statusEmeritus,
		"Past Steering Committee":         statusEmeritus,
		"Emeritus Reviewers":              statusNone,
		"Becoming a maintainer":           statusNone,
		"Maintainer responsibilities":     statusNone,
		"Adopters":                        statusNone,
		"Community meetings":              statusNone,
		"Organization members":            statusNone,
		"Org Admins":                      statusNone,
		"GitHub Admin Team":               statusNone,
		"Core maintainers and org admins": statusActive,
		"Maintainers (GitHub org admins)": statusActive,
		"administrators":                  statusUnknown,
		"Storage":                         statusUnknown,
		"Members":                         statusUnknown,
		"Tidepool":                        statusUnknown,
	}
	for in, want := range tests {
		if got := classify(in); got != want {
			t.Errorf("classify(%q) = %d, want %d", in, got, want)
		}
	}
}
