# accessinfo — the two set-up commands are `make demo` and `make test`; both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: demo test lint types unit bench scale docs clean mutation mutation-articles notebooks \
	bench-registers serve bench-service fuzz fuzz-service mutation-rules

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
	$(BIN)/ruff check src tests benchmarks examples tools
	$(BIN)/ruff format --check src tests benchmarks examples tools

types: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/python -m pytest --cov=accessinfo --cov-branch --cov-report=term:skip-covered \
		--cov-fail-under=95

test: lint types unit

# Mutation testing (mutmut; [tool.mutmut] in pyproject.toml lists the files mutated and the
# tests). `make mutation` runs the calendar's mutants, `make mutation-articles` those of the
# deadline articles and the outage rules; MUTANTS picks mutants by name (fnmatch globs).
# Slow (~10 minutes each on 2 cores) and not part of `make test`; mutmut is installed on demand.
MUTANTS ?= accessinfo.calendar.*
ARTICLE_MUTANTS := accessinfo.articles.* accessinfo.articles._outages.*

mutation: $(VENV)/.dev
	$(BIN)/python -m pip show mutmut >/dev/null 2>&1 || $(PIP) 'mutmut>=3.3'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 $(foreach m,$(MUTANTS),'$(m)') 2>&1 | tr '\r' '\n' \
		| grep -v '^[^ ]* accessinfo\.' | tail -n 3
	$(BIN)/python tools/mutation_score.py $(foreach m,$(MUTANTS),'$(m)')
	$(BIN)/mutmut results

mutation-articles:
	$(MAKE) mutation MUTANTS='$(ARTICLE_MUTANTS)'

# Mutants inside the @rule bodies too (mutmut skips decorated functions): tools/mutate.py swaps
# each mutated code object into the live function in a forked child and runs the tests that
# executed it. Needs only the dev install. RULE_FILES defaults to the stable subset of
# docs/reliability.md; `python tools/mutate.py report --survivors` lists what survived;
# RESUME=1 keeps the finished mutants and the test map of an interrupted run.
A := src/accessinfo/articles
RULE_FILES ?= $(wildcard $(A)/circular_13_2016/*.py) $(A)/decree_20_2016/art_16.py \
	$(foreach n,4 5 6 7 17 18 19 21 22 24 28,$(A)/law_104_2016/art_$(n).py) \
	src/accessinfo/core/periods.py
RULE_TESTS ?= tests/articles/circular_13_2016 tests/articles/decree_20_2016 \
	tests/articles/law_104_2016 tests/test_golden_cases.py tests/test_core_branches.py \
	tests/test_access.py tests/test_violations_db.py tests/test_requests.py
mutation-rules: $(VENV)/.dev
	$(BIN)/python tools/mutate.py run $(filter-out %/__init__.py,$(RULE_FILES)) \
		--tests $(RULE_TESTS) --jobs 2 $(if $(RESUME),--resume)
	$(BIN)/python tools/mutate.py report

# Property tests with random seeds and FUZZ_FACTOR x the examples, for FUZZ_MINUTES (tools/fuzz.py);
# prints the seed of every failure. `make fuzz SEED=N` replays one round. Not part of `make test`.
FUZZ_MINUTES ?= 10
FUZZ_FACTOR ?= 10
SEED ?=
FILES ?=
fuzz: $(VENV)/.dev
	FUZZ_MINUTES=$(FUZZ_MINUTES) FUZZ_FACTOR=$(FUZZ_FACTOR) SEED=$(SEED) \
		$(BIN)/python tools/fuzz.py $(FILES)

# The peers (pandas, workalendar) are installed for the benchmark only, never by `make test`.
$(VENV)/.bench: $(VENV)/.dev
	$(PIP) 'pandas>=2.2' 'workalendar>=17'
	touch $@

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/run.py

# Judging a 100,000-row register: the function, the CLI, the reference engine (not a test).
bench-registers: $(VENV)/.dev
	$(BIN)/python benchmarks/registers.py

# Re-execute examples/*.ipynb in place (tests/test_notebooks.py runs them without writing).
notebooks: $(VENV)/.dev
	$(BIN)/python tools/run_notebooks.py

# Beyond one machine (issue 13 §4): 1M request deadlines with request_deadlines_columns in
# Spark (local mode, mapInArrow; Java 17+) and Dask, checked against the scalar facade on a
# sample, rows/s printed. pyspark is installed on demand; not part of `make test`.
scale: $(VENV)/.dev
	$(BIN)/python -m pip show pyspark >/dev/null 2>&1 || $(PIP) 'pyspark>=3.5'
	$(BIN)/python benchmarks/scale.py

# The HTTP service (docs/service.md): `make serve` runs it on http://127.0.0.1:8000 until
# Ctrl+C; HOST/PORT override. Installs only the serve and ics extras.
HOST ?= 127.0.0.1
PORT ?= 8000
$(VENV)/.serve: pyproject.toml | $(BIN)/python
	$(PIP) -e '.[serve,ics]'
	touch $@ $(VENV)/.runtime

serve: $(VENV)/.serve
	$(BIN)/accessinfo serve --host $(HOST) --port $(PORT)

# Load on one service worker over loopback (not a test; stops by itself): requests/s, p50/p99.
bench-service: $(VENV)/.dev
	$(BIN)/python benchmarks/service_load.py

# Fuzzing the service: schemathesis on every operation (the 88 rule evaluations included),
# with its coverage phase and SERVICE_FUZZ_EXAMPLES examples per operation (`make test` runs 3,
# without the rule evaluations). Slow: an hour or more on 2 cores.
SERVICE_FUZZ_EXAMPLES ?= 100
fuzz-service: $(VENV)/.dev
	ACCESSINFO_FUZZ_EXAMPLES=$(SERVICE_FUZZ_EXAMPLES) ACCESSINFO_FUZZ_ALL=1 \
		ACCESSINFO_FUZZ_COVERAGE=1 ACCESSINFO_FUZZ_RANDOM=1 \
		$(BIN)/python -m pytest -p no:cacheprovider tests/service/test_service_fuzz.py

fuzz: fuzz-service

docs: $(VENV)/.docs
	$(BIN)/python -m mkdocs build --strict

clean:
	rm -rf $(VENV) site .mypy_cache .pytest_cache .ruff_cache .hypothesis
