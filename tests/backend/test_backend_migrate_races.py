"""Several ``migrate`` at once on one database (two service units started together, an operator
and a deploy script): exactly one upgrades, the others wait for it and find nothing to do -- on
PostgreSQL by the transaction-scoped advisory lock ``db.migrate`` takes, on SQLite by the upgrade's
``BEGIN IMMEDIATE``; also an older backend's SQLite file, brought up with its data only once."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa

from regional_backend.db import migrate
from regional_backend.db.engine import open_engine
from regional_backend.stores.kiosks import Kiosk, KioskStore
from tests.backend.test_backend_legacy_upgrade import _todays_file_with_data

MIGRATORS = 4


def _at_once(db: str) -> list[migrate.Upgrade | BaseException]:
    """``upgrade_database`` from MIGRATORS threads, each on its own engine and connection,
    released together by a barrier."""
    engines = [open_engine(db, pool_size=1, max_overflow=0) for _ in range(MIGRATORS)]
    barrier = threading.Barrier(MIGRATORS)
    results: list[migrate.Upgrade | BaseException] = [TimeoutError("did not finish in 60 s")] * MIGRATORS

    def run(i: int) -> None:
        with engines[i].connect():  # each thread's connection is open before the start
            pass
        barrier.wait(timeout=60)
        try:
            results[i] = migrate.upgrade_database(engines[i])
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(MIGRATORS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for engine in engines:
        engine.dispose()
    return results


def test_migrators_at_once_upgrade_a_new_database_exactly_once(db_target: str):
    results = _at_once(db_target)

    assert [r for r in results if isinstance(r, BaseException)] == []
    head = migrate.head_revision()
    assert sorted((r.before or "", r.after) for r in results) == [("", head)] + [(head, head)] * (MIGRATORS - 1)
    engine = open_engine(db_target)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [head]
            assert conn.execute(sa.text("SELECT count(*) FROM meta")).scalar_one() == 1  # the seed row once
    finally:
        engine.dispose()


def test_migrators_at_once_bring_an_older_sqlite_file_up_once_with_its_data(tmp_path: Path):
    path = tmp_path / "backend.db"
    token = _todays_file_with_data(path)["token"]  # a file SqliteStorage made, with kiosk k-old

    results = _at_once(str(path))

    assert [r for r in results if isinstance(r, BaseException)] == []
    assert sorted(r.legacy is not None for r in results) == [False] * (MIGRATORS - 1) + [True]
    engine = open_engine(path)
    try:
        assert KioskStore(engine).authenticate(token) == Kiosk("k-old", revoked=False)
        with engine.connect() as conn:
            fhir_recorded = conn.execute(sa.text(
                "SELECT count(*) FROM _sqlite_migrations WHERE name = 'm001_fhir'")).scalar_one()
        assert fhir_recorded == 1
    finally:
        engine.dispose()
