"""One queue per office, at the kiosk: the office queue on the regional backend when it answers,
this kiosk's own tickets when it does not.  Qt-free; the network calls are
:mod:`kiosk.services.office_queue` (run on a network worker or by the sync engine).

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

from offline_db.store import Store

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


def merge(store: Store, office_id: str, view: OfficeView) -> None:
    """This kiosk's own tickets take the office queue's state (called elsewhere, served, redirected).

    No outbox item: the backend made the change.  A local ticket only moves forward.
    """
    order = {"waiting": 0, "called": 1, "served": 2, "no_show": 2}
    with store.atomic():
        for t in view.data.get("tickets", []):
            if not t.get("uuid"):
                continue
            rows = store.query("SELECT status, category_id FROM queue_tickets WHERE outbox_uuid = ? AND office_id = ?",
                               [t["uuid"], office_id])
            if not rows or rows[0]["status"] not in order or t["status"] not in order:
                continue
            redirected = t["status"] == "waiting" and t["category_id"] != rows[0]["category_id"]
            if order[t["status"]] < order[rows[0]["status"]] and not redirected:
                continue
            store.execute("UPDATE queue_tickets SET status = ?, category_id = ?, called_at = ?, counter = ?,"
                          " served_at = CASE WHEN ? = 'served' THEN coalesce(served_at, ?) ELSE served_at END"
                          " WHERE outbox_uuid = ?",
                          [t["status"], t["category_id"], t.get("called_at"), t.get("counter"), t["status"],
                           view.data.get("server_time"), t["uuid"]])


def local_clashes(store: Store, office_id: str, day: str) -> list[dict[str, Any]]:
    """This kiosk's tickets of ``day`` the backend refused because the office holds their number."""
    return [dict(r) for r in store.query(
        "SELECT q.ticket, q.category_id, q.issued_at FROM queue_tickets q JOIN outbox o ON o.uuid = q.outbox_uuid"
        " WHERE q.office_id = ? AND q.service_day = ? AND o.state = 'rejected' AND o.reject_code = ?"
        " ORDER BY q.issued_at", [office_id, day, CLASH])]


def remote_tickets(view: OfficeView) -> list[dict[str, Any]]:
    """The office's tickets in the shape ``kiosk.console.queue_ops.summarise`` reads."""
    return [{"id": -1, "ticket": t["ticket"], "category_id": t["category_id"], "status": t["status"],
             "issued_at": t["issued_at"], "called_at": t.get("called_at"), "counter": t.get("counter")}
            for t in view.data.get("tickets", [])]

