"""Electronic queue tickets that work offline and never collide between kiosks of one office.

Numbering (one queue per office, :mod:`kiosk.domain.office_queue`): online, the number comes from
the office queue on the regional backend (``A-001``, ``A-002``…, shared by every kiosk of the
office; passed in as ``ticket``).  Offline, each kiosk issues from its own range
``index*1000 + 1 .. index*1000 + 999`` within each category's letter, per day in the office's time
zone: the index (setting ``queue_kiosk_index``, 1..9) is given to the kiosk by the backend the first
time it reaches it, one per kiosk of the office, so kiosk 3 issues ``B-3001``… and kiosk 4
``B-4001``, and two kiosks cannot hand out the same ticket even with no network.  Numbers restart
every local day.

A ticket is committed together with its outbox item (kind ``queue_ticket``), so the queue console
and the backend learn about it.  The estimated wait comes from local history.  Qt-free.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from offline_db import outbox
from offline_db.store import Store, iso_utc, parse_utc, utcnow

RANGE = 1000
DEFAULT_MINUTES_PER_TICKET = 10.0
HISTORY_DAYS = 14


class QueueError(ValueError):
    """Cannot issue a ticket (unknown office or category, range exhausted for the day)."""


@dataclass(frozen=True)
class Ticket:
    ticket: str
    office_id: str
    category_id: str
    service_id: str | None
    service_day: str
    issued_at: str
    waiting_ahead: int
    estimated_wait_min: int
    receipt_number: str
    outbox_uuid: str


def service_day(moment: dt.datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).date().isoformat()


def estimate_wait(store: Store, office_id: str, category_id: str, day: str, ahead: int) -> int:
    """Minutes: tickets ahead × the average handling time seen here in the last two weeks."""
    since = (dt.date.fromisoformat(day) - dt.timedelta(days=HISTORY_DAYS)).isoformat()
    rows = store.query(
        "SELECT called_at, served_at FROM queue_tickets WHERE office_id = ? AND category_id = ?"
        " AND service_day >= ? AND called_at IS NOT NULL AND served_at IS NOT NULL",
        [office_id, category_id, since])
    durations = [(parse_utc(r["served_at"]) - parse_utc(r["called_at"])).total_seconds() / 60 for r in rows]
    durations = [d for d in durations if 0 < d < 240]
    per_ticket = sum(durations) / len(durations) if durations else DEFAULT_MINUTES_PER_TICKET
    return round(ahead * per_ticket)


def issue_ticket(store: Store, office_id: str, category_id: str, *, kiosk_index: int,
                 service_id: str | None = None, now: dt.datetime | None = None,
                 assisted_by: str | None = None, office_ticket: OfficeNumber | None = None) -> Ticket:
    """Issue the next ticket of this kiosk's range — or the number the office queue gave
    (``office_ticket``) — and queue it for delivery, in one transaction."""
    if not 1 <= kiosk_index <= 9:
        raise QueueError("queue_kiosk_index must be between 1 and 9")
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
        low, high = kiosk_index * RANGE + 1, kiosk_index * RANGE + RANGE - 1
        last = store.scalar(
            "SELECT max(CAST(substr(ticket, instr(ticket, '-') + 1) AS INTEGER)) FROM queue_tickets"
            " WHERE office_id = ? AND service_day = ? AND ticket LIKE ? AND"
            " CAST(substr(ticket, instr(ticket, '-') + 1) AS INTEGER) BETWEEN ? AND ?",
            [office_id, day, f"{letter}-%", low, high])
        number = (last or low - 1) + 1
        if number > high:
            raise QueueError("this kiosk has issued all its tickets for today in this category")
        return _record(store, f"{letter}-{number}", office_id, category_id, service_id, day, now, kiosk_index,
                       assisted_by)


@dataclass(frozen=True)
class OfficeNumber:
    """A number the office queue gave for the ticket ``uuid``."""

    uuid: str
    ticket: str
    service_day: str
    waiting_ahead: int


def _record(store: Store, ticket: str, office_id: str, category_id: str, service_id: str | None, day: str,
            now: dt.datetime, kiosk_index: int, assisted_by: str | None, item_uuid: str | None = None,
            ahead: int | None = None) -> Ticket:
    """Store the ticket with its outbox item (inside the caller's transaction)."""
    if ahead is None:
        ahead = store.scalar(
            "SELECT count(*) FROM queue_tickets WHERE office_id = ? AND service_day = ?"
            " AND category_id = ? AND status = 'waiting'", [office_id, day, category_id])
    issued_at = iso_utc(now)
    item = outbox.enqueue(store, "queue_ticket", {
        "office_id": office_id, "category_id": category_id, "service_id": service_id,
        "ticket": ticket, "service_day": day, "issued_at": issued_at, "kiosk_index": kiosk_index,
    }, captured_at=issued_at, assisted_by=assisted_by, item_uuid=item_uuid)
    store.db.execute(
        "INSERT INTO queue_tickets(outbox_uuid, office_id, category_id, service_id, ticket, service_day,"
        " issued_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting')",
        [item.uuid, office_id, category_id, service_id, ticket, day, issued_at])
    wait = estimate_wait(store, office_id, category_id, day, ahead)
    return Ticket(ticket, office_id, category_id, service_id, day, issued_at, ahead, wait,
                  item.receipt_number, item.uuid)
