"""Queue tickets: per-kiosk ranges, daily reset in the office's time zone, outbox, wait estimate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.domain.queue import QueueError
from kiosk.services.queue import issue_ticket
from offline_db import outbox
from offline_db.opening import open_store
from offline_db.store import Store, iso_utc

NOON = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC)  # 12:00 in Ulyanovsk


def make_store(path: Path) -> Store:
    store = open_store(path)
    store.conn.execute("INSERT INTO offices VALUES ('o1','МФЦ','MFC','а','a','Europe/Ulyanovsk','','','','t',NULL)")
    store.conn.execute("INSERT INTO service_categories VALUES ('c1','A','Паспорта','Passports','',1,'t',NULL)")
    store.conn.execute("INSERT INTO service_categories VALUES ('c2','B','Семья','Family','',2,'t',NULL)")
    return store


def test_numbers_follow_the_kiosk_range_and_letter(tmp_path: Path) -> None:
    with make_store(tmp_path / "k.sqlite3") as store:
        got = [issue_ticket(store, "o1", "c1", kiosk_index=3, now=NOON).ticket for _ in range(3)]
        assert got == ["A-3001", "A-3002", "A-3003"]
        assert issue_ticket(store, "o1", "c2", kiosk_index=3, now=NOON).ticket == "B-3001"


def test_two_offline_kiosks_of_one_office_never_collide(tmp_path: Path) -> None:
    a, b = make_store(tmp_path / "a.sqlite3"), make_store(tmp_path / "b.sqlite3")
    tickets = [issue_ticket(s, "o1", "c1", kiosk_index=i, now=NOON).ticket
               for _ in range(50) for s, i in ((a, 1), (b, 2))]
    assert len(tickets) == len(set(tickets)) == 100
    a.close()
    b.close()


def test_numbering_restarts_at_local_midnight(tmp_path: Path) -> None:
    with make_store(tmp_path / "k.sqlite3") as store:
        before = dt.datetime(2026, 11, 21, 19, 59, tzinfo=dt.UTC)  # 23:59 local
        after = dt.datetime(2026, 11, 21, 20, 1, tzinfo=dt.UTC)    # 00:01 local, next day
        assert issue_ticket(store, "o1", "c1", kiosk_index=1, now=before).ticket == "A-1001"
        assert issue_ticket(store, "o1", "c1", kiosk_index=1, now=before).ticket == "A-1002"
        ticket = issue_ticket(store, "o1", "c1", kiosk_index=1, now=after)
        assert (ticket.ticket, ticket.service_day) == ("A-1001", "2026-11-22")


def test_ticket_and_outbox_item_commit_together(tmp_path: Path) -> None:
    with make_store(tmp_path / "k.sqlite3") as store:
        ticket = issue_ticket(store, "o1", "c1", kiosk_index=1, now=NOON, service_id=None)
        item = outbox.get_by_uuid(store, ticket.outbox_uuid)
        assert item is not None and item.kind == "queue_ticket" and item.state == "pending"
        assert item.payload["ticket"] == "A-1001" and item.receipt_number == ticket.receipt_number
        with pytest.raises(QueueError):
            issue_ticket(store, "o1", "nope", kiosk_index=1, now=NOON)
        assert store.scalar("SELECT count(*) FROM outbox") == 1  # nothing half-written


def test_estimated_wait_uses_local_history(tmp_path: Path) -> None:
    with make_store(tmp_path / "k.sqlite3") as store:
        first = issue_ticket(store, "o1", "c1", kiosk_index=1, now=NOON)
        assert (first.waiting_ahead, first.estimated_wait_min) == (0, 0)
        second = issue_ticket(store, "o1", "c1", kiosk_index=1, now=NOON)
        assert (second.waiting_ahead, second.estimated_wait_min) == (1, 10)  # default 10 min each
        called = NOON - dt.timedelta(days=1)
        store.conn.execute(
            "UPDATE queue_tickets SET status='served', called_at=?, served_at=?, service_day='2026-11-20'"
            " WHERE ticket='A-1001'", [iso_utc(called), iso_utc(called + dt.timedelta(minutes=4))])
        third = issue_ticket(store, "o1", "c1", kiosk_index=1, now=NOON)
        assert (third.waiting_ahead, third.estimated_wait_min) == (1, 4)


def test_kiosk_index_out_of_range(tmp_path: Path) -> None:
    with make_store(tmp_path / "k.sqlite3") as store, pytest.raises(QueueError):
        issue_ticket(store, "o1", "c1", kiosk_index=0, now=NOON)
