"""The citizen's ticket screen online takes the office queue's number (shared by every kiosk of the
office), and the kiosk's own range when the office queue cannot be reached (issue 16, finding 1).
The backend is a REAL process on 127.0.0.1; the other kiosk is another REAL store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk import settings as ks
from kiosk.services import office_queue as office_service
from kiosk.services import status as status_service
from kiosk.sync import config as cfg
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import running_backend

from .test_services_flow import go_tile

pytestmark = pytest.mark.e2e
OFFICE = "off-ul-lenin"


@pytest.fixture
def backend(tmp_path):
    with running_backend(tmp_path / "backend.db", reference="demo", kiosk_id=None) as backend:
        yield backend


def enrolled(path: Path, backend, name: str) -> Path:
    with open_store(path) as store:
        load_demo_region(store)
        ks.put(store, "office_id", OFFICE)
        ks.put(store, "kiosk_id", name)
        store.set_setting("printer", f"pdf:{path.parent / 'printed'}")
        store.set_setting(cfg.K_URL, backend.base_url)
        store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(path.parent, name, backend.add_kiosk(name))))
    return path


@pytest.fixture
def db_path(tmp_path: Path, backend) -> Path:
    (tmp_path / "here").mkdir()
    (tmp_path / "other").mkdir()
    enrolled(tmp_path / "other" / "kiosk.sqlite3", backend, "kiosk-other")
    return enrolled(tmp_path / "here" / "kiosk.sqlite3", backend, "kiosk-here")


def test_online_the_ticket_number_comes_from_the_office_queue(window, qtbot, db_path, backend, tmp_path):
    queue = go_tile(window, qtbot, "queue_ticket")
    row, button = queue.buttons[0]
    letter = row["queue_letter"]
    # the other kiosk of the office gave the first number of this category a moment ago
    with open_store(tmp_path / "other" / "kiosk.sqlite3") as other:
        taken = office_service.office_number(status_service.remote_config(other), OFFICE, row["id"])
    assert taken is not None and taken.ticket == f"{letter}-001"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=15000)
    receipt = window.current_screen()
    qtbot.waitUntil(receipt.is_ready)
    assert receipt.ticket.text() == f"Ваш талон: {letter}-002"
    assert receipt.data.waiting_ahead == 1  # the other kiosk's visitor is ahead
    with open_store(db_path) as store:
        item = outbox.get_by_receipt(store, receipt.number.text())
        assert item.payload["ticket"] == f"{letter}-002" and item.state == "pending"

    # the line is down: the next visitor gets a number from this kiosk's own range at once
    backend.stop()
    window.back()
    queue = go_tile(window, qtbot, "queue_ticket")
    qtbot.mouseClick(queue.buttons[0][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt" and receipt.is_ready()
                    and receipt.data.ticket == f"{letter}-1001", timeout=15000)
