"""Public services end to end in the GUI: search, service card, form, review, submit, receipt;
language switch; idle wipe; the new screens' states checked for names, targets and contrast."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.ui.untrusted import FSI, PDI
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store

from .conftest import settle
from .test_a11y_walk import colours, contrast


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A store holding the whole demo region (120 services, offices, categories)."""
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
    return path


def go_tile(window, qtbot, screen_id: str):
    home = window.current_screen()
    tile = next(t for t, spec in home._tile_specs if spec.screen_id == screen_id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_id == screen_id
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    return screen


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    """Type character by character as a keyboard (or the on-screen keyboard) does; any script."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def check_a11y(window, where: str) -> None:
    """Names, 64 px targets and 4.5:1 contrast for what the current screen shows now."""
    settle(None)
    for widget in window.current_screen().findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QAbstractButton, QLineEdit)) and widget.focusPolicy():
            assert widget.accessibleName(), (where, widget.objectName())
            assert widget.width() >= 64 and widget.height() >= 64, (where, widget.objectName(), widget.size())
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip():
            fg, bg = colours(widget)
            if isinstance(widget, QLabel) and widget.property("role") == "success":
                bg = widget.palette().color(widget.backgroundRole())  # a banner: its own background
            assert contrast(fg, bg) >= 4.5, (where, widget.text())
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            assert widget.heightForWidth(widget.width()) <= widget.height() + 1, (where, widget.text()[:40])


def test_search_card_form_review_submit_receipt(window, qtbot, db_path):
    catalogue = go_tile(window, qtbot, "catalogue")
    qtbot.waitUntil(lambda: len(catalogue.category_buttons) == 10)
    type_into(qtbot, catalogue.search, "паспортом")  # inflected: the index holds "паспорт", "паспорта"
    qtbot.waitUntil(lambda: catalogue._state == "results" and catalogue.is_ready())
    first_item, first_button = catalogue.result_buttons[0]
    assert "<u>" in first_button.caption.text()
    assert "паспорт" in first_item.name_ru.lower()
    check_a11y(window, "search results")

    # an impossible query says what to try instead
    catalogue.search.clear()
    type_into(qtbot, catalogue.search, "зюзюкабрра")
    qtbot.waitUntil(lambda: catalogue._state == "empty" and catalogue.is_ready())
    assert "Попробуйте ввести меньше слов" in catalogue.message.text() and not catalogue.result_buttons
    assert catalogue.message.property("role") == "status"  # a clear banner, not a grey hint
    catalogue.search.clear()
    type_into(qtbot, catalogue.search, "паспорт 14")
    qtbot.waitUntil(lambda: catalogue._state == "results" and catalogue.is_ready())
    button = next(b for item, b in catalogue.result_buttons if item.id == "svc-001")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.current_id == "service_card"
    card = window.current_screen()
    qtbot.waitUntil(lambda: card._state == "ready")
    assert card.name.text() == "Выдача паспорта гражданина РФ в 14 лет"
    assert "Свидетельство о рождении" in card.labels["documents"][1].text()
    assert card.apply_button.isVisible() and card.ticket_button.isVisible()
    check_a11y(window, "service card")
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)

    assert window.current_id == "application"
    form = window.current_screen()
    names = [e.field["name"] for e in form.editors]
    assert names == ["full_name", "birth_date", "registration_address", "receive_by", "phone", "email", "consent"]
    phone = form.editor("phone").input
    assert phone.inputMethodHints() & Qt.InputMethodHint.ImhDialableCharactersOnly
    date = form.editor("birth_date").input.edit  # one field, the keyboard's digits and dot
    assert date.inputMethodHints() & Qt.InputMethodHint.ImhFormattedNumbersOnly

    # invalid input: a message at the field when leaving it, and at every wrong field on Next
    type_into(qtbot, phone, "12345")
    form.editor("email").input.setFocus()
    qtbot.waitUntil(lambda: form.editor("phone").error.isVisible())
    assert "10 цифр" in form.editor("phone").error.text()
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "application"
    assert form.summary.isVisible()
    for name in ("full_name", "birth_date", "registration_address", "receive_by", "consent"):
        assert form.editor(name).error.isVisible(), name
    assert "Заполните" in form.editor("full_name").error.text()
    assert not form.editor("email").error.isVisible()  # optional and empty
    check_a11y(window, "form with errors")
    window.session.set_language("en")
    qtbot.waitUntil(lambda: form.editor("full_name").label.text() == "Full name *")
    assert form.editor("full_name").error.text() == "⚠ Fill in this field."
    assert "10 digits" in form.editor("phone").error.text()
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: form.editor("full_name").label.text() == "Фамилия, имя, отчество *")
    # wrong fields have a red border, the date parts included
    assert form.editor("full_name").input.property("invalid") is True
    assert all(e.property("invalid") for e in form.editor("birth_date").input.edits())
    assert not form.editor("email").input.property("invalid")

    # a day the month does not have: the message says how many days it has
    type_into(qtbot, form.editor("birth_date").input.edit, "31.02.2011")
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.editor("birth_date").error.text() == "⚠ В феврале 2011 года 28 дней: проверьте день."
    window.session.set_language("en")
    qtbot.waitUntil(lambda: form.editor("birth_date").error.text() == "⚠ February 2011 has 28 days: check the day.")
    window.session.set_language("ru")
    for edit in form.editor("birth_date").input.edits():
        edit.clear()

    # valid input
    type_into(qtbot, form.editor("full_name").input, "Иванова Мария Петровна")
    type_into(qtbot, form.editor("birth_date").input.edit, "14.03.2011")
    type_into(qtbot, form.editor("registration_address").input, "г. Ульяновск, ул. Гончарова, д. 38, кв. 5")
    qtbot.mouseClick(form.editor("receive_by").options[0][1], Qt.MouseButton.LeftButton)
    phone.clear()
    type_into(qtbot, phone, "8 912 345-67-89")
    qtbot.mouseClick(form.editor("consent").options[0][1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)

    assert window.current_id == "application_review"
    # the corrected fields lost their red border
    assert not any(e.property("invalid") for e in form.editor("birth_date").input.edits())
    assert not form.editor("full_name").input.property("invalid")
    review = window.current_screen()
    # the visitor's answers are echoed isolated (their direction cannot turn the screen's text around)
    assert all(v.text().startswith(FSI) and v.text().endswith(PDI) for _f, _l, v in review.rows)
    shown = {f["name"]: v.text()[1:-1] for f, _l, v in review.rows}
    # every field of the form is on the review, the registration address (type "address") included
    assert list(shown) == names
    assert shown["registration_address"] == "г. Ульяновск, ул. Гончарова, д. 38, кв. 5"
    assert shown["birth_date"] == "14.03.2011" and shown["consent"] == "Да"
    labels = {f["name"]: label.text() for f, label, _v in review.rows}
    assert labels["registration_address"] == "Адрес регистрации по месту жительства"
    assert all("bold" in v.styleSheet() for _f, _l, v in review.rows)  # answers stand out from questions
    assert shown["full_name"] == "Иванова М. П."
    assert shown["phone"] == "+79•••••••89"
    assert "Мария" not in " ".join(shown.values())
    assert shown["receive_by"] == "Лично в МФЦ"
    check_a11y(window, "review")
    qtbot.mouseClick(review.submit_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.current_id == "receipt")
    receipt = window.current_screen()
    qtbot.waitUntil(receipt.is_ready)
    number = receipt.number.text()
    assert len(number) == 14 and receipt.qr.matrix
    assert receipt.print_state == "printed"
    assert "Ленинский" in receipt.details.text() and "(UTC+4)" in receipt.details.text()
    # just saved in the outbox, not delivered yet: the receipt says so, and where to check the status
    assert receipt.what.text() == "Заявление сохранено на терминале"
    assert "автоматически" in receipt.details.text() and "на этом терминале" in receipt.details.text()
    assert "Срок оказания: 10 рабочих дней" in receipt.details.text()
    assert receipt.print_message.property("role") == "success"
    check_a11y(window, "receipt")
    with open_store(db_path) as store:
        item = outbox.get_by_receipt(store, number)
        assert item is not None and item.state == "pending" and item.kind == "application"
        assert item.payload["fields"]["phone"] == "+79123456789"
        assert item.payload["fields"]["birth_date"] == "2011-03-14"
    assert (db_path.parent / "printed" / f"receipt-{number}.pdf").is_file()
    # the form and the review forgot the citizen's answers
    assert form.editors == [] and review.values == {}
    window.back()
    assert window.current_id == "home"


def test_failed_print_is_shown_with_number_and_qr(window, qtbot, db_path):
    with open_store(db_path) as store:
        store.set_setting("printer", "no-such-printer")
    queue = go_tile(window, qtbot, "queue_ticket")
    qtbot.mouseClick(queue.buttons[0][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_id == "receipt")
    receipt = window.current_screen()
    qtbot.waitUntil(receipt.is_ready)
    assert receipt.print_state == "failed"
    assert receipt.print_message.isVisible() and "Принтер не работает" in receipt.print_message.text()
    assert receipt.number.text() and receipt.qr.matrix and receipt.frame.isVisible()
    assert receipt.print_message.property("role") == "status"
    assert receipt.print_button.text() == "Попробовать напечатать снова"
    assert "сфотографируйте QR-код" in receipt.print_message.text()
    # a queue ticket is titled as a ticket; the card does not repeat the big number and the wait
    assert window.title_label.text() == "Талон электронной очереди" and not receipt.what.isVisible()
    assert receipt.ticket.isVisible() and "Перед вами" not in receipt.details.text()
    assert "Раздел: Паспорта и регистрация граждан" in receipt.details.text()


def test_review_sample_shows_every_field_of_the_service(window, qtbot, db_path):
    from kiosk.ui.screens.services import _review

    window.go("application_review")
    review = window.current_screen()
    _review(review)
    qtbot.waitUntil(review.is_ready)
    assert [f["name"] for f, _l, _v in review.rows] == [
        "full_name", "birth_date", "registration_address", "receive_by", "phone", "email", "consent"]
    assert all(v.text() for _f, _l, v in review.rows)


def test_category_count_stays_with_its_name(window, qtbot):
    catalogue = go_tile(window, qtbot, "catalogue")
    qtbot.waitUntil(lambda: len(catalogue.category_buttons) == 10)
    for row, button in catalogue.category_buttons:
        assert button.caption.text().endswith(f"\u00a0({row['services']})")


def test_language_switch_retranslates_catalogue_data_in_place(window, qtbot):
    catalogue = go_tile(window, qtbot, "catalogue")
    qtbot.waitUntil(lambda: len(catalogue.category_buttons) == 10)
    qtbot.mouseClick(catalogue.category_buttons[0][1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue._state == "listing" and catalogue.is_ready())
    first = catalogue.result_buttons[0][1].caption.text()
    assert catalogue.list_heading.text() == "Паспорта и регистрация граждан"
    window.session.set_language("en")
    qtbot.waitUntil(lambda: catalogue.list_heading.text() == "Passports and residence registration")
    assert catalogue.result_buttons[0][1].caption.text() != first
    assert catalogue.categories_heading.text() == "Categories"
    assert window.title_label.text() == "Public services"
    # an English search highlights English names
    type_into(qtbot, catalogue.search, "passport")
    qtbot.waitUntil(lambda: catalogue._state == "results" and catalogue.is_ready())
    assert "<u>" in catalogue.result_buttons[0][1].caption.text()
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: catalogue.categories_heading.text() == "Категории")
    assert "<u>" not in catalogue.result_buttons[0][1].caption.text()  # Russian names, not highlighted
    assert catalogue.categories_heading.text() == "Категории"


def test_stale_search_results_are_discarded(window, qtbot):
    catalogue = go_tile(window, qtbot, "catalogue")
    catalogue.set_query("пенсия")
    catalogue._run_search()
    catalogue.set_query("паспорт")
    catalogue._run_search()
    qtbot.waitUntil(lambda: catalogue.is_ready() and catalogue._state == "results")
    assert catalogue.found.query == "паспорт"


def test_idle_wipe_clears_every_services_screen(window, qtbot):
    catalogue = go_tile(window, qtbot, "catalogue")
    type_into(qtbot, catalogue.search, "паспорт")
    qtbot.waitUntil(lambda: catalogue._state == "results" and catalogue.is_ready())
    qtbot.mouseClick(catalogue.result_buttons[0][1], Qt.MouseButton.LeftButton)
    card = window.current_screen()
    qtbot.waitUntil(lambda: card._state == "ready")
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)
    form = window.current_screen()
    type_into(qtbot, form.editors[0].input, "Иванов Иван")
    status = window.screen("status")
    status.number.setText("K7QW-3M2A-9XTP")
    window.wipe_session()
    assert window.current_id == "home"
    assert catalogue.search.text() == "" and catalogue.result_buttons == []
    assert card.service is None and form.editors == [] and status.number.text() == ""
    for screen in window.screens.values():
        for edit in screen.findChildren(QLineEdit):
            assert edit.text() == "", (screen.screen_id, edit.objectName())
