package project

import (
	"strings"
	"testing"
)

var known = map[string]bool{"security.third_party_review": true, "governance.subproject_governance": true}

const valid = `project: KubeVirt
level: graduation
repositories:
  - {url: https://github.com/kubevirt/kubevirt, role: main, path: ../kubevirt}
  - {url: https://github.com/kubevirt/community, role: community}
openssf_best_practices_id: 3203
attestations:
  - criterion: security.third_party_review
    evidence: https://example.org/audit-2025.pdf
    statement: Third-party audit completed June 2025.
    attested_by: some-maintainer
    date: 2025-06-30
waivers:
  - criterion: governance.subproject_governance
    reason: The project has no subprojects.
    approved_by: some-toc-member
    expires: 2027-06-30
`

func TestParse(t *testing.T) {
	cases := []struct {
		name    string
		input   string
		wantErr string
	}{
		{"valid", valid, ""},
		{"empty", "", ""},
		{"not yaml", "project: [unclosed", "graduate.yaml:1: did not find expected"},
		{"wrong type", strings.Replace(valid, "3203", "three", 1), "graduate.yaml:6: cannot unmarshal !!str `three` into int"},
		{"unknown field", valid + "colour: blue\n", "graduate.yaml:18: field colour not found"},
		{"bad level", strings.Replace(valid, "level: graduation", "level: graduated", 1), `graduate.yaml:2: unknown level "graduated" (want one of sandbox, incubation, graduation)`},
		{"bad role", strings.Replace(valid, "role: community", "role: docs", 1), `graduate.yaml:5: repositories[1]: unknown role "docs" (want one of main, community, website, other)`},
		{"bad date", strings.Replace(valid, "date: 2025-06-30", "date: June 2025", 1), `graduate.yaml:12: attestations[0].date: "June 2025" is not a date`},
		{"impossible date", strings.Replace(valid, "expires: 2027-06-30", "expires: 2027-02-30", 1), `graduate.yaml:17: waivers[0].expires: "2027-02-30" is not a date`},
		{"unknown criterion", strings.Replace(valid, "criterion: security.third_party_review", "criterion: security.audit", 1), `graduate.yaml:8: attestations[0].criterion: no criterion "security.audit"`},
		{"waiver for unknown criterion", strings.Replace(valid, "criterion: governance.subproject_governance", "criterion: governance.subprojects", 1), `graduate.yaml:14: waivers[0].criterion: no criterion "governance.subprojects"`},
		{"attestation without statement", strings.Replace(valid, "    statement: Third-party audit completed June 2025.\n", "", 1), "attestations[0].statement is required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse("graduate.yaml", []byte(tc.input), known)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if tc.input == valid && (p.Name != "KubeVirt" || len(p.Repositories) != 2 || p.Waivers[0].Expires != "2027-06-30" || p.OpenSSFBestPracticesID != 3203) {
					t.Fatalf("parsed %+v", p)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %v, want it to contain %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}
