package maintainers

import (
	"slices"
	"testing"
)

func TestActiveHandles(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		content string
		want    []string // in the file's order
		err     bool
	}{
		{
			name: "Markdown table and lists; emeritus, reviewers and contacts left out",
			path: "MAINTAINERS.md",
			content: `# Maintainers

| Name | GitHub | Company |
|:-|:-|:-|
| Jane Doe | [@JDoe](https://github.com/JDoe) | Acme |
| Raj Patel | ` + "`rpatel`" + ` | Initech |
| No Handle | | Globex |

* Sam Roe (@samroe), Hooli
* [Li Wei](https://github.com/liwei)

## Reviewers

* Rita Review (@rita)

## Emeritus Maintainers

* Old Timer (@oldtimer)

## Contact

Ask @jdoe or @newbie.
`,
			want: []string{"JDoe", "rpatel", "samroe", "liwei"},
		},
		{
			name:    "each handle once, as first written",
			path:    "docs/maintainers.md",
			content: "# Maintainers\n\n- Ada Byron (@Ada)\n\n## Storage\n\n- Ada Byron (@ada)\n- Bob Stone (@bob)\n",
			want:    []string{"Ada", "bob"},
		},
		{
			name:    "a README section, found by its heading's text",
			path:    "README.md#Maintainers",
			content: "# Widget\n\nThanks to @contributor.\n\n## [Maintainers](MAINTAINERS.md) :wave:\n\n- @alice\n\n### Alumni\n\n- @gone\n\n## License\n\n- @lawyer\n",
			want:    []string{"alice"},
		},
		{
			name:    "a README section under a setext heading",
			path:    "README.md#Core team",
			content: "Widget\n======\n\nCore team\n---------\n\n- Ada Byron (@ada)\n\nLicense\n-------\n\n- Lou Lawyer (@lou)\n",
			want:    []string{"ada"},
		},
		{
			name:    "a README without the section",
			path:    "README.md#Maintainers",
			content: "# Widget\n\n- Ada Byron (@ada)\n",
			want:    nil,
		},
		{
			name:    "plain-text MAINTAINERS",
			path:    "MAINTAINERS",
			content: "# Maintainers, one a line\nAda Byron <ada@acme.example> (@ada)\nBob Stone (@bob)\n",
			want:    []string{"ada", "bob"},
		},
		{
			name: "YAML list with github keys",
			path: ".github/maintainers.yaml",
			content: `maintainers:
  - name: Alice Example
    github: alice
  - name: Bob Example
    github: "@bob"
emeritus:
  - name: Carl
    github: carl
`,
			want: []string{"alice", "bob"},
		},
		{
			name:    "TOML",
			path:    "MAINTAINERS.toml",
			content: "[org.maintainers]\npeople = [\"ada\", \"bob\"]\n\n[people.ada]\nname = \"Ada Byron\"\ngithub = \"ada\"\n\n[people.bob]\nname = \"Bob Stone\"\ngithub = \"bob\"\n",
			want:    []string{"ada", "bob"},
		},
		{
			name: "OWNERS: approvers, not reviewers, emeritus or alias groups",
			path: "OWNERS",
			content: `approvers:
  - alice
  - "bob"   # lead
  - approvers
  - sig-network-approvers
reviewers:
  - carol
emeritus_approvers:
  - dan
filters:
  ".*":
    approvers:
      - grace
`,
			want: []string{"alice", "bob", "grace"},
		},
		{
			name: "OWNERS_ALIASES: members of approver aliases",
			path: "OWNERS_ALIASES",
			content: `aliases:
  sig-storage-approvers:
    - alice
    - erin
  sig-storage-reviewers:
    - frank
  code-maintainers:
    - gina
`,
			want: []string{"alice", "erin", "gina"},
		},
		{
			name:    "CODEOWNERS: the catch-all owners, not teams or path owners",
			path:    ".github/CODEOWNERS",
			content: "* @alice @example/core\n/docs/ @bob docs@example.com\n",
			want:    []string{"alice"},
		},
		{
			name:    "broken YAML",
			path:    "maintainers.yml",
			content: "maintainers:\n  - github: alice\n - github: [bob\n",
			err:     true,
		},
		{
			name:    "OWNERS that is not a mapping",
			path:    "OWNERS",
			content: "- alice\n",
			err:     true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ActiveHandles(tc.path, []byte(tc.content))
			if (err != nil) != tc.err {
				t.Fatalf("ActiveHandles error = %v, want error %v", err, tc.err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("ActiveHandles = %q, want %q", got, tc.want)
			}
		})
	}
}
