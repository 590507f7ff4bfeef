"""Outbox data access: atomic enqueue, transitions, crash recovery, purge (the canonical JSON and
receipt-number rules themselves: tests/rules/test_rules_receipts.py)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from mfc_rules.canonical import sha256_hex
from mfc_rules.receipts import receipt_number
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.outbox import ItemResult


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kiosk.sqlite3")
    yield s
    s.close()


def test_enqueue_stores_canonical_payload_and_receipt(store):
    item = outbox.enqueue(store, "application", {"z": 1, "name": "Иван"}, assisted_by="clerk-1")
    assert item.state == "pending" and item.attempts == 0
    assert item.payload_json == '{"name":"Иван","z":1}'
    assert item.payload_sha256 == sha256_hex(item.payload_json)
    assert item.receipt_number == receipt_number(item.uuid)
    assert outbox.get_by_receipt(store, item.receipt_number.lower()) == item
    assert outbox.get_by_uuid(store, item.uuid) == item
    assert item.wire()["payload"] == {"z": 1, "name": "Иван"}


def test_enqueue_rejects_unknown_kind_and_bad_payload(store):
    with pytest.raises(outbox.OutboxError):
        outbox.enqueue(store, "mystery", {})
    with pytest.raises(outbox.OutboxError):
        outbox.enqueue(store, "application", {"x": float("nan")})
    with pytest.raises(outbox.OutboxError):
        outbox.enqueue(store, "application", ["not", "an", "object"])  # type: ignore[arg-type]
    assert outbox.counts(store)["pending"] == 0


def test_enqueue_commits_with_the_callers_transaction(store):
    with pytest.raises(RuntimeError), store.atomic() as db:
        db.execute("INSERT INTO audit_log(at, role, action) VALUES ('x', 'citizen', 'apply')")
        outbox.enqueue(store, "application", {"a": 1})
        raise RuntimeError("the local effect failed")
    assert store.scalar("SELECT count(*) FROM outbox") == 0
    assert store.scalar("SELECT count(*) FROM audit_log") == 0
    with store.atomic() as db:
        db.execute("INSERT INTO audit_log(at, role, action) VALUES ('x', 'citizen', 'apply')")
        item = outbox.enqueue(store, "application", {"a": 1})
    assert outbox.get_by_uuid(store, item.uuid) is not None


def test_queued_payload_never_changes(store):
    item = outbox.enqueue(store, "application", {"a": 1})
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.db.execute("UPDATE outbox SET payload = '{}' WHERE uuid = ?", [item.uuid])


def test_claim_release_results_and_recovery(store):
    a, b, c, d = (outbox.enqueue(store, "application", {"n": n}) for n in range(4))
    batch = outbox.claim_batch(store, 3)
    assert [i.uuid for i in batch] == [a.uuid, b.uuid, c.uuid]
    assert all(i.state == "sending" and i.attempts == 1 for i in batch)
    assert outbox.counts(store) == {"pending": 1, "sending": 3, "accepted": 0, "rejected": 0, "conflict": 0}
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    outbox.release(store, [c.uuid], "the backend did not answer", later)
    assert outbox.get_by_uuid(store, c.uuid).last_error == "the backend did not answer"
    assert [i.uuid for i in outbox.claim_batch(store, 10)] == [d.uuid]  # c is not due yet
    assert [i.uuid for i in outbox.claim_batch(store, 10, ignore_schedule=True)] == [c.uuid]
    tally = outbox.apply_results(store, [
        ItemResult(a.uuid, "accepted", server_ref="RB-1"),
        ItemResult(b.uuid, "rejected", code="bad_account", reason_ru="Неверный счёт", reason_en="Bad account"),
    ])
    assert tally == {"accepted": 1, "rejected": 1, "conflict": 0}
    got_a, got_b = outbox.get_by_uuid(store, a.uuid), outbox.get_by_uuid(store, b.uuid)
    assert got_a.state == "accepted" and got_a.server_ref == "RB-1" and got_a.delivered_at
    assert (got_b.state, got_b.reject_code, got_b.reject_reason_ru) == ("rejected", "bad_account", "Неверный счёт")
    # a crash leaves c and d in "sending": start-up puts them back, due now
    assert outbox.recover_sending(store) == 2
    assert outbox.counts(store)["pending"] == 2
    assert outbox.next_due_at(store) is None
    # a late duplicate answer never reopens a final item
    outbox.apply_results(store, [ItemResult(b.uuid, "accepted", server_ref="RB-9")])
    assert outbox.get_by_uuid(store, b.uuid).state == "rejected"
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("DELETE FROM outbox WHERE uuid = ?", [c.uuid])


def test_personal_data_purged_after_retention(store):
    old = outbox.enqueue(store, "application", {"snils": "112-233-445 95", "name": "Иван"})
    recent = outbox.enqueue(store, "application", {"snils": "112-233-445 95"})
    waiting = outbox.enqueue(store, "application", {"snils": "112-233-445 95"})
    outbox.claim_batch(store, 2)
    outbox.apply_results(store, [ItemResult(old.uuid, "accepted", server_ref="RB-1"),
                                 ItemResult(recent.uuid, "accepted", server_ref="RB-2")])
    two_days = dt.datetime.now(dt.UTC) - dt.timedelta(hours=48)
    store.db.execute("UPDATE outbox SET delivered_at = ? WHERE uuid = ?", [outbox.stamp(two_days), old.uuid])
    assert outbox.purge_personal_data(store, 24) == 1
    assert outbox.purge_personal_data(store, 24) == 0  # idempotent
    purged = outbox.get_by_uuid(store, old.uuid)
    assert "112" not in purged.payload_json and "Иван" not in purged.payload_json
    assert purged.payload == {"pii_purged": True, "fields": ["name", "snils"]}
    assert (purged.state, purged.receipt_number, purged.server_ref) == ("accepted", old.receipt_number, "RB-1")
    assert purged.pii_purged_at and purged.payload_sha256 == old.payload_sha256
    assert outbox.get_by_uuid(store, recent.uuid).payload_json == recent.payload_json
    assert outbox.get_by_uuid(store, waiting.uuid).payload_json == waiting.payload_json
    assert json.loads(store.scalar("SELECT payload FROM outbox WHERE uuid = ?", [waiting.uuid]))["snils"]
    assert store.integrity_ok()
