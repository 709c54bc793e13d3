"""The package's structure: one table registry that every writer derives from, and no import circle."""

import ast
from pathlib import Path

from analysis import distributed, pipeline, tables
from analysis.actors import TermMatcher
from analysis.lexicon import issue_terms

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"


def _module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """``{module: modules of the package it imports}``, at module level or inside functions; ``from pkg import
    name`` counts as an import of ``pkg.name`` where that is a module, else of ``pkg``. A module's own parent
    packages are left out (Python loads them before the module in any case)."""
    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                subs = [f"{base}.{a.name}" for a in node.names]
                targets = subs if all(s in modules for s in subs) else subs + [base]
            else:
                continue
            found |= {r for r in map(resolve, targets) if r and r != name and not name.startswith(r + ".")}
        graph[name] = found
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of ``graph`` (``[]`` if there is none), by depth-first search."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(v: str) -> list[str]:
        state[v] = 1
        path.append(v)
        for w in sorted(graph.get(v, ())):
            if state.get(w) == 1:
                return path[path.index(w):] + [w]
            if w not in state and (found := visit(w)):
                return found
        state[v] = 2
        path.pop()
        return []

    for v in sorted(graph):
        if v not in state and (found := visit(v)):
            return found
    return []


def test_no_import_circle_among_analysis_modules():
    graph = _imports(_module_names())
    assert "analysis.actors" in graph["analysis.stance"]  # a module-level import
    assert "analysis.report" in graph["analysis.cli"]  # an import inside a function
    assert _cycle(graph) == [], " -> ".join(_cycle(graph))


def test_cycle_finder_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_every_writer_derives_its_tables_from_the_registry():
    streamed = [n for n, t in tables.TABLES.items() if t.stream]
    assert pipeline.STREAM_TABLES == streamed
    assert distributed.DASK_TABLES == [n for n in streamed if n != "passages.csv"]
    for name, table in tables.DOCUMENT_TABLES.items():
        assert table.columns and table.document_rows and table.stage in pipeline.STAGES, name
    assert set(tables.DOCUMENT_TABLES) == {"documents.csv", "cleaning.csv", "sentences.csv", "quotes.csv",
                                           "mentions.csv"}


def test_issue_terms_rows_in_file_order():
    lexicon = {"issues": {"territory": ["Donbas", "land swap"], "sanctions": None, "army": ["troops"]}}
    assert issue_terms(lexicon) == [("Donbas", "territory", "issue"), ("land swap", "territory", "issue"),
                                    ("troops", "army", "issue")]
    assert issue_terms({}) == [] and issue_terms(None) == []
    text = "Troops stay in the Donbas."
    assert [(s, e, issue) for s, e, _, issue, _ in TermMatcher(issue_terms(lexicon)).finditer(text)] == [
        (0, 6, "army"), (19, 25, "territory")]
