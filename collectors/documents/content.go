package documents

import (
	"net/url"
	"regexp"
	"strings"
)

var (
	// cocCNCFRes find a code of conduct's adoption of, or link to, the CNCF one.
	cocCNCFRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)github\.com/cncf/foundation/(?:blob|tree|raw)/[^\s)]*code[-_]of[-_]conduct`),
		regexp.MustCompile(`(?i)raw\.githubusercontent\.com/cncf/foundation/[^\s)]*code[-_]of[-_]conduct`),
		regexp.MustCompile(`(?i)cncf\.io/conduct`),
		regexp.MustCompile(`(?i)\b(?:cncf|cloud native computing foundation)(?:'s)?\W+(?:\w+\W+){0,3}code[\s-]+of[\s-]+conduct`),
		regexp.MustCompile(`(?i)code[\s-]+of[\s-]+conduct\W+(?:\w+\W+){0,4}(?:the\W+)?(?:cncf|cloud native computing foundation)\b`),
	}
	// cocNameRe finds a line that links or names the code of conduct.
	cocNameRe = regexp.MustCompile(`(?i)code[\s_-]+of[\s_-]+conduct`)

	// meetingRes find lines about community meetings.
	meetingRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\b(?:community|contributors?|developers?|development|maintainers?|sig|wg|working group|public|weekly|monthly|bi-?weekly|fortnightly|office)\s+(?:meetings?|calls?|syncs?|hours)\b`),
		regexp.MustCompile(`(?i)\bmeetings?\s+(?:notes|agendas?|minutes|recordings?|schedule|calendar)\b`),
		regexp.MustCompile(`(?i)\bzoom\.us/(?:j|my)/`),
		regexp.MustCompile(`(?i)\bcalendar\b`),
	}
)

// isCNCFCoC reports whether a code of conduct line adopts or links the CNCF code.
func isCNCFCoC(line string) bool {
	for _, re := range cocCNCFRes {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// isMeeting reports whether a line mentions a community meeting.
func isMeeting(line string) bool {
	for _, re := range meetingRes {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

var (
	discussionsRe  = regexp.MustCompile(`^/(?:[^/]+/[^/]+|orgs/[^/]+)/discussions(?:/|$)`)
	listLocalRe    = regexp.MustCompile(`(?i)(?:^|[-_.])(?:dev|devel|developers?|users?|discuss|discussion|announce|community|general|talk)$`)
	privateLocalRe = regexp.MustCompile(`(?i)security|private|maintainers|conduct|legal|admin`)
)

// channelKind classifies a link as a public communication channel: slack, mailing_list,
// discussions, discord, matrix, forum, irc or x.
func channelKind(link string) (string, bool) {
	u, err := url.Parse(link)
	if err != nil {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	switch scheme {
	case "mailto":
		addr := u.Opaque
		if i := strings.IndexByte(addr, '?'); i >= 0 {
			addr = addr[:i]
		}
		local, domain, ok := strings.Cut(strings.ToLower(addr), "@")
		if !ok || privateLocalRe.MatchString(local) {
			return "", false
		}
		if domain == "googlegroups.com" || strings.HasPrefix(domain, "lists.") || listLocalRe.MatchString(local) {
			return "mailing_list", true
		}
		return "", false
	case "irc", "ircs":
		return "irc", true
	case "http", "https":
	default:
		return "", false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	p := u.Path
	switch {
	case host == "slack.com" || strings.HasSuffix(host, ".slack.com") || strings.HasPrefix(host, "slack."):
		return "slack", true
	case host == "communityinviter.com" && strings.HasPrefix(p, "/apps/"):
		return "slack", true
	case host == "groups.google.com" || host == "groups.io" || strings.HasPrefix(host, "lists."):
		return "mailing_list", true
	case host == "github.com" && discussionsRe.MatchString(p):
		return "discussions", true
	case host == "discord.gg" || ((host == "discord.com" || host == "discordapp.com") && (strings.HasPrefix(p, "/invite/") || strings.HasPrefix(p, "/channels/"))):
		return "discord", true
	case host == "matrix.to":
		return "matrix", true
	case strings.Contains(host, "discourse") || strings.HasPrefix(host, "discuss.") || strings.HasPrefix(host, "forum."):
		return "forum", true
	case host == "web.libera.chat" || host == "webchat.freenode.net" || host == "kiwiirc.com":
		return "irc", true
	case host == "twitter.com" || host == "x.com" || host == "mobile.twitter.com":
		first, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
		switch strings.ToLower(first) {
		case "", "intent", "share", "search", "hashtag", "i", "home":
			return "", false
		}
		return "x", true
	}
	return "", false
}

// topicRule classifies a heading of some document kinds as naming a topic.
type topicRule struct {
	topic string
	kinds []string // document or artifact kinds whose headings are classified
	re    *regexp.Regexp
}

var governanceKinds = []string{KindGovernance, KindMaintainers, KindContributing, ArtifactContributorLadder}

// topicRules classify headings. A heading may name several topics ("Adding and removing
// maintainers").
var topicRules = []topicRule{
	{"decision_making", governanceKinds, regexp.MustCompile(`\bdecisions?\b|\bdecision making\b|\bvot(?:e|es|ing)\b|\bconsensus\b`)},
	{"cncf_requests", governanceKinds, regexp.MustCompile(`\bcncf\b.*\b(?:requests?|resources?|services?|support|funds?|funding)\b|\b(?:requests?|resources?)\b.*\bcncf\b`)},
	{"governance_changes", governanceKinds, regexp.MustCompile(`\b(?:chang\w*|amend\w*|modif\w*|updat\w*|revis\w*)\b.*\b(?:governance|charter|this document)\b|\b(?:governance|charter)\b.*\b(?:changes?|amendments?|updates?|revisions?)\b|^amendments?$|^changes$`)},
	{"vendor_neutrality", governanceKinds, regexp.MustCompile(`\bvendor neutral\w*|\bvendorneutral\w*|\bneutrality\b`)},
	{"role_assignment", governanceKinds, regexp.MustCompile(`\bteams?\b|\bcommittees?\b|\bsteering\b|\bcouncil\b|\bassign\w* roles?\b|\broles? assign\w*|\bleadership\b|\bsecurity response\b`)},
	{"maintainer_onboarding", governanceKinds, regexp.MustCompile(`\bbecom\w* (?:an? )?(?:new )?maintainers?\b|\b(?:add\w*|new|nominat\w*|promot\w*|elect\w*|appoint\w*|onboard\w*|select\w*)\b.*\bmaintainers?\b|\bmaintainers?\b.*\b(?:nominations?|elections?|onboarding|selection|promotion|appointment)\b|^nominations?$|^onboarding$`)},
	{"maintainer_offboarding", governanceKinds, regexp.MustCompile(`\bstep\w* down\b|\bremov\w*|\binactiv\w*|\boffboard\w*|\blosing\b|\bresign\w*`)},
	{"emeritus", governanceKinds, regexp.MustCompile(`\bemerit\w*|\balumni\b|\bretire\w*|\bformer maintainers?\b`)},
	{"subprojects", governanceKinds, regexp.MustCompile(`\bsub ?projects?\b|\bsigs?\b|\bspecial interest groups?\b|\bworking groups?\b|\bwgs?\b`)},
	{"contributor_roles", governanceKinds, regexp.MustCompile(`\bcontributor ladder\b|\broles?\b|\bmembership\b|\breviewers?\b|\bapprovers?\b|\bcommitters?\b|\bcontributor levels?\b`)},
	{"roadmap_changes", []string{KindRoadmap}, regexp.MustCompile(`\bchang\w*|\bupdat\w*|\bpropos\w*|\benhancements?\b|\brfcs?\b|\bkeps?\b|\bfeature requests?\b|\bprocess\b|\bprioriti\w*|\bcontribut\w*|\binfluenc\w*`)},
	{"roadmap_changes", []string{KindGovernance}, regexp.MustCompile(`\broadmap\b`)},
	{"security_private_reporting", []string{KindSecurityPolicy}, regexp.MustCompile(`\breport\w*\b.*\b(?:vulnerabilit\w*|security|issues?|bugs?|problems?)\b|\b(?:vulnerabilit\w*|security issues?)\b.*\breport\w*|\bprivate(?:ly)? report\w*|\bhow to report\b|\bresponsible disclosure\b`)},
	{"security_response", []string{KindSecurityPolicy}, regexp.MustCompile(`\brespon\w*|\btriag\w*|\bhandl\w*|\bsecurity team\b|\bdisclosure (?:process|policy|timeline)\b|\bcoordinated disclosure\b|\bincidents?\b|\bwhat happens\b`)},
	{"security_embargo", []string{KindSecurityPolicy}, regexp.MustCompile(`\bembargo\w*|\bprivate disclosure list\b|\bdistributors? list\b|\bearly disclosure\b|\bpre ?disclosure\b`)},
	{"release_expectations", []string{KindReleaseProcess}, regexp.MustCompile(`\bcadence\b|\bschedule\w*|\bfrequen\w*|\btimeline\b|\bcycles?\b|\bhow often\b|\bwhen\b.*\breleas\w*`)},
	{"release_tagging", []string{KindReleaseProcess}, regexp.MustCompile(`\bversioning\b|\bversion (?:numbers?|scheme|names?|naming|policy)\b|\bsemantic version\w*|\btagging\b|\bsemver\b|\bstable\b|\bunstable\b|\bpre ?releases?\b|\balphas?\b|\bbetas?\b|\brelease candidates?\b|\bsecurity releases?\b|\bpatch releases?\b|\bnaming\b`)},
	{"release_branch_tag_strategy", []string{KindReleaseProcess}, regexp.MustCompile(`\bbranch\w*|\btags? strategy\b|\btagging strategy\b|\btags?\b`)},
	{"release_support", []string{KindReleaseProcess}, regexp.MustCompile(`\bsupport\w*|\blts\b|\blong term\b|\bplatforms?\b|\bend of life\b|\beol\b|\bmaintenance\b|\bdeprecat\w*|\bcompatib\w*`)},
	{"release_artifacts", []string{KindReleaseProcess}, regexp.MustCompile(`\bartifacts?\b|\bartefacts?\b|\bbinar(?:y|ies)\b|\bimages?\b|\bassets?\b|\bpackages?\b|\bdownloads?\b|\bdeliverables?\b`)},
}

// headingTopics returns the topics a heading of a document of the given kind names.
func headingTopics(kind, norm string) []string {
	var out []string
	for _, r := range topicRules {
		if !contains(r.kinds, kind) || !r.re.MatchString(norm) {
			continue
		}
		if len(out) == 0 || out[len(out)-1] != r.topic {
			out = append(out, r.topic)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
