"""The changes feed on PostgreSQL never skips a change (issue 19 item 3): writers commit in the
order of their sequence numbers because they append under the feed's advisory lock
(regional_backend.stores.reference.lock_feed), and a kiosk paging by its cursor sees every
change exactly once.  Plus: the feed page is read through the index changes_dataset_seq."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from regional_backend.db import migrate
from regional_backend.db.engine import open_engine, write_transaction
from regional_backend.db.tables.reference import changes as changes_table
from regional_backend.stores.reference import InvalidRows, ReferenceStore, _append, lock_feed, page_query
from tests.e2e.backend_proc import SAMPLE_REFERENCE

OFFICE = SAMPLE_REFERENCE["offices"][0]


@pytest.fixture
def store(pg_url: str) -> Iterator[ReferenceStore]:
    engine = open_engine(pg_url, pool_size=10)
    migrate.upgrade(engine)
    store = ReferenceStore(engine)
    store.upsert_rows(SAMPLE_REFERENCE)
    yield store
    engine.dispose()


def office(office_id: str) -> dict[str, Any]:
    return {**OFFICE, "id": office_id}


def follow(store: ReferenceStore, cursor: str | None, limit: int = 3) -> tuple[list[str], str]:
    """Page through the offices feed from ``cursor`` as a kiosk does: the ids seen, the new cursor."""
    seen = []
    while True:
        page = store.changes("offices", cursor, limit)
        seen += [json.loads(c)["id"] for c in page.changes_json]
        cursor = page.cursor
        if not page.more:
            return seen, cursor


def advisory_waiters(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND wait_event = 'advisory'")).scalar_one()


def test_a_reader_between_two_writers_commits_misses_nothing(store: ReferenceStore):
    """Writer A has appended and not committed; writer B starts and must wait for A; a kiosk pulls
    in between.  After both commit, the kiosk following its cursor gets A's and B's change, each
    once.  (Without the lock B commits first, the pull in between passes B's number, and A's
    lower number, committed afterwards, is never delivered.)"""
    _, cursor = follow(store, None)
    b_done = threading.Event()
    b_waited = False

    def writer_b() -> None:
        store.upsert_rows({"offices": [office("off-b")]})
        b_done.set()

    b = threading.Thread(target=writer_b)
    with write_transaction(store.engine) as conn_a:
        lock_feed(conn_a)
        _append(conn_a, "offices", "off-a", "upsert", office("off-a"), "2026-11-21T09:30:00.000Z")
        b.start()
        deadline = time.monotonic() + 20
        while not b_done.is_set() and time.monotonic() < deadline:
            if advisory_waiters(store.engine):
                b_waited = True
                break
            b_done.wait(0.01)
        between, cursor = follow(store, cursor)
    b.join(timeout=20)
    assert b_done.is_set()
    after, _ = follow(store, cursor)
    assert between + after == ["off-a", "off-b"], (between, after)
    assert b_waited and between == []


def test_writers_and_readers_at_once_every_reader_sees_every_change_exactly_once(store: ReferenceStore):
    """Four writers append new offices (1 to 7 per call, so that a short write can start after a
    long one and finish before it) while two kiosks page through the feed with
    their cursors; at the end each kiosk has seen every change of the feed once, in its order.
    A trigger on this test's database makes each row's write take a while (writer 0's 10 ms, the
    others' 1 ms), widening the time between a sequence number being handed out and its commit,
    so that without the lock readers miss changes in every run, not once in a while."""
    with store.engine.begin() as conn:
        conn.execute(sa.text("CREATE FUNCTION slow_write() RETURNS trigger LANGUAGE plpgsql AS "
                             "$$ BEGIN PERFORM pg_sleep(CASE WHEN NEW.id LIKE 'off-0-%' THEN 0.01 ELSE 0.001 END); "
                             "RETURN NEW; END $$"))
        conn.execute(sa.text("CREATE TRIGGER slow_write BEFORE INSERT ON ref_rows "
                             "FOR EACH ROW EXECUTE FUNCTION slow_write()"))
    writers, calls = 4, 40

    def size(w: int, n: int) -> int:
        return 1 + (3 * w + n) % 7

    gate = threading.Barrier(writers + 2)
    writing = threading.Event()
    seen: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def write(w: int) -> None:
        try:
            gate.wait()
            for n in range(calls):
                store.upsert_rows({"offices": [office(f"off-{w}-{n}-{k}") for k in range(size(w, n))]})
        except BaseException as exc:  # noqa: BLE001 -- reported by the assertion below
            errors.append(exc)

    def read(r: int) -> None:
        try:
            ids, cursor = follow(store, None)
            gate.wait()
            while writing.is_set():
                more, cursor = follow(store, cursor, limit=50)  # keeps up with the head of the feed
                ids += more
            more, cursor = follow(store, cursor)  # what was committed last
            seen[r] = ids + more
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    writing.set()
    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    readers = [threading.Thread(target=read, args=(r,)) for r in range(2)]
    for thread in threads + readers:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    writing.clear()
    for thread in readers:
        thread.join(timeout=120)
    assert errors == []
    with store.engine.connect() as conn:
        feed = conn.execute(sa.select(changes_table.c.id).where(changes_table.c.dataset == "offices")
                            .order_by(changes_table.c.seq)).scalars().all()
    assert len(feed) == 2 + sum(size(w, n) for w in range(writers) for n in range(calls))
    for r in (0, 1):
        missing = set(feed) - set(seen[r])
        assert not missing and seen[r] == feed, f"reader {r} missed {len(missing)} of {len(feed)} changes"


def test_a_feed_page_is_read_through_the_dataset_seq_index(store: ReferenceStore):
    """The page query (dataset, seq > cursor, by seq) uses changes_dataset_seq on a log of 30,000
    changes, most of them the catalogue's: a kiosk pulling the offices or the utilities reads
    that dataset's changes, not the whole log filtered (which the primary key's order would be)."""
    moment = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)
    with write_transaction(store.engine) as conn:
        conn.execute(sa.insert(changes_table), [
            {"dataset": "offices" if n % 100 == 0 else "utilities" if n % 100 == 1 else "catalogue", "entity": "offices", "id": f"off-{n}", "op": "upsert",
             "data": "{}", "changed_at": moment} for n in range(30_000)])
    with store.engine.connect() as conn:
        conn.execute(sa.text("ANALYZE changes"))
        for dataset, after in (("offices", 0), ("offices", 15_000), ("utilities", 0)):
            query = page_query(dataset, after, 101).compile(conn.engine, compile_kwargs={"literal_binds": True})
            plan = "\n".join(conn.exec_driver_sql(f"EXPLAIN {query}").scalars())
            assert "changes_dataset_seq" in plan, plan


def delete_and_load_at_once(store: ReferenceStore, n: int) -> dict[str, str]:
    """Delete category ``cat-{n}`` and load a service naming it, on two threads released at once;
    each outcome is "ok" or "refused" (InvalidRows)."""
    gate = threading.Barrier(2)
    outcomes: dict[str, str] = {}
    service = {**SAMPLE_REFERENCE["services"][0], "id": f"svc-r{n}", "category_id": f"cat-{n}"}
    jobs = {"delete": lambda: store.delete_rows("service_categories", [f"cat-{n}"]),
            "load": lambda: store.upsert_rows({"services": [service]})}

    def run(name: str) -> None:
        gate.wait()
        try:
            jobs[name]()
            outcomes[name] = "ok"
        except InvalidRows:
            outcomes[name] = "refused"

    threads = [threading.Thread(target=run, args=(name,)) for name in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_a_delete_and_a_load_that_refers_to_the_deleted_row_at_once_never_leave_a_dangling_reference(
        store: ReferenceStore):
    """A category is deleted while a service naming it is loaded: one of the two is refused, never
    both accepted (each checks the other's rows, so without serialising both would see nothing in
    the way, and a service would name a category no kiosk has)."""
    category = SAMPLE_REFERENCE["service_categories"][0]
    for n in range(20):
        store.upsert_rows({"service_categories": [{**category, "id": f"cat-{n}"}]})
        outcomes = delete_and_load_at_once(store, n)
        assert sorted(outcomes.values()) == ["ok", "refused"], (n, outcomes)
        service, category_row = store.get_row("services", f"svc-r{n}"), store.get_row("service_categories", f"cat-{n}")
        assert (service is None) == (category_row is None), (n, outcomes)  # both kept or both gone
