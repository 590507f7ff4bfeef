"""Queue tickets from the GUI: by category, and for a service chosen on its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store

from .test_services_flow import check_a11y, go_tile


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
        store.set_setting("queue_kiosk_index", 3)
    return path


def test_take_a_ticket_by_category(window, qtbot, db_path):
    queue = go_tile(window, qtbot, "queue_ticket")
    assert len(queue.buttons) == 10
    check_a11y(window, "queue categories")
    row, button = queue.buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt")
    receipt = window.current_screen()
    qtbot.waitUntil(receipt.is_ready)
    assert receipt.ticket.isVisible()
    assert receipt.ticket.text() == f"Ваш талон: {row['queue_letter']}-3001"
    assert "Ожидание" in receipt.wait.text()
    assert receipt.print_state == "printed" and receipt.qr.matrix
    check_a11y(window, "ticket receipt")
    with open_store(db_path) as store:
        item = outbox.get_by_receipt(store, receipt.number.text())
        assert item.kind == "queue_ticket" and item.state == "pending"
        assert item.payload["ticket"] == f"{row['queue_letter']}-3001"
        assert item.payload["office_id"] == "off-ul-lenin"
    # a second ticket in the same category: next number, one person ahead
    window.back()
    assert window.current_id == "home"
    queue = go_tile(window, qtbot, "queue_ticket")
    qtbot.mouseClick(queue.buttons[0][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt" and receipt.is_ready()
                    and receipt.data.ticket.endswith("3002"))
    assert receipt.data.waiting_ahead == 1
    window.session.set_language("en")
    qtbot.waitUntil(lambda: receipt.ticket.text() == f"Your ticket: {row['queue_letter']}-3002")
    assert "People ahead of you: 1" in receipt.wait.text()


def test_ticket_for_the_service_on_its_card(window, qtbot, db_path):
    catalogue = go_tile(window, qtbot, "catalogue")
    catalogue.open_service("svc-001")
    card = window.current_screen()
    qtbot.waitUntil(lambda: card._state == "ready")
    qtbot.mouseClick(card.ticket_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "queue_ticket"
    queue = window.current_screen()
    qtbot.waitUntil(queue.is_ready)
    assert queue.service_button.isVisible() and "паспорта" in queue.service_label.text()
    # the main action is at least as prominent as the topic tiles below it
    tile = queue.buttons[0][1]
    assert queue.service_button.property("role") == "primary"
    assert queue.service_button.fontInfo().pixelSize() >= tile.caption.fontInfo().pixelSize()
    qtbot.waitUntil(lambda: queue.service_button.height() >= tile.height() - 1)  # once laid out
    qtbot.mouseClick(queue.service_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt")
    receipt = window.current_screen()
    qtbot.waitUntil(receipt.is_ready)
    assert receipt.data.ticket == "A-3001"
    assert "Услуга: Выдача паспорта" in receipt.details.text()
    with open_store(db_path) as store:
        item = outbox.get_by_receipt(store, receipt.number.text())
        assert item.payload["service_id"] == "svc-001" and item.payload["category_id"] == "cat-passport"
    assert queue.service is None  # forgotten once the ticket is issued


def test_a_kept_category_is_not_offered(window, qtbot, db_path):
    """Issue 16, finding 5: a category the backend dropped, kept on the kiosk only because a local
    ticket refers to it (the sync marks it ``retired_at``, tests/unit/test_sync_core.py), is neither
    on the queue screen nor in the catalogue, and its services are not found."""
    with open_store(db_path) as store:
        store.db.execute("UPDATE service_categories SET retired_at = '2026-12-01T00:00:00Z' WHERE id = 'cat-passport'")
        store.db.execute("UPDATE services SET retired_at = '2026-12-01T00:00:00Z' WHERE category_id = 'cat-passport'")
    queue = go_tile(window, qtbot, "queue_ticket")
    assert len(queue.buttons) == 9
    assert "cat-passport" not in [row["id"] for row, _button in queue.buttons]
    window.back()
    catalogue = go_tile(window, qtbot, "catalogue")
    qtbot.waitUntil(lambda: len(catalogue.category_buttons) == 9)
    assert "cat-passport" not in [row["id"] for row, _button in catalogue.category_buttons]
    catalogue.set_query("паспорт 14")
    qtbot.waitUntil(lambda: catalogue._state in ("results", "empty") and catalogue.is_ready())
    assert all(item.category_id != "cat-passport" for item, _button in catalogue.result_buttons)
    assert "svc-001" not in [item.id for item, _button in catalogue.result_buttons]
