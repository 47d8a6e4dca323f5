# accessinfo — the two set-up commands are `make demo` and `make test`; both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check

.PHONY: demo test lint types unit bench scale docs clean mutation mutation-calendar notebooks \
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

# Mutation testing (issue 12), not part of `make test`. `make mutation` runs tools/mutate.py (our
# own mutator: it reaches the @rule bodies, which mutmut skips; needs only the dev install) on
# every module of articles/ and core/periods.py against the whole suite (minus the slow and
# process-spawning tests below), on the fixed sample SAMPLE=K (about 1 mutant in K, drawn by
# a hash of MUTATION_SEED and the mutant's id; SAMPLE=1 runs them all, ~4,000, hours on two
# cores). RESUME=1 keeps the finished mutants; SURVIVORS=1 re-runs only what survived;
# KEEP_MAP=1 keeps the test map across a src change that moves no call (new tests are traced);
# MUTATION_FILES narrows the modules. `python tools/mutate.py report --survivors` lists them.
SAMPLE ?= 8
MUTATION_SEED ?= 12
MUTATION_FILES ?= $(sort $(shell find src/accessinfo/articles -name '*.py')) \
	src/accessinfo/core/periods.py
MUTATION_DESELECT := tests/test_mutate_tool.py tests/test_notebooks.py tests/test_wheel.py \
	tests/test_import.py tests/test_report.py::test_report_renders_in_headless_chromium \
	tests/test_invariants.py::test_answers_do_not_depend_on_time_zone_locale_or_hash_seed \
	tests/test_invariants.py::test_importing_and_calling_writes_nothing_and_uses_no_network \
	tests/test_pickle.py::test_decisions_come_back_from_a_spawn_pool \
	tests/test_contract.py::test_bad_input_contract[surfaces.report \
	tests/test_contract.py::test_bad_input_contract[surfaces.service
mutation: $(VENV)/.dev
	nice -n 10 $(BIN)/python tools/mutate.py run $(MUTATION_FILES) --tests tests \
		$(foreach d,$(MUTATION_DESELECT),--deselect '$(d)') --jobs 2 \
		--sample $(SAMPLE) --seed $(MUTATION_SEED) $(if $(RESUME),--resume) \
		$(if $(SURVIVORS),--survivors) $(if $(KEEP_MAP),--keep-map)
	$(BIN)/python tools/mutate.py report --packages src/accessinfo/articles \
		src/accessinfo/core/periods.py

mutation-rules: mutation

# The calendar's mutants with mutmut 3 ([tool.mutmut] in pyproject.toml; installed on demand;
# ~6 minutes on two cores). MUTANTS picks mutants by name (fnmatch globs).
MUTANTS ?= accessinfo.calendar.*
mutation-calendar: $(VENV)/.dev
	$(BIN)/python -m pip show mutmut >/dev/null 2>&1 || $(PIP) 'mutmut>=3.3'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 $(foreach m,$(MUTANTS),'$(m)') 2>&1 | tr '\r' '\n' \
		| grep -v '^[^ ]* accessinfo\.' | tail -n 3
	$(BIN)/python tools/mutation_score.py $(foreach m,$(MUTANTS),'$(m)')
	$(BIN)/mutmut results

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
