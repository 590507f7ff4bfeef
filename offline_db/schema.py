"""Schema migrations of the kiosk's local store (``sqlite_utils`` Migrations).

Every migration is a function of a :class:`sqlite_utils.Database`; each one runs in its own
transaction together with the record that it was applied.  Never edit an applied migration:
add a new one.  ``tests/unit/test_store_migrations.py`` applies every migration from an empty
store and from the previous version with data in it.

Conventions:
  * times are ISO 8601 text in UTC with a ``Z`` suffix (``2026-11-21T09:30:00Z``);
  * offices and clinics carry an IANA time zone (Ulyanovsk: ``Europe/Ulyanovsk``, UTC+4);
  * bilingual texts are ``*_ru`` / ``*_en`` columns; lists are JSON text;
  * clinic identifiers are the ``id`` of the FHIR R4 resource they map to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "kiosk_store"
_MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = []


def migrations(*, name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register a migration (applied in order by ``sqlite_utils`` Migrations, see
    :func:`migration_set`); sqlite-utils is imported only when something must be applied."""

    def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        _MIGRATIONS.append((name, fn))
        return fn

    return register

OUTBOX_STATES = ("pending", "sending", "accepted", "rejected", "conflict")


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,              -- JSON
            updated_at TEXT NOT NULL
        );

        -- Reference data: offices and the public-services catalogue ----------------------
        CREATE TABLE offices (
            id TEXT PRIMARY KEY,
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            address_ru TEXT NOT NULL, address_en TEXT NOT NULL,
            timezone TEXT NOT NULL,           -- IANA name, e.g. Europe/Ulyanovsk
            phone TEXT NOT NULL DEFAULT '',
            hours_ru TEXT NOT NULL DEFAULT '', hours_en TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE service_categories (
            id TEXT PRIMARY KEY,
            queue_letter TEXT NOT NULL,       -- letter of the queue tickets of this category
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            icon TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE life_situations (
            id TEXT PRIMARY KEY,
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            description_ru TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '',
            icon TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE services (
            id TEXT PRIMARY KEY,
            category_id TEXT NOT NULL REFERENCES service_categories(id),
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            description_ru TEXT NOT NULL, description_en TEXT NOT NULL,
            who_ru TEXT NOT NULL, who_en TEXT NOT NULL,            -- who can apply
            synonyms_ru TEXT NOT NULL DEFAULT '[]', synonyms_en TEXT NOT NULL DEFAULT '[]',
            documents TEXT NOT NULL DEFAULT '[]',   -- JSON [{"ru":..,"en":..}]
            fee_rub REAL NOT NULL DEFAULT 0,        -- 0 = free of charge
            term_days INTEGER NOT NULL,             -- working days
            field_schema TEXT NOT NULL DEFAULT '[]', -- JSON list of form fields
            online_apply INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX services_category ON services(category_id);

        CREATE TABLE service_life_situations (
            service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
            situation_id TEXT NOT NULL REFERENCES life_situations(id) ON DELETE CASCADE,
            PRIMARY KEY (service_id, situation_id)
        );
        CREATE INDEX sls_situation ON service_life_situations(situation_id);

        CREATE TABLE service_offices (
            service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
            office_id TEXT NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
            PRIMARY KEY (service_id, office_id)
        );

        -- Clinics (FHIR R4: Organization, Practitioner, PractitionerRole, Schedule, Slot) --
        CREATE TABLE clinics (
            id TEXT PRIMARY KEY,              -- Organization.id
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            address_ru TEXT NOT NULL, address_en TEXT NOT NULL,
            timezone TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE specialties (
            code TEXT PRIMARY KEY,            -- PractitionerRole.specialty coding code
            system TEXT NOT NULL,
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL
        );

        CREATE TABLE practitioners (
            id TEXT PRIMARY KEY,              -- Practitioner.id
            family_ru TEXT NOT NULL, given_ru TEXT NOT NULL, patronymic_ru TEXT NOT NULL DEFAULT '',
            family_en TEXT NOT NULL, given_en TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT 'unknown',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE practitioner_roles (
            id TEXT PRIMARY KEY,              -- PractitionerRole.id
            practitioner_id TEXT NOT NULL REFERENCES practitioners(id),
            clinic_id TEXT NOT NULL REFERENCES clinics(id),
            specialty_code TEXT NOT NULL REFERENCES specialties(code),
            room TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        CREATE INDEX roles_specialty ON practitioner_roles(specialty_code, clinic_id);

        CREATE TABLE schedules (
            id TEXT PRIMARY KEY,              -- Schedule.id
            practitioner_role_id TEXT NOT NULL REFERENCES practitioner_roles(id),
            active INTEGER NOT NULL DEFAULT 1,
            planning_start TEXT NOT NULL,     -- UTC
            planning_end TEXT NOT NULL,       -- UTC
            updated_at TEXT NOT NULL
        );
        CREATE INDEX schedules_role ON schedules(practitioner_role_id);

        CREATE TABLE slots (
            id TEXT PRIMARY KEY,              -- Slot.id
            schedule_id TEXT NOT NULL REFERENCES schedules(id),
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN
                ('free','busy','busy-unavailable','busy-tentative','entered-in-error')),
            leased_until TEXT,                -- set when leased to this kiosk
            updated_at TEXT NOT NULL
        );
        CREATE INDEX slots_schedule_start ON slots(schedule_id, start_utc);
        CREATE INDEX slots_status_start ON slots(status, start_utc);

        -- Utilities --------------------------------------------------------------------------
        CREATE TABLE utility_providers (
            id TEXT PRIMARY KEY,
            name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
            services TEXT NOT NULL DEFAULT '[]',     -- JSON list of meter kinds served
            account_pattern TEXT NOT NULL,           -- regex for the personal account number
            account_check TEXT NOT NULL DEFAULT 'none', -- none | luhn | mod11 ...
            window_start_day INTEGER NOT NULL DEFAULT 20,
            window_end_day INTEGER NOT NULL DEFAULT 25,
            jump_factor REAL NOT NULL DEFAULT 3.0,   -- N x average monthly consumption
            timezone TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE utility_accounts (
            id TEXT PRIMARY KEY,
            provider_id TEXT NOT NULL REFERENCES utility_providers(id),
            account_number TEXT NOT NULL,
            address_ru TEXT NOT NULL, address_en TEXT NOT NULL,
            house TEXT NOT NULL, flat TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (provider_id, account_number)
        );

        CREATE TABLE meters (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES utility_accounts(id) ON DELETE CASCADE,
            serial TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN
                ('electricity','cold_water','hot_water','heat','gas')),
            tariff_zones INTEGER NOT NULL DEFAULT 1,
            digits INTEGER NOT NULL,
            decimals INTEGER NOT NULL DEFAULT 0,
            verification_due TEXT NOT NULL,   -- date
            avg_monthly REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meters_account ON meters(account_id);
        CREATE INDEX meters_serial ON meters(serial);

        CREATE TABLE meter_readings (
            meter_id TEXT NOT NULL REFERENCES meters(id) ON DELETE CASCADE,
            zone TEXT NOT NULL DEFAULT 'T1',
            value REAL NOT NULL,
            read_on TEXT NOT NULL,            -- date of the last accepted reading
            PRIMARY KEY (meter_id, zone)
        );

        -- Citizen actions: the outbox --------------------------------------------------------
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,        -- client-made UUID, the idempotency key
            kind TEXT NOT NULL,               -- application | queue_ticket | appointment | ...
            payload TEXT NOT NULL,            -- canonical JSON, immutable once queued
            payload_sha256 TEXT NOT NULL,
            receipt_number TEXT UNIQUE,
            captured_at TEXT NOT NULL,        -- kiosk clock, UTC
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN
                ('pending','sending','accepted','rejected','conflict')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            reject_code TEXT,
            reject_reason_ru TEXT, reject_reason_en TEXT,
            server_ref TEXT,
            delivered_at TEXT,
            pii_purged_at TEXT,
            assisted_by TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX outbox_state_next ON outbox(state, next_attempt_at);

        -- A queued payload never changes: an edit is a new item.  The only exception is the
        -- purge of personal data from an accepted item after the retention period.
        CREATE TRIGGER outbox_payload_immutable
        BEFORE UPDATE OF uuid, kind, payload, payload_sha256, captured_at ON outbox
        WHEN NOT (NEW.uuid IS OLD.uuid AND NEW.kind IS OLD.kind
                  AND NEW.captured_at IS OLD.captured_at)
             OR ((NEW.payload IS NOT OLD.payload OR NEW.payload_sha256 IS NOT OLD.payload_sha256)
                 AND NOT (OLD.state = 'accepted' AND NEW.pii_purged_at IS NOT NULL))
        BEGIN
            SELECT RAISE(ABORT, 'outbox items are immutable');
        END;

        CREATE TRIGGER outbox_no_delete_undelivered
        BEFORE DELETE ON outbox
        WHEN OLD.state IN ('pending', 'sending')
        BEGIN
            SELECT RAISE(ABORT, 'undelivered outbox items cannot be deleted');
        END;

        -- Local effects of citizen actions -----------------------------------------------
        CREATE TABLE queue_tickets (
            id INTEGER PRIMARY KEY,
            outbox_uuid TEXT NOT NULL UNIQUE REFERENCES outbox(uuid),
            office_id TEXT NOT NULL REFERENCES offices(id),
            category_id TEXT NOT NULL REFERENCES service_categories(id),
            service_id TEXT REFERENCES services(id),
            ticket TEXT NOT NULL,             -- e.g. A-107
            service_day TEXT NOT NULL,        -- local date in the office's time zone
            issued_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'waiting',
            called_at TEXT, served_at TEXT, counter TEXT,
            UNIQUE (office_id, service_day, ticket)
        );

        -- Sync bookkeeping ------------------------------------------------------------------
        CREATE TABLE sync_datasets (
            dataset TEXT PRIMARY KEY,         -- catalogue | offices | utilities | clinics ...
            cursor TEXT,
            last_pull_at TEXT,
            last_error TEXT,
            full_resync_needed INTEGER NOT NULL DEFAULT 0
        );

        -- Console audit log (never a PIN, token or personal data) ---------------------------
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT ''
        );
        """
    )


@migrations(name="m002_service_search")
def m002_service_search(db: Database) -> None:
    """Full-text search over services with stemmed texts (see ``offline_db/search.py``).

    One FTS5 table per language (``service_fts_ru``, ``service_fts_en``; rowid = services.rowid)
    holds the stemmed words, so a query ranks only the rows of its language.  Triggers keep them
    in step with ``services`` through the ``kiosk_stem`` SQL function that
    :class:`offline_db.store.Store` registers on every connection.
    """
    for lang in ("ru", "en"):
        _run_script(
            db,
            f"""
            CREATE VIRTUAL TABLE service_fts_{lang} USING fts5(
                name, synonyms, description, tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE VIRTUAL TABLE service_fts_{lang}_vocab USING fts5vocab(service_fts_{lang}, 'row');
            CREATE TRIGGER services_fts_{lang}_insert AFTER INSERT ON services BEGIN
                INSERT INTO service_fts_{lang}(rowid, name, synonyms, description) VALUES
                  (NEW.rowid, kiosk_stem(NEW.name_{lang}, '{lang}'), kiosk_stem(NEW.synonyms_{lang}, '{lang}'),
                   kiosk_stem(NEW.description_{lang} || ' ' || NEW.who_{lang}, '{lang}'));
            END;
            CREATE TRIGGER services_fts_{lang}_delete AFTER DELETE ON services BEGIN
                DELETE FROM service_fts_{lang} WHERE rowid = OLD.rowid;
            END;
            CREATE TRIGGER services_fts_{lang}_update AFTER UPDATE OF name_{lang}, synonyms_{lang},
                description_{lang}, who_{lang} ON services BEGIN
                DELETE FROM service_fts_{lang} WHERE rowid = OLD.rowid;
                INSERT INTO service_fts_{lang}(rowid, name, synonyms, description) VALUES
                  (NEW.rowid, kiosk_stem(NEW.name_{lang}, '{lang}'), kiosk_stem(NEW.synonyms_{lang}, '{lang}'),
                   kiosk_stem(NEW.description_{lang} || ' ' || NEW.who_{lang}, '{lang}'));
            END;
            """,
        )
        # Services that existed before this migration get indexed too.
        db.execute(
            f"""INSERT INTO service_fts_{lang}(rowid, name, synonyms, description)
                SELECT rowid, kiosk_stem(name_{lang}, '{lang}'), kiosk_stem(synonyms_{lang}, '{lang}'),
                       kiosk_stem(description_{lang} || ' ' || who_{lang}, '{lang}') FROM services"""
        )
    _run_script(
        db,
        """
        CREATE TABLE search_meta (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO search_meta VALUES (1, 0);
        CREATE TRIGGER services_search_version_i AFTER INSERT ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        CREATE TRIGGER services_search_version_d AFTER DELETE ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        CREATE TRIGGER services_search_version_u AFTER UPDATE OF name_ru, name_en, synonyms_ru,
            synonyms_en, description_ru, description_en, who_ru, who_en ON services BEGIN
            UPDATE search_meta SET version = version + 1;
        END;
        """,
    )


@migrations(name="m003_no_personal_utility_data")
def m003_no_personal_utility_data(db: Database) -> None:
    """The kiosk keeps no personal account data (issue 6): utility accounts, their meters and last
    readings live at the backend only.  Rows an earlier version loaded (the demo region did) are
    deleted, and triggers refuse new ones.  Online the screens get an account's meters from the
    backend for the citizen's session only; offline readings are taken by meter serial number.
    """
    _run_script(
        db,
        """
        DELETE FROM meter_readings;
        DELETE FROM meters;
        DELETE FROM utility_accounts;
        CREATE TRIGGER utility_accounts_not_kept BEFORE INSERT ON utility_accounts BEGIN
            SELECT RAISE(ABORT, 'personal utility account data is not kept on the kiosk');
        END;
        CREATE TRIGGER meters_not_kept BEFORE INSERT ON meters BEGIN
            SELECT RAISE(ABORT, 'personal utility account data is not kept on the kiosk');
        END;
        CREATE TRIGGER meter_readings_not_kept BEFORE INSERT ON meter_readings BEGIN
            SELECT RAISE(ABORT, 'personal utility account data is not kept on the kiosk');
        END;
        """,
    )


@migrations(name="m004_clinic_appointments")
def m004_clinic_appointments(db: Database) -> None:
    """E-clinic appointments booked at this kiosk (issue 5), delivered by the FHIR clinic connector
    (``kiosk/clinic``), not by the outbox.  One active appointment per slot on this kiosk; personal
    data (ENP, birth date, phone) is kept only until delivery, ``patient_key`` (a hash of ENP and birth
    date) finds "my appointments".  ``slots.leased_until`` is set only for slots leased to this kiosk.
    The partial index serves the free-slot search of a specialty (``benchmarks/clinic.py``).
    """
    _run_script(
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


@migrations(name="m005_deferred_search_index")
def m005_deferred_search_index(db: Database) -> None:
    """Index catalogue changes in bulk instead of row by row.

    Indexing each pulled row as it is written (m002's triggers) made a large catalogue pull
    several times slower than a bulk index of the same rows (one FTS5 segment, no merges).  Now a
    change to ``services`` only records its rowid in ``search_dirty``; ``offline_db.search.
    refresh_index`` indexes the recorded rows (all of them in one statement when there are many)
    before the next search, and the sync engine calls it once a pull is complete.
    """
    for lang in ("ru", "en"):
        for op in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER IF EXISTS services_fts_{lang}_{op}")
    _run_script(
        db,
        """
        CREATE TABLE search_dirty (service_rowid INTEGER PRIMARY KEY);
        CREATE TRIGGER services_search_dirty_i AFTER INSERT ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (NEW.rowid);
        END;
        CREATE TRIGGER services_search_dirty_d AFTER DELETE ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (OLD.rowid);
        END;
        CREATE TRIGGER services_search_dirty_u AFTER UPDATE OF name_ru, name_en, synonyms_ru, synonyms_en,
            description_ru, description_en, who_ru, who_en ON services BEGIN
            INSERT OR IGNORE INTO search_dirty VALUES (OLD.rowid);
            INSERT OR IGNORE INTO search_dirty VALUES (NEW.rowid);
        END;
        """,
    )


@migrations(name="m006_clinic_assisted_by")
def m006_clinic_assisted_by(db: Database) -> None:
    """Clinic appointments remember the clerk's assisted-mode marker (as ``outbox.assisted_by`` does
    for outbox items): a booking made by staff for a visitor from the clerk console."""
    db.execute("ALTER TABLE clinic_appointments ADD COLUMN assisted_by TEXT")


@migrations(name="m007_search_dirty_any_conflict_policy")
def m007_search_dirty_any_conflict_policy(db: Database) -> None:
    """m005's triggers used ``INSERT OR IGNORE``, but SQLite lets the outer statement's conflict
    policy override a trigger's: an upsert of a service (``ON CONFLICT DO UPDATE``) that marked the
    same rowid twice failed.  Mark rows only when not already marked, whatever the policy."""
    for name in ("services_search_dirty_i", "services_search_dirty_d", "services_search_dirty_u"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    mark = ("INSERT INTO search_dirty SELECT {row} "
            "WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE service_rowid = {row});")
    _run_script(
        db,
        f"""
        CREATE TRIGGER services_search_dirty_i AFTER INSERT ON services BEGIN
            {mark.format(row="NEW.rowid")}
        END;
        CREATE TRIGGER services_search_dirty_d AFTER DELETE ON services BEGIN
            {mark.format(row="OLD.rowid")}
        END;
        CREATE TRIGGER services_search_dirty_u AFTER UPDATE OF name_ru, name_en, synonyms_ru, synonyms_en,
            description_ru, description_en, who_ru, who_en ON services BEGIN
            {mark.format(row="OLD.rowid")}
            {mark.format(row="NEW.rowid")}
        END;
        """,
    )


@migrations(name="m008_reference_quarantine")
def m008_reference_quarantine(db: Database) -> None:
    """A pulled reference row that cannot be applied (it does not fit ``mfc_rules.refschema``, or
    the store refuses it) waits in ``sync_quarantine`` with the reason instead of stopping its
    dataset's pull (issue 16); a later good row for the same key replaces it and clears the entry.
    ``retired_at`` marks a row the backend no longer has but that local records still refer to:
    kept for those records, never offered for new use."""
    _run_script(
        db,
        """
        CREATE TABLE sync_quarantine (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,                 -- the feed id (``a|b`` for link rows)
            dataset TEXT NOT NULL,
            code TEXT NOT NULL,               -- missing | invalid | key | store (mfc_rules.refschema.RowProblem)
            field TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL,             -- English, for the log and diagnostics; never the value
            data TEXT,                        -- the row as received (JSON), retried when a page applies
            received_at TEXT NOT NULL,
            PRIMARY KEY (entity, id)
        );
        ALTER TABLE offices ADD COLUMN retired_at TEXT;
        ALTER TABLE service_categories ADD COLUMN retired_at TEXT;
        ALTER TABLE life_situations ADD COLUMN retired_at TEXT;
        ALTER TABLE services ADD COLUMN retired_at TEXT;
        """,
    )


@migrations(name="m009_clinic_changes")
def m009_clinic_changes(db: Database) -> None:
    """What the clinic changed later in an appointment booked here (issue 16): the kiosk pulls its own
    appointments (``kiosk/clinic/changes.py``) and keeps the clinic's last change — ``cancelled``,
    ``rescheduled``, ``fulfilled``, ``noshow`` or ``entered-in-error`` — with when it happened (the
    server's ``meta.lastUpdated``) and, for a move, the time it had before."""
    _run_script(
        db,
        """
        ALTER TABLE clinic_appointments ADD COLUMN clinic_change TEXT;
        ALTER TABLE clinic_appointments ADD COLUMN clinic_changed_at TEXT;
        ALTER TABLE clinic_appointments ADD COLUMN previous_start_utc TEXT;
        """,
    )


@migrations(name="m010_clerk_lookup")
def m010_clerk_lookup(db: Database) -> None:
    """The clerk finds a visitor's submissions by phone or policy number (issue 16): keyed hashes of
    those values (``offline_db.lookup_keys``), written by triggers whenever an outbox item or a
    clinic appointment is written and deleted with the personal data (purge after delivery, an
    appointment's data cleared).  Items already stored get their keys here."""
    _run_script(
        db,
        """
        CREATE TABLE clerk_lookup_salt (id INTEGER PRIMARY KEY CHECK (id = 1), salt TEXT NOT NULL);
        INSERT INTO clerk_lookup_salt VALUES (1, lower(hex(randomblob(32))));
        CREATE TABLE clerk_lookup (
            digest TEXT NOT NULL,             -- HMAC-SHA256(salt, "phone:9123456789" | "enp:<16 digits>")
            receipt_number TEXT NOT NULL,
            PRIMARY KEY (digest, receipt_number)
        ) WITHOUT ROWID;
        CREATE INDEX clerk_lookup_receipt ON clerk_lookup(receipt_number);
        CREATE TRIGGER outbox_clerk_lookup_i AFTER INSERT ON outbox WHEN NEW.pii_purged_at IS NULL BEGIN
            INSERT INTO clerk_lookup(digest, receipt_number)
            SELECT DISTINCT value, NEW.receipt_number FROM json_each(kiosk_lookup_digests(NEW.payload,
                (SELECT field_schema FROM services WHERE json_valid(NEW.payload)
                 AND id = json_extract(NEW.payload, '$.service_id')),
                (SELECT salt FROM clerk_lookup_salt)))
            WHERE NEW.receipt_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clerk_lookup
                WHERE digest = value AND receipt_number = NEW.receipt_number);
        END;
        CREATE TRIGGER outbox_clerk_lookup_purged AFTER UPDATE OF pii_purged_at ON outbox
        WHEN NEW.pii_purged_at IS NOT NULL BEGIN
            DELETE FROM clerk_lookup WHERE receipt_number = NEW.receipt_number;
        END;
        CREATE TRIGGER outbox_clerk_lookup_d AFTER DELETE ON outbox BEGIN
            DELETE FROM clerk_lookup WHERE receipt_number = OLD.receipt_number;
        END;
        CREATE TRIGGER clinic_clerk_lookup_i AFTER INSERT ON clinic_appointments BEGIN
            INSERT INTO clerk_lookup(digest, receipt_number)
            SELECT DISTINCT value, NEW.receipt_number FROM json_each(kiosk_lookup_digests(
                json_object('enp', NEW.enp, 'phone', NEW.phone), NULL, (SELECT salt FROM clerk_lookup_salt)))
            WHERE NOT EXISTS (SELECT 1 FROM clerk_lookup WHERE digest = value AND receipt_number = NEW.receipt_number);
        END;
        CREATE TRIGGER clinic_clerk_lookup_u AFTER UPDATE OF enp, phone ON clinic_appointments BEGIN
            DELETE FROM clerk_lookup WHERE receipt_number = OLD.receipt_number;
            INSERT INTO clerk_lookup(digest, receipt_number)
            SELECT DISTINCT value, NEW.receipt_number FROM json_each(kiosk_lookup_digests(
                json_object('enp', NEW.enp, 'phone', NEW.phone), NULL, (SELECT salt FROM clerk_lookup_salt)));
        END;
        CREATE TRIGGER clinic_clerk_lookup_d AFTER DELETE ON clinic_appointments BEGIN
            DELETE FROM clerk_lookup WHERE receipt_number = OLD.receipt_number;
        END;
        INSERT OR IGNORE INTO clerk_lookup(digest, receipt_number)
        SELECT j.value, o.receipt_number FROM outbox o, json_each(kiosk_lookup_digests(o.payload,
            (SELECT field_schema FROM services WHERE json_valid(o.payload) AND id = json_extract(o.payload, '$.service_id')),
            (SELECT salt FROM clerk_lookup_salt))) j
        WHERE o.pii_purged_at IS NULL AND o.receipt_number IS NOT NULL;
        INSERT OR IGNORE INTO clerk_lookup(digest, receipt_number)
        SELECT j.value, a.receipt_number FROM clinic_appointments a, json_each(kiosk_lookup_digests(
            json_object('enp', a.enp, 'phone', a.phone), NULL, (SELECT salt FROM clerk_lookup_salt))) j;
        """,
    )


def _run_script(db: Database, script: str) -> None:
    """Run several statements inside the migration's transaction.

    ``sqlite3.Connection.executescript`` would COMMIT first and break the migration's
    atomicity, so statements are split with ``sqlite3.complete_statement`` and run one by one.
    """
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf[:60]!r}")


def migration_set():  # noqa: ANN201 - sqlite_utils.migrations.Migrations, imported lazily
    from sqlite_utils.migrations import Migrations

    migration_set = Migrations(MIGRATION_SET)
    for name, fn in _MIGRATIONS:
        migration_set(name=name)(fn)
    return migration_set


def apply_migrations(db: Database, *, stop_before: str | None = None) -> None:
    """Bring ``db`` to the newest schema (or to just before ``stop_before``), in one transaction.

    The transaction takes the write lock before it reads which migrations are pending: at a
    kiosk's first start its database worker and its sync thread open the new store at the same
    moment, and each migration must run once, not once per connection.
    """
    conn = db.conn
    if conn.in_transaction:  # the caller's transaction already holds the lock
        migration_set().apply(db, stop_before=stop_before)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        migration_set().apply(db, stop_before=stop_before)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migration_set().applied(db)]


def migration_names() -> list[str]:
    return [name for name, _ in _MIGRATIONS]


def migrate(store: Any) -> None:
    """Apply pending migrations to an open :class:`offline_db.store.Store`.

    The common case (nothing pending) is answered with one plain query, without importing
    sqlite-utils, to keep the kiosk's start-up fast.
    """
    conn = store.conn
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if has_table:
        done = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        if all(name in done for name in migration_names()):
            return
    apply_migrations(store.db)
