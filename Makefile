# Two commands: `make demo` and `make test`.  Both create .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The tests also train the neural NER on a slice, which needs the pinned CPU torch (the `train` extra);
# running marsad does not, so `make demo` leaves it out.
TEST_STAMP := $(VENV)/.installed-train

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,build]'
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,build,train]'
	touch $(TEST_STAMP)

demo: $(STAMP)
	$(BIN)/marsad demo

test: $(TEST_STAMP)
	$(BIN)/ruff check marsad tests benchmarks
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check marsad tests benchmarks

bench: $(STAMP)
	$(BIN)/marsad bench text

clean:
	rm -rf $(VENV) build *.egg-info demo-output.json
