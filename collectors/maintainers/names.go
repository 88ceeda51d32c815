package maintainers

import (
	"regexp"
	"strings"
	"unicode"
)

// keywords are field labels left over once their values are taken out.
var keywords = map[string]bool{
	"github": true, "gh": true, "handle": true, "email": true, "e-mail": true, "mail": true,
	"slack": true, "company": true, "affiliation": true, "employer": true, "name": true,
	"twitter": true, "and": true, "or": true, "at": true, "via": true, "github id": true,
}

func keyword(s string) bool { return keywords[strings.ToLower(strings.Trim(s, " :"))] }

// stopwords mark prose: names, companies and roles rarely hold them in lower case.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "for": true, "is": true, "are": true,
	"was": true, "be": true, "been": true, "please": true, "if": true, "you": true,
	"your": true, "we": true, "our": true, "this": true, "that": true, "with": true,
	"will": true, "can": true, "should": true, "may": true, "must": true, "when": true,
	"who": true, "which": true, "any": true, "all": true, "thanks": true, "thank": true,
	"contact": true, "ping": true, "see": true, "cc": true, "by": true, "from": true,
	"on": true, "in": true, "into": true, "as": true, "it": true, "its": true, "and": true,
	"or": true, "has": true, "have": true, "not": true, "also": true, "they": true,
	"their": true, "he": true, "she": true, "them": true, "these": true, "those": true,
	"here": true, "there": true, "would": true, "could": true, "us": true, "get": true,
	"need": true, "do": true, "does": true, "about": true, "use": true,
}

// datedRe matches a remark that dates an entry rather than naming anyone: "Elected
// October" and "2019" from "Jane Doe (jane@example.org) - Elected October, 2019",
// "since 2021", "March 2020".
var datedRe = regexp.MustCompile(`(?i)^(?:(?:elected|joined|added|appointed|promoted|nominated|since|until)\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d|(?:19|20)\d\d)$`)

// dated reports whether s only dates an entry.
func dated(s string) bool { return datedRe.MatchString(strings.TrimSpace(s)) }

// prose reports whether s reads as a sentence rather than a name, company or role.
func prose(s string) bool {
	words := strings.Fields(s)
	if len(words) > 8 || strings.ContainsAny(s, "?!") {
		return true
	}
	for _, w := range words {
		if stopwords[strings.Trim(w, ".,:;'\"")] {
			return true
		}
	}
	return len(words) > 3 && strings.HasSuffix(s, ".")
}

// notNames are first words that begin a sentence or a label, not a name.
var notNames = map[string]bool{
	"thanks": true, "thank": true, "see": true, "contact": true, "please": true, "ping": true,
	"ask": true, "email": true, "reach": true, "send": true, "join": true, "talk": true,
	"message": true, "note": true, "cc": true, "maintained": true, "maintainer": true,
	"maintainers": true, "owner": true, "owners": true, "reviewer": true, "reviewers": true,
	"approver": true, "approvers": true, "todo": true, "tbd": true, "tba": true,
	"vacant": true, "open": true, "none": true, "n/a": true, "github": true, "lead": true,
	"name": true, "example": true, "you": true, "your": true,
}

// particles are lower-case words that belong inside names.
var particles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true,
	"du": true, "la": true, "le": true, "del": true, "della": true, "dos": true, "das": true,
	"do": true, "bin": true, "binti": true, "al": true, "el": true, "y": true, "e": true,
	"ter": true, "ten": true, "zu": true, "st": true, "af": true, "av": true,
}

// nameLike reports whether s reads as a person's name: one to six words, each starting
// with a capital (or a letter without case), bar name particles.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || len(s) > 80 || strings.ContainsAny(s, "/=@#{}$%") {
		return false
	}
	if notNames[strings.ToLower(strings.Trim(words[0], ".,:"))] {
		return false
	}
	capital := false
	for _, w := range words {
		rs := []rune(strings.Trim(w, "\"'(),"))
		if len(rs) == 0 {
			return false
		}
		for _, r := range rs {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r) {
				return false
			}
		}
		first := rs[0]
		switch {
		case !unicode.IsLetter(first):
			return false
		case unicode.IsLower(first):
			if !particles[strings.ToLower(string(rs))] {
				return false
			}
		default:
			capital = true
		}
	}
	return capital
}

// freeAgents are affiliations commonly written in lower case.
var freeAgents = map[string]bool{
	"independent": true, "self": true, "self-employed": true, "freelance": true,
	"freelancer": true, "unaffiliated": true, "individual": true, "none": true,
}

// companyLike reports whether a field after the name reads as an employer: capitalised
// (or camel-cased, like eBay), or a word for having none.
func companyLike(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 || len(strings.Fields(s)) > 6 {
		return false
	}
	if freeAgents[strings.ToLower(s)] {
		return true
	}
	if !unicode.IsLower(rs[0]) {
		return unicode.IsLetter(rs[0]) || unicode.IsDigit(rs[0])
	}
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return true
		}
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return false
}
