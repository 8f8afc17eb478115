# The two commands of the quick start. Each sets up .venv from nothing when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

VENDOR := src/tidings/serve/static/vendor

.PHONY: demo test bench time plover quotes geo devsets serve vendor browser load

$(BIN)/tidings: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/tidings

# The page's scripts and world map, from the npm packages pinned in package.json / package-lock.json,
# copied into the Python package so `tidings serve` works offline.
vendor: $(VENDOR)/.stamp
$(VENDOR)/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
	   node_modules/vega-embed/build/vega-embed.min.js node_modules/world-atlas/countries-110m.json \
	   node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/
	for p in vega vega-lite vega-embed world-atlas swagger-ui-dist; do cp node_modules/$$p/LICENSE $(VENDOR)/$$p.LICENSE; done
	touch $@

# Debian's chromium, which the browser tests drive headless (Playwright never downloads its own).
browser:
	@[ -x /usr/bin/chromium ] || { if [ "$$(id -u)" = 0 ]; then S=; else S=sudo; fi; \
	  $$S apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$S apt-get install -y -qq --no-install-recommends \
	  chromium >/dev/null; } || echo "chromium not installed: the browser tests will be skipped (outside CI)"

# Code the sample articles into tidings.duckdb and print the events table.
demo: $(BIN)/tidings vendor
	$(BIN)/tidings code ../shared/seeds --db tidings.duckdb

# The page and the API over tidings.duckdb (after `make demo`), on http://127.0.0.1:8000/
serve: $(BIN)/tidings vendor
	$(BIN)/tidings serve --db tidings.duckdb

# Run the test suite; fails when any test fails or none ran (pytest exits 5).
test: $(BIN)/tidings vendor browser
	$(BIN)/python -m pytest
	$(BIN)/tidings eval eval/gold  # the accuracy table, printed in every CI run
	$(BIN)/tidings eval eval/blind  # and on the blind set, which no one tunes on
	$(BIN)/tidings eval eval/tune  # and on the blind-annotated set the coder is tuned on

# p95 latency of the API under 20 concurrent clients on a synthetic store of 100,000 events.
load: $(BIN)/tidings
	$(BIN)/python benchmarks/load.py --events 100000 --clients 20 --seconds 30

# Articles/s and the ratio to bare spaCy nlp.pipe on real articles.
bench: $(BIN)/tidings
	$(BIN)/python benchmarks/bench.py --n 200 --store

# Toponyms on the geo dev sets (../shared/dev/geo): span P/R/F1 and accuracy within 161 km.
geo: $(BIN)/tidings
	$(BIN)/python benchmarks/geo_dev.py

# Time expressions against MEANTIME (../shared/dev/time): extraction P/R/F1 and value accuracy.
time: $(BIN)/tidings
	$(BIN)/python benchmarks/time_dev.py

# Coverage, type match and source/target agreement on the PLOVER-labelled dev sentences.
plover: $(BIN)/tidings
	$(BIN)/python benchmarks/plover_dev.py

# Quotes and speakers on the PolNeAR dev split (../shared/dev/quotes): P/R/F1, speaker accuracy.
quotes: $(BIN)/tidings
	$(BIN)/python benchmarks/quotes_dev.py

# Every stage on the public dev sets: events (PLOVER), quotes (PolNeAR), places (TR-News, LGL), dates (MEANTIME).
devsets: plover quotes geo time
