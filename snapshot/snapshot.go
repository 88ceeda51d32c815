// Package snapshot holds the snapshot document: the Go types collectors fill, the JSON
// Schema that describes it (schema/snapshot.json), and the validation eval applies to it.
//
// A snapshot records facts, never judgements. A fact family that is absent (a nil field
// here) or named in CollectionErrors was not collected, and the policies treat every
// criterion that needs it as unknown.
package snapshot

import (
	"fmt"
	"time"
)

// SchemaVersion is the only schema_version this package reads and writes.
const SchemaVersion = 1

// Snapshot is one JSON document of project facts.
type Snapshot struct {
	SchemaVersion int          `json:"schema_version"`
	CollectedAt   time.Time    `json:"collected_at"`
	Tool          *Tool        `json:"tool,omitempty"`
	Project       *Project     `json:"project,omitempty"`
	Repositories  []Repository `json:"repositories,omitempty"`
	Documents     *Documents   `json:"documents,omitempty"`
	Artifacts     Artifacts    `json:"artifacts,omitempty"`
	Content       *Content     `json:"content,omitempty"`
	Licenses      []License    `json:"licenses,omitzero"`
	OpenSSF       *OpenSSF     `json:"openssf,omitempty"`
	Maintainers   *Maintainers `json:"maintainers,omitempty"`
	Adopters      *Adopters    `json:"adopters,omitempty"`
	// Landscape is the project's entry of the CNCF landscape, when graduate was given it
	// (--landscape).
	Landscape *Landscape `json:"landscape,omitempty"`
	// FoundationMaintainers is the CNCF's record of the project's maintainers, when
	// graduate was given it (--maintainers-csv).
	FoundationMaintainers *FoundationMaintainers `json:"foundation_maintainers,omitempty"`
	// GitHub is what the GitHub API says of the repositories, when it was asked.
	GitHub           *GitHub           `json:"github,omitempty"`
	History          *History          `json:"history,omitempty"`
	CollectionErrors []CollectionError `json:"collection_errors"`
}

// Tool names the program that wrote the snapshot.
type Tool struct {
	Name    string `json:"name,omitempty"`
	Version string `json:"version,omitempty"`
}

// Location is where a fact was read: a file, and a line in it, in one of the project's
// repositories. URL is set when the fact is a link found there.
//
// The documents reader also says how the fact was found (How), quotes the text it rests
// on (Text: a heading, the sentence that states a topic, a document's title or a link's
// text), names the link that led to the document (Via) and, for a dated report, its date.
type Location struct {
	Repo string    `json:"repo"`
	Path string    `json:"path"`
	Line int       `json:"line,omitempty"`
	URL  string    `json:"url,omitempty"`
	How  string    `json:"how,omitempty"`
	Text string    `json:"text,omitempty"`
	Via  *Location `json:"via,omitempty"`
	Date string    `json:"date,omitempty"`
	// Changed is the day of the last commit that changed the file, at the commit read
	// (a roadmap's: whether it is maintained).
	Changed string `json:"changed,omitempty"`
	// Tracker is the live tracking mechanism the document links to (a GitHub project,
	// the milestones, an issue search): a roadmap kept there is current however old the
	// document's own text is.
	Tracker string `json:"tracker,omitempty"`
	// Period is the newest period a roadmap's text names ("2024 feature plan", "Last
	// Updated: June 2022", items due "2022 H2"): when the roadmap runs out.
	Period *Period `json:"period,omitempty"`
}

// Period is a period a document's text names, by its last day.
type Period struct {
	Until string `json:"until"`          // the period's last day, YYYY-MM-DD
	Line  int    `json:"line,omitempty"` // the line that names it
	Text  string `json:"text,omitempty"` // how the text names it ("2022 H2", "June 2022")
}

// Key identifies a location by repository, path, line and URL, whatever else it says.
func (l Location) Key() string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%s", l.Repo, l.Path, l.Line, l.URL)
}

// Repository is one repository read for the snapshot.
type Repository struct {
	Name   string `json:"name"`
	Role   string `json:"role"`
	URL    string `json:"url,omitempty"`
	Path   string `json:"path,omitempty"`
	Commit string `json:"commit,omitempty"`
	Files  int    `json:"files,omitempty"`
	// Read says how the files were read: "checkout" (a local directory, the default
	// when empty) or "api" (the GitHub API, at Commit).
	Read string `json:"read,omitempty"`
	// Documents counts the documents read in the repository; Excluded are the trees
	// whose documents were left out, and why.
	Documents *int       `json:"documents,omitempty"`
	Excluded  []Excluded `json:"excluded,omitzero"`
}

// Excluded is a tree of a repository whose documents a reviewer would not count.
type Excluded struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
	Files  int    `json:"files"`
}

// Documents lists where each kind of project document was found. A nil list is left
// out of the JSON (not collected); an empty one means looked for and not found.
type Documents struct {
	Governance     []Location `json:"governance,omitzero"`
	Maintainers    []Location `json:"maintainers,omitzero"`
	SecurityPolicy []Location `json:"security_policy,omitzero"`
	CodeOfConduct  []Location `json:"code_of_conduct,omitzero"`
	Contributing   []Location `json:"contributing,omitzero"`
	Adopters       []Location `json:"adopters,omitzero"`
	Roadmap        []Location `json:"roadmap,omitzero"`
	ReleaseProcess []Location `json:"release_process,omitzero"`
	Changelog      []Location `json:"changelog,omitzero"`
	License        []Location `json:"license,omitzero"`
}

// Artifacts lists review and design documents beyond the contract's document kinds, by
// the kind the vocabulary (policies/graduate/config/vocabulary) names.
type Artifacts map[string][]Location

// Content records what the documents say, as the places where each statement was found.
type Content struct {
	CoCCNCFReference []Location `json:"coc_cncf_reference,omitzero"`
	CoCLinks         []Location `json:"coc_links,omitzero"`
	Channels         []Channel  `json:"channels,omitzero"`
	Meetings         []Location `json:"meetings,omitzero"`
	// AssessmentStages are the stages security self-assessments state for themselves
	// ("Assessment Stage | Incomplete"), the stage as written in Text.
	AssessmentStages []Location `json:"assessment_stages,omitzero"`
	Topics           Topics     `json:"topics,omitempty"`
	// Hints are, for the topics whose vocabulary row asks for them, sentences that state
	// the topic in documents it is not read in: not the project's statement of it, but
	// enough that a criterion is not sure it is unstated.
	Hints Topics `json:"hints,omitempty"`
	// Placeholders are, by document kind, the documents named or titled for it whose
	// only text says it is still to come ("TBD"): not documents of the kind.
	Placeholders Topics    `json:"placeholders,omitempty"`
	LinksOut     []LinkOut `json:"links_out,omitzero"`
}

// Channel is a public communication channel linked from a document.
type Channel struct {
	Kind   string   `json:"kind"`
	URL    string   `json:"url"`
	Source Location `json:"source"`
}

// Topics are where the documents state each topic the vocabulary names (a heading, a
// sentence, a link's text), by topic.
type Topics map[string][]Location

// LinkOut is a link to a document or topic outside the repositories read: the criteria
// that need it are unknown, not failed, with the link as evidence.
type LinkOut struct {
	// Topic is the document kind, artifact kind or topic the link names.
	Topic string `json:"topic"`
	Repo  string `json:"repo"`
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	URL   string `json:"url"`
	Text  string `json:"text,omitempty"`
}

// License is a licence file and the licence it states.
type License struct {
	SPDX string `json:"spdx"`
	Repo string `json:"repo"`
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
}

// OpenSSF is the OpenSSF Best Practices badge. BadgeLevel comes only from the API.
type OpenSSF struct {
	ProjectID        int       `json:"project_id,omitempty"`
	Source           *Location `json:"source,omitempty"`
	BadgeLevel       string    `json:"badge_level,omitempty"`
	TieredPercentage *float64  `json:"tiered_percentage,omitempty"`
	URL              string    `json:"url,omitempty"`
}

// Maintainers are the project's maintainers, merged over every source.
type Maintainers struct {
	Active   []Person `json:"active"`
	Emeritus []Person `json:"emeritus"`
	// Definition is the sentence of the project's documents that says who counts as a
	// maintainer ("A reviewer is a core maintainer"), when one widened the roles read.
	Definition *Location `json:"definition,omitempty"`
}

// Person is one maintainer. Nil means the source does not state the field.
type Person struct {
	GitHub         *string `json:"github"`
	Name           *string `json:"name"`
	Company        *string `json:"company"`
	Email          *string `json:"email,omitempty"`
	Responsibility *string `json:"responsibility,omitempty"`
	// ResponsibilityFromList is true when Responsibility is the scope the list states for
	// every person in it (its title, "# KEDA Maintainers", or the sentence it opens with,
	// "the maintainers of the Antrea project"), not an area of this person's own.
	ResponsibilityFromList bool `json:"responsibility_from_list,omitempty"`
	// ResponsibilityRank is true when Responsibility names only ranks ("Approver",
	// "Core Maintainer"): what the person may do, not a part of the project.
	ResponsibilityRank bool `json:"responsibility_rank,omitempty"`
	// Chat is a chat or social account as written ("slack: jdoe").
	Chat   *string  `json:"chat,omitempty"`
	Source Location `json:"source"`
	// StillListed is, for an emeritus maintainer, a file that still lists them as active
	// or grants them approval (another maintainer list, OWNERS, CODEOWNERS): they keep
	// rights the maintainer list says they gave up.
	StillListed *Location `json:"still_listed,omitempty"`
	// Record is the CNCF maintainer record's row that lists them too (matched by
	// GitHub handle), when graduate read the record: a person keeps both sources.
	Record *Location `json:"record,omitempty"`
	// LastCommit is their newest commit in the year before CollectedAt in the
	// repositories whose history was read, when one was found
	// (history.maintainer_activity says whether it was looked for).
	LastCommit *CommitRef `json:"last_commit,omitempty"`
}

// CommitRef is one commit of a repository read, and how it was found to be someone's.
type CommitRef struct {
	Repo   string `json:"repo"`
	Commit string `json:"commit"`
	// Date is the commit date, YYYY-MM-DD.
	Date string `json:"date"`
	// How the commit was matched to the person: "email" (the author's address), "handle"
	// (in a GitHub no-reply address, the branch of a merged pull request, "Merge pull
	// request #12 from jdoe/fix", or an address's local part), or "name" (the author's
	// full name).
	How string `json:"how"`
}

// Landscape is the project's entry of the CNCF landscape (cncf/landscape's
// landscape.yml). Dates are as the landscape writes them (YYYY-MM-DD).
type Landscape struct {
	Name string `json:"name"`
	// Maturity is the item's project field: sandbox, incubating, graduated or archived.
	Maturity     string   `json:"maturity"`
	Accepted     string   `json:"accepted,omitempty"`
	Incubating   string   `json:"incubating,omitempty"`
	Graduated    string   `json:"graduated,omitempty"`
	Archived     string   `json:"archived,omitempty"`
	Homepage     string   `json:"homepage,omitempty"`
	Repositories []string `json:"repositories"`
	MailingList  string   `json:"mailing_list,omitempty"`
	Chat         string   `json:"chat,omitempty"`
	// Source is the file (Path) or URL read, at the item's line.
	Source Location `json:"source"`
}

// FoundationMaintainers is the project's part of the CNCF's maintainer record
// (cncf/foundation's project-maintainers.csv).
type FoundationMaintainers struct {
	// Project and Level are as the record writes them.
	Project string `json:"project"`
	Level   string `json:"level"`
	// List is the maintainer list the record links for the project.
	List string `json:"list,omitempty"`
	// Source is the file (Path) or URL read, at the project's first line.
	Source Location           `json:"source"`
	People []FoundationPerson `json:"people"`
}

// FoundationPerson is one person of the record, in the group the record puts them in
// (the project, or one of its groups: "Steering Committee").
type FoundationPerson struct {
	GitHub  string `json:"github,omitempty"`
	Name    string `json:"name,omitempty"`
	Company string `json:"company,omitempty"`
	Group   string `json:"group"`
	Line    int    `json:"line"`
}

// Adopters are the organisations a project lists as using it.
type Adopters struct {
	Entries []Adopter `json:"entries"`
}

// Adopter is one listed adopter; Type is nil when the source does not state one.
type Adopter struct {
	Name   string   `json:"name"`
	Type   *string  `json:"type"`
	Source Location `json:"source"`
}

// History holds facts from version-control history, relative to CollectedAt, over
// every repository of the project. A nil field was not collected: a collection error
// (source "history" or "history.<field>") says why. Counts read only commits reachable
// from each repository's HEAD.
type History struct {
	// FirstCommitAt is the earliest author date among the root commits.
	FirstCommitAt *time.Time `json:"first_commit_at,omitempty"`
	// CommitsLastYear counts the non-merge commits committed in the 365 days before
	// CollectedAt.
	CommitsLastYear *int `json:"commits_last_year,omitempty"`
	// AuthorsLastYear counts the distinct author emails, lower-cased, of those commits.
	AuthorsLastYear *int `json:"authors_last_year,omitempty"`
	// DCO counts the sign-offs on those commits.
	DCO *DCO `json:"dco,omitempty"`
	// ReleasesLastYear counts the version tags (pre-releases included) made in the 365
	// days before CollectedAt; PrereleasesLastYear the pre-releases among them.
	ReleasesLastYear    *int `json:"releases_last_year,omitempty"`
	PrereleasesLastYear *int `json:"prereleases_last_year,omitempty"`
	// LastReleaseAt is the date of the newest version tag; nil with ReleasesLastYear set
	// means no version tag was found.
	LastReleaseAt *time.Time `json:"last_release_at,omitempty"`
	// Releases are the newest version tags, newest first, at most 20.
	Releases []Release `json:"releases,omitzero"`
	// ReleaseCadenceDays is the median number of days between consecutive releases (not
	// pre-releases) in the two years before CollectedAt; nil when there were fewer than two.
	ReleaseCadenceDays *float64 `json:"release_cadence_days,omitempty"`
	// MaintainerChanges are the commits that added or removed maintainers, newest first.
	MaintainerChanges []MaintainerChange `json:"maintainer_changes,omitzero"`
	// MaintainerActivity says that each active maintainer's newest commit of the year was
	// looked for (maintainers.active[].last_commit), in every repository whose history
	// was read; nil when it was not.
	MaintainerActivity *MaintainerActivity `json:"maintainer_activity,omitempty"`
	// GovernanceCommits counts the non-merge commits that changed governance or
	// maintainer documents, all time.
	GovernanceCommits *int `json:"governance_commits,omitempty"`
	// Shallow is true when a repository is a shallow clone; ShallowSince is then the
	// newest date at which its history was cut. Facts that reach before it are not
	// collected.
	Shallow      bool       `json:"shallow,omitempty"`
	ShallowSince *time.Time `json:"shallow_since,omitempty"`
	// Partial names the repositories whose history could not be read (a checkout
	// without .git): the facts are over the others, and counts are lower bounds.
	Partial []string `json:"partial,omitempty"`
	// Sampled says, for each fact read from a sample rather than the whole history
	// (a history read through the GitHub API), what the sample was.
	Sampled map[string]string `json:"sampled,omitempty"`
}

// MaintainerActivity is how many active maintainers were looked for in the year's
// commits, and how many were found.
type MaintainerActivity struct {
	Checked int `json:"checked"`
	Seen    int `json:"seen"`
}

// DCO counts Developer Certificate of Origin sign-offs on the non-merge commits of the
// last year.
type DCO struct {
	NonMergeCommits int `json:"non_merge_commits"`
	// SignedOff counts the commits with at least one Signed-off-by trailer,
	// SignedOffByAuthor those with one naming the commit's author email.
	SignedOff         int `json:"signed_off"`
	SignedOffByAuthor int `json:"signed_off_by_author"`
}

// Release is one version tag.
type Release struct {
	Repo       string    `json:"repo"`
	Tag        string    `json:"tag"`
	Date       time.Time `json:"date"`
	Prerelease bool      `json:"prerelease"`
}

// MaintainerChange is a commit that added or removed maintainers: the GitHub handles
// listed as current maintainers after it and not before (Added), or before and not after
// (Removed). The commit that creates a maintainers file is not a change.
type MaintainerChange struct {
	Commit  string    `json:"commit"`
	Date    time.Time `json:"date"`
	Author  string    `json:"author,omitempty"`
	Repo    string    `json:"repo,omitempty"`
	Path    string    `json:"path"`
	Added   []string  `json:"added,omitempty"`
	Removed []string  `json:"removed,omitempty"`
}

// CollectionError records a fact family that could not be collected.
type CollectionError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// Project is the project file the snapshot was collected with.
type Project struct {
	Name                   string              `json:"name,omitempty" yaml:"project"`
	Level                  string              `json:"level,omitempty" yaml:"level"`
	Repositories           []ProjectRepository `json:"repositories,omitempty" yaml:"repositories"`
	OpenSSFBestPracticesID int                 `json:"openssf_best_practices_id,omitempty" yaml:"openssf_best_practices_id"`
	Attestations           []Attestation       `json:"attestations,omitempty" yaml:"attestations"`
	Waivers                []Waiver            `json:"waivers,omitempty" yaml:"waivers"`
}

// ProjectRepository is one repository named in the project file.
type ProjectRepository struct {
	URL  string `json:"url,omitempty" yaml:"url"`
	Role string `json:"role,omitempty" yaml:"role"`
	Path string `json:"path,omitempty" yaml:"path"`
}

// Attestation is the project's own statement for what no collector can see.
type Attestation struct {
	Criterion  string `json:"criterion" yaml:"criterion"`
	Evidence   string `json:"evidence" yaml:"evidence"`
	Statement  string `json:"statement" yaml:"statement"`
	AttestedBy string `json:"attested_by" yaml:"attested_by"`
	Date       string `json:"date" yaml:"date"`
}

// Waiver excuses a criterion until it expires.
type Waiver struct {
	Criterion  string `json:"criterion" yaml:"criterion"`
	Reason     string `json:"reason" yaml:"reason"`
	ApprovedBy string `json:"approved_by" yaml:"approved_by"`
	Expires    string `json:"expires" yaml:"expires"`
}

// GitHub is what the GitHub API said of the project's repositories: the facts no file
// holds. A member left out (null) was not collected, and a collection error with source
// "github.<member>" says why.
type GitHub struct {
	// API is the API's base URL.
	API          string       `json:"api"`
	Repositories []GitHubRepo `json:"repositories"`
	// Trackers are the trackers the roadmaps hand their items to, as the API shows
	// them; absent when none was asked for.
	Trackers []GitHubTracker `json:"trackers,omitempty"`
	// Requests is what reading them cost.
	Requests GitHubRequests `json:"requests"`
}

// GitHubTracker is a tracker a roadmap links (its milestones, a label's issues, an
// organisation's project board) as the API shows it.
type GitHubTracker struct {
	URL  string `json:"url"`  // as the documents link it
	Kind string `json:"kind"` // milestones, label or project
	// Source is the API URL it was read at.
	Source string `json:"source"`
	// Open is how many open milestones or open issues under the label it has (at most
	// 100: one page), or the items of an open project board.
	Open int `json:"open"`
	// Closed is set for a project board that is closed.
	Closed bool `json:"closed,omitempty"`
	// Updated is the day (YYYY-MM-DD) of its newest change: of an open milestone, of an
	// open issue, of the board (open or closed); "" when no milestone or issue is open.
	Updated string `json:"updated,omitempty"`
}

// GitHubRequests counts the requests of one collection.
type GitHubRequests struct {
	Made          int  `json:"made"`
	Revalidated   int  `json:"revalidated"`
	FromCache     int  `json:"from_cache"`
	Retries       int  `json:"retries"`
	RateRemaining int  `json:"rate_remaining"`
	RateLimit     int  `json:"rate_limit"`
	Authenticated bool `json:"authenticated"`
}

// GitHubRepo is one repository as the API describes it.
type GitHubRepo struct {
	Repo string `json:"repo"`
	// URL is the repository's API URL, where these facts were read.
	URL            string     `json:"url"`
	CreatedAt      *time.Time `json:"created_at,omitempty"`
	License        string     `json:"license,omitempty"`
	Archived       bool       `json:"archived"`
	DefaultBranch  string     `json:"default_branch"`
	Homepage       string     `json:"homepage,omitempty"`
	HasDiscussions bool       `json:"has_discussions"`
	// Releases are the newest releases (one page), nil when not read.
	Releases []GitHubRelease `json:"releases,omitzero"`
	// Tags counts the tags of the first page (at most 100), nil when not read.
	Tags *int `json:"tags,omitempty"`
	// Community is the community profile: which health files GitHub finds, including
	// the owner's .github defaults.
	Community *GitHubCommunity `json:"community,omitempty"`
	// Protection is how the default branch is guarded: classic protection and the
	// rulesets that apply to it.
	Protection *BranchProtection `json:"protection,omitempty"`
	// PrivateVulnerabilityReporting says whether private reporting of vulnerabilities
	// is enabled.
	PrivateVulnerabilityReporting *bool `json:"private_vulnerability_reporting,omitempty"`
	// Advisories are the published security advisories, nil when not read.
	Advisories []GitHubAdvisory `json:"advisories,omitzero"`
	// Teams are the teams its CODEOWNERS names, with their members where the token may
	// read them.
	Teams []GitHubTeam `json:"teams,omitzero"`
}

// GitHubTeam is a team a CODEOWNERS file names as owner.
type GitHubTeam struct {
	// Team is ORG/SLUG, as CODEOWNERS writes it without the @.
	Team string `json:"team"`
	// Members are the members' handles, nil when they could not be read (a
	// collection error with source github.teams says why).
	Members []string `json:"members"`
	Source  Location `json:"source"`
}

// GitHubRelease is one release and what it ships.
type GitHubRelease struct {
	Tag        string    `json:"tag"`
	Name       string    `json:"name,omitempty"`
	Date       time.Time `json:"date"`
	Prerelease bool      `json:"prerelease"`
	URL        string    `json:"url"`
	// Assets are the files attached, each with the kind its name shows: sbom,
	// signature, checksum, provenance, or binary (anything else).
	Assets []GitHubAsset `json:"assets,omitzero"`
}

// GitHubAsset is one file attached to a release.
type GitHubAsset struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	URL  string `json:"url"`
}

// GitHubCommunity is the community profile's checklist.
type GitHubCommunity struct {
	HealthPercentage int `json:"health_percentage"`
	// Files maps each health file GitHub found (code_of_conduct, contributing, license,
	// readme, security, issue_template, pull_request_template) to its URL.
	Files map[string]string `json:"files"`
}

// BranchProtection is how the default branch is guarded.
type BranchProtection struct {
	Branch string `json:"branch"`
	// Protected is the branch's classic protection flag, which anyone may read.
	Protected bool `json:"protected"`
	// RequiredReviews is the number of approving reviews a pull request needs, from
	// the classic protection's details (which need admin rights) or a ruleset; nil when
	// neither could be read.
	RequiredReviews *int `json:"required_reviews,omitempty"`
	// Rules are the types of the ruleset rules that apply to the branch
	// (pull_request, required_signatures, non_fast_forward, ...).
	Rules []string `json:"rules,omitzero"`
	// Details says whether the classic protection's details were readable.
	Details bool `json:"details"`
}

// GitHubAdvisory is one published security advisory.
type GitHubAdvisory struct {
	ID        string    `json:"id"`
	Severity  string    `json:"severity,omitempty"`
	Published time.Time `json:"published"`
	URL       string    `json:"url"`
}
