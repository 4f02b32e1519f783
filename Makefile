# Developer commands. The README's two commands are `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/bot
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run index test soak lint format bench eval clean system-deps

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q torch==2.13.0
	$(VENV)/bin/pip install -q -e '.[index,dev]'
	touch $@

install: $(VENV)/.installed

system-deps:  ## redis-server, chromium and nginx for the tests (Debian)
	@command -v redis-server >/dev/null && command -v chromium >/dev/null && \
	  (command -v nginx >/dev/null || test -x /usr/sbin/nginx) || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server chromium nginx >/dev/null)

index: install
	$(BOT) index

run: index
	$(BOT) serve

test: install system-deps
	$(VENV)/bin/pytest -q

soak: install system-deps  ## the reliability suite at full scale; figures in benchmarks/soak-latest.txt
	BOT_SOAK=1 $(VENV)/bin/pytest -q --timeout 1800 tests/reliability > benchmarks/soak-latest.txt 2>&1; \
	  status=$$?; cat benchmarks/soak-latest.txt; exit $$status

lint: install
	$(VENV)/bin/ruff check bot tests deploy
	$(VENV)/bin/ruff format --check bot tests deploy

format: install
	$(VENV)/bin/ruff format bot tests deploy
	$(VENV)/bin/ruff check --fix bot tests deploy

bench: index
	$(PY) benchmarks/bench.py

eval: index
	$(BOT) eval --data eval $(if $(wildcard ../shared/eval),--data ../shared/eval) $(EVAL_ARGS)

clean:
	rm -rf index/builds index/current index/cache .pytest_cache
