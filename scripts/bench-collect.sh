#!/usr/bin/env bash
# Times graduate collect, whole process, on a kubevirt-sized project: the repository
# scripts/gen-bigrepo.sh generates (13,000 files, 29,000 commits, 340 tags) and its
# community repository, or on checkouts given as MAIN and COMMUNITY. Prints each run's
# wall time and peak RSS, then the median.
#   RUNS (default 5), BIGREPO (default /tmp/graduate-bigrepo), MAIN, COMMUNITY
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
main=${MAIN:-}
community=${COMMUNITY:-}
if [ -z "$main" ]; then
	big=${BIGREPO:-/tmp/graduate-bigrepo}
	[ -d "$big/.git" ] || bash scripts/gen-bigrepo.sh "$big" >/dev/null
	main=$big community=$big-community
fi
go build -o bin/graduate ./cmd/graduate
out=$(mktemp)
trap 'rm -f "$out" "$out.times"' EXIT
for _ in $(seq "$runs"); do
	/usr/bin/time -f "%e %M" -a -o "$out.times" bin/graduate collect --dir "main=$main" --dir "community=$community" -o "$out"
done
awk '{printf "wall %.2f s, peak RSS %d MB\n", $1, $2 / 1024}' "$out.times"
sort -n "$out.times" | awk '{w[NR] = $1; if ($2 > m) m = $2} END {printf "median of %d: wall %.2f s; largest peak RSS %d MB\n", NR, w[int((NR + 1) / 2)], m / 1024}'
