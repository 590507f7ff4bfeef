"""The clerk console online shows and calls from the whole office's queue, shows a clash, and falls
back to this kiosk's tickets when the office queue cannot be reached (issue 16, finding 1).

The kiosk under test is the window's store; a second kiosk of the same office is another REAL store;
the backend is a REAL process on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk import settings as ks
from kiosk.console import pins
from kiosk.services import office_queue as office_service
from kiosk.services import status as status_service
from kiosk.services.queue import issue_ticket
from kiosk.sync import config as cfg
from kiosk.sync.core import make_engine
from offline_db.opening import open_store
from offline_db.store import Store
from tests.e2e.backend_proc import running_backend

from .test_console_clerk import click
from .test_console_entry import CLERK_PIN, TECH_PIN, audit, open_console

pytestmark = pytest.mark.e2e


@pytest.fixture
def backend(tmp_path):
    with running_backend(tmp_path / "backend.db", reference="sample", kiosk_id=None) as backend:
        yield backend


def enrol(store: Store, home: Path, backend, name: str) -> None:
    ks.put(store, "kiosk_id", name)
    ks.put(store, "office_id", "off-1")
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(home, name, backend.add_kiosk(name))))


@pytest.fixture
def db_path(tmp_path: Path, backend) -> Path:
    """This kiosk (the window's store) and a second kiosk of its office, both with the office queue.

    Both issued A-1001 before they first reached the backend: this kiosk's arrived first; the
    second kiosk's is refused as a clash.  The second kiosk then takes A-001 from the office queue,
    and its clerk calls the next visitor to counter 7: this kiosk's A-1001."""
    home = tmp_path / "kiosk-a"
    home.mkdir()
    path = home / "kiosk.sqlite3"
    other_home = tmp_path / "kiosk-b"
    other_home.mkdir()
    with open_store(path) as here, open_store(other_home / "kiosk.sqlite3") as other:
        pins.set_pin(here, "technician", TECH_PIN)
        pins.set_pin(here, "clerk", CLERK_PIN)
        enrol(here, home, backend, "kiosk-a")
        enrol(other, other_home, backend, "kiosk-b")
        for store in (here, other):
            make_engine(store).pull_dataset("offices")
            make_engine(store).pull_dataset("catalogue")
            issue_ticket(store, "off-1", "cat-docs", kiosk_index=1)
        for store in (here, other):
            assert make_engine(store).run_once(ignore_schedule=True).ok
        number = office_service.office_number(status_service.remote_config(other), "off-1", "cat-docs")
        assert number is not None and number.ticket == "A-001"
        issue_ticket(other, "off-1", "cat-docs", kiosk_index=2, office_ticket=number)
        assert office_service.act(status_service.remote_config(other), "off-1", "call_next", category_id="cat-docs", counter="7")
    return path


def label(screen, name: str) -> str:
    found = screen.findChild(QLabel, name)
    return found.text() if found is not None and found.isVisibleTo(screen) else ""


def test_console_shows_the_office_queue_calls_from_it_and_falls_back_offline(db_path, backend, make_window,
                                                                             qtbot, tmp_path):
    window = make_window(kiosk_mode=True)
    open_console(window, qtbot, CLERK_PIN)
    click(qtbot, window.current_screen(), "ConsoleQueueButton")
    queue = window.current_screen()
    qtbot.waitUntil(lambda: queue.is_ready() and bool(queue.data) and queue.data["mode"] == "office", timeout=15000)
    office_text = QCoreApplication.translate("Console", "The office queue: tickets from every kiosk of this office. "
                                             "A call made here is seen at every kiosk.")
    assert label(queue, "QueueSource") == office_text
    # the other kiosk's call of this kiosk's ticket is shown here; the clash with both tickets' times
    qtbot.waitUntil(lambda: bool(label(queue, "Called-A-1001")))  # added to a shown layout: visible a moment later
    assert "7" in label(queue, "Called-A-1001")
    clash = label(queue, "Clash-A-1001")
    assert "A-1001" in clash and clash.count(":") >= 2, clash
    assert "A-001" in label(queue, "Waiting-cat-docs")  # the other kiosk's ticket waits, next
    with open_store(db_path) as store:  # this kiosk's own record follows what the office did with it
        assert store.scalar("SELECT status || ' ' || counter FROM queue_tickets WHERE ticket = 'A-1001'") == "called 7"

    # this kiosk calls the next visitor: the office queue gives it A-001, and the other kiosk sees the call
    qtbot.keyClicks(queue.counter.edit, "5")
    click(qtbot, queue, "CallNext-cat-docs")
    qtbot.waitUntil(lambda: queue.is_ready() and bool(label(queue, "Called-A-001")), timeout=15000)
    with open_store(tmp_path / "kiosk-b" / "kiosk.sqlite3") as other:
        seen = office_service.fetch(status_service.remote_config(other), "off-1")
    assert {(t["ticket"], t["status"], t["counter"]) for t in seen.data["tickets"]} == {
        ("A-001", "called", "5"), ("A-1001", "called", "7")}
    with open_store(db_path) as store:
        assert store.scalar("SELECT count(*) FROM outbox WHERE kind = 'queue_event'") == 0  # the office has it
    assert ("clerk", "queue.call_next", "A-001") in audit(db_path)

    # the line to the regional system drops: this kiosk's own tickets, and the console says so
    backend.stop()
    click(qtbot, queue, "QueueRefresh")
    offline_text = QCoreApplication.translate(
        "Console", "The office queue cannot be reached: only this kiosk's tickets are shown. Calls made here "
        "reach the office queue when the connection is back.")
    qtbot.waitUntil(lambda: queue.is_ready() and label(queue, "QueueSource") == offline_text, timeout=15000)
    qtbot.waitUntil(lambda: bool(label(queue, "Called-A-1001")))
    assert not label(queue, "Called-A-001")       # the other kiosk's ticket is not this kiosk's to show offline
    assert "7" in label(queue, "Called-A-1001")   # its own, as the office left it
    assert label(queue, "Clash-A-1001") == ""     # this kiosk's A-1001 is the one that holds the number
