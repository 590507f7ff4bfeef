"""One queue per office: the office's ticket numbers, its calls, and each kiosk's offline range.

Numbering scheme (no technician sets anything):

* **Online**, a kiosk asks the backend for the next ticket (:func:`allocate`): numbers ``1..999``
  per office, category letter and local day (``A-001``, ``A-002``…), taken in one transaction
  that holds the office's day (:mod:`regional_backend.stores.office_queue`), so two kiosks asking
  at the same moment get two numbers.
* **Offline**, each kiosk issues from its own range ``index*1000+1 .. index*1000+999``
  (``A-3001``…).  The index (1..9) is given by the backend the first time the kiosk talks to it
  (:func:`enrol`, called by the kiosk's sync), one per kiosk of the office, and kept on the kiosk.
  The two schemes never overlap, and no two kiosks of an office share a range.
* **Clash**: a ticket pushed later whose number is already held that day at the office by another
  ticket (a kiosk that issued before it ever reached the backend, or a range set by hand) is
  refused (``ticket_clash``, a rejection the kiosk's clerk sees) and kept as a flagged clash that
  every kiosk's clerk console of the office shows: two visitors hold that number.

A kiosk is bound to one office (by its first :func:`enrol`, or its first call on a queue, which
enrols it); it reads and changes only that office's queue.  Tables ``office_queue_ranges`` and ``office_queue_tickets`` (:mod:`regional_backend.db.tables.office_queue`).
This module holds the rules, free of any database; :mod:`regional_backend.stores.office_queue`
runs them on either engine.  Ticket numbers hold no personal data.
"""

from __future__ import annotations

import datetime as dt
import re
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
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

class QueueRefused(Exception):
    """An answer for the kiosk: HTTP status, machine code and sentences in English and Russian."""

    def __init__(self, status: int, code: str, message: str, message_ru: str):
        super().__init__(message)
        self.status, self.code, self.message, self.message_ru = status, code, message, message_ru


def now_iso(now: dt.datetime) -> str:
    """UTC with milliseconds, one fixed width, so that times compare as text (issue order)."""
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z"


def as_iso(text: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return now_iso(clock.now())
    return now_iso(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def office_day(office: Mapping[str, Any], now: dt.datetime) -> str:
    try:
        zone = ZoneInfo(str(office.get("timezone") or "Europe/Moscow"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Europe/Moscow")
    return now.astimezone(zone).date().isoformat()


def other_office() -> QueueRefused:
    return QueueRefused(403, "other_office",
                        "This kiosk belongs to another office; it sees and changes only its own office's "
                        "queue.", "Этот киоск относится к другому офису; он видит и меняет только очередь "
                        "своего офиса.")


TICKET_COLUMNS = ("uuid", "kiosk_id", "ticket", "category_id", "status", "issued_at", "called_at", "counter",
                   "clash_of")

EVENT_STATUS = {"called": "called", "served": "served", "no_show": "no_show", "redirected": "waiting"}



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
