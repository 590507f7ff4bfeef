"""Salvage what can be read from a damaged kiosk store into a fresh one.  Qt-free.

Called by :func:`offline_db.store.open_store` when the store fails its check.  From the damaged
file (and its ``-wal``), read with :mod:`offline_db.pages`, it copies:

* every outbox item that is whole (its payload matches its SHA-256, its receipt matches its
  UUID): same UUID, capture time and receipt; items that were waiting or being sent are due
  again at once (the backend's idempotency makes a resend of a delivered item harmless);
* clinic bookings and cancels, those in flight due again;
* the settings: sync configuration and enrolment (backend, kiosk id, token file reference),
  console PIN hashes and lockout, every other declared setting;
* the console audit log.

Reference data (catalogue, offices, clinics' slots) is not copied: it is pulled again (or the demo
region reloaded).  Outbox items are never deleted, so a gap in their ids up to the largest id
seen is an item that could not be read: the report counts those as lost.

The result is kept in the setting ``store.recoveries`` (newest last) and in the audit log, so
the console's sync dashboard, ``main.py status`` and the diagnostics show it.
"""

from __future__ import annotations

import json
import logging
import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pages import PageImage, orphan_rows, schema_roots, walk_table
from .schema import OUTBOX_STATES
from .store import Store, iso_utc, parse_utc

log = logging.getLogger(__name__)

K_RECOVERIES = "store.recoveries"
KEEP_RECOVERIES = 10
UNDELIVERED = ("pending", "sending")
_SETTING_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_WALK, _LATE, _ORPHAN = 2, 1, 0  # which copy of a row wins when its times are equal


def _time(value: Any) -> bool:
    try:
        parse_utc(value)
    except (TypeError, ValueError, AttributeError):
        return False
    return True


def _text(*values: Any) -> bool:
    return all(isinstance(v, str) for v in values)


def _outbox_ok(row: dict[str, Any]) -> bool:
    from mfc_rules.canonical import sha256_hex
    from mfc_rules.receipts import receipt_number

    from .outbox import REDACTED_MARK

    try:
        if str(uuidlib.UUID(row["uuid"])) != row["uuid"] or row["receipt_number"] != receipt_number(row["uuid"]):
            return False
    except (TypeError, ValueError, AttributeError):
        return False
    if not (_text(row["kind"], row["payload"], row["payload_sha256"]) and row["kind"]
            and row["state"] in OUTBOX_STATES and _time(row["captured_at"]) and _time(row["updated_at"])
            and isinstance(row["attempts"], int)):
        return False
    if row["pii_purged_at"] is not None:  # a delivered item whose personal data was purged
        try:
            return json.loads(row["payload"]).get(REDACTED_MARK) is True
        except (ValueError, AttributeError):
            return False
    return sha256_hex(row["payload"]) == row["payload_sha256"]


def _settings_ok(row: dict[str, Any]) -> bool:
    if not (_text(row["key"], row["value"]) and _SETTING_KEY.match(row["key"]) and _time(row["updated_at"])):
        return False
    try:
        json.loads(row["value"])
    except ValueError:
        return False
    return True


def _audit_ok(row: dict[str, Any]) -> bool:
    return (_time(row["at"]) and _text(row["role"], row["action"], row["target"], row["details"])
            and bool(row["action"]))


def _clinic_ok(row: dict[str, Any]) -> bool:
    return (_text(row["uuid"], row["receipt_number"], row["slot_id"], row["start_utc"], row["end_utc"],
                  row["patient_key"], row["enp_masked"])
            and row["mode"] in ("lease", "provisional")
            and row["status"] in ("booked", "requested", "refused", "cancelled")
            and row["delivery"] in ("pending", "sending", "delivered", "not_sent")
            and row["cancel_state"] in (None, "pending", "sending", "delivered")
            and _time(row["created_at"]) and _time(row["updated_at"]))


def _outbox_due(row: dict[str, Any]) -> dict[str, Any]:
    if row["state"] in UNDELIVERED:
        row.update(state="pending", next_attempt_at=None,
                   last_error=row["last_error"] or "recovered from a damaged store; will be sent again")
    return row


def _clinic_due(row: dict[str, Any]) -> dict[str, Any]:
    if row["delivery"] == "sending":
        row["delivery"] = "pending"
    if row["cancel_state"] == "sending":
        row["cancel_state"] = "pending"
    return row


@dataclass(frozen=True)
class _Table:
    name: str
    key: str | None                      # the column that identifies a row (None: the rowid)
    valid: Callable[[dict[str, Any]], bool]
    prepare: Callable[[dict[str, Any]], dict[str, Any]] = lambda row: row
    count_lost: bool = False             # rows are never deleted: a gap in rowids is a lost row


TABLES = (
    _Table("outbox", "uuid", _outbox_ok, _outbox_due, count_lost=True),
    _Table("clinic_appointments", "uuid", _clinic_ok, _clinic_due, count_lost=True),
    _Table("settings", "key", _settings_ok),
    _Table("audit_log", None, _audit_ok),
)


@dataclass
class _Found:
    rows: dict[Any, tuple[tuple[str, int], int, dict[str, Any]]] = field(default_factory=dict)
    max_rowid: int = 0
    unreadable: int = 0  # cells of the table's own pages that did not decode or validate

    def offer(self, table: _Table, rowid: int, row: dict[str, Any], source: int) -> None:
        key = rowid if table.key is None else row[table.key]
        rank = (str(row.get("updated_at") or ""), source)
        if key not in self.rows or rank > self.rows[key][0]:
            self.rows[key] = (rank, rowid, row)
        self.max_rowid = max(self.max_rowid, rowid)


def _columns(store: Store, table: str) -> tuple[list[str], str | None]:
    info = store.query(f"SELECT name, type, pk FROM pragma_table_info('{table}') ORDER BY cid")
    pks = [c for c in info if c["pk"]]
    ipk = pks[0]["name"] if len(pks) == 1 and pks[0]["type"].upper() == "INTEGER" else None
    return [c["name"] for c in info], ipk


def _as_row(values: list[Any], rowid: int, columns: list[str], ipk: str | None) -> dict[str, Any] | None:
    if len(values) > len(columns) or len(values) < len(columns) - 2:
        return None  # not this table's shape (a column or two may have been added since)
    row = dict(zip(columns, [*values, *[None] * (len(columns) - len(values))], strict=True))
    if ipk is not None:
        if row[ipk] is not None:
            return None
        row[ipk] = rowid
    return row


def read_damaged(path: Path, store: Store) -> tuple[dict[str, _Found], dict[str, Any]]:
    """Rows of the salvaged tables found in the damaged file at ``path`` (validated, one copy of
    each row: the newest), and facts about the damage."""
    image = PageImage(path)
    roots, reached = schema_roots(image)
    shapes = {t.name: _columns(store, t.name) for t in TABLES}
    found = {t.name: _Found() for t in TABLES}
    damaged_pages = 0
    for name, root in roots.items():
        wanted = next((t for t in TABLES if t.name == name), None)
        walk = walk_table(image, root, decode=wanted is not None)
        reached |= walk.visited
        damaged_pages += walk.damaged_pages
        if wanted is None:
            continue
        found[name].max_rowid = max(found[name].max_rowid, walk.max_key)
        found[name].unreadable += walk.bad_cells
        for rowid, values in walk.rows.items():
            row = _as_row(values, rowid, *shapes[name])
            if row is not None and wanted.valid(row):
                found[name].offer(wanted, rowid, row, _WALK)
            else:
                found[name].unreadable += 1
    for (rowid, values), late in orphan_rows(image, reached):
        for table in TABLES:
            row = _as_row(values, rowid, *shapes[table.name])
            if row is not None and table.valid(row):
                found[table.name].offer(table, rowid, row, _LATE if late else _ORPHAN)
                break
    facts = {"page_size": image.page_size, "pages": image.page_count, "header_ok": image.header_ok,
             "schema_readable": bool(roots), "damaged_pages": damaged_pages, "wal_damaged": image.wal.damaged}
    return found, facts


def _insert(store: Store, table: _Table, found: _Found) -> int:
    """Insert the rows found, oldest rowid first, keeping rowids (an id taken twice is renumbered)."""
    columns, ipk = _columns(store, table.name)
    verb = "INSERT OR REPLACE" if table.name == "settings" else "INSERT OR IGNORE"
    used: set[int] = set()
    count = 0
    for _rank, rowid, row in sorted(found.rows.values(), key=lambda entry: entry[1]):
        row = table.prepare(dict(row))
        names = columns
        if ipk is not None:
            if rowid in used:
                names = [c for c in columns if c != ipk]
            used.add(rowid)
        cur = store.conn.execute(f"{verb} INTO {table.name}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                                 [row[c] for c in names])
        count += cur.rowcount
    return count


def salvage(damaged: Path | str, store: Store, *, reason: str = "", moved_to: Path | None = None) -> dict[str, Any]:
    """Copy what can be read from ``damaged`` into the fresh ``store``; returns the recovery
    record (also saved in the store and its audit log).  ``moved_to`` is where the damaged file
    will be kept.  Never raises for damage it meets: a salvage that fails as a whole is recorded
    with its error and nothing copied."""
    damaged = Path(damaged)
    kept = Path(moved_to) if moved_to is not None else damaged
    record: dict[str, Any] = {"at": iso_utc(), "damaged_file": str(kept), "reason": reason}
    earlier: list[dict[str, Any]] = []
    try:
        found, facts = read_damaged(damaged, store)
        with store.atomic():
            counts = {t.name: _insert(store, t, found[t.name]) for t in TABLES}
        earlier = _recoveries(store)  # the salvaged settings hold the recoveries before this one
        outbox_rows = [r for _rank, _id, r in found["outbox"].rows.values()]
        clinic_rows = [r for _rank, _id, r in found["clinic_appointments"].rows.values()]
        record.update({
            "salvaged": {
                "outbox_undelivered": sum(r["state"] in UNDELIVERED for r in outbox_rows),
                "outbox_delivered": sum(r["state"] not in UNDELIVERED for r in outbox_rows),
                "clinic_undelivered": sum(r["delivery"] in UNDELIVERED or r["cancel_state"] in UNDELIVERED
                                          for r in clinic_rows),
                "clinic_other": sum(not (r["delivery"] in UNDELIVERED or r["cancel_state"] in UNDELIVERED)
                                    for r in clinic_rows),
                "settings": counts["settings"], "audit": counts["audit_log"]},
            "lost": {"outbox": _lost(found["outbox"]), "clinic": _lost(found["clinic_appointments"])},
            "sync_configured": bool(store.get_setting("sync.backend_url")),
            "pins": [role for role in ("clerk", "technician") if store.get_setting(f"console.pin.{role}")],
            "facts": facts, "error": None,
        })
    except Exception as exc:  # noqa: BLE001 - the kiosk starts with a fresh store whatever the damage
        log.exception("salvage from %s failed", damaged)
        record.update({"salvaged": None, "lost": None, "error": f"{exc.__class__.__name__}: {exc}"})
    store.set_setting(K_RECOVERIES, [*earlier, record][-KEEP_RECOVERIES:])
    store.audit("system", "store_recovered", kept.name, summary(record))
    log.error("local store salvage from %s: %s", damaged, summary(record))
    return record


def _lost(found: _Found) -> int:
    """At least this many rows could not be read: the gaps in the rowids up to the largest one seen
    (rows of these tables are never deleted), or the cells known but unreadable, whichever is more."""
    present = {rowid for _rank, rowid, _row in found.rows.values()}
    gaps = sum(1 for rowid in range(1, found.max_rowid + 1) if rowid not in present)
    return max(gaps, found.unreadable)


def _recoveries(store: Store) -> list[dict[str, Any]]:
    value = store.get_setting(K_RECOVERIES, [])
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def latest_recovery(store: Store) -> dict[str, Any] | None:
    """The newest recovery of this store from a damaged file, or ``None``."""
    recoveries = _recoveries(store)
    return recoveries[-1] if recoveries else None


def summary(record: dict[str, Any]) -> str:
    """One line in English for logs, the audit log and ``status``."""
    if record.get("error"):
        return f"nothing could be salvaged ({record['error']})"
    s, lost = record["salvaged"], record["lost"]
    text = (f"salvaged {s['outbox_undelivered']} undelivered and {s['outbox_delivered']} delivered outbox items, "
            f"{s['clinic_undelivered'] + s['clinic_other']} clinic bookings, {s['settings']} settings, "
            f"{s['audit']} audit entries; lost {lost['outbox']} outbox items")
    if lost["clinic"]:
        text += f" and {lost['clinic']} clinic bookings"
    return text
