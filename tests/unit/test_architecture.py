"""The structure keeps (docs/architecture.md): no import circles between the project's modules,
and the kiosk's layers point one way (the UI imports the domain, services, sync and store, never
the reverse; the domain does no I/O; UI modules hold no SQL, they call ``offline_db`` data access
or kiosk services through the task runner).  What the backend and the shared packages may import is
checked by tests/backend/test_architecture_backend.py (it runs without the kiosk installed).  Imports are read from the
source with ``ast`` (every import, also one inside a function: a lazy import hides a circle, it
does not break it)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kiosk", "offline_db", "regional_backend", "mfc_rules", "mfc_files")
SQL_TEXT = re.compile(r"^\s*(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s|CREATE\s+(TABLE|INDEX|VIEW)"
                      r"|REPLACE\s+INTO|WITH\s+\w+\s+AS)")  # upper case, as the project writes SQL
DB_CALLS = {"execute", "executemany", "executescript", "scalar", "query"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[module_name(path)] = path
    return found


def imported_names(path: Path, name: str) -> set[str]:
    """Every module name ``path`` imports (absolute, relative resolved; ``from p import x`` is
    ``p.x``, which stands for the module ``p`` when ``x`` is not a module of its own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            # ``from p import x``: the module p.x if x is one, else p (resolved in project_graph)
            names.update(base if alias.name == "*" else f"{base}.{alias.name}" for alias in node.names)
    return names


def project_graph() -> dict[str, set[str]]:
    """Module → the project's modules it imports."""
    known = modules()
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target in imported_names(path, name):
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_circle_finder_finds_circles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}, "f": set()}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circles():
    assert circles(project_graph()) == []


# Who may not import whom: (modules under this prefix, may not import these prefixes).
QT = ("PySide6", "shiboken6")
FORBIDDEN = [
    ("offline_db", ("kiosk", "regional_backend", *QT, "requests")),
    # the domain is pure: rules and plain values; no store (kiosk.services reads and writes it), no
    # network, no Qt.  ``offline_db.clock`` (the pinnable clock, no I/O) is the one part of the store
    # package it may use (PURE_STORE_HELPERS).
    ("kiosk.domain", ("kiosk.services", "kiosk.sync", "kiosk.ui", "kiosk.printing", "kiosk.console",
                      "kiosk.clinic", "kiosk.settings", "offline_db", "sqlite3", "sqlite_utils",
                      *QT, "requests", "socket", "regional_backend")),
    ("kiosk.services", ("kiosk.ui", *QT, "regional_backend")),
    ("kiosk.sync", ("kiosk.ui", *QT, "regional_backend")),
    ("kiosk.clinic", ("kiosk.ui", *QT, "regional_backend")),
    ("kiosk.console", ("kiosk.ui", *QT, "regional_backend")),
    ("kiosk.window_config", ("kiosk.ui", *QT)),
    ("kiosk", ("regional_backend",)),
]


#: the parts of ``offline_db`` that do no I/O, which the pure domain may use
PURE_STORE_HELPERS = {"offline_db.clock"}


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize(("layer", "forbidden"), FORBIDDEN, ids=[layer for layer, _f in FORBIDDEN])
def test_layers_import_only_downwards(layer, forbidden):
    offences = []
    for name, path in sorted(modules().items()):
        if not _matches(name, layer):
            continue
        for target in sorted(imported_names(path, name)):
            if any(_matches(target, prefix) for prefix in forbidden) and target not in PURE_STORE_HELPERS:
                offences.append(f"{name} imports {target}")
    assert offences == []


def test_the_layer_check_sees_a_forbidden_import(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("def f():\n    from PySide6.QtCore import QTimer\n    from . import sibling\n")
    names = imported_names(path, "regional_backend.pkg.m")
    assert "PySide6.QtCore.QTimer" in names and "regional_backend.pkg.sibling" in names


# --- the UI holds no SQL; the Qt adapter of sync lives with the UI ------------------------------
def test_the_qt_adapter_of_sync_lives_with_the_ui():
    known = modules()
    assert "kiosk.ui.sync_bridge.service" in known
    assert not [m for m in known if m.startswith("kiosk.sync.") and m.endswith(".qt")]


def sql_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
            found.append(f"{node.lineno}: SQL text {node.value[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in DB_CALLS:
            found.append(f"{node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"{node.lineno}: .conn")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if "sqlite3" in names:
                found.append(f"{node.lineno}: imports sqlite3")
    return found


def test_ui_modules_hold_no_sql():
    found = {str(p.relative_to(ROOT)): sql_in(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py")}
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_the_sql_finder_sees_sql(tmp_path):
    sample = tmp_path / "screen.py"
    sample.write_text('OFFICES = ("SELECT id FROM offices")\nrows = store.query(OFFICES)\nimport sqlite3\n')
    assert len(sql_in(sample)) == 3
