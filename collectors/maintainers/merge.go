package maintainers

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/graduate-dev/graduate/snapshot"
)

// merged is one person over every source.
type merged struct {
	p  snapshot.Person
	st status
	// in are the files of the best class that list them, in any role.
	in map[[2]string]bool
	// recordedEmeritus is set while they are emeritus only in the list the CNCF's
	// record names.
	recordedEmeritus bool
}

// merge combines the files' people, in preference order: one entry per person (by
// GitHub handle, case-insensitively, else by name, else by address), details filled from
// later sources. Emeritus in any other maintainer list of the best class is emeritus,
// never active: a list that still names them as active, or OWNERS that keep them as an
// approver, is recorded as StillListed, a fact for the ownership criteria. Within one
// file, or across the roles a definition names, active wins.
//
// The best class of file that lists anyone is the project's maintainer list: when a
// MAINTAINERS file names people, the approvers of OWNERS, CODEOWNERS and steering pages
// only fill in details of people it lists. KubeVirt's code repository, for one, keeps
// maintainers who stepped down (emeritus in its MAINTAINERS.md) as OWNERS approvers; a
// TOC reviewer reads the MAINTAINERS file.
func merge(results []fileResult) *snapshot.Maintainers {
	// The best class of list that names someone active is the maintainer list: a list
	// of former maintainers alone (an emeritus file) does not make a lesser list of the
	// active ones (CODEOWNERS) lesser.
	// (A data file of details is never the list, even alone: a Security Insights file
	// beside no list names no maintainers.)
	top := classDetails
	for _, r := range results {
		if r.cand.class < top && slices.ContainsFunc(r.entries, func(e entry) bool { return e.status != statusEmeritus }) {
			top = r.cand.class
		}
	}
	var all []*merged
	byHandle := map[string]*merged{}
	byName := map[string]*merged{}
	byEmail := map[string]*merged{}
	norm := func(s *string) string {
		if s == nil {
			return ""
		}
		return strings.ToLower(strings.Join(strings.Fields(*s), " "))
	}
	for _, r := range results {
		for _, e := range r.entries {
			h, n, m := norm(e.person.GitHub), norm(e.person.Name), norm(e.person.Email)
			var cur *merged
			switch {
			case h != "" && byHandle[h] != nil:
				cur = byHandle[h]
			case n != "" && byName[n] != nil && (h == "" || byName[n].p.GitHub == nil):
				cur = byName[n]
			case h == "" && n == "" && m != "" && byEmail[m] != nil:
				cur = byEmail[m]
			}
			if cur == nil && (r.cand.class > top || r.cand.class == classDetails) {
				continue // a lesser list does not add people to the maintainer list
			}
			if cur == nil {
				cur = &merged{p: e.person, st: e.status, in: map[[2]string]bool{}, recordedEmeritus: r.cand.recorded && e.status == statusEmeritus}
				all = append(all, cur)
			} else {
				fill(&cur.p.GitHub, e.person.GitHub)
				fill(&cur.p.Name, e.person.Name)
				fill(&cur.p.Company, e.person.Company)
				fill(&cur.p.Email, e.person.Email)
				fill(&cur.p.Chat, e.person.Chat)
				switch {
				case e.status == cur.st:
					// An area of their own in either list makes the joined one theirs.
					cur.p.ResponsibilityFromList = fromListJoined(cur.p, e.person)
					cur.p.Responsibility = joined(cur.p.Responsibility, e.person.Responsibility)
				case e.status == statusActive && e.person.Responsibility != nil:
					// What they hold now replaces what they held.
					cur.p.Responsibility, cur.p.ResponsibilityFromList = e.person.Responsibility, e.person.ResponsibilityFromList
				}
				// Active in one section and emeritus in another of the same list, or in
				// two of the roles a definition names, a person is active: emeritus of
				// one team, a maintainer of another. (A lesser file read whole, such as
				// a steering page, never makes anyone active.)
				together := r.cand.class == top && (cur.in[fileOf(e.person.Source)] || top == classDefined)
				switch {
				case (together || cur.recordedEmeritus) && e.status == statusActive && cur.st == statusEmeritus:
					// (Emeritus only in the list the CNCF's record names, a committee's
					// former members: active in the project's own list is active.)
					cur.st, cur.p.Source, cur.recordedEmeritus = statusActive, e.person.Source, false
				case together:
					// Active already, or emeritus twice: nothing changes.
				case e.status == statusActive && cur.st == statusEmeritus:
					// Emeritus in one maintainer list, active in another list or an
					// approver in OWNERS: emeritus, with the rights they keep recorded.
					if cur.p.StillListed == nil {
						loc := e.person.Source
						cur.p.StillListed = &loc
					}
				case e.status == statusEmeritus && cur.st == statusActive && r.cand.class == top && !r.cand.recorded:
					// (A former member of the committee the CNCF's record names, tekton's
					// governance committee, may still be a maintainer: that list does not
					// make the project's maintainers emeriti.)
					loc := cur.p.Source
					cur.st, cur.p.Source, cur.p.StillListed = statusEmeritus, e.person.Source, &loc
				}
			}
			if r.cand.class == top {
				cur.in[fileOf(e.person.Source)] = true
			}
			if h := norm(cur.p.GitHub); h != "" && byHandle[h] == nil {
				byHandle[h] = cur
			}
			if n := norm(cur.p.Name); n != "" && byName[n] == nil {
				byName[n] = cur
			}
			if m := norm(cur.p.Email); m != "" && byEmail[m] == nil {
				byEmail[m] = cur
			}
		}
	}
	out := &snapshot.Maintainers{Active: []snapshot.Person{}, Emeritus: []snapshot.Person{}}
	for _, m := range all {
		// Whether the responsibility names only ranks is read from the one kept,
		// whichever lists it was joined from.
		m.p.ResponsibilityRank = m.p.Responsibility != nil && ranksOnly(*m.p.Responsibility)
		if m.st == statusEmeritus {
			out.Emeritus = append(out.Emeritus, m.p)
		} else {
			out.Active = append(out.Active, m.p)
		}
	}
	sortPeople(out.Active)
	sortPeople(out.Emeritus)
	return out
}

// joined adds a responsibility another list states to those already kept: a person
// keeps every area and repository their lists give them.
func joined(have, more *string) *string {
	if have == nil || more == nil {
		return cmp.Or(have, more)
	}
	for _, h := range strings.Split(*have, ", ") {
		if strings.EqualFold(h, *more) {
			return have
		}
	}
	s := *have + ", " + *more
	return &s
}

// fileOf names a location's file.
func fileOf(l snapshot.Location) [2]string { return [2]string{l.Repo, l.Path} }

func fill(dst **string, src *string) {
	if *dst == nil && src != nil {
		*dst = src
	}
}

// sortPeople orders people by lower-case handle, then name, then source.
func sortPeople(ps []snapshot.Person) {
	low := func(s *string) string {
		if s == nil {
			return ""
		}
		return strings.ToLower(*s)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if x, y := low(a.GitHub), low(b.GitHub); x != y {
			return x < y
		}
		if x, y := low(a.Name), low(b.Name); x != y {
			return x < y
		}
		if a.Source.Repo != b.Source.Repo {
			return a.Source.Repo < b.Source.Repo
		}
		if a.Source.Path != b.Source.Path {
			return a.Source.Path < b.Source.Path
		}
		return a.Source.Line < b.Source.Line
	})
}

// fromListJoined reports whether the responsibility joined from a and b is only the
// scopes their lists state: it is when each that states an area has it from its list.
// A rank names no area: "the kedacore/keda project" from a MAINTAINERS.md's opening
// joined with "Organization Maintainer" from a members table is still only the list's
// scope.
func fromListJoined(a, b snapshot.Person) bool {
	switch {
	case noArea(a):
		return b.ResponsibilityFromList || noArea(b) && a.ResponsibilityFromList
	case noArea(b):
		return a.ResponsibilityFromList
	}
	return a.ResponsibilityFromList && b.ResponsibilityFromList
}

// noArea reports whether p's responsibility, if any, names only ranks.
func noArea(p snapshot.Person) bool {
	return p.Responsibility == nil || ranksOnly(*p.Responsibility)
}
