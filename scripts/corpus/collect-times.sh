#!/usr/bin/env bash
# Times `graduate collect` (whole process, wall seconds, median of RUNS runs) for every
# project of a corpus list, on checkouts scripts/corpus.sh made, slowest first. Never
# part of `make test` or CI.
#
#   bash scripts/corpus/collect-times.sh --bin BIN --checkouts DIR [--list FILE] [--runs N]
set -euo pipefail
bin='' checkouts='' list=scripts/corpus/projects.tsv runs=3
while [ $# -gt 0 ]; do
	case $1 in
	--bin) bin=${2:?}; shift 2 ;;
	--checkouts) checkouts=${2:?}; shift 2 ;;
	--list) list=${2:?}; shift 2 ;;
	--runs) runs=${2:?}; shift 2 ;;
	*) sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
	esac
done
[ -n "$bin" ] && [ -n "$checkouts" ] || { sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2; }
rows=$(grep -v -e '^#' -e '^project	' -e '^$' "$list")
for p in $(cut -f1 <<<"$rows" | awk '!seen[$0]++'); do
	dirs=() asof=''
	while IFS=$'\t' read -r _ _ role repo _ date; do
		dirs+=(--dir "$role=$checkouts/${repo/\//+}")
		[[ "$date" > "$asof" ]] && asof=$date
	done < <(awk -F'\t' -v p="$p" '$1 == p' <<<"$rows")
	times=()
	for _ in $(seq "$runs"); do
		start=$(date +%s%N)
		"$bin" collect "${dirs[@]}" --as-of "$asof" --offline >/dev/null 2>&1 || true
		times+=($((($(date +%s%N) - start) / 1000000)))
	done
	printf '%s\t%s\n' "$p" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
done | sort -t$'\t' -k2 -rn | awk -F'\t' '{ printf "%s\t%.2f s\n", $1, $2 / 1000 }'
