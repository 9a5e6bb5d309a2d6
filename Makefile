PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test train-model bench-engine bench-http bench-import-export bench-dual-write install clean

$(BIN)/taas: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/taas

## make run: install, migrate the database, serve on http://$(HOST):$(PORT)
run: install
	$(BIN)/taas db upgrade
	$(BIN)/taas serve --host $(HOST) --port $(PORT)

## make test: every test, SQLite and PostgreSQL (see tests/conftest.py for which server)
test: install
	$(BIN)/pytest -q

## make train-model: retrain the engine's learned layer on data/eval (after adding labelled cases)
train-model: install
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train_model.py

## make bench-engine: detect() on short and long texts, memory flat in length
bench-engine: install
	$(BIN)/python bench/bench_engine.py

## make bench-import-export: 1M facts, import vs psql \copy, export memory
bench-import-export: install
	$(BIN)/python bench/bench_import_export.py

## make bench-dual-write: the latency cost of phase 1
bench-dual-write: install
	$(BIN)/python bench/bench_dual_write.py

## make bench-http: /validate (stored) vs a bare FastAPI endpoint with wrk; bench/results/http.md
bench-http: install
	$(BIN)/python bench/bench_http.py --profile

clean:
	rm -rf $(VENV) var .pytest_cache
