# METADATA
# title: General Technical Reviews, finished and unfinished
# description: >-
#   The General Technical Reviews found (artifacts.gtr), and which of them say they are
#   unfinished: a sentence of the review, or of the README of the folder it is kept in,
#   calls it a draft or work in progress (content.topics.gtr_draft: "This is a living
#   technical review draft ... Any gaps are marked as TODO"). A review that says so does
#   not stand in for the documents the template lets a review replace, nor is it the
#   completed review process.gtr asks for. A snapshot without the topic (one collected
#   before it was read) has no review counted as a draft.
# schemas:
#   - input: schema.snapshot
package graduate.lib.gtr

import data.graduate.lib.facts

reviews := facts.artifacts("gtr")

# drafted holds for a review one of whose own sentences, or its folder README's, says it
# is unfinished.
drafted(loc) if {
	some s in facts.topics("gtr_draft")
	s.repo == loc.repo
	_says_for(_file(s.path), _file(loc.path))
}

_says_for(said, review) if said == review

_says_for(said, review) if {
	_dir(said) == _dir(review)
	regex.match(`(?i)^(?:readme|index|_index)\.[a-z]+$`, _base(said))
}

_file(p) := split(p, "#")[0]

_dir(p) := regex.replace(p, `/?[^/]*$`, "")

_base(p) := regex.replace(p, `^.*/`, "")

finished := [loc | some loc in reviews; not drafted(loc)]

drafts := [loc | some loc in reviews; drafted(loc)]

# draft_lines are the sentences that say the reviews found are unfinished.
draft_lines := [s |
	some s in facts.topics("gtr_draft")
	some loc in drafts
	s.repo == loc.repo
	_says_for(_file(s.path), _file(loc.path))
]

# said is a reason's account of the reviews that say they are unfinished, when no
# finished one was found: where each says so ("toc:projects/x/tech-review/...md:16:
# \"This is a living technical review draft.\"").
said := concat("; ", sort({sprintf("%s:%s:%d: %q", [s.repo, s.path, object.get(s, "line", 1), object.get(s, "text", "")]) | some s in draft_lines})) if {
	count(finished) == 0
	count(drafts) > 0
}

# unfinished is the reason of a criterion that a review may stand in for.
unfinished := sprintf("the General Technical Review found says it is unfinished (%s), so it does not stand in for the document; complete it, or attest where the completed review is", [said])
