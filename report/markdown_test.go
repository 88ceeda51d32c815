package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/snapshot"
)

// inOrder fails unless every line is in out, each after the one before it.
func inOrder(t *testing.T, out string, lines ...string) {
	t.Helper()
	rest := out
	for _, l := range lines {
		i := strings.Index(rest, l)
		if i < 0 {
			t.Fatalf("missing, or out of order: %q\nin:\n%s", l, out)
		}
		rest = rest[i+len(l):]
	}
}

func TestMarkdownChecklist(t *testing.T) {
	out := render(t, "markdown", fixture())
	inOrder(t, out,
		"# Acme Graduation Application\n",
		"from `snaps/acme.json`, collected 2026-05-01T10:00:00Z, judged against rules v1.",
		"Project Repo(s): https://github.com/acme/acme, https://github.com/acme/community.git\n",
		"**Graduation criteria not met:** 2 required criteria did not pass and are not waived:\n\n"+
			"- Failed (1): `governance.maintainer_orgs`\n"+
			"- Not collected or undecided from what was read (1): `security.reporting_process`\n",
		"| 4 | 3 | 2 | 1 | 1 |\n",

		"\n## Application Process Principles\n\n### Suggested\n\n",
		"- [x] **Engage with domain-specific TAG(s).** (`process.tag_presentation`)\n"+
			"  - Attested by jo on 2026-04-01, not verified: Presented \\*live\\*. ([evidence](<https://example.org/notes (2026)>))\n",
		"\n### Required\n\n",
		"- [x] **Complete a General Technical Review (GTR).** (`process.gtr`)\n"+
			"  - Evidence: [acme/community: CNCF/gtr.md](https://github.com/acme/community/blob/HEAD/CNCF/gtr.md)\n",

		"\n## Governance and Maintainers\n\n### Suggested\n\nN/A\n\n### Required\n\n",
		"- [ ] **Project maintainers from at least 2 organizations.** (`governance.maintainer_orgs`)\n"+
			"  - Evidence: [acme/community: MAINTAINERS.md, line 4](https://github.com/acme/community/blob/HEAD/MAINTAINERS.md?plain=1#L4)\n"+
			"  - Attested by jo on 2026-04-01, not verified: Two orgs. ([evidence](https://example.org/orgs))\n"+
			"  - **Not met (fail):** 3 maintainers work for 1 organisation(s) (Acme)\n"+
			"  - **Not met (fail):** attestation by jo does not override the collected evidence\n",
		"- [x] **Subproject governance documented.** (`governance.subproject_governance`)\n"+
			"  - Waived until 2027-01-31, approved by toc-x: No subprojects.\n"+
			"  - Without the waiver: no subproject list found\n",

		"\n## Contributors and Community\n\n### Suggested\n\n",
		"- [ ] **Contributor ladder with multiple roles.** (`community.contributor_ladder`)\n"+
			"  - **Not met (unknown):** no ladder found (looked for projects/\\<project\\>/ladder.md)\n",
		"\n### Required\n\nN/A\n",

		// Graduation's Engineering Principles has no Suggested/Required headings, and the
		// release process items sit under their parent.
		"\n## Engineering Principles\n\n- [ ] **Document the release process in a RELEASES.md that defines:** (`engineering.release_process`)\n"+
			"  - Evidence: [acme/acme: RELEASES.md](https://github.com/acme/acme/blob/HEAD/RELEASES.md)\n"+
			"  - Not ticked: not all of its parts below are met.\n"+
			"  - [ ] **Tagging as stable, unstable, and security related releases** (`engineering.release_process.tagging`)\n"+
			"    - Evidence: [acme/acme: RELEASES.md](https://github.com/acme/acme/blob/HEAD/RELEASES.md)\n"+
			"    - **Not met (fail):** no tagging section in acme/acme:RELEASES.md\n"+
			"- [x] **Roadmap change process is documented.** (`engineering.roadmap_change_process`)\n"+
			"  - Evidence: [acme/acme: README.md#Roadmap & Changes, line 40](https://github.com/acme/acme/blob/HEAD/README.md#roadmap--changes)\n",

		"\n## Security\n\n### Suggested\n\n",
		"- [ ] **Achieving OpenSSF Best Practices silver or gold badge.** (`security.openssf_silver_gold`)\n"+
			"  - Evidence: [acme/acme: README.md#Badges, line 3](https://github.com/acme/acme/blob/HEAD/README.md#badges) linking <https://www.bestpractices.dev/projects/1>, <https://www.bestpractices.dev/projects/1.json>\n",
		"\n### Required\n\n- [ ] **Clearly defined process to report security issues.** (`security.reporting_process`)\n"+
			"  - **Not met (unknown):** security policy not collected\n",

		"\n## Ecosystem\n\n### Suggested\n\nN/A\n\n### Required\n\n- [x] **Publicly documented list of adopters.**",
	)
	for _, absent := range []string{
		"sandbox.license",                      // not applicable at graduation
		"needs an attestation; none was given", // an attested pass shows its attestation, not its reasons
		"waived until 2027-01-31 by toc-x",     // the waiver's own reason is the waiver line
		"## Sandbox",
	} {
		if strings.Contains(out, absent) {
			t.Errorf("checklist contains %q:\n%s", absent, out)
		}
	}
	if strings.Count(out, "\n- [") != 10 || strings.Count(out, "\n  - [") != 1 {
		t.Errorf("want 10 top-level items and 1 nested item:\n%s", out)
	}
}

func TestMarkdownLevels(t *testing.T) {
	r := fixture()
	r.Level = "incubation"
	r.Met, r.Unmet = true, nil
	out := render(t, "markdown", r)
	inOrder(t, out,
		"# Acme Incubation Application\n",
		"**Incubation criteria met:** every required criterion passed or is waived.\n",
		// At incubation the engineering section has the template's two groups.
		"\n## Engineering Principles\n\n### Suggested\n\nN/A\n\n### Required\n\n- [ ] **Document the release process",
	)

	sandbox := &Report{Level: "sandbox", Met: true, Summary: map[string]int{"pass": 1, "fail": 1, "not_applicable": 1}, Criteria: []Criterion{
		{ID: "process.gtr", Section: "process", Title: "GTR", Status: "not_applicable", Requirement: "not_applicable"},
		{ID: "sandbox.license", Section: "sandbox", Title: "Apache 2.0", Requirement: "required", Required: true, Status: "pass",
			Evidence: []Evidence{{Kind: "file", Repo: "p/p", Path: "LICENSE", Line: 2}}},
		{ID: "sandbox.vote", Section: "sandbox", Title: "TOC vote", Requirement: "suggested", Status: "fail"},
	}}
	out = render(t, "markdown", sandbox)
	inOrder(t, out,
		"# Project Sandbox Application\n",
		"Criteria checklist drafted by graduate, judged against rules v1.",
		"\n## Sandbox\n\n### Required\n\n- [x] **Apache 2.0** (`sandbox.license`)\n  - Evidence: `p/p:LICENSE:2`\n",
		"\n### Suggested\n\n- [ ] **TOC vote** (`sandbox.vote`)\n  - **Not met (fail).**\n",
	)
	if strings.Contains(out, "Project Repo(s)") || strings.Contains(out, "Application Process") {
		t.Errorf("sandbox checklist:\n%s", out)
	}
}

func TestMarkdownSeveralReports(t *testing.T) {
	a, b := fixture(), fixture()
	b.Project = "Beta"
	out := render(t, "markdown", a, b)
	inOrder(t, out, "# Acme Graduation Application\n", "\n\n---\n\n# Beta Graduation Application\n")
	if strings.Count(out, "\n---\n") != 1 {
		t.Errorf("want one separator:\n%s", out)
	}
}

func TestMarkdownEscaping(t *testing.T) {
	cases := map[string]string{
		"plain text":              "plain text",
		"projects/<project>/x.md": "projects/\\<project\\>/x.md",
		"*bold* and `code`":       "\\*bold\\* and \\`code\\`",
		"[link](x) | cell ~x~":    "\\[link\\](x) \\| cell \\~x\\~",
		"two\nlines\r\nhere":      "two lines here",
		`back\slash`:              `back\\slash`,
	}
	for in, want := range cases {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mdAutolink("https://example.org/a b"); got != "[https://example.org/a b](<https://example.org/a b>)" {
		t.Errorf("mdAutolink with a space = %q", got)
	}
	if got := mdAutolink("ftp://x"); got != "ftp://x" {
		t.Errorf("mdAutolink of a non-web URL = %q", got)
	}
}

func TestMarkdownMentions(t *testing.T) {
	cases := map[string]string{
		"maintainers file lists @jdoe without a company": "maintainers file lists `@jdoe` without a company",
		"@jdoe, @acme/maintainers and (@x-y).":           "`@jdoe`, `@acme/maintainers` and (`@x-y`).",
		"owners: [@jdoe]":                                "owners: \\[`@jdoe`\\]",
		"two\n@lines":                                    "two `@lines`",
		// Not mentions on GitHub: an email address, a URL, an @ before no handle.
		"write to security@acme.example":       "write to security@acme.example",
		"see https://example.org/@jdoe/x, now": "see https://example.org/@jdoe/x, now",
		"www.example.org/@jdoe":                "www.example.org/@jdoe",
		"@ home, @-x, @_y":                     "@ home, @-x, @_y",
	}
	for in, want := range cases {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}

	const m = " @jdoe @acme/team "
	r := fixture()
	r.Project += m
	r.Snapshot += m
	r.CollectedAt += m
	r.Repositories = append(r.Repositories, snapshot.Repository{Name: "acme/x" + m}, snapshot.Repository{Name: "acme/y", URL: "https://example.org/y" + m})
	for i := range r.Criteria {
		c := &r.Criteria[i]
		c.Title += m
		for j := range c.Reasons {
			c.Reasons[j] += m
		}
		for j := range c.Evidence {
			e := &c.Evidence[j]
			e.Repo, e.Path = e.Repo+m, e.Path+m
			e.Statement, e.AttestedBy, e.Date = e.Statement+m, e.AttestedBy+m, e.Date+m
			e.Reason, e.ApprovedBy, e.Expires = e.Reason+m, e.ApprovedBy+m, e.Expires+m
		}
	}
	r.Criteria[0].Reasons = []string{"contact jo@acme.example or https://example.org/@jdoe"}
	r.Criteria[0].Status = "fail"
	for _, format := range []string{"markdown"} {
		out := render(t, format, r)
		for _, keep := range []string{"jo@acme.example", "https://example.org/@jdoe"} {
			if !strings.Contains(out, keep) {
				t.Errorf("%s output lost %q:\n%s", format, keep, out)
			}
		}
		// What GitHub would still turn into a mention: an @handle outside code spans,
		// link targets, autolinks and bare URLs, not after a word character.
		rest := regexp.MustCompile("`[^`\n]*`|\\]\\([^)\n]*\\)|<https?://[^>\n]*>|https?://\\S+").ReplaceAllString(out, "")
		if live := regexp.MustCompile(`(^|[^A-Za-z0-9_])@[A-Za-z0-9]`).FindAllString(rest, -1); len(live) > 0 {
			t.Errorf("%s output mentions people %q:\n%s", format, live, out)
		}
		if n := strings.Count(out, "`@jdoe`"); n < 10 {
			t.Errorf("%s output has %d inert @jdoe, want one per field:\n%s", format, n, out)
		}
	}
}

func TestLevelAssertion(t *testing.T) {
	for _, tt := range []struct {
		l     *snapshot.Landscape
		level string
		want  string
	}{
		{nil, "graduation", ""},
		{&snapshot.Landscape{Name: "KubeVirt", Maturity: "incubating", Accepted: "2019-09-06", Incubating: "2022-04-19"}, "graduation",
			"This project is currently Incubating, accepted on 20220419, and applying to Graduate (the CNCF landscape's entry for KubeVirt)."},
		{&snapshot.Landscape{Name: "Lima", Maturity: "sandbox", Accepted: "2022-09-14"}, "incubation",
			"This project is currently Sandbox, accepted on 20220914, and applying to Incubation (the CNCF landscape's entry for Lima)."},
		{&snapshot.Landscape{Name: "Argo", Maturity: "graduated", Graduated: "2022-12-06"}, "graduation",
			"This project is currently Graduated, accepted on 20221206 (the CNCF landscape's entry for Argo)."},
	} {
		if got := levelAssertion(tt.l, tt.level); got != tt.want {
			t.Errorf("levelAssertion(%+v, %s) = %q, want %q", tt.l, tt.level, got, tt.want)
		}
	}
}
