"""The backend is its own deployable and the shared rules are neutral: read from the source's own
imports (``ast``, every import statement, also those inside functions).

* ``regional_backend`` imports nothing of ``kiosk``, ``offline_db`` or PySide6;
* ``mfc_rules`` imports neither side, no Qt and nothing that does I/O (database, network, processes);
* ``mfc_files`` imports neither side and no Qt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")
IO = ("sqlite3", "sqlite_utils", "requests", "httpx", "socket", "urllib.request", "http.client", "subprocess")
FORBIDDEN = {
    "regional_backend": ("kiosk", "offline_db", *QT),
    "mfc_rules": ("kiosk", "offline_db", "regional_backend", "mfc_files", *QT, *IO),
    "mfc_files": ("kiosk", "offline_db", "regional_backend", *QT),
}


def imported_names(source: str) -> set[str]:
    """Absolute module names a module's source imports (relative imports stay inside its package)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def offending(names: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_nothing_it_must_not(package):
    modules = sorted((REPO / package).rglob("*.py"))
    assert modules, f"no modules found under {package}/"
    found = {str(p.relative_to(REPO)): offending(imported_names(p.read_text(encoding="utf-8")), FORBIDDEN[package])
             for p in modules}
    assert {path: bad for path, bad in found.items() if bad} == {}


def test_the_check_sees_every_kind_of_import():
    """The reader catches top-level, ``from`` and function-level imports, and not look-alike names."""
    source = ("import kiosk.ui\nfrom offline_db.store import Store\n"
              "def f():\n    from PySide6 import QtCore\n    import kioskette\n"
              "from . import clock\nfrom .storage import Storage\n")
    names = imported_names(source)
    assert offending(names, FORBIDDEN["regional_backend"]) == ["PySide6", "kiosk.ui", "offline_db.store"]
