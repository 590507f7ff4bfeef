"""The submissions store (regional_backend.stores.submissions) on SQLite and on PostgreSQL: the
assertions test_backend_storage.py makes of SqliteStorage's pushes (accepted, duplicate, conflict,
rejection, look-ups by uuid and receipt, list and count), the meter-reading outcomes
test_backend_meters.py reads through the API, and the text of times as SqliteStorage gave them.
The races and the plans, on PostgreSQL only, are in test_store_submissions_pg.py."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid as uuidlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mfc_rules.demo import BACKEND_ONLY
from mfc_rules.receipts import normalise_receipt
from regional_backend import clock
from regional_backend.db import migrate
from regional_backend.db.engine import connect, open_engine
from regional_backend.db.tables.submissions import meter_reading_results
from regional_backend.storage import SqliteStorage
from regional_backend.stores.submissions import CONFLICT, SubmissionStore, captured_text
from regional_backend.validators import DEFAULT_VALIDATORS
from tests.backend.submissions_data import (
    NOW,
    demo_data,
    item,
    last_reading,
    load_demo,
    load_reference,
    push,
    reading,
    readings_item,
)
from tests.e2e.backend_proc import SAMPLE_REFERENCE


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.set_pinned(NOW)
    yield
    clock.set_pinned(None)


@pytest.fixture
def store(migrated_engine: sa.Engine) -> SubmissionStore:
    load_reference(migrated_engine, SAMPLE_REFERENCE)
    return SubmissionStore(migrated_engine)


# --- mirrors test_backend_storage.py (idempotency and look-ups) ------------------------------------

def test_accepted_then_duplicate_gives_the_original_answer(store: SubmissionStore):
    first = push(store, item(1))[0]
    assert first == {"uuid": str(uuidlib.UUID(int=1)), "result": "accepted", "server_ref": "RB-000001",
                     "status": "received"}
    again = push(store, item(1))[0]
    assert again == {"uuid": first["uuid"], "result": "duplicate", "server_ref": first["server_ref"],
                     "status": "received"}
    assert store.count() == 1


def test_key_order_does_not_matter_but_any_change_is_a_conflict(store: SubmissionStore):
    push(store, item(1, payload={"service_id": "svc-001", "fields": {"a": 1, "b": "x"}}))
    reordered = push(store, item(1, payload={"fields": {"b": "x", "a": 1}, "service_id": "svc-001"}))[0]
    assert reordered["result"] == "duplicate"
    changed = push(store, item(1, payload={"service_id": "svc-001", "fields": {"a": 2, "b": "x"}}))[0]
    assert changed == {"uuid": str(uuidlib.UUID(int=1)), "result": "conflict", "code": "uuid_conflict",
                       "reason_ru": CONFLICT.reason_ru, "reason_en": CONFLICT.reason_en}
    stored = store.list(with_payload=True)
    assert len(stored) == 1 and stored[0]["payload"] == {"service_id": "svc-001", "fields": {"a": 1, "b": "x"}}


def test_rejection_is_stored_and_given_again_on_resend(store: SubmissionStore):
    bad = item(2, payload={"service_id": "svc-404", "fields": {}})
    first = push(store, bad)[0]
    assert first["result"] == "rejected" and first["code"] == "unknown_service"
    assert first["reason_ru"] and first["reason_en"] and "server_ref" not in first
    assert push(store, bad)[0] == first
    status = store.get(bad.uuid, "kiosk-1")
    assert status["result"] == "rejected" and status["status"] == "rejected"
    assert status["code"] == "unknown_service" and status["server_ref"] is None


def test_same_uuid_twice_in_one_batch(store: SubmissionStore):
    results = push(store, item(3), item(3), item(3, payload={"service_id": "svc-001", "fields": {}}))
    assert [r["result"] for r in results] == ["accepted", "duplicate", "conflict"]
    assert results[0]["server_ref"] == results[1]["server_ref"]
    assert store.count() == 1


def test_status_by_uuid_and_receipt_for_the_kiosk_that_delivered_it_only(store: SubmissionStore, pinned):
    push(store, item(4, receipt=normalise_receipt("k7qw 3m2a 9xtp")))
    by_uuid = store.get(str(uuidlib.UUID(int=4)).upper(), "kiosk-1")
    by_receipt = store.find_by_receipt("K7QW-3M2A-9XTP", "kiosk-1")
    assert by_uuid == by_receipt
    received = by_uuid.pop("received_at")
    assert re.fullmatch(r"2026-11-21T06:0\d:\d\d\.\d\d\dZ", received), received  # the clock runs on from NOW
    assert by_uuid == {
        "uuid": str(uuidlib.UUID(int=4)), "receipt_number": "K7QW-3M2A-9XTP", "kind": "application",
        "result": "accepted", "status": "received", "server_ref": "RB-000001",
        "code": None, "reason_ru": None, "reason_en": None}
    assert store.find_by_receipt("k7qw3m2a9xtp", "kiosk-1") == by_receipt
    assert store.get(str(uuidlib.UUID(int=999)), "kiosk-1") is None
    assert store.get(str(uuidlib.UUID(int=4)), "kiosk-2") is None
    assert store.find_by_receipt("K7QW-3M2A-9XTP", "kiosk-2") is None


def test_a_receipt_number_outside_the_crockford_alphabet_finds_nothing(store: SubmissionStore):
    push(store, item(7, receipt="KUQW-3M2A-9XTP"))
    assert store.find_by_receipt("kuqw3m2a9xtp", "kiosk-1") is None
    assert store.find_by_receipt("KUQW-3M2A-9XTP", "kiosk-1") is None
    push(store, item(8, receipt="K7QW-3M2A-9XT0"))
    assert store.find_by_receipt("k7qw 3m2a 9xto", "kiosk-1")["uuid"] == str(uuidlib.UUID(int=8))


def test_a_failed_batch_stores_nothing(store: SubmissionStore):
    def explode(payload, ref):
        raise RuntimeError("validator bug")

    with pytest.raises(RuntimeError):
        store.push_batch("kiosk-1", [item(5), item(6, kind="queue_event")],
                         {**DEFAULT_VALIDATORS, "queue_event": explode})
    assert store.count() == 0 and store.list() == []


def test_another_kiosks_uuid_is_a_conflict_whatever_the_payload(store: SubmissionStore):
    first = push(store, item(8))[0]
    theirs = push(store, item(8), kiosk_id="kiosk-2")[0]
    assert theirs["result"] == "conflict" and first["server_ref"] not in json.dumps(theirs)
    rejected = push(store, item(9, payload={"service_id": "svc-404", "fields": {}}))[0]
    assert push(store, item(9, payload={"service_id": "svc-404", "fields": {}}), kiosk_id="kiosk-2")[0] == {
        "uuid": rejected["uuid"], "result": "conflict", "code": CONFLICT.code,
        "reason_ru": CONFLICT.reason_ru, "reason_en": CONFLICT.reason_en}
    assert push(store, item(8))[0]["result"] == "duplicate"


def test_server_refs_follow_the_arrival_order_and_list_and_count_see_every_submission(store: SubmissionStore):
    results = push(store, item(1), item(2, payload={"service_id": "svc-404", "fields": {}}), item(3),
                   item(4, kind="appointment", payload={"slot": "s-1"}))
    assert [r.get("server_ref") for r in results] == ["RB-000001", None, "RB-000003", "RB-000004"]
    assert store.count() == 4
    listed = store.list()
    assert [r["seq"] for r in listed] == [1, 2, 3, 4]
    assert list(listed[0]) == ["seq", "kiosk_id", "captured_at", "uuid", "receipt_number", "kind", "result",
                               "status", "server_ref", "received_at", "code", "reason_ru", "reason_en"]
    assert [r["kind"] for r in store.list(kind="appointment")] == ["appointment"]
    assert [r["seq"] for r in store.list(limit=2)] == [1, 2]
    assert [r["uuid"] for r in store.list(kind="application", limit=1)] == [results[0]["uuid"]]
    assert "payload" not in listed[0] and store.list(with_payload=True)[3]["payload"] == {"slot": "s-1"}


# --- times as text: what SqliteStorage gave -------------------------------------------------------

@pytest.mark.parametrize(("sent", "listed"), [
    ("2026-11-21T09:30:00Z", "2026-11-21T09:30:00Z"),  # what the kiosk sends: listed as sent
    ("2026-11-21T09:30:00.125Z", "2026-11-21T09:30:00.125Z"),
    ("2026-11-21t09:30:00.5z", "2026-11-21T09:30:00.500Z"),
    ("2026-11-21T09:30:00.123456789Z", "2026-11-21T09:30:00.123456Z"),
    ("2026-11-21T12:30:00+03:00", "2026-11-21T09:30:00Z"),  # the moment is kept, not the offset
    ("2026-12-31T23:59:60Z", "2026-12-31T23:59:59.999999Z"),  # a leap second: the moment before it
    ("2027-01-01T02:59:60+03:00", "2026-12-31T23:59:59.999999Z"),
    ("0001-01-01T00:00:00+01:00", "0001-01-02T00:00:00Z"),  # year 0 in UTC: a day inside year 1
    ("0001-01-01T12:00:00Z", "0001-01-02T00:00:00Z"),
    ("9999-12-31T23:30:00-01:00", "9999-12-30T23:59:59.999999Z"),
])
def test_captured_at_is_listed_in_utc_as_the_kiosk_sends_it(store: SubmissionStore, sent: str, listed: str):
    """Every form the API accepts (tests/backend/test_backend_contract.py) is stored, on both engines."""
    assert push(store, item(1, captured_at=sent))[0]["result"] == "accepted"
    assert store.list()[0]["captured_at"] == listed


def test_received_at_is_the_backends_clock_in_milliseconds(store: SubmissionStore):
    clock.set_pinned(dt.datetime(2026, 11, 21, 9, 30, 0, 125_999, tzinfo=dt.UTC))
    try:
        push(store, item(1))
        received = store.get(str(uuidlib.UUID(int=1)), "kiosk-1")["received_at"]
    finally:
        clock.set_pinned(None)
    assert received[:20] == "2026-11-21T09:30:00." and len(received) == 24 and received.endswith("Z")
    assert store.list()[0]["received_at"] == received


def test_a_sqlite_file_of_todays_schema_reads_back_as_sqlite_storage_gave_it(tmp_path: Path, pinned):
    """Rows SqliteStorage wrote (the kiosk's text, its own time stamps, a reading's outcome) read
    back the same after the file is stamped at the baseline and upgraded."""
    path = tmp_path / "backend.db"
    meter_item = readings_item(4, reading(), captured_at="2026-11-21T05:59:00Z")
    meter_item.payload["kiosk_clock_offset_s"] = 2.25  # an effective capture with a fraction
    old = SqliteStorage(path)
    try:
        old.fhir()  # the FHIR store's tables come with its first use
        old.upsert_rows({**SAMPLE_REFERENCE, "utility_providers": demo_data()["utility_providers"]})
        old.load_utilities({t: demo_data()[t] for t in BACKEND_ONLY})
        for n, captured in enumerate(["2026-11-21T09:30:00Z", "2026-11-21T12:30:00.250Z", "2026-12-31T23:59:60Z"]):
            old.push_batch("kiosk-1", [item(n + 1, captured_at=captured, receipt=f"K7QW-3M2A-9XT{n}")],
                           DEFAULT_VALIDATORS)
        assert old.push_batch("kiosk-1", [meter_item], DEFAULT_VALIDATORS)[0]["result"] == "accepted"
        before = old.list_submissions(with_payload=True)
        statuses = [old.get_submission(str(uuidlib.UUID(int=n)), "kiosk-1") for n in (1, 4)]
    finally:
        old.close()
    assert statuses[1]["readings"][0]["effective_capture"] == "2026-11-21T05:59:02.250000Z"
    migrate.stamp(path, "0001")
    migrate.upgrade(path)
    engine = open_engine(path)
    try:
        new = SubmissionStore(engine)
        after = new.list(with_payload=True)
        assert [{k: v for k, v in r.items() if k != "captured_at"} for r in after] == \
            [{k: v for k, v in r.items() if k != "captured_at"} for r in before]
        assert [r["captured_at"] for r in after] == [
            "2026-11-21T09:30:00Z", "2026-11-21T12:30:00.250Z", "2026-12-31T23:59:59.999999Z", "2026-11-21T05:59:00Z"]
        assert [new.get(str(uuidlib.UUID(int=n)), "kiosk-1") for n in (1, 4)] == statuses
        assert new.count() == 4
        # and the store goes on numbering after SqliteStorage's rows
        assert new.push_batch("kiosk-1", [item(9)], DEFAULT_VALIDATORS)[0]["server_ref"] == "RB-000005"
    finally:
        engine.dispose()


def test_captured_text_of_a_moment_matches_the_kiosks_own_text():
    assert captured_text(dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)) == "2026-11-21T09:30:00Z"
    assert captured_text(dt.datetime(2026, 11, 21, 12, 30, 0, 7, tzinfo=dt.timezone(dt.timedelta(hours=3)))) \
        == "2026-11-21T09:30:00.000007Z"


# --- meter readings: outcomes kept with the submission (mirrors test_backend_meters.py) -------------

def test_reading_results_are_kept_with_the_submission_and_given_with_its_status(migrated_engine, pinned):
    load_demo(migrated_engine)
    store = SubmissionStore(migrated_engine)
    rejected = push(store, readings_item(1, reading(value="99990.55"), reading(serial="000"), reading(value="50.0")))[0]
    assert rejected["result"] == "rejected" and rejected["code"] == "readings_rejected"
    outcomes = store.reading_results(rejected["uuid"])
    assert [(o["result"], o["code"]) for o in outcomes] == [
        ("rejected", "reading_format"), ("rejected", "unknown_meter"), ("rejected", "duplicate_reading")]
    assert all(o["flags"] == [] and o["effective_capture"] == "2026-11-21T06:00:00Z" for o in outcomes)
    assert store.get(rejected["uuid"], "kiosk-1")["readings"] == outcomes
    assert last_reading(migrated_engine)["value"] == "99870.4"  # nothing of a refused batch applied

    accepted = push(store, readings_item(2, reading()))[0]
    assert accepted["result"] == "accepted"
    [outcome] = store.get(accepted["uuid"], "kiosk-1")["readings"]
    assert {k: outcome[k] for k in ("meter_serial", "zone", "value", "result", "code")} == {
        "meter_serial": "74454570", "zone": "T1", "value": "99990.5", "result": "accepted", "code": None}
    assert outcome["period"] and outcome["period"].startswith("2026-")
    assert last_reading(migrated_engine) == {"zone": "T1", "value": "99990.5", "read_on": "2026-11-21"}
    lower = push(store, readings_item(3, reading(value="99980.0")))[0]
    assert lower["result"] == "rejected" and lower["code"] == "lower_than_last"
    assert store.reading_results(str(uuidlib.UUID(int=999))) == []
    assert "readings" not in store.get(push(store, item(10))[0]["uuid"], "kiosk-1")


def test_a_resent_reading_is_answered_from_the_first_push_and_changes_nothing(migrated_engine, pinned):
    load_demo(migrated_engine)
    store = SubmissionStore(migrated_engine)
    sent = readings_item(1, reading())
    sent.payload["kiosk_clock_offset_s"] = 2.25
    first = push(store, sent)[0]
    assert push(store, sent)[0] == {
        "uuid": first["uuid"], "result": "duplicate", "server_ref": first["server_ref"], "status": "received"}
    with connect(migrated_engine) as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(meter_reading_results)).scalar_one() == 1
    # a capture moment with a fraction reads back as the validator wrote it (isoformat, Z)
    assert store.reading_results(sent.uuid)[0]["effective_capture"] == "2026-11-21T06:00:02.250000Z"
