"""Status by receipt number: typed, scanned (code + Enter), status URLs, unknown and bad numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.services.queue import issue_ticket
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store

from .test_services_flow import check_a11y, go_tile, type_into


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        items = {}
        for state in ("pending", "accepted", "rejected"):
            with store.atomic():
                item = outbox.enqueue(store, "application", {
                    "service_id": "svc-001", "office_id": "off-ul-lenin", "fields": {}, "language": "ru",
                    "consent": True, "captured_at": "2026-11-21T09:30:00Z"})
            items[state] = item.receipt_number
            if state != "pending":
                store.db.execute(
                    "UPDATE outbox SET state = ?, reject_code = ?, reject_reason_ru = ?, reject_reason_en = ?,"
                    " server_ref = ? WHERE uuid = ?",
                    [state, "data_mismatch" if state == "rejected" else None,
                     "Дата рождения не совпадает со свидетельством." if state == "rejected" else None,
                     "The date of birth does not match the certificate." if state == "rejected" else None,
                     "RB-000001" if state == "accepted" else None, item.uuid])
        ticket = issue_ticket(store, "off-ul-lenin", "cat-passport", kiosk_index=1)
        items["ticket"] = ticket.receipt_number
    return path, items


@pytest.fixture
def db_path(seeded):
    return seeded[0]


def scan(qtbot, widget, code: str) -> None:
    """A barcode scanner: the code's characters, then Enter, into the focused field."""
    type_into(qtbot, widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_status_typed_and_scanned(window, qtbot, seeded):
    _path, items = seeded
    status = go_tile(window, qtbot, "status")
    assert status.number.hasFocus()  # a scanner types into the focused field

    # typed by hand: lower case, no dashes, O for 0 is fine
    type_into(qtbot, status.number, items["pending"].replace("-", "").lower())
    qtbot.mouseClick(status.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready())
    assert status.number.text() == items["pending"]
    assert status.result_state.text() == "Ожидает отправки"
    assert status.result_state.property("role") == "status"
    assert "Ожидает" not in status.result_explain.text()  # said once
    assert "сохранено на этом терминале" in status.result_explain.text().lower()
    assert " оно " not in status.result_explain.text().lower()
    assert "нет связи" in status.result_remote.text().lower()  # not enrolled: the kiosk's own information
    assert not status.again_button.isVisible()
    check_a11y(window, "status pending")

    status.number.clear()
    scan(qtbot, status.number, items["accepted"])
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready() and status.local.state == "accepted")
    assert "принято" in status.result_state.text().lower()
    assert status.result_state.property("role") == "success"
    assert "RB-000001" in status.result_state.text()
    assert not status.result_reason.isVisible() and not status.result_explain.isVisible()
    shown = " ".join(w.text() for w in (status.result_state, status.result_explain, status.result_remote)
                     if w.isVisible())
    assert shown.lower().count("принят") == 1  # accepted, said once
    assert not status.again_button.isVisible()

    # a status URL from the QR code, scanned
    status.number.clear()
    scan(qtbot, status.number, f"https://status.example.ru/r/{items['rejected']}")
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready() and status.local.state == "rejected")
    assert status.result_reason.isVisible()
    assert status.result_reason.text() == "Причина: Дата рождения не совпадает со свидетельством."
    window.session.set_language("en")
    qtbot.waitUntil(lambda: status.result_reason.text() == "Reason: The date of birth does not match the certificate.")
    assert "Not accepted" in status.result_state.text()
    assert status.result_state.property("role") == "error"  # red, not the amber of "waiting"
    assert "First Russian internal passport" in status.result_title.text()
    # not a dead end: apply again for the same service
    assert status.again_button.isVisible() and status.again_button.text() == "Apply again"
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: status.again_button.text() == "Подать заявление снова")

    qtbot.mouseClick(status.again_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "service_card"
    card = window.current_screen()
    qtbot.waitUntil(lambda: card._state == "ready")
    assert card.service["id"] == "svc-001"
    window.back()
    assert window.current_id == "status"
    window.session.set_language("en")

    status.number.clear()
    scan(qtbot, status.number, items["ticket"])
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready() and status.local.kind == "queue_ticket")
    assert "Queue ticket A-1001" in status.result_title.text()


def test_refused_meter_readings_lead_back_to_the_readings(window, qtbot):
    from kiosk.ui.screens.services import sample_meter_status

    status = go_tile(window, qtbot, "status")
    status.show_result(*sample_meter_status())
    assert status.result_readings.isVisible()
    assert "9600,0" in status.result_readings.text() and "9600.0" not in status.result_readings.text()
    assert "этой расписки" in status.result_readings.text()
    assert status.again_button.isVisible() and status.again_button.text() == "Передать показания снова"
    check_a11y(window, "status of refused readings")
    window.session.set_language("en")
    qtbot.waitUntil(lambda: status.again_button.text() == "Submit readings again")
    assert "9600.0 — not accepted" in status.result_readings.text()
    qtbot.mouseClick(status.again_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "meters"


def test_unknown_and_invalid_numbers(window, qtbot):
    status = go_tile(window, qtbot, "status")
    scan(qtbot, status.number, "ZZZZ-ZZZZ-ZZZZ")
    qtbot.waitUntil(lambda: status._state == "unknown")
    assert "ZZZZ-ZZZZ-ZZZZ" in status.message.text() and "Проверьте номер" in status.message.text()
    assert "только на том терминале" in status.message.text()  # as the receipt says: at this kiosk
    assert not status.frame.isVisible()
    status.number.clear()
    scan(qtbot, status.number, "12345")
    qtbot.waitUntil(lambda: status._state == "invalid")
    assert "12" in status.message.text()
    check_a11y(window, "status invalid")
    window.wipe_session()
    assert status.number.text() == "" and status._state == "idle" and not status.message.isVisible()
