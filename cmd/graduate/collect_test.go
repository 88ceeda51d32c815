package main

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/graduate-dev/graduate/collectors"
	"github.com/graduate-dev/graduate/snapshot"
)

func TestMergeProjectRepos(t *testing.T) {
	base := filepath.Join("examples", "lantern", "lantern")
	community := filepath.Join("examples", "lantern", "community")
	cfg := &snapshot.Project{Repositories: []snapshot.ProjectRepository{
		{URL: "https://github.com/lantern-dev/lantern", Role: "main", Path: "."},
		{URL: "https://github.com/lantern-dev/community", Role: "community", Path: "../community"},
	}}
	main := collectors.RepoSpec{Role: "main", Dir: base, URL: "https://github.com/lantern-dev/lantern"}
	comm := collectors.RepoSpec{Role: "community", Dir: community, URL: "https://github.com/lantern-dev/community"}
	tests := []struct {
		name  string
		given []collectors.RepoSpec
		want  []collectors.RepoSpec
	}{
		{"nothing given: the file's checkouts", nil, []collectors.RepoSpec{main, comm}},
		{"the main checkout given", []collectors.RepoSpec{{Role: "main", Dir: base}}, []collectors.RepoSpec{main, comm}},
		{
			"both given as bare paths: the second is the file's community checkout, not a third repository",
			[]collectors.RepoSpec{{Role: "main", Dir: base}, {Role: "other", Dir: community + "/"}},
			[]collectors.RepoSpec{main, {Role: "community", Dir: community + "/", URL: comm.URL}},
		},
		{
			"a role given on the command line is kept",
			[]collectors.RepoSpec{{Role: "main", Dir: base}, {Role: "website", Dir: community}},
			[]collectors.RepoSpec{main, {Role: "website", Dir: community, URL: comm.URL}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mergeProjectRepos(tt.given, cfg, base)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestClock(t *testing.T) {
	now := func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		asOf string
		want time.Time
	}{
		{"", now()},
		{"2026-08-22T10:00:00Z", time.Date(2026, 8, 22, 10, 0, 0, 0, time.UTC)},
		// A date is its whole day: a release tagged that afternoon is as of it.
		{"2025-12-02", time.Date(2025, 12, 2, 23, 59, 59, 0, time.UTC)},
	}
	for _, tc := range tests {
		f := &sourceFlags{asOf: tc.asOf}
		clock, err := f.clock(now)
		if err != nil {
			t.Fatalf("clock(%q): %v", tc.asOf, err)
		}
		if got := clock(); !got.Equal(tc.want) {
			t.Errorf("clock(%q) = %s, want %s", tc.asOf, got, tc.want)
		}
	}
}
