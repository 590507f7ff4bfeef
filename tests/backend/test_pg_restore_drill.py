"""The restore drill of docs/deploy-backend.md ("Backups"), as a test on the session's PostgreSQL
cluster: a backend database with data is dumped with ``pg_dump -Fc`` and restored with
``pg_restore`` into a new database; every row of every table is equal, a kiosk's token still
authenticates, and the sequences go on after the restored rows (a new feed change does not
collide with a restored one)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import sqlalchemy as sa

from mfc_rules.demo import BACKEND_ONLY, demo_rows
from regional_backend.db import migrate
from regional_backend.db.engine import open_engine, write_transaction
from regional_backend.db.tables import metadata
from regional_backend.db.tables.reference import changes, ref_rows
from regional_backend.stores.kiosks import Kiosk, KioskStore
from regional_backend.stores.utilities import UtilityStore

NOW = dt.datetime(2026, 11, 21, 6, 0, tzinfo=dt.UTC)


@pytest.fixture
def databases(pg_cluster):
    names = [f"rb_drill_{os.getpid()}_{what}" for what in ("live", "restored")]
    engines: list[sa.Engine] = []

    def engine_of(url: str) -> sa.Engine:
        engines.append(open_engine(url))
        return engines[-1]

    yield pg_cluster.create_database(names[0]), names[1], engine_of
    for engine in engines:
        engine.dispose()
    for name in names:
        pg_cluster.drop_database(name)


def _every_row(engine: sa.Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        rows = {t.name: conn.execute(sa.select(t).order_by(*(list(t.primary_key.columns) or list(t.columns)))).all()
                for t in metadata.sorted_tables}
        rows["alembic_version"] = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows


def test_a_database_dumped_with_pg_dump_restores_with_every_row(pg_cluster, databases):
    live_url, restored_name, engine_of = databases
    live = engine_of(live_url)
    migrate.upgrade(live)
    token = KioskStore(live).enrol("k-1")
    KioskStore(live).enrol("k-2")
    rows = demo_rows(NOW.date(), now=NOW)
    UtilityStore(live).load({t: rows[t] for t in BACKEND_ONLY})
    with write_transaction(live) as conn:
        conn.execute(changes.insert(), [{"dataset": "core", "entity": "offices", "id": f"off-{n}", "op": "upsert",
                                         "data": f'{{"id": "off-{n}"}}', "changed_at": NOW} for n in range(3)])
        conn.execute(ref_rows.insert(), [{"entity": "offices", "id": "off-1", "dataset": "core",
                                          "data": {"id": "off-1", "name_ru": "МФЦ"}, "seq": 1}])
    before = _every_row(live)
    dump = pg_cluster.folder / "drill.dump"  # the folder the server's user owns

    dumped = pg_cluster.client("pg_dump", "-Fc", "-f", str(dump), "-d", live_url.rsplit("/", 1)[1])
    assert dumped.returncode == 0, dumped.stderr
    pg_cluster.create_database(restored_name)
    restored = pg_cluster.client("pg_restore", "--exit-on-error", "--no-owner", "-d", restored_name, str(dump))
    assert restored.returncode == 0, restored.stderr
    dump.unlink()

    copy = engine_of(pg_cluster.url(restored_name))
    assert _every_row(copy) == before
    assert all(before[t] for t in ("kiosks", "util_accounts", "util_meters", "changes", "ref_rows", "meta"))
    assert migrate.current_revision(copy) == migrate.head_revision()
    assert KioskStore(copy).authenticate(token) == Kiosk("k-1", revoked=False)
    with write_transaction(copy) as conn:
        seq = conn.execute(changes.insert().values(dataset="core", entity="offices", id="off-9", op="delete",
                                                   changed_at=NOW).returning(changes.c.seq)).scalar_one()
    assert seq == max(r.seq for r in before["changes"]) + 1
