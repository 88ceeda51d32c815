package documents

import (
	"context"
	"fmt"
	"testing"

	"github.com/graduate-dev/graduate/collectors/repo"
)

// BenchmarkCollect reads a kubevirt-sized documentation tree: 1,500 documents in 150
// folders, a README linking into them, governance, release and security documents.
func BenchmarkCollect(b *testing.B) {
	files := map[string]string{
		"README.md":       "# Quarry\n\nSee [governance](docs/governance.md), the [release process](docs/dev/releasing.md) and the [roadmap](https://quarry.example/roadmap).\n",
		"SECURITY.md":     "# Security\n\nPlease report vulnerabilities privately to security@quarry.example.\nThe security team acknowledges every report within 3 business days.\n",
		"CONTRIBUTING.md": "# Contributing\n\nPull requests must be approved by two maintainers.\n",
		"docs/governance.md": "# Governance\n\n## Voting\n\nDecisions are made by lazy consensus of the maintainers.\n\n" +
			"New maintainers are nominated by an existing maintainer.\n",
		"docs/dev/releasing.md": "# Releasing\n\nWe cut a minor release every three months from a release branch.\n\n## Supported versions\n\nWe support the last three minor releases.\n",
	}
	for i := range 1500 {
		files[fmt.Sprintf("docs/area%03d/page%02d.md", i/10, i%10)] = fmt.Sprintf("# Page %d\n\nSome text about [feature %d](../area000/page00.md) and how it works.\n\n"+
			"- a list item\n- another item with `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", i, i)
	}
	r := repo.NewMemory("quarry-dev/quarry", files)
	v, err := DefaultVocabulary()
	if err != nil {
		b.Fatal(err)
	}
	in := []Input{{Repo: r, URL: "https://github.com/quarry-dev/quarry"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Collect(context.Background(), in, v); err != nil {
			b.Fatal(err)
		}
	}
}
