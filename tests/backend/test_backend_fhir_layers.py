"""The FHIR routes stand on the storage interface only: they call nothing but
:class:`~regional_backend.fhir.interface.FhirStorage`'s operations, no module outside the engine's
own package writes SQL, no backend module reaches into another object's private members, and the
app serves FHIR without asking which engine it runs on."""

from __future__ import annotations

import ast
from pathlib import Path

import regional_backend
from regional_backend.fhir.interface import FhirStorage

PACKAGE = Path(regional_backend.__file__).parent
FHIR = PACKAGE / "fhir"


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def test_the_routes_call_only_the_operations_of_the_storage_interface():
    api = _tree(FHIR / "api.py")
    called = {node.attr for node in ast.walk(api)
              if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "store"}
    public = {name for name in [*dir(FhirStorage), *FhirStorage.__annotations__] if not name.startswith("_")}
    assert called and called <= public, f"not on FhirStorage: {sorted(called - public)}"
    assert "storage" not in {n.id for n in ast.walk(api) if isinstance(n, ast.Name)}


def test_no_sql_in_the_fhir_layer_outside_the_engines_package():
    offenders = []
    for path in sorted(FHIR.glob("*.py")):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany", "cursor"):
                offenders.append(f"{path.name}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
                    word in node.value.upper() for word in ("SELECT ", "INSERT INTO", "UPDATE FHIR", " WHERE ")):
                offenders.append(f"{path.name}:{node.lineno} {node.value[:40]!r}")
            if isinstance(node, (ast.Import, ast.ImportFrom)) and any(
                    a.name.split(".")[0] == "sqlite3" for a in node.names) | (
                    isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlite")):
                offenders.append(f"{path.name}:{node.lineno} imports sqlite")
    assert offenders == []


def test_no_backend_module_reaches_into_anothers_private_members():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {ast.unparse(node)}")
    assert offenders == []


def test_the_app_serves_fhir_without_asking_which_engine_it_runs_on():
    checks = [ast.unparse(node) for node in ast.walk(_tree(PACKAGE / "app.py"))
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("isinstance", "hasattr") and "storage" in ast.unparse(node.args[0])]
    assert checks == []
