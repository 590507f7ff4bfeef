"""Frozen history: the sqlite-utils migrations ``SqliteStorage`` and ``SqliteFhirStore`` applied to
a SQLite file before the backend moved to Alembic (issue 19), and bringing such a file up to them.

A file made by today's ``SqliteStorage`` records what it applied in sqlite-utils' table
``_sqlite_migrations`` (set ``regional_backend``: ``m001_initial`` .. ``m004_office_queue``; set
``regional_backend_fhir``: ``m001_fhir``, applied at the FHIR store's first use) and has no
``alembic_version``.  The schema after all five is exactly Alembic's revision ``0001`` (shown by
``tests/backend/test_backend_db_schema.py``), so :func:`regional_backend.db.migrate.upgrade`
applies the ones a file lacks (:func:`apply_missing`), stamps ``0001`` and upgrades from there.

Never change these functions: they are what existing files went through.  ``SqliteStorage`` and
``SqliteFhirStore`` themselves were retired when the app switched to the stores of
:mod:`regional_backend.stores`; their migrations stay, for the files they made.
"""

from __future__ import annotations

import secrets
import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

#: sqlite-utils' record of the migrations applied to a file (Alembic keeps ``alembic_version``).
MIGRATIONS_TABLE = Migrations.migrations_table

storage_migrations = Migrations("regional_backend")
fhir_migrations = Migrations("regional_backend_fhir")


@storage_migrations(name="m001_initial")
def _m001_initial(db: Database) -> None:
    for statement in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE kiosks (
            kiosk_id TEXT PRIMARY KEY,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )""",
        """CREATE TABLE submissions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,           -- the idempotency key
            kiosk_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            receipt_number TEXT,
            payload TEXT NOT NULL,               -- canonical JSON
            payload_sha256 TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('accepted', 'rejected')),
            status TEXT NOT NULL,
            server_ref TEXT UNIQUE,
            code TEXT, reason_ru TEXT, reason_en TEXT,
            received_at TEXT NOT NULL
        )""",
        "CREATE INDEX submissions_receipt ON submissions(receipt_number)",
        """CREATE TABLE ref_rows (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            dataset TEXT NOT NULL,
            data TEXT NOT NULL,                  -- canonical JSON of the kiosk table's row
            seq INTEGER NOT NULL,
            PRIMARY KEY (entity, id)
        )""",
        """CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            dataset TEXT NOT NULL,
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
            data TEXT,                           -- canonical JSON for upserts
            changed_at TEXT NOT NULL
        )""",
        "CREATE INDEX changes_dataset_seq ON changes(dataset, seq)",
    ):
        db.execute(statement)
    db.execute("INSERT INTO meta(key, value) VALUES ('feed_epoch', ?)", [secrets.token_hex(8)])


@storage_migrations(name="m002_utility_accounts")
def _m002_utility_accounts(db: Database) -> None:
    """The backend's own copy of personal utility data (never in the public ``utilities`` feed):
    accounts, meters, last accepted readings, and the outcome of every delivered reading."""
    for statement in (
        """CREATE TABLE util_accounts (
            id TEXT PRIMARY KEY,
            provider_id TEXT NOT NULL,
            account_number TEXT NOT NULL,
            house_norm TEXT NOT NULL,
            flat_norm TEXT NOT NULL,
            data TEXT NOT NULL,                  -- canonical JSON of the row as loaded
            UNIQUE (provider_id, account_number)
        )""",
        """CREATE TABLE util_meters (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES util_accounts(id),
            serial TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX util_meters_account ON util_meters(account_id)",
        """CREATE TABLE util_last_readings (
            meter_id TEXT NOT NULL REFERENCES util_meters(id),
            zone TEXT NOT NULL,
            value TEXT NOT NULL,                 -- decimal text
            read_on TEXT NOT NULL,               -- local date of the reading
            PRIMARY KEY (meter_id, zone)
        )""",
        """CREATE TABLE meter_reading_results (
            uuid TEXT NOT NULL,                  -- the submission
            idx INTEGER NOT NULL,                -- position of the reading in the payload
            meter_serial TEXT NOT NULL,
            zone TEXT NOT NULL,
            value TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('accepted', 'rejected', 'not_applied')),
            code TEXT, reason_ru TEXT, reason_en TEXT,
            period TEXT,                         -- YYYY-MM the reading counts for
            flags TEXT NOT NULL DEFAULT '[]',
            effective_capture TEXT NOT NULL,     -- the capture time the period was decided by
            PRIMARY KEY (uuid, idx)
        )""",
    ):
        db.execute(statement)


@storage_migrations(name="m003_auth_failures")
def _m003_auth_failures(db: Database) -> None:
    """Wrong bearer tokens per client address, for the token-guessing limit (``throttle.AuthThrottle``).
    Kept in the database, not in memory, so that every backend process on it sees the same count."""
    for statement in (
        """CREATE TABLE auth_failures (
            address TEXT NOT NULL,               -- the client address the server saw
            at REAL NOT NULL                     -- Unix time of the failure
        )""",
        "CREATE INDEX auth_failures_address ON auth_failures(address, at)",
        "CREATE INDEX auth_failures_at ON auth_failures(at)",
    ):
        db.execute(statement)


#: ``regional_backend.office_queue.SCHEMA`` as m004 created it (frozen here: that module may change).
OFFICE_QUEUE_SCHEMA = (
    """CREATE TABLE office_queue_ranges (
        kiosk_id TEXT PRIMARY KEY,
        office_id TEXT NOT NULL,
        range_index INTEGER NOT NULL CHECK (range_index BETWEEN 1 AND 9),
        assigned_at TEXT NOT NULL,
        UNIQUE (office_id, range_index)
    )""",
    """CREATE TABLE office_queue_tickets (
        uuid TEXT PRIMARY KEY,               -- the ticket's outbox uuid at its kiosk
        office_id TEXT NOT NULL,
        service_day TEXT NOT NULL,           -- the office's local date
        ticket TEXT NOT NULL,
        category_id TEXT NOT NULL,
        kiosk_id TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('office', 'kiosk')),
        issued_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'no_show', 'clash')),
        counter TEXT, called_at TEXT, finished_at TEXT,
        clash_of TEXT                        -- the uuid of the ticket that holds the number first
    )""",
    # One holder per number and day at an office, enforced by the database.
    "CREATE UNIQUE INDEX office_queue_number ON office_queue_tickets(office_id, service_day, ticket)"
    " WHERE clash_of IS NULL",
    "CREATE INDEX office_queue_day ON office_queue_tickets(office_id, service_day, status, issued_at)",
)


@storage_migrations(name="m004_office_queue")
def _m004_office_queue(db: Database) -> None:
    """One queue per office: kiosks' offline number ranges and every ticket of the office
    (``regional_backend.office_queue``)."""
    for statement in OFFICE_QUEUE_SCHEMA:
        db.execute(statement)


@fhir_migrations(name="m001_fhir")
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


def is_legacy(conn: sqlite3.Connection) -> bool:
    """Whether the file was made by ``SqliteStorage`` and never migrated by Alembic."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return MIGRATIONS_TABLE in tables and "alembic_version" not in tables


def apply_missing(conn: sqlite3.Connection) -> list[str]:
    """Apply the frozen migrations a file lacks, inside the caller's transaction; returns their
    names (empty for a file already at the last ones)."""
    db = Database(conn)
    missing = [f"{m.name}" for s in (storage_migrations, fhir_migrations) for m in s.pending(db)]
    storage_migrations.apply(db)
    fhir_migrations.apply(db)
    return missing
