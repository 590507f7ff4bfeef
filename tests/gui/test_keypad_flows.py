"""The five citizen flows walked with a keypad alone (Tab, Enter, Space and typed characters, no
pointer, no ``setFocus`` from the test): an application, a queue ticket, a clinic booking, meter
readings and a status check.  Every Enter is pressed on the control the visitor meant, never on
"Back" or "Home"; one Tab after a form's last field reaches its primary action; after each choice
focus is on the next step; and what was entered arrives whole in the outbox (nothing lost).
(Issue 17: "a keypad-only walk of the five citizen flows needs no Back-by-mistake and loses
nothing".)"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.store import open_store
from tests.fhir_check import luhn_enp

from .conftest import settle

# A weekday morning inside the electricity and water windows: the demo clinics have free days ahead.
NOW = datetime(2026, 11, 23, 5, 50, tzinfo=UTC)  # 10 min before a slot: none starts mid-walk


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
    return path


@pytest.fixture(autouse=True)
def pinned(pin_clock):
    pin_clock(NOW)


def _name(widget: QWidget | None) -> str:
    return "nothing" if widget is None else widget.objectName() or type(widget).__name__


class Keypad:
    """A visitor with a keypad: every key goes to whatever has focus, as on the kiosk."""

    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot
        self.enters: list[str] = []

    @property
    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has focus"
        return widget

    def calm(self) -> None:
        """Wait until the screen has loaded and the focus keeper has placed focus."""
        screen = self.window.current_screen()
        self.wait(lambda: screen.is_ready() and not self.window.focus._settle.isActive(), "settling")
        settle(self.qtbot)

    def _bar(self, widget: QWidget) -> bool:
        return self.window.bottom_bar.isAncestorOf(widget) or widget in (self.window.back_button,)

    def tab(self) -> QWidget:
        self.qtbot.keyClick(self.focused, Qt.Key.Key_Tab)
        settle(self.qtbot)
        return self.focused

    def tab_to(self, wanted: Callable[[QWidget], bool], what: str, most: int) -> QWidget:
        """Tab until ``wanted`` has focus, within ``most`` presses and never through the bar
        (the navigation bar comes after the content: reaching it first means the content's order is
        wrong, and an Enter there would leave the screen)."""
        passed = [_name(self.focused)]
        for _ in range(most + 1):
            if wanted(self.focused):
                return self.focused
            widget = self.tab()
            assert not self._bar(widget), (what, "Tab went to the navigation bar first", passed)
            passed.append(_name(widget))
        raise AssertionError((what, f"not reached in {most} Tabs", passed))

    def type(self, text: str) -> None:
        """Characters into the focused field, as a keyboard sends them (any script)."""
        target = self.focused
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        settle(self.qtbot)

    def press(self, key: Qt.Key) -> None:
        target = self.focused
        assert not self._bar(target) and target is not self.window.back_button, (
            "a key pressed on the navigation bar", _name(target))
        self.enters.append(_name(target))
        self.qtbot.keyClick(target, key)
        settle(self.qtbot)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def space(self) -> None:
        self.press(Qt.Key.Key_Space)

    def wait(self, condition: Callable[[], bool], what: str, timeout: int = 15_000) -> None:
        try:
            self.qtbot.waitUntil(condition, timeout=timeout)
        except Exception as exc:  # say where the walk was, not only that it timed out
            raise AssertionError((what, self.window.current_id, "pressed", self.enters[-3:],
                                  "focus", _name(QApplication.focusWidget()))) from exc

    def screen_becomes(self, screen_id: str, timeout: int = 10_000):
        self.wait(lambda: self.window.current_id == screen_id, f"arriving at {screen_id}", timeout)
        self.calm()
        focused = self.focused
        assert focused is not self.window.back_button and not self._bar(focused), (
            screen_id, "arrived with focus on the bar", _name(focused))
        return self.window.current_screen()

    def home_tile(self, screen_id: str) -> None:
        """From Home, Tab to a tile and press Enter."""
        assert self.window.current_id == "home"
        self.calm()
        self.tab_to(lambda w: w.objectName() == f"tile-{screen_id}", f"tile {screen_id}", most=12)
        self.enter()


@pytest.fixture(params=[100, 200], ids=["text100", "text200"])
def keypad(request, make_window, qtbot):
    """At 200 % text the screens wrap and stack: the order must hold there too."""
    window = make_window(size=(1280, 1024))
    window.session.set_font_scale(request.param)
    return Keypad(window, qtbot)


def _outbox(db_path: Path) -> list:
    with open_store(db_path) as store:
        return outbox.items(store)


def test_application_then_its_status_by_keypad(keypad, qtbot, db_path):
    """Search, card, form, review, receipt; then the status check with the receipt's number."""
    keypad.home_tile("catalogue")
    catalogue = keypad.screen_becomes("catalogue")
    assert keypad.focused is catalogue.search
    keypad.type("паспорт 14")
    keypad.wait(lambda: catalogue.is_ready() and bool(catalogue.result_buttons), "results")
    keypad.calm()
    first = keypad.tab_to(lambda w: any(w is b for _i, b in catalogue.result_buttons), "first result", most=2)
    assert first is catalogue.result_buttons[0][1]
    keypad.enter()
    card = keypad.screen_becomes("service_card")
    keypad.wait(lambda: QApplication.focusWidget() is card.apply_button, "apply focused")
    keypad.enter()

    form = keypad.screen_becomes("application")
    assert keypad.focused is form.editor("full_name").input
    keypad.type("Иванова Мария Петровна")
    keypad.tab_to(lambda w: w is form.editor("birth_date").input.edit, "birth date", most=1)
    keypad.type("14.03.2011")
    keypad.tab_to(lambda w: w is form.editor("registration_address").input, "address", most=1)
    keypad.type("г. Ульяновск, ул. Гончарова, д. 38, кв. 5")
    receive = [b for _v, b in form.editor("receive_by").options]
    keypad.tab_to(lambda w: w in receive, "how to receive", most=1)
    keypad.space()
    assert receive[0].selected
    keypad.tab_to(lambda w: w is form.editor("phone").input, "phone", most=len(receive))
    keypad.type("89123456789")
    keypad.tab_to(lambda w: w is form.editor("email").input, "e-mail", most=1)
    consent = form.editor("consent").options[0][1]
    keypad.tab_to(lambda w: w is consent, "consent", most=1)
    keypad.space()
    assert consent.selected
    # the finding: Tab, Enter after the consent went Back and emptied the form
    assert keypad.tab() is form.next_button
    keypad.enter()

    review = keypad.screen_becomes("application_review")
    keypad.tab_to(lambda w: w is review.submit_button, "submit", most=3)
    keypad.enter()
    receipt = keypad.screen_becomes("receipt")
    number = receipt.number.text().replace("\u200b", "").replace("\n", "")
    [item] = _outbox(db_path)
    assert item.kind == "application" and item.receipt_number == number
    assert item.payload["fields"] == {
        "full_name": "Иванова Мария Петровна", "birth_date": "2011-03-14",
        "registration_address": "г. Ульяновск, ул. Гончарова, д. 38, кв. 5", "receive_by": "mfc",
        "phone": "+79123456789", "email": None, "consent": True}

    # the receipt's first action takes the visitor on; Home by its own action, then the status
    keypad.window.home()
    keypad.home_tile("status")
    status = keypad.screen_becomes("status")
    assert keypad.focused is status.number
    keypad.type(number)
    assert keypad.tab() is status.check_button
    keypad.enter()
    keypad.wait(lambda: status._state == "found" and status.is_ready(), "status found")
    assert status.result_title.text().startswith(number)
    assert status.result_state.text() == "Ожидает отправки"


def test_queue_ticket_by_keypad(keypad, qtbot, db_path):
    keypad.home_tile("queue_ticket")
    queue = keypad.screen_becomes("queue_ticket")
    assert queue.is_ready() and queue.categories
    assert keypad.focused.objectName().startswith("queue-cat-")
    keypad.enter()
    receipt = keypad.screen_becomes("receipt")
    assert receipt.what.text() == "Талон электронной очереди"
    [item] = _outbox(db_path)
    assert item.kind == "queue_ticket" and item.receipt_number == receipt.number.text()
    assert (item.payload["category_id"], item.payload["office_id"]) == ("cat-passport", "off-ul-lenin")
    assert item.payload["ticket"] in receipt.ticket.text()
    assert keypad.focused is receipt.done_button  # Enter now ends the visit, as the visitor expects


def test_clinic_booking_by_keypad(keypad, qtbot, db_path):
    keypad.home_tile("clinic")
    clinic = keypad.screen_becomes("clinic")
    for step in ("specialty", "doctor", "day", "time"):
        keypad.enter()
        keypad.wait(lambda s=step: clinic.step == s and clinic.is_ready(), step)
        keypad.calm()
    chosen = clinic.buttons[0][0]
    assert keypad.focused is clinic.buttons[0][1]
    keypad.enter()
    patient = keypad.screen_becomes("clinic_patient")
    assert patient.choice.slot["id"] == chosen["id"]
    assert keypad.focused is patient.enp.edit
    keypad.type(luhn_enp(7))
    keypad.tab_to(lambda w: w is patient.birth.edit, "birth date", most=1)
    keypad.type("14.03.1975")
    keypad.tab_to(lambda w: w is patient.confirm, "confirm", most=2)
    keypad.enter()
    receipt = keypad.screen_becomes("receipt")
    assert receipt.what.text() == "Заявка отправлена: запись ещё НЕ подтверждена"
    with open_store(db_path) as store:
        [row] = store.query("SELECT * FROM clinic_appointments")
    assert (row["receipt_number"], row["enp"], row["birth_date"]) == (receipt.number.text(), luhn_enp(7), "1975-03-14")
    assert (row["slot_id"], row["status"], row["delivery"]) == (chosen["id"], "requested", "pending")


def test_meter_readings_by_keypad(keypad, qtbot, db_path):
    keypad.home_tile("meters")
    keypad.screen_becomes("meters")
    keypad.tab_to(lambda w: w.objectName() == "provider-util-vodokanal", "water provider", most=3)
    keypad.enter()
    keypad.tab_to(lambda w: w.objectName() == "AccountNumber", "account", most=2)
    keypad.type("74би312121")
    keypad.tab_to(lambda w: w.objectName() == "House", "house", most=1)
    keypad.type("12")
    keypad.tab_to(lambda w: w.objectName() == "Flat", "flat", most=1)
    keypad.type("34")
    keypad.tab_to(lambda w: w.objectName() == "FindAccountButton", "find", most=1)
    keypad.enter()
    entry = keypad.screen_becomes("meter_entry")
    assert keypad.focused.objectName() == "serial-0"
    keypad.type("79511264")
    keypad.tab_to(lambda w: w.objectName() == "reading--T1", "reading", most=3)
    keypad.type("483,2")
    assert keypad.tab() is entry.next_button
    keypad.enter()
    review = keypad.screen_becomes("meter_review")
    keypad.tab_to(lambda w: w is review.submit_button, "submit", most=3)
    keypad.enter()
    receipt = keypad.screen_becomes("receipt")
    [item] = _outbox(db_path)
    payload = json.loads(item.payload_json)
    assert item.receipt_number == receipt.number.text()
    assert (payload["mode"], payload["account_number"], payload["house"], payload["flat"]) == (
        "offline", "74БИ312121", "12", "34")
    assert [(r["meter_serial"], r["meter_kind"], r["value"]) for r in payload["readings"]] == [
        ("79511264", "cold_water", "483.200")]
