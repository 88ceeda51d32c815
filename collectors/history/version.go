package history

import (
	"regexp"
	"strconv"
	"strings"
)

// Version is a tag read as a release version: major.minor[.patch[.more]] with an optional
// pre-release part, semver-style.
type Version struct {
	Nums []int // at least major and minor
	// Pre is the pre-release part without its separator ("rc.1", "beta2"), "" for a
	// release.
	Pre string
}

// versionRe matches a version tag: an optional prefix word ("release-", "stable-",
// "edge-", "myproj-"; letters, digits and dashes, starting with a letter) and an optional
// "v", two to four numbers, then a semver pre-release ("-rc.1") or a bare pre-release
// word ("rc1", ".beta2"), then optional build metadata.
var versionRe = regexp.MustCompile(`^(?:([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)-)?(?i:v)?(\d+(?:\.\d+){1,3})` +
	`(?:-([0-9A-Za-z][0-9A-Za-z.-]*)|[.]?((?i:alpha|beta|rc|pre|preview|dev|snapshot|nightly|a|b)[0-9A-Za-z.-]*))?` +
	`(?:\+[0-9A-Za-z.-]+)?$`)

// componentWords are prefix words of tags that release a packaging of the project, not
// the project: "helm-chart-1.2.0", "chart-0.3.1".
var componentWords = map[string]bool{"chart": true, "charts": true, "helm": true}

// ParseVersion reads a tag name as a version. The prefix a project puts before its
// versions ("release-1.5.2", Linkerd's "stable-2.14.10" and "edge-24.5.1", "myproj-v1.4.0")
// is left out; a prefix is not a pre-release, so edge releases are releases. Tags that
// name no version ("latest", "nightly", "v1"), tags of a module or component in a
// sub-path ("api/v1.2.0") and Helm chart tags ("helm-chart-1.2.0") are not versions of
// the project and return false.
func ParseVersion(tag string) (Version, bool) {
	if strings.Contains(tag, "/") {
		return Version{}, false
	}
	m := versionRe.FindStringSubmatch(tag)
	if m == nil {
		return Version{}, false
	}
	for w := range strings.SplitSeq(strings.ToLower(m[1]), "-") {
		if componentWords[w] {
			return Version{}, false
		}
	}
	var v Version
	for p := range strings.SplitSeq(m[2], ".") {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Version{}, false // too many digits
		}
		v.Nums = append(v.Nums, n)
	}
	v.Pre = m[3] + m[4]
	return v, true
}

// Prerelease reports whether the version is a pre-release (alpha, beta, rc, ...).
func (v Version) Prerelease() bool { return v.Pre != "" }

// Compare orders versions by semver precedence: numbers first (a missing number is 0),
// then a pre-release before its release, pre-releases by their dot-separated
// identifiers. It returns -1, 0 or +1.
func (v Version) Compare(w Version) int {
	for i := range max(len(v.Nums), len(w.Nums)) {
		a, b := at(v.Nums, i), at(w.Nums, i)
		if a != b {
			return sign(a - b)
		}
	}
	switch {
	case v.Pre == w.Pre:
		return 0
	case v.Pre == "":
		return 1
	case w.Pre == "":
		return -1
	}
	return comparePre(v.Pre, w.Pre)
}

func at(nums []int, i int) int {
	if i < len(nums) {
		return nums[i]
	}
	return 0
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// comparePre compares pre-release parts identifier by identifier: numbers numerically and
// below words, words in ASCII order, a shorter list first when all else is equal. A word
// with a number glued to it ("rc10") is split so that rc9 comes before rc10.
func comparePre(a, b string) int {
	as, bs := preIdents(a), preIdents(b)
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, y := as[i], bs[i]
		xn, xerr := strconv.Atoi(x)
		yn, yerr := strconv.Atoi(y)
		switch {
		case xerr == nil && yerr == nil:
			if xn != yn {
				return sign(xn - yn)
			}
		case xerr == nil:
			return -1
		case yerr == nil:
			return 1
		default:
			if c := strings.Compare(strings.ToLower(x), strings.ToLower(y)); c != 0 {
				return c
			}
		}
	}
	return sign(len(as) - len(bs))
}

var identRe = regexp.MustCompile(`[0-9]+|[^0-9.-]+`)

func preIdents(s string) []string { return identRe.FindAllString(s, -1) }
