# The two commands of the quick start. Each sets up .venv from nothing when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test bench time

$(BIN)/tidings: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/tidings

# Code the sample articles into tidings.duckdb and print the events table.
demo: $(BIN)/tidings
	$(BIN)/tidings code ../shared/seeds --db tidings.duckdb

# Run the test suite; fails when any test fails or none ran (pytest exits 5).
test: $(BIN)/tidings
	$(BIN)/python -m pytest
	$(BIN)/tidings eval eval/gold  # the accuracy table, printed in every CI run
	$(BIN)/tidings eval eval/blind  # and on the blind set, which no one tunes on

# Articles/s and the ratio to bare spaCy nlp.pipe on real articles.
bench: $(BIN)/tidings
	$(BIN)/python benchmarks/bench.py --n 200 --store

# Time expressions against MEANTIME (../shared/dev/time): extraction P/R/F1 and value accuracy.
time: $(BIN)/tidings
	$(BIN)/python benchmarks/time_dev.py
