# METADATA
# title: CNCF Code of Conduct is cross-linked from other governance documents.
# description: >-
#   Passes when README, GOVERNANCE, CONTRIBUTING or contributor ladder documents link the
#   code of conduct (content.coc_links, which holds no link to another foundation's
#   code, such as the Apache Software Foundation's; when the only links are in the repositories' root
#   READMEs, the community repository's included, or a website's home page, it is
#   unknown) and the project adopts the CNCF Code of Conduct
#   (content.coc_cncf_reference: in its code of conduct, a README, or the governance,
#   contributing and ladder documents), with those lines as evidence. Fails when their
#   content was read and no such link was found (unknown instead when the governance is
#   linked out of the repositories read: it may link it), or when the code of conduct they link was read and
#   neither adopts nor links the CNCF code (unknown instead when another code is linked
#   out of the repositories read: facts.other_codes). Unknown when the code of conduct they link is
#   outside the repositories read (whether it is the CNCF's is not known), or when the
#   content was not collected.
# related_resources:
#   - description: CNCF graduation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-graduation-application.md
#   - description: CNCF incubation application template (cncf/toc v1.6, 56477dd4)
#     ref: https://github.com/cncf/toc/blob/56477dd430ef0082e9069714f4bdbbea3a14517c/.github/ISSUE_TEMPLATE/template-incubation-application.md
# custom:
#   order: 215
#   levels:
#     sandbox: not_applicable
#     incubation: required
#     graduation: required
#   decided_by: [repository_files]
#   facts: [content.coc_links, content.coc_cncf_reference, documents.code_of_conduct, content.links_out]
package graduate.criteria.governance.coc_crosslinked

import data.graduate.lib.facts
import data.graduate.lib.verdict

meta := verdict.meta(rego.metadata.chain())

_links := input.content.coc_links if facts.member_collected("content", "coc_links")

_references := input.content.coc_cncf_reference if facts.member_collected("content", "coc_cncf_reference")

_codes := facts.documents("code_of_conduct")

unknown contains facts.path_not_collected("content.coc_links")

# Whether the code linked is the CNCF's is decided on the adoption facts.
unknown contains facts.path_not_collected("content.coc_cncf_reference") if count(_links) > 0

unknown contains facts.path_not_collected("documents.code_of_conduct") if {
	count(_links) > 0
	count(_references) == 0
}

fail contains msg if {
	count(_links) == 0
	count(_governance_out) == 0
	msg := sprintf(
		"no link to the code of conduct found in the README, GOVERNANCE, CONTRIBUTING or contributor ladder documents of %s; the CNCF Code of Conduct must be cross-linked from the other governance documents",
		[facts.searched],
	)
}

# The governance kept elsewhere (nats' GOVERNANCE.md: "see nats-general") may link it:
# a governance or maintainers file that points there, not a README line that names
# governance beside a link to the website.
_governance_out := [l | some l in facts.links_out("governance"); regex.match(`(?i)(?:^|/)(?:governance|maintainers)[^/]*$`, l.path)]

unknown contains msg if {
	count(_links) == 0
	count(_governance_out) > 0
	msg := sprintf(
		"no link to the code of conduct found in the README, GOVERNANCE, CONTRIBUTING or contributor ladder documents of %s, and the governance is kept elsewhere: %s",
		[facts.searched, facts.linked(_governance_out)],
	)
}

evidence contains facts.link(l) if {
	count(_links) == 0
	some l in _governance_out
}

fail contains msg if {
	count(_links) > 0
	count(_references) == 0
	facts.member_collected("documents", "code_of_conduct")
	count(_codes) > 0
	count(facts.other_codes) == 0
	msg := sprintf(
		"the code of conduct is cross-linked from %s, but the code read (%s) neither adopts nor links the CNCF Code of Conduct, and no document adopts it; the code cross-linked must be the CNCF's",
		[facts.where(_links), facts.where(_codes)],
	)
}

unknown contains msg if {
	count(_links) > 0
	count(_references) == 0
	count(_codes) > 0
	count(facts.other_codes) > 0
	msg := sprintf(
		"the code of conduct is cross-linked from %s; the code read (%s) neither adopts nor links the CNCF Code of Conduct, but another code is %s, and whether that one is the CNCF's is not known",
		[facts.where(_links), facts.where(_codes), facts.linked(facts.other_codes)],
	)
}

unknown contains msg if {
	count(_links) > 0
	count(_references) == 0
	count(_codes) == 0
	facts.member_collected("documents", "code_of_conduct")
	msg := sprintf(
		"a code of conduct is cross-linked from %s, but it is not in the repositories read, and no document read adopts the CNCF Code of Conduct, so whether the code cross-linked is the CNCF's is not known; %s",
		[facts.where(_links), _elsewhere],
	)
}

# The root README of a repository, and a website's home page, introduce the project or
# its repository: the wording asks for the code cross-linked from the other governance
# documents. A community repository's README, an index of its files ("* [Code of
# Conduct](./CODE_OF_CONDUCT.md)"), is no more one of them: auditors rated passes on it
# alone weak three times (kubeflow, longhorn, strimzi).
_front_page(l) if {
	not contains(l.path, "/")
	startswith(lower(l.path), "readme")
}

_front_page(l) if {
	regex.match(`^(?:content/(?:[a-z]{2}/)?)?_?index\.(?:md|markdown|html)$`, lower(l.path))
	facts.in_role(l.repo, "website")
}

unknown contains msg if {
	count(_links) > 0
	every l in _links {
		_front_page(l)
	}
	msg := sprintf(
		"the code of conduct is linked only from %s; none of the governance, contributing or contributor ladder documents read links it, and whether a repository's front page counts among the other governance documents the wording names is a reviewer's call",
		[facts.where(_links)],
	)
}

_elsewhere := facts.linked(facts.links_out("code_of_conduct")) if count(facts.links_out("code_of_conduct")) > 0

_elsewhere := sprintf("no code of conduct was found (%s) and none is linked out", [facts.read]) if count(facts.links_out("code_of_conduct")) == 0

evidence contains facts.file(loc) if some loc in _links

# The code that is cross-linked adopts the CNCF's: its first such line in each file is
# the evidence (a copy of the CNCF code links the foundation on many lines).
evidence contains facts.file(loc) if {
	count(_links) > 0
	some loc in _references
	object.get(loc, "line", 0) == min({object.get(r, "line", 0) | some r in _references; r.repo == loc.repo; r.path == loc.path})
}

evidence contains facts.link(l) if {
	count(_links) > 0
	count(_references) == 0
	count(_codes) == 0
	some l in facts.links_out("code_of_conduct")
}
