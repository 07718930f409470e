# The two commands a user needs are `make site` and `make test`; the README explains the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/lock.txt
STAMP := $(VENV)/.installed

.PHONY: site serve test validate golden bench lock browser clean

site: $(STAMP)
	$(BIN)/factsheet build

serve: $(STAMP)
	$(BIN)/mkdocs serve

validate: $(STAMP)
	$(BIN)/factsheet validate

test: $(STAMP) browser
	$(BIN)/python -m pytest

golden: $(STAMP)
	$(BIN)/python -m tests.golden

bench: $(STAMP)
	$(BIN)/python -m tests.bench

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
