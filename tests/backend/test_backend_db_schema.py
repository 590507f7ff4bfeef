"""The backend's schema (regional_backend/db/tables) and its Alembic migrations, on SQLite and on
a real PostgreSQL server (``db_target``): what the baseline creates, that upgrading is idempotent
and refuses a newer schema, the column types PostgreSQL gets, the indexes, and that the baseline
is exactly the schema ``SqliteStorage`` (the storage before Alembic) made, so an existing file can be stamped at it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from regional_backend.db import legacy_sqlite, migrate
from regional_backend.db.engine import open_engine, write_transaction
from regional_backend.db.tables import metadata
from regional_backend.db.tables.fhir import fhir_appointments, fhir_clock, fhir_slots
from regional_backend.db.tables.kiosks import kiosks, meta
from regional_backend.db.tables.types import Instant

ALEMBIC = "alembic_version"
#: sqlite-utils' record of the migrations SqliteStorage applied (Alembic keeps ALEMBIC instead).
SQLITE_UTILS = "_sqlite_migrations"


@pytest.fixture
def engine(db_target: str):
    engine = open_engine(db_target)
    yield engine
    engine.dispose()


def _slot(sid: str, status: str = "free") -> dict:
    start = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)
    return {"id": sid, "schedule_id": "sch-1", "role_id": "role-1", "practitioner_id": "p-1", "specialty": "27",
            "start": start, "end": start + dt.timedelta(minutes=20), "status": status, "version": 1,
            "last_updated": start}


def _appointment(aid: str, slot_id: str, status: str = "booked") -> dict:
    return {"id": aid, "ident_system": "urn:kiosk", "ident_value": aid, "slot_id": slot_id, "status": status,
            "kiosk_id": "k-1", "version": 1, "last_updated": dt.datetime(2026, 12, 7, tzinfo=dt.UTC), "data": "{}"}


def test_the_baseline_creates_every_table_with_its_first_rows(engine):
    assert migrate.current_revision(engine) is None

    assert migrate.upgrade(engine) == migrate.head_revision()

    assert set(sa.inspect(engine).get_table_names()) == set(metadata.tables) | {ALEMBIC}
    with engine.connect() as conn:
        assert len(conn.execute(sa.select(meta.c.value).where(meta.c.key == "feed_epoch")).scalar_one()) == 16
        assert conn.execute(sa.select(fhir_clock.c.last)).scalar_one() == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def test_upgrading_again_changes_nothing_and_keeps_the_data(engine):
    migrate.upgrade(engine)
    created = dt.datetime(2026, 12, 7, 23, 0, 0, 123000, tzinfo=dt.UTC)
    with write_transaction(engine) as conn:
        conn.execute(kiosks.insert().values(kiosk_id="k-1", token_sha256="ab" * 32, created_at=created))
        epoch = conn.execute(sa.select(meta.c.value)).scalar_one()

    assert migrate.upgrade(engine) == migrate.head_revision()

    with engine.connect() as conn:
        assert conn.execute(sa.select(kiosks.c.kiosk_id, kiosks.c.created_at)).all() == [("k-1", created)]
        assert conn.execute(sa.select(meta.c.value)).scalars().all() == [epoch]
        assert conn.execute(sa.text(f"SELECT version_num FROM {ALEMBIC}")).scalars().all() == ["0002"]


def test_current_revision_reports_the_head_and_a_newer_schema_is_refused(engine):
    assert migrate.head_revision() == "0002"
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == "0002"

    with write_transaction(engine) as conn:
        conn.execute(sa.text(f"UPDATE {ALEMBIC} SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaTooNew) as refused:
        migrate.upgrade(engine)
    assert "'9999'" in str(refused.value) and "upgrade the backend" in str(refused.value)
    assert "\n" not in str(refused.value)
    assert not engine.url.password or engine.url.password not in str(refused.value)


def _drift(engine: sa.Engine) -> list:
    """What Alembic's autogenerate would write into a new revision: the migrated database against
    the declared tables (types and server defaults compared too)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        return compare_metadata(context, metadata)


def test_the_migrated_database_is_exactly_the_declared_tables(engine):
    """The frozen revisions and regional_backend/db/tables may not drift apart: a table changed
    without a new revision fails here (what is missing is what that revision must do)."""
    migrate.upgrade(engine)

    assert _drift(engine) == []


def test_a_declared_change_without_a_revision_is_reported_as_drift(engine):
    migrate.upgrade(engine)
    changed = sa.MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["kiosks"].append_column(sa.Column("label", sa.Text))
    sa.Index("kiosks_created", changed.tables["kiosks"].c.created_at)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        found = compare_metadata(context, changed)

    assert sorted(d[0][0] if isinstance(d, list) else d[0] for d in found) == ["add_column", "add_index"]


def test_upgrade_takes_a_path_or_url_as_well_as_an_engine(db_target: str):
    assert migrate.upgrade(db_target) == migrate.head_revision()
    assert migrate.current_revision(db_target) == migrate.head_revision()


def test_the_declared_indexes_exist_and_one_active_appointment_per_slot_is_enforced(engine):
    migrate.upgrade(engine)
    inspector = sa.inspect(engine)
    for table in metadata.sorted_tables:
        found = {i["name"]: i for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            assert index.name in found, (table.name, index.name)
            assert found[index.name]["column_names"] == [c.name for c in index.columns]
            assert bool(found[index.name]["unique"]) == bool(index.unique), index.name
    with write_transaction(engine) as conn:
        conn.execute(fhir_slots.insert(), [_slot("s-1")])
        conn.execute(fhir_appointments.insert(), [_appointment("a-1", "s-1", "cancelled"),
                                                  _appointment("a-2", "s-1")])
    with pytest.raises(sa.exc.IntegrityError), write_transaction(engine) as conn:
        conn.execute(fhir_appointments.insert(), [_appointment("a-3", "s-1")])


PG_TYPES = {"timestamp with time zone", "jsonb", "date", "text", "bigint", "integer", "double precision"}


def test_postgresql_gets_timestamptz_and_jsonb_where_declared(pg_url: str):
    engine = open_engine(pg_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            found = {(t, c): d for t, c, d in conn.execute(sa.text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public'"))}
    finally:
        engine.dispose()
    assert found[("submissions", "received_at")] == "timestamp with time zone"
    assert found[("fhir_slots", "start")] == "timestamp with time zone"
    assert found[("ref_rows", "data")] == "jsonb"
    assert found[("fhir_ref", "data")] == "jsonb"
    assert found[("submissions", "payload")] == "text"  # canonical text: hashed and sent back as is
    assert found[("office_queue_tickets", "service_day")] == "date"
    assert found[("submissions", "seq")] == found[("changes", "seq")] == "bigint"
    for table in metadata.sorted_tables:
        for column in table.columns:
            kind = found[(table.name, column.name)]
            assert kind in PG_TYPES, (table.name, column.name, kind)
            assert (kind == "timestamp with time zone") == isinstance(column.type, Instant), column


def test_postgresql_finds_free_slots_of_a_role_by_the_partial_index(pg_url: str):
    engine = open_engine(pg_url)
    try:
        migrate.upgrade(engine)
        with write_transaction(engine) as conn:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = "\n".join(conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM fhir_slots WHERE role_id = 'role-1' AND status = 'free' "
                "AND start >= now() ORDER BY start LIMIT 10").scalars())
    finally:
        engine.dispose()
    assert "fhir_slots_free_by_role" in plan, plan


# --- SqliteStorage's schema and the baseline ------------------------------------------------------

#: Declared column types that differ from SqliteStorage's while storing the same text/number
#: (SQLite keeps the value; the type name only sets the column's affinity).
TYPE_DIFFERENCES = {
    ("auth_failures", "at"): ("REAL", "DOUBLE"),
    ("office_queue_tickets", "service_day"): ("TEXT", "DATE"),
    ("util_last_readings", "read_on"): ("TEXT", "DATE"),
}


def _sqlite_schema(path: Path) -> dict[str, dict]:
    engine = open_engine(path)
    try:
        inspector = sa.inspect(engine)
        schema = {}
        for table in inspector.get_table_names():
            if table in (ALEMBIC, SQLITE_UTILS):
                continue
            schema[table] = {
                "columns": {c["name"]: (str(c["type"]), c["nullable"], str(c.get("default")))
                            for c in inspector.get_columns(table)},
                "primary key": inspector.get_pk_constraint(table)["constrained_columns"],
                "unique": sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]),
                                   " ".join(str(i.get("dialect_options", {}).get("sqlite_where", "")).split()))
                                  for i in inspector.get_indexes(table)),
                "foreign keys": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                                        tuple(f["referred_columns"])) for f in inspector.get_foreign_keys(table)),
                "checks": sorted(" ".join(c["sqltext"].split()) for c in inspector.get_check_constraints(table)),
            }
        with engine.connect() as conn:
            autoincrement = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'").scalars()
            schema["(autoincrement)"] = sorted(autoincrement)
        return schema
    finally:
        engine.dispose()


def _todays_sqlite_file(path: Path) -> Path:
    """A file of the schema SqliteStorage (the storage before Alembic) made: its frozen sqlite-utils
    migrations, and the FHIR store's, run on an empty file as it ran them."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        legacy_sqlite.apply_missing(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


def test_the_baseline_is_the_schema_todays_sqlite_storage_makes(tmp_path: Path):
    today = _sqlite_schema(_todays_sqlite_file(tmp_path / "today.db"))
    migrate.upgrade(tmp_path / "alembic.db", "0001")
    baseline = _sqlite_schema(tmp_path / "alembic.db")

    assert sorted(today) == sorted(baseline) == sorted([*metadata.tables, "(autoincrement)"])
    for table in today:
        if table == "(autoincrement)":
            assert today[table] == baseline[table] == ["changes", "submissions"]
            continue
        ours, theirs = baseline[table], today[table]
        for what in ("primary key", "unique", "indexes", "foreign keys", "checks"):
            assert ours[what] == theirs[what], (table, what)
        assert set(ours["columns"]) == set(theirs["columns"]), table
        for column, (kind, nullable, default) in theirs["columns"].items():
            our_kind, our_nullable, our_default = ours["columns"][column]
            assert our_nullable == nullable or column in theirs["primary key"], (table, column)
            assert our_default.strip("'") == default.strip("'"), (table, column)
            expected = TYPE_DIFFERENCES.get((table, column), (kind, kind))
            assert (kind, our_kind) == expected, (table, column, kind, our_kind)


def test_a_file_of_todays_schema_is_stamped_at_the_baseline_and_upgraded_with_its_data(tmp_path: Path):
    path = _todays_sqlite_file(tmp_path / "backend.db")
    conn = sqlite3.connect(path)
    with conn:  # a kiosk enrolled as SqliteStorage wrote it
        conn.execute("INSERT INTO kiosks(kiosk_id, token_sha256, created_at) VALUES ('k-old', ?, ?)",
                     ["0" * 64, "2026-11-20T08:00:00.123Z"])
    conn.close()

    migrate.stamp(path, "0001")
    assert migrate.upgrade(path) == migrate.head_revision()

    engine = open_engine(path)
    try:
        assert "fhir_slots_free_by_role" in {i["name"] for i in sa.inspect(engine).get_indexes("fhir_slots")}
        with engine.connect() as conn:
            assert conn.execute(sa.select(kiosks.c.kiosk_id, kiosks.c.created_at)).all()[0][0] == "k-old"
            assert isinstance(conn.execute(sa.select(kiosks.c.created_at)).scalar_one(), dt.datetime)
            assert conn.execute(sa.select(fhir_clock.c.last)).scalar_one() == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    finally:
        engine.dispose()
