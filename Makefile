# Developer commands. The README's two commands are `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/bot
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run index test lint format bench eval clean system-deps screenshots

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

system-deps:  ## redis-server, chromium and postgresql for the tests (Debian)
	@command -v redis-server >/dev/null && command -v chromium >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium postgresql >/dev/null)

index: install
	$(BOT) index

run: index
	$(BOT) serve

test: install system-deps
	$(VENV)/bin/pytest -q

lint: install
	$(VENV)/bin/ruff check bot tests deploy
	$(VENV)/bin/ruff format --check bot tests deploy

format: install
	$(VENV)/bin/ruff format bot tests deploy
	$(VENV)/bin/ruff check --fix bot tests deploy

bench: index
	$(PY) benchmarks/bench.py

screenshots: index system-deps  ## the README's pictures: chat, report page, embedded widget
	$(PY) docs/screenshots.py

eval: index
	$(BOT) eval --data eval $(if $(wildcard ../shared/eval),--data ../shared/eval) $(EVAL_ARGS)

clean:
	rm -rf index/builds index/current index/cache .pytest_cache
