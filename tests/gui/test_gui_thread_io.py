"""No disk, print or network call on the GUI thread.

Every GUI test is watched (the autouse ``no_io_on_the_gui_thread`` fixture in ``conftest.py``);
this module walks every screen state in both languages and both themes on the demo region, and
shows that the watch sees each kind of call when kiosk code does make one on the GUI thread.
"""

from __future__ import annotations

import functools
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.printing import cups_print
from kiosk.ui.screenshots import each_state
from offline_db.demo import load_demo_region
from offline_db.opening import open_store


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
    return path


@pytest.mark.parametrize("language, contrast", [("ru", False), ("en", True)])
def test_walking_every_screen_state_makes_no_io_call_on_the_gui_thread(window, no_io_on_the_gui_thread,
                                                                        language, contrast):
    window.session.set_language(language)
    window.session.set_high_contrast(contrast)
    seen = [state for state in each_state(window, window.registry)]
    assert len(seen) > 20  # every screen was shown (and loaded its data through the workers)
    assert no_io_on_the_gui_thread.calls == []


def clicked_runs(qtbot, job) -> None:
    """``job`` (a kiosk function) runs as the slot of a button clicked on the GUI thread."""
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(job)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def taken(recorder, event: str) -> list:
    """The recorded calls of ``event``, removed (the fixture would fail this test on them)."""
    calls = [c for c in recorder.calls if c.event == event]
    recorder.calls[:] = [c for c in recorder.calls if c.event != event]
    return calls


def test_the_watch_sees_a_store_opened_on_the_gui_thread(qtbot, tmp_path, no_io_on_the_gui_thread):
    clicked_runs(qtbot, functools.partial(lambda path: open_store(path).close(), tmp_path / "gui.sqlite3"))
    assert no_io_on_the_gui_thread.calls == []  # through a lambda of the test: the test's own call
    clicked_runs(qtbot, functools.partial(open_store, tmp_path / "gui.sqlite3"))
    calls = taken(no_io_on_the_gui_thread, "sqlite3.connect")
    assert calls and "gui.sqlite3" in calls[0].detail and "offline_db/" in calls[0].inner_frame


def test_the_watch_sees_a_network_call_on_the_gui_thread(qtbot, no_io_on_the_gui_thread):
    from kiosk.console.connection import test_connection

    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        clicked_runs(qtbot, functools.partial(test_connection, f"http://127.0.0.1:{port}", None, timeout_s=2))
    calls = taken(no_io_on_the_gui_thread, "socket.connect")
    assert calls and str(port) in calls[0].detail
    taken(no_io_on_the_gui_thread, "socket.getaddrinfo")


def test_the_watch_sees_printing_on_the_gui_thread(qtbot, tmp_path, no_io_on_the_gui_thread):
    clicked_runs(qtbot, functools.partial(cups_print.check_printer, f"pdf:{tmp_path}"))
    assert [c.detail for c in taken(no_io_on_the_gui_thread, "print")] == ["cups_print.check_printer"]
