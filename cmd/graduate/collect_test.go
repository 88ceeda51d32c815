package main

import (
	"path/filepath"
	"reflect"
	"testing"

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
