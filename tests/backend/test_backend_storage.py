"""Backend storage: idempotent pushes (duplicate vs conflict, concurrency), feed paging and cursors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import uuid as uuidlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mfc_rules.canonical import canonical_json, payload_sha256
from mfc_rules.receipts import normalise_receipt
from regional_backend.opening import open_storage
from regional_backend.storage import (
    CursorExpired,
    Storage,
    SubmissionIn,
    decode_cursor,
    encode_cursor,
)
from regional_backend.validators import DEFAULT_VALIDATORS
from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_fixtures import backend_db, open_test_storage

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def storage(tmp_path: Path):
    s = open_test_storage(tmp_path / "backend.db")
    s.upsert_rows(SAMPLE_REFERENCE)
    yield s
    s.close()


def item(n: int = 1, *, kind: str = "application", payload: dict | None = None, receipt: str | None = None):
    return SubmissionIn(uuid=str(uuidlib.UUID(int=n)), kind=kind, captured_at="2026-11-21T09:30:00Z",
                        payload=payload if payload is not None else {"service_id": "svc-001", "fields": {"n": n}},
                        receipt_number=receipt)


def push(storage: Storage, *items: SubmissionIn) -> list[dict]:
    return storage.push_batch("kiosk-1", list(items), DEFAULT_VALIDATORS)


# --- idempotency -------------------------------------------------------------------------------

def test_accepted_then_duplicate_gives_the_original_answer(storage):
    first = push(storage, item(1))[0]
    assert first["result"] == "accepted" and first["server_ref"].startswith("RB-")
    again = push(storage, item(1))[0]
    assert again == {"uuid": first["uuid"], "result": "duplicate", "server_ref": first["server_ref"],
                     "status": "received"}
    assert storage.count_submissions() == 1


def test_key_order_does_not_matter_but_any_change_is_a_conflict(storage):
    push(storage, item(1, payload={"service_id": "svc-001", "fields": {"a": 1, "b": "x"}}))
    reordered = push(storage, item(1, payload={"fields": {"b": "x", "a": 1}, "service_id": "svc-001"}))[0]
    assert reordered["result"] == "duplicate"
    changed = push(storage, item(1, payload={"service_id": "svc-001", "fields": {"a": 2, "b": "x"}}))[0]
    assert changed["result"] == "conflict" and changed["code"] == "uuid_conflict"
    assert changed["reason_ru"] and changed["reason_en"]
    stored = storage.list_submissions(with_payload=True)
    assert len(stored) == 1 and stored[0]["payload"]["fields"] == {"a": 1, "b": "x"}


def test_rejection_is_stored_and_given_again_on_resend(storage):
    bad = item(2, payload={"service_id": "svc-404", "fields": {}})
    first = push(storage, bad)[0]
    assert first["result"] == "rejected" and first["code"] == "unknown_service"
    assert push(storage, bad)[0] == first
    status = storage.get_submission(bad.uuid, "kiosk-1")
    assert status["result"] == "rejected" and status["code"] == "unknown_service" and status["server_ref"] is None


def test_same_uuid_twice_in_one_batch(storage):
    results = push(storage, item(3), item(3), item(3, payload={"service_id": "svc-001", "fields": {}}))
    assert [r["result"] for r in results] == ["accepted", "duplicate", "conflict"]
    assert storage.count_submissions() == 1


def test_status_by_uuid_and_receipt_for_the_kiosk_that_delivered_it_only(storage):
    push(storage, item(4, receipt=normalise_receipt("k7qw 3m2a 9xtp")))
    by_uuid = storage.get_submission(str(uuidlib.UUID(int=4)).upper(), "kiosk-1")
    by_receipt = storage.find_by_receipt("K7QW-3M2A-9XTP", "kiosk-1")
    assert by_uuid == by_receipt and by_uuid["receipt_number"] == "K7QW-3M2A-9XTP"
    assert storage.find_by_receipt("k7qw3m2a9xtp", "kiosk-1") == by_uuid
    assert storage.get_submission(str(uuidlib.UUID(int=999)), "kiosk-1") is None
    assert storage.get_submission(str(uuidlib.UUID(int=4)), "kiosk-2") is None
    assert storage.find_by_receipt("K7QW-3M2A-9XTP", "kiosk-2") is None


def test_a_receipt_number_outside_the_crockford_alphabet_finds_nothing(storage):
    """The backend reads receipt numbers by the kiosk's rule (mfc_rules.receipts): U is not in the
    alphabet, so ``KUQW-3M2A-9XTP`` is no receipt number and no look-up finds it, whatever was stored."""
    push(storage, item(7, receipt="KUQW-3M2A-9XTP"))
    assert storage.find_by_receipt("kuqw3m2a9xtp", "kiosk-1") is None
    assert storage.find_by_receipt("KUQW-3M2A-9XTP", "kiosk-1") is None
    push(storage, item(8, receipt="K7QW-3M2A-9XT0"))
    assert storage.find_by_receipt("k7qw 3m2a 9xto", "kiosk-1")["uuid"] == str(uuidlib.UUID(int=8))


def test_a_failed_batch_stores_nothing(storage):
    def explode(payload, ref):
        raise RuntimeError("validator bug")

    with pytest.raises(RuntimeError):
        storage.push_batch("kiosk-1", [item(5), item(6, kind="queue_event")],
                           {**DEFAULT_VALIDATORS, "queue_event": explode})
    assert storage.count_submissions() == 0


def test_concurrent_retries_of_one_batch_take_effect_once(tmp_path: Path):
    path = tmp_path / "backend.db"
    open_test_storage(path).close()
    batch = [item(n, kind="queue_event", payload={"n": n}) for n in range(1, 201)]
    results: list[list[dict]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)
    shared = open_test_storage(path)

    def worker(own_storage: bool) -> None:
        storage = open_test_storage(path) if own_storage else shared
        try:
            barrier.wait()
            results.append(storage.push_batch("kiosk-1", batch, {}))  # no business rules: concurrency only
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            if own_storage:
                storage.close()

    threads = [threading.Thread(target=worker, args=(n % 2 == 0,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shared.close()
    assert not errors
    check = open_test_storage(path)
    assert check.count_submissions() == 200
    for position, it in enumerate(batch):
        answers = [r[position] for r in results]
        assert sorted(a["result"] for a in answers) == ["accepted"] + ["duplicate"] * 5
        assert len({a["server_ref"] for a in answers}) == 1
        assert check.get_submission(it.uuid, "kiosk-1")["result"] == "accepted"
    check.close()


def test_concurrent_processes_pushing_the_same_batch(tmp_path: Path):
    path = tmp_path / "backend.db"
    open_test_storage(path).close()
    db = backend_db(path)
    script = f"""
import json, sys, uuid
sys.path.insert(0, {str(REPO)!r})
from regional_backend.opening import open_storage
from regional_backend.storage import SubmissionIn
s = open_storage({db!r})
batch = [SubmissionIn(str(uuid.UUID(int=n)), "queue_event", "2026-11-21T09:30:00Z", {{"n": n}}) for n in range(300)]
out = s.push_batch("kiosk-1", batch, {{}})  # one kiosk retrying on several connections at once
print(json.dumps([r["result"] for r in out]))
"""
    procs = [subprocess.Popen([sys.executable, "-c", script, str(n)], stdout=subprocess.PIPE, text=True)
             for n in range(3)]
    outputs = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    for position in range(300):
        assert sorted(o[position] for o in outputs) == ["accepted", "duplicate", "duplicate"]
    check = open_test_storage(path)
    assert check.count_submissions() == 300
    check.close()


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.text(max_size=5), st.one_of(st.integers(), st.text(), st.booleans(), st.none()),
                       max_size=6))
def test_payload_hash_ignores_key_order(payload):
    reversed_payload = dict(reversed(list(payload.items())))
    assert payload_sha256(payload) == payload_sha256(reversed_payload)
    assert json.loads(canonical_json(payload)) == payload


def test_canonical_json_is_the_contract_form():
    assert canonical_json({"b": 1, "a": "Ж"}) == '{"a":"Ж","b":1}'


def test_another_kiosks_uuid_is_a_conflict_whatever_the_payload(storage):
    first = push(storage, item(8))[0]
    theirs = storage.push_batch("kiosk-2", [item(8)], DEFAULT_VALIDATORS)[0]
    assert theirs["result"] == "conflict" and first["server_ref"] not in json.dumps(theirs)
    assert push(storage, item(8))[0]["result"] == "duplicate"


def test_an_existing_database_is_upgraded_in_place(tmp_path: Path):
    """A database made before the token-guessing limit keeps its data and gains ``auth_failures``."""
    from sqlite_utils import Database

    from regional_backend.db.legacy_sqlite import storage_migrations

    path = tmp_path / "old.db"  # a SQLite file of an older backend, whatever engine the suite runs on
    conn = sqlite3.connect(path, isolation_level=None)
    storage_migrations.apply(Database(conn), stop_before="m003_auth_failures")
    conn.execute("INSERT INTO kiosks(kiosk_id, token_sha256, created_at) VALUES ('k-old', 'x', '2026-01-01T00:00:00.000Z')")
    conn.close()
    upgraded = open_storage(path)
    try:
        assert [k["kiosk_id"] for k in upgraded.list_kiosks()] == ["k-old"]
        assert upgraded.record_auth_failure("10.0.0.1", 100.0, 40.0, 2) == (True, [100.0])
        assert upgraded.record_auth_failure("10.0.0.1", 101.0, 41.0, 2) == (True, [100.0, 101.0])
        assert upgraded.record_auth_failure("10.0.0.1", 102.0, 42.0, 2) == (False, [100.0, 101.0])
        assert upgraded.record_auth_failure("10.0.0.1", 161.0, 101.0, 2) == (True, [161.0])  # 100 and 101 forgotten
    finally:
        upgraded.close()


# --- kiosks ------------------------------------------------------------------------------------

def test_tokens_are_stored_only_hashed_and_can_be_revoked(tmp_path: Path):
    path = tmp_path / "backend.db"
    s = open_test_storage(path)
    token = s.add_kiosk("kiosk-7")
    assert len(token) >= 43
    assert s.authenticate(token).kiosk_id == "kiosk-7"
    assert s.authenticate(token + "x") is None
    with s.engine.connect() as conn:
        raw = " ".join(conn.exec_driver_sql("SELECT token_sha256 FROM kiosks").scalars())
    assert len(raw) == 64 and token not in raw
    assert s.revoke_kiosk("kiosk-7")
    assert s.authenticate(token).revoked
    new_token = s.add_kiosk("kiosk-7")
    assert s.authenticate(token) is None and not s.authenticate(new_token).revoked
    s.close()


# --- changes feed ------------------------------------------------------------------------------

def pull_all(storage: Storage, dataset: str, cursor: str | None = None, limit: int = 2):
    changes, pages = [], 0
    while True:
        page = storage.changes(dataset, cursor, limit)
        pages += 1
        changes += [json.loads(c) for c in page.changes_json]
        cursor = page.cursor
        if not page.more:
            return changes, cursor, pages


def test_full_pull_pages_through_everything_in_dependency_order(storage):
    changes, _cursor, pages = pull_all(storage, "catalogue", limit=2)
    entities = [c["entity"] for c in changes]
    assert len(changes) == 2 + 1 + 3 + 1 + 3 and pages == 5
    assert entities.index("services") > entities.index("service_categories")
    assert entities.index("service_offices") > max(i for i, e in enumerate(entities) if e == "services")
    link = next(c for c in changes if c["entity"] == "service_life_situations")
    assert link["id"] == "svc-002|ls-baby" and link["data"] == {"service_id": "svc-002", "situation_id": "ls-baby"}
    offices, _, _ = pull_all(storage, "offices", limit=500)
    assert [c["id"] for c in offices] == ["off-1", "off-2"]


def test_cursor_of_another_dataset_epoch_or_ahead_of_the_log_expires(storage):
    _, cursor, _ = pull_all(storage, "catalogue", limit=500)
    epoch, dataset, seq = decode_cursor(cursor)
    with pytest.raises(CursorExpired):
        storage.changes("offices", cursor, 5)
    with pytest.raises(CursorExpired):
        storage.changes("catalogue", encode_cursor(epoch, dataset, seq + 1000), 5)
    storage.reset_reference_data()
    with pytest.raises(CursorExpired):
        storage.changes("catalogue", cursor, 5)
    assert storage.changes("catalogue", None, 5).changes_json == []


def test_reopening_keeps_data_and_epoch(tmp_path: Path):
    s = open_test_storage(tmp_path / "b.db")
    s.upsert_rows(SAMPLE_REFERENCE)
    _, cursor, _ = pull_all(s, "offices", limit=500)
    s.close()
    s = open_test_storage(tmp_path / "b.db")
    assert s.changes("offices", cursor, 5).changes_json == []
    if s.engine.dialect.name == "sqlite":  # the file's journal is WAL (PostgreSQL has its own)
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    s.close()


def test_a_pull_of_50000_changes_pages_through_every_one(tmp_path: Path):
    """(How fast: ``python -m benchmarks`` measures it; a test asserts no time.)"""
    s = open_test_storage(tmp_path / "b.db")
    s.upsert_rows(SAMPLE_REFERENCE)
    rows = [{**SAMPLE_REFERENCE["services"][0], "id": f"svc-{n:06d}"} for n in range(50_000)]
    s.upsert_rows({"services": rows})
    changes, _, pages = pull_all(s, "catalogue", limit=1000)
    assert len(changes) == 50_010 and pages == 51
    assert len({c["id"] for c in changes}) == 50_010
    s.close()


def test_a_new_updated_at_alone_is_not_a_change(storage):
    rows = [{**r, "updated_at": "2030-01-01T00:00:00Z"} for r in SAMPLE_REFERENCE["services"]]
    assert storage.upsert_rows({"services": rows}) == 0
    rows[0] = {**rows[0], "name_en": "Passport"}
    assert storage.upsert_rows({"services": rows}) == 1
