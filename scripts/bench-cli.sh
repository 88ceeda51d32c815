#!/usr/bin/env bash
# Compares graduate eval with opa eval on the same snapshot and the same policies, whole
# process, runs taken side by side (alternating), and times one graduate eval call over
# 1,000 snapshots. Prints medians in milliseconds.
#   RUNS (default 7), SNAPSHOTS (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-7}
many=${SNAPSHOTS:-1000}
opa="$(bash scripts/tools.sh opa)/opa"
go build -o bin/graduate ./cmd/graduate
snap=testdata/snapshots/graduation-ready.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ms() { # command...: wall milliseconds of one run (exit code 1 is a verdict, not an error)
	local start end
	start=$(date +%s%N)
	"$@" >/dev/null 2>&1 || [ $? -eq 1 ]
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

for _ in $(seq "$runs"); do
	ms bin/graduate eval --format json "$snap" >>"$work/graduate"
	ms "$opa" eval --format json -d policies --ignore '*_test.rego' -i "$snap" 'data.graduate.report.graduation' >>"$work/opa"
done
g=$(median <"$work/graduate")
o=$(median <"$work/opa")
echo "one snapshot, whole process, median of $runs: graduate eval ${g} ms, opa eval ${o} ms"

mkdir "$work/many"
for i in $(seq "$many"); do cp "$snap" "$work/many/$i.json"; done
for _ in 1 2 3; do
	ms bin/graduate eval --format json "$work"/many/*.json >>"$work/graduate-many"
done
gm=$(median <"$work/graduate-many")
echo "$many snapshots in one graduate eval call, median of 3: ${gm} ms ($(awk -v a="$gm" -v b="$o" 'BEGIN {printf "%.1f", a / b}') x one opa eval process)"

# graduate impact over the same snapshots: the policies of the checkout against the
# embedded ones, with one threshold raised (docs/changing-criteria.md's case).
printf 'min_maintainer_orgs: 3\n' >"$work/raise.yaml"
for _ in 1 2 3; do
	ms bin/graduate impact --policy policies --data "$work/raise.yaml" --format json "$work"/many/*.json >>"$work/impact-many"
done
im=$(median <"$work/impact-many")
echo "graduate impact over $many snapshots with two policy sets, median of 3: ${im} ms ($(awk -v a="$im" -v b="$o" 'BEGIN {printf "%.1f", a / b}') x one opa eval process)"
