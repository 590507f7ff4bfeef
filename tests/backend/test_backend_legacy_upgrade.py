"""An existing SQLite file of the backend before Alembic (made by ``SqliteStorage``: sqlite-utils
migrations, no ``alembic_version``) is upgraded in place by ``db.migrate.upgrade`` WITH its data:
every row of every table is still there afterwards, and reads back through the new stores (a
kiosk's old token authenticates, a utility account is found).  A file at an older sqlite-utils
migration (built with the frozen functions of ``db/legacy_sqlite.py``) is brought up first."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlite_utils import Database

from regional_backend import clock
from regional_backend.db import legacy_sqlite, migrate
from regional_backend.db.engine import open_engine
from regional_backend.db.tables.fhir import fhir_appointments
from regional_backend.db.tables.submissions import submissions
from regional_backend.opening import open_storage
from regional_backend.stores.kiosks import Kiosk, KioskStore, token_hash
from regional_backend.stores.utilities import UtilityStore

NOW = dt.datetime(2026, 3, 1, 21, 0, tzinfo=dt.UTC)  # the evening before the demo's first slots
TODAY = dt.date(2026, 3, 2)
EL = ("util-energo", "732312225103", "12", "34")  # the demo's electricity account and its address
ENP = ("https://mfc-kiosk.example/fhir/sid/enp", "1234567890123456")
LEGACY = legacy_sqlite.MIGRATIONS_TABLE


@pytest.fixture(autouse=True)
def _pinned_clock() -> Iterator[None]:
    clock.set_pinned(NOW)
    yield
    clock.set_pinned(None)


@pytest.fixture
def engine_of():
    engines: list[sa.Engine] = []

    def open_(path: Path) -> sa.Engine:
        engines.append(open_engine(path))
        return engines[-1]

    yield open_
    for engine in engines:
        engine.dispose()


#: A backend file as SqliteStorage (the storage before the switch to the stores) left it after some
#: use, as SQL text (``sqlite3``'s ``iterdump``), and what its calls answered (the kiosk's token, the
#: push's answers, the account look-up, the appointment, the queue range, the feed epoch).  Made on
#: 2026-12-08 by that code: a kiosk and its token, two accepted submissions, the sample reference
#: rows and their feed, the demo's utility accounts, the FHIR directory with 60 slots, a lease and an
#: appointment, an office queue range.
BEFORE_ALEMBIC = Path(__file__).with_name("data") / "backend-before-alembic.sql"


def _todays_file_with_data(path: Path) -> dict:
    """A backend file of the schema before Alembic, with the data listed at :data:`BEFORE_ALEMBIC`."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(BEFORE_ALEMBIC.read_text(encoding="utf-8"))
    finally:
        conn.close()
    return json.loads(BEFORE_ALEMBIC.with_suffix(".json").read_text(encoding="utf-8"))


def _every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table the backend keeps (not the migration bookkeeping), in key order."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1, 2').fetchall()
                for n in names if n not in (LEGACY, "alembic_version")}
    finally:
        conn.close()


def _shape(engine: sa.Engine) -> dict[str, tuple[list[str], list[str]]]:
    """Each table's columns and index names, sqlite-utils' bookkeeping table aside.  (Column types
    and a key column's NULL-ability differ in name only from the declared ones: SQLite keeps the
    same values -- see test_backend_db_schema.py, which compares the two schemas in detail.)"""
    inspector = sa.inspect(engine)
    return {t: (sorted(c["name"] for c in inspector.get_columns(t)),
                sorted(i["name"] for i in inspector.get_indexes(t)))
            for t in inspector.get_table_names() if t != LEGACY}


@pytest.fixture
def head_shape(tmp_path: Path, engine_of) -> dict:
    """What a new database at the head revision looks like."""
    migrate.upgrade(tmp_path / "head.db")
    return _shape(engine_of(tmp_path / "head.db"))


def test_a_file_of_todays_sqlite_storage_is_upgraded_with_every_row(tmp_path: Path, engine_of, head_shape):
    path = tmp_path / "backend.db"
    before = _todays_file_with_data(path)
    rows_before = _every_row(path)
    assert all(rows_before[t] for t in ("kiosks", "submissions", "ref_rows", "changes", "util_accounts",
                                        "util_meters", "util_last_readings", "fhir_slots", "fhir_appointments",
                                        "office_queue_ranges"))

    done = migrate.upgrade_database(path)

    assert (done.before, done.legacy, done.after) == (None, (), migrate.head_revision())
    assert _every_row(path) == rows_before
    engine = engine_of(path)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _shape(engine) == head_shape
    assert KioskStore(engine).authenticate(before["token"]) == Kiosk("k-old", revoked=False)
    [meter] = UtilityStore(engine).lookup_account(*EL)
    assert meter["last_readings"][0]["value"] == "99870.4"
    assert [meter] == before["meters"]  # what today's storage answered, read_on as YYYY-MM-DD too
    with engine.connect() as conn:
        refs = conn.execute(sa.select(submissions.c.uuid, submissions.c.server_ref, submissions.c.received_at)
                            .order_by(submissions.c.seq)).all()
        appointment = conn.execute(sa.select(fhir_appointments.c.slot_id, fhir_appointments.c.last_updated)).one()
    assert [(u, r) for u, r, _ in refs] == [(a["uuid"], a["server_ref"]) for a in before["answers"]]
    assert refs[0].received_at.tzinfo is not None  # the old text reads as an aware moment
    assert appointment.slot_id == before["appointment"]["slot_id"]

    again = migrate.upgrade_database(path)
    assert (again.before, again.legacy, again.after) == (migrate.head_revision(), None, migrate.head_revision())
    assert _every_row(path) == rows_before


def test_the_storage_reads_the_upgraded_file_as_the_old_one_answered(tmp_path: Path):
    path = tmp_path / "backend.db"
    before = _todays_file_with_data(path)
    migrate.upgrade(path)

    storage = open_storage(path)
    try:
        assert storage.authenticate(before["token"]) == Kiosk("k-old", revoked=False)
        assert storage.get_submission(before["answers"][0]["uuid"], "k-old") == before["submission"]
        assert storage.feed_epoch() == before["epoch"]
        assert storage.fhir().appointment(before["appointment"]["id"], "k-old") == before["appointment"]
    finally:
        storage.close()


def test_a_file_only_at_the_second_sqlite_migration_is_brought_up_then_upgraded(tmp_path: Path, engine_of,
                                                                                 head_shape):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        legacy_sqlite.storage_migrations.apply(Database(conn), stop_before="m003_auth_failures")
        conn.execute("INSERT INTO kiosks VALUES ('k-2', ?, '2025-06-01T08:00:00.000Z', NULL)",
                     [token_hash("an-old-token")])
        conn.execute("INSERT INTO util_accounts VALUES ('acc-1', 'util-x', '42', '7', '3', '{}')")
        epoch = conn.execute("SELECT value FROM meta").fetchone()[0]
    finally:
        conn.close()

    done = migrate.upgrade_database(path)

    assert done.legacy == ("m003_auth_failures", "m004_office_queue", "m001_fhir")
    assert done.after == migrate.head_revision()
    engine = engine_of(path)
    assert _shape(engine) == head_shape  # every table and index the newest schema has
    assert KioskStore(engine).authenticate("an-old-token") == Kiosk("k-2", revoked=False)
    rows = _every_row(path)
    assert rows["meta"] == [("feed_epoch", epoch)]
    assert rows["util_accounts"] == [("acc-1", "util-x", "42", "7", "3", "{}")]
    assert rows["fhir_clock"] == [(1, "1970-01-01T00:00:00.000000Z")]


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path, engine_of):
    path = tmp_path / "backend.db"
    migrate.upgrade(path)
    engine = engine_of(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")

    for attempt in (lambda: migrate.upgrade(path), lambda: open_storage(path)):
        with pytest.raises(migrate.SchemaTooNew) as refused:
            attempt()
        assert "'9999'" in str(refused.value) and "\n" not in str(refused.value)
    assert migrate.current_revision(engine) == "9999"


def test_a_sqlite_file_of_other_tables_is_refused_in_one_line_and_left_as_it_was(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE meta (note TEXT, n INTEGER)")  # not the backend's; a name the baseline creates
        conn.execute("INSERT INTO meta VALUES ('someone else''s', 1)")
    conn.close()

    with pytest.raises(migrate.MigrationFailed) as refused:
        migrate.upgrade(path)

    assert "refused the upgrade, nothing was changed" in str(refused.value) and "\n" not in str(refused.value)
    assert "meta already exists" in str(refused.value)
    conn = sqlite3.connect(path)
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert tables == ["meta"]  # no alembic_version, no half schema
        assert conn.execute("SELECT * FROM meta").fetchall() == [("someone else's", 1)]
    finally:
        conn.close()
