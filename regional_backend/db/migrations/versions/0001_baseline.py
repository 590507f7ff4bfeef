"""Baseline: the schema ``SqliteStorage`` made up to and including its migration m004 (the
office queue) plus the FHIR store's m001 -- the same tables, columns, keys, unique constraints,
checks and indexes, so that an existing SQLite file can be stamped at this revision.

Frozen: generated with Alembic's autogenerate (``produce_migrations`` + ``render_python_code``)
from the tables as declared at this revision, then reviewed by hand; it does not read the live
``regional_backend.db.tables`` metadata, so a later change to a table never changes what this
revision creates.  ``Instant`` is ``timestamptz`` on PostgreSQL and UTC text on SQLite.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from regional_backend.db.tables.types import MICROSECONDS, Instant

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: ``bigint`` on PostgreSQL (``bigserial`` as an autoincrementing key); on SQLite ``INTEGER``, the
#: type an ``INTEGER PRIMARY KEY AUTOINCREMENT`` needs.
BIG_INT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

#: The FHIR clock's first value: every ``last_updated`` given out is later.
CLOCK_START = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

#: The tables in creation order (a table after those it refers to); dropped in reverse.
TABLES = ("auth_failures", "changes", "fhir_clock", "fhir_ref", "fhir_slots", "fhir_specialties", "kiosks",
          "meta", "meter_reading_results", "office_queue_ranges", "office_queue_tickets", "ref_rows",
          "submissions", "util_accounts", "fhir_appointments", "util_meters", "util_last_readings")


def upgrade() -> None:
    op.create_table('auth_failures',
        sa.Column('address', sa.Text(), nullable=False),
        sa.Column('at', sa.Double(), nullable=False)
    )
    op.create_index('auth_failures_address', 'auth_failures', ['address', 'at'], unique=False)
    op.create_index('auth_failures_at', 'auth_failures', ['at'], unique=False)
    op.create_table('changes',
        sa.Column('seq', BIG_INT, autoincrement=True, nullable=False),
        sa.Column('dataset', sa.Text(), nullable=False),
        sa.Column('entity', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('op', sa.Text(), nullable=False),
        sa.Column('data', sa.Text(), nullable=True),
        sa.Column('changed_at', Instant(), nullable=False),
        sa.CheckConstraint("op IN ('upsert', 'delete')"),
        sa.PrimaryKeyConstraint('seq'),
        sqlite_autoincrement=True
    )
    op.create_index('changes_dataset_seq', 'changes', ['dataset', 'seq'], unique=False)
    op.create_table('fhir_clock',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('last', Instant(MICROSECONDS), nullable=False),
        sa.CheckConstraint('id = 1'),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_table('fhir_ref',
        sa.Column('type', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('last_updated', Instant(MICROSECONDS), nullable=False),
        sa.Column('k_org', sa.Text(), nullable=True),
        sa.Column('k_prac', sa.Text(), nullable=True),
        sa.Column('k_role', sa.Text(), nullable=True),
        sa.Column('k_spec', sa.Text(), nullable=True),
        sa.Column('data', sa.Text().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
        sa.PrimaryKeyConstraint('type', 'id')
    )
    op.create_index('fhir_ref_updated', 'fhir_ref', ['type', 'last_updated', 'id'], unique=False)
    op.create_table('fhir_slots',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('schedule_id', sa.Text(), nullable=False),
        sa.Column('role_id', sa.Text(), nullable=False),
        sa.Column('practitioner_id', sa.Text(), nullable=False),
        sa.Column('specialty', sa.Text(), nullable=False),
        sa.Column('start', Instant(MICROSECONDS), nullable=False),
        sa.Column('end', Instant(MICROSECONDS), nullable=False),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('lease_kiosk', sa.Text(), nullable=True),
        sa.Column('lease_until', Instant(MICROSECONDS), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('last_updated', Instant(MICROSECONDS), nullable=False),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index('fhir_slots_lease', 'fhir_slots', ['lease_kiosk', 'lease_until'], unique=False)
    op.create_index('fhir_slots_practitioner', 'fhir_slots', ['practitioner_id', 'start'], unique=False)
    op.create_index('fhir_slots_schedule', 'fhir_slots', ['schedule_id', 'start'], unique=False)
    op.create_index('fhir_slots_status', 'fhir_slots', ['status', 'start'], unique=False)
    op.create_index('fhir_slots_updated', 'fhir_slots', ['last_updated', 'id'], unique=False)
    op.create_table('fhir_specialties',
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('system', sa.Text(), nullable=False),
        sa.Column('name_ru', sa.Text(), nullable=False),
        sa.Column('name_en', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('code')
    )
    op.create_table('kiosks',
        sa.Column('kiosk_id', sa.Text(), nullable=False),
        sa.Column('token_sha256', sa.Text(), nullable=False),
        sa.Column('created_at', Instant(), nullable=False),
        sa.Column('revoked_at', Instant(), nullable=True),
        sa.PrimaryKeyConstraint('kiosk_id'),
        sa.UniqueConstraint('token_sha256')
    )
    op.create_table('meta',
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key')
    )
    op.create_table('meter_reading_results',
        sa.Column('uuid', sa.Text(), nullable=False),
        sa.Column('idx', sa.Integer(), nullable=False),
        sa.Column('meter_serial', sa.Text(), nullable=False),
        sa.Column('zone', sa.Text(), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('code', sa.Text(), nullable=True),
        sa.Column('reason_ru', sa.Text(), nullable=True),
        sa.Column('reason_en', sa.Text(), nullable=True),
        sa.Column('period', sa.Text(), nullable=True),
        sa.Column('flags', sa.Text(), server_default='[]', nullable=False),
        sa.Column('effective_capture', Instant(MICROSECONDS), nullable=False),
        sa.CheckConstraint("result IN ('accepted', 'rejected', 'not_applied')"),
        sa.PrimaryKeyConstraint('uuid', 'idx')
    )
    op.create_table('office_queue_ranges',
        sa.Column('kiosk_id', sa.Text(), nullable=False),
        sa.Column('office_id', sa.Text(), nullable=False),
        sa.Column('range_index', sa.Integer(), nullable=False),
        sa.Column('assigned_at', Instant(), nullable=False),
        sa.CheckConstraint('range_index BETWEEN 1 AND 9'),
        sa.PrimaryKeyConstraint('kiosk_id'),
        sa.UniqueConstraint('office_id', 'range_index')
    )
    op.create_table('office_queue_tickets',
        sa.Column('uuid', sa.Text(), nullable=False),
        sa.Column('office_id', sa.Text(), nullable=False),
        sa.Column('service_day', sa.Date(), nullable=False),
        sa.Column('ticket', sa.Text(), nullable=False),
        sa.Column('category_id', sa.Text(), nullable=False),
        sa.Column('kiosk_id', sa.Text(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('issued_at', Instant(), nullable=False),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('counter', sa.Text(), nullable=True),
        sa.Column('called_at', Instant(), nullable=True),
        sa.Column('finished_at', Instant(), nullable=True),
        sa.Column('clash_of', sa.Text(), nullable=True),
        sa.CheckConstraint("source IN ('office', 'kiosk')"),
        sa.CheckConstraint("status IN ('waiting', 'called', 'served', 'no_show', 'clash')"),
        sa.PrimaryKeyConstraint('uuid')
    )
    op.create_index('office_queue_day', 'office_queue_tickets', ['office_id', 'service_day', 'status', 'issued_at'], unique=False)
    op.create_index('office_queue_number', 'office_queue_tickets', ['office_id', 'service_day', 'ticket'], unique=True, sqlite_where=sa.text('clash_of IS NULL'), postgresql_where=sa.text('clash_of IS NULL'))
    op.create_table('ref_rows',
        sa.Column('entity', sa.Text(), nullable=False),
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('dataset', sa.Text(), nullable=False),
        sa.Column('data', sa.Text().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
        sa.Column('seq', BIG_INT, nullable=False),
        sa.PrimaryKeyConstraint('entity', 'id')
    )
    op.create_table('submissions',
        sa.Column('seq', BIG_INT, autoincrement=True, nullable=False),
        sa.Column('uuid', sa.Text(), nullable=False),
        sa.Column('kiosk_id', sa.Text(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('captured_at', Instant(MICROSECONDS), nullable=False),
        sa.Column('receipt_number', sa.Text(), nullable=True),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('payload_sha256', sa.Text(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('server_ref', sa.Text(), nullable=True),
        sa.Column('code', sa.Text(), nullable=True),
        sa.Column('reason_ru', sa.Text(), nullable=True),
        sa.Column('reason_en', sa.Text(), nullable=True),
        sa.Column('received_at', Instant(), nullable=False),
        sa.CheckConstraint("result IN ('accepted', 'rejected')"),
        sa.PrimaryKeyConstraint('seq'),
        sa.UniqueConstraint('server_ref'),
        sa.UniqueConstraint('uuid'),
        sqlite_autoincrement=True
    )
    op.create_index('submissions_receipt', 'submissions', ['receipt_number'], unique=False)
    op.create_table('util_accounts',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('provider_id', sa.Text(), nullable=False),
        sa.Column('account_number', sa.Text(), nullable=False),
        sa.Column('house_norm', sa.Text(), nullable=False),
        sa.Column('flat_norm', sa.Text(), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('provider_id', 'account_number')
    )
    op.create_table('fhir_appointments',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('ident_system', sa.Text(), nullable=False),
        sa.Column('ident_value', sa.Text(), nullable=False),
        sa.Column('slot_id', sa.Text(), nullable=False),
        sa.Column('patient_system', sa.Text(), nullable=True),
        sa.Column('patient_value', sa.Text(), nullable=True),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('kiosk_id', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('last_updated', Instant(MICROSECONDS), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['slot_id'], ['fhir_slots.id'], ),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index('fhir_appt_ident', 'fhir_appointments', ['ident_value', 'ident_system'], unique=False)
    op.create_index('fhir_appt_one_per_slot', 'fhir_appointments', ['slot_id'], unique=True, sqlite_where=sa.text("status NOT IN ('cancelled', 'entered-in-error', 'noshow')"), postgresql_where=sa.text("status NOT IN ('cancelled', 'entered-in-error', 'noshow')"))
    op.create_index('fhir_appt_patient', 'fhir_appointments', ['patient_value', 'patient_system'], unique=False)
    op.create_index('fhir_appt_updated', 'fhir_appointments', ['last_updated', 'id'], unique=False)
    op.create_table('util_meters',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('account_id', sa.Text(), nullable=False),
        sa.Column('serial', sa.Text(), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['util_accounts.id'], ),
        sa.PrimaryKeyConstraint('id')
    )
    op.create_index('util_meters_account', 'util_meters', ['account_id'], unique=False)
    op.create_table('util_last_readings',
        sa.Column('meter_id', sa.Text(), nullable=False),
        sa.Column('zone', sa.Text(), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('read_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['meter_id'], ['util_meters.id'], ),
        sa.PrimaryKeyConstraint('meter_id', 'zone')
    )
    # The feed epoch names this store's feed in every cursor (a new one expires old cursors).
    op.bulk_insert(sa.table("meta", sa.column("key", sa.Text()), sa.column("value", sa.Text())),
                   [{"key": "feed_epoch", "value": secrets.token_hex(8)}])
    op.bulk_insert(sa.table("fhir_clock", sa.column("id", sa.Integer()), sa.column("last", Instant(MICROSECONDS))),
                   [{"id": 1, "last": CLOCK_START}])


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)  # its indexes go with it
