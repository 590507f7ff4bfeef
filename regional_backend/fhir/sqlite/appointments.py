"""Appointments in SQLite (``fhir_appointments``): read, search, book and change, each kiosk its own.

Booking and changing run inside the caller's ``BEGIN IMMEDIATE`` transaction with their checks
(:mod:`regional_backend.fhir.booking`); the partial UNIQUE index on ``slot_id`` is the last guard
against two active appointments on one slot.
"""

from __future__ import annotations

import json
import sqlite3
import uuid as uuidlib
from collections.abc import Sequence
from typing import Any

from .. import booking
from ..instants import to_seconds
from ..interface import Condition, Found, Page
from . import slots
from .conditions import page_of, where

_COLS = ("id", "ident_system", "ident_value", "slot_id", "patient_system", "patient_value", "status",
         "kiosk_id", "version", "last_updated", "data")
SELECT = ", ".join(_COLS)
COLUMNS = {"last_updated": "last_updated", "id": "id", "identifier": "ident", "patient": "patient",
           "status": "status", "slot": "slot_id", "kiosk": "kiosk_id"}


def _appointment(row: tuple) -> dict[str, Any]:
    out = dict(zip(_COLS, row, strict=True))
    out["data"] = json.loads(out["data"])
    return out


def _own(kiosk_id: str, conditions: Sequence[Condition]) -> list[Condition]:
    return [Condition("kiosk", "=", kiosk_id), *conditions]


def appointment(conn: sqlite3.Connection, aid: str, kiosk_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {SELECT} FROM fhir_appointments WHERE id = ? AND kiosk_id = ?",
                       [aid, kiosk_id]).fetchone()
    return _appointment(row) if row else None


def search(conn: sqlite3.Connection, kiosk_id: str, conditions: Sequence[Condition], page: Page) -> Found:
    clauses, args = where(_own(kiosk_id, conditions), COLUMNS)
    return page_of(conn, "fhir_appointments", SELECT, clauses, args, page, _appointment)


def _identifier_taken(conn: sqlite3.Connection, kiosk_id: str, ident: tuple[str | None, str]) -> bool:
    """Whether another kiosk has an appointment with this identifier."""
    system, value = ident
    sql = "SELECT 1 FROM fhir_appointments WHERE ident_value = ? AND kiosk_id <> ?"
    args: list[Any] = [value, kiosk_id]
    if system:
        sql += " AND ident_system = ?"
        args.append(system)
    return conn.execute(sql + " LIMIT 1", args).fetchone() is not None


def book(conn: sqlite3.Connection, kiosk_id: str, data: dict[str, Any], ident: tuple[str, str], slot_id: str,
         patient: tuple[str | None, str], if_none_exist: tuple[str | None, str] | None,
         tick: Any) -> tuple[dict[str, Any], bool]:
    """See :meth:`regional_backend.fhir.interface.FhirStorage.book`; ``tick()`` gives ``last_updated``."""
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
    booking.check_bookable(slots.slot(conn, slot_id) if slot_id else None, slot_id, kiosk_id, lessee_late=True)
    now = tick()
    aid = str(uuidlib.uuid4())
    data = booking.check_new(data)
    conn.execute(f"INSERT INTO fhir_appointments({SELECT}) VALUES (?,?,?,?,?,?,?,?,1,?,?)",
                 [aid, ident[0], ident[1], slot_id, patient[0], patient[1], data["status"], kiosk_id, now,
                  json.dumps(data, ensure_ascii=False)])
    slots.set_status(conn, slot_id, "busy", now)
    created = appointment(conn, aid, kiosk_id)
    assert created is not None
    return created, True


def change(conn: sqlite3.Connection, aid: str, kiosk_id: str, data: dict[str, Any], if_match: int | None,
           tick: Any) -> dict[str, Any]:
    """See :meth:`regional_backend.fhir.interface.FhirStorage.change`."""
    current = appointment(conn, aid, kiosk_id)
    changed = booking.check_change(current, aid, data, if_match)
    assert current is not None
    now = tick()
    merged = booking.merged(current, data)
    slot_id = current["slot_id"]
    if booking.moves(changed):
        slot_id = booking.move_target(current, data)
        new = booking.check_bookable(slots.slot(conn, slot_id) if slot_id else None, slot_id, kiosk_id,
                                     lessee_late=False)
        slots.free_if_booked(conn, current["slot_id"], now)
        slots.set_status(conn, slot_id, "busy", now)
        merged.update(slot=[{"reference": f"Slot/{slot_id}"}], start=to_seconds(new["start"]),
                      end=to_seconds(new["end"]))
    new_status = data.get("status")
    conn.execute("UPDATE fhir_appointments SET status = ?, slot_id = ?, version = version + 1,"
                 " last_updated = ?, data = ? WHERE id = ?",
                 [new_status, slot_id, now, json.dumps(merged, ensure_ascii=False), aid])
    if booking.releases_slot(current["status"], new_status):
        slots.free_if_booked(conn, slot_id, now)
    out = appointment(conn, aid, kiosk_id)
    assert out is not None
    return out
