"""What the technician's sync dashboard and audit-log screens show, and the audit export.  Qt-free."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from mfc_files.private_files import make_private_dir, open_private
from offline_db.store import Store, parse_utc, utcnow

STUCK_LIMIT = 50


def sync_dashboard(store: Store, now: dt.datetime | None = None) -> dict[str, Any]:
    """Outbox counts by state, the oldest undelivered item and its age, last pull per dataset,
    last errors, the items stuck in rejected/conflict with their reasons (no payloads), and the
    reference rows in quarantine."""
    from kiosk.sync.core import status

    now = now or utcnow()
    info = status(store)
    oldest = store.query(
        "SELECT kind, receipt_number, captured_at, attempts, last_error FROM outbox"
        " WHERE state IN ('pending', 'sending') ORDER BY captured_at, id LIMIT 1")
    if oldest:
        row = oldest[0]
        row["age_s"] = max(0, int((now - parse_utc(row["captured_at"])).total_seconds()))
        info["oldest"] = row
    else:
        info["oldest"] = None
    info["stuck"] = store.query(
        "SELECT kind, receipt_number, state, captured_at, reject_code, reject_reason_ru, reject_reason_en"
        " FROM outbox WHERE state IN ('rejected', 'conflict') ORDER BY id DESC LIMIT ?", [STUCK_LIMIT])
    info["stuck_total"] = int(store.scalar(
        "SELECT count(*) FROM outbox WHERE state IN ('rejected', 'conflict')") or 0)
    # pulled reference rows that could not be applied (kiosk.sync.core), waiting for a correction
    info["quarantine"] = store.query(
        "SELECT dataset, entity, id, code, field, received_at FROM sync_quarantine"
        " ORDER BY received_at DESC, entity, id LIMIT ?", [STUCK_LIMIT])
    info["clinic"] = clinic_counts(store)
    info["timezone"] = office_timezone(store)
    return info


def clinic_counts(store: Store) -> dict[str, int]:
    """Polyclinic bookings made here (``clinic_appointments``, delivered by the clinic connector, not
    the outbox): ``waiting`` (a booking or its cancel not yet sent), ``sent`` (delivered and taken),
    ``refused`` (the polyclinic refused the booking)."""
    row = store.query(
        "SELECT coalesce(sum(waiting), 0) AS waiting,"
        " coalesce(sum(NOT waiting AND delivery = 'delivered' AND status != 'refused'), 0) AS sent,"
        " coalesce(sum(NOT waiting AND status = 'refused'), 0) AS refused"
        " FROM (SELECT delivery, status, (delivery IN ('pending', 'sending')"
        " OR coalesce(cancel_state IN ('pending', 'sending'), 0)) AS waiting FROM clinic_appointments)")[0]
    return {key: int(value) for key, value in row.items()}


def office_timezone(store: Store) -> str | None:
    """The time zone of the office this kiosk stands in (``None`` before offices are pulled)."""
    from kiosk.services.catalogue import kiosk_office

    office = kiosk_office(store)
    return (office or {}).get("timezone") or None


def _zone(timezone: str | None) -> dt.tzinfo | None:
    if not timezone:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_time(text: str, timezone: str | None = None) -> str:
    """A stored UTC time as staff read it: ``21.11.2026 13:45`` in the office's time zone (this
    machine's own zone when the office is not known).  Text that is not a time is returned as is."""
    try:
        moment = parse_utc(text)
    except (TypeError, ValueError):
        return text
    return f"{moment.astimezone(_zone(timezone)):%d.%m.%Y %H:%M}"


def utc_offset(timezone: str | None = None, at: dt.datetime | None = None) -> str:
    """``UTC+4``: the offset of the office's time zone (or this machine's) at ``at`` (now)."""
    local = (at or utcnow()).astimezone(_zone(timezone))
    offset = local.utcoffset() or dt.timedelta(0)
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


#: The sync errors kept in English by the sync engine (``kiosk.sync.client``), by what the
#: technician should do about them: (kind, words the message contains).
ERROR_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not_configured", ("not configured",)),
    ("certificate", ("certificate",)),
    ("proxy", ("proxy",)),
    ("timeout", ("did not answer within", "complete answer within", "time ran out")),
    ("unreachable", ("cannot connect", "request failed", "connection broke")),
    ("token", ("rejected the kiosk's token",)),
    ("revoked", ("not allowed", "revoked")),
    ("busy", ("slow down", "busy or failing")),
    ("redirect", ("redirect",)),
    ("clinic", ("clinic",)),
)


def error_kind(text: str) -> str:
    """What kind of failure a sync error message describes: ``timeout``, ``unreachable``,
    ``certificate``, ``proxy``, ``token``, ``revoked``, ``busy``, ``redirect``, ``clinic``,
    ``not_configured``; ``answer`` for any other answer that could not be used."""
    lowered = (text or "").lower()
    for kind, words in ERROR_KINDS:
        if any(word in lowered for word in words):
            return kind
    return "answer"


def error_stage(text: str) -> str:
    """Which part of a sync failed: ``delivery``, ``pull`` (of a reference data set), ``status``,
    ``health``, ``clinic``; ``""`` when the message does not say."""
    head = (text or "").split(":", 1)[0].strip().lower()
    if head == "delivery":
        return "delivery"
    if head.startswith("pull of") or head.startswith("changes"):
        return "pull"
    if head == "clinic":
        return "clinic"
    if head == "health check":
        return "health"
    if head in ("status look-up", "account look-up"):
        return "status"
    return ""


def audit_rows(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return store.query("SELECT id, at, role, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?",
                       [limit])


def export_audit(store: Store, destination: Path | str, *, role: str = "technician") -> Path:
    """The whole audit log as CSV (UTF-8 with BOM, for spreadsheet programs); audited."""
    destination = Path(destination)
    make_private_dir(destination.parent)
    rows = store.query("SELECT at, role, action, target, details FROM audit_log ORDER BY id")
    with open_private(destination, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["at", "role", "action", "target", "details"])
        for r in rows:
            writer.writerow([r["at"], r["role"], r["action"], r["target"], r["details"]])
    store.audit(role, "audit.export", destination.name, f"{len(rows)} entries")
    return destination


def age_text(seconds: int) -> tuple[int, int, int]:
    """(days, hours, minutes) of an age in seconds."""
    minutes = seconds // 60
    return minutes // 1440, (minutes % 1440) // 60, minutes % 60
