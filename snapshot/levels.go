package snapshot

import (
	"fmt"
	"slices"
	"strings"
)

// Levels are the CNCF maturity levels a project is judged at, lowest first.
var Levels = []string{"sandbox", "incubation", "graduation"}

// Repository roles: what a repository is to its project.
const (
	RoleMain      = "main"
	RoleCommunity = "community"
	RoleWebsite   = "website"
	RoleOther     = "other"
)

// Roles lists the repository roles.
var Roles = []string{RoleMain, RoleCommunity, RoleWebsite, RoleOther}

// CheckLevel returns an error naming the valid levels when level is not one of them.
func CheckLevel(level string) error {
	if !slices.Contains(Levels, level) {
		return fmt.Errorf("unknown level %q (want one of %s)", level, strings.Join(Levels, ", "))
	}
	return nil
}

// CheckRole returns an error naming the valid roles when role is not one of them.
func CheckRole(role string) error {
	if !slices.Contains(Roles, role) {
		return fmt.Errorf("unknown role %q (want one of %s)", role, strings.Join(Roles, ", "))
	}
	return nil
}

// RoleAt is a repository's role: the one given, else main for the first repository of a
// project and other for the rest.
func RoleAt(i int, role string) string {
	switch {
	case role != "":
		return role
	case i == 0:
		return RoleMain
	default:
		return RoleOther
	}
}
