package history

import (
	"context"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/snapshot"
)

func TestActivity(t *testing.T) {
	at := func(s string) time.Time { return mustTime(t, s+"T10:00:00Z") }
	commits := []Commit{
		{Hash: "c1", AuthorEmail: "Ada@Engines.example", AuthorName: "Ada Byron", CommitDate: at("2026-03-01"), Parents: 1},
		{Hash: "c2", AuthorEmail: "ada@engines.example", AuthorName: "Ada Byron", CommitDate: at("2026-05-01"), Parents: 1},
		{Hash: "c3", AuthorEmail: "12345+bob-ng@users.noreply.github.com", AuthorName: "bob", CommitDate: at("2026-04-01"), Parents: 1},
		{Hash: "c4", AuthorEmail: "merger@example.com", AuthorName: "Merge Bot", Subject: "Merge pull request #12 from Carol-Wu/fix-docs", CommitDate: at("2026-02-01"), Parents: 2},
		// A subject that only looks like a merge is no merge.
		{Hash: "c5", AuthorEmail: "x@example.com", AuthorName: "X", Subject: "Merge pull request #13 from dan/x", CommitDate: at("2026-02-02"), Parents: 1},
		{Hash: "c6", AuthorEmail: "erin@home.example", AuthorName: "Erin  Example", CommitDate: at("2026-01-01"), Parents: 1},
		{Hash: "c7", AuthorEmail: "frank@home.example", AuthorName: "frank", CommitDate: at("2026-01-02"), Parents: 1},
		{Hash: "c8", AuthorEmail: "Zyjhtang@163.example", AuthorName: "Tang", CommitDate: at("2026-01-03"), Parents: 1},
		{Hash: "c9", AuthorEmail: "dev@jo.example", AuthorName: "Jo", CommitDate: at("2026-01-04"), Parents: 1},
	}
	s := func(v string) *string { return &v }
	people := []*snapshot.Person{
		{GitHub: s("ada"), Email: s("ADA@engines.example")},    // by address: the newest commit
		{GitHub: s("Bob-Ng")},                                  // by a no-reply address
		{GitHub: s("carol-wu")},                                // by a merged pull request's branch
		{GitHub: s("dan")},                                     // not by a subject alone
		{Name: s("Erin Example")},                              // by full name
		{Name: s("Frank")},                                     // one word is no full name
		{GitHub: s("gina"), LastCommit: &snapshot.CommitRef{}}, // found nowhere: cleared
		{GitHub: s("zyjhtang")},                                // an address's local part is the handle
		{GitHub: s("dev")},                                     // too short a local part to tell
	}
	a := newActivity()
	a.add("o/r", commits)
	if n := a.mark(people); n != 5 {
		t.Errorf("found %d, want 5", n)
	}
	want := []*snapshot.CommitRef{
		{Repo: "o/r", Commit: "c2", Date: "2026-05-01", How: "email"},
		{Repo: "o/r", Commit: "c3", Date: "2026-04-01", How: "handle"},
		{Repo: "o/r", Commit: "c4", Date: "2026-02-01", How: "handle"},
		nil,
		{Repo: "o/r", Commit: "c6", Date: "2026-01-01", How: "name"},
		nil,
		nil,
		{Repo: "o/r", Commit: "c8", Date: "2026-01-03", How: "handle"},
		nil,
	}
	for i, p := range people {
		got := p.LastCommit
		if (got == nil) != (want[i] == nil) || got != nil && *got != *want[i] {
			t.Errorf("person %d: last commit %+v, want %+v", i, got, want[i])
		}
	}
}

// TestCollectMaintainersGit reads the authors' names from git: Dave Example is found by
// address, Gina by name; the history says it looked for all three.
func TestCollectMaintainersGit(t *testing.T) {
	f, c := projectFixture(t)
	s := func(v string) *string { return &v }
	people := []*snapshot.Person{
		{GitHub: s("dave"), Email: s("dave@example.com")},
		{Name: s("Gina Example")},
		{GitHub: s("zoe")},
	}
	h, errs, err := Collect(context.Background(), []Source{fixtureSource(t, "example/widget", f.dir)}, mustTime(t, fixtureNow), people)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if h.MaintainerActivity == nil || *h.MaintainerActivity != (snapshot.MaintainerActivity{Checked: 3, Seen: 2}) {
		t.Errorf("maintainer activity = %+v, want 3 checked, 2 seen", h.MaintainerActivity)
	}
	if p := people[0].LastCommit; p == nil || p.Commit != c["feature"] || p.How != "email" {
		t.Errorf("dave's last commit = %+v, want %s by email", p, c["feature"])
	}
	if p := people[1].LastCommit; p == nil || p.Commit != c["gina"] || p.How != "name" || p.Date != "2026-01-10" {
		t.Errorf("gina's last commit = %+v, want %s by name on 2026-01-10 (not the one after the snapshot)", p, c["gina"])
	}
	if people[2].LastCommit != nil {
		t.Errorf("zoe's last commit = %+v, want none", people[2].LastCommit)
	}
	if h, _, _ := Collect(context.Background(), []Source{fixtureSource(t, "example/widget", f.dir)}, mustTime(t, fixtureNow), nil); h.MaintainerActivity != nil {
		t.Errorf("Collect looked for maintainers when given none: %+v", h.MaintainerActivity)
	}
}
