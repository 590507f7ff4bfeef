"""What the clinic changes later in the appointments booked at this kiosk (issue 16, finding 2).

A booking is not final once delivered: the polyclinic may cancel it, move it to another time, mark
it ``fulfilled`` or ``noshow``, or strike it out as ``entered-in-error``.  The connector pulls this
kiosk's own appointments with ``_lastUpdated=gt<last seen>`` (the server answers only the asking
kiosk's) and records the clinic's last change on the local row: ``clinic_change``,
``clinic_changed_at`` (the server's ``meta.lastUpdated``) and, for a move, ``previous_start_utc``.
The status screen, "My appointments" and the clerk's look-up then say what the clinic says now.

A change the kiosk made itself (the citizen's cancel) is not the clinic's: it is not recorded as one.
Qt-free.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from offline_db.store import Store, iso_utc, parse_utc

from .fhir_client import FhirClient

log = logging.getLogger(__name__)

DATASET = "fhir:Appointment"
PAGE = 500
#: FHIR statuses the kiosk shows as a change by the clinic; others (arrived, checked-in, …) keep the booking
CANCELLING = ("cancelled", "entered-in-error")
ACTIVE = ("proposed", "pending", "booked", "arrived", "checked-in", "waitlist")
#: "the beginning of time" for the first pull: an appointment search needs a criterion
EPOCH = "1970-01-01T00:00:00Z"


def pull(store: Store, client: FhirClient) -> tuple[int, int]:
    """Pull this kiosk's appointments changed since the last pull: (pulled, changes recorded)."""
    cursor = store.scalar("SELECT cursor FROM sync_datasets WHERE dataset = ?", [DATASET])
    params = {"_lastUpdated": f"gt{cursor or EPOCH}", "_sort": "_lastUpdated", "_count": PAGE}
    pulled = changed = 0
    last = cursor
    for resource in client.search("Appointment", params):
        pulled += 1
        stamp = (resource.get("meta") or {}).get("lastUpdated")
        try:
            with store.atomic():
                changed += apply(store, resource)
        except (KeyError, IndexError, TypeError, ValueError, sqlite3.IntegrityError) as exc:
            log.error("Appointment/%s from the FHIR server could not be applied (%s)", resource.get("id"),
                      exc.__class__.__name__)
        if isinstance(stamp, str) and (last is None or stamp > last):
            last = stamp
    with store.atomic():
        store.execute(
            "INSERT INTO sync_datasets(dataset, cursor, last_pull_at) VALUES (?, ?, ?) ON CONFLICT(dataset)"
            " DO UPDATE SET cursor = excluded.cursor, last_pull_at = excluded.last_pull_at, last_error = NULL",
            [DATASET, last, iso_utc()])
    return pulled, changed


def _local_row(store: Store, resource: dict[str, Any]) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM clinic_appointments WHERE server_id = ?", [resource["id"]])
    if rows:
        return rows[0]
    for ident in resource.get("identifier") or []:
        value = ident.get("value") if isinstance(ident, dict) else None
        if isinstance(value, str) and value.startswith("urn:uuid:"):
            rows = store.query("SELECT * FROM clinic_appointments WHERE uuid = ?", [value.removeprefix("urn:uuid:")])
            if rows:
                return rows[0]
    return None


def _slot_of(resource: dict[str, Any]) -> str:
    ref = resource["slot"][0]["reference"]
    if not ref.startswith("Slot/"):
        raise ValueError("not a slot reference")
    return ref.split("/", 1)[1]


def apply(store: Store, resource: dict[str, Any]) -> int:
    """Record what the clinic changed in one pulled appointment (inside a transaction); 1 if it did."""
    row = _local_row(store, resource)
    if row is None or row["delivery"] != "delivered" or row["cancel_state"] in ("pending", "sending"):
        return 0  # not a booking the kiosk knows as delivered, or the citizen's own cancel is on its way
    status = resource["status"]
    meta = resource.get("meta") or {}
    when = iso_utc(parse_utc(meta["lastUpdated"]))
    version = str(meta.get("versionId") or row["server_version"] or "")
    now = iso_utc()
    if status in CANCELLING:
        if row["status"] == "cancelled" and (row["clinic_change"] or row["cancel_state"] == "delivered"):
            return 0  # known: cancelled here by the citizen, or the clinic's change was recorded already
        store.execute("UPDATE clinic_appointments SET status = 'cancelled', clinic_change = ?, clinic_changed_at = ?,"
                      " server_id = ?, server_version = ?, updated_at = ? WHERE uuid = ?",
                      [status, when, resource["id"], version, now, row["uuid"]])
        return 1
    if row["status"] not in ("booked", "requested"):
        return 0  # the kiosk's record is final (cancelled, refused)
    if status in ("fulfilled", "noshow"):
        if row["clinic_change"] == status:
            return 0
        store.execute("UPDATE clinic_appointments SET status = 'booked', clinic_change = ?, clinic_changed_at = ?,"
                      " server_version = ?, updated_at = ? WHERE uuid = ?", [status, when, version, now, row["uuid"]])
        return 1
    if status not in ACTIVE:
        return 0
    slot_id = _slot_of(resource)
    if slot_id == row["slot_id"]:
        if row["status"] == "requested":  # confirmed at the server (a lost answer): booked
            store.execute("UPDATE clinic_appointments SET status = 'booked', server_version = ?, updated_at = ?"
                          " WHERE uuid = ?", [version, now, row["uuid"]])
        return 0
    start, end = iso_utc(parse_utc(resource["start"])), iso_utc(parse_utc(resource["end"]))
    # the new time may be another doctor's (the slot's schedule says whose, when the kiosk has pulled it)
    found = store.query("SELECT sc.id AS schedule_id, r.id AS role_id, r.practitioner_id, r.clinic_id,"
                        " r.specialty_code FROM slots s JOIN schedules sc ON sc.id = s.schedule_id"
                        " JOIN practitioner_roles r ON r.id = sc.practitioner_role_id WHERE s.id = ?", [slot_id])
    who = found[0] if found else {"schedule_id": row["schedule_id"], "role_id": row["practitioner_role_id"],
                                  "practitioner_id": row["practitioner_id"], "clinic_id": row["clinic_id"],
                                  "specialty_code": row["specialty_code"]}
    store.execute(
        "UPDATE clinic_appointments SET status = 'booked', slot_id = ?, schedule_id = ?, practitioner_role_id = ?,"
        " practitioner_id = ?, clinic_id = ?, specialty_code = ?, start_utc = ?, end_utc = ?, previous_start_utc = ?,"
        " clinic_change = 'rescheduled', clinic_changed_at = ?, server_version = ?, updated_at = ? WHERE uuid = ?",
        [slot_id, who["schedule_id"], who["role_id"], who["practitioner_id"], who["clinic_id"], who["specialty_code"],
         start, end, row["start_utc"], when, version, now, row["uuid"]])
    log.info("appointment %s moved by the clinic", row["receipt_number"])
    return 1
