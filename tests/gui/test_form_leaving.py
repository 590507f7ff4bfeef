"""No silent loss of a citizen's form: Back or Home with something entered asks first, "Keep
editing" is the default; going forward, the language switch and the idle wipe do not ask."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from offline_db.demo import load_demo_region
from offline_db.opening import open_store

from .test_services_flow import type_into


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("office_id", "off-ul-lenin")
    return path


def open_form(window, qtbot):
    window.go("catalogue")
    window.go("application")
    form = window.current_screen()
    form.load("svc-001")
    # new widgets in a shown layout are shown by a queued call: wait for it (Tab skips hidden ones)
    qtbot.waitUntil(lambda: bool(form.editors) and all(e.isVisible() for e in form.editors))
    return form


def press_enter(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_on_back_after_ticking_consent_asks_and_keeps_the_form(window, qtbot):
    form = open_form(window, qtbot)
    type_into(qtbot, form.editor("full_name").input, "Иванова Мария Петровна")
    consent = form.editor("consent").options[0][1]
    qtbot.mouseClick(consent, Qt.MouseButton.LeftButton)
    assert form.editor("consent").value() is True
    press_enter(qtbot, window.back_button)  # the "tick consent, Tab, Enter" on Back
    guard = form.leave_guard
    qtbot.waitUntil(guard.asking)
    assert window.current_id == "application"
    assert guard.text.text().startswith("Стереть введённое?")
    assert QApplication.focusWidget() is guard.keep_button  # the default choice keeps the form
    assert guard.keep_button.text() == "Продолжить заполнение"
    press_enter(qtbot, guard.keep_button)
    qtbot.waitUntil(lambda: not guard.asking())
    assert window.current_id == "application"
    assert form.editor("full_name").value() == "Иванова Мария Петровна"
    assert form.editor("consent").value() is True

    window.session.set_language("en")  # the language switch keeps the form and asks nothing
    assert window.current_id == "application" and form.editor("consent").value() is True
    window.home()
    qtbot.waitUntil(guard.asking)
    assert guard.text.text().startswith("Discard what you entered?")
    assert guard.keep_button.text() == "Keep editing"
    qtbot.mouseClick(guard.discard_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "home"
    assert form.editors == []


def test_going_forward_or_an_empty_form_does_not_ask(window, qtbot):
    form = open_form(window, qtbot)
    window.back()  # nothing entered: nothing to lose
    assert window.current_id == "catalogue" and not form.leave_guard.asking()
    form = open_form(window, qtbot)
    type_into(qtbot, form.editor("full_name").input, "Иванова Мария Петровна")
    window.go("accessibility")  # the form stays where it was: no question
    assert window.current_id == "accessibility"
    window.back()
    assert window.current_id == "application" and form.editor("full_name").value() == "Иванова Мария Петровна"


def test_idle_wipe_never_waits_for_the_question(window, qtbot):
    form = open_form(window, qtbot)
    type_into(qtbot, form.editor("full_name").input, "Иванова")
    window.back()
    qtbot.waitUntil(form.leave_guard.asking)
    window.wipe_session()
    assert window.current_id == "home" and form.editors == []
    assert not form.leave_guard.asking()


@pytest.mark.parametrize("screen_id, field", [("status", "number"), ("clinic_mine", "enp"), ("meters", "account")])
def test_other_citizen_forms_ask_before_losing_what_was_typed(window, qtbot, screen_id, field):
    window.go(screen_id)
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    widget = getattr(screen, field)
    edit = getattr(widget, "edit", widget)
    type_into(qtbot, edit, "1234")
    window.home()
    qtbot.waitUntil(screen.leave_guard.asking)
    assert window.current_id == screen_id and edit.text() == "1234"
    qtbot.mouseClick(screen.leave_guard.discard_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "home" and edit.text() == ""
