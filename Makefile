# Two commands on a fresh machine: `make report` and `make test`.
# The virtual environment is created once and reinstalled only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-dev
LAB_STAMP := $(VENV)/.installed-lab
ARTICLE ?= example
OUT ?= reports
EVAL_DIR ?= ../shared/eval
BENCH_N ?= 10000

.PHONY: help setup report test lab eval bench screenshots rules clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)

# the engine's native parts are built at install (setup.py): rebuilt when their sources change
ENGINE_SOURCES := setup.py analysis/quotes/_tiles.c $(wildcard analysis/quotes/*.py)

$(STAMP): pyproject.toml $(ENGINE_SOURCES) | $(PY)
	$(PY) -m pip install --quiet 'pip>=22'  # no --upgrade: no index look-up when the venv's pip is recent
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

$(LAB_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[lab,dev]'
	@touch $@

setup: $(STAMP)  ## create .venv and install the package with test tools

report: $(STAMP)  ## write the HTML report of the example article (ARTICLE=path to change it)
	$(VENV)/bin/newsquotes report $(ARTICLE) --out $(OUT)

# whole files spread over one pytest-xdist worker a core, slowest first (tests/conftest.py)
PYTEST_PARALLEL := -n auto --dist loadfile --no-loadscope-reorder

test: $(STAMP)  ## run the test suite on every core (fails when no test ran: pytest exit code 5)
	@$(PY) -m pytest $(PYTEST_PARALLEL); rc=$$?; if [ $$rc -eq 5 ]; then echo "make test: no test ran" >&2; exit 1; fi; exit $$rc

lab: $(LAB_STAMP)  ## open JupyterLab on notebooks/
	$(VENV)/bin/jupyter lab notebooks/

eval: $(STAMP)  ## score quotes and sentiment on ../shared/eval (not shipped)
	$(PY) benchmarks/eval_quotes.py --eval-dir $(EVAL_DIR)
	$(PY) benchmarks/eval_scraped.py --eval-dir $(EVAL_DIR)
	$(PY) benchmarks/eval_sentiment.py
	$(PY) benchmarks/eval_gender.py --eval-dir $(EVAL_DIR)

bench: $(STAMP)  ## corpus benchmark: BENCH_N synthetic articles, one process vs a 2-worker Dask cluster
	$(PY) benchmarks/bench_corpus.py -n $(BENCH_N)

screenshots: $(STAMP)  ## pictures of the article and corpus reports in docs/ (needs Chromium)
	$(PY) docs/screenshots.py

rules: | $(PY)  ## rewrite analysis/quotes/RULES.md from the engine's docstrings
	$(PY) benchmarks/rules_catalogue.py

clean:  ## remove reports and caches (keeps .venv)
	rm -rf $(OUT) .pytest_cache .hypothesis
