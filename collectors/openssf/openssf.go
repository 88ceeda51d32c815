// Package openssf reads a project's OpenSSF Best Practices badge from the badge site's
// JSON API: the level the site awards (in_progress, passing, silver, gold) and the
// tiered percentage. The project id comes from the project file or a README badge, read
// by the documents collector; this package only asks the site.
package openssf

import (
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"strings"

	"github.com/graduate-dev/graduate/collectors/web"
	"github.com/graduate-dev/graduate/snapshot"
)

// DefaultBase is the badge site.
const DefaultBase = "https://www.bestpractices.dev"

// Source is the collection-error source of the badge level: the project id stays
// collected when only the level could not be read.
const Source = "openssf.badge_level"

// maxBytes caps the project's JSON, which states every criterion's status and
// justification.
const maxBytes = 8 << 20

// levels are the badge levels the API defines.
var levels = map[string]bool{"in_progress": true, "passing": true, "silver": true, "gold": true}

// project is the part of the API's project document graduate reads.
type project struct {
	ID               *int     `json:"id"`
	BadgeLevel       *string  `json:"badge_level"`
	TieredPercentage *float64 `json:"tiered_percentage"`
}

// Fetch fills in o's badge level, tiered percentage and page URL from the site at base
// (DefaultBase when ""), for o's project id. When the level cannot be read (offline and
// not cached, an HTTP error, a page that is not the project's JSON) it leaves o as it was
// and returns the collection error that says why; the criteria are then unknown, never
// failed. It returns nil when o has no project id.
func Fetch(ctx context.Context, c *web.Client, base string, o *snapshot.OpenSSF) *snapshot.CollectionError {
	if o == nil || o.ProjectID == 0 {
		return nil
	}
	if base == "" {
		base = DefaultBase
	}
	base = strings.TrimRight(base, "/")
	fail := func(format string, args ...any) *snapshot.CollectionError {
		return &snapshot.CollectionError{Source: Source, Error: fmt.Sprintf("OpenSSF Best Practices project %d: ", o.ProjectID) + fmt.Sprintf(format, args...)}
	}
	if c == nil {
		return fail("not fetched: no network client")
	}
	url := fmt.Sprintf("%s/projects/%d.json", base, o.ProjectID)
	resp, err := c.Get(ctx, url, maxBytes)
	if err != nil {
		if ctx.Err() != nil {
			return fail("%v", ctx.Err())
		}
		return fail("%v", err)
	}
	if mt, _, _ := mime.ParseMediaType(resp.ContentType); mt != "" && mt != "application/json" {
		return fail("%s returned %s, not JSON", url, mt)
	}
	var p project
	if err := json.Unmarshal(resp.Body, &p); err != nil {
		return fail("decode %s: %v", url, err)
	}
	switch {
	case p.ID == nil || *p.ID != o.ProjectID:
		return fail("%s is not that project's document", url)
	case p.BadgeLevel == nil || !levels[*p.BadgeLevel]:
		return fail("%s states no badge level the API defines (in_progress, passing, silver, gold)", url)
	}
	o.BadgeLevel = *p.BadgeLevel
	o.TieredPercentage = p.TieredPercentage
	o.URL = fmt.Sprintf("%s/projects/%d", base, o.ProjectID)
	return nil
}
