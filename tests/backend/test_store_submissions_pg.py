"""The submissions store on PostgreSQL only: pushes racing on several connections at once (one
uuid from 8 connections, two readings of one meter, two batches claiming the same uuids in opposite
orders) and the indexes the look-ups use, by the plans of the very statements they run."""

from __future__ import annotations

import datetime as dt
import threading
import uuid as uuidlib
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from regional_backend import clock
from regional_backend.db import migrate
from regional_backend.db.engine import connect, open_engine, write_transaction
from regional_backend.db.tables.submissions import submissions
from regional_backend.meters import validate_meter_readings
from regional_backend.stores.submissions import SubmissionStore
from regional_backend.validators import DEFAULT_VALIDATORS
from tests.backend.submissions_data import (
    NOW,
    item,
    last_reading,
    load_demo,
    load_reference,
    reading,
    readings_item,
)
from tests.e2e.backend_proc import SAMPLE_REFERENCE


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


def hold_until_others_wait(engine: sa.Engine, others: int, seen: list[int]):
    """An ``application`` validator that answers only once ``others`` sessions are seen waiting
    for a lock (``seen`` gets how many were), so the pushes of one uuid really overlap."""
    def validate(payload, ref):
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
        while waiting_on_locks(engine) < others and dt.datetime.now(dt.UTC) < deadline:
            threading.Event().wait(0.02)
        seen.append(waiting_on_locks(engine))
        return DEFAULT_VALIDATORS["application"](payload, ref)
    return {"application": validate}


def test_one_uuid_pushed_by_8_connections_at_once_is_stored_once(pg_engine: sa.Engine):
    """The push that claims the uuid holds its answer (its validator waits) until the 7 others are
    seen blocked on the unique index: each then reads the first's answer once it commits."""
    store = SubmissionStore(pg_engine)
    blocked: list[int] = []
    validators = hold_until_others_wait(pg_engine, 7, blocked)
    outcomes = run_at_once([lambda: store.push_batch("kiosk-1", [item(1)], validators)] * 8)

    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert blocked == [7]  # exactly one push ran the validator, while the 7 others waited
    answers = [value[0] for _, value in outcomes]
    assert sorted(a["result"] for a in answers) == ["accepted"] + ["duplicate"] * 7
    assert {a["server_ref"] for a in answers} == {"RB-000001"}
    with connect(pg_engine) as conn:
        assert conn.execute(sa.select(submissions.c.server_ref)).scalars().all() == ["RB-000001"]


def test_a_rejected_uuid_pushed_at_once_is_the_same_rejection_and_another_payload_or_kiosk_a_conflict(
        pg_engine: sa.Engine):
    store = SubmissionStore(pg_engine)
    blocked: list[int] = []
    validators = hold_until_others_wait(pg_engine, 5, blocked)
    bad = item(1, payload={"service_id": "svc-404", "fields": {}})
    other = item(1, payload={"service_id": "svc-404", "fields": {"x": 1}})
    outcomes = run_at_once([lambda: store.push_batch("kiosk-1", [bad], validators)] * 4
                           + [lambda: store.push_batch("kiosk-1", [other], validators),
                              lambda: store.push_batch("kiosk-2", [bad], validators)])

    assert [kind for kind, _ in outcomes] == ["ok"] * 6, outcomes
    assert blocked == [5]
    answers = [value[0] for _, value in outcomes]
    kiosk_1_same, others = answers[:4], answers[4:]
    claimed = next(a for a in [*kiosk_1_same, *others] if a["result"] != "conflict")
    if claimed in kiosk_1_same:  # kiosk-1's first payload claimed it: the other two are conflicts
        assert kiosk_1_same == [claimed] * 4 and claimed["code"] == "unknown_service"
        assert [a["result"] for a in others] == ["conflict", "conflict"]
    else:  # one of the two others claimed it: then kiosk-1's same payload is a conflict
        assert [a["result"] for a in kiosk_1_same] == ["conflict"] * 4
        assert sorted(a["result"] for a in others) == ["conflict", "rejected"]
    assert store.count() == 1


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


def test_two_readings_of_one_meter_at_once_are_decided_one_after_the_other(pg_engine: sa.Engine):
    """A reading of 99990.5 today and one of 99995.0 dated yesterday: in either order the second is
    refused (older than the last, or lower than it), so exactly one may be accepted.  Without the
    lock per account both validators read the same last reading and both accept (the gate makes
    them read at once), leaving the meter at whichever committed last."""
    load_demo(pg_engine, ("utility_providers",))
    store = SubmissionStore(pg_engine)
    gate = threading.Barrier(2)

    def paused(payload, ref):
        return validate_meter_readings(payload, PauseAfterReading(ref, gate, patience=3))

    today = readings_item(1, reading(value="99990.5"))
    yesterday = readings_item(2, reading(value="99995.0"), captured_at="2026-11-20T06:00:00Z")
    clock.set_pinned(NOW)
    try:
        outcomes = run_at_once([lambda it=it: store.push_batch("kiosk-1", [it], {"meter_readings": paused})
                                for it in (today, yesterday)])
    finally:
        clock.set_pinned(None)

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
