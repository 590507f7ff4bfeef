"""One queue per office, at the kiosk: the office queue on the regional backend when it answers,
this kiosk's own tickets when it does not.  Pure (no store, no I/O); the network calls and what the
kiosk stores of the office queue are :mod:`kiosk.services.office_queue` (run on a network worker,
the database worker or by the sync engine).

* ``ensure_range`` — at the first contact (every sync run until it has one) the backend binds
  the kiosk to its office and gives it its own offline number range, stored as ``queue_kiosk_index``.
* ``office_number`` — online, a ticket's number comes from the office queue (``A-001``…).
* ``fetch`` / ``act`` — the clerk console shows and calls from the whole office's queue (an
  :class:`OfficeView`); :func:`merge` brings this kiosk's own tickets up to date with what the
  office did with them.
* Offline the console works on this kiosk's tickets (``kiosk.console.queue_ops``); its calls travel
  as ``queue_event`` items and the backend applies them to the office queue when they arrive.
* A clash (a number the office holds already, ``ticket_clash``) is shown to the clerk.

Nothing personal is involved: tickets carry numbers, categories and times only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Store setting: the office the backend gave this kiosk its range for.
RANGE_OFFICE = "queue_range_office"
#: Store setting: the office for which the backend refused a range (not asked again for it).
RANGE_REFUSED = "queue_range_refused"
CLASH = "ticket_clash"


@dataclass
class OfficeView:
    """What the backend said about the office queue (``online``), or why not (``problem``)."""

    online: bool
    data: dict[str, Any] = field(default_factory=dict)
    problem: str = ""  # '' | 'offline' | 'other_office' | 'refused'


#: how far a ticket has come; a local ticket only moves forward
ORDER = {"waiting": 0, "called": 1, "served": 2, "no_show": 2}


def takes_office_state(local_status: str, local_category: str, office_ticket: dict[str, Any]) -> bool:
    """Whether this kiosk's own ticket (``local_status``, ``local_category``) takes the office
    queue's state of it: only forward, or back to waiting when the office redirected it."""
    if local_status not in ORDER or office_ticket["status"] not in ORDER:
        return False
    redirected = office_ticket["status"] == "waiting" and office_ticket["category_id"] != local_category
    return ORDER[office_ticket["status"]] >= ORDER[local_status] or redirected


def remote_tickets(view: OfficeView) -> list[dict[str, Any]]:
    """The office's tickets in the shape ``kiosk.console.queue_ops.summarise`` reads."""
    return [{"id": -1, "ticket": t["ticket"], "category_id": t["category_id"], "status": t["status"],
             "issued_at": t["issued_at"], "called_at": t.get("called_at"), "counter": t.get("counter")}
            for t in view.data.get("tickets", [])]

