"""Endpoints of the office queue (``/api/v1/queue/enrol``, ``/api/v1/offices/{office_id}/queue…``).

Each is one atomic operation of :class:`~regional_backend.office_queue_store.OfficeQueueStore`; a
kiosk reaches only the office it is bound to (403 ``other_office`` for any other).  Errors are raised as
:class:`~regional_backend.office_queue.QueueRefused`, which ``app.py`` answers in the error shape.
"""

# no ``from __future__ import annotations``: FastAPI reads the closure's ``kiosk_dep`` annotations
from typing import Annotated, Any

from fastapi import APIRouter, Path

from . import clock
from .models import (
    CallNext,
    OfficeQueue,
    QueueActionResult,
    QueueEnrol,
    QueueRange,
    TicketAction,
    TicketAllocated,
    TicketRequest,
)
from .office_queue_store import OfficeQueueStore
from .openapi import AUTH, BODY, rest_errors

OfficeId = Annotated[str, Path(min_length=1, max_length=64, description="The kiosk's office.")]


def office_queue_router(queue: OfficeQueueStore, kiosk_dep: Any) -> APIRouter:
    router = APIRouter(tags=["office queue"])

    @router.post("/api/v1/queue/enrol", response_model=QueueRange, responses=rest_errors(*AUTH, *BODY, 404, 409),
                 summary="Bind this kiosk to its office and get its offline ticket number range")
    def enrol(body: QueueEnrol, kiosk: kiosk_dep) -> dict[str, Any]:
        """The first call binds the kiosk to the office and gives it the lowest free range (1..9);
        later calls answer the same.  A kiosk bound to another office → 403 `other_office`; all nine
        ranges taken → 409 `no_free_range`; an unknown office → 404."""
        return queue.enrol(kiosk.kiosk_id, body.office_id)

    @router.get("/api/v1/offices/{office_id}/queue", response_model=OfficeQueue,
                responses=rest_errors(*AUTH, 404, 422), summary="Today's queue of the office, every kiosk's tickets")
    def office_queue(office_id: OfficeId, kiosk: kiosk_dep) -> dict[str, Any]:
        """Waiting, called and finished tickets of today (the office's local date), oldest first, and the
        numbers two tickets hold (`clashes`).  Only for a kiosk of this office (else 403 `other_office`)."""
        return queue.queue(kiosk.kiosk_id, office_id, clock.now())

    @router.post("/api/v1/offices/{office_id}/queue/tickets", response_model=TicketAllocated,
                 responses=rest_errors(*AUTH, *BODY, 404, 409), summary="Issue the office's next ticket number")
    def issue(office_id: OfficeId, body: TicketRequest, kiosk: kiosk_dep) -> dict[str, Any]:
        """The next number of the category at the office today, taken atomically, so no two kiosks get
        the same one; idempotent by `uuid`.  409 `office_range_exhausted` after 999 (the kiosk then
        issues from its own range)."""
        return queue.allocate(kiosk.kiosk_id, office_id, body.uuid.lower(), body.category_id, clock.now())

    @router.post("/api/v1/offices/{office_id}/queue/call-next", response_model=QueueActionResult,
                 responses=rest_errors(*AUTH, *BODY, 404), summary="Call the longest-waiting ticket of a category")
    def call_next(office_id: OfficeId, body: CallNext, kiosk: kiosk_dep) -> dict[str, Any]:
        """Whichever kiosk issued it; `ticket: null` when nobody waits.  Every kiosk's console sees the call."""
        return queue.act(kiosk.kiosk_id, office_id, "call_next", clock.now(), category_id=body.category_id,
                         counter=body.counter)

    @router.post("/api/v1/offices/{office_id}/queue/tickets/actions", response_model=QueueActionResult,
                 responses=rest_errors(*AUTH, *BODY, 404, 409),
                 summary="Call again, served, did not come, or send to another category")
    def ticket_action(office_id: OfficeId, body: TicketAction, kiosk: kiosk_dep) -> dict[str, Any]:
        """409 `not_called` (recall / served / no-show of a ticket not called), `finished`, `same_category`;
        404 `unknown_ticket`, or `unknown_category` (a redirect needs a known `category_id`)."""
        return queue.act(kiosk.kiosk_id, office_id, body.action, clock.now(), ticket=body.ticket,
                         category_id=body.category_id)

    return router
