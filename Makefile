# accessinfo — the two set-up commands are `make demo` and `make test`; both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: demo test lint types unit bench docs clean mutation

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.runtime: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(PIP) -e '.[dev,fast]'
	touch $@ $(VENV)/.runtime

$(VENV)/.docs: pyproject.toml $(VENV)/.dev
	$(PIP) -e '.[dev,fast,docs]'
	touch $@

demo: $(VENV)/.runtime
	$(BIN)/python examples/demo.py

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples

types: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/python -m pytest --cov=accessinfo --cov-branch --cov-report=term:skip-covered \
		--cov-fail-under=95

test: lint types unit

# Mutation testing of the calendar (and whatever [tool.mutmut] in pyproject.toml names).
# Slow (~10 minutes on 2 cores) and not part of `make test`; mutmut is installed on demand.
mutation: $(VENV)/.dev
	$(BIN)/python -m pip show mutmut >/dev/null 2>&1 || $(PIP) 'mutmut>=3.3'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 2>&1 | tr '\r' '\n' | tail -n 3
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/python -c "import json; s = json.load(open('mutants/mutmut-cicd-stats.json')); \
	t = s['total'] - s['skipped']; k = s['killed'] + s['timeout']; \
	print(f'mutation score: {k}/{t} killed = {100 * k / t:.1f}%'); print(s)"
	$(BIN)/mutmut results

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/run.py

docs: $(VENV)/.docs
	$(BIN)/python -m mkdocs build --strict

clean:
	rm -rf $(VENV) site .mypy_cache .pytest_cache .ruff_cache .hypothesis
