# peristiwa: the two commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: setup demo test gate floors bench check-data lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/peristiwa code examples --store demo.duckdb --format table
	$(BIN)/peristiwa stats --store demo.duckdb

test: $(STAMP)
	$(BIN)/peristiwa check-data
	$(BIN)/python -m pytest

GOLD_CORPUS := --corpus $(SHARED)/corpus/detik-2025-dev.jsonl

gate: $(STAMP)
	$(BIN)/peristiwa eval eval/gold/handmade.jsonl --gate eval/floors-handmade.yaml
	$(BIN)/peristiwa eval eval/gold/detik-tune.jsonl $(GOLD_CORPUS) --gate eval/floors-detik-tune.yaml
	$(BIN)/peristiwa eval eval/gold/detik-check.jsonl $(GOLD_CORPUS) --summary --gate eval/floors-detik-check.yaml

# Raise the floors to the measured scores (never lowers them; see `peristiwa eval --help`).
floors: $(STAMP)
	$(BIN)/peristiwa eval eval/gold/handmade.jsonl --gate eval/floors-handmade.yaml --update-floors
	$(BIN)/peristiwa eval eval/gold/detik-tune.jsonl $(GOLD_CORPUS) --gate eval/floors-detik-tune.yaml --update-floors
	$(BIN)/peristiwa eval eval/gold/detik-check.jsonl $(GOLD_CORPUS) --summary --gate eval/floors-detik-check.yaml --update-floors

bench: $(STAMP)
	$(BIN)/python -m peristiwa.bench --corpus $(SHARED)/corpus/detik-2025-dev.jsonl --articles 10000

check-data: $(STAMP)
	$(BIN)/peristiwa check-data

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

clean:
	rm -rf $(VENV) demo.duckdb peristiwa.duckdb .pytest_cache
