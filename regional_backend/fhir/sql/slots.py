"""Slots and their leases on SQLAlchemy Core (``fhir_slots``); a leased slot is ``busy-tentative``
with its lessee.

The functions that write run inside the caller's write transaction and follow the lock order of
:mod:`.clock`: the rows a write changes are locked first (``SELECT … FOR UPDATE``, re-checked by
PostgreSQL on the row's latest version after a wait), the clock is ticked last, then only locked
rows are updated.  On SQLite ``FOR UPDATE`` is not rendered: ``BEGIN IMMEDIATE`` already made the
transaction the only writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from regional_backend.db.tables.fhir import INACTIVE_APPOINTMENT, fhir_appointments, fhir_slots

from ..instants import utcnow
from ..interface import Condition, Found, Page
from ..leasing import Candidate, LeasePolicy, slots_to_lease
from .clock import advisory_lock, chunks
from .conditions import Column, instants, page_of, page_query, where

COLUMNS: dict[str, Column] = {
    "last_updated": fhir_slots.c.last_updated, "id": fhir_slots.c.id, "schedule": fhir_slots.c.schedule_id,
    "practitioner": fhir_slots.c.practitioner_id, "role": fhir_slots.c.role_id,
    "specialty": fhir_slots.c.specialty, "status": fhir_slots.c.status, "start": fhir_slots.c.start}
_INSTANTS = ("start", "end", "lease_until", "last_updated")
_LEASED = fhir_slots.c.status == "busy-tentative"
#: The key of the advisory lock that makes leasing kiosks take their turns (see :func:`lease`).
LEASE_LOCK = "rb_fhir_lease"
Tick = Callable[[], str]


def _slot(row: RowMapping) -> dict[str, Any]:
    return instants(row, _INSTANTS)


def slot(conn: Connection, sid: str, *, lock: bool = False) -> dict[str, Any] | None:
    """One slot; with ``lock`` its row is locked until the transaction ends (``FOR UPDATE``)."""
    query = sa.select(fhir_slots).where(fhir_slots.c.id == sid)
    row = conn.execute(query.with_for_update() if lock else query).mappings().first()
    return _slot(row) if row else None


def lock_slots(conn: Connection, sids: Sequence[str]) -> None:
    """Lock these slots' rows (``FOR UPDATE``) in id order, so two writers never wait in a circle."""
    conn.execute(sa.select(fhir_slots.c.id).where(fhir_slots.c.id.in_(sorted(set(sids))))
                 .order_by(fhir_slots.c.id).with_for_update()).all()


def search_query(conditions: Sequence[Condition], page: Page) -> sa.Select[Any]:
    """The ``SELECT`` of one page of a slot search (what the ``EXPLAIN`` test looks at)."""
    return page_query(fhir_slots, list(fhir_slots.c), where(conditions, COLUMNS), page)


def search(conn: Connection, conditions: Sequence[Condition], page: Page) -> Found:
    return page_of(conn, fhir_slots, list(fhir_slots.c), where(conditions, COLUMNS), page, _slot)


def set_status(conn: Connection, sid: str, status: str, now: str) -> None:
    """The slot booked (``busy``) or back in the pool (``free``); any lease on it ends.  The caller
    holds the slot's row."""
    conn.execute(sa.update(fhir_slots).where(fhir_slots.c.id == sid).values(
        status=status, lease_kiosk=None, lease_until=None, version=fhir_slots.c.version + 1, last_updated=now))


def free_if_booked(conn: Connection, sid: str, now: str) -> None:
    """Give a booked slot back to the pool (a leased or already free one is left alone)."""
    found = slot(conn, sid)
    if found and found["status"] == "busy":
        set_status(conn, sid, "free", now)


def _expiry_cutoff(policy: LeasePolicy) -> dt.datetime:
    return utcnow() - dt.timedelta(seconds=policy.grace_s)


def _expired(policy: LeasePolicy) -> sa.ColumnElement[bool]:
    return sa.and_(_LEASED, fhir_slots.c.lease_until < _expiry_cutoff(policy))


def any_expired(conn: Connection, policy: LeasePolicy) -> bool:
    """Whether a lease ran out (plus the grace period): a cheap read before taking any lock."""
    return conn.execute(sa.select(sa.literal(1)).where(_expired(policy)).limit(1)).first() is not None


def _free_all(conn: Connection, sids: list[str], now: str) -> None:
    for batch in chunks(sids):
        conn.execute(sa.update(fhir_slots).where(fhir_slots.c.id.in_(batch)).values(
            status="free", lease_kiosk=None, lease_until=None, version=fhir_slots.c.version + 1,
            last_updated=now))


def return_expired(conn: Connection, policy: LeasePolicy, tick: Tick) -> int:
    """Free the slots whose lease ran out more than the grace ago; how many.

    The expired rows are locked ``FOR UPDATE SKIP LOCKED``: a slot another transaction holds
    (its lessee booking it, or another process returning it) is skipped, not waited for -- a search
    calls this and must not queue behind a booking; it is returned next time if still expired."""
    sids = list(conn.execute(sa.select(fhir_slots.c.id).where(_expired(policy)).order_by(fhir_slots.c.id)
                             .with_for_update(skip_locked=True)).scalars())
    if sids:
        _free_all(conn, sids, tick())
    return len(sids)


def release(conn: Connection, kiosk_id: str, tick: Tick) -> None:
    """Give ``kiosk_id``'s leased slots back; its leased rows locked first (``FOR UPDATE``, id order)."""
    sids = list(conn.execute(sa.select(fhir_slots.c.id).where(_LEASED, fhir_slots.c.lease_kiosk == kiosk_id)
                             .order_by(fhir_slots.c.id).with_for_update()).scalars())
    if sids:
        _free_all(conn, sids, tick())


def lease(conn: Connection, kiosk_id: str, policy: LeasePolicy, tick: Tick, *, share: float | None,
          count: int | None, ttl_s: int | None) -> list[dict[str, Any]]:
    """Renew and top up ``kiosk_id``'s leases; its leased upcoming slots.  Only a free slot is leased.

    PostgreSQL: a transaction-scoped advisory lock (:data:`LEASE_LOCK`) makes leasing kiosks take
    turns, so each decides on the leases every earlier one committed (READ COMMITTED reads them,
    the lock being taken before the read) -- without it, kiosks leasing at once would all pick the
    same earliest slots and all but one get fewer than they asked for.  (``FOR UPDATE SKIP LOCKED``
    on the candidates would hide from every other kiosk all the slots one kiosk looks at, not only
    those it takes; ``FOR UPDATE`` on all of them would write a lock into every free slot of the
    horizon on every call.)  The picked slots are then locked ``FOR UPDATE … WHERE status =
    'free'``, re-checked after a wait, so a slot booked meanwhile is never leased and never has
    two holders.  SQLite: ``BEGIN IMMEDIATE``, one writer at a time."""
    now_dt = utcnow()
    horizon = now_dt + dt.timedelta(days=policy.horizon_days)
    until = now_dt + dt.timedelta(seconds=policy.ttl(ttl_s))
    mine = sa.and_(_LEASED, fhir_slots.c.lease_kiosk == kiosk_id, fhir_slots.c.start > now_dt)
    advisory_lock(conn, LEASE_LOCK)
    rows = conn.execute(
        sa.select(fhir_slots.c.id, fhir_slots.c.schedule_id, fhir_slots.c.status)
        .where(fhir_slots.c.start > now_dt, fhir_slots.c.start < horizon,
               sa.or_(fhir_slots.c.status == "free", sa.and_(_LEASED, fhir_slots.c.lease_kiosk == kiosk_id)))
        .order_by(fhir_slots.c.schedule_id, fhir_slots.c.start)).all()
    picks = slots_to_lease([Candidate(r.id, r.schedule_id, r.status == "busy-tentative") for r in rows], policy,
                           share=share, count=count)
    conn.execute(sa.select(fhir_slots.c.id).where(mine).order_by(fhir_slots.c.id).with_for_update()).all()
    taken: list[str] = []
    for batch in chunks(sorted(picks)):
        taken += conn.execute(sa.select(fhir_slots.c.id).where(fhir_slots.c.id.in_(batch),
                                                                 fhir_slots.c.status == "free")
                              .order_by(fhir_slots.c.id).with_for_update()).scalars()
    now = tick()
    conn.execute(sa.update(fhir_slots).where(mine).values(
        lease_until=until, version=fhir_slots.c.version + 1, last_updated=now))
    for batch in chunks(taken):
        conn.execute(sa.update(fhir_slots).where(fhir_slots.c.id.in_(batch), fhir_slots.c.status == "free").values(
            status="busy-tentative", lease_kiosk=kiosk_id, lease_until=until, version=fhir_slots.c.version + 1,
            last_updated=now))
    out = conn.execute(sa.select(fhir_slots).where(mine).order_by(fhir_slots.c.start, fhir_slots.c.id)).mappings()
    return [_slot(r) for r in out]


def double_bookings(conn: Connection) -> int:
    """Slots with more than one active appointment (always 0; for tests and diagnostics)."""
    per_slot = (sa.select(fhir_appointments.c.slot_id).where(sa.text(INACTIVE_APPOINTMENT))
                .group_by(fhir_appointments.c.slot_id).having(sa.func.count() > 1).subquery())
    return conn.execute(sa.select(sa.func.count()).select_from(per_slot)).scalar_one()
