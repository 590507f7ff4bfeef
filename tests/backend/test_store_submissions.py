"""The submissions store (regional_backend.stores.submissions) on SQLite and on PostgreSQL: the
assertions test_backend_storage.py makes of SqliteStorage's pushes (accepted, duplicate, conflict,
rejection, look-ups by uuid and receipt, list and count), the meter-reading outcomes
test_backend_meters.py reads through the API, the text of times as SqliteStorage gave them; and on
PostgreSQL the races (one uuid pushed by 8 connections at once; two readings of one meter at once)
and the indexes the look-ups use."""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import uuid as uuidlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from mfc_rules.canonical import canonical_json
from mfc_rules.demo import BACKEND_ONLY, demo_rows
from mfc_rules.receipts import normalise_receipt
from regional_backend import clock
from regional_backend.db import migrate
from regional_backend.db.engine import connect, open_engine, write_transaction
from regional_backend.db.tables.reference import ref_rows
from regional_backend.db.tables.submissions import meter_reading_results, submissions
from regional_backend.meters import validate_meter_readings
from regional_backend.storage import ENTITIES, SqliteStorage, entity_key
from regional_backend.stores.submissions import CONFLICT, SubmissionIn, SubmissionStore, captured_text
from regional_backend.stores.utilities import UtilityStore
from regional_backend.validators import DEFAULT_VALIDATORS
from tests.e2e.backend_proc import SAMPLE_REFERENCE

NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)  # the demo's day (10:00 in Ulyanovsk)
EL = {"provider_id": "util-energo", "account_number": "732312225103", "house": "12", "flat": "34"}


def load_reference(engine: sa.Engine, tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """Reference rows as the feed keeps them (``ref_rows``), written directly: the reference
    store is ported separately, and the validators only read ``ref_rows``."""
    with write_transaction(engine) as conn:
        for seq, (entity, row) in enumerate(((e, r) for e in ENTITIES for r in tables.get(e, ())), start=1):
            data = row if conn.dialect.name == "postgresql" else canonical_json(row)
            conn.execute(sa.insert(ref_rows).values(entity=entity, id=entity_key(entity, row),
                                                    dataset=ENTITIES[entity][0], data=data, seq=seq))


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.set_pinned(NOW)
    yield
    clock.set_pinned(None)


@pytest.fixture
def store(migrated_engine: sa.Engine) -> SubmissionStore:
    load_reference(migrated_engine, SAMPLE_REFERENCE)
    return SubmissionStore(migrated_engine)


def item(n: int = 1, *, kind: str = "application", payload: dict | None = None, receipt: str | None = None,
         captured_at: str = "2026-11-21T09:30:00Z") -> SubmissionIn:
    return SubmissionIn(uuid=str(uuidlib.UUID(int=n)), kind=kind, captured_at=captured_at,
                        payload=payload if payload is not None else {"service_id": "svc-001", "fields": {"n": n}},
                        receipt_number=receipt)


def push(store: SubmissionStore, *items: SubmissionIn, kiosk_id: str = "kiosk-1") -> list[dict]:
    return store.push_batch(kiosk_id, list(items), DEFAULT_VALIDATORS)


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


def test_a_sqlite_file_of_todays_schema_lists_its_submissions_as_sqlite_storage_did(tmp_path: Path):
    """Rows SqliteStorage wrote (the kiosk's text, its own time stamps) read back the same after the
    file is stamped at the baseline and upgraded."""
    path = tmp_path / "backend.db"
    old = SqliteStorage(path)
    try:
        old.fhir()  # the FHIR store's tables come with its first use
        old.upsert_rows(SAMPLE_REFERENCE)
        for n, captured in enumerate(["2026-11-21T09:30:00Z", "2026-11-21T12:30:00.250Z", "2026-12-31T23:59:60Z"]):
            old.push_batch("kiosk-1", [item(n + 1, captured_at=captured, receipt=f"K7QW-3M2A-9XT{n}")],
                           DEFAULT_VALIDATORS)
        before = old.list_submissions(with_payload=True)
        status = old.get_submission(str(uuidlib.UUID(int=1)), "kiosk-1")
    finally:
        old.close()
    migrate.stamp(path, "0001")
    migrate.upgrade(path)
    engine = open_engine(path)
    try:
        new = SubmissionStore(engine)
        after = new.list(with_payload=True)
        assert [{k: v for k, v in r.items() if k != "captured_at"} for r in after] == \
            [{k: v for k, v in r.items() if k != "captured_at"} for r in before]
        assert [r["captured_at"] for r in after] == [
            "2026-11-21T09:30:00Z", "2026-11-21T12:30:00.250Z", "2026-12-31T23:59:59.999999Z"]
        assert new.get(str(uuidlib.UUID(int=1)), "kiosk-1") == status
        assert new.count() == 3
        # and the store goes on numbering after SqliteStorage's rows
        assert new.push_batch("kiosk-1", [item(9)], DEFAULT_VALIDATORS)[0]["server_ref"] == "RB-000004"
    finally:
        engine.dispose()


def test_captured_text_of_a_moment_matches_the_kiosks_own_text():
    assert captured_text(dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)) == "2026-11-21T09:30:00Z"
    assert captured_text(dt.datetime(2026, 11, 21, 12, 30, 0, 7, tzinfo=dt.timezone(dt.timedelta(hours=3)))) \
        == "2026-11-21T09:30:00.000007Z"


# --- meter readings: outcomes kept with the submission (mirrors test_backend_meters.py) -------------

@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict[str, Any]]]:
    return demo_rows(NOW.date(), now=NOW)


def load_demo(engine: sa.Engine, demo: Mapping[str, list[dict[str, Any]]]) -> None:
    load_reference(engine, {t: demo[t] for t in ENTITIES if t in demo})
    UtilityStore(engine).load({t: demo[t] for t in BACKEND_ONLY})


def readings_item(n: int, *readings: dict[str, Any], captured_at: str = "2026-11-21T06:00:00Z",
                  account: Mapping[str, str] = EL) -> SubmissionIn:
    return item(n, kind="meter_readings", captured_at=captured_at,
                payload={"captured_at": captured_at, **account, "readings": list(readings)})


def reading(serial: str = "74454570", zone: str = "T1", value: str = "99990.5", **extra: Any) -> dict[str, Any]:
    return {"meter_serial": serial, "zone": zone, "value": value, "declared": None, "jump_confirmed": False,
            **extra}


def last_reading(engine: sa.Engine) -> dict[str, Any]:
    [meter] = UtilityStore(engine).lookup_account(**EL)
    return meter["last_readings"][0]


def test_reading_results_are_kept_with_the_submission_and_given_with_its_status(migrated_engine, demo, pinned):
    load_demo(migrated_engine, demo)
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


def test_a_resent_reading_is_answered_from_the_first_push_and_changes_nothing(migrated_engine, demo, pinned):
    load_demo(migrated_engine, demo)
    store = SubmissionStore(migrated_engine)
    first = push(store, readings_item(1, reading()))[0]
    assert push(store, readings_item(1, reading()))[0] == {
        "uuid": first["uuid"], "result": "duplicate", "server_ref": first["server_ref"], "status": "received"}
    with connect(migrated_engine) as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(meter_reading_results)).scalar_one() == 1


# --- races on PostgreSQL: several connections at once ----------------------------------------------

@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(pg_url, pool_size=10)
    migrate.upgrade(engine)
    load_reference(engine, SAMPLE_REFERENCE)
    yield engine
    engine.dispose()


def run_at_once(jobs: list, timeout: float = 60) -> list[tuple[str, Any]]:
    """Run each job on its own thread, released together by a barrier; ("ok", value) or ("error", exc)."""
    gate = threading.Barrier(len(jobs))
    outcomes: list[tuple[str, Any]] = [("error", TimeoutError("did not finish"))] * len(jobs)

    def run(n: int) -> None:
        gate.wait()
        try:
            outcomes[n] = ("ok", jobs[n]())
        except Exception as exc:  # noqa: BLE001 -- the test asserts there were none
            outcomes[n] = ("error", exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return outcomes


def waiting_on_locks(engine: sa.Engine) -> int:
    """How many other sessions of this database are waiting for a lock right now."""
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock'")).scalar_one()


def test_one_uuid_pushed_by_8_connections_at_once_is_stored_once(pg_engine: sa.Engine):
    """The push that claims the uuid holds its answer (its validator waits) until the 7 others are
    seen blocked on the unique index: each then reads the first's answer once it commits."""
    store = SubmissionStore(pg_engine)
    blocked: list[int] = []

    def hold_until_the_others_wait(payload, ref):
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
        while waiting_on_locks(pg_engine) < 7 and dt.datetime.now(dt.UTC) < deadline:
            threading.Event().wait(0.02)
        blocked.append(waiting_on_locks(pg_engine))
        return DEFAULT_VALIDATORS["application"](payload, ref)

    validators = {"application": hold_until_the_others_wait}
    outcomes = run_at_once([lambda: store.push_batch("kiosk-1", [item(1)], validators)] * 8)

    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert blocked == [7]  # exactly one push ran the validator, while the 7 others waited
    answers = [value[0] for _, value in outcomes]
    assert sorted(a["result"] for a in answers) == ["accepted"] + ["duplicate"] * 7
    assert {a["server_ref"] for a in answers} == {"RB-000001"}
    with connect(pg_engine) as conn:
        assert conn.execute(sa.select(submissions.c.server_ref)).scalars().all() == ["RB-000001"]


class PauseAfterReading:
    """A validator's look-ups that stop after reading an account's meters until ``gate`` lets go
    (or gives up after ``patience`` seconds): two validators at once then both read before either writes,
    unless the read itself waits for the other's commit."""

    def __init__(self, ref: Any, gate: threading.Barrier, patience: float):
        self._ref, self._gate, self._patience = ref, gate, patience

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ref, name)

    def utility_meters(self, account_id: str) -> list[dict[str, Any]]:
        meters = self._ref.utility_meters(account_id)
        try:
            self._gate.wait(timeout=self._patience)
        except threading.BrokenBarrierError:
            pass  # the other push is not there: it waits for this one's lock
        return meters


def test_two_readings_of_one_meter_at_once_are_decided_one_after_the_other(pg_engine: sa.Engine, demo, pinned):
    """A reading of 99990.5 today and one of 99995.0 dated yesterday: in either order the second is
    refused (older than the last, or lower than it), so exactly one may be accepted.  Without the
    lock per account both validators read the same last reading and both accept (the gate makes
    them read at once), leaving the meter at whichever committed last."""
    UtilityStore(pg_engine).load({t: demo[t] for t in BACKEND_ONLY})
    load_reference(pg_engine, {"utility_providers": demo["utility_providers"]})
    store = SubmissionStore(pg_engine)
    gate = threading.Barrier(2)

    def paused(payload, ref):
        return validate_meter_readings(payload, PauseAfterReading(ref, gate, patience=3))

    today = readings_item(1, reading(value="99990.5"))
    yesterday = readings_item(2, reading(value="99995.0"), captured_at="2026-11-20T06:00:00Z")
    outcomes = run_at_once([lambda it=it: store.push_batch("kiosk-1", [it], {"meter_readings": paused})
                            for it in (today, yesterday)])

    assert [kind for kind, _ in outcomes] == ["ok", "ok"], outcomes
    results = {value[0]["uuid"]: value[0] for _, value in outcomes}
    accepted = [u for u, r in results.items() if r["result"] == "accepted"]
    assert len(accepted) == 1, results
    refused = results[today.uuid if accepted == [yesterday.uuid] else yesterday.uuid]
    assert refused["code"] in ("superseded", "lower_than_last"), refused
    expected = ({"zone": "T1", "value": "99990.5", "read_on": "2026-11-21"} if accepted == [today.uuid]
                else {"zone": "T1", "value": "99995.0", "read_on": "2026-11-20"})
    assert last_reading(pg_engine) == expected


def test_two_batches_claiming_the_same_uuids_in_opposite_orders_both_complete(pg_engine: sa.Engine):
    """Batch [1, 2] and batch [2, 1] at once: each claims its first uuid, then waits for the other's
    -- a deadlock, which PostgreSQL breaks by aborting one; that one is run again and finds both
    uuids answered."""
    store = SubmissionStore(pg_engine)
    gate = threading.Barrier(2)
    first_calls: set[str] = set()
    lock = threading.Lock()

    def meet_once(payload, ref):
        with lock:
            first = ref.item.uuid not in first_calls
            first_calls.add(ref.item.uuid)
        if first:  # both have claimed their first uuid before either goes on to the second
            try:
                gate.wait(timeout=10)
            except threading.BrokenBarrierError:
                pass
        return None

    validators = {"application": meet_once}
    outcomes = run_at_once([lambda: store.push_batch("kiosk-1", [item(1), item(2)], validators),
                            lambda: store.push_batch("kiosk-1", [item(2), item(1)], validators)])

    assert [kind for kind, _ in outcomes] == ["ok", "ok"], outcomes
    by_uuid: dict[str, list[str]] = {}
    for _, answers in outcomes:
        for answer in answers:
            by_uuid.setdefault(answer["uuid"], []).append(answer["result"])
    assert {u: sorted(r) for u, r in by_uuid.items()} == {
        str(uuidlib.UUID(int=n)): ["accepted", "duplicate"] for n in (1, 2)}
    assert store.count() == 2


# --- the look-ups use their indexes (PostgreSQL's plans) ---------------------------------------------

def test_the_uuid_and_receipt_look_ups_use_their_indexes(pg_engine: sa.Engine):
    """With 5000 submissions analysed, the plans of the very statements get() and find_by_receipt()
    run are index scans of UNIQUE(uuid) and submissions_receipt."""
    now = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
    with write_transaction(pg_engine) as conn:
        conn.execute(sa.insert(submissions), [
            {"uuid": str(uuidlib.UUID(int=n)), "kiosk_id": f"kiosk-{n % 50}", "kind": "application",
             "captured_at": now, "receipt_number": f"K7QW-{n:04d}-9XTP", "payload": "{}", "payload_sha256": "x",
             "result": "accepted", "status": "received", "server_ref": f"RB-{n:06d}", "received_at": now}
            for n in range(1, 5001)])
    with connect(pg_engine) as conn:
        conn.exec_driver_sql("ANALYZE submissions")
        conn.commit()
    statements: list[tuple[str, Any]] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "FROM submissions" in statement:
            statements.append((statement, parameters))

    store = SubmissionStore(pg_engine)
    sa.event.listen(pg_engine, "before_cursor_execute", seen)
    try:
        assert store.get(str(uuidlib.UUID(int=1234)), "kiosk-34")["server_ref"] == "RB-001234"
        assert store.find_by_receipt("k7qw-1234-9xtp", "kiosk-34")["server_ref"] == "RB-001234"
    finally:
        sa.event.remove(pg_engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    with connect(pg_engine) as conn:
        plans = ["\n".join(conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars())
                 for statement, parameters in statements]
    assert "Index Scan using submissions_uuid_key" in plans[0], plans[0]
    assert "submissions_receipt" in plans[1] and "Seq Scan" not in plans[1], plans[1]
