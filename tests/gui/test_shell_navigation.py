"""Navigation, keypad operation, kiosk mode and the damaged-store notice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.text_field import KioskLineEdit

from .conftest import settle, show_screen


def test_tiles_lead_to_working_screens_and_back(window, qtbot):
    home = window.current_screen()
    assert window.current_id == "home"
    for tile, spec in home._tile_specs:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.current_id == spec.screen_id
        qtbot.waitUntil(window.current_screen().is_ready)
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
        assert window.current_id == "home"


def test_home_button_clears_history(window, qtbot):
    window.go("offices")
    window.go("accessibility")
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "home" and window.history == []


def test_escape_is_back(window, qtbot):
    window.go("offices")
    window.go("accessibility")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.current_id == "offices"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.current_id == "home"


def test_keypad_tab_and_enter(window, qtbot):
    first = QApplication.focusWidget()
    assert first is window.current_screen()._tile_specs[0][0]
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not first
    qtbot.keyClick(second, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_id == "offices")


def test_arriving_on_a_screen_focuses_its_first_field_without_selecting_it(window, qtbot):
    screen = show_screen(window, "status", qtbot)
    field = QApplication.focusWidget()
    assert isinstance(field, KioskLineEdit) and screen.isAncestorOf(field)
    field.setText("K7QW")
    window.go("accessibility")
    window.back()
    assert QApplication.focusWidget() is field
    assert not field.hasSelectedText()  # typing goes on after "K7QW" instead of erasing it


def test_a_screen_with_nothing_to_focus_takes_the_focus_itself(window, qtbot):
    a11y = show_screen(window, "accessibility", qtbot)
    assert a11y.isAncestorOf(QApplication.focusWidget())
    window.go("offices")  # cards only: nothing on it that Tab reaches
    offices = window.current_screen()
    focused = QApplication.focusWidget()
    assert not a11y.isAncestorOf(focused)  # no control of the hidden screen keeps the keypad
    assert focused is offices or offices.isAncestorOf(focused)


def test_offices_show_store_data_in_both_languages(window, qtbot):
    screen = show_screen(window, "offices", qtbot)
    names = [card.name.text() for card in screen.cards]
    assert "МФЦ Ленинского района" in names
    window.session.set_language("en")
    qtbot.waitUntil(lambda: "MFC Leninsky District" in [card.name.text() for card in screen.cards])
    assert screen.cards[0].row["id"] == "uly-1"  # this kiosk's office (first by id) comes first
    assert screen.cards[0].here.isVisible()


def test_kiosk_mode_cannot_be_closed_or_left(make_window, qtbot):
    window = make_window(kiosk_mode=True)
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    for key, mods in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window, key, mods)
        window.close()
        assert window.isVisible()
    assert window.current_id == "home"
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.event(override) and override.isAccepted()


def test_windowed_mode_closes(make_window):
    window = make_window(kiosk_mode=False)
    assert window.close()


def test_damaged_store_notice(qtbot, tmp_path):
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    runner = TaskRunner(lambda: open_store(path))
    try:
        window = KioskWindow(runner, default_registry(), kiosk_mode=False, tts_engine="mock")
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        home = window.current_screen()
        qtbot.waitUntil(lambda: home.notice.isVisible())
        assert "чистой копией" in home.notice_text.text()
        window.session.set_language("en")
        qtbot.waitUntil(lambda: "fresh copy" in home.notice_text.text() and "staff know" in home.notice_text.text())
        assert list(tmp_path.glob("broken.sqlite3.corrupt-*"))
        qtbot.mouseClick(home.notice_ok, Qt.MouseButton.LeftButton)
        assert not home.notice.isVisible()
        window.shutdown()
    finally:
        runner.shutdown()


def test_line_edit_input_hints(qtbot):
    text, digits = KioskLineEdit(), KioskLineEdit(numeric=True)
    phone = KioskLineEdit(dialable=True, sensitive=True)
    for w in (text, digits, phone):
        qtbot.addWidget(w)
    assert not text.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly
    assert digits.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly
    assert phone.inputMethodHints() & Qt.InputMethodHint.ImhDialableCharactersOnly
    assert phone.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    assert digits.minimumHeight() >= 64


def test_offline_demo_status_is_shown(window, qtbot):
    settle(qtbot)
    assert window.status_label.isVisible()
    assert window.status_label.text() == "Нет связи · демо-данные"
    label = window.status_label
    # one line, not wrapped: the badge takes the width its text needs (it wrapped onto three lines)
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    assert label.height() < 2 * label.fontMetrics().height() + 24
