"""One queue per office: the office's ticket numbers, its calls, and each kiosk's offline range.

Numbering scheme (no technician sets anything):

* **Online**, a kiosk asks the backend for the next ticket (:func:`allocate`): numbers ``1..999``
  per office, category letter and local day (``A-001``, ``A-002``…), taken in one ``BEGIN
  IMMEDIATE`` transaction, so two kiosks asking at the same moment get two numbers.
* **Offline**, each kiosk issues from its own range ``index*1000+1 .. index*1000+999``
  (``A-3001``…).  The index (1..9) is given by the backend the first time the kiosk talks to it
  (:func:`enrol`, called by the kiosk's sync), one per kiosk of the office, and kept on the kiosk.
  The two schemes never overlap, and no two kiosks of an office share a range.
* **Clash**: a ticket pushed later whose number is already held that day at the office by another
  ticket (a kiosk that issued before it ever reached the backend, or a range set by hand) is
  refused (``ticket_clash``, a rejection the kiosk's clerk sees) and kept as a flagged clash that
  every kiosk's clerk console of the office shows: two visitors hold that number.

A kiosk is bound to one office (by its first :func:`enrol`, or its first call on a queue, which
enrols it); it reads and changes only that office's queue.  Tables ``office_queue_ranges`` and ``office_queue_tickets`` (migration
``m004_office_queue`` of :mod:`regional_backend.storage`).  Ticket numbers hold no personal data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import clock
from .rejection import Rejection

RANGE_SIZE = 1000
MAX_RANGES = 9
OFFICE_MAX = 999
ACTIONS = ("call_next", "recall", "served", "no_show", "redirect")
_NUMBER = re.compile(r"^([A-ZА-ЯЁ]{1,3})-(\d{1,5})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

SCHEMA = (
    """CREATE TABLE office_queue_ranges (
        kiosk_id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        range_index INTEGER NOT NULL CHECK (range_index BETWEEN 1 AND 9),
        assigned_at TEXT NOT NULL,
        UNIQUE (office_id, range_index)
    )""",
    """CREATE TABLE office_queue_tickets (
        uuid TEXT PRIMARY KEY,               -- the ticket's outbox uuid at its kiosk
        office_id TEXT NOT NULL,
        service_day TEXT NOT NULL,           -- the office's local date
        ticket TEXT NOT NULL,
        category_id TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('office', 'kiosk')),
        issued_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'no_show', 'clash')),
        counter TEXT, called_at TEXT, finished_at TEXT,
        clash_of TEXT                        -- the uuid of the ticket that holds the number first
    )""",
    # One holder per number and day at an office, enforced by the database.
    "CREATE UNIQUE INDEX office_queue_number ON office_queue_tickets(office_id, service_day, ticket)"
    " WHERE clash_of IS NULL",
    "CREATE INDEX office_queue_day ON office_queue_tickets(office_id, service_day, status, issued_at)",
)


class QueueRefused(Exception):
    """An answer for the kiosk: HTTP status, machine code and sentences in English and Russian."""

    def __init__(self, status: int, code: str, message: str, message_ru: str):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru


def _now_iso(now: dt.datetime) -> str:
    """UTC with milliseconds, one fixed width, so that times compare as text (issue order)."""
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z"


def _as_iso(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return _now_iso(clock.now())
    return _now_iso(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def _ref(conn: sqlite3.Connection, entity: str, entity_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM ref_rows WHERE entity = ? AND id = ?", [entity, entity_id]).fetchone()
    return json.loads(row[0]) if row else None


def _office(conn: sqlite3.Connection, office_id: str) -> dict[str, Any]:
    office = _ref(conn, "offices", office_id)
    if office is None:
        raise QueueRefused(404, "unknown_office", "This office is not in the regional register; check the "
                           "kiosk's office setting.",
                           "Такого офиса нет в реестре региона; проверьте офис в настройках киоска.")
    return office


def office_day(office: Mapping[str, Any], now: dt.datetime) -> str:
    try:
        zone = ZoneInfo(str(office.get("timezone") or "Europe/Moscow"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Europe/Moscow")
    return now.astimezone(zone).date().isoformat()


def kiosk_office(conn: sqlite3.Connection, kiosk_id: str) -> str | None:
    row = conn.execute("SELECT office_id FROM office_queue_ranges WHERE kiosk_id = ?", [kiosk_id]).fetchone()
    return row[0] if row else None


def enrol(conn: sqlite3.Connection, kiosk_id: str, office_id: str) -> dict[str, Any]:
    """Bind ``kiosk_id`` to ``office_id`` (once) and give it the lowest free offline range there."""
    _office(conn, office_id)
    row = conn.execute("SELECT office_id, range_index FROM office_queue_ranges WHERE kiosk_id = ?",
                       [kiosk_id]).fetchone()
    if row is not None and row[0] != office_id:
        raise _other_office()
    if row is None:
        taken = {r[0] for r in conn.execute("SELECT range_index FROM office_queue_ranges WHERE office_id = ?",
                                            [office_id])}
        free = [i for i in range(1, MAX_RANGES + 1) if i not in taken]
        if not free:
            raise QueueRefused(409, "no_free_range",
                               f"All {MAX_RANGES} offline number ranges of this office are given to other "
                               "kiosks; the administrator frees the range of a kiosk that left "
                               "(regional_backend release-queue-range KIOSK).",
                               f"Все {MAX_RANGES} диапазонов номеров талонов этого офиса отданы другим "
                               "киоскам; администратор освобождает диапазон убранного киоска "
                               "(regional_backend release-queue-range KIOSK).")
        conn.execute("INSERT INTO office_queue_ranges(kiosk_id, office_id, range_index, assigned_at)"
                     " VALUES (?, ?, ?, ?)", [kiosk_id, office_id, free[0], _now_iso(clock.now())])
        index = free[0]
    else:
        index = row[1]
    return {"office_id": office_id, "range_index": index, "range_first": index * RANGE_SIZE + 1,
            "range_last": index * RANGE_SIZE + RANGE_SIZE - 1, "server_time": _now_iso(clock.now())}


def release(conn: sqlite3.Connection, kiosk_id: str) -> bool:
    return conn.execute("DELETE FROM office_queue_ranges WHERE kiosk_id = ?", [kiosk_id]).rowcount > 0


def _other_office() -> QueueRefused:
    return QueueRefused(403, "other_office",
                        "This kiosk belongs to another office; it sees and changes only its own office's "
                        "queue.", "Этот киоск относится к другому офису; он видит и меняет только очередь "
                        "своего офиса.")


def check_office(conn: sqlite3.Connection, kiosk_id: str, office_id: str) -> dict[str, Any]:
    """The office, when ``kiosk_id`` is bound to it (binding it if it is bound to none yet)."""
    bound = kiosk_office(conn, kiosk_id)
    if bound is None:
        enrol(conn, kiosk_id, office_id)
    elif bound != office_id:
        raise _other_office()
    return _office(conn, office_id)


def _category(conn: sqlite3.Connection, category_id: str) -> dict[str, Any]:
    category = _ref(conn, "service_categories", category_id)
    if category is None:
        raise QueueRefused(404, "unknown_category", "This queue category is not in the regional register; "
                           "update the kiosk's catalogue.",
                           "Такой категории очереди нет в реестре региона; обновите справочник на киоске.")
    return category


def allocate(conn: sqlite3.Connection, kiosk_id: str, office_id: str, uuid: str, category_id: str,
             now: dt.datetime) -> dict[str, Any]:
    """The office's next number in the category today, for the ticket ``uuid`` (idempotent by uuid)."""
    office = check_office(conn, kiosk_id, office_id)
    existing = conn.execute("SELECT kiosk_id, office_id, category_id FROM office_queue_tickets WHERE uuid = ?",
                            [uuid]).fetchone()
    if existing is not None and tuple(existing) != (kiosk_id, office_id, category_id):
        raise QueueRefused(409, "uuid_conflict", "A ticket with this uuid exists with other data.",
                           "Талон с этим идентификатором уже есть с другими данными.")
    if existing is None:
        letter = str(_category(conn, category_id).get("queue_letter") or "")
        day = office_day(office, now)
        last = 0
        for (ticket,) in conn.execute("SELECT ticket FROM office_queue_tickets WHERE office_id = ? AND service_day = ?"
                                      " AND source = 'office' AND ticket LIKE ?", [office_id, day, f"{letter}-%"]):
            m = _NUMBER.match(ticket)
            if m and m.group(1) == letter:
                last = max(last, int(m.group(2)))
        if last >= OFFICE_MAX:
            raise QueueRefused(409, "office_range_exhausted",
                               f"The office has issued {OFFICE_MAX} tickets in this category today; the kiosk "
                               "issues from its own range.",
                               f"Офис выдал сегодня {OFFICE_MAX} талонов в этой категории; киоск выдаёт "
                               "номера из своего диапазона.")
        conn.execute("INSERT INTO office_queue_tickets(uuid, office_id, service_day, ticket, category_id, kiosk_id,"
                     " source, issued_at, status) VALUES (?, ?, ?, ?, ?, ?, 'office', ?, 'waiting')",
                     [uuid, office_id, day, f"{letter}-{last + 1:03d}", category_id, kiosk_id, _now_iso(now)])
    row = conn.execute("SELECT ticket, service_day, issued_at, category_id FROM office_queue_tickets WHERE uuid = ?",
                       [uuid]).fetchone()
    ahead = conn.execute("SELECT count(*) FROM office_queue_tickets WHERE office_id = ? AND service_day = ?"
                         " AND category_id = ? AND status = 'waiting' AND (issued_at < ? OR (issued_at = ? AND rowid <"
                         " (SELECT rowid FROM office_queue_tickets WHERE uuid = ?)))",
                         [office_id, row[1], row[3], row[2], row[2], uuid]).fetchone()[0]
    return {"ticket": row[0], "service_day": row[1], "issued_at": row[2], "waiting_ahead": ahead,
            "server_time": _now_iso(clock.now())}


_TICKET_COLUMNS = ("uuid", "kiosk_id", "ticket", "category_id", "status", "issued_at", "called_at", "counter",
                   "clash_of")


def office_queue(conn: sqlite3.Connection, kiosk_id: str, office_id: str, now: dt.datetime) -> dict[str, Any]:
    """Today's tickets of the office (every kiosk's), oldest first, and its clashes."""
    office = check_office(conn, kiosk_id, office_id)
    day = office_day(office, now)
    rows = [dict(zip(_TICKET_COLUMNS, r, strict=True)) for r in conn.execute(
        f"SELECT {', '.join(_TICKET_COLUMNS)} FROM office_queue_tickets WHERE office_id = ? AND service_day = ?"
        " ORDER BY issued_at, rowid", [office_id, day])]
    first = {r["uuid"]: r for r in rows}
    tickets, clashes = [], []
    for r in rows:
        own = r["kiosk_id"] == kiosk_id
        if r["clash_of"] is not None:
            holder = first.get(r["clash_of"])
            clashes.append({"ticket": r["ticket"], "category_id": r["category_id"], "issued_at": r["issued_at"],
                            "first_issued_at": holder["issued_at"] if holder else None,
                            "uuid": r["uuid"] if own else None})
            continue
        tickets.append({"ticket": r["ticket"], "category_id": r["category_id"], "status": r["status"],
                        "issued_at": r["issued_at"], "called_at": r["called_at"], "counter": r["counter"],
                        "uuid": r["uuid"] if own else None})
    return {"office_id": office_id, "service_day": day, "server_time": _now_iso(clock.now()),
            "tickets": tickets, "clashes": clashes}


def _held(conn: sqlite3.Connection, office_id: str, day: str, ticket: str) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_TICKET_COLUMNS)} FROM office_queue_tickets WHERE office_id = ?"
                       " AND service_day = ? AND ticket = ? AND clash_of IS NULL", [office_id, day, ticket]).fetchone()
    if row is None:
        raise QueueRefused(404, "unknown_ticket", "There is no such ticket in the office's queue today.",
                           "Такого талона сегодня в очереди офиса нет.")
    return dict(zip(_TICKET_COLUMNS, row, strict=True))


def _answer(conn: sqlite3.Connection, uuid: str) -> dict[str, Any]:
    row = conn.execute("SELECT ticket, category_id, status, counter, called_at FROM office_queue_tickets"
                       " WHERE uuid = ?", [uuid]).fetchone()
    return dict(zip(("ticket", "category_id", "status", "counter", "called_at"), row, strict=True))


def act(conn: sqlite3.Connection, kiosk_id: str, office_id: str, action: str, now: dt.datetime, *,
        ticket: str | None = None, category_id: str | None = None, counter: str | None = None) -> dict[str, Any]:
    """A clerk's action on the office queue; ``{"ticket": …}`` (``None`` when nobody waits for call_next)."""
    office = check_office(conn, kiosk_id, office_id)
    day = office_day(office, now)
    at = _now_iso(now)
    if action == "call_next":
        _category(conn, category_id or "")
        row = conn.execute("SELECT uuid FROM office_queue_tickets WHERE office_id = ? AND service_day = ?"
                           " AND category_id = ? AND status = 'waiting' ORDER BY issued_at, rowid LIMIT 1",
                           [office_id, day, category_id]).fetchone()
        if row is None:
            return {"ticket": None, "server_time": at}
        conn.execute("UPDATE office_queue_tickets SET status = 'called', called_at = ?, counter = ? WHERE uuid = ?",
                     [at, counter, row[0]])
        return {"ticket": _answer(conn, row[0]), "server_time": at}
    held = _held(conn, office_id, day, ticket or "")
    if action in ("recall", "served", "no_show") and held["status"] != "called":
        raise QueueRefused(409, "not_called", "This ticket has not been called; call it first.",
                           "Этот талон не вызван; сначала вызовите его.")
    if action == "served" or action == "no_show":
        conn.execute("UPDATE office_queue_tickets SET status = ?, finished_at = ? WHERE uuid = ?",
                     [action, at, held["uuid"]])
    elif action == "recall":
        conn.execute("UPDATE office_queue_tickets SET called_at = ? WHERE uuid = ?", [at, held["uuid"]])
    else:  # redirect
        if held["status"] not in ("waiting", "called"):
            raise QueueRefused(409, "finished", "This ticket has been served already.",
                               "Этот талон уже обслужен.")
        _category(conn, category_id or "")
        if category_id == held["category_id"]:
            raise QueueRefused(409, "same_category", "The ticket is in this queue already.",
                               "Талон уже в этой очереди.")
        conn.execute("UPDATE office_queue_tickets SET status = 'waiting', category_id = ?, called_at = NULL,"
                     " counter = NULL WHERE uuid = ?", [category_id, held["uuid"]])
    return {"ticket": _answer(conn, held["uuid"]), "server_time": at}


# --- tickets and calls pushed by kiosks (offline work merging back) ---------------------------------

def register_pushed_ticket(conn: sqlite3.Connection, kiosk_id: str, uuid: str,
                           payload: Mapping[str, Any]) -> Rejection | None:
    """Put a delivered ticket into its office's queue; a number held by another ticket is a clash."""
    if conn.execute("SELECT 1 FROM office_queue_tickets WHERE uuid = ?", [uuid]).fetchone():
        return None  # allocated online by the office queue: it is in the queue already
    office_id, ticket = str(payload["office_id"]), str(payload["ticket"])
    issued_at = _as_iso(str(payload.get("issued_at") or ""))
    day = str(payload.get("service_day") or "")
    if not _DAY.match(day):  # the kiosk's own date is the ticket's; without one, the issue time's
        day = office_day(_office(conn, office_id), dt.datetime.fromisoformat(issued_at.replace("Z", "+00:00")))
    holder = conn.execute("SELECT uuid FROM office_queue_tickets WHERE office_id = ? AND service_day = ?"
                          " AND ticket = ? AND clash_of IS NULL", [office_id, day, ticket]).fetchone()
    conn.execute("INSERT INTO office_queue_tickets(uuid, office_id, service_day, ticket, category_id, kiosk_id,"
                 " source, issued_at, status, clash_of) VALUES (?, ?, ?, ?, ?, ?, 'kiosk', ?, ?, ?)",
                 [uuid, office_id, day, ticket, str(payload["category_id"]), kiosk_id, issued_at,
                  "clash" if holder else "waiting", holder[0] if holder else None])
    if holder is None:
        return None
    return Rejection(
        "ticket_clash",
        f"Номер талона {ticket} на {day} уже выдан в этом офисе другим талоном: у двух посетителей один "
        f"номер. Когда вызываете {ticket}, сверьте время выдачи на талоне и примите обоих посетителей. "
        "Киоск получает свой диапазон номеров при связи с сервером, дальше номера не повторятся.",
        f"Ticket number {ticket} for {day} is already held at this office by another ticket: two "
        f"visitors hold the same number. When you call {ticket}, check the time printed on the ticket "
        "and serve both visitors. The kiosk gets its own number range when it reaches the server; "
        "numbers will not repeat from then on.",
    )


_EVENT_STATUS = {"called": "called", "served": "served", "no_show": "no_show", "redirected": "waiting"}


def apply_pushed_event(conn: sqlite3.Connection, payload: Mapping[str, Any]) -> None:
    """Apply a clerk's action made offline to the office queue, moving the ticket only forward."""
    new = _EVENT_STATUS.get(str(payload.get("event")))
    row = conn.execute("SELECT status FROM office_queue_tickets WHERE uuid = ? AND clash_of IS NULL",
                       [str(payload.get("ticket_uuid") or "")]).fetchone()
    if new is None or row is None or row[0] not in ("waiting", "called"):
        return
    at = _as_iso(str(payload.get("at") or ""))
    uuid = str(payload["ticket_uuid"])
    if new == "called":
        conn.execute("UPDATE office_queue_tickets SET status = 'called', called_at = ?, counter = ? WHERE uuid = ?",
                     [at, payload.get("counter"), uuid])
    elif new == "waiting":
        conn.execute("UPDATE office_queue_tickets SET status = 'waiting', category_id = ?, called_at = NULL,"
                     " counter = NULL WHERE uuid = ?", [str(payload.get("category_id")), uuid])
    else:
        conn.execute("UPDATE office_queue_tickets SET status = ?, finished_at = ? WHERE uuid = ?", [new, at, uuid])


# --- engine-neutral rules shared with the SQLAlchemy store (regional_backend.stores.office_queue) -----
# The sqlite3 functions above keep their own copies until the backend switches to the new store.

now_iso = _now_iso
as_iso = _as_iso
other_office = _other_office
EVENT_STATUS = _EVENT_STATUS
TICKET_COLUMNS = _TICKET_COLUMNS
DAY_RE = _DAY

_REFUSALS: dict[str, tuple[int, str, str]] = {
    "unknown_office": (404, "This office is not in the regional register; check the kiosk's office setting.",
                       "Такого офиса нет в реестре региона; проверьте офис в настройках киоска."),
    "unknown_category": (404, "This queue category is not in the regional register; update the kiosk's "
                         "catalogue.",
                         "Такой категории очереди нет в реестре региона; обновите справочник на киоске."),
    "no_free_range": (409, f"All {MAX_RANGES} offline number ranges of this office are given to other kiosks; "
                      "the administrator frees the range of a kiosk that left "
                      "(regional_backend release-queue-range KIOSK).",
                      f"Все {MAX_RANGES} диапазонов номеров талонов этого офиса отданы другим киоскам; "
                      "администратор освобождает диапазон убранного киоска "
                      "(regional_backend release-queue-range KIOSK)."),
    "uuid_conflict": (409, "A ticket with this uuid exists with other data.",
                      "Талон с этим идентификатором уже есть с другими данными."),
    "office_range_exhausted": (409, f"The office has issued {OFFICE_MAX} tickets in this category today; the "
                               "kiosk issues from its own range.",
                               f"Офис выдал сегодня {OFFICE_MAX} талонов в этой категории; киоск выдаёт "
                               "номера из своего диапазона."),
    "unknown_ticket": (404, "There is no such ticket in the office's queue today.",
                       "Такого талона сегодня в очереди офиса нет."),
    "not_called": (409, "This ticket has not been called; call it first.",
                   "Этот талон не вызван; сначала вызовите его."),
    "finished": (409, "This ticket has been served already.", "Этот талон уже обслужен."),
    "same_category": (409, "The ticket is in this queue already.", "Талон уже в этой очереди."),
}


def refused(code: str) -> QueueRefused:
    """The refusal ``code`` (``unknown_office``, ``no_free_range``, …) with its status and sentences."""
    status, message, message_ru = _REFUSALS[code]
    return QueueRefused(status, code, message, message_ru)


def range_answer(office_id: str, index: int, server_time: str) -> dict[str, Any]:
    """What :func:`enrol` answers for the offline range ``index`` of the office."""
    return {"office_id": office_id, "range_index": index, "range_first": index * RANGE_SIZE + 1,
            "range_last": index * RANGE_SIZE + RANGE_SIZE - 1, "server_time": server_time}


def lowest_free_range(taken: set[int]) -> int | None:
    """The lowest range index (1..9) not in ``taken``; ``None`` when all are given."""
    return next((i for i in range(1, MAX_RANGES + 1) if i not in taken), None)


def next_office_number(tickets: list[str], letter: str) -> int:
    """The office's next number for ``letter`` after the day's office ``tickets`` (``A-007`` …);
    :func:`refused` ``office_range_exhausted`` past :data:`OFFICE_MAX`."""
    last = 0
    for ticket in tickets:
        m = _NUMBER.match(ticket)
        if m and m.group(1) == letter:
            last = max(last, int(m.group(2)))
    if last >= OFFICE_MAX:
        raise refused("office_range_exhausted")
    return last + 1


def queue_answer(rows: list[dict[str, Any]], kiosk_id: str, office_id: str, day: str,
                 server_time: str) -> dict[str, Any]:
    """What :func:`office_queue` answers from the day's rows (:data:`TICKET_COLUMNS`, ``issued_at``
    and ``called_at`` as text) in issue order: the tickets, and the numbers two tickets hold."""
    first = {r["uuid"]: r for r in rows}
    tickets, clashes = [], []
    for r in rows:
        own = r["kiosk_id"] == kiosk_id
        if r["clash_of"] is not None:
            holder = first.get(r["clash_of"])
            clashes.append({"ticket": r["ticket"], "category_id": r["category_id"], "issued_at": r["issued_at"],
                            "first_issued_at": holder["issued_at"] if holder else None,
                            "uuid": r["uuid"] if own else None})
            continue
        tickets.append({"ticket": r["ticket"], "category_id": r["category_id"], "status": r["status"],
                        "issued_at": r["issued_at"], "called_at": r["called_at"], "counter": r["counter"],
                        "uuid": r["uuid"] if own else None})
    return {"office_id": office_id, "service_day": day, "server_time": server_time,
            "tickets": tickets, "clashes": clashes}


def ticket_clash(ticket: str, day: str) -> Rejection:
    """The push's refusal of a ticket whose number another ticket holds that day at the office."""
    return Rejection(
        "ticket_clash",
        f"Номер талона {ticket} на {day} уже выдан в этом офисе другим талоном: у двух посетителей один "
        f"номер. Когда вызываете {ticket}, сверьте время выдачи на талоне и примите обоих посетителей. "
        "Киоск получает свой диапазон номеров при связи с сервером, дальше номера не повторятся.",
        f"Ticket number {ticket} for {day} is already held at this office by another ticket: two "
        f"visitors hold the same number. When you call {ticket}, check the time printed on the ticket "
        "and serve both visitors. The kiosk gets its own number range when it reaches the server; "
        "numbers will not repeat from then on.",
    )
