# peristiwa: the two commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

# The compiled build (setup.py: the coding modules through Cython), as `pip install .` gives
# it, in a venv of its own: the dev venv above is an editable install and stays Python.
CVENV := .venv-compiled
CBIN := $(CVENV)/bin
CSTAMP := $(CVENV)/.installed
SOURCES := $(shell find src/peristiwa -type f -not -path '*/__pycache__/*')

.PHONY: setup demo test gate floors bench bench-python compiled compiled-check check-data lint clean

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

$(CSTAMP): pyproject.toml setup.py $(SOURCES)
	test -x $(CBIN)/python || $(PY) -m venv $(CVENV)
	$(CBIN)/python -m pip install --quiet --upgrade pip
	rm -rf build/wheel
	$(CBIN)/python -m pip wheel --quiet --no-deps --wheel-dir build/wheel .
	$(CBIN)/python -m pip install --quiet --force-reinstall --no-deps build/wheel/peristiwa-*.whl
	$(CBIN)/python -m pip install --quiet "$$(ls build/wheel/peristiwa-*.whl)[html]"
	$(CBIN)/python -c "import peristiwa; print('compiled build:', peristiwa.build_info())"
	touch $(CSTAMP)

compiled: $(CSTAMP)

BENCH := -m peristiwa.bench --corpus $(SHARED)/corpus/detik-2025-dev.jsonl --articles 10000

# The speed of the installed (compiled) package; `make bench-python`: of the plain Python.
bench: $(CSTAMP)
	$(CBIN)/python $(BENCH)

bench-python: $(STAMP)
	$(BIN)/python $(BENCH)

# The compiled build must code exactly as the Python it is compiled from: the examples and,
# when ../shared is there, the dev corpus, byte for byte.
CHECK_INPUTS := examples $(wildcard $(SHARED)/corpus/detik-2025-dev.jsonl)
compiled-check: $(STAMP) $(CSTAMP)
	mkdir -p build
	$(BIN)/peristiwa code $(CHECK_INPUTS) --no-store --today 2026-01-01 --quiet -o build/coded-python.jsonl
	$(CBIN)/peristiwa code $(CHECK_INPUTS) --no-store --today 2026-01-01 --quiet -o build/coded-compiled.jsonl
	cmp build/coded-python.jsonl build/coded-compiled.jsonl
	@echo "compiled build codes $$(wc -l < build/coded-python.jsonl) events exactly as the Python"

check-data: $(STAMP)
	$(BIN)/peristiwa check-data

lint: $(STAMP)
	$(BIN)/ruff check src tests tools

clean:
	rm -rf $(VENV) $(CVENV) build demo.duckdb peristiwa.duckdb .pytest_cache
