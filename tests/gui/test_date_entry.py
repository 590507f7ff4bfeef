"""One way for a date: the application's and the clinic's dates are the same one-field input; nothing
moves the focus on by itself; a message at a date (or any field) goes as soon as it is corrected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .test_form_leaving import db_path, open_form  # noqa: F401  (db_path is a fixture)
from .test_services_flow import type_into


def test_typing_a_day_does_not_move_the_focus_and_tab_goes_to_the_next_field(window, qtbot):
    form = open_form(window, qtbot)
    date = form.editor("birth_date").focus_target()
    type_into(qtbot, date, "15")
    assert QApplication.focusWidget() is date  # no jump to a month field
    type_into(qtbot, date, "/03-2011")  # other separators become dots
    assert date.text() == "15.03.2011"
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editor("registration_address").input
    assert form.values()["birth_date"] == "15.03.2011"


def test_the_clinic_and_the_application_ask_a_date_the_same_way(window, qtbot):
    form = open_form(window, qtbot)
    application = form.editor("birth_date")
    patient = window.screen("clinic_patient")
    mine = window.screen("clinic_mine")
    assert application.input.edits() == [application.input.edit]  # one field, not day/month/year
    for clinic in (patient.birth, mine.birth):
        assert clinic.edit.placeholderText() == application.input.edit.placeholderText() == "ДД.ММ.ГГГГ"
        assert clinic.edit.inputMethodHints() == application.input.edit.inputMethodHints()
        assert clinic.edit.maxLength() == application.input.edit.maxLength() == 10
        assert clinic.hint.text() == application.hint.text() == "День.месяц.год, например 14.03.1975"
    window.session.set_language("en")
    qtbot.waitUntil(lambda: patient.birth.edit.placeholderText() == "DD.MM.YYYY")
    for clinic in (patient.birth, mine.birth):
        assert clinic.edit.placeholderText() == application.input.edit.placeholderText() == "DD.MM.YYYY"
        assert clinic.hint.text() == application.hint.text() == "Day.month.year, for example 14.03.1975"


def test_a_message_goes_as_soon_as_the_field_is_corrected(window, qtbot):
    form = open_form(window, qtbot)
    date = form.editor("birth_date")
    type_into(qtbot, date.input.edit, "31.02.2011")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert date.error.isVisible() and form.summary.isVisible()
    count = sum(e.has_error for e in form.editors)
    assert f"({count})" in form.summary.text()
    date.input.edit.clear()
    type_into(qtbot, date.input.edit, "28.02.201")
    assert date.error.isVisible()  # not right yet: the message stays (no new one while typing)
    type_into(qtbot, date.input.edit, "1")
    assert QApplication.focusWidget() is date.input.edit  # still typing: no "Next", no leaving the field
    assert not date.error.isVisible() and not date.input.edit.property("invalid")
    assert f"({count - 1})" in form.summary.text()
    name = form.editor("full_name")
    type_into(qtbot, name.input, "Иванова Мария Петровна")
    assert not name.error.isVisible()
