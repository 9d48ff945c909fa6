# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint golden bench clean

setup: $(STAMP)

# Reinstall only when the project's declared dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/kpi-ingest run --input raw_docs --output extracted

test: setup
	$(BIN)/python -m pytest -q -n auto

lint: setup
	$(BIN)/ruff check .

# Rewrite the golden files from the current output. Review every changed value by hand against the
# source document before committing, and say in the commit message which values changed and why.
golden: setup
	KPI_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

# Performance figures next to the targets of issue 13 (about 10 minutes on 2 idle cores); `make bench BENCH=--quick`
# for a small corpus.
bench: setup
	$(BIN)/python bench/run_bench.py $(BENCH)

clean:
	rm -rf extracted .kpi-cache .pytest_cache bench/out
