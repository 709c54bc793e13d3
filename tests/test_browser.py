"""The report and the explorers in a real browser: Debian's chromium, headless, through its chromedriver.

The report's ``index.html`` is opened from disk (no server, no network): its figures load, every link of the
findings reaches an anchor, an evidence link opens its table at the row, and the search box filters. The quotes
explorer is opened in JupyterLab: filtering by outlet changes the rows shown. Screenshots go to
``out/screenshots/`` (not committed). Where chromium or chromedriver is missing the tests skip, saying so; in
CI (``CI=true``) their absence is a failure: ``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from analysis.report import PROJECT, SEEDS, run_report

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = PROJECT / "out" / "screenshots"
HAVE_BROWSER = Path(CHROMIUM).is_file() and Path(CHROMEDRIVER).is_file()
needs_browser = pytest.mark.skipif(
    not HAVE_BROWSER, reason="chromium and chromium-driver are not installed (as root: apt-get update && "
                             "apt-get install -y chromium chromium-driver; .ci/run does it)")


def test_ci_has_the_browser():
    if os.environ.get("CI") != "true":
        pytest.skip("not in CI (CI=true): the browser is optional on a developer's machine")
    assert HAVE_BROWSER, f"CI must have {CHROMIUM} and {CHROMEDRIVER}: .ci/run installs chromium chromium-driver"


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--allow-file-access-from-files"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)  # no driver download
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _wait(condition, timeout: float = 60, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The report page of a copy of seeds/ (so nothing in the repository is rewritten): its tables and findings,
    with the committed figures beside it instead of executing the notebooks, to keep the test short."""
    from analysis import load_corpus
    from analysis.report import write_index

    root = tmp_path_factory.mktemp("browser")
    corpus = root / "story"
    shutil.copytree(SEEDS, corpus)
    out = root / "report"
    run_report(corpus, out, progress=lambda m: None, notebooks=[])
    shutil.copytree(PROJECT / "figures", out / "figures")
    write_index(out, load_corpus(corpus), [], sorted((out / "tables").glob("*.csv")), out / "figures", out / "notebooks")
    return out


@needs_browser
def test_report_figures_load_and_findings_reach_their_anchors(browser, report):
    from selenium.webdriver.common.by import By

    browser.get((report / "index.html").as_uri())
    images = browser.find_elements(By.CSS_SELECTOR, "figure img")
    assert len(images) >= 12
    for img in images:
        browser.execute_script("arguments[0].scrollIntoView(); arguments[0].loading = 'eager';", img)
    _wait(lambda: all(browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", i)
                      for i in images), 30, "every figure to load")
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(SHOTS / "report-top.png"))
    links = browser.find_elements(By.CSS_SELECTOR, "ol.findings a[href^='#']")
    assert links
    missing = browser.execute_script(
        "return Array.from(document.querySelectorAll(\"ol.findings a[href^='#']\"))"
        ".map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id));")
    assert missing == []
    evidence = [a for a in links if a.get_attribute("href").split("#")[1].startswith("coverage-")][0]
    target = evidence.get_attribute("href").split("#")[1]
    evidence.click()
    row = browser.find_element(By.ID, target)
    _wait(lambda: row.is_displayed() and "target" in row.get_attribute("class"), 10, "the evidence row")
    browser.save_screenshot(str(SHOTS / "report-evidence-row.png"))
    box = browser.find_element(By.CSS_SELECTOR, "input[data-table='t-coverage']")
    shown = browser.find_element(By.ID, "t-coverage-shown")
    before = int(shown.text)
    box.send_keys(row.find_elements(By.TAG_NAME, "td")[0].text)
    _wait(lambda: 0 < int(shown.text) < before, 10, "the search to filter the table")
    figure = browser.find_element(By.ID, "fig-03-similarity")
    browser.execute_script("arguments[0].scrollIntoView()", figure)
    browser.save_screenshot(str(SHOTS / "report-figure.png"))


EXPLORERS = [
    "from analysis import explore, load_corpus\nfrom analysis.compare import find_passages, quote_variants\n"
    "from analysis.lexicon import load_story_lexicon\nfrom analysis.quotes import quotes_table\n"
    "from analysis.stance import stance\n"
    f"corpus = load_corpus({str(SEEDS)!r})\nquotes = quotes_table(corpus, load_story_lexicon({str(SEEDS)!r}))",
    "explore.quotes(quotes, corpus, quote_variants(quotes, corpus))",
    "explore.kwic(corpus, 'peace plan')",
    f"explore.stance(stance(corpus, load_story_lexicon({str(SEEDS)!r}), quotes), corpus)",
    "explore.passages(find_passages(corpus, min_words=5, seed=5), corpus)",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab (the project's environment) on a folder with one notebook holding the four explorers."""
    root = tmp_path_factory.mktemp("lab")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in EXPLORERS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, root / "explorers.ipynb")
    port, token = _free_port(), "outlet-compare-test"
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(root / ".jupyter"), "JUPYTER_RUNTIME_DIR": str(root / ".runtime")}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--allow-root",
         "--LabApp.expose_app_in_browser=True"],
        stdout=subprocess.DEVNULL, stderr=open(root / "lab.log", "w"), env=env)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait(lambda: _listening(port) or server.poll() is not None, 90, "JupyterLab to start")
        assert server.poll() is None, (root / "lab.log").read_text()[-2000:]
        yield f"{url}/lab/tree/explorers.ipynb?token={token}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@needs_browser
def test_quotes_explorer_filters_in_jupyterlab(browser, lab):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.set_window_size(1400, 1100)
    browser.get(lab)
    _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-Cell"), 90, "the notebook")
    _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".jp-Notebook-ExecutionIndicator, .jp-KernelStatus"), 30,
          "the kernel status")
    _wait(lambda: browser.execute_script("return !!(window.jupyterapp && window.jupyterapp.shell.currentWidget"
                                         " && window.jupyterapp.shell.currentWidget.sessionContext"
                                         " && window.jupyterapp.shell.currentWidget.sessionContext.session"
                                         " && window.jupyterapp.shell.currentWidget.sessionContext.session.kernel)"),
          90, "the notebook's kernel")
    browser.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells')")  # Run > Run All Cells
    lists = _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".widget-select select"), 180, "the quotes explorer")
    quotes_list = lists[0]
    everything = _wait(lambda: len(quotes_list.find_elements(By.TAG_NAME, "option")), 30, "quote rows")
    outlet = Select(browser.find_elements(By.CSS_SELECTOR, ".widget-dropdown select")[0])
    outlet.select_by_index(1)
    _wait(lambda: 0 < len(quotes_list.find_elements(By.TAG_NAME, "option")) < everything, 30,
          "filtering by outlet to change the rows shown")
    chosen = outlet.first_selected_option.text
    assert all(o.text.startswith(chosen) for o in quotes_list.find_elements(By.TAG_NAME, "option"))
    _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "mark.oc-quote"), 30, "the quote marked in its paragraph")
    _wait(lambda: len(browser.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output .widget-vbox")) >= 4, 180,
          "all four explorers")
    for i, name in enumerate(["quotes", "kwic", "stance", "passages"]):
        box = browser.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output .widget-vbox")[i]
        browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", box)
        time.sleep(0.5)
        browser.save_screenshot(str(SHOTS / f"lab-explorer-{name}.png"))
