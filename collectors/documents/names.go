package documents

import (
	"path"
	"regexp"
	"strings"

	"github.com/graduate-dev/graduate/collectors/repo"
)

// The document kinds of the contract, as their snapshot keys.
const (
	KindGovernance     = "governance"
	KindMaintainers    = "maintainers"
	KindSecurityPolicy = "security_policy"
	KindCodeOfConduct  = "code_of_conduct"
	KindContributing   = "contributing"
	KindAdopters       = "adopters"
	KindRoadmap        = "roadmap"
	KindReleaseProcess = "release_process"
	KindChangelog      = "changelog"
	KindLicense        = "license"
)

// The artifact kinds, as their snapshot keys.
const (
	ArtifactGTR                    = "gtr"
	ArtifactGovernanceReview       = "governance_review"
	ArtifactSecuritySelfAssessment = "security_self_assessment"
	ArtifactJointAssessment        = "joint_assessment"
	ArtifactSecurityAudit          = "security_audit"
	ArtifactArchitecture           = "architecture"
	ArtifactContributorLadder      = "contributor_ladder"
	ArtifactIssueTemplates         = "issue_templates"
	ArtifactIntegrations           = "integrations"
	ArtifactSubprojects            = "subprojects"
)

var (
	techReviewRe   = regexp.MustCompile(`(^|/)tech-review/\d{4}-\d{2}-\d{2}\.md$`)
	selfAssessRe   = regexp.MustCompile(`(^|_)self_assessment`)
	jointAssessRe  = regexp.MustCompile(`(^|_)joint_assessment`)
	auditWordRe    = regexp.MustCompile(`(^|[_.])audits?(_reports?)?([_.]|$)`)
	auditNotRe     = regexp.MustCompile(`log|polic|sink|webhook|event|trail|backend`)
	licenseExtraRe = regexp.MustCompile(`^licen[cs]e_(apache|mit|bsd|mpl|gpl|lgpl|agpl|isc|cc|unlicense|docs|documentation)`)
)

// docExts are the extensions a document may have ("" is none).
var docExts = map[string]bool{"": true, ".md": true, ".markdown": true, ".adoc": true, ".asciidoc": true, ".rst": true, ".txt": true}

// dataExts are the extensions a maintainers list may also have.
var dataExts = map[string]bool{".yaml": true, ".yml": true, ".json": true, ".csv": true, ".toml": true}

// docStems maps a normalised base name without extension to the document kind it names.
var docStems = map[string]string{
	"governance":        KindGovernance,
	"maintainers":       KindMaintainers,
	"maintainer":        KindMaintainers,
	"owners":            KindMaintainers,
	"codeowners":        KindMaintainers,
	"security":          KindSecurityPolicy,
	"security_policy":   KindSecurityPolicy,
	"security_contacts": KindSecurityPolicy,
	"code_of_conduct":   KindCodeOfConduct,
	"contributing":      KindContributing,
	"adopters":          KindAdopters,
	"users":             KindAdopters,
	"roadmap":           KindRoadmap,
	"releases":          KindReleaseProcess,
	"release":           KindReleaseProcess,
	"releasing":         KindReleaseProcess,
	"release_process":   KindReleaseProcess,
	"changelog":         KindChangelog,
	"changes":           KindChangelog,
	"history":           KindChangelog,
	"news":              KindChangelog,
	"release_notes":     KindChangelog,
	"license":           KindLicense,
	"licence":           KindLicense,
	"copying":           KindLicense,
}

// name is a file's slash path taken apart, lower-cased.
type name struct {
	path string // whole path
	dir  string // "" at the root
	base string
	ext  string // one of docExts, or the real extension when it is not one
	stem string // base without a document extension, "-" and " " turned to "_"
	doc  bool   // ext is a document extension
}

func splitName(p string) name {
	lp := strings.ToLower(p)
	dir, base := path.Split(lp)
	n := name{path: lp, dir: strings.TrimSuffix(dir, "/"), base: base}
	n.ext = path.Ext(base)
	stem := base
	if docExts[n.ext] {
		n.doc = true
		stem = strings.TrimSuffix(base, n.ext)
	} else if !strings.ContainsAny(n.ext, "abcdefghijklmnopqrstuvwxyz") {
		// LICENSE-2.0, RELEASE-1.2: a version, not an extension.
		n.doc, n.ext = true, ""
	}
	n.stem = strings.NewReplacer("-", "_", " ", "_").Replace(stem)
	return n
}

// stemKind returns the document kind a base name states, whatever its directory.
func stemKind(n name) (string, bool) {
	if !n.doc {
		if dataExts[n.ext] {
			if k := docStems[strings.TrimSuffix(n.stem, n.ext)]; k == KindMaintainers {
				return k, true
			}
		}
		return "", false
	}
	if k, ok := docStems[n.stem]; ok {
		return k, true
	}
	if licenseExtraRe.MatchString(n.stem) {
		return KindLicense, true
	}
	return "", false
}

// DocumentKind returns the document kind of the file at the slash path p, if it is one:
// a file in the root, .github/ or docs/ whose base name (any case) is the document's
// (USERS in the root only).
func DocumentKind(p string) (string, bool) {
	n := splitName(p)
	if n.dir != "" && n.dir != ".github" && n.dir != "docs" {
		return "", false
	}
	if k, ok := stemKind(n); ok {
		// docs/users.md is as often a user guide as a list of adopters; only a root
		// USERS file is taken for one, as the adopters collector does.
		if n.stem == "users" && n.dir != "" {
			return "", false
		}
		return k, true
	}
	// docs/release*.md: docs/release-cycle.md, docs/releasing.md, ...
	if n.dir == "docs" && n.ext == ".md" && strings.HasPrefix(n.stem, "release") && !strings.HasPrefix(n.stem, "release_note") {
		return KindReleaseProcess, true
	}
	return "", false
}

// isReadme reports whether p is a README in the repository root.
func isReadme(p string) bool {
	n := splitName(p)
	return n.dir == "" && n.doc && n.stem == "readme"
}

// rootDoc reports whether p is a document named stem in the root, .github/ or docs/.
func rootDoc(p, stem string) bool {
	n := splitName(p)
	return (n.dir == "" || n.dir == ".github" || n.dir == "docs") && n.doc && n.stem == stem
}

// fixtureSegments mark trees of test fixtures, whose documents are not the project's.
var fixtureSegments = map[string]bool{"testdata": true, "fixtures": true}

// ArtifactKinds returns the artifact kinds the file at the slash path p is evidence of.
func ArtifactKinds(p string) []string {
	if repo.IsVendored(p) {
		return nil
	}
	n := splitName(p)
	segs := strings.Split(n.dir, "/")
	for _, s := range segs {
		if fixtureSegments[s] {
			return nil
		}
	}
	var kinds []string
	add := func(k string) { kinds = append(kinds, k) }
	parent := segs[len(segs)-1]
	top := segs[0]

	if (n.doc && strings.HasPrefix(n.stem, "general_technical_review")) || techReviewRe.MatchString(n.path) {
		add(ArtifactGTR)
	}
	if (n.doc && strings.HasPrefix(n.stem, "governance_review")) ||
		((parent == "governance-review" || parent == "governance_review") && n.ext == ".md") {
		add(ArtifactGovernanceReview)
	}
	if n.doc && selfAssessRe.MatchString(n.stem) {
		add(ArtifactSecuritySelfAssessment)
	}
	if n.doc && jointAssessRe.MatchString(n.stem) {
		add(ArtifactJointAssessment)
	}
	if isAudit(n, segs) {
		add(ArtifactSecurityAudit)
	}
	richDoc := n.ext == ".md" || n.ext == ".markdown" || n.ext == ".rst" || n.ext == ".adoc" || n.ext == ".asciidoc"
	if (richDoc && strings.HasPrefix(n.stem, "architecture")) ||
		(richDoc && top == "docs" && len(segs) >= 2 && strings.HasPrefix(segs[1], "design")) ||
		(richDoc && n.dir == "docs" && strings.HasPrefix(n.stem, "design")) {
		add(ArtifactArchitecture)
	}
	if n.doc && (strings.HasPrefix(n.stem, "contributor_ladder") ||
		strings.HasPrefix(n.stem, "community_membership") ||
		(strings.Contains(n.stem, "membership") && strings.Contains(n.stem, "polic"))) {
		add(ArtifactContributorLadder)
	}
	if strings.HasPrefix(n.path, ".github/issue_template/") || strings.HasPrefix(n.path, ".github/pull_request_template/") ||
		((n.dir == "" || n.dir == ".github" || n.dir == "docs") &&
			(strings.HasPrefix(n.stem, "pull_request_template") || strings.HasPrefix(n.stem, "issue_template"))) {
		add(ArtifactIssueTemplates)
	}
	if n.doc && n.ext != "" && strings.HasPrefix(n.stem, "integrations") {
		add(ArtifactIntegrations)
	}
	if n.base == "sigs.yaml" || n.base == "sig-list.md" ||
		(strings.HasPrefix(n.stem, "subprojects") && n.ext != "" && (n.doc || n.ext == ".yaml" || n.ext == ".yml")) ||
		(strings.HasPrefix(n.base, "subprojects") && (n.ext == ".yaml" || n.ext == ".yml")) {
		add(ArtifactSubprojects)
	}
	return kinds
}

// isAudit reports whether n is a security audit report: a document or PDF in the root,
// docs/ or security/ whose name has the word audit, or any such file in an audit folder
// there. Audit-logging documentation (audit-log.md, audit-policy.md) is not one.
func isAudit(n name, segs []string) bool {
	if n.dir != "" && segs[0] != "docs" && segs[0] != "security" {
		return false
	}
	if !n.doc && n.ext != ".pdf" {
		return false
	}
	stem := n.stem
	if n.ext == ".pdf" {
		stem = strings.NewReplacer("-", "_", " ", "_").Replace(strings.TrimSuffix(n.base, ".pdf"))
	}
	if auditNotRe.MatchString(stem) {
		return false
	}
	if auditWordRe.MatchString(stem) || strings.Contains(stem, "security_audit") {
		return true
	}
	for _, s := range segs[1:] {
		if s == "audit" || s == "audits" || s == "security-audit" || s == "security-audits" {
			return true
		}
	}
	return false
}
