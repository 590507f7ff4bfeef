"""Shared test set-up: Qt runs offscreen and every file the kiosk writes goes to a temp dir.

Loaded by the backend's own test run too (tests/backend, in a virtual environment without PySide6
or pytest-qt: ``scripts/test-backend-alone.sh``), so nothing here needs Qt, the kiosk or pytest-qt.

Fixtures for end-to-end tests against real processes: ``backend``, a running reference backend
(sample region, kiosk ``kiosk-e2e`` enrolled); ``backend_with_faults``, the same with the test
fault hooks on (``RB_FAULTS=1``); ``backend_factory``, start more, each
``backend_factory(name, **running_backend options)``.  All are stopped at the end of the test.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The session's throwaway PostgreSQL server and a database per test (nothing of Qt or the kiosk).
from tests.pg_fixtures import (  # noqa: F401
    db_target,
    migrated_engine,
    pg_cluster,
    pg_url,
    pytest_sessionfinish,
    pytest_terminal_summary,
)

# Before anything imports Qt or kiosk.paths.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_IM_MODULE", None)
os.environ.setdefault("KIOSK_HOME", tempfile.mkdtemp(prefix="kiosk-tests-"))

GUI_DIR = Path(__file__).parent / "gui"
# Harmless offscreen-platform noise; anything else Qt logs at WARNING still fails a GUI test.
GUI_LOG_IGNORE = ("This plugin does not support propagateSizeHints", "Couldn.t (load|resolve) pipewire")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Without pytest-qt (the backend's own venv), pyproject's ``qt_*`` settings are still known
    options, so that an unknown-option warning (an error here: ``filterwarnings = error``) does not
    stop the backend's tests from being collected.  With pytest-qt they are its own."""
    import importlib.util

    if importlib.util.find_spec("pytestqt") is None:
        for name, kind in (("qt_api", "string"), ("qt_log_level_fail", "string"), ("qt_log_ignore", "linelist")):
            parser.addini(name, "pytest-qt's setting (pytest-qt is not installed: unused)", type=kind)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # pytest-qt's marker exists only where pytest-qt is installed (not in the backend's own venv).
    qt = config.pluginmanager.has_plugin("pytest-qt")
    for item in items:
        if qt:  # a test run after GUI tests may still receive their late offscreen noise: ignore it everywhere
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


@pytest.fixture
def backend_factory(tmp_path: Path) -> Iterator[Callable[..., Any]]:
    from tests.e2e.backend_proc import running_backend

    with contextlib.ExitStack() as stack:
        def start(name: str = "backend", **options: Any) -> Any:
            return stack.enter_context(running_backend(tmp_path / f"{name}.db", **options))

        yield start


@pytest.fixture
def backend(backend_factory: Callable[..., Any]) -> Any:
    return backend_factory("backend")


@pytest.fixture
def backend_with_faults(backend_factory: Callable[..., Any]) -> Any:
    return backend_factory("backend-faults", faults=True)
