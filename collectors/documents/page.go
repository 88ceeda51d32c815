package documents

import "slices"

// Statement is where a page states a topic: a heading, or a sentence of a paragraph,
// list item or table cell, as the page shows it.
type Statement struct {
	How  string // "heading" or "sentence"
	Text string
}

// StatedOn returns the topics a page outside the repositories states, by the same rules
// a document of the repositories is read with: each topic read in one of kinds (the
// kinds the page turned out to be), or named in want (the topics a link to it named),
// with the headings and the units' sentences that state it, at most maxPerDocument of
// each. A sentence that says the topic is stated elsewhere is no statement. A page
// comes without its structure, so a list_only topic's headings, which count only over
// a list, are not read, and items are read without their headings (under_heading).
func (v *Vocabulary) StatedOn(kinds, want []string, headings, units []string) map[string][]Statement {
	out := map[string][]Statement{}
	for _, t := range v.Topics {
		if !slices.Contains(want, t.Name) && !slices.ContainsFunc(t.In, func(in string) bool { return slices.Contains(kinds, in) }) {
			continue
		}
		n := 0
		for _, h := range headings {
			if n < maxPerDocument && !t.ListOnly && t.headed(normalize(h)) {
				out[t.Name] = append(out[t.Name], Statement{How: "heading", Text: h})
				n++
			}
		}
		n = 0
		for _, u := range units {
			if n == maxPerDocument {
				break
			}
			for _, s := range sentences(u) {
				if states(t, s) && !matches(v.Pointer, s) {
					out[t.Name] = append(out[t.Name], Statement{How: "sentence", Text: oneLine(u)})
					n++
					break
				}
			}
		}
	}
	return out
}
