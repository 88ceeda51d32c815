package reviews

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/graduate-dev/graduate/collectors/documents"
	"github.com/graduate-dev/graduate/snapshot"
)

func TestRead(t *testing.T) {
	v, err := documents.DefaultVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	found, cerr := Read(ctx, TOC(), "testdata/toc", Want{Name: "Lantern", Main: "lantern-dev/lantern"}, v)
	if cerr != nil {
		t.Fatal(cerr)
	}
	toc := found.Artifacts
	// The review answers Day 1; its Day 2 is commented out, and a heading in a comment is
	// none. No topic the project's own documents are read for comes from the folder.
	// The due-diligence document's interviews are a topic of the TOC's document only.
	if got := topicLines(found.Topics); !slices.Equal(got, []string{"adopter_interviews projects/lantern/lantern-incubation-dd.md:17", "gtr_deployment projects/lantern/general-technical-review.md:12"}) {
		t.Errorf("topics = %q, want the DD's interviews and the review's Day 1 heading only", got)
	}
	if len(found.Stages) != 1 || found.Stages[0].Text != "Complete" || found.Stages[0].Path != "projects/lantern/security-assessment/self-assessment.md" {
		t.Errorf("stages = %+v, want the self-assessment's Complete", found.Stages)
	}
	for kind, want := range map[string][]string{
		"gtr":                      {"projects/lantern/general-technical-review.md"},
		"security_self_assessment": {"projects/lantern/security-assessment/self-assessment.md"},
		"governance_review":        {"projects/lantern/governance-review/2026-03-02.md"}, // not Beacon's, not Lantern Lights'
		"due_diligence":            {"projects/lantern/lantern-incubation-dd.md"},
	} {
		var got []string
		for _, l := range toc[kind] {
			got = append(got, l.Path)
			if l.Repo != "cncf/toc" {
				t.Errorf("%s at %+v, want it in cncf/toc", kind, l)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s = %v, want %v", kind, got, want)
		}
	}
	if d := toc["governance_review"][0].Date; d != "2026-03-02" {
		t.Errorf("governance review dated %q, want 2026-03-02 from its name", d)
	}
	for kind := range toc {
		if !slices.Contains(TOC().Kinds, kind) {
			t.Errorf("kind %s read from cncf/toc, which gives only %v", kind, TOC().Kinds)
		}
	}

	tagFound, cerr := Read(ctx, TagSecurity(), "testdata/tag-security", Want{Name: "lantern"}, v)
	if cerr != nil {
		t.Fatal(cerr)
	}
	tag := tagFound.Artifacts
	if len(tag["joint_assessment"]) != 1 || len(tag["security_self_assessment"]) != 1 || tag["security_self_assessment"][0].Path != "community/assessments/projects/lantern/self-assessment.md" {
		t.Errorf("tag-security = %+v, want Lantern's joint assessment and self-assessment, not Beacon's", tag)
	}
	if len(tagFound.Stages) != 1 || tagFound.Stages[0].Text != "Incomplete" {
		t.Errorf("tag-security stages = %+v, want Lantern's Incomplete", tagFound.Stages)
	}

	// A document named *-due-diligence.md is one too; one that says the adopters were
	// not yet met records no interviews.
	beacon, cerr := Read(ctx, TOC(), "testdata/toc", Want{Name: "Beacon"}, v)
	if cerr != nil {
		t.Fatal(cerr)
	}
	if dd := beacon.Artifacts["due_diligence"]; len(dd) != 1 || dd[0].Path != "projects/beacon/beacon-graduation-due-diligence.md" {
		t.Errorf("Beacon's due diligence = %+v, want its -due-diligence.md", dd)
	}
	if got := topicLines(beacon.Topics); len(got) != 0 {
		t.Errorf("Beacon's topics = %q, want none: its document states no interviews", got)
	}

	none, cerr := Read(ctx, TOC(), "testdata/toc", Want{Name: "Quarry"}, v)
	if cerr != nil || len(none.Artifacts) != 0 {
		t.Errorf("a project with no folder: %+v, %+v; want nothing and no error", none, cerr)
	}
	_, cerrs := Read(ctx, TOC(), "testdata/tag-security", Want{Name: "Lantern"}, v)
	if len(cerrs) != len(TOC().Kinds) || cerrs[0].Source != "artifacts.gtr" || !strings.Contains(cerrs[0].Error, "not a checkout of cncf/toc") {
		t.Errorf("the wrong repository: %+v, want an error per kind saying so", cerrs)
	}
}

func TestFolder(t *testing.T) {
	folders := []string{"spiffe-spire", "kubevirt", "kube-vip", "kube-ovn", "opa", "open-telemetry", "flux", "knative"}
	for _, tt := range []struct {
		want Want
		is   string
		err  bool
	}{
		{Want{Name: "KubeVirt"}, "kubevirt", false},
		{Want{Main: "spiffe/spire"}, "spiffe-spire", false},
		{Want{Name: "kube-vip"}, "kube-vip", false},
		{Want{Name: "Quarry"}, "", false},
		{Want{Name: "kube"}, "", true},
		{Want{Name: "telemetry"}, "open-telemetry", false},
		// The landscape's name, then the organisation, when the repository's names none.
		{Want{Main: "fluxcd/flux2", Also: []string{"Flux", "fluxcd"}}, "flux", false},
		{Want{Main: "knative/serving", Also: []string{"Knative", "knative"}}, "knative", false},
		{Want{Main: "kubevirt/kubevirt", Also: []string{"Flux"}}, "kubevirt", false},
		{Want{Main: "acme/tool", Also: []string{"Quarry", "acme"}}, "", false},
	} {
		got, err := folder(folders, tt.want)
		if got != tt.is || (err != nil) != tt.err {
			t.Errorf("folder(%+v) = %q, %v; want %q (error %v)", tt.want, got, err, tt.is, tt.err)
		}
	}
}

// topicLines lists topics' locations as "topic path:line", sorted.
func topicLines(ts map[string][]snapshot.Location) []string {
	var out []string
	for name, locs := range ts {
		for _, l := range locs {
			out = append(out, fmt.Sprintf("%s %s:%d", name, l.Path, l.Line))
		}
	}
	slices.Sort(out)
	return out
}
