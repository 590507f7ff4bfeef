"""Shared test set-up: Qt runs offscreen and every file the kiosk writes goes to a temp dir."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# The session's throwaway PostgreSQL server and a database per test (nothing of Qt or the kiosk).
from tests.pg_fixtures import db_target, pg_cluster, pg_url, pytest_terminal_summary  # noqa: F401

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
