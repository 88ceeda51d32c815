#!/usr/bin/env bash
# Runs graduate over the corpus of real CNCF projects (scripts/corpus/projects.tsv) and
# tabulates the reports. Never part of `make test` or CI.
#
#   bash scripts/corpus.sh --out DIR [--mirrors DIR] [--bin PATH] [--list FILE] [PROJECT...]
#
#   --out DIR      required: work trees (DIR/checkouts/OWNER+NAME), snapshots, reports,
#                  summary.md, fails.tsv and passes.tsv go here
#   --mirrors DIR  clone from local clones named OWNER+NAME (DIR/OWNER+NAME,
#                  DIR/OWNER+NAME/repo or DIR/OWNER+NAME/repo/.git); default: GitHub
#   --bin PATH     the graduate binary to run; default: build ./cmd/graduate into DIR/bin
#   --list FILE    the corpus list, repeatable (the lists' rows together); default:
#                  scripts/corpus/projects.tsv
#   --toc DIR, --tag-security DIR, --maintainers-csv FILE, --landscape FILE
#                  the CNCF's own sources, passed to graduate collect (checkouts of
#                  cncf/toc and cncf/tag-security, cncf/foundation's
#                  project-maintainers.csv, cncf/landscape's landscape.yml); default: none
#   PROJECT...     only these projects (the tables cover every report in DIR/reports)
#
# Each repository is checked out at its pinned commit with full history and its origin
# set to https://github.com/OWNER/NAME; every project is collected (main repository
# first) as of its newest pinned commit's day and judged at graduation, whatever its
# level. Exits 1 when a repository could
# not be materialised or a project could not be collected or judged (eval exit 2).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '5,18s/^# \{0,1\}//p' "$0" >&2; exit 2; }

out='' mirrors='' bin='' lists=()
only=() extra=()
while [ $# -gt 0 ]; do
	case $1 in
	--out) out=${2:?}; shift 2 ;;
	--mirrors) mirrors=${2:?}; shift 2 ;;
	--bin) bin=${2:?}; shift 2 ;;
	--list) lists+=("${2:?}"); shift 2 ;;
	--toc | --tag-security | --maintainers-csv | --landscape) extra+=("$1" "${2:?}"); shift 2 ;;
	-h | --help) usage ;;
	-*) echo "corpus.sh: unknown flag $1" >&2; usage ;;
	*) only+=("$1"); shift ;;
	esac
done
[ -n "$out" ] || usage
mkdir -p "$out"/{checkouts,snapshots,reports}
out=$(cd "$out" && pwd)
if [ -z "$bin" ]; then
	go build -o "$out/bin/graduate" ./cmd/graduate
	bin=$out/bin/graduate
fi

# git for materialising only: no system or user configuration, hooks or templates.
gitenv=$(mktemp -d)
trap 'rm -rf "$gitenv"' EXIT
git() {
	HOME=$gitenv GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0 \
		command git -c core.hooksPath=/dev/null -c advice.detachedHead=false "$@"
}

# source OWNER/NAME: the mirror's git dir, else the GitHub URL.
source_of() {
	local m
	if [ -n "$mirrors" ]; then
		for m in "$mirrors/${1/\//+}/repo/.git" "$mirrors/${1/\//+}/repo" "$mirrors/${1/\//+}"; do
			if [ -d "$m" ] && git --git-dir="$m" rev-parse -q --verify HEAD >/dev/null 2>&1; then
				echo "$m"
				return
			fi
		done
		echo "corpus.sh: no mirror of $1 in $mirrors" >&2
		return 1
	fi
	echo "https://github.com/$1"
}

# materialise OWNER/NAME COMMIT: a checkout at COMMIT with full history in checkouts/OWNER+NAME.
# (Called in a condition, where set -e does not apply: every step is checked.)
materialise() {
	local repo=$1 commit=$2 dir=$out/checkouts/${1/\//+} src shared=()
	if [ "$(git -C "$dir" rev-parse -q --verify HEAD 2>/dev/null)" != "$commit" ]; then
		rm -rf "$dir" && src=$(source_of "$repo") || return 1
		[ -d "$src" ] && shared=(--shared)
		git clone -q --template= --no-checkout "${shared[@]}" "$src" "$dir" &&
			git -C "$dir" checkout -q --detach "$commit" || return 1
	fi
	if [ "$(git -C "$dir" rev-parse --is-shallow-repository)" != false ]; then
		echo "corpus.sh: $repo: shallow clone" >&2
		return 1
	fi
	git -C "$dir" remote set-url origin "https://github.com/$repo"
}

# The list, comments and header apart: project level role repo commit date.
[ ${#lists[@]} -gt 0 ] || lists=(scripts/corpus/projects.tsv)
rows=$(cat "${lists[@]}" | grep -v -e '^#' -e '^project	' -e '^$')
projects=$(cut -f1 <<<"$rows" | awk '!seen[$0]++')
failed=()
for p in $projects; do
	if [ ${#only[@]} -gt 0 ] && ! printf '%s\n' "${only[@]}" | grep -qxF "$p"; then
		continue
	fi
	dirs=() ok=1 asof=''
	# main first, then the other repositories in list order
	while IFS=$'\t' read -r _ _ role repo commit date; do
		[[ "$date" > "$asof" ]] && asof=$date
		if materialise "$repo" "$commit"; then
			dirs+=(--dir "$role=$out/checkouts/${repo/\//+}")
		else
			ok=0
		fi
	done < <(awk -F'\t' -v p="$p" '$1 == p { print ($3 == "main" ? 0 : 1) "\t" $0 }' <<<"$rows" | sort -s -t$'\t' -k1,1 | cut -f2-)
	rm -f "$out/snapshots/$p.json" "$out/reports/$p.json"
	# As of the newest pinned commit's day, so the history windows do not move with the
	# day the corpus is run.
	# Offline: the corpus measures what graduate reads in the repositories, pinned; a
	# source on the network (the OpenSSF badge level) would change with the day it is run.
	if [ $ok = 0 ] || ! "$bin" collect "${dirs[@]}" --as-of "$asof" --offline --cache-dir "$out/http-cache" ${extra[@]+"${extra[@]}"} -o "$out/snapshots/$p.json"; then
		echo "corpus.sh: $p: not collected" >&2
		failed+=("$p")
		continue
	fi
	rc=0
	"$bin" eval "$out/snapshots/$p.json" --level graduation --format json -o "$out/reports/$p.json" || rc=$?
	if [ $rc -gt 1 ]; then
		echo "corpus.sh: $p: eval exit $rc" >&2
		failed+=("$p")
		continue
	fi
	echo "$p: judged (exit $rc)"
done

# The projects' levels, from every list given.
levels=$(mktemp)
cat "${lists[@]}" >"$levels"
go run ./scripts/corpus/tabulate -list "$levels" -reports "$out/reports" -out "$out"
rm -f "$levels"
if [ ${#failed[@]} -gt 0 ]; then
	echo "corpus.sh: not judged: ${failed[*]}" >&2
	exit 1
fi
