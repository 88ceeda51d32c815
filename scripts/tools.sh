#!/usr/bin/env bash
# Builds the pinned opa and conftest binaries from the Go module proxy into a cache
# directory and prints that directory. Reuses a binary that is already there.
#   TOOLS_DIR (default: $XDG_CACHE_HOME/graduate-tools or ~/.cache/graduate-tools)
set -euo pipefail

OPA_VERSION=v1.22.2
CONFTEST_VERSION=v0.71.1

dir=${TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/graduate-tools}
mkdir -p "$dir"

build() { # name module version
	local name=$1 module=$2 version=$3
	local target="$dir/$name-$version"
	if [ ! -x "$target" ]; then
		local tmp
		tmp=$(mktemp -d)
		GOBIN="$tmp" GOFLAGS=-buildvcs=false go install "$module@$version" >&2
		mv "$tmp/$name" "$target"
		rm -rf "$tmp"
	fi
	ln -sf "$target" "$dir/$name"
}

build opa github.com/open-policy-agent/opa "$OPA_VERSION"
if [ "${1:-}" != "opa" ]; then
	build conftest github.com/open-policy-agent/conftest "$CONFTEST_VERSION"
fi
echo "$dir"
