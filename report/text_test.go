package report

import "testing"

func TestEvidenceString(t *testing.T) {
	for _, tc := range []struct {
		e    Evidence
		want string
	}{
		{Evidence{Kind: "file", Repo: "o/r", Path: "GOVERNANCE.md", Line: 12}, "o/r:GOVERNANCE.md:12"},
		{Evidence{Kind: "file", Repo: "o/r", Path: "README.md", Line: 5, URL: "https://x.example/1"}, "o/r:README.md:5 https://x.example/1"},
		{Evidence{Kind: "file", Path: "LICENSE"}, "LICENSE"},
		{Evidence{Kind: "url", URL: "https://x.example/1.json"}, "https://x.example/1.json"},
		{Evidence{Kind: "attestation", URL: "https://x.example/a", AttestedBy: "jo", Date: "2026-01-02"}, "attested by jo on 2026-01-02: https://x.example/a"},
		{Evidence{Kind: "waiver", Reason: "none", ApprovedBy: "toc", Expires: "2027-01-01"}, "waiver approved by toc until 2027-01-01: none"},
	} {
		if got := tc.e.String(); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.e, got, tc.want)
		}
	}
}
