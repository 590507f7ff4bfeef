"""Deliver this kiosk's bookings (conditional create) and cancels (read, then PUT with If-Match) to the FHIR server."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from kiosk.sync.client import RequestRefused, SyncError
from offline_db.store import Store, iso_utc, parse_utc, utcnow

from .fhir_client import FhirClient, appointment_resource
from .pull import PAGE
from .report import ClinicReport

log = logging.getLogger(__name__)

ALTERNATIVES = 3


def deliver(store: Store, client: FhirClient, report: ClinicReport, *,
            after_post: Callable[[str], None] | None = None) -> None:
    """Send pending bookings, then pending cancels of delivered ones, one at a time; the first error is raised."""
    store.execute("UPDATE clinic_appointments SET delivery = 'pending' WHERE delivery = 'sending'")
    store.execute("UPDATE clinic_appointments SET cancel_state = 'pending' WHERE cancel_state = 'sending'")
    while True:
        with store.atomic():
            rows = store.query("SELECT * FROM clinic_appointments WHERE delivery = 'pending'"
                               " ORDER BY created_at LIMIT 1")
            if rows:
                store.execute("UPDATE clinic_appointments SET delivery = 'sending', attempts = attempts + 1"
                              " WHERE uuid = ?", [rows[0]["uuid"]])
        if not rows:
            break
        _deliver_one(store, client, rows[0], report, after_post)
    while True:
        with store.atomic():
            rows = store.query("SELECT * FROM clinic_appointments WHERE cancel_state = 'pending'"
                               " AND delivery = 'delivered' LIMIT 1")
            if rows:
                store.execute("UPDATE clinic_appointments SET cancel_state = 'sending' WHERE uuid = ?",
                              [rows[0]["uuid"]])
        if not rows:
            break
        _cancel_one(store, client, rows[0], report)


def _deliver_one(store: Store, client: FhirClient, row: dict[str, Any], report: ClinicReport,
                 after_post: Callable[[str], None] | None) -> None:
    uid = row["uuid"]
    try:
        answer = client.create_appointment(appointment_resource(row))
        if after_post:
            after_post(uid)
    except BaseException as exc:
        store.execute("UPDATE clinic_appointments SET delivery = 'pending', last_error = ? WHERE uuid = ?",
                      [str(exc)[:300], uid])
        raise
    now = iso_utc()
    if answer.status in (200, 201):
        if answer.status == 200:
            report.matched += 1
        else:
            report.created += 1
        with store.atomic():
            store.execute(
                "UPDATE clinic_appointments SET delivery = 'delivered', server_id = ?, server_version = ?,"
                " status = CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE 'booked' END,"
                " enp = NULL, birth_date = NULL, phone = NULL, last_error = NULL, updated_at = ? WHERE uuid = ?",
                [answer.resource.get("id"), answer.version, now, uid])
        return
    if answer.status in (409, 422):
        alternatives = _alternatives(store, client, row)
        reason_en, reason_ru = _diagnostics(answer.resource)
        report.refused += 1
        with store.atomic():
            store.execute(
                "UPDATE clinic_appointments SET delivery = 'delivered', status = 'refused', alternatives = ?,"
                " reason_en = ?, reason_ru = ?, cancel_state = NULL, enp = NULL, birth_date = NULL, phone = NULL,"
                " updated_at = ? WHERE uuid = ?", [json.dumps(alternatives), reason_en, reason_ru, now, uid])
        log.info("appointment request %s refused by the server (%d alternatives)", row["receipt_number"],
                 len(alternatives))
        return
    store.execute("UPDATE clinic_appointments SET delivery = 'pending', last_error = ? WHERE uuid = ?",
                  [f"server answered {answer.status}", uid])
    raise RequestRefused(f"appointment refused with {answer.status}")


def _cancel_one(store: Store, client: FhirClient, row: dict[str, Any], report: ClinicReport) -> None:
    uid = row["uuid"]
    try:
        for _ in range(5):
            current = client.read("Appointment", row["server_id"])
            if current is None or current.resource.get("status") == "cancelled":
                break
            resource = dict(current.resource)
            resource["status"] = "cancelled"
            answer = client.update(resource, current.version or "")
            if answer.status == 200:
                break
            if answer.status != 412:  # stale version: read again and decide again
                raise RequestRefused(f"cancel refused with {answer.status}")
        else:
            raise RequestRefused("cancel: the appointment keeps changing at the server")
    except BaseException as exc:
        store.execute("UPDATE clinic_appointments SET cancel_state = 'pending', last_error = ? WHERE uuid = ?",
                      [str(exc)[:300], uid])
        raise
    report.cancelled += 1
    store.execute("UPDATE clinic_appointments SET cancel_state = 'delivered', status = 'cancelled',"
                  " updated_at = ? WHERE uuid = ?", [iso_utc(), uid])


def _alternatives(store: Store, client: FhirClient, row: dict[str, Any]) -> list[dict[str, str]]:
    """The nearest free times of the same practitioner (from the server; locally if that fails)."""
    wanted = parse_utc(row["start_utc"])
    now = utcnow()
    try:
        found = [{"slot_id": s["id"], "start_utc": s["start"], "end_utc": s["end"]}
                 for s in client.search("Slot", {"schedule": f"Schedule/{row['schedule_id']}",
                                                  "status": "free", "start": f"gt{iso_utc(now)}",
                                                  "_count": PAGE})]
    except SyncError:
        found = [{"slot_id": s["id"], "start_utc": s["start_utc"], "end_utc": s["end_utc"]}
                 for s in store.query("SELECT id, start_utc, end_utc FROM slots WHERE schedule_id = ?"
                                      " AND status = 'free' AND start_utc > ?", [row["schedule_id"], iso_utc(now)])]
    found.sort(key=lambda s: abs((parse_utc(s["start_utc"]) - wanted).total_seconds()))
    return sorted(found[:ALTERNATIVES], key=lambda s: s["start_utc"])


def _diagnostics(outcome: dict[str, Any]) -> tuple[str, str]:
    issues = outcome.get("issue", []) if outcome.get("resourceType") == "OperationOutcome" else []
    first = issues[0] if issues else {}
    en = first.get("diagnostics") or "This time is no longer free."
    ru = (first.get("details") or {}).get("text") or "Это время уже занято."
    return en, ru
