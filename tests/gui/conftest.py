"""Fixtures for the kiosk shell: a seeded store, the DB worker and a kiosk window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_db.opening import open_store
from offline_db.store import Store, iso_utc

OFFICES = [
    {"id": "uly-1", "name_ru": "МФЦ Ленинского района", "name_en": "MFC Leninsky District",
     "address_ru": "г. Ульяновск, ул. Гончарова, 38", "address_en": "38 Goncharova St, Ulyanovsk",
     "timezone": "Europe/Ulyanovsk", "phone": "+7 8422 00-00-01",
     "hours_ru": "Пн–Пт 8:00–20:00", "hours_en": "Mon–Fri 8:00–20:00"},
    {"id": "uly-2", "name_ru": "МФЦ Заволжского района", "name_en": "MFC Zavolzhsky District",
     "address_ru": "г. Ульяновск, пр-т Ульяновский, 5", "address_en": "5 Ulyanovsky Ave, Ulyanovsk",
     "timezone": "Europe/Ulyanovsk", "phone": "+7 8422 00-00-02",
     "hours_ru": "Пн–Сб 9:00–19:00", "hours_en": "Mon–Sat 9:00–19:00"},
]


def seed_offices(store: Store) -> None:
    with store.atomic():
        store.db["offices"].insert_all([{**row, "updated_at": iso_utc()} for row in OFFICES])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A store file holding two offices (so no demo region is loaded)."""
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        seed_offices(store)
    return path


@pytest.fixture
def tasks(qapp, db_path: Path) -> Iterator:
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner(lambda: open_store(db_path))
    yield runner
    runner.shutdown()


@pytest.fixture
def make_window(qtbot, tasks):
    """Build a KioskWindow (windowed, 1920x1080) that waits until the store status is known."""
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow

    made = []

    def make(size: tuple[int, int] = (1920, 1080), **kwargs):
        kwargs.setdefault("kiosk_mode", False)
        kwargs.setdefault("tts_engine", "mock")
        window = KioskWindow(tasks, default_registry(), **kwargs)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.status.opened)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()


def settle(qtbot) -> None:
    from kiosk.ui.screenshots import settle as run_posted

    run_posted()


def show_screen(window, screen_id: str, qtbot):
    window.home()
    window.go(screen_id)
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    settle(qtbot)
    return screen


@pytest.fixture(autouse=True)
def no_io_on_the_gui_thread(request, monkeypatch):
    """Every GUI test fails if kiosk code made a disk, print or network call on the GUI thread
    (``tests/gui/_gui_thread_io.py``).  KIOSK_IO_PROBE=file: list them there instead of failing."""
    import os

    from ._gui_thread_io import DISK, NETWORK, PRINT, PROGRAMS, install, watch_printing

    recorder = install()
    watch_printing(monkeypatch)
    recorder.start(NETWORK | PROGRAMS | DISK | {PRINT})
    yield recorder
    calls = recorder.stop()
    if out := os.environ.get("KIOSK_IO_PROBE"):
        with open(out, "a", encoding="utf-8") as f:
            f.writelines(f"{request.node.nodeid}\t{call}\n" for call in calls)
    elif calls:
        pytest.fail("disk, print or network calls on the GUI thread:\n" + "\n".join(map(str, calls)), pytrace=False)
