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
// (2023-05-11), a month and year ("June 2022", "May 15, 2022", "5th June 2023"), a half
// or a quarter ("2022 H2", "Q3 2023", "H1-2024").
var periodRe = regexp.MustCompile(`(?i)\b(20\d\d)-([01]\d)-([0-3]\d)\b` +
	`|\b(` + monthNames + `)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(20\d\d)\b` +
	`|\b(20\d\d)\s*[-/ ]?\s*([hq])([1-4])\b|\b([hq])([1-4])\s*[-/ ]?\s*(20\d\d)\b`)

// yearRe finds a year standing alone, once the precise periods are taken out: not part
// of a version, a number or an identifier ("v2023.1", "CVE-2023-1234", "12021").
var yearRe = regexp.MustCompile(`(?:^|[^\w.\-/])(20\d\d)(?:$|[^\w\-/]|\.(?:\s|$))`)

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
			y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
			if mo < 1 || mo > 12 || d < 1 || d > 31 {
				continue
			}
			end = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		case m[4] != "":
			end = monthEnd(atoi(m[5]), monthOf(m[4]))
		case m[6] != "":
			end = partEnd(atoi(m[6]), m[7], atoi(m[8]))
		default:
			end = partEnd(atoi(m[11]), m[9], atoi(m[10]))
		}
		if !end.IsZero() {
			out = append(out, period{end: end, text: strings.TrimSpace(m[0])})
		}
	}
	for _, m := range yearRe.FindAllStringSubmatch(periodRe.ReplaceAllString(s, " "), -1) {
		out = append(out, period{end: monthEnd(atoi(m[1]), 12), text: m[1]})
	}
	return out
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

// partEnd is the last day of half ("h") or quarter ("q") n of year y.
func partEnd(y int, kind string, n int) time.Time {
	switch strings.ToLower(kind) {
	case "h":
		if n > 2 {
			return time.Time{}
		}
		return monthEnd(y, 6*n)
	default:
		return monthEnd(y, 3*n)
	}
}

// statedPeriod returns the newest period d's text between lines from and to (1-based,
// to exclusive; 0 for the end) names, outside links' targets and bare URLs and outside
// sentences about the project's past, with the line that names it; ok is false when
// the text names none.
func statedPeriod(d *doc, from, to int) (p *snapshot.Period, ok bool) {
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
		return nil, false
	}
	return &snapshot.Period{Until: best.end.Format("2006-01-02"), Line: line, Text: best.text}, true
}
