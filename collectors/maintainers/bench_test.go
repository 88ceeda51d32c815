package maintainers

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/repo"
	"github.com/graduate-dev/graduate/snapshot"
)

// benchProject is a project the size of a large CNCF one: a main repository of about
// 13,000 files (per-directory OWNERS files among them, which are not read) with a
// MAINTAINERS.md table, root OWNERS and OWNERS_ALIASES and a long CODEOWNERS, and a
// community repository with a YAML list and a steering-committee page.
func benchProject() []Repository {
	main := map[string]string{}
	for i := range 13000 {
		dir := fmt.Sprintf("pkg/area%02d/component%03d", i%40, i/40%120)
		switch i % 97 {
		case 0:
			main[dir+"/OWNERS"] = "approvers:\n  - someone\n"
		case 1:
			main[dir+"/README.md"] = "# Component\n\nOwned by @someone.\n"
		default:
			main[fmt.Sprintf("%s/file%05d.go", dir, i)] = "package component\n"
		}
	}
	var md, aliases, codeowners, yml, steering strings.Builder
	md.WriteString("# Maintainers\n\n| Name | GitHub | Company | Area |\n|---|---|---|---|\n")
	aliases.WriteString("aliases:\n  core-maintainers:\n")
	codeowners.WriteString("# Default owners.\n* @project/maintainers")
	yml.WriteString("maintainers:\n")
	steering.WriteString("# Steering Committee\n\n")
	for i := range 60 {
		fmt.Fprintf(&md, "| Person %c%c | [@user%02d](https://github.com/user%02d) | Company %d | Area %d |\n", 'A'+i%26, 'a'+i/26, i, i, i%9, i%7)
		fmt.Fprintf(&aliases, "    - user%02d\n", i)
		fmt.Fprintf(&codeowners, " @user%02d", i%20)
		fmt.Fprintf(&yml, "  - name: Person %c%c\n    github: user%02d\n    company: Company %d\n", 'A'+i%26, 'a'+i/26, i, i%9)
	}
	md.WriteString("\n## Emeritus\n\n")
	for i := range 20 {
		fmt.Fprintf(&md, "- Former Person %c (@former%02d), Company %d\n", 'A'+i, i, i%5)
		fmt.Fprintf(&steering, "### Quinn %c. Larsen\n- Affiliation: Company %d\n- GitHub: @steer%02d\n\n", 'A'+i, i%6, i)
	}
	codeowners.WriteString("\n")
	for i := range 300 {
		fmt.Fprintf(&codeowners, "/pkg/area%02d/component%03d/ @project/area%02d @user%02d\n", i%40, i%120, i%40, i%60)
	}
	main["MAINTAINERS.md"] = md.String()
	main["OWNERS"] = "approvers:\n  - core-maintainers\nreviewers:\n  - core-reviewers\n"
	main["OWNERS_ALIASES"] = aliases.String()
	main[".github/CODEOWNERS"] = codeowners.String()
	community := map[string]string{
		"MAINTAINERS.yaml":      yml.String(),
		"steering-committee.md": steering.String(),
	}
	for i := range 400 {
		community[fmt.Sprintf("docs/page%03d.md", i)] = "# Page\n"
	}
	return []Repository{
		{Repo: repo.NewMemory("project/project", main), Role: snapshot.RoleMain, URL: "https://github.com/project/project"},
		{Repo: repo.NewMemory("project/community", community), Role: snapshot.RoleCommunity, URL: "https://github.com/project/community"},
	}
}

func BenchmarkCollect(b *testing.B) {
	repos := benchProject()
	ctx := context.Background()
	res, err := Collect(ctx, repos, "")
	if err != nil {
		b.Fatal(err)
	}
	// 60 active: the MAINTAINERS.md table and the YAML list name the same 60 people, and
	// the steering page's 20 are not added, since a MAINTAINERS list outranks it.
	if res.Maintainers == nil || len(res.Maintainers.Active) != 60 || len(res.Maintainers.Emeritus) != 20 {
		b.Fatalf("benchmark project collected wrongly: %+v", res)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Collect(ctx, repos, ""); err != nil {
			b.Fatal(err)
		}
	}
}
