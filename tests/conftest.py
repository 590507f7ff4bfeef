"""Shared test set-up: Qt runs offscreen and every file the kiosk writes goes to a temp dir."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

# Before anything imports Qt or kiosk.paths.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_IM_MODULE", None)
os.environ.setdefault("KIOSK_HOME", tempfile.mkdtemp(prefix="kiosk-tests-"))

GUI_DIR = Path(__file__).parent / "gui"
# Harmless offscreen-platform noise; anything else Qt logs at WARNING still fails a GUI test.
GUI_LOG_IGNORE = ("This plugin does not support propagateSizeHints", "Couldn.t (load|resolve) pipewire")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        # A test run after GUI tests may still receive their late offscreen noise: ignore it everywhere.
        item.add_marker(pytest.mark.qt_log_ignore(*GUI_LOG_IGNORE))
        if GUI_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def pin_clock():
    """``pin_clock(moment)``: the kiosk's clock (:mod:`offline_db.clock`) runs from ``moment``
    until the end of the test."""
    from offline_db import clock

    yield clock.set_pinned
    clock.set_pinned(None)


# --- PostgreSQL: one throwaway cluster per session (tests/pg_cluster.py), started on first use ---
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
def pg_url(pg_cluster) -> str:
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


def pytest_terminal_summary(terminalreporter) -> None:
    if _pg_started:
        terminalreporter.write_line(f"PostgreSQL test cluster: started in {_pg_started[0]:.2f} s")
