package documents

import (
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/markdown"
)

// licenseRule names a licence by the markers its text holds. The first marker's line is
// the fact's line; every marker must appear, not necessarily on the same line.
type licenseRule struct {
	spdx    string
	markers []*regexp.Regexp
	absent  *regexp.Regexp // a marker that rules the licence out, or nil
}

func m(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + s) }

// licenseRules, the more specific before the more general.
var licenseRules = []licenseRule{
	{spdx: "AGPL-3.0", markers: []*regexp.Regexp{m(`GNU AFFERO GENERAL PUBLIC LICENSE`)}},
	{spdx: "LGPL-3.0", markers: []*regexp.Regexp{m(`GNU LESSER GENERAL PUBLIC LICENSE`), m(`Version 3`)}},
	{spdx: "LGPL-2.1", markers: []*regexp.Regexp{m(`GNU (?:LESSER|LIBRARY) GENERAL PUBLIC LICENSE`), m(`Version 2\.1`)}},
	{spdx: "LGPL-2.0", markers: []*regexp.Regexp{m(`GNU LIBRARY GENERAL PUBLIC LICENSE`)}},
	{spdx: "GPL-3.0", markers: []*regexp.Regexp{m(`GNU GENERAL PUBLIC LICENSE`), m(`Version 3`)}},
	{spdx: "GPL-2.0", markers: []*regexp.Regexp{m(`GNU GENERAL PUBLIC LICENSE`), m(`Version 2`)}},
	{spdx: "Apache-2.0", markers: []*regexp.Regexp{m(`Apache License`), m(`Version 2\.0`)}},
	{spdx: "MPL-2.0", markers: []*regexp.Regexp{m(`Mozilla Public License`), m(`(?:Version |v)2\.0`)}},
	{spdx: "BUSL-1.1", markers: []*regexp.Regexp{m(`Business Source License`)}},
	{spdx: "CC-BY-4.0", markers: []*regexp.Regexp{m(`Creative Commons\W+Attribution 4\.0|Attribution 4\.0 International`)}, absent: m(`NonCommercial|NoDerivatives|ShareAlike`)},
	{spdx: "ISC", markers: []*regexp.Regexp{m(`Permission to use, copy, modify, and(?:/or)? distribute this software for any`)}},
	{spdx: "MIT", markers: []*regexp.Regexp{m(`Permission is hereby granted, free of charge`)}},
	{spdx: "BSD-3-Clause", markers: []*regexp.Regexp{m(`Redistribution and use in source and binary forms`), m(`Neither the name|endorse or promote products`)}},
	{spdx: "BSD-2-Clause", markers: []*regexp.Regexp{m(`Redistribution and use in source and binary forms`)}},
}

// classifyLicense returns the SPDX identifier a licence text states, and the 1-based line
// of its first marker; NOASSERTION and line 1 when the text is not recognised.
func classifyLicense(content string) (string, int) {
	// Join hard-wrapped lines so a marker split over two lines still matches, keeping
	// where each line starts to find the marker's line.
	ls := markdown.Lines(content)
	starts := make([]int, len(ls))
	var b strings.Builder
	for i, l := range ls {
		starts[i] = b.Len()
		b.WriteString(strings.Join(strings.Fields(l), " "))
		b.WriteByte(' ')
	}
	text := b.String()
	// The licence stated first is the file's: an Apache-2.0 LICENSE may append the notices
	// of bundled MIT code. Ties go to the earlier rule, the more specific one.
	best, bestAt := -1, len(text)
	for i, r := range licenseRules {
		if r.absent != nil && r.absent.MatchString(text) {
			continue
		}
		at := -1
		for j, mk := range r.markers {
			loc := mk.FindStringIndex(text)
			if loc == nil {
				at = -1
				break
			}
			if j == 0 {
				at = loc[0]
			}
		}
		if at >= 0 && at < bestAt {
			best, bestAt = i, at
		}
	}
	if best >= 0 {
		line := 1
		for i, s := range starts {
			if s > bestAt {
				break
			}
			line = i + 1
		}
		return licenseRules[best].spdx, line
	}
	return "NOASSERTION", 1
}

var openSSFRe = regexp.MustCompile(`(?i)https?://(?:www\.)?(?:bestpractices\.dev|bestpractices\.coreinfrastructure\.org)/(?:[a-z]{2}(?:[-_][a-z]{2,4})?/)?projects/(\d+)`)

// openSSFBadge returns the first OpenSSF Best Practices project link on a line.
func openSSFBadge(line string) (id int, link string, ok bool) {
	mt := openSSFRe.FindStringSubmatch(line)
	if mt == nil {
		return 0, "", false
	}
	for _, c := range mt[1] {
		id = id*10 + int(c-'0')
		if id > 1<<30 {
			return 0, "", false
		}
	}
	if id < 1 {
		return 0, "", false
	}
	return id, mt[0], true
}
