# Every target sets up what it needs: a fresh clone needs only `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
NODE_STAMP := node_modules/.installed
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock

.PHONY: generate test test-fast check goldens fetch lock clean build publish

# The generator and its own dependencies, at the versions requirements.lock pins.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) hatchling editables
	$(PIP) --no-build-isolation -e .
	touch $@

# ... and the tools only the tests use (pyproject.toml's `dev` extra), pinned by the same lock.
$(DEV_STAMP): $(STAMP)
	$(PIP) --no-build-isolation -e '.[dev]'
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

## sdist and wheel of generated/ into dist/ (reproducible), checked with twine.
build: $(STAMP)
	$(BIN)/sdkgen build

## Upload dist/ to $$PUBLISH_REPOSITORY_URL (default PyPI) with $$PUBLISH_TOKEN; refuses an existing version.
publish: build
	$(BIN)/sdkgen publish

## The whole test suite (tiers and markers: README.md, Tests).
test: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

## The edit loop, under a minute: all but the slow, contract (Prism) and publish tests.
test-fast: $(DEV_STAMP)
	$(BIN)/python -m pytest -m "not slow and not contract and not publish"

## Re-pin every Python dependency, the dev extra's included (after changing pyproject.toml).
lock:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet hatchling==1.27.0 editables -e '.[dev]'
	$(BIN)/python -m pip freeze --exclude-editable --exclude sdkgen > requirements.lock

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

.PHONY: bench
bench: $(STAMP) $(OFFICIAL_VENV)/.installed $(SDK_VENV)/.installed $(OPC_VENV)/.installed
	$(BIN)/python bench/run.py --official-python $(OFFICIAL_VENV)/bin/python \
		--sdk-python $(SDK_VENV)/bin/python --write BENCHMARKS.md
	$(BIN)/python bench/generator_speed.py --openapi-python-client $(OPC_VENV)/bin/openapi-python-client \
		--write BENCHMARKS.md

## Targets the GitHub workflows (.github/workflows/) call; each works locally too.
.PHONY: update report version

## Take the newest upstream spec (rewriting the lock) and regenerate; the pinned spec is
## fetched first when missing (from the lock's sources, not $$SDKGEN_SPEC_SOURCE), so that
## `fetch --update` keeps it for the version bump.
## `generate` leaves the bump in .cache/sdkgen/release.json.
update: $(STAMP)
	-test -f specs/openapi.json || SDKGEN_SPEC_SOURCE= $(BIN)/sdkgen fetch
	$(BIN)/sdkgen fetch --update
	$(BIN)/sdkgen generate

OLD ?= base/specs/openapi.json
NEW ?= specs/openapi.json
REPORT ?= diff-report.md

## Markdown diff report of spec OLD against NEW into $(REPORT). With FAIL_ON_BREAKING=1 a
## breaking change exits non-zero, after the report is written; on any other error no report.
report: $(STAMP)
	$(BIN)/sdkgen diff $(OLD) $(NEW) --format markdown $(if $(filter 1 true yes,$(FAIL_ON_BREAKING)),--fail-on-breaking) > $(REPORT).tmp; \
		status=$$?; if [ $$status -le 1 ]; then mv $(REPORT).tmp $(REPORT); else rm -f $(REPORT).tmp; fi; exit $$status

## Print the version of the generated package (generated/pyproject.toml).
version: $(STAMP)
	@$(BIN)/python -c "import tomllib; print(tomllib.load(open('generated/pyproject.toml', 'rb'))['project']['version'])"
