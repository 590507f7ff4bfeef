"""The local store: pragmas, migrations (from empty and from the previous version), integrity
fallback, outbox immutability, settings."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kiosk import settings
from offline_db import schema
from offline_db.opening import open_store
from offline_db.store import Store, StoreCorrupt, StoreUnavailable, classify, iso_utc, parse_utc


def _seed_v1(conn: sqlite3.Connection) -> None:
    """Representative data of schema version m001, written with plain SQL (as an old kiosk would)."""
    now = "2026-11-21T08:00:00Z"
    conn.execute("INSERT INTO offices(id, name_ru, name_en, address_ru, address_en, timezone, phone, hours_ru,"
                 " hours_en, updated_at) VALUES ('o1','МФЦ','MFC','ул. Гончарова, 1','1 Goncharova St',"
                 "'Europe/Ulyanovsk','+78422000000','','',?)", [now])
    conn.execute("INSERT INTO service_categories(id, queue_letter, name_ru, name_en, icon, sort_order, updated_at)"
                 " VALUES ('c1','A','Паспорта','Passports','',1,?)", [now])
    conn.execute("INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en,"
                 " who_ru, who_en, term_days, updated_at) VALUES ('s1','c1','Паспорт','Passport','о','d',"
                 "'все','all',10,?)", [now])
    conn.execute("INSERT INTO outbox(uuid, kind, payload, payload_sha256, receipt_number, captured_at,"
                 " updated_at) VALUES ('u-1','application','{\"a\":1}','h','AAAA-BBBB-CCCC',?,?)", [now, now])
    conn.execute("INSERT INTO settings VALUES ('idle_timeout_s','120',?)", [now])
    conn.commit()


SEEDS = {"m001_initial": _seed_v1, "m002_service_search": _seed_v1, "m003_no_personal_utility_data": _seed_v1,
         "m004_clinic_appointments": _seed_v1, "m005_deferred_search_index": _seed_v1,
         "m006_clinic_assisted_by": _seed_v1, "m007_search_dirty_any_conflict_policy": _seed_v1,
         "m008_reference_quarantine": _seed_v1, "m009_clinic_changes": _seed_v1,
         "m010_clerk_lookup": _seed_v1}


def test_pragmas_on_a_new_store(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.scalar("PRAGMA synchronous") == 2  # FULL
        assert store.scalar("PRAGMA busy_timeout") >= 1000
        assert schema.applied_names(store.db) == schema.migration_names()


@pytest.mark.parametrize("name", schema.migration_names())
def test_each_migration_from_empty_store(tmp_path: Path, name: str) -> None:
    """Applying the migrations up to and including ``name`` on an empty file works."""
    names = schema.migration_names()
    following = names[names.index(name) + 1:]
    store = Store(tmp_path / "k.sqlite3", migrate=False)
    schema.apply_migrations(store.db, stop_before=following[0] if following else None)
    assert schema.applied_names(store.db) == names[: names.index(name) + 1]
    assert store.integrity_ok()
    assert store.scalar("SELECT count(*) FROM pragma_foreign_key_check") == 0
    store.close()


@pytest.mark.parametrize("name", schema.migration_names())
def test_each_migration_from_previous_version_keeps_data(tmp_path: Path, name: str) -> None:
    """A store at the version just before ``name`` (with data) migrates to the newest and keeps it."""
    names = schema.migration_names()
    idx = names.index(name)
    path = tmp_path / "k.sqlite3"
    store = Store(path, migrate=False)
    if idx == 0:
        schema.apply_migrations(store.db, stop_before=name)
        assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'outbox'") == 0
        store.close()
        reopened = open_store(path)
        assert schema.applied_names(reopened.db) == names
        reopened.close()
        return
    schema.apply_migrations(store.db, stop_before=name)
    SEEDS[names[idx - 1]](store.conn)
    before = {t: store.query(f"SELECT * FROM {t}") for t in ("offices", "services", "outbox", "settings")}
    store.close()
    with open_store(path) as upgraded:
        for table, rows in before.items():
            after = upgraded.query(f"SELECT * FROM {table}")
            assert len(after) == len(rows)
            for old, new in zip(rows, after, strict=True):
                assert {k: new[k] for k in old} == old


def test_seed_exists_for_every_migration() -> None:
    """Adding a migration means adding a seed of its version for the upgrade test."""
    assert set(SEEDS) == set(schema.migration_names())


def test_migrating_an_existing_store_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    with open_store(path) as store:
        _seed_v1(store.conn)
    with open_store(path) as store:
        assert store.scalar("SELECT name_en FROM services WHERE id='s1'") == "Passport"
        assert store.get_setting("idle_timeout_s") == 120


def test_garbage_file_is_moved_aside_and_a_fresh_store_starts(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    garbage = b"this is not a database " * 200
    path.write_bytes(garbage)
    with open_store(path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == garbage  # moved, never deleted
        assert store.recovered_from.parent == tmp_path
        assert store.integrity_ok()
        assert store.is_empty()


def test_store_failing_integrity_check_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    with open_store(path) as store:
        with store.atomic():
            store.conn.executemany(
                "INSERT INTO audit_log(at, role, action, target, details) VALUES (?,?,?,?,?)",
                [(iso_utc(), "technician", "test", str(i), "x" * 500) for i in range(2000)],
            )
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = store.scalar("PRAGMA page_size")
        root = store.scalar("SELECT rootpage FROM sqlite_master WHERE name='audit_log'")
    # Overwrite the table's root b-tree page with junk: the header stays readable, the tree is not.
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    with open_store(path) as store:
        assert store.recovered_from is not None and store.recovered_from.exists()
        assert store.integrity_ok()
        # The leaves below the overwritten root still hold the entries: they are salvaged (the
        # root page's own cells are lost), and the recovery itself is the newest entry.
        assert 1900 < store.scalar("SELECT count(*) FROM audit_log WHERE action = 'test'") <= 2000
        assert store.scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "store_recovered"


def test_unreadable_directory_is_reported_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "dir"
    path.mkdir(parents=True)
    with pytest.raises(StoreUnavailable):
        open_store(path)  # a directory: not damaged data, so nothing is moved
    assert path.is_dir()


def test_outbox_payload_is_immutable_and_undelivered_items_undeletable(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        _seed_v1(store.conn)
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            store.conn.execute("UPDATE outbox SET payload='{\"a\":2}' WHERE uuid='u-1'")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
            store.conn.execute("DELETE FROM outbox WHERE uuid='u-1'")
        # state changes are allowed
        store.conn.execute("UPDATE outbox SET state='accepted', server_ref='R1' WHERE uuid='u-1'")
        # an accepted item's personal data may be purged, marked as such
        store.conn.execute("UPDATE outbox SET payload='{}', pii_purged_at='x' WHERE uuid='u-1'")
        assert store.scalar("SELECT payload FROM outbox WHERE uuid='u-1'") == "{}"


def test_atomic_rolls_back_everything_on_error(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        with pytest.raises(RuntimeError), store.atomic() as db:
            db.execute("INSERT INTO settings VALUES ('x','1','t')")
            with store.atomic():
                db.execute("INSERT INTO settings VALUES ('y','1','t')")
            raise RuntimeError("boom")
        assert store.scalar("SELECT count(*) FROM settings") == 0


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store, pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO services(id, category_id, name_ru, name_en, description_ru, description_en,"
            " who_ru, who_en, term_days, updated_at) VALUES ('s','nope','a','a','a','a','a','a',1,'t')")


def test_classify_separates_environment_errors_from_bugs() -> None:
    assert isinstance(classify(sqlite3.DatabaseError("database disk image is malformed")), StoreCorrupt)
    assert classify(sqlite3.OperationalError("database or disk is full")) is not None
    assert classify(sqlite3.OperationalError("no such table: x")) is None


def test_time_helpers_round_trip() -> None:
    text = iso_utc(parse_utc("2026-11-21T05:00:00+04:00"))
    assert text == "2026-11-21T01:00:00Z"


def test_settings_declared_validated_and_persisted(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.sqlite3") as store:
        assert settings.get(store, "idle_timeout_s") == 90
        settings.put(store, "idle_timeout_s", 60)
        assert settings.get(store, "idle_timeout_s") == 60
        assert json.loads(store.scalar("SELECT value FROM settings WHERE key='idle_timeout_s'")) == 60
        with pytest.raises(settings.SettingError, match="between"):
            settings.put(store, "idle_timeout_s", 5)
        with pytest.raises(settings.SettingError, match="one of"):
            settings.put(store, "default_language", "de")
        with pytest.raises(settings.SettingError, match="unknown"):
            settings.put(store, "nope", 1)
        assert settings.parse_cli_value("idle_timeout_s", "45") == 45
        with pytest.raises(settings.SettingError, match="expected int"):
            settings.parse_cli_value("idle_timeout_s", "soon")


def test_demo_kiosk_stands_in_the_regions_first_office(tmp_path: Path) -> None:
    from kiosk.services.catalogue import kiosk_office
    from offline_db.demo import load_demo_region

    with open_store(tmp_path / "demo.sqlite3") as store:
        load_demo_region(store)
        office = kiosk_office(store)
        assert office is not None and office["id"] == "off-ul-lenin"  # as on the sample receipts
    with open_store(tmp_path / "chosen.sqlite3") as store:
        store.set_setting("office_id", "off-dimitrovgrad")  # a technician's choice is kept
        load_demo_region(store)
        assert kiosk_office(store)["id"] == "off-dimitrovgrad"


def test_two_connections_opening_a_new_store_at_once_apply_each_migration_once(tmp_path: Path) -> None:
    """At a kiosk's first start its database worker and its sync thread open the new store at the
    same moment: both must open it (the second one used to fail on a column the first had added)."""
    import threading

    path = tmp_path / "k.sqlite3"
    start = threading.Barrier(4)
    outcomes: list[object] = []

    def open_one() -> None:
        start.wait()
        try:
            with open_store(path) as store:
                outcomes.append(schema.applied_names(store.db))
        except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
            outcomes.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes == [schema.migration_names()] * 4
