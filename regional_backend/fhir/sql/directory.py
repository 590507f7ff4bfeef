"""The clinic directory on SQLAlchemy Core: Organization, Practitioner, PractitionerRole, Schedule and specialties.

Directory entries are the kiosk store's rows kept in ``fhir_ref.data`` (``jsonb`` on PostgreSQL,
JSON text on SQLite) plus search keys (organisation, practitioner, role, specialty).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, RowMapping

from regional_backend.db.tables.fhir import fhir_ref, fhir_slots, fhir_specialties
from regional_backend.stores.ref_lookup import as_dict
from regional_backend.stores.sql import insert

from ..instants import fmt_instant, parse_instant
from ..interface import REF_TABLES, Condition, Found, Page
from .conditions import Column, page_of, where

COLUMNS: dict[str, Column] = {
    "last_updated": fhir_ref.c.last_updated, "id": fhir_ref.c.id, "organization": fhir_ref.c.k_org,
    "practitioner": fhir_ref.c.k_prac, "role": fhir_ref.c.k_role, "specialty": fhir_ref.c.k_spec}
_SPECIALTY = (fhir_specialties.c.code, fhir_specialties.c.system, fhir_specialties.c.name_ru,
              fhir_specialties.c.name_en)


def _stored(conn: Connection, row: Mapping[str, Any]) -> Any:
    """The row as ``fhir_ref.data`` keeps it: a dict for ``jsonb``; on SQLite the JSON text today's
    store writes (sorted keys), so that an unchanged row compares equal to what is stored."""
    data = {k: v for k, v in row.items() if k != "updated_at"}
    if conn.dialect.name == "postgresql":
        return data
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def load(conn: Connection, tables: Mapping[str, Iterable[Mapping[str, Any]]], now: str) -> int:
    """Upsert the directory and add new slots, inside the caller's write transaction; rows written.

    Every row is one ``INSERT … ON CONFLICT``: a directory row is updated (new version) only
    ``WHERE`` its stored data differs, decided by the statement on the row it locks, not by an
    earlier read; a slot that exists is left alone (``DO NOTHING``)."""
    n = 0
    stamp = parse_instant(now)
    for row in tables.get("specialties", ()):
        statement = insert(conn, fhir_specialties).values(
            code=row["code"], system=row["system"], name_ru=row["name_ru"], name_en=row["name_en"])
        conn.execute(statement.on_conflict_do_update(
            index_elements=[fhir_specialties.c.code],
            set_={c: statement.excluded[c] for c in ("system", "name_ru", "name_en")}))
    roles = {r["id"]: r for r in tables.get("practitioner_roles", ())}
    schedules = {s["id"]: s for s in tables.get("schedules", ())}
    for rtype, rid, data in conn.execute(sa.select(fhir_ref.c.type, fhir_ref.c.id, fhir_ref.c.data).where(
            fhir_ref.c.type.in_(("PractitionerRole", "Schedule")))):
        (roles if rtype == "PractitionerRole" else schedules).setdefault(rid, as_dict(data))
    for rtype, table in REF_TABLES.items():
        for row in tables.get(table, ()):
            k_org, k_prac, k_role, k_spec = _keys(rtype, row, roles)
            statement = insert(conn, fhir_ref).values(
                type=rtype, id=row["id"], version=1, last_updated=stamp, k_org=k_org,
                k_prac=k_prac, k_role=k_role, k_spec=k_spec, data=_stored(conn, row))
            written = conn.execute(statement.on_conflict_do_update(
                index_elements=[fhir_ref.c.type, fhir_ref.c.id],
                set_={"version": fhir_ref.c.version + 1,
                      **{c: statement.excluded[c] for c in
                         ("last_updated", "k_org", "k_prac", "k_role", "k_spec", "data")}},
                where=fhir_ref.c.data.is_distinct_from(statement.excluded.data))
                .returning(fhir_ref.c.id)).first()
            n += written is not None
    slot_rows = []
    for s in tables.get("slots", ()):
        schedule = schedules[s["schedule_id"]]
        role = roles[schedule["practitioner_role_id"]]
        slot_rows.append({"id": s["id"], "schedule_id": s["schedule_id"], "role_id": role["id"],
                          "practitioner_id": role["practitioner_id"], "specialty": role["specialty_code"],
                          "start": parse_instant(s["start_utc"]), "end": parse_instant(s["end_utc"]),
                          "status": "busy" if s["status"] != "free" else "free", "version": 1,
                          "last_updated": stamp})
    if slot_rows:
        # RETURNING: psycopg's executemany does not sum the rows inserted into rowcount.
        added = conn.execute(insert(conn, fhir_slots).on_conflict_do_nothing(index_elements=[fhir_slots.c.id])
                             .returning(fhir_slots.c.id), slot_rows).all()
        n += len(added)
    return n


def _keys(rtype: str, row: Mapping[str, Any], roles: Mapping[str, Mapping[str, Any]]) -> list[Any]:
    if rtype == "PractitionerRole":
        return [row["clinic_id"], row["practitioner_id"], row["id"], row["specialty_code"]]
    if rtype == "Schedule":
        role = roles.get(row["practitioner_role_id"], {})
        return [role.get("clinic_id"), role.get("practitioner_id"), row["practitioner_role_id"],
                role.get("specialty_code")]
    return [None, None, None, None]


def specialty(conn: Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(*_SPECIALTY).where(fhir_specialties.c.code == code)).mappings().first()
    return dict(row) if row else None


def _entry(row: RowMapping) -> dict[str, Any]:
    return {**as_dict(row["data"]), "_version": row["version"], "_last_updated": fmt_instant(row["last_updated"])}


_ENTRY = (fhir_ref.c.data, fhir_ref.c.version, fhir_ref.c.last_updated)


def entry(conn: Connection, rtype: str, rid: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(*_ENTRY).where(fhir_ref.c.type == rtype, fhir_ref.c.id == rid)).mappings().first()
    return _entry(row) if row else None


def _active(conn: Connection, value: bool) -> sa.ColumnElement[bool]:
    """``active`` as the SQLite store reads it (``json_extract(data, '$.active') = 1``, a JSON
    ``true`` or ``1``), on either engine."""
    if conn.dialect.name == "postgresql":
        text = sa.type_coerce(fhir_ref.c.data, postgresql.JSONB())["active"].astext
        return text.in_(("true", "1") if value else ("false", "0"))
    return sa.func.json_extract(fhir_ref.c.data, "$.active") == (1 if value else 0)


def search(conn: Connection, rtype: str, conditions: Sequence[Condition], page: Page) -> Found:
    clauses = where([c for c in conditions if c.key != "active"], COLUMNS)
    for c in conditions:
        if c.key == "active":
            if c.op != "=":
                raise ValueError(f"unknown operator {c.op!r} for 'active'")
            clauses.append(_active(conn, bool(c.value)))
    return page_of(conn, fhir_ref, _ENTRY, [fhir_ref.c.type == rtype, *clauses], page, _entry)
