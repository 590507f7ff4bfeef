"""Citizen text fields keep what is typed to themselves (issue 15, findings 4 and 6): no copy, cut
or paste by keys or the context menu, no drops; bidirectional controls removed as typed and every
echo isolated.  (Middle click and the X primary selection need a real X server:
``test_clipboard_xvfb.py``.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.ui.console.controller import is_console
from kiosk.ui.text_field import KioskLineEdit
from kiosk.ui.untrusted import BIDI_CONTROLS, FSI, PDI

from .test_services_flow import go_tile, type_into
from .test_session_end import Seeded, click, flow_application_review, meter_entry, seed_demo

ENP = "2341998071655749"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    return seed_demo(tmp_path)


@pytest.fixture
def db_path(seeded: Seeded) -> Path:
    return seeded.path


def citizen_fields(window) -> list[QLineEdit]:
    return [e for sid, s in window.screens.items() if not is_console(sid) for e in s.findChildren(QLineEdit)]


# --- copy, cut, paste, context menu, drops ---------------------------------------------------------
def test_every_citizen_field_is_a_locked_kiosk_field(window, qtbot, seeded):
    def check() -> int:
        fields = citizen_fields(window)
        for edit in fields:
            assert isinstance(edit, KioskLineEdit), edit.objectName()
            assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu, edit.objectName()
            assert not edit.acceptDrops() and not edit.dragEnabled(), edit.objectName()
        return len(fields)

    flow_application_review(window, qtbot, seeded)  # the form's fields, date parts included
    count = check()
    window.home()
    meter_entry(window, qtbot)  # the account fields and an offline meter's serial and reading
    for screen_id in ("status", "clinic_mine", "clinic_patient"):
        window.go(screen_id)
    assert count + check() >= 15


def test_copy_cut_and_paste_keys_do_nothing(window, qtbot):
    mine = window.screen("clinic_mine")
    window.go("clinic_mine")
    edit = mine.enp.edit
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    type_into(qtbot, edit, ENP)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    assert edit.selectedText() == ENP  # selecting is still possible (and Backspace then clears it)
    for key, modifier in ((Qt.Key.Key_C, CTRL), (Qt.Key.Key_Insert, CTRL), (Qt.Key.Key_X, CTRL),
                          (Qt.Key.Key_Delete, SHIFT)):
        qtbot.keyClick(edit, key, modifier)
        assert clipboard.text() == "before" and edit.text() == ENP, key
    clipboard.setText(ENP)  # whatever is on the clipboard cannot be pasted
    window.go("clinic_patient")
    patient = window.current_screen().enp.edit
    for key, modifier in ((Qt.Key.Key_V, CTRL), (Qt.Key.Key_Insert, SHIFT)):
        qtbot.keyClick(patient, key, modifier)
        assert patient.text() == "", key
    type_into(qtbot, patient, "12")  # typing works as ever
    assert patient.text() == "12"


def test_no_context_menu_on_a_citizen_field(window, qtbot):
    status = go_tile(window, qtbot, "status")
    edit = status.number
    type_into(qtbot, edit, "K7QW-3M2A-9XTP")
    QGuiApplication.clipboard().setText(ENP)
    menus: list[str] = []

    def close_menus() -> None:  # (a menu opened with exec() would otherwise block the test)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            menus.append(popup.metaObject().className())
            popup.close()

    timer = QTimer(edit)
    timer.setInterval(20)
    timer.timeout.connect(close_menus)
    timer.start()
    try:
        qtbot.mouseClick(edit, Qt.MouseButton.RightButton, pos=QPoint(10, 10))
        at = QPoint(10, 10)
        QApplication.sendEvent(edit, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, edit.mapToGlobal(at)))
        close_menus()
    finally:
        timer.stop()
    assert menus == [] and edit.text() == "K7QW-3M2A-9XTP"


# --- bidirectional controls --------------------------------------------------------------------------
def controls(text: str) -> list[str]:
    return [ch for ch in text if ch in BIDI_CONTROLS]


def search_for(window, qtbot, text: str):
    catalogue = go_tile(window, qtbot, "catalogue")
    type_into(qtbot, catalogue.search, text)
    qtbot.waitUntil(lambda: catalogue._state == "empty" and catalogue.is_ready())
    return catalogue


def test_right_to_left_override_typed_into_search_does_not_turn_the_message_around(window, qtbot):
    catalogue = search_for(window, qtbot, "абв\u202eгде")
    assert catalogue.search.text() == "абвгде"  # removed as it was typed
    message = catalogue.message.text()
    assert controls(message) == [FSI, PDI] and f"{FSI}абвгде{PDI}" in message  # the echo isolated
    # on screen the sentence reads exactly as it would with the plain word in it
    shown = catalogue.message.grab().toImage()
    catalogue.message.setText(message.replace(FSI, "").replace(PDI, ""))
    assert catalogue.message.grab().toImage() == shown


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_no_direction_control_reaches_a_field_or_an_echo(window, qtbot, control):
    status = go_tile(window, qtbot, "status")
    type_into(qtbot, status.number, f"ZZZZ{control}-ZZZZ")
    status.number.setText(status.number.text() + control + "-ZZZZ")  # set (a scanner's paste), not typed
    assert status.number.text() == "ZZZZ-ZZZZ-ZZZZ"
    click(qtbot, status.check_button)
    qtbot.waitUntil(lambda: status._state == "unknown")
    assert controls(status.message.text()) == [FSI, PDI] and f"{FSI}ZZZZ-ZZZZ-ZZZZ{PDI}" in status.message.text()


def test_right_to_left_letters_are_echoed_isolated(window, qtbot):
    catalogue = search_for(window, qtbot, "שלום")
    assert f"«{FSI}שלום{PDI}»" in catalogue.message.text()
    window.session.set_language("en")
    qtbot.waitUntil(lambda: f"“{FSI}שלום{PDI}”" in catalogue.message.text())
