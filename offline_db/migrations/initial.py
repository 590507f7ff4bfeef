"""The kiosk store's first schema (m001): settings, reference data, clinics, utilities, outbox, queue, sync, audit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sql_script import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database


def m001_initial(db: Database) -> None:
    run_script(
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
