# The two commands every newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)

.PHONY: run test setup messages gettext demo chromium wrk check-deploy bench bench-newsletter bench-load bench-workers bench-memory bench-import bench-chat lighthouse css screenshots

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $@

setup: $(STAMP) messages
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

# Our French catalog (bodybest/locale/fr_CA) compiled into the .mo file Django reads; the .mo is
# built here, never committed. Babel compiles it (bodybest/catalogs.py): no GNU gettext needed.
messages: $(STAMP)
	$(BIN)/python -m bodybest.catalogs

demo: setup
	$(BIN)/python manage.py load_demo_store --site-domain $(HOST):$(PORT)

# With no Stripe keys in the environment, localstripe (a local fake of Stripe) runs beside
# the store on STRIPE_PORT, so a shopper can pay offline with 4242 4242 4242 4242.
STRIPE_PORT ?= 8420
run: demo
	@echo "Body Best is at http://$(HOST):$(PORT)/  (stop with Ctrl-C)"
	@if [ -z "$$STRIPE_SECRET_KEY" ]; then \
	  echo "Payments: localstripe on http://127.0.0.1:$(STRIPE_PORT) (pay with 4242 4242 4242 4242, any future date, any CVC)"; \
	  $(BIN)/python -m checkout.localstripe_server --port $(STRIPE_PORT) --state var/localstripe.pickle \
	    --webhook-url http://$(HOST):$(PORT)/webhooks/stripe/ & ls_pid=$$!; \
	  trap 'kill $$ls_pid 2>/dev/null' EXIT INT TERM; \
	  STRIPE_LOCAL_URL=http://127.0.0.1:$(STRIPE_PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT); \
	else \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT); \
	fi

# Browser tests drive Debian's Chromium; install it when we can (root with apt).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: browser tests will be skipped (apt-get install chromium)"; fi; }

# The translations' completeness test extracts messages with makemessages, which runs xgettext.
gettext:
	@command -v xgettext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	  else echo "GNU gettext is missing: the translations' completeness test needs it (apt-get install gettext)"; fi; }

# Two pytest-xdist processes, each with its own PostgreSQL and Redis database (settings._own_redis_db).
TEST_WORKERS ?= 2
test: $(STAMP) chromium gettext messages
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Production-like: DEBUG off, hashed static files, cached templates.
BENCH_ENV := DEBUG=0 SECRET_KEY=benchmark-only-not-a-secret ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=0
bench: demo
	$(BENCH_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BENCH_ENV) $(BIN)/python -m tests.bench.listing

# One article mailed to 10,000 subscribers by a real Celery worker through a local SMTP sink.
# Needs PostgreSQL and Redis on 127.0.0.1; creates and drops the database bodybest_bench and
# uses Redis db 5 (BENCH_POSTGRES_URL, BENCH_REDIS_URL). Writes var/bench-newsletter.md.
bench-newsletter: setup
	$(BENCH_ENV) $(BIN)/python -m tests.bench.newsletter

# The storefront under `wrk -c10` (and `-c100` for the anonymous pages) against production
# settings (gunicorn, PostgreSQL, Redis db 6) beside a Django hello-world baseline, at 68 and at
# 10,000 products (tests/bench/load.py): anonymous, signed-in and basket pages, page-cache hits.
# Creates and drops the database bodybest_bench_load (BENCH_LOAD_KEEP=1 keeps it, to profile).
# Writes var/bench-load.md. About 10 minutes.
bench-load: $(STAMP) wrk
	$(BIN)/python -m tests.bench.load

# gunicorn's workers and threads for this machine (tests/bench/workers.py): sync 2, 3 and 5,
# gthread 2x4 and 3x4 (BENCH_WORKERS_CONFIGS), each a fresh gunicorn with production settings on
# one demo store of 10,000 products, under `wrk -c10` and `-c100` on home, a product, the product
# signed in, a 3-line basket, and /healthz with PostgreSQL answering 50 ms late (a page waiting
# on the network, as one calling Stripe does). Creates and drops the database
# bodybest_bench_workers, uses Redis db 8. Writes var/bench-workers.md. About 11 minutes.
bench-workers: $(STAMP) wrk
	$(BIN)/python -m tests.bench.workers

# The two gunicorn workers' resident memory (VmRSS) over 100,000 requests (BENCH_MEMORY_REQUESTS)
# on a 10,000-product store with production settings (tests/bench/memory.py): `wrk -c10` on a
# shuffled mix of 600 product pages, listings with pages, sorts and filters, searches for 400
# words, suggestions, articles, signed-in and basket pages; RSS after a warm-up, every 10,000
# requests and at the end. Creates and drops the database bodybest_bench_memory, uses Redis db 7.
# Writes var/bench-memory.md.
bench-memory: $(STAMP) wrk
	$(BIN)/python -m tests.bench.memory

# `import_shopify products` on a generated export of 10,000 rows (2,000 products × 5 variants,
# a picture each): first import, the same file again, a later export (tests/bench/shopify_import.py).
# Creates and drops the database bodybest_bench_import, uses Redis db 14. Writes var/bench-import.md.
bench-import: setup
	$(BIN)/python -m tests.bench.shopify_import

# 200 chat streams open at once on uvicorn (1 and 2 workers) with production settings, then a
# staff answer and a shopper's reply in each conversation (tests/bench/chat.py): delivery latency,
# messages lost, memory and CPU per open stream, Redis and PostgreSQL connections. Creates and
# drops the database bodybest_bench_chat, uses Redis db 14. Writes var/bench-chat.md.
bench-chat: setup
	$(BENCH_ENV) $(BIN)/python -m tests.bench.chat

# The load benchmarks drive the store with wrk; install it when we can (root with apt).
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "wrk is missing: apt-get install wrk"; exit 1; fi; }

# Lighthouse's mobile preset on home, a category, a product, an article and the basket, served by
# gunicorn with production settings from a demo store of its own (tests/bench/lighthouse.py).
# Prints the table, writes var/lighthouse.md, fails when a score is under 95. Node tools are
# pinned and installed under var/ (Lighthouse 13 needs Node 22).
LIGHTHOUSE_VERSION := 12.8.2
LIGHTHOUSE := var/lighthouse/.installed-$(LIGHTHOUSE_VERSION)
$(LIGHTHOUSE):
	npm install --prefix var/lighthouse --no-audit --no-fund --save-exact lighthouse@$(LIGHTHOUSE_VERSION)
	touch $@
lighthouse: $(STAMP) chromium $(LIGHTHOUSE)
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(BENCH_ENV) $(BIN)/python -m tests.bench.lighthouse

# JPEG screenshots at 390 px (first screen) and 1366 px (whole page) of home, a category, a
# product, a comparison, an article, the basket and each checkout step, from a demo store of
# its own with localstripe (tests/screenshots.py), into tests/screenshots/ for the README.
screenshots: $(STAMP) chromium
	$(BIN)/python -m tests.screenshots

# The storefront's cut of Oscar's stylesheet: PurgeCSS keeps the rules our templates, Oscar's
# storefront templates and our scripts can use (bodybest/purgecss.config.cjs). The output,
# static/bodybest/css/oscar-used.css, is committed; run this after using a new Bootstrap class
# (tests/bodybest/test_oscar_used_css.py fails until you do).
PURGECSS_VERSION := 8.0.0
PURGECSS := var/purgecss/.installed-$(PURGECSS_VERSION)
$(PURGECSS):
	npm install --prefix var/purgecss --no-audit --no-fund --save-exact purgecss@$(PURGECSS_VERSION)
	touch $@
css: $(STAMP) $(PURGECSS)
	OSCAR_DIR=$$($(BIN)/python -c "import oscar, os; print(os.path.dirname(oscar.__file__))") \
	  var/purgecss/node_modules/.bin/purgecss --config bodybest/purgecss.config.cjs \
	  --output static/bodybest/css/oscar-used.css
