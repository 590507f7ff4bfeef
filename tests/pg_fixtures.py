"""Fixtures for tests on PostgreSQL (imported by tests/conftest.py): the session's throwaway
cluster (:mod:`tests.pg_cluster`), started the first time a test asks for it.

``pg_cluster``: the server (``.url(db)``, ``.admin()``); ``pg_url``: URL of a new, empty database
for one test, dropped after it; ``db_target``: runs a test twice, with a SQLite file path and
with a PostgreSQL URL (what ``--db`` is given); ``migrated_engine``: an Engine on ``db_target``
upgraded to the head revision (what the stores of :mod:`regional_backend.stores` work on).  A missing PostgreSQL fails the tests that need
it, with what to install: they are never skipped.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

_pg_started: list[float] = []


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's throwaway PostgreSQL cluster (127.0.0.1, a free port), stopped at the end.
    A missing PostgreSQL fails the tests that need it, with what to install; it never skips."""
    from tests.pg_cluster import PostgresUnavailable, running_cluster

    with contextlib.ExitStack() as stack:
        try:
            cluster = stack.enter_context(running_cluster())
        except PostgresUnavailable as exc:
            missing = str(exc)
        else:
            missing = ""
        if missing:  # outside the except: the message alone, without a chained traceback
            pytest.fail(f"PostgreSQL is needed by this test: {missing}", pytrace=False)
        _pg_started.append(cluster.start_seconds)
        yield cluster


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_cluster) -> Iterator[str]:
    """URL of a new, empty PostgreSQL database of its own for this test (dropped after it)."""
    name = f"rb_test_{os.getpid()}_{next(_pg_databases)}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """What ``--db`` is given, once per engine: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "backend.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def migrated_engine(db_target: str):
    """An Engine on ``db_target`` (each engine in turn) upgraded to the head revision; disposed after."""
    from regional_backend.db import migrate
    from regional_backend.db.engine import open_engine

    engine = open_engine(db_target)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def pytest_terminal_summary(terminalreporter) -> None:
    if _pg_started:
        terminalreporter.write_line(f"PostgreSQL test cluster: started in {_pg_started[0]:.2f} s")
