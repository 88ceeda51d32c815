package documents

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/graduate-dev/graduate/snapshot"
)

// A roadmap says what time it is about: "KubeEdge's 2024 feature plan", "Last Updated:
// June 2022", a table of items due "2022 H2", "targeted for v1.21 (September 2026)". The
// newest period its text names is when the roadmap runs out, whatever day its file last
// changed: a roadmap whose every period is over describes the past.

const monthNames = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

// periodRe finds the periods a text names that are more precise than a year: a day
// (2023-05-11), a month ("2024-06", "June 2022", "May 15, 2022", "5th June 2023"), a half
// or a quarter ("2022 H2", "Q3 2023", "H1-2024"), a span of years ("2024-2025": its
// last).
var periodRe = regexp.MustCompile(`(?i)\b(20\d\d)-([01]\d)-([0-3]\d)\b` +
	`|\b(` + monthNames + `)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(20\d\d)\b` +
	`|\b(20\d\d)\s*[-/ ]?\s*(h[12]|q[1-4])\b|\b(h[12]|q[1-4])\s*[-/ ]?\s*(20\d\d)\b` +
	`|\b20\d\d\s*[-–]\s*(20\d\d)\b|\b(20\d\d)-(0[1-9]|1[0-2])\b`)

// yearRe finds a year standing alone, once the precise periods are taken out: not part
// of a version, an identifier or a reference ("v2023.1", "CVE-2023-1234", "#2045",
// "12021"); what follows it is checked by standsAlone.
var yearRe = regexp.MustCompile(`(?:^|[^\w.\-/#@$])(20\d\d)`)

// numberedRe ends a text that numbers what follows it: an issue, a pull request, an
// RFC, a port ("issue 2071", "RFC 2068").
var numberedRe = regexp.MustCompile(`(?i)\b(?:issues?|prs?|pull requests?|rfcs?|ports?|tickets?|no|number|version)\.?\s*$`)

// countedRe starts a text that says what a number counts ("2048 nodes", "2025 users").
var countedRe = regexp.MustCompile(`(?i)^\s*(?:[kmg]i?b|ms|%|nodes?|users?|pods?|clusters?|requests?|lines?|stars?|contributors?|commits?|members?|downloads?|issues?|prs?)\b`)

// pastRe marks a sentence about where the project comes from, whose year is no period
// the roadmap covers ("founded in 2016", "since 2019").
var pastRe = regexp.MustCompile(`(?i)\b(?:since|founded|began|begun|started|created|history)\b`)

// period is a period a text names and the last day of it.
type period struct {
	end  time.Time
	text string
}

// periodsIn returns the periods s names.
func periodsIn(s string) []period {
	var out []period
	for _, m := range periodRe.FindAllStringSubmatch(s, -1) {
		var end time.Time
		switch {
		case m[1] != "":
			end = dayOf(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		case m[4] != "":
			end = monthEnd(atoi(m[5]), monthOf(m[4]))
		case m[6] != "":
			end = partEnd(atoi(m[6]), m[7])
		case m[8] != "":
			end = partEnd(atoi(m[9]), m[8])
		case m[10] != "":
			end = monthEnd(atoi(m[10]), 12)
		default:
			end = monthEnd(atoi(m[11]), atoi(m[12]))
		}
		if !end.IsZero() {
			out = append(out, period{end: end, text: strings.TrimSpace(m[0])})
		}
	}
	rest := periodRe.ReplaceAllString(s, " ")
	for _, ix := range yearRe.FindAllStringSubmatchIndex(rest, -1) {
		if standsAlone(rest[:ix[2]], rest[ix[3]:]) {
			y := rest[ix[2]:ix[3]]
			out = append(out, period{end: monthEnd(atoi(y), 12), text: y})
		}
	}
	return out
}

// standsAlone reports whether a year between before and after is a year: not the start
// of a version, a path or an identifier ("2023.1", "2023-x", "2023/"), not a number an
// issue, an RFC or a port is given, nor a count of something.
func standsAlone(before, after string) bool {
	if after != "" {
		switch r := after[0]; {
		case r == '-' || r == '/' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return false
		case r == '.' && len(after) > 1 && after[1] != ' ':
			return false
		}
	}
	return !numberedRe.MatchString(before) && !countedRe.MatchString(after)
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// monthOf returns the month a name or abbreviation names (1-12).
func monthOf(name string) int {
	name = strings.ToLower(name)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(name, m) {
			return i + 1
		}
	}
	return 0
}

// monthEnd is the last day of month m of year y.
func monthEnd(y, m int) time.Time {
	if m < 1 || m > 12 {
		return time.Time{}
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
}

// partEnd is the last day of half ("h1", "h2") or quarter ("q1" to "q4") of year y.
func partEnd(y int, part string) time.Time {
	n := atoi(part[1:])
	if strings.EqualFold(part[:1], "h") {
		return monthEnd(y, 6*n)
	}
	return monthEnd(y, 3*n)
}

// dayOf is day d of month m of year y, or the zero time for a day that does not exist
// ("2023-02-31").
func dayOf(y, m, d int) time.Time {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		return time.Time{}
	}
	return t
}

// statedPeriod returns the newest period d's text between lines from and to (1-based,
// to exclusive; 0 for the end) names, outside links' targets and bare URLs and outside
// sentences about the project's past, with the line that names it; nil when the text
// names none. A period ending after the year latest (0: no bound) is no plan of a text
// last changed before it ("scale to 2048 nodes" in a roadmap of 2023).
func statedPeriod(d *doc, from, to, latest int) *snapshot.Period {
	var best period
	line := 0
	consider := func(at int, text string) {
		if at < from || (to > 0 && at >= to) {
			return
		}
		text = bareURLRe.ReplaceAllString(displayText(text), " ") // a URL's dates are its page's
		for _, s := range sentenceEndRe.Split(text, -1) {
			if pastRe.MatchString(s) {
				continue
			}
			for _, pd := range periodsIn(s) {
				if latest > 0 && pd.end.Year() > latest {
					continue
				}
				if pd.end.After(best.end) {
					best, line = pd, at
				}
			}
		}
	}
	for _, h := range d.p.headings {
		consider(h.line, h.text)
	}
	for _, u := range d.p.units {
		consider(u.line, u.text)
	}
	if line == 0 {
		return nil
	}
	return &snapshot.Period{Until: best.end.Format("2006-01-02"), Line: line, Text: best.text}
}
