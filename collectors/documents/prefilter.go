package documents

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// Pattern is a statement pattern with the words every text it matches holds: most
// paragraphs hold none of them, and a substring search rules them out far faster than
// the pattern can.
type Pattern struct {
	*regexp.Regexp
	// needs are lower-case literals of which any text the pattern matches holds one;
	// nil when the pattern requires none long enough to be worth looking for.
	needs []string
}

// minNeed is the shortest literal worth a substring search before the pattern.
const minNeed = 3

// newPattern wraps a compiled pattern with what it requires.
func newPattern(re *regexp.Regexp) Pattern {
	p := Pattern{Regexp: re}
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		if n := required(tree.Simplify()); shortest(n) >= minNeed {
			p.needs = n
		}
	}
	return p
}

// MatchString reports whether the pattern matches s, ruling s out first when it holds
// none of the literals the pattern requires.
func (p *Pattern) MatchString(s string) bool {
	if p.needs != nil && !holdsAny(fold(s), p.needs) {
		return false
	}
	return p.Regexp.MatchString(s)
}

// fold lower-cases s as a pattern's (?i) matches it against lower-case literals: the
// long s, "ſ", is an s there, which strings.ToLower leaves as it is.
func fold(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "ſ", "s")
}

// holdsAny reports whether folded text holds one of the literals.
func holdsAny(folded string, literals []string) bool {
	for _, n := range literals {
		if strings.Contains(folded, n) {
			return true
		}
	}
	return false
}

// needsOf returns the literals of which any text one of res matches holds one, as
// newPattern finds them; nil when one of res requires none worth looking for.
func needsOf(res ...*regexp.Regexp) []string {
	var all []string
	for _, re := range res {
		p := newPattern(re)
		if p.needs == nil {
			return nil
		}
		all = append(all, p.needs...)
	}
	return all
}

// required returns literals, lower case, of which every match of re holds one; nil
// when it cannot tell.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// Every part is matched: the most selective part's literals will do.
		var best []string
		for _, sub := range re.Sub {
			if n := required(sub); n != nil && shortest(n) > shortest(best) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		// One branch is matched: each must require something.
		var all []string
		for _, sub := range re.Sub {
			n := required(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		return all
	}
	return nil
}

// shortest returns the length of the shortest literal, 0 for none.
func shortest(ls []string) int {
	m := 0
	for i, l := range ls {
		if i == 0 || len(l) < m {
			m = len(l)
		}
	}
	return m
}
