package documents

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
)

var (
	// cocCNCFLinkRes find a link to the CNCF code of conduct.
	cocCNCFLinkRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)github\.com/cncf/foundation/(?:blob|tree|raw)/[^\s)]*code[-_]of[-_]conduct`),
		regexp.MustCompile(`(?i)raw\.githubusercontent\.com/cncf/foundation/[^\s)]*code[-_]of[-_]conduct`),
		regexp.MustCompile(`(?i)cncf\.io/conduct`),
	}
	// cocCNCFNameRes find the CNCF code of conduct named.
	cocCNCFNameRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\b(?:cncf|cloud native computing foundation)(?:'s)?\W+(?:\w+\W+){0,3}code[\s-]+of[\s-]+conduct`),
		regexp.MustCompile(`(?i)code[\s-]+of[\s-]+conduct\W+(?:\w+\W+){0,4}(?:the\W+)?(?:cncf|cloud native computing foundation)\b`),
	}
	// cocNameRe finds a line that links or names the code of conduct.
	cocNameRe = regexp.MustCompile(`(?i)code[\s_-]+of[\s_-]+conduct`)
	// otherCodeRe finds a link to another organisation's code of conduct (curvine's
	// CONTRIBUTING.md: "follows the [Apache Software Foundation Code of
	// Conduct](https://www.apache.org/foundation/policies/conduct.html)"): no cross-link
	// to the project's code, nor to the CNCF's. (The Contributor Covenant, which the
	// CNCF's code is built on, stays a link to the code a project adopts, except where
	// a code's attribution names it as its source: covenantSourceRe.)
	// covenantSourceRe finds a code's attribution to the text it was adapted from ("This
	// Code of Conduct is adapted from the [Contributor Covenant]"): in a code kept inside
	// another document (loxilb's CONTRIBUTING.md), its link names the source, not the
	// project's code.
	// ("Our Code of Conduct, based on the [Contributor Covenant]" adopts it: a link to
	// the code the project follows.)
	covenantSourceRe = regexp.MustCompile(`(?i)\b(?:adapted|derived) from\b`)
	otherCodeRe      = regexp.MustCompile(`(?i)^https?://(?:[\w-]+\.)*(?:apache\.org|python\.org|rust-lang\.org|golang\.org|go\.dev|mozilla\.org|ubuntu\.com|opensource\.microsoft\.com)(?:[/:?#]|$)`)

	// communityPageRe is the whole text of a link to the project's community page
	// ("Community Info", "centralized COMMUNITY.md"): where its channels and meetings
	// are listed.
	communityPageRe = regexp.MustCompile(`^(?:the |our |project |centralized |central )?(?:community|community md|community info|community page|community guide|get involved|getting involved)$`)

	// meetingRes find lines about community meetings.
	meetingRes = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\b(?:community|contributors?|developers?|development|maintainers?|sig|wg|working group|public|weekly|monthly|bi-?weekly|fortnightly|office|project status|status|video)\s+(?:meetings?|calls?|syncs?|hours)\b`),
		// perses' "We have a team meeting every week"; not "the core team calls a vote"
		regexp.MustCompile(`(?i)\bteam\s+(?:meetings?|syncs?)\b`),
		// "Milestone and design discussion meetings", "triage meetings"
		regexp.MustCompile(`(?i)\b(?:discussion|design|planning|triage|technical|steering committee|tsc)\s+meetings?\b`),
		// "The maintainers and contributors meet regularly on a video call."
		regexp.MustCompile(`(?i)\bmeet(?:s|ing)?\s+(?:regularly|weekly|bi-?weekly|monthly|every\s+(?:\w+\s+)?(?:week|month|monday|tuesday|wednesday|thursday|friday))\b`),
		regexp.MustCompile(`(?i)\bmeetings?\s+(?:notes|agendas?|minutes|recordings?|schedule|calendar)\b`),
		regexp.MustCompile(`(?i)\bzoom\.us/(?:j|my)/|\bzoom-lfx\.platform\.linuxfoundation\.org/meetings?/`),
		regexp.MustCompile(`(?i)` + meetingCalendar),
	}
	// labelledCalendarRe finds a calendar given by a label and its link ("Calendar:
	// https://...", "(calendar: https://...)").
	labelledCalendarRe = regexp.MustCompile(`(?i)` + labelledCalendar)
	// calendarRe finds a calendar of meetings however it is given: a scheduler that
	// keeps itself current, whatever the age of the line that links it.
	calendarRe = regexp.MustCompile(`(?i)` + labelledCalendar + `|` + meetingCalendar)
)

// TopicChannels is the topic of a link out to a page that lists the project's channels.
const TopicChannels = "channels"

// TopicMeetings is the topic of a link out to a page that lists the project's meetings.
const TopicMeetings = "meetings"

// labelledCalendar finds a calendar given by a label and its link.
const labelledCalendar = `\bcalendars?\s*:\s*(?:https?://|<|\[)`

// meetingCalendar finds a calendar of meetings: named so ("community calendar", "the
// calendar of meetings"), a link whose text ends with it ("[Knative Calendar](...)"), a
// shared Google calendar or an .ics feed; not "within 7 calendar days", "project
// calendars" as assets, "Google Calendar" or a "[calendar API]".
const meetingCalendar = `\b(?:community|meetings?|public|cncf|shared|events)\s+calendars?\b|\bcalendars?\s+of\s+(?:\w+\s+)?(?:meetings?|calls?|community events)\b|\bcalendar\.google\.com/calendar/|\.ics\b|\bcalendar\s+(?:invites?|subscriptions?)\b|\bsubscribe to (?:the |our )?(?:\w+ )?calendar\b|\[[^\]]*\bcalendar\]`

// adoptsCNCFCoC reports whether a line of a governance or contributing document adopts
// the CNCF code: it links it, or names it with a verb of adoption ("follows the CNCF
// Code of Conduct"); "as a CNCF project, our code of conduct is in CODE_OF_CONDUCT.md"
// names the foundation, not the code adopted.
func adoptsCNCFCoC(line string) bool {
	return anyMatch(cocCNCFLinkRes, line) || anyMatch(cocCNCFNameRes, line) && cocAdoptRe.MatchString(line)
}

// cocAdoptRe finds a verb of adoption.
var cocAdoptRe = regexp.MustCompile(`(?i)\b(?:follows?|following|adopts?|adopted|abides? by|complies with|uses?|governed by|subject to|under the)\b`)

// isCNCFCoC reports whether a code of conduct line adopts or links the CNCF code.
func isCNCFCoC(line string) bool {
	return anyMatch(cocCNCFLinkRes, line) || anyMatch(cocCNCFNameRes, line)
}

// anyMatch reports whether one of res matches s.
func anyMatch(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// isMeeting reports whether a line mentions a community meeting in a clause of its
// own, not only as something a template says a group "may include".
func isMeeting(line string) bool {
	return len(meetingClauses(line)) > 0
}

// meetingClauses returns the clauses of a line (cut at ".", ";" and ":") that mention a
// community meeting and are no modal clause ("which may include weekly meetings").
func meetingClauses(line string) []string {
	if !mayMeet(line) {
		return nil
	}
	if labelledCalendarRe.MatchString(line) {
		return []string{line}
	}
	var out []string
	for _, c := range clauseRe.Split(line, -1) {
		if !meetingModalRe.MatchString(c) && anyMatch(meetingRes, c) {
			out = append(out, c)
		}
	}
	return out
}

// meetingNeeds are the literals every pattern of meetingRes and labelledCalendarRe
// needs one of, as the vocabulary's patterns are prefiltered: a line with none is about
// no meeting, and the patterns need not run on it (they run on every prose line of the
// documents read for meetings).
var meetingNeeds = needsOf(append(slices.Clone(meetingRes), labelledCalendarRe)...)

// mayMeet reports whether line may be about a meeting: it holds one of meetingNeeds,
// or the patterns require nothing to look for.
func mayMeet(line string) bool {
	return meetingNeeds == nil || holdsAny(fold(line), meetingNeeds)
}

// meetingOffRe finds a meeting said to be no longer held; meetingOffIfRe a clause that
// only says when one may be, or that one date's is off ("if a meeting is cancelled, we
// say so on Slack", "meetings are paused in August", "the meeting of 24 December is
// cancelled").
var (
	meetingOffRe   = regexp.MustCompile(`(?i)\b(?:is|are|has been|have been)\s+(?:currently\s+|temporarily\s+|now\s+)?(?:cancell?ed|suspended|paused|on hold|discontinued)\b|\bno longer (?:held|happening|takes? place|running|active|meets?)\b`)
	meetingOffIfRe = regexp.MustCompile(`(?i)\b(?:if|when|whenever|unless|in case|holidays?|breaks?|may|might|can|could|will|would|during|this|next|of \d|on \d|(?:in|for|of|on|until) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*`)
)

// meetingOff reports whether one of a line's meeting clauses says the meeting is no
// longer held.
func meetingOff(clauses []string) bool {
	for _, c := range clauses {
		if meetingOffRe.MatchString(c) && !meetingOffIfRe.MatchString(c) {
			return true
		}
	}
	return false
}

// meetingHow says how a meeting line, given by its meetingClauses, speaks of the
// meeting: "schedule" when a clause says when it is held (a day, a time or a time zone,
// a calendar); "record" when it says only that it is held and where its record is (a
// frequency, a call link, agendas, minutes or recordings: "a weekly meeting is held;
// the details are on the wiki"); "mention" when it only names it ("lead community
// calls", "join the community meetings").
func meetingHow(clauses []string) string {
	how := "mention"
	for _, c := range clauses {
		if meetingWhenRe.MatchString(c) {
			return "schedule"
		}
		if meetingScheduleRe.MatchString(c) {
			how = "record"
		}
	}
	return how
}

var (
	// clauseRe cuts a line into clauses; a period must end a sentence (". "), not a
	// host name or a time.
	clauseRe = regexp.MustCompile(`[;:]\s|\.\s`)
	// meetingModalRe finds what a template says a group may have ("a working agreement,
	// which may include weekly meetings").
	meetingModalRe = regexp.MustCompile(`(?i)\b(?:may|might|could|should)\s+(?:include|contain|involve|have|hold)\b`)
	// meetingScheduleName is the name of a document that gives the meetings' schedule,
	// wherever it is (MEETING_SCHEDULE.md, community-meetings.md, MEETINGS.md).
	meetingScheduleName = regexp.MustCompile(`^(?:community_)?meetings?(?:_(?:schedule|calendar|times?))?$`)
	// meetingWhenRe finds when a meeting is held: a weekday, a time or a time zone, a
	// calendar of meetings.
	meetingWhenRe = regexp.MustCompile(`(?i)\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|utc|gmt|pst|pdt|cet|cest)\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b|` + labelledCalendar + `|` + meetingCalendar)
	// meetingScheduleRe finds when and where a meeting is held, or its record: a
	// frequency, a weekday, a time or time zone, a calendar, a call link, an agenda,
	// minutes or recordings.
	meetingScheduleRe = regexp.MustCompile(`(?i)\b(?:weekly|bi-?weekly|monthly|fortnightly|daily|every (?:other |second |\d+ )?(?:week|weeks|month|months|day|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|utc|gmt|pst|pdt|cet|cest|calendars?|zoom|meet\.google|jitsi|webex|agendas?|minutes|recordings?|meeting notes)\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b\d{1,2}:\d{2}\b`)
)

var (
	discussionsRe  = regexp.MustCompile(`^/(?:[^/]+/[^/]+|orgs/[^/]+)/discussions(?:/|$)`)
	listLocalRe    = regexp.MustCompile(`(?i)(?:^|[-_.])(?:dev|devel|developers?|users?|discuss|discussion|announce|community|general|talk)$`)
	privateLocalRe = regexp.MustCompile(`(?i)security|private|maintainers|conduct|legal|admin`)
)

// isChat reports whether link leads to a chat (Slack, Discord, Matrix, IRC) or a social
// feed: where people talk, not where anything is written down to be read. A forum, a
// discussion or a mailing-list thread can hold the text itself.
func isChat(link string) bool {
	switch kind, _ := channelKind(link); kind {
	case "slack", "discord", "matrix", "irc", "x":
		return true
	}
	return false
}

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

// shortenerHosts serve short links to anywhere ("https://aka.ms/dapr-discord").
var shortenerHosts = map[string]bool{"aka.ms": true, "bit.ly": true, "tinyurl.com": true, "goo.gl": true, "t.co": true, "is.gd": true, "ow.ly": true, "rebrand.ly": true}

// chatNameRe finds the platform a link's text names.
var chatNameRe = regexp.MustCompile(`(?i)\b(slack|discord|matrix)\b`)

// shortLinkKind classifies a short link by the platform its text names: "[Discord
// Banner](https://aka.ms/dapr-discord)" is the Discord server it redirects to, and so is
// a project's own redirect named for it ("[![Slack](badge)][slack]" to
// https://buf.build/links/slack). Only such a link: a document's own link named "Slack
// guidelines" is no channel.
func shortLinkKind(link, text string) (string, bool) {
	u, err := url.Parse(link)
	if err != nil {
		return "", false
	}
	m := chatNameRe.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	kind := strings.ToLower(m[1])
	if shortenerHosts[strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")] || redirectTo(u, kind) && chatOnlyRe.MatchString(normalize(text)) {
		return kind, true
	}
	return "", false
}

// redirectPrefixes are the folders a project's redirects are kept under
// ("buf.build/links/slack", "quarry.dev/go/discord").
var redirectPrefixes = map[string]bool{"links": true, "link": true, "go": true, "l": true, "r": true, "join": true, "invite": true, "chat": true}

// redirectTo reports whether u is shaped like a project's redirect to the platform:
// its path is the platform's name ("/slack"), or that name under a redirect folder
// ("/links/slack"), on a host that is not GitHub. A page about the platform is deeper
// ("/docs/community/slack/", "/integrations/slack/").
func redirectTo(u *url.URL, kind string) bool {
	if u.Scheme != "https" && u.Scheme != "http" || strings.HasSuffix(strings.ToLower(u.Hostname()), "github.com") {
		return false
	}
	segs := strings.Split(strings.ToLower(strings.Trim(u.Path, "/")), "/")
	switch len(segs) {
	case 1:
		return segs[0] == kind
	case 2:
		return redirectPrefixes[segs[0]] && segs[1] == kind
	}
	return false
}

// channelsNamedRe is a link text (normalised) that names the project's channels as a
// whole ("communication channels"), not one platform: the page it leads to lists them.
var channelsNamedRe = regexp.MustCompile(`^(?:our |the |project |community )?(?:communication |community )?channels?$`)

// chatOnly is a link text (normalised) that only names a chat platform ("Slack", "Join
// us on Discord"): a redirect so named leads to the chat, a page named "Matrix rules"
// does not; a page so named that is no chat lists the channels (channelPageOut).
const chatOnly = `(?:join (?:us on |our )?)?(?:the )?(?:slack|discord|matrix|gitter|zulip)(?: channels?| workspace| server| chat)?`

var chatOnlyRe = regexp.MustCompile(`^` + chatOnly + `$`)

// imageAltRe finds an image's alternative text, which is what a badge says.
var imageAltRe = regexp.MustCompile(`!\[([^\]]*)\]`)

// badgeText returns what a line that links one badge says: the badge's alternative text
// when it names a chat platform ("[![Slack](img)][slack]" says "Slack"), else the line
// itself, whose image address may name it ("[![chat](.../chat-on%20discord.svg)](...)").
func badgeText(line string) string {
	if m := imageAltRe.FindStringSubmatch(line); m != nil && chatNameRe.MatchString(m[1]) {
		return m[1]
	}
	return line
}

// channelWeChat is the kind of a WeChat group, which has no link of its own.
const channelWeChat = "wechat"

// wechatRe finds WeChat named; wechatJoinRe a line that says how to join its group
// ("scan the QR code below to join", "add WeChat account k8s2222 and request an
// invitation"), not one about WeChat as a product ("sends alerts to WeChat Work
// groups", "set the WeChat app ID"); wechatHeadingRe a heading on how to reach the
// project that a line naming WeChat alone sits under (carina's "- For wechat users"
// under "# Community"), but not a product's "Notification channels".
var (
	wechatRe        = newPattern(regexp.MustCompile(`(?i)\bwe-?chat\b|微信`))
	wechatJoinRe    = regexp.MustCompile(`(?i)\b(?:join\w*|scan\w*|add|invit\w*)\b|加入|扫码|扫描`)
	wechatHeadingRe = regexp.MustCompile(`(?i)\b(?:` + reachWords + `|join us)\b`)
)

// reachWords are the words of a heading on how to reach the project ("Community",
// "Contact us", "Get in touch").
const reachWords = `community|communicat\w*|contact\w*|chat|talk|touch|reach|get involved`

// talkHeadingRe finds the headings over where a project says how to reach it, its
// channels' names and questions among them.
var talkHeadingRe = regexp.MustCompile(`(?i)\b(?:` + reachWords + `|questions?|help|support|discuss\w*|mailing lists?|slack|discord|connect\w*|channels?)\b`)

// badgeRe finds a line that links an image: a badge.
var badgeRe = regexp.MustCompile(`\[!\[`)

// channelRank says how well a line documents the channels it links, best first: under a
// heading on how to reach the project (0), in a sentence, list or table (1), as a badge
// (2), as a reference link's definition (3).
func channelRank(p *parsed, line int, text string, definition bool) int {
	switch {
	case definition:
		return 3
	case p != nil && talkHeadingRe.MatchString(nearestHeading(p.headings, line).text):
		return 0
	case badgeRe.MatchString(text):
		return 2
	}
	return 1
}
