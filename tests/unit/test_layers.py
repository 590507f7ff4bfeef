"""The kiosk's layers, read from its own source: no import circles in the UI, the CLI and the
store; the Qt-free packages import no Qt; UI modules hold no SQL (they call data-access functions
of ``offline_db`` or kiosk services through the task runner)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kiosk", "offline_db")
#: Circles are looked for among all modules; these prefixes must be in none (the rules package
#: and the backend are checked by their own tests).
NO_CIRCLES = ("kiosk.ui", "kiosk.cli", "kiosk.errors", "kiosk.console", "kiosk.clinic", "kiosk.window_config",
              "offline_db")
QT_FREE = ("kiosk.sync", "kiosk.clinic", "offline_db", "kiosk.window_config")
SQL_TEXT = re.compile(r"^\s*(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s|CREATE\s+(TABLE|INDEX|VIEW)"
                      r"|REPLACE\s+INTO|WITH\s+\w+\s+AS)")  # upper case, as the project writes SQL
DB_CALLS = {"execute", "executemany", "executescript", "scalar", "query"}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every module ``name`` imports, anywhere in it (a function-level or type-only import counts:
    it is a dependency all the same); ``from pkg import x`` imports ``pkg`` (its ``__init__``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known and "." in target:
                target = target.rpartition(".")[0]
            if target in known and target != name:
                found.add(target)
            elif target.split(".")[0] in ("PySide6", "shiboken6"):
                found.add("PySide6")
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c in edges), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
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


def test_the_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_in_the_ui_the_cli_or_the_store():
    bad = [c for c in circles(graph()) if any(m.startswith(NO_CIRCLES) for m in c)]
    assert bad == []


def test_the_qt_free_packages_import_no_qt():
    edges = graph()
    assert sorted(m for m, deps in edges.items() if m.startswith(QT_FREE) and "PySide6" in deps) == []


def test_the_qt_adapter_of_sync_lives_with_the_ui():
    edges = graph()
    assert "kiosk.ui.sync_bridge.service" in edges
    assert not [m for m in edges if m.startswith("kiosk.sync.") and m.endswith(".qt")]


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
