#!/bin/sh
# gen-bigrepo.sh DIR: write a synthetic repository shaped like a large CNCF project's main
# repository (kubevirt/kubevirt is the model) into DIR, and a smaller governance repository
# into DIR-community, for benchmarking the collectors on a repository of realistic size.
#
# DIR gets about 13,000 files (nested Go packages, a vendor/ tree, docs, MAINTAINERS.md,
# OWNERS, ADOPTERS.md, SECURITY.md, ...), about 29,000 commits over eight years by about
# 900 authors (a third of them pull-request merge commits, most others carrying a
# Signed-off-by trailer), about 340 version tags (v0.x.y, v1.x.y, release candidates;
# annotated and lightweight) and a maintainers list that changes over time.
# DIR-community gets governance documents and a few hundred commits.
#
# Everything is written through `git fast-import`, so it takes seconds. The output is the
# same for the same BIGREPO_NOW (seconds since the epoch, default: now), which is when the
# newest commit is dated.
set -eu

if [ $# -ne 1 ]; then
	echo "usage: $0 DIR" >&2
	exit 2
fi
dir=$1
now=${BIGREPO_NOW:-$(date +%s)}
for d in "$dir" "$dir-community"; do
	if [ -e "$d" ] && [ -n "$(ls -A "$d")" ]; then
		echo "$0: $d exists and is not empty" >&2
		exit 2
	fi
done

# The generator is one awk program (POSIX awk: mawk and gawk both run it). It draws from
# its own Park-Miller generator so that every awk writes the same history.
gen='
function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function pick(n) { return int(rnd() * n) }
function person(i) { return sprintf("Dev%03d Example <dev%03d@%s>", i, i, (i % 7 == 0) ? "users.noreply.github.com" : ("corp" (i % 40) ".example")) }
function handle(i) { return sprintf("dev%03d", i) }
function author(i,   u, k) {
	# A few prolific authors, many occasional ones, and a population that drifts over time.
	u = rnd(); k = int(nauthors * u * u * u)
	return (k + int(i / ncommits * (nauthors * 2 / 3))) % nauthors
}
function blob(path, n,   s, j) {
	if (path == "README.md") {
		# The Governance section stays put while the rest of the README changes.
		return "# Project\n\n## Governance\n\nSee GOVERNANCE.md.\n\n## Build\n\nmake (revision " n ")\n"
	}
	if (path == "ADOPTERS.md") {
		s = "# Adopters\n\n| Organization | Type | Description |\n|---|---|---|\n"
		for (j = 0; j < 20 + n % 40; j++) s = s "| [Org " j "](https://org" j ".example) | " ((j % 3) ? "End-user" : "Vendor") " | Runs it |\n"
		return s
	}
	if (path ~ /\.go$/) {
		return "package p" (n % 97) "\n\n// Func" n " is generated.\nfunc Func" n "() int { return " n " }\n"
	}
	return "# " path "\n\nRevision " n ".\n"
}
function filemodify(path, n) {
	printf "M 100644 inline %s\ndata <<EOB\n%sEOB\n", path, blob(path, n)
}
function message(subject, sign, who) {
	if (sign) return subject "\n\nMore words on why.\n\nSigned-off-by: " person(who) "\n"
	return subject "\n\nMore words on why.\n"
}
function maintainers_file(   s, j) {
	s = "# Maintainers\n\n| Name | GitHub | Affiliation |\n|------|--------|-------------|\n"
	for (j = 0; j < nmaint; j++) if (active[j] != "") s = s "| Dev " active[j] " | [@" active[j] "](https://github.com/" active[j] ") | Corp |\n"
	s = s "\n## Emeritus\n\n"
	for (j = 0; j < nemer; j++) s = s "* @" emer[j] "\n"
	return s
}
function owners_file(   s, j) {
	s = "approvers:\n"
	for (j = 0; j < nmaint; j++) if (active[j] != "") s = s "  - " active[j] "\n"
	s = s "reviewers:\n  - dev500\n  - dev501\n"
	return s
}
function maintainer_change(   j, k) {
	# Retire one maintainer to emeritus or add a new one.
	if (rnd() < 0.4 && nmaint > 4) {
		k = pick(nmaint)
		if (active[k] == "") return 0
		emer[nemer++] = active[k]; active[k] = ""
	} else {
		active[nmaint++] = handle(100 + nextmaint++)
	}
	return 1
}
BEGIN {
	seed = 20240601
	if (community) {
		nfiles = 40; ncommits = 600; nauthors = 60; years = 6
	} else {
		nfiles = 13000; ncommits = 29000; nauthors = 900; years = 8
	}
	t0 = now - years * 365 * 86400
	step = (now - t0) / ncommits

	# The tree: top-level documents first, then Go packages, vendored code, docs.
	n = 0
	split("README.md CONTRIBUTING.md SECURITY.md CODE_OF_CONDUCT.md ADOPTERS.md GOVERNANCE.md LICENSE Makefile go.mod go.sum .github/PULL_REQUEST_TEMPLATE.md docs/release.md", top, " ")
	for (j = 1; j in top; j++) files[n++] = top[j]
	for (j = n; j < nfiles; j++) {
		r = j % 20
		if (community) files[j] = sprintf("sig-%02d/README.md", j)
		else if (r < 9) files[j] = sprintf("pkg/area%02d/sub%d/file%05d.go", j % 31, j % 7, j)
		else if (r < 15) files[j] = sprintf("vendor/github.com/org%02d/lib%02d/pkg%d/file%05d.go", j % 53, j % 11, j % 5, j)
		else if (r < 17) files[j] = sprintf("tests/suite%02d/file%05d_test.go", j % 23, j)
		else if (r < 19) files[j] = sprintf("cmd/tool%02d/file%05d.go", j % 13, j)
		else files[j] = sprintf("docs/topic%02d/page%05d.md", j % 17, j)
	}
	nmaint = 0; nemer = 0; nextmaint = 0
	for (j = 0; j < (community ? 6 : 8); j++) maintainer_change()

	# The root commit holds the tree as it was on day one: the documents and part of the code.
	printf "commit refs/heads/main\nmark :1\n"
	printf "author %s %d +0000\ncommitter %s %d +0000\n", person(0), t0, person(0), t0
	printf "data <<EOM\nInitial import\nEOM\n"
	for (j = 0; j < nfiles * 0.4; j++) filemodify(files[j], j)
	printf "M 100644 inline MAINTAINERS.md\ndata <<EOB\n%sEOB\n", maintainers_file()
	printf "M 100644 inline OWNERS\ndata <<EOB\n%sEOB\n\n", owners_file()
	born = int(nfiles * 0.4)

	head = 1; mark = 1; ntags = 0; minor = 1; patch = 0; rc = 0; major = 0
	bot = "Project Bot <bot@project.example>"
	tagevery = int(ncommits / 340)
	for (i = 1; mark < ncommits; i++) {
		ts = int(t0 + (mark - 1) * step + pick(step / 2))
		who = author(mark)
		nmods = 1 + pick(3)
		for (j = 0; j < nmods; j++) {
			if (born < nfiles && rnd() < 0.5) mods[j] = files[born++]
			else mods[j] = files[pick(born)]
		}
		if (rnd() < 0.004) {
			if (maintainer_change()) {
				mods[nmods] = "MAINTAINERS.md"; mods[nmods + 1] = "OWNERS"
				extra = 2
			} else extra = 0
		} else extra = 0
		if (rnd() < 0.002) { mods[nmods + extra] = "GOVERNANCE.md"; extra++ }
		sign = rnd() < 0.9
		mark++
		if (rnd() < 0.5 && mark + 1 < ncommits) {
			# A pull request: its commit, then the merge the bot makes.
			commitx(mark, head, 0, who, person(who), ts, message("area: change " mark, sign, who), nmods, extra)
			pr = mark; mark++
			commitx(mark, head, pr, 0, bot, ts + 600, "Merge pull request #" i " from dev/branch-" i "\n", nmods, extra)
		} else {
			commitx(mark, head, 0, who, person(who), ts, message("area: change " mark, sign, who), nmods, extra)
		}
		head = mark
		if (!community && mark >= (ntags + 1) * tagevery && ntags < 340) tag(head, ts + 3600)
	}
	printf "reset refs/heads/main\nfrom :%d\n\n", head
	# Tags that name no version, as real repositories have them.
	printf "reset refs/tags/nightly\nfrom :%d\n\n", head
	printf "reset refs/tags/before-vendor-move\nfrom :%d\n\n", int(ncommits / 3)
}
function commitx(mark, from, merge, who, committer, ts, msg, nmods, extra,   j) {
	printf "commit refs/heads/main\nmark :%d\n", mark
	printf "author %s %d +0000\ncommitter %s %d +0000\n", (merge > 0) ? bot : person(who), ts, committer, ts
	printf "data <<EOM\n%sEOM\n", msg
	if (from > 0) printf "from :%d\n", from
	if (merge > 0) printf "merge :%d\n", merge
	for (j = 0; j < nmods; j++) filemodify(mods[j], mark * 10 + j)
	for (j = nmods; j < nmods + extra; j++) {
		if (mods[j] == "MAINTAINERS.md") printf "M 100644 inline MAINTAINERS.md\ndata <<EOB\n%sEOB\n", maintainers_file()
		else if (mods[j] == "OWNERS") printf "M 100644 inline OWNERS\ndata <<EOB\n%sEOB\n", owners_file()
		else filemodify(mods[j], mark * 10 + j)
	}
	printf "\n"
}
function tag(m, ts,   name) {
	# Each minor version: two release candidates, the release, then patch releases.
	if (rc < 2) name = sprintf("v%d.%d.0-rc.%d", major, minor, rc++)
	else if (rc == 2) { name = sprintf("v%d.%d.0", major, minor); rc++; patch = 0 }
	else name = sprintf("v%d.%d.%d", major, minor, ++patch)
	if (rc > 2 && patch >= 2 && rnd() < 0.5) { minor++; rc = 0; if (minor == 60) { major = 1; minor = 0 } }
	if (rnd() < 0.8) {
		printf "tag %s\nfrom :%d\ntagger %s %d +0000\ndata <<EOM\nRelease %s\nEOM\n\n", name, m, bot, ts, name
	} else {
		printf "reset refs/tags/%s\nfrom :%d\n\n", name, m
	}
	ntags++
}
'

make_repo() { # make_repo DIR COMMUNITY
	git init -q "$1"
	git -C "$1" symbolic-ref HEAD refs/heads/main
	awk -v now="$now" -v community="$2" "$gen" | git -C "$1" fast-import --quiet
	git -C "$1" reset -q --hard main
}

make_repo "$dir" 0
make_repo "$dir-community" 1
