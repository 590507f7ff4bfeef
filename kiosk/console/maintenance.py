"""Technician maintenance of the local store: integrity check, backup, restore, diagnostics zip.

Qt-free.  Backups use SQLite's online backup API (``sqlite3.Connection.backup``), which makes a
consistent copy while the kiosk and its sync worker keep running.  The diagnostics zip carries
logs, settings without secrets, counts and versions, and no personal data: logs are masked again
on the way in, and no outbox payload, account or form value is ever read into it.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.logsetup import mask_personal
from mfc_files.private_files import create_private, make_private_dir, open_private
from offline_db import schema
from offline_db.salvage import latest_recovery
from offline_db.store import Store, iso_utc

SECRET_MARKERS = ("token", "pin", "password", "secret", "failures", "locked_until")


class MaintenanceError(Exception):
    """A backup or restore that cannot be done; the message says why in plain words."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    outbox_items: int


def integrity_report(store: Store) -> list[str]:
    """``["ok"]`` for a healthy store, otherwise SQLite's list of problems."""
    rows = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
    fk = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        rows = [r for r in rows if r != "ok"] + [f"foreign key problem in {row[0]}" for row in fk[:20]]
    return rows


def backup(store: Store, destination: Path | str, *, role: str = "technician") -> BackupResult:
    destination = Path(destination)
    if destination.exists():
        raise MaintenanceError(f"{destination} already exists; choose a new file name")
    make_private_dir(destination.parent)
    create_private(destination)  # 0600 before the first page of citizens' data goes in
    target = sqlite3.connect(str(destination))
    try:
        store.conn.backup(target, pages=256)
        ok = target.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        items = target.execute("SELECT count(*) FROM outbox").fetchone()[0]
    except sqlite3.Error as exc:
        target.close()
        destination.unlink(missing_ok=True)
        raise MaintenanceError(f"the backup could not be written: {exc}") from exc
    target.close()
    if not ok:
        destination.unlink(missing_ok=True)
        raise MaintenanceError("the backup copy failed its integrity check; the disk may be failing")
    store.audit(role, "backup", destination.name)
    return BackupResult(destination, destination.stat().st_size, items)


def check_backup(path: Path | str) -> int:
    """Validate a backup file before restoring it; returns its outbox item count."""
    path = Path(path)
    if not path.is_file():
        raise MaintenanceError(f"{path} is not a file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise MaintenanceError("the backup file is damaged")
            sets = {r[0] for r in conn.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations")}
            if schema.MIGRATION_SET not in sets:
                raise MaintenanceError("this file is not a kiosk store backup")
            return conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise MaintenanceError(f"the backup file cannot be read: {exc}") from exc


def restore(store: Store, backup_path: Path | str, *, role: str = "technician") -> int:
    """Replace the live store's content with the backup (after :func:`check_backup`).

    The copy goes through the backup API into the open store, so the file, its WAL and other
    connections stay valid; newer migrations are applied to an older backup afterwards.
    """
    items = check_backup(backup_path)
    # The audit log is evidence: entries written after the backup was taken survive the restore.
    live_audit = store.query("SELECT at, role, action, target, details FROM audit_log ORDER BY id")
    source = sqlite3.connect(f"file:{Path(backup_path)}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    except sqlite3.Error as exc:
        raise MaintenanceError(f"the restore failed: {exc}") from exc
    finally:
        source.close()
    schema.migrate(store)
    newest = store.scalar("SELECT max(at) FROM audit_log") or ""
    with store.atomic():
        store.conn.executemany(
            "INSERT INTO audit_log(at, role, action, target, details) VALUES (:at, :role, :action, :target, :details)",
            [row for row in live_audit if row["at"] > newest])
    store.audit(role, "restore", Path(backup_path).name)
    return items


def _safe_settings(store: Store) -> dict[str, object]:
    out = {}
    for key, value in store.conn.execute("SELECT key, value FROM settings ORDER BY key"):
        if any(marker in key.lower() for marker in SECRET_MARKERS):
            out[key] = "(hidden)"
        else:
            out[key] = json.loads(value)
    return out


def diagnostics(store: Store) -> dict[str, object]:
    """Counts, versions and settings without secrets or personal data."""
    try:  # the installed binding's version, read from its metadata (this package is Qt-free)
        qt = {"pyside6": importlib.metadata.version("PySide6")}
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - the kiosk always has Qt
        qt = {}
    counts = {state: n for state, n in store.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state")}
    kinds = {kind: n for kind, n in store.conn.execute("SELECT kind, count(*) FROM outbox GROUP BY kind")}
    oldest = store.scalar("SELECT min(captured_at) FROM outbox WHERE state IN ('pending','sending')")
    tables = {name: store.scalar(f"SELECT count(*) FROM {name}") for name in (
        "offices", "services", "clinics", "practitioners", "slots", "utility_providers", "queue_tickets",
        "audit_log")}
    return {
        "generated_at": iso_utc(),
        "versions": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                     "platform": platform.platform(), **qt},
        "schema": schema.migration_names(),
        "outbox_by_state": counts,
        "outbox_by_kind": kinds,
        "oldest_undelivered_captured_at": oldest,
        "row_counts": tables,
        "sync_datasets": store.query("SELECT dataset, last_pull_at, last_error FROM sync_datasets"),
        # pulled reference rows that could not be applied (kiosk.sync.core): what and why, not the row
        "sync_quarantine": store.query("SELECT dataset, entity, id, code, field, detail, received_at"
                                       " FROM sync_quarantine ORDER BY received_at, entity, id"),
        "settings": _safe_settings(store),
        "integrity": integrity_report(store),
        "store_recovery": latest_recovery(store),
    }


def export_diagnostics(store: Store, log_dir: Path, destination: Path | str, *, role: str = "technician") -> Path:
    destination = Path(destination)
    make_private_dir(destination.parent)
    with open_private(destination, "wb") as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("diagnostics.json", json.dumps(diagnostics(store), ensure_ascii=False, indent=2))
        audit = store.query("SELECT at, role, action, target FROM audit_log ORDER BY id DESC LIMIT 2000")
        zf.writestr("audit.json", json.dumps(audit, ensure_ascii=False, indent=1))
        for path in sorted(Path(log_dir).glob("*.log*")):
            text = path.read_text(encoding="utf-8", errors="replace")
            zf.writestr(f"logs/{path.name}", mask_personal(text))
    store.audit(role, "export_diagnostics", destination.name)
    return destination
