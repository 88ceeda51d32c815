package snapshot

import "testing"

func TestUnread(t *testing.T) {
	one := Unread("adopters", "adopter", "a format it does not parse", []Location{{Repo: "a/b", Path: "ADOPTERS.md"}, {Repo: "a/b", Path: "ADOPTERS.md", Line: 1}})
	if want := "a/b/ADOPTERS.md names no adopter graduate could read (a format it does not parse)"; one.Source != "adopters" || one.Error != want {
		t.Errorf("Unread = %+v, want %q", one, want)
	}
	two := Unread("maintainers", "maintainer", "team names", []Location{
		{Repo: "a/b", Path: "CODEOWNERS"},
		{Repo: "a/b", Path: "README.md", Line: 4, URL: "https://github.com/a/c/blob/main/MAINTAINERS.md"},
	})
	if want := "a/b/CODEOWNERS, a/b/README.md:4 (a link to https://github.com/a/c/blob/main/MAINTAINERS.md) name no maintainer graduate could read (team names)"; two.Error != want {
		t.Errorf("Unread = %q, want %q", two.Error, want)
	}
}
