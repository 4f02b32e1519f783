# Developer commands. The README's two commands are `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/bot
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

SHARED := $(if $(wildcard ../shared/eval),--data ../shared/eval)
FIT_DATA := --data eval --data eval/train --data eval/blind-a --data eval/blind-b --data eval/notes-a --data eval/dev-c --data eval/notes-b --data eval/dev-e --data eval/notes-d --data eval/dev-f --data eval/notes-f --data eval/dev-g --data eval/notes-g --data eval/dev-h --data eval/notes-h --data eval/dev-i --data eval/notes-i $(SHARED)  # earlier blind sets, no longer blind: labelled data

.PHONY: install run index test test-fast lint check format bench bench-scale eval fit fit-check clean system-deps screenshots soak

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e '.[index,dev]'
	touch $@

install: $(VENV)/.installed

system-deps:  ## redis-server, chromium, postgresql and nginx for the tests (Debian)
	@command -v redis-server >/dev/null && command -v chromium >/dev/null && \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && \
	  (command -v nginx >/dev/null || test -x /usr/sbin/nginx) || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium postgresql nginx >/dev/null)

index: install
	$(BOT) index

run: index
	$(BOT) serve

test: install system-deps
	$(VENV)/bin/pytest -q

test-fast: install  ## no model, no Redis, no browser: the fixture notes with the hash embedder
	$(VENV)/bin/pytest -q -m "not model and not redis and not browser and not packaging"

soak: install system-deps  ## the reliability suite at full scale; figures in benchmarks/soak-latest.txt
	BOT_SOAK=1 $(VENV)/bin/pytest -q --timeout 1800 tests/reliability > benchmarks/soak-latest.txt 2>&1; \
	  status=$$?; cat benchmarks/soak-latest.txt; exit $$status

lint: install  ## style, format, types, import layers and the complexity ceiling (as CI runs them)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy bot
	$(VENV)/bin/lint-imports

check: lint  ## alias: what the pre-commit hooks and CI run before the tests

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: index
	$(PY) benchmarks/bench.py

bench-scale: index  ## 1x/10x/100x corpora built and served (most of an hour); figures in benchmarks/scale-latest.txt
	$(PY) benchmarks/bench_scale.py $(SCALE_ARGS) > benchmarks/scale-latest.txt; \
	  status=$$?; cat benchmarks/scale-latest.txt; exit $$status

eval: index  ## team sets and the blind sets side by side (blind: figures and categories only)
	$(BOT) eval --data eval $(SHARED) --blind eval/blind --blind eval/blind-notes --blind eval/blind-c --blind eval/blind-notes-c --blind eval/blind-d --blind eval/blind-notes-d --blind eval/blind-e --blind eval/blind-notes-e --blind eval/blind-f --blind eval/blind-notes-f --blind eval/blind-g --blind eval/blind-notes-g --blind eval/blind-h --blind eval/blind-notes-h $(EVAL_ARGS)

fit: index  ## refit the intent model, sentence ranker and answer gate (cross-validated)
	$(BOT) fit $(FIT_DATA)

fit-check: install  ## fail when the fitted data files are stale against their inputs
	$(BOT) fit --check $(FIT_DATA)

screenshots: index system-deps  ## the README's pictures: chat, report page, embedded widget
	$(PY) docs/screenshots.py

clean:
	rm -rf index/builds index/current index/cache .pytest_cache
