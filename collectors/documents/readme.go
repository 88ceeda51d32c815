package documents

import (
	"net/url"
	"path"
	"regexp"
	"strings"
)

// readmeHeadingKinds are, per document kind, the README headings whose main noun is that
// document. They match the whole normalised heading, so "Security" and "Reporting security
// issues" count while "Security considerations for operators" does not.
var readmeHeadingKinds = []struct {
	kind string
	re   *regexp.Regexp
}{
	{KindGovernance, regexp.MustCompile(`^(?:the )?(?:project |community |open |our )?governance(?: model| structure| policy)?$`)},
	{KindMaintainers, regexp.MustCompile(`^(?:the )?(?:project |core |current |our )?maintainers?(?: list| team)?$`)},
	{KindSecurityPolicy, regexp.MustCompile(`^(?:security(?: policy| disclosure)?|reporting (?:a )?(?:security (?:issues?|bugs?|vulnerabilit(?:y|ies)|problems?)|vulnerabilit(?:y|ies))|(?:reporting )?security (?:issues|vulnerabilities)|vulnerability (?:reporting|disclosure))$`)},
	{KindCodeOfConduct, regexp.MustCompile(`^(?:(?:our|community|the) )?code of conduct$`)},
	{KindContributing, regexp.MustCompile(`^(?:contributing|contributions?|how to contribute|(?:contributing|contribution|contributor|contributors) guide(?:lines)?|contributor guide)$`)},
	{KindAdopters, regexp.MustCompile(`^(?:(?:known|notable|production|current|our) )?(?:adopters|users)$|^who is using\b|^who uses\b`)},
	{KindRoadmap, regexp.MustCompile(`^(?:(?:project|product|the) )?roadmap$`)},
	{KindReleaseProcess, regexp.MustCompile(`^(?:releases?|releasing|release (?:process|cycle|cadence|schedule|policy|management))$`)},
	{KindChangelog, regexp.MustCompile(`^(?:changelog|change log|release notes)$`)},
}

// readmeHeadingKind returns the document kind a README heading names, if any.
func readmeHeadingKind(norm string) (string, bool) {
	for _, k := range readmeHeadingKinds {
		if k.re.MatchString(norm) {
			return k.kind, true
		}
	}
	return "", false
}

// linkKind returns the document kind a link target names: its last path element is a
// document's file name (GOVERNANCE.md, docs/SECURITY.md, CODE_OF_CONDUCT), or it is
// GitHub's rendering of a security policy. A lower-case name without an extension (a web
// page such as /releases or /users) does not count, and neither does a licence.
func linkKind(target string) (string, bool) {
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return "", false
	}
	p := strings.TrimSuffix(u.Path, "/")
	if strings.EqualFold(u.Host, "github.com") && strings.HasSuffix(p, "/security/policy") {
		return KindSecurityPolicy, true
	}
	base := path.Base(p)
	if base == "." || base == "/" || base == "" {
		return "", false
	}
	n := splitName(base)
	if !n.doc || (n.ext == "" && base != strings.ToUpper(base)) {
		return "", false
	}
	k, ok := stemKind(n)
	if !ok || k == KindLicense {
		return "", false
	}
	return k, true
}
