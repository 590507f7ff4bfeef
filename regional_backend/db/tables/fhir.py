"""The FHIR store: the clinic directory, specialties, slots with their leases, appointments and
the store's clock (every ``last_updated`` later than the one before).

No double booking, by construction: a partial unique index allows one active appointment per slot.
"""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata
from .types import MICROSECONDS, QUERIED_JSON, Instant

#: Appointment statuses that free their slot (not counted by the double-booking guard).
INACTIVE_APPOINTMENT = "status NOT IN ('cancelled', 'entered-in-error', 'noshow')"

#: Organisations, practitioners, practitioner roles and schedules: one row per resource.
fhir_ref = sa.Table(
    "fhir_ref", metadata,
    sa.Column("type", sa.Text, primary_key=True),
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("last_updated", Instant(MICROSECONDS), nullable=False),
    sa.Column("k_org", sa.Text),
    sa.Column("k_prac", sa.Text),
    sa.Column("k_role", sa.Text),
    sa.Column("k_spec", sa.Text),
    sa.Column("data", QUERIED_JSON, nullable=False),  # the kiosk store's row; searched (e.g. $.active)
    sa.Index("fhir_ref_updated", "type", "last_updated", "id"),
)

fhir_specialties = sa.Table(
    "fhir_specialties", metadata,
    sa.Column("code", sa.Text, primary_key=True),
    sa.Column("system", sa.Text, nullable=False),
    sa.Column("name_ru", sa.Text, nullable=False),
    sa.Column("name_en", sa.Text, nullable=False),
)

fhir_slots = sa.Table(
    "fhir_slots", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("schedule_id", sa.Text, nullable=False),
    sa.Column("role_id", sa.Text, nullable=False),
    sa.Column("practitioner_id", sa.Text, nullable=False),
    sa.Column("specialty", sa.Text, nullable=False),
    sa.Column("start", Instant(MICROSECONDS), nullable=False),
    sa.Column("end", Instant(MICROSECONDS), nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("lease_kiosk", sa.Text),
    sa.Column("lease_until", Instant(MICROSECONDS)),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("last_updated", Instant(MICROSECONDS), nullable=False),
    sa.Index("fhir_slots_schedule", "schedule_id", "start"),
    sa.Index("fhir_slots_practitioner", "practitioner_id", "start"),
    sa.Index("fhir_slots_updated", "last_updated", "id"),
    sa.Index("fhir_slots_status", "status", "start"),
    sa.Index("fhir_slots_lease", "lease_kiosk", "lease_until"),
    # Free slots of a practitioner role in time order (booking and leasing look them up so).
    sa.Index("fhir_slots_free_by_role", "role_id", "start",
             sqlite_where=sa.text("status = 'free'"), postgresql_where=sa.text("status = 'free'")),
)

fhir_appointments = sa.Table(
    "fhir_appointments", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("ident_system", sa.Text, nullable=False),
    sa.Column("ident_value", sa.Text, nullable=False),
    sa.Column("slot_id", sa.Text, sa.ForeignKey("fhir_slots.id"), nullable=False),
    sa.Column("patient_system", sa.Text),
    sa.Column("patient_value", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("kiosk_id", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("last_updated", Instant(MICROSECONDS), nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # the appointment as answered, kept as text
    sa.Index("fhir_appt_ident", "ident_value", "ident_system"),
    sa.Index("fhir_appt_patient", "patient_value", "patient_system"),
    sa.Index("fhir_appt_updated", "last_updated", "id"),
    # The double-booking guard: one active appointment per slot, enforced by the database.
    sa.Index("fhir_appt_one_per_slot", "slot_id", unique=True,
             sqlite_where=sa.text(INACTIVE_APPOINTMENT), postgresql_where=sa.text(INACTIVE_APPOINTMENT)),
)

#: One row (``id = 1``): the latest ``last_updated`` given out.
fhir_clock = sa.Table(
    "fhir_clock", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last", Instant(MICROSECONDS), nullable=False),
    sa.CheckConstraint("id = 1"),
)
