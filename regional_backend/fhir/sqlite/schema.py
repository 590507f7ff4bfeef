"""The FHIR tables in the backend's SQLite file (``fhir_*``, own migrations) and their clock.

No double booking, by construction: a partial UNIQUE index allows one active appointment per slot.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..instants import fmt_instant, parse_instant, utcnow

migrations = Migrations("regional_backend_fhir")


@migrations(name="m001_fhir")
def _m001_fhir(db: Database) -> None:
    for statement in (
        """CREATE TABLE fhir_ref (
            type TEXT NOT NULL, id TEXT NOT NULL,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            k_org TEXT, k_prac TEXT, k_role TEXT, k_spec TEXT,
            data TEXT NOT NULL,                    -- the kiosk store's row as JSON
            PRIMARY KEY (type, id))""",
        "CREATE INDEX fhir_ref_updated ON fhir_ref(type, last_updated, id)",
        "CREATE TABLE fhir_specialties (code TEXT PRIMARY KEY, system TEXT NOT NULL, name_ru TEXT NOT NULL,"
        " name_en TEXT NOT NULL)",
        """CREATE TABLE fhir_slots (
            id TEXT PRIMARY KEY, schedule_id TEXT NOT NULL, role_id TEXT NOT NULL, practitioner_id TEXT NOT NULL,
            specialty TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT NOT NULL,
            status TEXT NOT NULL, lease_kiosk TEXT, lease_until TEXT,
            version INTEGER NOT NULL, last_updated TEXT NOT NULL)""",
        "CREATE INDEX fhir_slots_schedule ON fhir_slots(schedule_id, start)",
        "CREATE INDEX fhir_slots_practitioner ON fhir_slots(practitioner_id, start)",
        "CREATE INDEX fhir_slots_updated ON fhir_slots(last_updated, id)",
        "CREATE INDEX fhir_slots_status ON fhir_slots(status, start)",
        "CREATE INDEX fhir_slots_lease ON fhir_slots(lease_kiosk, lease_until)",
        """CREATE TABLE fhir_appointments (
            id TEXT PRIMARY KEY, ident_system TEXT NOT NULL, ident_value TEXT NOT NULL,
            slot_id TEXT NOT NULL REFERENCES fhir_slots(id), patient_system TEXT, patient_value TEXT,
            status TEXT NOT NULL, kiosk_id TEXT NOT NULL, version INTEGER NOT NULL, last_updated TEXT NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX fhir_appt_ident ON fhir_appointments(ident_value, ident_system)",
        "CREATE INDEX fhir_appt_patient ON fhir_appointments(patient_value, patient_system)",
        "CREATE INDEX fhir_appt_updated ON fhir_appointments(last_updated, id)",
        # The double-booking guard: one active appointment per slot, enforced by the database.
        "CREATE UNIQUE INDEX fhir_appt_one_per_slot ON fhir_appointments(slot_id)"
        " WHERE status NOT IN ('cancelled', 'entered-in-error', 'noshow')",
        "CREATE TABLE fhir_clock (id INTEGER PRIMARY KEY CHECK (id = 1), last TEXT NOT NULL)",
        "INSERT INTO fhir_clock VALUES (1, '1970-01-01T00:00:00.000000Z')",
    ):
        db.execute(statement)


def tick(conn: sqlite3.Connection) -> str:
    """A ``last_updated`` later than every one given before (inside the write transaction)."""
    last = parse_instant(conn.execute("SELECT last FROM fhir_clock").fetchone()[0])
    now = max(utcnow(), last + dt.timedelta(microseconds=1))
    text = fmt_instant(now)
    conn.execute("UPDATE fhir_clock SET last = ?", [text])
    return text
