# Front door. Two commands do everything on a fresh clone:
#   make report   create .venv, execute every notebook on seeds/, write figures/
#   make test     create .venv, run unit tests and notebook tests, check figures/ did not change
#   make lab      JupyterLab on the notebooks and every report's executed notebooks (REPORT=DIR for one report)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPUS ?= seeds

.PHONY: report test unit notebooks lab tables check-figures clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/python -m analysis report

test: $(STAMP)
	$(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env -p no:cacheprovider
	$(MAKE) check-figures

# Running the notebooks (above) rewrites figures/; committed figures must come out byte-identical.
check-figures:
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  changed="$$(git status --porcelain -- figures)"; \
	  if [ -n "$$changed" ]; then echo "figures/ changed after running the notebooks:"; echo "$$changed"; exit 1; fi; \
	  echo "figures/ unchanged"; \
	fi

# JupyterLab on the project folder, opening notebooks/; every report's executed notebooks (out/*/notebooks) are in
# its file browser. REPORT=DIR opens the executed notebooks of a report written anywhere (--out DIR).
REPORT ?=
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir="$(if $(REPORT),$(REPORT),$(CURDIR))" \
	  --LabApp.default_url=/lab/tree/notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

tables: $(STAMP)
	$(BIN)/python -m analysis tables $(CORPUS) --out out/tables

clean:
	rm -rf $(VENV) out
