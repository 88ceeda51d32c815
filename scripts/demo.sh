#!/usr/bin/env bash
# make demo: judge the bundled example project, Lantern, at graduation.
#
# examples/lantern holds Lantern's two repositories as plain files. So that the demo
# also shows the facts graduate reads from git history (contributors and releases in the
# last year, changes to the maintainer list, governance and roadmap revisions), this copies them to a
# temporary directory and gives each a short scripted history, dated relative to today,
# before running graduate check on the copy. Nothing in the checkout is changed.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R examples/lantern/lantern examples/lantern/community "$work/"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
ago() { date -u -d "-$1 days" +%Y-%m-%dT12:00:00Z; }
commit() { # repo days-ago author message [paths...]: commit what is staged as author
	local repo=$1 when author=$3 msg=$4
	when=$(ago "$2")
	shift 4
	(cd "$work/$repo" &&
		git add -A "${@:-.}" &&
		GIT_AUTHOR_DATE=$when GIT_COMMITTER_DATE=$when \
			git -c user.name="$author" -c user.email="$author@lantern.example" \
			commit -q --allow-empty -s -m "$msg")
}
tag() { # repo name days-ago
	(cd "$work/$1" && GIT_COMMITTER_DATE=$(ago "$3") \
		git -c user.name=release-bot -c user.email=release-bot@lantern.example tag -a -m "$2" "$2")
}

# community: governance revised twice, a maintainer added last spring.
maintainers=$work/community/MAINTAINERS.md
cp "$maintainers" "$work/MAINTAINERS.md.final"
grep -v '@lchen' "$work/MAINTAINERS.md.final" >"$maintainers"
(cd "$work/community" && git init -q -b main)
commit community 1100 mira-okafor "Governance, code of conduct and maintainers"
printf '\n' >>"$work/community/GOVERNANCE.md"
commit community 400 tjansen "governance: voting on maintainer nominations"
cp "$work/MAINTAINERS.md.final" "$maintainers"
commit community 210 mira-okafor "maintainers: welcome Li Chen (@lchen)"
printf '\n' >>"$work/community/GOVERNANCE.md"
commit community 90 dkowal "governance: subproject lifecycle"

# lantern: three years of history, a dozen contributors in the last year, releases.
(cd "$work/lantern" && git init -q -b main)
commit lantern 1095 mira-okafor "Initial import"
tag lantern v1.0.0 900
n=0
for author in mira-okafor tjansen dkowal lchen ana-ruiz ben-ito chidi-obi dana-lee eli-mora fay-nguyen gus-park hana-sato; do
	n=$((n + 1))
	echo "- change $n by $author" >>"$work/lantern/CHANGELOG.md"
	commit lantern $((360 - n * 25)) "$author" "changelog: change $n"
	case $n in
	5) tag lantern v2.3.0 230 ;;
	10) tag lantern v2.4.0 105 ;;
	esac
done
tag lantern v2.4.1 55
# The roadmap is revised each quarter, lately six weeks ago (a maintained roadmap).
printf '\n' >>"$work/lantern/ROADMAP.md"
commit lantern 45 mira-okafor "roadmap: plan the next two minor releases"

# The copied graduate.yaml names ../community, the copy beside it. The example is judged
# offline: its OpenSSF badge names no real project, so its level is left unknown.
go run ./cmd/graduate check --offline "$work/lantern"
