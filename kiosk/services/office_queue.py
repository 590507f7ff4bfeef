"""The office queue on the regional backend (``kiosk.domain.office_queue`` holds its rules): this
kiosk's offline number range (asked by the sync engine), a new ticket's number, the office's queue
and a clerk's action on it (network workers, never the GUI thread); what the kiosk keeps of it in
its store (:func:`merge`, :func:`local_clashes`, on the database worker).  Qt-free; never
raises for a network problem except where said; nothing personal is involved.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from typing import Any

from kiosk.domain.office_queue import CLASH, RANGE_OFFICE, RANGE_REFUSED, OfficeView, takes_office_state
from kiosk.domain.queue import OfficeNumber
from kiosk.services import catalogue as cat
from kiosk.sync.client import AuthError, BackendClient, MalformedResponse, RequestRefused, SyncError
from offline_db.store import Store

log = logging.getLogger(__name__)


def ensure_range(store: Store, client: Any) -> int | None:
    """Ask the backend for this kiosk's offline range once per office; the range index or ``None``.

    Raises the client's connection errors (the sync run reports them); a refusal (another office,
    no free range, an older backend) is logged and the kiosk keeps its range.
    """
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
    return BackendClient(config)


def office_number(config: Any, office_id: str, category_id: str) -> OfficeNumber | None:
    """The office queue's next number for a new ticket; ``None`` (issue from this kiosk's range)
    when the backend cannot be reached or refuses.  Never raises for a network problem."""
    if config is None:
        return None
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


def fetch(config: Any, office_id: str) -> OfficeView:
    if config is None:
        return OfficeView(False, problem="offline")
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
    with store.atomic():
        for t in view.data.get("tickets", []):
            if not t.get("uuid"):
                continue
            rows = store.query("SELECT status, category_id FROM queue_tickets WHERE outbox_uuid = ? AND office_id = ?",
                               [t["uuid"], office_id])
            if not rows or not takes_office_state(rows[0]["status"], rows[0]["category_id"], t):
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
