"""What the technician's sync dashboard and audit-log screens show, and the audit export.  Qt-free."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from offline_db.store import Store, parse_utc, utcnow

STUCK_LIMIT = 50


def sync_dashboard(store: Store, now: dt.datetime | None = None) -> dict[str, Any]:
    """Outbox counts by state, the oldest undelivered item and its age, last pull per dataset,
    last errors, and the items stuck in rejected/conflict with their reasons (no payloads)."""
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
    return info


def audit_rows(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return store.query("SELECT id, at, role, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?",
                       [limit])


def export_audit(store: Store, destination: Path | str, *, role: str = "technician") -> Path:
    """The whole audit log as CSV (UTF-8 with BOM, for spreadsheet programs); audited."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    rows = store.query("SELECT at, role, action, target, details FROM audit_log ORDER BY id")
    with destination.open("w", encoding="utf-8-sig", newline="") as fh:
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
