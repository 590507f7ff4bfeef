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
and the backend learn about it.  The estimated wait comes from local history.  Pure (no store, no
I/O): issuing a ticket and reading the history is :mod:`kiosk.services.queue`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

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


@dataclass(frozen=True)
class OfficeNumber:
    """A number the office queue gave for the ticket ``uuid``."""

    uuid: str
    ticket: str
    service_day: str
    waiting_ahead: int


def service_day(moment: dt.datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).date().isoformat()


def history_since(day: str) -> str:
    """The first service day whose handling times count for the estimate of ``day``."""
    return (dt.date.fromisoformat(day) - dt.timedelta(days=HISTORY_DAYS)).isoformat()


def wait_minutes(ahead: int, durations_min: Iterable[float]) -> int:
    """Minutes: tickets ahead × the average handling time (``durations_min``: called → served, in
    minutes; implausible ones — not positive, or four hours and more — do not count)."""
    durations = [d for d in durations_min if 0 < d < 240]
    per_ticket = sum(durations) / len(durations) if durations else DEFAULT_MINUTES_PER_TICKET
    return round(ahead * per_ticket)


def kiosk_range(kiosk_index: int) -> tuple[int, int]:
    """The first and last number this kiosk issues offline in each letter and day."""
    if not 1 <= kiosk_index <= 9:
        raise QueueError("queue_kiosk_index must be between 1 and 9")
    return kiosk_index * RANGE + 1, kiosk_index * RANGE + RANGE - 1


def next_number(last: int | None, kiosk_index: int) -> int:
    """The next number of this kiosk's range after ``last`` (``None``: none issued today)."""
    low, high = kiosk_range(kiosk_index)
    number = (last or low - 1) + 1
    if number > high:
        raise QueueError("this kiosk has issued all its tickets for today in this category")
    return number


def ticket_payload(ticket: str, office_id: str, category_id: str, service_id: str | None, day: str,
                   issued_at: str, kiosk_index: int) -> dict[str, object]:
    """The outbox payload of a ``queue_ticket`` item."""
    return {"office_id": office_id, "category_id": category_id, "service_id": service_id,
            "ticket": ticket, "service_day": day, "issued_at": issued_at, "kiosk_index": kiosk_index}
