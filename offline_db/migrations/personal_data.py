"""Migrations that limit and index the personal data kept on the kiosk (m003, m010)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sql_script import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database


def m003_no_personal_utility_data(db: Database) -> None:
    """The kiosk keeps no personal account data (issue 6): utility accounts, their meters and last
    readings live at the backend only.  Rows an earlier version loaded (the demo region did) are
    deleted, and triggers refuse new ones.  Online the screens get an account's meters from the
    backend for the citizen's session only; offline readings are taken by meter serial number.
    """
    run_script(
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


def m010_clerk_lookup(db: Database) -> None:
    """The clerk finds a visitor's submissions by phone or policy number (issue 16): keyed hashes of
    those values (``offline_db.lookup_keys``), written by triggers whenever an outbox item or a
    clinic appointment is written and deleted with the personal data (purge after delivery, an
    appointment's data cleared).  Items already stored get their keys here."""
    run_script(
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
