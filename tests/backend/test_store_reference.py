"""The reference store (regional_backend.stores.reference) on SQLite and on PostgreSQL: what the
SqliteStorage tests assert for reference rows and the changes feed (test_backend_storage.py,
tests/unit/test_refschema.py), and the same answers as SqliteStorage gives today."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from mfc_rules import refschema
from regional_backend import clock
from regional_backend.db.engine import write_transaction
from regional_backend.db.tables.reference import changes as changes_table
from regional_backend.db.tables.reference import ref_rows
from regional_backend.storage import SqliteStorage
from regional_backend.stores.reference import (
    CursorExpired,
    InvalidRows,
    ReferenceStore,
    UnknownEntity,
    _append,
    decode_cursor,
    encode_cursor,
    lock_feed,
)
from tests.e2e.backend_proc import SAMPLE_REFERENCE

T0 = dt.datetime(2026, 11, 21, 9, 30, 0, 125000, tzinfo=dt.UTC)


@pytest.fixture
def empty(migrated_engine: sa.Engine) -> ReferenceStore:
    return ReferenceStore(migrated_engine)


@pytest.fixture
def store(empty: ReferenceStore) -> ReferenceStore:
    empty.upsert_rows(SAMPLE_REFERENCE)
    return empty


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.set_pinned(T0)
    yield
    clock.set_pinned(None)


def pull_all(store: Any, dataset: str, cursor: str | None = None, limit: int = 2):
    changes, pages = [], 0
    while True:
        page = store.changes(dataset, cursor, limit)
        pages += 1
        changes += [json.loads(c) for c in page.changes_json]
        cursor = page.cursor
        if not page.more:
            return changes, cursor, pages


# --- mirrors test_backend_storage.py's feed tests ---------------------------------------------------

def test_full_pull_pages_through_everything_in_dependency_order(store: ReferenceStore):
    changes, _cursor, pages = pull_all(store, "catalogue", limit=2)
    entities = [c["entity"] for c in changes]
    assert len(changes) == 2 + 1 + 3 + 1 + 3 and pages == 5
    assert entities.index("services") > entities.index("service_categories")
    assert entities.index("service_offices") > max(i for i, e in enumerate(entities) if e == "services")
    link = next(c for c in changes if c["entity"] == "service_life_situations")
    assert link["id"] == "svc-002|ls-baby" and link["data"] == {"service_id": "svc-002", "situation_id": "ls-baby"}
    offices, _, _ = pull_all(store, "offices", limit=500)
    assert [c["id"] for c in offices] == ["off-1", "off-2"]
    assert offices[0]["data"] == SAMPLE_REFERENCE["offices"][0]


def test_a_page_says_whether_more_are_waiting(store: ReferenceStore):
    first = store.changes("catalogue", None, 9)
    assert first.more and len(first.changes_json) == 9
    last = store.changes("catalogue", first.cursor, 9)
    assert not last.more and len(last.changes_json) == 1
    assert store.changes("catalogue", None, 10).more is False


def test_deltas_after_the_cursor(store: ReferenceStore):
    _, cursor, _ = pull_all(store, "catalogue", limit=500)
    assert store.changes("catalogue", cursor, 10).changes_json == []
    assert store.upsert_rows(SAMPLE_REFERENCE) == 0  # unchanged rows make no change
    store.touch("services", "svc-001")
    store.delete_rows("services", ["svc-003"])
    store.touch("offices", "off-1")  # another dataset: not in the catalogue feed
    delta, cursor2, _ = pull_all(store, "catalogue", cursor, limit=500)
    assert [(c["op"], c["entity"], c["id"]) for c in delta] == [
        ("upsert", "services", "svc-001"),
        ("delete", "service_offices", "svc-003|off-1"),
        ("delete", "services", "svc-003"),
    ]
    assert "data" not in delta[-1]
    assert store.get_row("services", "svc-003") is None
    assert pull_all(store, "catalogue", cursor2)[0] == []


@pytest.mark.parametrize("cursor", ["", "garbage!!", "YWJj", encode_cursor("0000", "catalogue", 1)])
def test_garbled_or_foreign_cursors_expire(store: ReferenceStore, cursor: str):
    if cursor == "":
        assert store.changes("catalogue", None, 5).changes_json  # empty = from the beginning
        return
    with pytest.raises(CursorExpired):
        store.changes("catalogue", cursor, 5)


def test_cursor_of_another_dataset_epoch_or_ahead_of_the_log_expires(store: ReferenceStore):
    _, cursor, _ = pull_all(store, "catalogue", limit=500)
    epoch, dataset, seq = decode_cursor(cursor)
    assert epoch == store.feed_epoch()
    with pytest.raises(CursorExpired, match="another feed"):
        store.changes("offices", cursor, 5)
    with pytest.raises(CursorExpired, match="ahead of the feed"):
        store.changes("catalogue", encode_cursor(epoch, dataset, seq + 1000), 5)
    new_epoch = store.reset()
    assert new_epoch != epoch and store.feed_epoch() == new_epoch
    with pytest.raises(CursorExpired, match="another feed"):
        store.changes("catalogue", cursor, 5)
    assert store.changes("catalogue", None, 5).changes_json == []
    assert store.count_rows("services") == 0 and store.get_row("offices", "off-1") is None


def test_an_unknown_dataset_or_entity_is_refused(store: ReferenceStore):
    with pytest.raises(KeyError):
        store.changes("weather", None, 5)
    with pytest.raises(UnknownEntity, match="planets"):
        store.upsert_rows({"planets": [{"id": "p-1"}]})
    with pytest.raises(UnknownEntity):
        store.delete_rows("planets", ["p-1"])
    with pytest.raises(UnknownEntity):
        store.touch("planets", "p-1")
    with pytest.raises(KeyError, match="off-9"):
        store.touch("offices", "off-9")


def test_a_new_updated_at_alone_is_not_a_change(store: ReferenceStore):
    rows = [{**r, "updated_at": "2030-01-01T00:00:00Z"} for r in SAMPLE_REFERENCE["services"]]
    assert store.upsert_rows({"services": rows}) == 0
    rows[0] = {**rows[0], "name_en": "Passport"}
    assert store.upsert_rows({"services": rows}) == 1
    assert store.get_row("services", "svc-001")["name_en"] == "Passport"
    assert store.upsert_rows({"services": rows}, only_changed=False) == 3  # re-published all the same


def test_the_same_row_twice_in_one_batch_is_one_change(empty: ReferenceStore):
    office = SAMPLE_REFERENCE["offices"][0]
    assert empty.upsert_rows({"offices": [office, dict(office)]}) == 1
    assert empty.count_rows("offices") == 1


# --- mirrors tests/unit/test_refschema.py ------------------------------------------------------------

def test_upsert_refuses_the_whole_batch_with_every_problem(empty: ReferenceStore):
    tables = copy.deepcopy(SAMPLE_REFERENCE)
    del tables["offices"][1]["updated_at"]
    tables["services"][0]["category_id"] = "cat-gone"
    tables["services"][1]["updatedAt"] = "2026-11-01T00:00:00Z"
    with pytest.raises(InvalidRows) as caught:
        empty.upsert_rows(tables)
    found = {(e, i, p.code, p.field) for e, i, p in caught.value.problems}
    assert found == {("offices", "off-2", "missing", "updated_at"),
                     ("services", "svc-001", "reference", "category_id"),
                     ("services", "svc-002", "unknown_field", "updatedAt")}
    assert empty.count_rows("offices") == 0 and empty.count_rows("services") == 0  # nothing half-loaded
    assert empty.changes("offices", None, 5).changes_json == []


def test_a_reference_to_an_already_loaded_row_is_fine(empty: ReferenceStore):
    empty.upsert_rows({"offices": SAMPLE_REFERENCE["offices"],
                       "service_categories": SAMPLE_REFERENCE["service_categories"]})
    assert empty.upsert_rows({"services": SAMPLE_REFERENCE["services"][:1]}) == 1


def test_a_row_in_use_cannot_be_deleted_and_link_rows_follow_a_delete(store: ReferenceStore):
    _, cursor, _ = pull_all(store, "catalogue", limit=500)
    with pytest.raises(InvalidRows, match="services svc-001") as caught:
        store.delete_rows("service_categories", ["cat-docs"])
    assert "change or delete those first" in str(caught.value)
    assert store.get_row("service_categories", "cat-docs") is not None
    assert store.changes("catalogue", cursor, 10).changes_json == []  # nothing of the refused call
    assert store.delete_rows("offices", ["off-1"]) == 4  # its three service_offices rows, then itself
    assert store.count_rows("service_offices") == 0 and store.get_row("offices", "off-1") is None
    delta, _, _ = pull_all(store, "catalogue", cursor, limit=500)
    assert sorted(c["id"] for c in delta) == ["svc-001|off-1", "svc-002|off-1", "svc-003|off-1"]
    assert {c["op"] for c in delta} == {"delete"}
    assert store.delete_rows("offices", ["off-1", "off-404"]) == 0  # gone already / never there


def _bad_row_in_feed(store: ReferenceStore) -> None:
    """An office row without updated_at, as an older backend (or an edit of its database) left it."""
    bad = {k: v for k, v in SAMPLE_REFERENCE["offices"][0].items() if k != "updated_at"}
    with write_transaction(store.engine) as conn:  # the loaders no longer let such a row in
        lock_feed(conn)
        _append(conn, "offices", "off-1", "upsert", bad, "2026-11-02T00:00:00.000Z")


def test_a_corrected_row_replaces_a_stored_bad_one(store: ReferenceStore):
    _bad_row_in_feed(store)
    assert store.upsert_rows({"offices": SAMPLE_REFERENCE["offices"][:1]}) == 1
    assert store.get_row("offices", "off-1")["updated_at"] == "2026-11-01T00:00:00Z"


def test_touch_repairs_a_missing_updated_at_and_refuses_other_damage(store: ReferenceStore, pinned):
    _bad_row_in_feed(store)
    _, cursor, _ = pull_all(store, "offices", limit=500)
    seq = store.touch("offices", "off-1")
    assert seq == decode_cursor(cursor)[2] + 1
    repaired = store.get_row("offices", "off-1")
    assert refschema.check_row("offices", repaired) == [] and repaired["updated_at"] == "2026-11-21T09:30:00Z"
    [change] = pull_all(store, "offices", cursor)[0]
    assert change == {"op": "upsert", "entity": "offices", "id": "off-1", "data": repaired}
    with write_transaction(store.engine) as conn:
        lock_feed(conn)
        broken = {**SAMPLE_REFERENCE["offices"][1], "timezone": "Mars/Olympus"}
        _append(conn, "offices", "off-2", "upsert", broken, "2026-11-02T00:00:00.000Z")
    with pytest.raises(InvalidRows, match="timezone"):
        store.touch("offices", "off-2")


# --- the same answers as SqliteStorage ------------------------------------------------------------------

def test_the_answers_are_those_sqlite_storage_gives(empty: ReferenceStore, tmp_path: Path, pinned):
    legacy = SqliteStorage(tmp_path / "legacy.db")
    try:
        answers = []
        for s in (legacy, empty):
            s.upsert_rows(SAMPLE_REFERENCE)
            counts = (s.upsert_rows({"services": [{**SAMPLE_REFERENCE["services"][0], "fee_rub": 250.5}]}),
                      s.delete_rows("offices", ["off-1"]), s.touch("services", "svc-002") > 0)
            feeds = {d: [page.changes_json for page in pages(s, d)] for d in ("catalogue", "offices", "utilities")}
            rows = [s.get_row(e, i) for e, i in (("services", "svc-001"), ("services", "svc-002"),
                                                 ("service_offices", "svc-001|off-1"), ("utility_providers", "up-energo"))]
            answers.append((counts, feeds, rows, s.count_rows("services"), s.count_rows("service_offices")))
        assert answers[1] == answers[0]
        assert answers[0][0] == (1, 4, True) and answers[0][2][1]["updated_at"] == "2026-11-21T09:30:00Z"
    finally:
        legacy.close()


def pages(store: Any, dataset: str) -> list[Any]:
    out, cursor = [], None
    while True:
        page = store.changes(dataset, cursor, 3)
        out.append(page)
        cursor = page.cursor
        if not page.more:
            return out


def test_what_is_kept_is_canonical_text_on_sqlite_and_jsonb_on_postgresql(store: ReferenceStore):
    with store.engine.connect() as conn:
        data, change = conn.execute(
            sa.select(ref_rows.c.data, changes_table.c.data).join(changes_table, changes_table.c.seq == ref_rows.c.seq)
            .where(ref_rows.c.entity == "offices", ref_rows.c.id == "off-1")).one()
        if conn.dialect.name == "postgresql":
            assert conn.execute(sa.text("SELECT jsonb_typeof(data) FROM ref_rows LIMIT 1")).scalar() == "object"
            assert data == SAMPLE_REFERENCE["offices"][0]
        else:
            assert data == change
    assert change == json.dumps(SAMPLE_REFERENCE["offices"][0], ensure_ascii=False, sort_keys=True,
                                separators=(",", ":"))


def test_loading_and_pulling_50000_changes_is_fast(store: ReferenceStore):
    """test_backend_storage.py::test_pull_of_50000_changes_is_fast on both engines, with the load
    timed too (one multi-row INSERT per table and entity, not a statement per row)."""
    import time

    rows = [{**SAMPLE_REFERENCE["services"][0], "id": f"svc-{n:06d}"} for n in range(50_000)]
    started = time.perf_counter()
    assert store.upsert_rows({"services": rows}) == 50_000
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    changes, _, pages = pull_all(store, "catalogue", limit=1000)
    pulled = time.perf_counter() - started
    assert len(changes) == 50_010 and pages == 51
    assert [c["id"] for c in changes[-2:]] == ["svc-049998", "svc-049999"]
    print(f"{store.engine.dialect.name}: loaded 50,000 rows in {loaded:.2f} s, pulled 50,010 changes in {pulled:.2f} s")
    assert pulled < 5, pulled
    assert loaded < 60, loaded
