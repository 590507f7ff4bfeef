"""The office-queue store (regional_backend.stores.office_queue) on SQLite and on PostgreSQL: what
test_office_queue_backend.py asserts through the API, at the store (numbers per category letter and
office day, idempotent allocation, the 999 limit, ranges, clerk actions, pushed tickets and clashes,
pushed events, release); the same answers as the sqlite3 code (SqliteOfficeQueue) gives; and races
on PostgreSQL, several threads each on its own connection."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from regional_backend import clock
from regional_backend import office_queue as sqlite_queue
from regional_backend.db import migrate
from regional_backend.db.engine import open_engine, write_transaction
from regional_backend.db.tables.office_queue import office_queue_tickets
from regional_backend.db.tables.reference import ref_rows
from regional_backend.office_queue import QueueRefused
from regional_backend.storage import SqliteStorage
from regional_backend.stores import office_queue as oq
from regional_backend.stores.office_queue import SqlOfficeQueue
from tests.backend.test_store_kiosks import race
from tests.e2e.backend_proc import SAMPLE_REFERENCE

NOON = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.UTC)  # 12:00 in Ulyanovsk (UTC+4)
QUEUE_TABLES = ("offices", "service_categories")


def load_reference(engine: sa.Engine) -> None:
    """The sample region's offices and categories as current reference rows."""
    with write_transaction(engine) as conn:
        for entity in QUEUE_TABLES:
            for n, row in enumerate(SAMPLE_REFERENCE[entity], 1):
                data = row if conn.dialect.name == "postgresql" else json.dumps(row)
                conn.execute(sa.insert(ref_rows).values(entity=entity, id=row["id"], dataset=entity, data=data,
                                                        seq=n))


@pytest.fixture
def store(migrated_engine: sa.Engine):
    load_reference(migrated_engine)
    clock.set_pinned(NOON)
    yield SqlOfficeQueue(migrated_engine)
    clock.set_pinned(None)


def at(minutes: float) -> dt.datetime:
    return NOON + dt.timedelta(minutes=minutes)


def take(store: SqlOfficeQueue, kiosk: str, category: str = "cat-docs", uuid: str | None = None,
         now: dt.datetime = NOON, office: str = "off-1") -> dict[str, Any]:
    return store.allocate(kiosk, office, uuid or f"u-{next(_uuids):04d}", category, now)


_uuids = itertools.count(1)


def refusal(code: str, call: Callable[[], Any]) -> QueueRefused:
    with pytest.raises(QueueRefused) as caught:
        call()
    assert caught.value.code == code and caught.value.message and caught.value.message_ru
    return caught.value


def push(engine: sa.Engine, kiosk: str, uuid: str, ticket: str, issued_at: str, **extra: Any):
    payload = {"office_id": "off-1", "category_id": "cat-docs", "ticket": ticket, "issued_at": issued_at,
               "service_day": "2026-11-16", **extra}
    with write_transaction(engine) as conn:
        return oq.register_pushed_ticket(conn, kiosk, uuid, payload)


def event(engine: sa.Engine, ticket_uuid: str, name: str, at_text: str, **extra: Any) -> None:
    with write_transaction(engine) as conn:
        oq.apply_pushed_event(conn, {"event": name, "ticket_uuid": ticket_uuid, "at": at_text, **extra})


def statuses(store: SqlOfficeQueue, kiosk: str = "a", now: dt.datetime = NOON) -> list[tuple[Any, ...]]:
    return [(t["ticket"], t["category_id"], t["status"], t["counter"])
            for t in store.queue(kiosk, "off-1", now)["tickets"]]


# --- mirrors test_office_queue_backend.py -------------------------------------------------------

def test_numbers_run_per_category_and_restart_on_the_office_s_next_day(store: SqlOfficeQueue):
    assert [take(store, "a", now=at(i))["ticket"] for i in range(2)] == ["A-001", "A-002"]
    assert take(store, "b", "cat-family", now=at(2))["ticket"] == "B-001"
    third = take(store, "b", now=at(3))
    assert (third["ticket"], third["waiting_ahead"], third["service_day"]) == ("A-003", 2, "2026-11-16")
    assert third["issued_at"] == "2026-11-16T08:03:00.000Z"
    nxt = take(store, "a", now=dt.datetime(2026, 11, 16, 20, 30, tzinfo=dt.UTC))  # 00:30 next day there
    assert (nxt["ticket"], nxt["service_day"], nxt["waiting_ahead"]) == ("A-001", "2026-11-17", 0)


def test_tickets_taken_at_one_moment_wait_in_the_order_they_were_taken(store: SqlOfficeQueue):
    assert [take(store, "a")["waiting_ahead"] for _ in range(3)] == [0, 1, 2]
    assert [t["ticket"] for t in store.queue("a", "off-1", NOON)["tickets"]] == ["A-001", "A-002", "A-003"]
    assert store.act("b", "off-1", "call_next", NOON, category_id="cat-docs", counter="1")["ticket"]["ticket"] == "A-001"


def test_asking_again_with_the_same_uuid_gives_the_same_number(store: SqlOfficeQueue):
    first = take(store, "a", uuid="u-same")
    again = take(store, "a", uuid="u-same", now=at(5))
    assert again["ticket"] == first["ticket"] == "A-001" and again["issued_at"] == first["issued_at"]
    assert take(store, "a", now=at(6))["ticket"] == "A-002"
    refusal("uuid_conflict", lambda: take(store, "a", "cat-family", uuid="u-same"))
    refusal("uuid_conflict", lambda: take(store, "b", uuid="u-same"))


def test_after_999_the_office_says_so_and_the_kiosk_uses_its_range(store: SqlOfficeQueue, migrated_engine):
    take(store, "a")
    with write_transaction(migrated_engine) as conn:
        conn.execute(sa.update(office_queue_tickets).values(ticket="A-999"))
    assert "999" in refusal("office_range_exhausted", lambda: take(store, "a", now=at(1))).message_ru
    assert take(store, "a", "cat-family", now=at(2))["ticket"] == "B-001"  # another letter goes on


def test_each_kiosk_of_an_office_gets_its_own_range_until_all_nine_are_taken(store: SqlOfficeQueue):
    got = [store.enrol(f"k{n}", "off-1") for n in range(9)]
    assert [r["range_index"] for r in got] == list(range(1, 10))
    assert (got[0]["range_first"], got[0]["range_last"], got[8]["range_last"]) == (1001, 1999, 9999)
    assert store.enrol("k3", "off-1")["range_index"] == 4  # asked again: the same range
    refusal("no_free_range", lambda: store.enrol("k9", "off-1"))
    assert store.enrol("far", "off-2")["range_index"] == 1  # another office has ranges of its own
    assert store.release_range("k3") and not store.release_range("k3")
    assert store.enrol("k9", "off-1")["range_index"] == 4  # the lowest free range


def test_a_kiosk_sees_and_changes_only_its_own_office_s_queue(store: SqlOfficeQueue):
    take(store, "a")  # the first call binds kiosk a to off-1
    assert refusal("other_office", lambda: store.enrol("a", "off-2")).status == 403
    refusal("other_office", lambda: store.queue("a", "off-2", NOON))
    refusal("other_office", lambda: take(store, "a", office="off-2"))
    refusal("unknown_office", lambda: store.enrol("c", "off-9"))
    refusal("unknown_category", lambda: take(store, "a", "cat-none"))
    assert store.release_range("a")
    assert store.enrol("a", "off-2")["range_index"] == 1  # released, it may join another office


def test_a_call_made_offline_moves_the_office_ticket_forward_never_back(store: SqlOfficeQueue, migrated_engine):
    take(store, "a", uuid="u-visitor")
    called = store.act("b", "off-1", "call_next", at(1), category_id="cat-docs", counter="4")
    assert called["ticket"] == {"ticket": "A-001", "category_id": "cat-docs", "status": "called", "counter": "4",
                                "called_at": "2026-11-16T08:01:00.000Z"}
    assert store.act("b", "off-1", "served", at(2), ticket="A-001")["ticket"]["status"] == "served"
    event(migrated_engine, "u-visitor", "called", "2026-11-16T08:00:00Z", counter="9")  # kiosk a, offline
    assert statuses(store) == [("A-001", "cat-docs", "served", "4")]
    none = store.act("a", "off-1", "call_next", at(3), category_id="cat-docs", counter="4")
    assert none == {"ticket": None, "server_time": "2026-11-16T08:03:00.000Z"}


def test_calls_made_offline_call_serve_and_redirect_a_waiting_ticket(store: SqlOfficeQueue, migrated_engine):
    take(store, "a", uuid="u-1")
    take(store, "a", uuid="u-2", now=at(1))
    event(migrated_engine, "u-1", "called", "2026-11-16T08:05:00.000Z", counter="2")
    event(migrated_engine, "u-2", "redirected", "2026-11-16T08:06:00Z", category_id="cat-family")
    assert statuses(store) == [("A-001", "cat-docs", "called", "2"), ("A-002", "cat-family", "waiting", None)]
    assert store.queue("a", "off-1", NOON)["tickets"][0]["called_at"] == "2026-11-16T08:05:00.000Z"
    event(migrated_engine, "u-1", "no_show", "2026-11-16T08:09:00Z")
    event(migrated_engine, "u-1", "called", "2026-11-16T08:10:00Z", counter="3")  # finished: never back
    event(migrated_engine, "u-unknown", "served", "2026-11-16T08:10:00Z")
    event(migrated_engine, "u-2", "made-up", "2026-11-16T08:10:00Z")
    assert statuses(store) == [("A-001", "cat-docs", "no_show", "2"), ("A-002", "cat-family", "waiting", None)]
    with migrated_engine.connect() as conn:
        finished = conn.execute(sa.select(office_queue_tickets.c.finished_at)
                                .where(office_queue_tickets.c.uuid == "u-1")).scalar_one()
    assert finished == dt.datetime(2026, 11, 16, 8, 9, tzinfo=dt.UTC)


def test_clerk_actions_are_refused_with_reasons(store: SqlOfficeQueue):
    take(store, "a")

    def act(action: str, ticket: str = "A-001", category: str | None = None):
        return lambda: store.act("a", "off-1", action, at(1), ticket=ticket, category_id=category)

    for action, ticket, category, status, code in (("served", "A-001", None, 409, "not_called"),
                                                   ("redirect", "A-001", "cat-docs", 409, "same_category"),
                                                   ("redirect", "A-001", None, 404, "unknown_category"),
                                                   ("recall", "A-777", None, 404, "unknown_ticket")):
        assert refusal(code, act(action, ticket, category)).status == status
    moved = act("redirect", category="cat-family")()["ticket"]
    assert (moved["category_id"], moved["status"]) == ("cat-family", "waiting")
    store.act("a", "off-1", "call_next", at(2), category_id="cat-family", counter="7")
    recalled = store.act("a", "off-1", "recall", at(3), ticket="A-001")["ticket"]
    assert (recalled["status"], recalled["counter"], recalled["called_at"]) == ("called", "7",
                                                                              "2026-11-16T08:03:00.000Z")
    assert store.act("a", "off-1", "no_show", at(4), ticket="A-001")["ticket"]["status"] == "no_show"
    refusal("finished", act("redirect", category="cat-docs"))


def test_pushed_tickets_join_the_queue_and_a_number_held_twice_is_a_clash(store: SqlOfficeQueue,
                                                                          migrated_engine):
    online = take(store, "a", uuid="u-online")
    assert push(migrated_engine, "a", "u-online", online["ticket"], "2026-11-16T08:00:00Z") is None
    assert push(migrated_engine, "b", "u-b1", "A-2001", "2026-11-16T07:00:00.5Z") is None
    assert push(migrated_engine, "b", "u-b1", "A-2001", "2026-11-16T07:00:00.5Z") is None  # delivered twice
    clash = push(migrated_engine, "c", "u-c1", "A-2001", "2026-11-16T07:30:00+00:00")
    assert clash is not None and clash.code == "ticket_clash"
    assert "A-2001" in clash.reason_ru and "2026-11-16" in clash.reason_en
    assert push(migrated_engine, "c", "u-c1", "A-2001", "2026-11-16T07:30:00Z") is None  # kept once
    seen_by_c = store.queue("c", "off-1", NOON)
    assert [(t["ticket"], t["issued_at"], t["uuid"]) for t in seen_by_c["tickets"]] == [
        ("A-2001", "2026-11-16T07:00:00.500Z", None), ("A-001", "2026-11-16T08:00:00.000Z", None)]
    assert seen_by_c["clashes"] == [{"ticket": "A-2001", "category_id": "cat-docs",
                                     "issued_at": "2026-11-16T07:30:00.000Z",
                                     "first_issued_at": "2026-11-16T07:00:00.500Z", "uuid": "u-c1"}]
    assert store.queue("b", "off-1", NOON)["clashes"][0]["uuid"] is None  # another kiosk's clash
    # a clash is never called; the holder is
    called = store.act("a", "off-1", "call_next", at(1), category_id="cat-docs", counter="1")
    assert called["ticket"]["ticket"] == "A-2001"
    assert store.act("a", "off-1", "call_next", at(2), category_id="cat-docs", counter="1")["ticket"]["ticket"] == "A-001"


def test_a_pushed_ticket_without_a_day_is_on_the_office_s_date_at_its_issue_time(store: SqlOfficeQueue,
                                                                               migrated_engine):
    assert push(migrated_engine, "b", "u-late", "A-2002", "2026-11-16T21:00:00Z", service_day="") is None
    assert push(migrated_engine, "b", "u-odd", "A-2003", "2026-11-16T21:00:00Z", service_day="2026-02-30") is None
    tomorrow = store.queue("b", "off-1", dt.datetime(2026, 11, 17, 6, 0, tzinfo=dt.UTC))
    assert tomorrow["service_day"] == "2026-11-17"
    assert [t["ticket"] for t in tomorrow["tickets"]] == ["A-2002", "A-2003"]


# --- the same answers as the sqlite3 code gives today -------------------------------------------

def script(queue: Any, pushed: Callable[[str, str, dict[str, Any]], Any],
           pushed_event: Callable[[dict[str, Any]], None]) -> list[Any]:
    """A day at an office, as answers (``server_time`` left out: the clock runs on)."""
    answers: list[Any] = []

    def keep(call: Callable[[], Any]) -> None:
        try:
            answer = call()
        except QueueRefused as exc:
            answer = ("refused", exc.status, exc.code, exc.message, exc.message_ru)
        if isinstance(answer, dict):
            answer = {k: v for k, v in answer.items() if k != "server_time"}
        answers.append(answer)

    keep(lambda: queue.enrol("b", "off-1"))
    for i, (kiosk, category) in enumerate([("a", "cat-docs"), ("b", "cat-docs"), ("a", "cat-family"),
                                           ("b", "cat-docs"), ("a", "cat-docs")]):
        keep(lambda i=i, kiosk=kiosk, category=category: queue.allocate(kiosk, "off-1", f"u-{i}", category, at(i)))
    keep(lambda: queue.allocate("a", "off-1", "u-0", "cat-docs", at(9)))
    keep(lambda: queue.allocate("a", "off-1", "u-0", "cat-family", at(9)))
    keep(lambda: pushed("b", "u-p1", {"office_id": "off-1", "category_id": "cat-docs", "ticket": "A-2001",
                                      "issued_at": "2026-11-16T07:59:00.25Z", "service_day": "2026-11-16"}))
    keep(lambda: pushed("a", "u-p2", {"office_id": "off-1", "category_id": "cat-docs", "ticket": "A-2001",
                                      "issued_at": "2026-11-16T08:00:30Z", "service_day": "2026-11-16"}))
    keep(lambda: queue.act("a", "off-1", "call_next", at(10), category_id="cat-docs", counter="3"))
    keep(lambda: queue.act("b", "off-1", "served", at(11), ticket="A-2001"))
    keep(lambda: queue.act("b", "off-1", "call_next", at(12), category_id="cat-docs", counter="5"))
    keep(lambda: queue.act("b", "off-1", "redirect", at(13), ticket="A-001", category_id="cat-family"))
    keep(lambda: pushed_event({"event": "called", "ticket_uuid": "u-2", "at": "2026-11-16T08:14:00Z", "counter": "2"}))
    keep(lambda: pushed_event({"event": "served", "ticket_uuid": "u-2", "at": "2026-11-16T08:15:00.1Z"}))
    keep(lambda: queue.act("a", "off-1", "no_show", at(16), ticket="A-003"))
    keep(lambda: queue.act("a", "off-1", "recall", at(16), ticket="A-777"))
    keep(lambda: queue.enrol("a", "off-2"))
    keep(lambda: queue.queue("a", "off-1", at(20)))
    keep(lambda: queue.queue("b", "off-1", at(20)))
    keep(lambda: queue.release_range("b"))
    keep(lambda: queue.release_range("b"))
    keep(lambda: queue.enrol("c", "off-1"))
    return answers


def test_the_answers_are_the_ones_the_sqlite3_code_gives(store: SqlOfficeQueue, migrated_engine, tmp_path: Path):
    def sql_push(kiosk: str, uuid: str, payload: dict[str, Any]):
        with write_transaction(migrated_engine) as conn:
            return oq.register_pushed_ticket(conn, kiosk, uuid, payload)

    def sql_event(payload: dict[str, Any]) -> None:
        with write_transaction(migrated_engine) as conn:
            oq.apply_pushed_event(conn, payload)

    storage = SqliteStorage(tmp_path / "today.db")
    try:
        storage.upsert_rows({t: SAMPLE_REFERENCE[t] for t in QUEUE_TABLES})

        def old_push(kiosk: str, uuid: str, payload: dict[str, Any]):
            with storage.write_transaction() as conn:
                return sqlite_queue.register_pushed_ticket(conn, kiosk, uuid, payload)

        def old_event(payload: dict[str, Any]) -> None:
            with storage.write_transaction() as conn:
                sqlite_queue.apply_pushed_event(conn, payload)

        today = script(storage.office_queue(), old_push, old_event)
    finally:
        storage.close()
    ported = script(store, sql_push, sql_event)
    assert ported == today
    assert today[-4]["tickets"] and today[-4]["clashes"]  # the comparison covers a full queue


# --- races on PostgreSQL: several threads, each on its own connection --------------------------

@pytest.fixture
def pg_store(pg_url: str):
    engine = open_engine(pg_url, pool_size=8, max_overflow=8)
    migrate.upgrade(engine)
    load_reference(engine)
    clock.set_pinned(NOON)
    yield SqlOfficeQueue(engine)
    clock.set_pinned(None)
    engine.dispose()


def test_eight_kiosks_allocating_at_once_get_eight_consecutive_numbers(pg_store: SqlOfficeQueue):
    for n in range(8):
        pg_store.enrol(f"k{n}", "off-1")
    kiosks = iter(range(8))
    lock = threading.Lock()

    def allocate() -> dict[str, Any]:
        with lock:
            n = next(kiosks)
        return pg_store.allocate(f"k{n}", "off-1", f"u-race-{n}", "cat-docs", NOON)

    outcomes = race(8, allocate)
    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert sorted(answer["ticket"] for _, answer in outcomes) == [f"A-{n:03d}" for n in range(1, 9)]
    assert sorted(answer["waiting_ahead"] for _, answer in outcomes) == list(range(8))


def test_eight_kiosks_enrolling_into_one_office_at_once_get_eight_ranges(pg_store: SqlOfficeQueue):
    kiosks = iter(range(8))
    lock = threading.Lock()

    def enrol() -> dict[str, Any]:
        with lock:
            n = next(kiosks)
        return pg_store.enrol(f"k{n}", "off-1")

    outcomes = race(8, enrol)
    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert sorted(answer["range_index"] for _, answer in outcomes) == list(range(1, 9))


def test_eight_clerks_calling_next_at_once_call_eight_visitors(pg_store: SqlOfficeQueue):
    for n in range(8):
        pg_store.allocate("a", "off-1", f"u-{n}", "cat-docs", at(n))
    outcomes = race(8, lambda: pg_store.act("b", "off-1", "call_next", at(10), category_id="cat-docs",
                                            counter="1"))
    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert sorted(answer["ticket"]["ticket"] for _, answer in outcomes) == [f"A-{n:03d}" for n in range(1, 9)]


def test_one_number_pushed_by_eight_kiosks_at_once_has_one_holder_and_seven_clashes(pg_store: SqlOfficeQueue):
    kiosks = iter(range(8))
    lock = threading.Lock()

    def push_one():
        with lock:
            n = next(kiosks)
        return push(pg_store.engine, f"k{n}", f"u-p{n}", "A-5001", f"2026-11-16T07:0{n}:00Z")

    outcomes = race(8, push_one)
    assert [kind for kind, _ in outcomes] == ["ok"] * 8, outcomes
    assert sorted(str(answer and answer.code) for _, answer in outcomes) == ["None"] + ["ticket_clash"] * 7
    seen = pg_store.queue("k0", "off-1", NOON)
    assert len(seen["tickets"]) == 1 and len(seen["clashes"]) == 7
