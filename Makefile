# accessinfo — the two set-up commands are `make demo` and `make test`; both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: demo test lint types unit bench docs clean

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
	$(BIN)/python -m pytest --cov=accessinfo --cov-branch --cov-report=term:skip-covered

test: lint types unit

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/run.py

docs: $(VENV)/.docs
	$(BIN)/python -m mkdocs build --strict

clean:
	rm -rf $(VENV) site .mypy_cache .pytest_cache .ruff_cache .hypothesis
