"""The one declaration of the feed's rows (mfc_rules/refschema.py) and the backend's loaders that
refuse rows that do not fit it (issue 16, finding 4)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mfc_rules import refschema
from offline_db.store import Store
from regional_backend.storage import InvalidRows, Storage
from tests.e2e.backend_proc import REPO_ROOT, SAMPLE_REFERENCE
from tests.pg_fixtures import open_test_storage


def test_the_declaration_matches_the_kiosk_store(tmp_path: Path):
    """Every declared field is a column of the kiosk's table, and every NOT NULL column without a
    default is a required field: a row that passes the check fits the table."""
    with Store(tmp_path / "kiosk.db") as store:
        for entity, model in refschema.MODELS.items():
            columns = {c[1]: c for c in store.db.execute(f"PRAGMA table_info({entity})").fetchall()}
            assert set(model.model_fields) <= set(columns), entity
            required = {name for name, f in model.model_fields.items() if f.is_required()}
            must = {name for name, (_cid, _n, _t, notnull, default, _pk) in columns.items()
                    if notnull and default is None and name in model.model_fields}
            assert must <= required, (entity, must - required)


def test_the_sample_and_demo_regions_fit():
    from mfc_rules.demo import demo_rows
    from offline_db import clock

    rows = demo_rows(now=clock.now())
    for entity in refschema.MODELS:
        for row in SAMPLE_REFERENCE[entity] + rows[entity]:
            assert refschema.check_row(entity, row) == [] and refschema.unknown_fields(entity, row) == []


@pytest.mark.parametrize(("entity", "change", "code", "field"), [
    ("offices", {"updated_at": None}, "invalid", "updated_at"),
    ("offices", {"timezone": "Europe/Atlantis"}, "invalid", "timezone"),
    ("services", {"term_days": "5"}, "invalid", "term_days"),
    ("services", {"documents": "{}"}, "invalid", "documents"),
    ("service_categories", {"queue_letter": ""}, "invalid", "queue_letter"),
    ("utility_providers", {"account_pattern": "(["}, "invalid", "account_pattern"),
])
def test_a_wrong_value_is_named(entity, change, code, field):
    row = {**SAMPLE_REFERENCE[entity][0], **change}
    problems = refschema.check_row(entity, row)
    assert [(p.code, p.field) for p in problems] == [(code, field)]
    assert "Europe/Atlantis" not in str(problems[0])  # the value itself is not repeated


def test_a_missing_required_field_is_named():
    row = {k: v for k, v in SAMPLE_REFERENCE["offices"][0].items() if k != "updated_at"}
    assert [(p.code, p.field) for p in refschema.check_row("offices", row)] == [("missing", "updated_at")]


@pytest.fixture
def storage(tmp_path: Path):
    s = open_test_storage(tmp_path / "backend.db")
    yield s
    s.close()


def test_upsert_refuses_the_whole_batch_with_every_problem(storage):
    tables = copy.deepcopy(SAMPLE_REFERENCE)
    del tables["offices"][1]["updated_at"]
    tables["services"][0]["category_id"] = "cat-gone"
    tables["services"][1]["updatedAt"] = "2026-11-01T00:00:00Z"
    with pytest.raises(InvalidRows) as caught:
        storage.upsert_rows(tables)
    found = {(e, i, p.code, p.field) for e, i, p in caught.value.problems}
    assert found == {("offices", "off-2", "missing", "updated_at"),
                     ("services", "svc-001", "reference", "category_id"),
                     ("services", "svc-002", "unknown_field", "updatedAt")}
    assert storage.count_rows("offices") == 0 and storage.count_rows("services") == 0  # nothing half-loaded


def test_a_reference_to_an_already_loaded_row_is_fine(storage):
    storage.upsert_rows({"offices": SAMPLE_REFERENCE["offices"],
                         "service_categories": SAMPLE_REFERENCE["service_categories"]})
    assert storage.upsert_rows({"services": SAMPLE_REFERENCE["services"][:1]}) == 1


def test_a_row_in_use_cannot_be_deleted(storage):
    storage.upsert_rows(SAMPLE_REFERENCE)
    with pytest.raises(InvalidRows, match="services svc-001"):
        storage.delete_rows("service_categories", ["cat-docs"])
    assert storage.get_row("service_categories", "cat-docs") is not None
    # an office's link rows follow it, as before
    assert storage.delete_rows("offices", ["off-1"]) == 4


def _bad_row_in_feed(storage: Storage) -> dict:
    """An office row without updated_at, as an older backend (or an edit of its database) left it."""
    storage.upsert_rows(SAMPLE_REFERENCE)
    bad = {k: v for k, v in SAMPLE_REFERENCE["offices"][0].items() if k != "updated_at"}
    with storage._write() as conn:  # noqa: SLF001 - the loaders no longer let such a row in
        storage._append(conn, "offices", "off-1", "upsert", json.dumps(bad), "2026-11-02T00:00:00.000Z")
    return bad


def test_a_corrected_row_replaces_a_stored_bad_one(storage):
    """The issue: load-rows of the corrected row said '0 changes' (updated_at was the only
    difference and it is ignored when comparing)."""
    _bad_row_in_feed(storage)
    assert storage.upsert_rows({"offices": SAMPLE_REFERENCE["offices"][:1]}) == 1
    assert storage.get_row("offices", "off-1")["updated_at"] == "2026-11-01T00:00:00Z"


def test_touch_repairs_a_missing_updated_at_and_refuses_other_damage(storage):
    _bad_row_in_feed(storage)
    storage.touch("offices", "off-1")
    assert refschema.check_row("offices", storage.get_row("offices", "off-1")) == []
    with storage._write() as conn:  # noqa: SLF001
        broken = {**SAMPLE_REFERENCE["offices"][1], "timezone": "Mars/Olympus"}
        storage._append(conn, "offices", "off-2", "upsert", json.dumps(broken), "2026-11-02T00:00:00.000Z")
    with pytest.raises(InvalidRows, match="timezone"):
        storage.touch("offices", "off-2")


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "regional_backend", *args, "--db", str(db)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)


def test_load_rows_refuses_a_bad_row_naming_row_and_field(tmp_path: Path):
    db = tmp_path / "backend.db"
    tables = copy.deepcopy(SAMPLE_REFERENCE)
    del tables["offices"][1]["updated_at"]
    (tmp_path / "rows.json").write_text(json.dumps(tables), encoding="utf-8")
    result = run_cli("load-rows", str(tmp_path / "rows.json"), db=db)
    assert result.returncode == 1
    assert "error: offices off-2: updated_at: required field is missing" in result.stderr
    assert "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    storage = open_test_storage(db)
    try:
        assert storage.count_rows("offices") == 0 and storage.count_rows("services") == 0
    finally:
        storage.close()
    tables["offices"][1]["updated_at"] = "2026-11-01T00:00:00Z"
    (tmp_path / "rows.json").write_text(json.dumps(tables), encoding="utf-8")
    fixed = run_cli("load-rows", str(tmp_path / "rows.json"), db=db)
    assert fixed.returncode == 0, fixed.stderr
    assert f"{sum(len(v) for v in tables.values())} changes" in fixed.stderr
