"""The clerk's queue console: waiting tickets by category, call next, recall, served, no-show, redirect.

Qt-free.  Every action changes ``queue_tickets`` and queues a ``queue_event`` outbox item in the
same transaction (so the backend and the hall display learn about it, exactly once, even when the
kiosk is offline now), and writes an audit entry (role, action, ticket; never personal data:
a ticket holds none).

Ticket states: ``waiting`` → ``called`` (at a counter; may be recalled) → ``served`` | ``no_show``;
a redirect puts a waiting or called ticket back to ``waiting`` in another category, keeping its
number and its place by issue time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from kiosk.domain.queue import service_day
from offline_db import outbox
from offline_db.store import Store, iso_utc, parse_utc, utcnow

COUNTER_MAX = 8


class QueueActionError(ValueError):
    """The action cannot be done; ``code`` tells the screen which sentence to show."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True)
class CategoryQueue:
    category_id: str
    name_ru: str
    name_en: str
    letter: str
    waiting: int
    longest_wait_min: int     # minutes the oldest waiting ticket has waited (0 when none)
    next_ticket: str          # the ticket "call next" would call ('' when none)


@dataclass(frozen=True)
class CalledTicket:
    id: int
    ticket: str
    category_id: str
    counter: str
    called_at: str


def check_counter(text: str) -> str:
    counter = text.strip()
    if not counter or len(counter) > COUNTER_MAX or not all(c.isalnum() or c == "-" for c in counter):
        raise QueueActionError("bad_counter", "a counter number is 1-8 letters or digits")
    return counter


def _today(store: Store, office_id: str, now: dt.datetime) -> str:
    tz = store.scalar("SELECT timezone FROM offices WHERE id = ?", [office_id])
    if tz is None:
        raise QueueActionError("unknown_office", "unknown office")
    return service_day(now, tz)


def overview(store: Store, office_id: str, now: dt.datetime | None = None,
             office_tickets: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Today's queue at ``office_id``: every category with its waiting tickets, and the called ones.

    ``office_tickets``: the whole office's tickets from the office queue (online,
    ``kiosk.domain.office_queue.remote_tickets``); without them, this kiosk's own tickets."""
    now = now or utcnow()
    day = _today(store, office_id, now)
    if office_tickets is None:
        tickets = [dict(r) for r in store.query(
            "SELECT id, ticket, category_id, status, issued_at, called_at, counter FROM queue_tickets"
            " WHERE office_id = ? AND service_day = ? AND status IN ('waiting', 'called') ORDER BY issued_at, id",
            [office_id, day])]
    else:
        tickets = [t for t in office_tickets if t["status"] in ("waiting", "called")]
    # A category kept only for local records (retired_at) is listed while tickets still wait in it.
    used = sorted({t["category_id"] for t in tickets})
    marks = ", ".join("?" for _ in used) or "NULL"
    categories = []
    for cat in store.query(f"SELECT id, name_ru, name_en, queue_letter FROM service_categories WHERE retired_at IS NULL"
                           f" OR id IN ({marks}) ORDER BY sort_order, id", used):
        rows = [t for t in tickets if t["category_id"] == cat["id"] and t["status"] == "waiting"]
        longest = 0
        if rows:
            longest = max(0, int((now - parse_utc(rows[0]["issued_at"])).total_seconds() // 60))
        categories.append(CategoryQueue(cat["id"], cat["name_ru"], cat["name_en"], cat["queue_letter"], len(rows),
                                        longest, rows[0]["ticket"] if rows else ""))
    called = sorted((t for t in tickets if t["status"] == "called"),
                    key=lambda t: (t["called_at"] or "", t["id"]), reverse=True)
    return {"day": day, "categories": categories,
            "called": [CalledTicket(t["id"], t["ticket"], t["category_id"], t["counter"] or "", t["called_at"] or "")
                       for t in called]}


def _event(store: Store, ticket: dict[str, Any], event: str, role: str, now: dt.datetime,
           **extra: Any) -> None:
    at = iso_utc(now)
    outbox.enqueue(store, "queue_event", {
        "event": event, "ticket_uuid": ticket["outbox_uuid"], "ticket": ticket["ticket"],
        "office_id": ticket["office_id"], "service_day": ticket["service_day"], "at": at, **extra,
    }, captured_at=at, assisted_by=role)


def _ticket(store: Store, ticket_id: int) -> dict[str, Any]:
    rows = store.query("SELECT * FROM queue_tickets WHERE id = ?", [ticket_id])
    if not rows:
        raise QueueActionError("unknown_ticket", "no such ticket")
    return rows[0]


def call_next(store: Store, office_id: str, category_id: str, counter: str, *, role: str,
              now: dt.datetime | None = None) -> CalledTicket | None:
    """Call the longest-waiting ticket of ``category_id`` to ``counter``; ``None`` when nobody waits."""
    now = now or utcnow()
    counter = check_counter(counter)
    with store.atomic():
        day = _today(store, office_id, now)
        rows = store.query(
            "SELECT * FROM queue_tickets WHERE office_id = ? AND service_day = ? AND category_id = ?"
            " AND status = 'waiting' ORDER BY issued_at, id LIMIT 1", [office_id, day, category_id])
        if not rows:
            return None
        ticket = rows[0]
        at = iso_utc(now)
        store.execute("UPDATE queue_tickets SET status = 'called', called_at = ?, counter = ? WHERE id = ?",
                      [at, counter, ticket["id"]])
        _event(store, ticket, "called", role, now, counter=counter, category_id=category_id)
        store.audit(role, "queue.call_next", ticket["ticket"], f"counter {counter}")
    return CalledTicket(ticket["id"], ticket["ticket"], category_id, counter, at)


def recall(store: Store, ticket_id: int, *, role: str, now: dt.datetime | None = None) -> None:
    now = now or utcnow()
    with store.atomic():
        ticket = _ticket(store, ticket_id)
        if ticket["status"] != "called":
            raise QueueActionError("not_called", "only a called ticket can be recalled")
        _event(store, ticket, "recalled", role, now, counter=ticket["counter"])
        store.audit(role, "queue.recall", ticket["ticket"], f"counter {ticket['counter']}")


def _finish(store: Store, ticket_id: int, status: str, event: str, action: str, role: str,
            now: dt.datetime | None) -> None:
    now = now or utcnow()
    with store.atomic():
        ticket = _ticket(store, ticket_id)
        if ticket["status"] != "called":
            raise QueueActionError("not_called", "call the ticket first")
        served_at = iso_utc(now) if status == "served" else None
        store.execute("UPDATE queue_tickets SET status = ?, served_at = ? WHERE id = ?",
                      [status, served_at, ticket_id])
        _event(store, ticket, event, role, now, counter=ticket["counter"])
        store.audit(role, action, ticket["ticket"])


def mark_served(store: Store, ticket_id: int, *, role: str, now: dt.datetime | None = None) -> None:
    _finish(store, ticket_id, "served", "served", "queue.served", role, now)


def mark_no_show(store: Store, ticket_id: int, *, role: str, now: dt.datetime | None = None) -> None:
    _finish(store, ticket_id, "no_show", "no_show", "queue.no_show", role, now)


def redirect(store: Store, ticket_id: int, category_id: str, *, role: str, now: dt.datetime | None = None) -> None:
    """Send the ticket to another category's queue (it keeps its number and its issue time)."""
    now = now or utcnow()
    with store.atomic():
        ticket = _ticket(store, ticket_id)
        if ticket["status"] not in ("waiting", "called"):
            raise QueueActionError("finished", "this ticket has been served already")
        if not store.scalar("SELECT 1 FROM service_categories WHERE id = ? AND retired_at IS NULL", [category_id]):
            raise QueueActionError("unknown_category", "unknown category")
        if category_id == ticket["category_id"]:
            raise QueueActionError("same_category", "the ticket is in this category already")
        store.execute("UPDATE queue_tickets SET status = 'waiting', category_id = ?, called_at = NULL,"
                      " counter = NULL WHERE id = ?", [category_id, ticket_id])
        _event(store, ticket, "redirected", role, now, from_category_id=ticket["category_id"],
               category_id=category_id)
        store.audit(role, "queue.redirect", ticket["ticket"], f"to {category_id}")
