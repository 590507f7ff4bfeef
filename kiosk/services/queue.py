"""Issuing an electronic queue ticket at the kiosk: the next number of this kiosk's range (or the
office queue's number), stored with its outbox item in one transaction, and the estimated wait from
local history.  Runs on the database worker; Qt-free.  The numbering rules are
:mod:`kiosk.domain.queue`.
"""

from __future__ import annotations

import datetime as dt

from kiosk.domain.queue import (
    OfficeNumber,
    QueueError,
    Ticket,
    history_since,
    kiosk_range,
    next_number,
    service_day,
    ticket_payload,
    wait_minutes,
)
from offline_db import outbox
from offline_db.store import Store, iso_utc, parse_utc, utcnow


def estimate_wait(store: Store, office_id: str, category_id: str, day: str, ahead: int) -> int:
    """Minutes: tickets ahead × the average handling time seen here in the last two weeks."""
    rows = store.query(
        "SELECT called_at, served_at FROM queue_tickets WHERE office_id = ? AND category_id = ?"
        " AND service_day >= ? AND called_at IS NOT NULL AND served_at IS NOT NULL",
        [office_id, category_id, history_since(day)])
    return wait_minutes(ahead, ((parse_utc(r["served_at"]) - parse_utc(r["called_at"])).total_seconds() / 60
                                for r in rows))


def issue_ticket(store: Store, office_id: str, category_id: str, *, kiosk_index: int,
                 service_id: str | None = None, now: dt.datetime | None = None,
                 assisted_by: str | None = None, office_ticket: OfficeNumber | None = None) -> Ticket:
    """Issue the next ticket of this kiosk's range — or the number the office queue gave
    (``office_ticket``) — and queue it for delivery, in one transaction."""
    low, high = kiosk_range(kiosk_index)
    now = now or utcnow()
    with store.atomic():
        # A row kept only for local records (retired_at, see kiosk.sync.core) is not offered.
        office = store.query("SELECT timezone FROM offices WHERE id = ? AND retired_at IS NULL", [office_id])
        category = store.query("SELECT queue_letter FROM service_categories WHERE id = ? AND retired_at IS NULL",
                               [category_id])
        if not office or not category:
            raise QueueError("unknown or withdrawn office or category")
        if service_id is not None and not store.scalar(
                "SELECT 1 FROM services WHERE id = ? AND retired_at IS NULL", [service_id]):
            raise QueueError("unknown or withdrawn service")
        day = service_day(now, office[0]["timezone"])
        letter = category[0]["queue_letter"]
        if office_ticket is not None:
            return _record(store, office_ticket.ticket, office_id, category_id, service_id, office_ticket.service_day,
                           now, kiosk_index, assisted_by, office_ticket.uuid, office_ticket.waiting_ahead)
        last = store.scalar(
            "SELECT max(CAST(substr(ticket, instr(ticket, '-') + 1) AS INTEGER)) FROM queue_tickets"
            " WHERE office_id = ? AND service_day = ? AND ticket LIKE ? AND"
            " CAST(substr(ticket, instr(ticket, '-') + 1) AS INTEGER) BETWEEN ? AND ?",
            [office_id, day, f"{letter}-%", low, high])
        number = next_number(last, kiosk_index)
        return _record(store, f"{letter}-{number}", office_id, category_id, service_id, day, now, kiosk_index,
                       assisted_by)


def _record(store: Store, ticket: str, office_id: str, category_id: str, service_id: str | None, day: str,
            now: dt.datetime, kiosk_index: int, assisted_by: str | None, item_uuid: str | None = None,
            ahead: int | None = None) -> Ticket:
    """Store the ticket with its outbox item (inside the caller's transaction)."""
    if ahead is None:
        ahead = store.scalar(
            "SELECT count(*) FROM queue_tickets WHERE office_id = ? AND service_day = ?"
            " AND category_id = ? AND status = 'waiting'", [office_id, day, category_id])
    issued_at = iso_utc(now)
    item = outbox.enqueue(store, "queue_ticket",
                          ticket_payload(ticket, office_id, category_id, service_id, day, issued_at, kiosk_index),
                          captured_at=issued_at, assisted_by=assisted_by, item_uuid=item_uuid)
    store.db.execute(
        "INSERT INTO queue_tickets(outbox_uuid, office_id, category_id, service_id, ticket, service_day,"
        " issued_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting')",
        [item.uuid, office_id, category_id, service_id, ticket, day, issued_at])
    wait = estimate_wait(store, office_id, category_id, day, ahead)
    return Ticket(ticket, office_id, category_id, service_id, day, issued_at, ahead, wait,
                  item.receipt_number, item.uuid)
