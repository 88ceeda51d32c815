package maintainers

import (
	"regexp"
	"strings"
	"unicode"
)

// status is what a section, key or record says of the people in it.
type status int

const (
	// statusUnknown says nothing: the enclosing section's status applies.
	statusUnknown status = iota
	statusActive
	statusEmeritus
	// statusNone is a role that is not a maintainer (reviewer, triager), or a section
	// about something other than people (adopters, meetings, process).
	statusNone
)

// worse combines two statements about one person: a reviewer mark beats an emeritus
// mark, which beats an active one.
func worse(a, b status) status { return max(a, b) }

// words splits s into lower-case words, with "_" and "-" as separators.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

var (
	// topicWords name sections about the role rather than lists of its holders.
	topicWords = set("adopters", "adopter", "users", "meeting", "meetings", "process", "becoming",
		"become", "nomination", "nominations", "nominating", "responsibilities", "duties",
		"expectations", "requirements", "criteria", "election", "elections", "voting", "vote",
		"decision", "decisions", "onboarding", "offboarding", "removal", "removing", "adding",
		"contact", "contacts", "communication", "channels", "changes", "changelog", "how",
		"contents", "license", "conduct", "escalation", "privileges", "permissions",
		"sponsors", "companies", "calendar", "agenda", "faq", "template", "help", "support",
		"questions", "resources", "links", "references")
	// nonMaintainerWords are roles below maintainer.
	nonMaintainerWords = set("reviewer", "reviewers", "triager", "triagers", "triage",
		"contributor", "contributors", "collaborator", "collaborators", "mentor", "mentors",
		"shadow", "shadows")
	// orgWords name the GitHub organisation; memberWords and adminWords those who hold
	// its membership or its admin access.
	orgWords      = set("org", "organization", "organisation", "github")
	memberWords   = set("member", "members")
	adminWords    = set("admin", "admins", "administrator", "administrators")
	emeritusWords = set("emeritus", "emeriti", "emerita", "alumni", "alumnus", "alumna",
		"retired", "former", "past", "inactive")
	activeWords = set("maintainer", "maintainers", "approver", "approvers", "owner", "owners",
		"committer", "committers", "steering", "tsc", "core", "lead", "leads", "chair",
		"chairs", "cochair", "maintainership", "codeowners")
	// roleWords mark a field as a role or area rather than a name or an employer.
	roleWords = set("release", "manager", "liaison", "steward", "admin", "administrator",
		"docs", "documentation", "security", "ci", "infra", "infrastructure", "testing",
		"website", "tech", "technical", "architect", "emeritus", "maintainer", "maintainers",
		"reviewer", "approver", "lead", "chair", "cochair", "committer", "triage", "triager",
		"retired", "alumni", "alumnus", "former", "inactive", "owner", "contributor",
		"steering", "tsc", "core", "subproject", "component", "area", "sig")
	// typeWords are the values of a list's "Type" column, a field of their own ("Sheng
	// Yang, <...>, @yasker, Dev"): a kind of maintainer, not an employer. (Within a field
	// they may be a name: "Dev Patel".)
	typeWords = set("dev", "developer", "qa", "pm", "ops")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func anyIn(ws []string, m map[string]bool) bool {
	for _, w := range ws {
		if m[w] {
			return true
		}
	}
	return false
}

// classify reads a heading, a YAML key or a TOML table name: the status of the people
// listed under it, or statusUnknown when it does not say.
func classify(s string) status {
	ws := words(s)
	// The GitHub organisation's members, or those who hold its admin access ("Org
	// Admins", the foundation's account among them), hold a permission, not a role in
	// the project. (A project's own "administrators" are its leads.)
	// ("Core maintainers and org admins" are maintainers who also hold it.)
	org := anyIn(ws, orgWords) && (anyIn(ws, memberWords) || anyIn(ws, adminWords) && !anyIn(ws, activeWords))
	switch {
	case anyIn(ws, topicWords) || org:
		return statusNone
	case anyIn(ws, emeritusWords) && anyIn(ws, nonMaintainerWords) && !anyIn(ws, activeWords):
		return statusNone // an emeritus reviewer was never a maintainer
	case anyIn(ws, emeritusWords):
		return statusEmeritus
	case anyIn(ws, activeWords):
		return statusActive
	case anyIn(ws, nonMaintainerWords):
		return statusNone
	}
	return statusUnknown
}

// roleText reports whether a field names a role or area; st is what that role says of
// the person's status (statusUnknown for an area such as "Docs").
func roleText(s string) (st status, ok bool) {
	ws := words(s)
	if !anyIn(ws, roleWords) && !anyIn(ws, activeWords) && !anyIn(ws, emeritusWords) && !anyIn(ws, nonMaintainerWords) {
		return statusUnknown, false
	}
	st = classify(s)
	if st == statusNone && !anyIn(ws, nonMaintainerWords) {
		st = statusUnknown // a topic word in a role ("Release process lead") says nothing
	}
	return st, true
}

// rankWords name a rank in the project, not a part of it: "Core Maintainer",
// "Approver", "Senior Reviewer", "Organization Maintainer" (of the whole GitHub
// organisation), "Repository Maintainer" (which repository is not said).
var rankWords = set("core", "senior", "project", "member", "members", "co", "and", "organization", "organisation", "org", "repository", "repo")

// rankOnly reports whether a role text names only a rank ("Approver", "Core
// Maintainer"), no area ("Approver - CD", "Release manager", "Security lead").
func rankOnly(s string) bool {
	ws := words(s)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !activeWords[w] && !nonMaintainerWords[w] && !emeritusWords[w] && !rankWords[w] {
			return false
		}
	}
	return true
}

// roleStatus reads a status or role value stated for one person ("Emeritus",
// "Reviewer", "active").
func roleStatus(s string) status {
	ws := words(s)
	switch {
	case anyIn(ws, set("active", "current")):
		return statusActive
	case anyIn(ws, emeritusWords):
		return statusEmeritus
	case anyIn(ws, nonMaintainerWords) && !anyIn(ws, activeWords):
		return statusNone
	}
	return statusUnknown
}

// sectionKind is the role a section's heading names, for the file's own definition of
// its maintainers.
type sectionKind int

const (
	kindUnnamed     sectionKind = iota
	kindMaintainers             // "Maintainers", "Core maintainers", "Current maintainers"
	kindOtherRole               // "Approvers", "Committers", "Steering Committee", "Directors"
	// kindDefined is a role the project's documents count as maintainers ("A reviewer
	// is a core maintainer"): its people are maintainers, and never set aside.
	kindDefined
	// kindLeads is the project's leads ("Leads", "Project Leads"): another role, whose
	// people a section named for the maintainers does not set aside, as they lead the
	// maintainers (cloud-custodian's OWNERS.md: "Leads" beside "AWS Provider
	// Maintainers").
	kindLeads
)

// projectLeadsRe matches a heading naming the project's leads, not one group's.
var projectLeadsRe = regexp.MustCompile(`^(?:project |core |maintainer |technical )?leads?$`)

// otherRoleWords are roles a file may list beside its maintainers.
var otherRoleWords = set("approver", "approvers", "committer", "committers", "owner", "owners",
	"lead", "leads", "chair", "chairs", "cochair", "steering", "tsc", "director", "directors",
	"board", "committee", "council", "coordinator", "coordinators", "manager", "managers",
	"advisor", "advisors", "reviewer", "reviewers", "sig", "sigs", "author", "authors", "founder",
	"founders", "creator", "creators")

// kindOf reads the role a heading names.
func kindOf(s string) sectionKind {
	ws := words(s)
	switch {
	case anyIn(ws, set("maintainer", "maintainers")) && !anyIn(ws, emeritusWords):
		return kindMaintainers
	case projectLeadsRe.MatchString(strings.Join(ws, " ")):
		return kindLeads
	case anyIn(ws, otherRoleWords):
		return kindOtherRole
	}
	return kindUnnamed
}
