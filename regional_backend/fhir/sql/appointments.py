"""Appointments on SQLAlchemy Core (``fhir_appointments``): read, search, book and change, each kiosk its own.

Booking and changing run inside the caller's write transaction with their checks
(:mod:`regional_backend.fhir.booking`), in the lock order of :mod:`.clock`; the partial unique
index ``fhir_appt_one_per_slot`` is the last guard against two active appointments on one slot.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from regional_backend.db.tables.fhir import fhir_appointments as appts

from .. import booking
from ..instants import to_seconds
from ..interface import Condition, Found, Page
from . import slots
from .clock import advisory_lock
from .conditions import Column, instants, page_of, where

COLUMNS: dict[str, Column] = {
    "last_updated": appts.c.last_updated, "id": appts.c.id, "identifier": (appts.c.ident_value, appts.c.ident_system),
    "patient": (appts.c.patient_value, appts.c.patient_system), "status": appts.c.status, "slot": appts.c.slot_id,
    "kiosk": appts.c.kiosk_id}


def _appointment(row: RowMapping) -> dict[str, Any]:
    out = instants(row, ("last_updated",))
    out["data"] = json.loads(out["data"])
    return out


def _own(kiosk_id: str, conditions: Sequence[Condition]) -> list[Condition]:
    return [Condition("kiosk", "=", kiosk_id), *conditions]


def appointment(conn: Connection, aid: str, kiosk_id: str, *, lock: bool = False) -> dict[str, Any] | None:
    """``kiosk_id``'s appointment ``aid``; with ``lock`` its row is held until the transaction ends."""
    query = sa.select(appts).where(appts.c.id == aid, appts.c.kiosk_id == kiosk_id)
    row = conn.execute(query.with_for_update() if lock else query).mappings().first()
    return _appointment(row) if row else None


def search(conn: Connection, kiosk_id: str, conditions: Sequence[Condition], page: Page) -> Found:
    return page_of(conn, appts, list(appts.c), where(_own(kiosk_id, conditions), COLUMNS), page, _appointment)


def _identifier_taken(conn: Connection, kiosk_id: str, ident: tuple[str | None, str]) -> bool:
    """Whether another kiosk has an appointment with this identifier."""
    system, value = ident
    query = sa.select(sa.literal(1)).where(appts.c.ident_value == value, appts.c.kiosk_id != kiosk_id)
    if system:
        query = query.where(appts.c.ident_system == system)
    return conn.execute(query.limit(1)).first() is not None


def identifier_lock(value: str) -> str:
    """The advisory lock key of an appointment identifier's value (see :func:`book`)."""
    return "rb_fhir_appointment_identifier:" + value


def book(conn: Connection, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
         patient: tuple[str | None, str], if_none_exist: tuple[str | None, str] | None,
         tick: slots.Tick) -> tuple[dict[str, Any], bool]:
    """See :meth:`regional_backend.fhir.interface.FhirStorage.book`; ``tick()`` gives ``last_updated``.

    PostgreSQL, READ COMMITTED, in this order: (1) a transaction-scoped advisory lock per
    identifier value (the appointment's and the ``If-None-Exist`` one): the match and the "another
    kiosk uses it" check read rows no constraint protects (one kiosk may reuse an identifier without
    ``If-None-Exist``), so creates of one identifier take turns and the second finds the first's
    appointment; (2) the slot's row ``FOR UPDATE``: of bookings of one slot at once one books, the
    others read it ``busy`` after the first commits and get the same 409 as on SQLite; (3) the
    clock.  SQLite: ``BEGIN IMMEDIATE``, one writer at a time."""
    advisory_lock(conn, identifier_lock(ident[1]), *([identifier_lock(if_none_exist[1])] if if_none_exist else []))
    if if_none_exist is not None:
        found, _ = search(conn, kiosk_id, [Condition("identifier", "token", if_none_exist)], Page(count=1))
        if len(found) > 1:
            raise booking.several_match()
        if found:
            return found[0], False
    if _identifier_taken(conn, kiosk_id, ident):
        raise booking.identifier_in_use(if_none_exist is not None)
    # The lessee's booking is always accepted: it was confirmed on the kiosk's screen while the
    # slot was leased to it (even if the kiosk delivers it after the slot's time).
    booking.check_bookable(slots.slot(conn, slot_id, lock=True) if slot_id else None, slot_id, kiosk_id,
                           lessee_late=True)
    now = tick()
    aid = str(uuidlib.uuid4())
    data = booking.check_new(data)
    conn.execute(sa.insert(appts).values(
        id=aid, ident_system=ident[0], ident_value=ident[1], slot_id=slot_id, patient_system=patient[0],
        patient_value=patient[1], status=data["status"], kiosk_id=kiosk_id, version=1, last_updated=now,
        data=json.dumps(data, ensure_ascii=False)))
    slots.set_status(conn, slot_id, "busy", now)
    created = appointment(conn, aid, kiosk_id)
    assert created is not None
    return created, True


def change(conn: Connection, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None,
           tick: slots.Tick) -> dict[str, Any]:
    """See :meth:`regional_backend.fhir.interface.FhirStorage.change`.

    The appointment's row is read ``FOR UPDATE`` (on PostgreSQL a change waiting for another reads
    the version that one committed, so of two changes with one ``If-Match`` the second gets 412),
    then the slots it frees or books, in id order, then the clock; the update itself is
    ``UPDATE … WHERE version = <the version checked>`` as well.  SQLite: ``BEGIN IMMEDIATE``."""
    current = appointment(conn, aid, kiosk_id, lock=True)
    changed = booking.check_change(current, aid, data, if_match)
    assert current is not None
    merged = booking.merged(current, data)
    slot_id = current["slot_id"]
    new = None
    if booking.moves(changed):
        slot_id = booking.move_target(current, data)
        slots.lock_slots(conn, [current["slot_id"], *([slot_id] if slot_id else [])])
        new = booking.check_bookable(slots.slot(conn, slot_id) if slot_id else None, slot_id, kiosk_id,
                                     lessee_late=False)
    new_status = data.get("status")
    if booking.releases_slot(current["status"], new_status):
        slots.lock_slots(conn, [slot_id])
    now = tick()
    if new is not None:
        slots.free_if_booked(conn, current["slot_id"], now)
        slots.set_status(conn, slot_id, "busy", now)
        merged.update(slot=[{"reference": f"Slot/{slot_id}"}], start=to_seconds(new["start"]),
                      end=to_seconds(new["end"]))
    done = conn.execute(sa.update(appts).where(appts.c.id == aid, appts.c.version == current["version"]).values(
        status=new_status, slot_id=slot_id, version=appts.c.version + 1, last_updated=now,
        data=json.dumps(merged, ensure_ascii=False)))
    assert done.rowcount == 1  # the row is ours since the FOR UPDATE above
    if booking.releases_slot(current["status"], new_status):
        slots.free_if_booked(conn, slot_id, now)
    out = appointment(conn, aid, kiosk_id)
    assert out is not None
    return out
