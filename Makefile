# graduate: policy-as-code for the CNCF project maturity process.
GO        ?= go
TOOLS_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/graduate-tools
OPA       := $(TOOLS_DIR)/opa
CONFTEST  := $(TOOLS_DIR)/conftest
BIN       := bin/graduate

.PHONY: all build test gotest lint tools compat demo bench clean

all: build test

build:
	$(GO) build -o $(BIN) ./cmd/graduate

# Every test: Go tests (which also run every _test.rego through OPA's tester and hold
# Rego coverage at 90%), then the lint gates.
test: gotest lint

# The concurrent paths (queries prepared while snapshots are read, one worker per CPU,
# history walked while files are parsed, repositories read through the GitHub API a few
# at once) also run under the race detector.
gotest:
	$(GO) test ./...
	$(GO) test -race -run 'Concurrently|TestExitCodes|TestCollectGolden|TestSeveralSnapshots|TestAPIGivesTheCheckoutsFacts|TestRemoteRepositories|TestFaults' ./engine/ ./cmd/graduate/ ./collectors/ ./collectors/github/

# Builds the pinned opa (and conftest) from the Go module proxy into $(TOOLS_DIR), once.
tools:
	TOOLS_DIR=$(TOOLS_DIR) bash scripts/tools.sh opa >/dev/null

lint: tools
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change: $$out"; exit 1; fi
	$(GO) vet ./...
	$(OPA) fmt --fail --list policies
	$(GO) run ./cmd/graduate capabilities > $(TOOLS_DIR)/capabilities.json
	$(OPA) check --strict --schema snapshot/schema --capabilities $(TOOLS_DIR)/capabilities.json policies
	$(OPA) test --schema snapshot/schema --coverage --threshold 90 policies >/dev/null

# The stock tools against graduate (docs/compat.md): the pinned opa and conftest over
# the example snapshots, and a real opa run --server fed `graduate bundle build`.
compat: build
	TOOLS_DIR=$(TOOLS_DIR) bash scripts/tools.sh >/dev/null
	OPA_BIN=$(OPA) CONFTEST_BIN=$(CONFTEST) GRADUATE_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 ./compat/

# The main job on the bundled example project: collect its facts and judge them at
# graduation. Exit code 1 (criteria not met) is part of the demonstration.
demo:
	@bash scripts/demo.sh; \
	  code=$$?; echo; echo "graduate exited with $$code (0 met, 1 not met, 2 could not judge)"; \
	  [ $$code -ne 2 ]

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./engine/ ./collectors/...
	bash scripts/bench-cli.sh
	bash scripts/bench-collect.sh

clean:
	rm -rf bin
