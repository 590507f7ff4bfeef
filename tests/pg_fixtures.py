"""Fixtures for tests on PostgreSQL (imported by tests/conftest.py): the session's throwaway
cluster (:mod:`tests.pg_cluster`), started the first time a test asks for it.

``pg_cluster``: the server (``.url(db)``, ``.admin()``); ``pg_url``: URL of a new, empty database
for one test, dropped after it; ``db_target``: runs a test twice, with a SQLite file path and
with a PostgreSQL URL (what ``--db`` is given); ``migrated_engine``: an Engine on ``db_target``
upgraded to the head revision (what the stores of :mod:`regional_backend.stores` work on).  A missing PostgreSQL fails the tests that need
it, with what to install: they are never skipped.

The whole backend suite and the kiosk's end-to-end tests run on PostgreSQL when the environment
variable ``RB_TEST_ENGINE`` (:data:`ENGINE_ENV`) is ``postgresql``: :func:`backend_db` then turns
the SQLite file a test names into a PostgreSQL database of its own (the same one for the same
path, so a restarted backend finds its data), which the backend processes and stores the test
starts are given instead.  The cluster is one per test session, started on first use and stopped
at the session's end (:func:`pytest_sessionfinish`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

#: ``postgresql``: the backend's tests and the kiosk's end-to-end tests run on PostgreSQL.
ENGINE_ENV = "RB_TEST_ENGINE"
ENGINES = ("sqlite", "postgresql")

_pg_started: list[float] = []
_shared: dict[str, object] = {}
_databases: dict[str, str] = {}


def test_engine() -> str:
    """The engine the backend's tests run on (:data:`ENGINE_ENV`; SQLite when unset)."""
    engine = os.environ.get(ENGINE_ENV, "") or "sqlite"
    if engine not in ENGINES:
        raise RuntimeError(f"{ENGINE_ENV}={engine!r}: use one of {', '.join(ENGINES)}")
    return engine


test_engine.__test__ = False  # type: ignore[attr-defined]  # not a test, whatever its name


def shared_cluster():
    """The session's throwaway PostgreSQL cluster, started on first use (see :func:`stop_shared_cluster`);
    :class:`tests.pg_cluster.PostgresUnavailable` when it cannot start."""
    from tests.pg_cluster import running_cluster

    if "cluster" not in _shared:
        stack = contextlib.ExitStack()
        cluster = stack.enter_context(running_cluster())
        _shared.update(stack=stack, cluster=cluster)
        _pg_started.append(cluster.start_seconds)
    return _shared["cluster"]


def stop_shared_cluster() -> None:
    """Stop the session's cluster if one was started (idempotent)."""
    stack = _shared.pop("stack", None)
    _shared.pop("cluster", None)
    _databases.clear()
    if stack is not None:
        stack.close()  # type: ignore[attr-defined]


def backend_db(path: str | os.PathLike[str]) -> str:
    """What a test's backend is given as ``--db`` for the SQLite file ``path``: the path itself,
    or under ``RB_TEST_ENGINE=postgresql`` the URL of a PostgreSQL database of its own (one per
    path: the same path gives the same database)."""
    if test_engine() == "sqlite":
        return os.fspath(path)
    key = str(Path(path).absolute())
    if key not in _databases:
        name = f"rb_e2e_{os.getpid()}_{len(_databases) + 1}"
        _databases[key] = shared_cluster().create_database(name)
    return _databases[key]


def wipe_backend_db(path: str | os.PathLike[str]) -> None:
    """Drop the PostgreSQL database :func:`backend_db` gave ``path`` and make an empty one of the same name."""
    url = _databases[str(Path(path).absolute())]
    name = url.rsplit("/", 1)[1]
    cluster = shared_cluster()
    cluster.drop_database(name)
    cluster.create_database(name)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    stop_shared_cluster()


@pytest.fixture(scope="session")
def pg_cluster():
    """The session's throwaway PostgreSQL cluster (127.0.0.1, a free port), stopped at the end.
    A missing PostgreSQL fails the tests that need it, with what to install; it never skips."""
    from tests.pg_cluster import PostgresUnavailable

    try:
        cluster = shared_cluster()
    except PostgresUnavailable as exc:
        missing = str(exc)
    else:
        missing = ""
    if missing:  # outside the except: the message alone, without a chained traceback
        pytest.fail(f"PostgreSQL is needed by this test: {missing}", pytrace=False)
    return cluster


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


def open_test_storage(path: str | os.PathLike[str]):
    """The backend's storage for a test that names the SQLite file ``path``: on that file, or on
    its PostgreSQL database under ``RB_TEST_ENGINE=postgresql`` (see :func:`backend_db`)."""
    from regional_backend.opening import open_storage

    return open_storage(backend_db(path))
