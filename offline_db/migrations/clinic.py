"""Migrations of the e-clinic appointments booked at this kiosk (m004, m006, m009)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sql_script import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database


def m004_clinic_appointments(db: Database) -> None:
    """E-clinic appointments booked at this kiosk (issue 5), delivered by the FHIR clinic connector
    (``kiosk/clinic``), not by the outbox.  One active appointment per slot on this kiosk; personal
    data (ENP, birth date, phone) is kept only until delivery, ``patient_key`` (a hash of ENP and birth
    date) finds "my appointments".  ``slots.leased_until`` is set only for slots leased to this kiosk.
    The partial index serves the free-slot search of a specialty (``benchmarks/clinic.py``).
    """
    run_script(
        db,
        """
        CREATE TABLE clinic_appointments (
            uuid TEXT PRIMARY KEY,            -- Appointment.identifier (urn:uuid:...), the idempotency key
            receipt_number TEXT NOT NULL UNIQUE,
            slot_id TEXT NOT NULL,
            schedule_id TEXT NOT NULL,
            practitioner_role_id TEXT NOT NULL,
            practitioner_id TEXT NOT NULL,
            clinic_id TEXT NOT NULL,
            specialty_code TEXT NOT NULL,
            start_utc TEXT NOT NULL, end_utc TEXT NOT NULL,
            patient_key TEXT NOT NULL,        -- sha256 of ENP and birth date
            enp_masked TEXT NOT NULL,
            enp TEXT, birth_date TEXT, phone TEXT,   -- personal data: cleared once delivered
            mode TEXT NOT NULL CHECK (mode IN ('lease', 'provisional')),
            lease_until TEXT,                 -- the lease the booking was made under
            status TEXT NOT NULL CHECK (status IN ('booked', 'requested', 'refused', 'cancelled')),
            delivery TEXT NOT NULL DEFAULT 'pending'
                CHECK (delivery IN ('pending', 'sending', 'delivered', 'not_sent')),
            cancel_state TEXT CHECK (cancel_state IN ('pending', 'sending', 'delivered')),
            server_id TEXT, server_version TEXT,
            alternatives TEXT NOT NULL DEFAULT '[]',   -- JSON [{slot_id, start_utc, end_utc}]
            reason_ru TEXT, reason_en TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clinic_appt_patient ON clinic_appointments(patient_key, start_utc);
        CREATE INDEX clinic_appt_delivery ON clinic_appointments(delivery, cancel_state);
        CREATE UNIQUE INDEX clinic_appt_one_per_slot ON clinic_appointments(slot_id)
            WHERE status IN ('booked', 'requested');
        CREATE INDEX slots_free_by_start ON slots(start_utc, schedule_id) WHERE status = 'free';
        CREATE INDEX slots_leased ON slots(leased_until, schedule_id) WHERE leased_until IS NOT NULL;
        """,
    )


def m006_clinic_assisted_by(db: Database) -> None:
    """Clinic appointments remember the clerk's assisted-mode marker (as ``outbox.assisted_by`` does
    for outbox items): a booking made by staff for a visitor from the clerk console."""
    db.execute("ALTER TABLE clinic_appointments ADD COLUMN assisted_by TEXT")


def m009_clinic_changes(db: Database) -> None:
    """What the clinic changed later in an appointment booked here (issue 16): the kiosk pulls its own
    appointments (``kiosk/clinic/changes.py``) and keeps the clinic's last change — ``cancelled``,
    ``rescheduled``, ``fulfilled``, ``noshow`` or ``entered-in-error`` — with when it happened (the
    server's ``meta.lastUpdated``) and, for a move, the time it had before."""
    run_script(
        db,
        """
        ALTER TABLE clinic_appointments ADD COLUMN clinic_change TEXT;
        ALTER TABLE clinic_appointments ADD COLUMN clinic_changed_at TEXT;
        ALTER TABLE clinic_appointments ADD COLUMN previous_start_utc TEXT;
        """,
    )
