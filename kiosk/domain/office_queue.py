"""One queue per office, at the kiosk: the office queue on the regional backend when it answers,
this kiosk's own tickets when it does not.  Qt-free; the network calls run on a network worker.

* :func:`ensure_range` — at the first contact (every sync run until it has one) the backend binds
  the kiosk to its office and gives it its own offline number range, stored as ``queue_kiosk_index``.
* :func:`office_number` — online, a ticket's number comes from the office queue (``A-001``…).
* :func:`fetch` / :func:`act` — the clerk console shows and calls from the whole office's queue;
  :func:`merge` brings this kiosk's own tickets up to date with what the office did with them.
* Offline the console works on this kiosk's tickets (``kiosk.console.queue_ops``); its calls travel
  as ``queue_event`` items and the backend applies them to the office queue when they arrive.
* A clash (a number the office holds already, ``ticket_clash``) is shown to the clerk.

Nothing personal is involved: tickets carry numbers, categories and times only.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

from kiosk.domain import catalogue as cat
from kiosk.domain.queue import OfficeNumber
from offline_db.store import Store

log = logging.getLogger(__name__)

#: Store setting: the office the backend gave this kiosk its range for.
RANGE_OFFICE = "queue_range_office"
#: Store setting: the office for which the backend refused a range (not asked again for it).
RANGE_REFUSED = "queue_range_refused"
CLASH = "ticket_clash"


def ensure_range(store: Store, client: Any) -> int | None:
    """Ask the backend for this kiosk's offline range once per office; the range index or ``None``.

    Raises the client's connection errors (the sync run reports them); a refusal (another office,
    no free range, an older backend) is logged and the kiosk keeps its range.
    """
    from kiosk.sync.client import AuthError, MalformedResponse, RequestRefused

    office = cat.kiosk_office(store)
    if office is None or office["id"] in (store.get_setting(RANGE_OFFICE), store.get_setting(RANGE_REFUSED)):
        return None
    try:
        answer = client.queue_enrol(office["id"])
    except (RequestRefused, MalformedResponse, AuthError) as exc:
        if isinstance(exc, AuthError) and exc.code != "other_office":
            raise
        # not asked again for this office: the technician sees it in the log and fixes the backend
        log.warning("queue range not given: %s", exc.code or type(exc).__name__)
        store.set_setting(RANGE_REFUSED, office["id"])
        return None
    index = answer.get("range_index")
    if not isinstance(index, int) or not 1 <= index <= 9:
        log.warning("queue range not given: the answer has no range")
        return None
    with store.atomic():
        store.set_setting("queue_kiosk_index", index)
        store.set_setting(RANGE_OFFICE, office["id"])
    log.info("queue range %d given by the backend for office %s", index, office["id"])
    return index


def _client(config: Any) -> Any:
    from kiosk.sync.client import BackendClient

    return BackendClient(config)


def office_number(config: Any, office_id: str, category_id: str) -> OfficeNumber | None:
    """The office queue's next number for a new ticket; ``None`` (issue from this kiosk's range)
    when the backend cannot be reached or refuses.  Never raises for a network problem."""
    if config is None:
        return None
    from kiosk.sync.client import SyncError

    ticket_uuid = str(uuidlib.uuid4())
    client = _client(config)
    try:
        data = client.queue_issue(office_id, ticket_uuid, category_id)
        return OfficeNumber(ticket_uuid, str(data["ticket"]), str(data["service_day"]), int(data["waiting_ahead"]))
    except SyncError as exc:
        log.info("office queue number not available, the kiosk's own range is used: %s",
                 exc.code or type(exc).__name__)
        return None
    except (KeyError, TypeError, ValueError):
        log.warning("office queue number: the answer is not a ticket; the kiosk's own range is used")
        return None
    finally:
        client.close()


@dataclass
class OfficeView:
    """What the backend said about the office queue (``online``), or why not (``problem``)."""

    online: bool
    data: dict[str, Any] = field(default_factory=dict)
    problem: str = ""  # '' | 'offline' | 'other_office' | 'refused'


def fetch(config: Any, office_id: str) -> OfficeView:
    if config is None:
        return OfficeView(False, problem="offline")
    from kiosk.sync.client import AuthError, RequestRefused, SyncError

    client = _client(config)
    try:
        return OfficeView(True, client.office_queue(office_id))
    except (AuthError, RequestRefused) as exc:
        log.warning("office queue refused: %s", exc.code or type(exc).__name__)
        return OfficeView(False, problem="other_office" if exc.code == "other_office" else "refused")
    except SyncError as exc:
        log.info("office queue not reachable: %s", type(exc).__name__)
        return OfficeView(False, problem="offline")
    finally:
        client.close()


class OfficeActionError(Exception):
    """The office queue refused the action (``code``: not_called, finished, …) or was not reachable."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def act(config: Any, office_id: str, action: str, *, ticket: str = "", category_id: str | None = None,
        counter: str = "") -> dict[str, Any] | None:
    """A clerk's action on the office queue; the ticket acted on (``None``: nobody waits)."""
    from kiosk.sync.client import AuthError, RequestRefused, SyncError

    client = _client(config)
    try:
        if action == "call_next":
            data = client.queue_call_next(office_id, category_id or "", counter)
        else:
            data = client.queue_ticket_action(office_id, ticket, action, category_id)
    except (AuthError, RequestRefused) as exc:
        raise OfficeActionError(exc.code or "refused") from None
    except SyncError:
        raise OfficeActionError("offline") from None
    finally:
        client.close()
    found = data.get("ticket")
    return found if isinstance(found, dict) else None


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

