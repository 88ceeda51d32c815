package documents

import (
	"testing"

	"github.com/graduate-dev/graduate/snapshot"
)

func TestStatedPeriod(t *testing.T) {
	tests := []struct {
		name     string
		md       string
		from, to int
		latest   int
		want     *snapshot.Period
	}{
		{
			name: "a year's feature plan",
			md:   "# Roadmap\n\nThe roadmap below outlines Quarry's 2024 feature plan.\n",
			want: &snapshot.Period{Until: "2024-12-31", Line: 3, Text: "2024"},
		},
		{
			name: "last updated over halves: the newest wins",
			md:   "# Roadmap\n\n`Last Updated: June 2022`\n\n| Theme | Item | When |\n|---|---|---|\n| Edge | Smaller footprint | 2022 H2 |\n| Scale | Cache layer | 2022 H1 |\n",
			want: &snapshot.Period{Until: "2022-12-31", Line: 7, Text: "2022 H2"},
		},
		{
			name: "a quarter before its year, a month with its day",
			md:   "# Plans\n\n- Q3 2025: a new scheduler\n- v1.6 (to be released around May 15, 2022)\n",
			want: &snapshot.Period{Until: "2025-09-30", Line: 3, Text: "Q3 2025"},
		},
		{
			name: "a target release's month",
			md:   "# Roadmap\n\nThe following features are targeted for v1.21 (September 2026).\n",
			want: &snapshot.Period{Until: "2026-09-30", Line: 3, Text: "September 2026"},
		},
		{
			name: "links' targets, bare URLs, versions, identifiers and numbers are no periods",
			md: "# Roadmap\n\n- [Provenance for Homebrew](https://blog.example.org/2027/05/14/provenance/)\n" +
				"- See https://example.org/2028/plan for the board.\n- Fix CVE-2029-1234 and ship v2030.1 to 12031 users.\n",
			want: nil,
		},
		{
			name: "the project's past is no period it plans",
			md:   "# Roadmap\n\nQuarry was founded in 2016. Since 2019 it runs in production.\n\n- Support arm64 (2021)\n",
			want: &snapshot.Period{Until: "2021-12-31", Line: 5, Text: "2021"},
		},
		{
			name: "a day",
			md:   "# Roadmap\n\nReviewed on 2025-03-14 by the maintainers.\n",
			want: &snapshot.Period{Until: "2025-03-14", Line: 3, Text: "2025-03-14"},
		},
		{
			name: "only the section's own lines",
			md:   "# Quarry\n\n## Roadmap\n\n- Plugins in H1 2024\n\n## History\n\n- 1.0 in 2026\n",
			from: 3, to: 7,
			want: &snapshot.Period{Until: "2024-06-30", Line: 5, Text: "H1 2024"},
		},
		{
			name: "issue and RFC numbers, ports and counts are no years",
			md: "# Roadmap\n\n`Last updated: June 2022`\n\n- Plugin API (#2045)\n- Fix issue 2071 and RFC 2068 support\n" +
				"- Scale to 2048 nodes, serve port 2049\n",
			want: &snapshot.Period{Until: "2022-06-30", Line: 3, Text: "June 2022"},
		},
		{
			name:   "a year past the plan horizon is a number",
			md:     "# Roadmap\n\n- Arm64 in 2023 H2\n- Support 2041 concurrent watches\n",
			latest: 2028,
			want:   &snapshot.Period{Until: "2023-12-31", Line: 3, Text: "2023 H2"},
		},
		{
			name: "spans, months, lists of years; a day that does not exist",
			md:   "# Roadmap\n\n- Themes for 2024-2025\n- Beta by 2026-03\n- Reviewed 2027-02-31\n- Goals 2023, 2024 2025\n",
			want: &snapshot.Period{Until: "2026-03-31", Line: 4, Text: "2026-03"},
		},
		{
			name: "a half that does not exist is its year",
			md:   "# Roadmap\n\n- Beta in H3 2024\n",
			want: &snapshot.Period{Until: "2024-12-31", Line: 3, Text: "2024"},
		},
		{
			name: "a year in the past tense is no plan, however new",
			md:   "# Roadmap\n\nQuarry was founded in 2030.\n\n- Support arm64 (2021)\n",
			want: &snapshot.Period{Until: "2021-12-31", Line: 5, Text: "2021"},
		},
		{
			name: "a year in a link's query or path is its page's",
			md:   "# Roadmap\n\n- [Plan](https://example.org/plan?year=2028) for 2022\n- See https://example.org/board/2029-06 for more, in 2023\n",
			want: &snapshot.Period{Until: "2023-12-31", Line: 4, Text: "2023"},
		},
		{
			name: "a span ends with its last year",
			md:   "# Roadmap\n\nThemes for 2024\u20132025.\n",
			want: &snapshot.Period{Until: "2025-12-31", Line: 3, Text: "2024\u20132025"},
		},
		{
			name: "a version is no year",
			md:   "# Roadmap\n\n- Ship release 2031.1\n",
			want: nil,
		},
		{
			name:   "the plan horizon's last year is a period",
			md:     "# Roadmap\n\n- Arm64 in 2028\n",
			latest: 2028,
			want:   &snapshot.Period{Until: "2028-12-31", Line: 3, Text: "2028"},
		},
		{
			name: "no period at all",
			md:   "# Roadmap\n\n- Plugins\n- A faster scheduler\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc{p: parse(tt.md, formatMarkdown)}
			got := statedPeriod(d, tt.from, tt.to, tt.latest)
			if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
				t.Errorf("statedPeriod = %+v; want %+v", got, tt.want)
			}
		})
	}
}
