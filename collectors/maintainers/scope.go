package maintainers

import (
	"regexp"
	"strings"
)

// The scope of a whole list: what a maintainers document says every person it lists
// maintains, in its title ("# KEDA Maintainers", "# Core Maintainers of this
// repository") or in a sentence of the prose a section opens with ("This document lists
// the maintainers of the `kedacore/keda` project."). It is recorded as each person's
// responsibility when nothing narrower is stated for them (a column of their own or a
// heading that names an area wins, see mdParser.emitAs), marked as the list's
// (responsibility_from_list): whether the whole project is a domain of responsibility
// is the criterion's judgement, not the collector's. A title or a
// sentence that only names a list of people ("# Maintainers", "the maintainers of this
// project") states no scope.

// roleNouns name the list a title or sentence gives the scope of, alone or joined
// ("Committers and Maintainers").
const roleNouns = `(?:maintainers|committers|owners)(?:\s*(?:,|\band\b|&)\s*(?:maintainers|committers|owners|reviewers|approvers))*`

// listQualifiers may stand before the role nouns: they say which list, not of what.
const listQualifiers = `(?:(?:the|current|active|core|official|project)\s+)*`

// scopeEnd ends the scope a sentence states: punctuation, or a word that starts what
// the sentence says next ("..., in alphabetical order", "... project is listed in").
const scopeEnd = `(?:\s*[,;:(\n]|\.(?:\s|$)|\s+(?:are|is|was|were|who|which|that|whose|along|below|here|as|in\s+alphabetical)\b|\s+(?:and|with)\s+(?:their|its)\b|$)`

// scopeText is the scope itself: no sentence punctuation, a dot only inside a name
// ("kubeedge.io").
const scopeText = `((?:[^.,;:()\n]|\.\S)+?)`

var (
	// titleOfRe is a title naming the list's scope after the role: "Maintainers of
	// <X>", "Core Maintainers of this repository", "Owners for oras-project".
	titleOfRe = regexp.MustCompile(`(?i)^` + listQualifiers + roleNouns + `\s+(?:of|for)\s+(.+)$`)
	// titleNameRe is a title naming it before the role: "<Name> Maintainers",
	// "OpenCost Committers and Maintainers", "Strimzi Maintainers list".
	titleNameRe = regexp.MustCompile(`(?i)^(.+?)\s+` + roleNouns + `(?:\s+(?:list|team|file))?$`)

	// scopeSentences are the sentences that state the scope of the list around them,
	// each with the scope as its one group.
	scopeSentences = []*regexp.Regexp{
		// "This document lists the maintainers of the `kedacore/keda` project.",
		// "This file lists the maintainers and committers of the Chaos Mesh project.",
		// "This section lists the current active Maintainers of the Volcano project."
		regexp.MustCompile(`(?i)\blists?\s+(?:all\s+)?(?:of\s+)?the\s+` + listQualifiers + roleNouns + `\s+(?:of|for)\s+` + scopeText + scopeEnd),
		// "This is the list of maintainers for all Dapr repositories, in alphabetical
		// order:", "This is the current list of maintainers for the Antrea project."
		regexp.MustCompile(`(?i)\blist\s+of\s+` + listQualifiers + roleNouns + `\s+(?:of|for)\s+` + scopeText + scopeEnd),
		// "Official list of KubeEdge Maintainers.", "For a list of active SPIRE
		// maintainers, please see ..."
		regexp.MustCompile(`(?i)\blist\s+of\s+(?:all\s+)?` + listQualifiers + `([^.,;:()\n]+?)\s+` + roleNouns + `\b`),
		// "The current maintainers group for the cert-manager project is listed in ..."
		regexp.MustCompile(`(?i)\b(?:maintainers?|committers?|owners?)\s+(?:group|team)\s+(?:of|for)\s+` + scopeText + scopeEnd),
		// "Maintainers apply to all KubeVela repositories."
		regexp.MustCompile(`(?i)\b` + roleNouns + `\s+(?:apply|applies)\s+to\s+` + scopeText + scopeEnd),
		// "... as well as maintainers and reviewers for this repository."
		regexp.MustCompile(`(?i)\b` + roleNouns + `\s+(?:of|for|in)\s+(this\s+(?:repository|repo))\b`),
	}

	// thisRepositoryRe is the repository the document is in, named from inside it.
	thisRepositoryRe = regexp.MustCompile(`(?i)\bthis\s+(?:repository|repo)\b`)
)

// scopeGenericWords, beside genericWords, name no scope of their own: "Core
// maintainers", "the repository", "this project" say only that the list is the
// project's, as "# Maintainers" does.
var scopeGenericWords = set("this", "these", "that", "its", "repository", "repositories", "repo",
	"repos", "codebase", "code", "software", "maintainers", "maintainer", "committers",
	"committer", "owners", "owner", "reviewers", "approvers", "core", "official", "here",
	"below", "following", "file", "document", "a", "an")

// notScopeWords mark a phrase as something other than a name: a title about the role
// ("Meet the Maintainers", "Notes for maintainers"), a list per part ("each
// subproject"), or a clause ("people who are Foo maintainers").
var notScopeWords = set("meet", "for", "to", "with", "about", "by", "from", "how", "what",
	"why", "when", "who", "whom", "whose", "which", "are", "is", "was", "were", "be", "been",
	"guide", "note", "notes", "welcome", "information", "info", "instructions", "tips",
	"your", "my", "their", "new", "each", "every", "individual", "respective", "specific",
	"various", "any", "some", "other", "certain", "emeritus", "emeriti", "former", "retired",
	"past", "inactive", "alumni", "previous", "lead", "leads", "senior", "top", "since",
	"follows", "following", "handles", "handle")

// danglingWords cannot end a name: a phrase ending in one was cut from a longer clause
// ("Steering Committee and", "GitHub handles of").
var danglingWords = set("of", "for", "in", "on", "at", "and", "or", "the", "a", "an", "to", "by", "with")

// titleScope returns the scope a document's title states for its whole list, as the
// title writes it ("this repository" named as repoName), or "".
func titleScope(title, repoName string) string {
	title = strings.TrimSpace(title)
	if m := titleOfRe.FindStringSubmatch(title); m != nil {
		return scopePhrase(m[1], repoName)
	}
	if s := sentenceScope(title, repoName); s != "" {
		return s // "List of Widget maintainers"
	}
	if m := titleNameRe.FindStringSubmatch(title); m != nil {
		return scopePhrase(m[1], repoName)
	}
	return ""
}

// sentenceScope returns the scope the first sentence of text that states one gives the
// list ("the kedacore/keda project", "all Dapr repositories"), or "". text is plain
// text, a paragraph a line.
func sentenceScope(text, repoName string) string {
	best, at := "", -1
	for _, re := range scopeSentences {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if at >= 0 && m[0] >= at {
				break
			}
			if s := scopePhrase(text[m[2]:m[3]], repoName); s != "" {
				best, at = s, m[0]
				break
			}
		}
	}
	return best
}

// scopePhrase returns a stated scope as written, with "this repository" named, or ""
// when it names no scope: only words that name a list of people or the project as a
// whole ("the project", "all repositories"), a clause, a part of the project per person
// ("each subproject"), or more than a name's words.
func scopePhrase(s, repoName string) string {
	s = strings.Trim(strings.TrimSpace(s), ".:;,!")
	if repoName != "" {
		s = thisRepositoryRe.ReplaceAllLiteralString(s, repoName)
	}
	ws := words(s)
	if len(ws) == 0 || len(strings.Fields(s)) > 8 || anyIn(ws, notScopeWords) || anyIn(ws, topicWords) || danglingWords[ws[len(ws)-1]] {
		return ""
	}
	for _, w := range ws {
		if !genericWords[w] && !scopeGenericWords[w] {
			return s
		}
	}
	return ""
}

// intro is the prose a section opens with, before anyone is listed in it: where a
// sentence may state the scope of the section's list.
type intro struct {
	text   strings.Builder // plain text, a paragraph a line
	closed bool            // someone was listed: later prose is not the intro
	scope  string          // once closed, the scope its text states
}

// add appends a line of prose to an open intro.
func (in *intro) add(line string) {
	if in == nil || in.closed {
		return
	}
	if in.text.Len() > 0 && !strings.HasSuffix(in.text.String(), "\n") {
		in.text.WriteByte(' ')
	}
	in.text.WriteString(line)
}

// end ends the intro's current paragraph.
func (in *intro) end() {
	if in != nil && !in.closed && in.text.Len() > 0 && !strings.HasSuffix(in.text.String(), "\n") {
		in.text.WriteByte('\n')
	}
}

// close ends the intro when someone is listed, keeping the scope it states.
func (in *intro) close(repoName string) {
	if in != nil && !in.closed {
		in.scope = sentenceScope(in.text.String(), repoName)
		in.closed = true
	}
}

// stated returns the scope the intro states, so far when it is still open.
func (in *intro) stated(repoName string) string {
	switch {
	case in == nil:
		return ""
	case in.closed:
		return in.scope
	}
	return sentenceScope(in.text.String(), repoName)
}

// pointerDomains sets what a Markdown or plain-text maintainers file gives the people of
// the list each of its pointers leads to: the area or scope stated where the pointer
// stands, as for a person listed there (see domainsAt). Other formats state none.
func pointerDomains(src source, f format, content string, ps []pointer) {
	if len(ps) == 0 {
		return
	}
	plain := false
	switch {
	case f == formatMarkdown:
	case f == formatText && !looksTOML(content):
		plain = true
	default:
		return
	}
	lines := make([]int, len(ps))
	for k, p := range ps {
		lines[k] = p.line
	}
	ds, scoped := domainsAt(src, content, plain, lines)
	for k := range ps {
		ps[k].domain, ps[k].domainFromList = ds[ps[k].line], scoped[ps[k].line]
	}
}
