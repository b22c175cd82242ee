# The two commands every newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

.PHONY: run test setup demo chromium check-deploy bench

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP)
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

demo: setup
	$(BIN)/python manage.py load_demo_store --site-domain $(HOST):$(PORT)

run: demo
	@echo "Body Best is at http://$(HOST):$(PORT)/  (stop with Ctrl-C)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's Chromium; install it when we can (root with apt).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: browser tests will be skipped (apt-get install chromium)"; fi; }

test: $(STAMP) chromium
	$(BIN)/pytest $(PYTEST_ARGS)

# Production-like: DEBUG off, hashed static files, cached templates.
BENCH_ENV := DEBUG=0 SECRET_KEY=benchmark-only-not-a-secret ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=0
bench: demo
	$(BENCH_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BENCH_ENV) $(BIN)/python -m tests.bench.listing
