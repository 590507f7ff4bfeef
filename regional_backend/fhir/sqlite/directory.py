"""The clinic directory in SQLite: Organization, Practitioner, PractitionerRole, Schedule and specialties.

Directory entries are the kiosk store's rows kept as JSON in ``fhir_ref`` plus search keys
(organisation, practitioner, role, specialty).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..instants import fmt_instant, parse_instant
from ..interface import REF_TABLES, Condition, Found, Page
from .conditions import page_of, where

COLUMNS = {"last_updated": "last_updated", "id": "id", "organization": "k_org", "practitioner": "k_prac",
           "role": "k_role", "specialty": "k_spec", "active": "json_extract(data, '$.active')"}


def load(conn: sqlite3.Connection, tables: Mapping[str, Iterable[Mapping[str, Any]]], now: str) -> int:
    """Upsert the directory and add new slots, inside the caller's write transaction; rows written."""
    n = 0
    for row in tables.get("specialties", ()):
        conn.execute("INSERT INTO fhir_specialties(code, system, name_ru, name_en) VALUES (?,?,?,?)"
                     " ON CONFLICT(code) DO UPDATE SET system=excluded.system, name_ru=excluded.name_ru,"
                     " name_en=excluded.name_en", [row["code"], row["system"], row["name_ru"], row["name_en"]])
    roles = {r["id"]: r for r in tables.get("practitioner_roles", ())}
    for r in conn.execute("SELECT id, data FROM fhir_ref WHERE type = 'PractitionerRole'").fetchall():
        roles.setdefault(r[0], json.loads(r[1]))
    schedules = {s["id"]: s for s in tables.get("schedules", ())}
    for r in conn.execute("SELECT id, data FROM fhir_ref WHERE type = 'Schedule'").fetchall():
        schedules.setdefault(r[0], json.loads(r[1]))
    for rtype, table in REF_TABLES.items():
        for row in tables.get(table, ()):
            keys = _keys(rtype, row, roles)
            data = json.dumps({k: v for k, v in row.items() if k != "updated_at"}, ensure_ascii=False,
                              sort_keys=True)
            old = conn.execute("SELECT data FROM fhir_ref WHERE type = ? AND id = ?", [rtype, row["id"]]).fetchone()
            if old is not None and old[0] == data:
                continue
            conn.execute(
                "INSERT INTO fhir_ref(type, id, version, last_updated, k_org, k_prac, k_role, k_spec, data)"
                " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?) ON CONFLICT(type, id) DO UPDATE SET version = version + 1,"
                " last_updated = excluded.last_updated, k_org = excluded.k_org, k_prac = excluded.k_prac,"
                " k_role = excluded.k_role, k_spec = excluded.k_spec, data = excluded.data",
                [rtype, row["id"], now, *keys, data])
            n += 1
    slot_rows = []
    for s in tables.get("slots", ()):
        schedule = schedules[s["schedule_id"]]
        role = roles[schedule["practitioner_role_id"]]
        slot_rows.append([s["id"], s["schedule_id"], role["id"], role["practitioner_id"], role["specialty_code"],
                          fmt_instant(parse_instant(s["start_utc"])), fmt_instant(parse_instant(s["end_utc"])),
                          "busy" if s["status"] != "free" else "free", now])
    cur = conn.executemany(
        'INSERT INTO fhir_slots(id, schedule_id, role_id, practitioner_id, specialty, start, "end", status,'
        " version, last_updated) VALUES (?,?,?,?,?,?,?,?,1,?) ON CONFLICT(id) DO NOTHING", slot_rows)
    return n + max(cur.rowcount, 0)


def _keys(rtype: str, row: Mapping[str, Any], roles: Mapping[str, Mapping[str, Any]]) -> list[Any]:
    if rtype == "PractitionerRole":
        return [row["clinic_id"], row["practitioner_id"], row["id"], row["specialty_code"]]
    if rtype == "Schedule":
        role = roles.get(row["practitioner_role_id"], {})
        return [role.get("clinic_id"), role.get("practitioner_id"), row["practitioner_role_id"],
                role.get("specialty_code")]
    return [None, None, None, None]


def specialty(conn: sqlite3.Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT code, system, name_ru, name_en FROM fhir_specialties WHERE code = ?", [code]).fetchone()
    return dict(zip(("code", "system", "name_ru", "name_en"), row, strict=True)) if row else None


def _entry(row: tuple) -> dict[str, Any]:
    data, version, last_updated = row
    return {**json.loads(data), "_version": version, "_last_updated": last_updated}


def entry(conn: sqlite3.Connection, rtype: str, rid: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data, version, last_updated FROM fhir_ref WHERE type = ? AND id = ?",
                       [rtype, rid]).fetchone()
    return _entry(row) if row else None


def search(conn: sqlite3.Connection, rtype: str, conditions: Sequence[Condition], page: Page) -> Found:
    clauses, args = where(conditions, COLUMNS)
    return page_of(conn, "fhir_ref", "data, version, last_updated", ["type = ?", *clauses], [rtype, *args],
                   page, _entry)
