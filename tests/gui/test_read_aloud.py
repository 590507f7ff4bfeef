"""Read-aloud for a visitor who cannot see: what is spoken on each screen, checked on the text
handed to Qt's mock speech engine (``QTextToSpeech("mock")``), not only that something was said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.ui.read_aloud import hint_text
from kiosk.ui.spoken import spell_groups

from .conftest import settle, show_screen


def _prepare(window, screen_id: str, suffix: str):
    return dict(window.registry.get(screen_id).screenshot_states)[suffix]


def _said(window) -> list[str]:
    said: list[str] = []
    window.reader.spoken.connect(said.append)
    return said


def _language(window, qtbot, language: str) -> None:
    window.session.set_language(language)
    qtbot.waitUntil(lambda: window.translations.language == language)
    settle(qtbot)


def _key(window, key) -> None:
    """A key pressed on the kiosk's keypad: delivered to the window as the platform delivers it."""
    QTest.keyClick(window.windowHandle(), key)


def test_spell_groups_reads_a_number_character_by_character_with_pauses():
    assert spell_groups("C4PK-7N2D-8WQR") == "C 4 P K, 7 N 2 D, 8 W Q R"
    assert spell_groups("A-1007") == "A, 1 0 0 7"


def test_every_screen_state_has_a_spoken_summary(window, qtbot):
    for language in ("ru", "en"):
        _language(window, qtbot, language)
        for spec in window.registry.specs():
            for suffix, prepare in spec.screenshot_states:
                screen = show_screen(window, spec.screen_id, qtbot)
                if prepare is not None:
                    prepare(screen)
                qtbot.waitUntil(screen.is_ready)
                settle(qtbot)
                assert screen.spoken_summary().strip(), (language, spec.screen_id, suffix)
                screen.reset()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Your receipt.", "Application saved on the kiosk.", "Receipt No.: K 7 Q W, 3 M 2 A, 9 X T P.",
            "you can check the status at this kiosk by its number", "touch “Done” to go back to the start"]),
    ("ru", ["Ваша расписка.", "Заявление сохранено на терминале.", "Расписка №: K 7 Q W, 3 M 2 A, 9 X T P.",
            "Готово"]),
])
def test_arriving_on_a_receipt_reads_what_was_done_the_number_in_groups_and_what_next(window, qtbot, language,
                                                                                       expected):
    _language(window, qtbot, language)
    window.session.set_read_aloud(True)
    _prepare(window, "receipt", "")(window.screen("receipt"))
    with qtbot.waitSignal(window.reader.spoken) as blocker:
        window.go("receipt")
    text = blocker.args[0]
    for part in expected:
        assert part in text, text
    assert text.index(expected[1]) < text.index(expected[2]) < text.index(expected[3])  # done, number, next
    assert window.reader.engine.engine() == "mock"


def test_a_queue_ticket_reads_the_ticket_number_and_the_wait(window, qtbot):
    _language(window, qtbot, "en")
    window.session.set_read_aloud(True)
    _prepare(window, "receipt", "ticket")(window.screen("receipt"))
    with qtbot.waitSignal(window.reader.spoken) as blocker:
        window.go("receipt")
    assert blocker.args[0].startswith("Queue ticket. Your ticket: A, 1 0 0 7. People ahead of you: 6."), blocker.args[0]


def test_a_status_answer_is_read_when_it_arrives(window, qtbot, pin_clock):
    from datetime import UTC, datetime

    pin_clock(datetime(2026, 11, 21, 9, 30, tzinfo=UTC))
    _language(window, qtbot, "en")
    window.session.set_read_aloud(True)
    screen = show_screen(window, "status", qtbot)
    said = _said(window)
    screen.number.setText("ZZZZ-ZZZZ-ZZZZ")
    screen.check()
    qtbot.waitUntil(lambda: any("No request with the number" in s for s in said))
    answer = next(s for s in said if "No request with the number" in s)
    assert answer.startswith("Check status by receipt.")


def test_a_status_answer_spells_its_number(window, qtbot):
    _language(window, qtbot, "en")
    screen = show_screen(window, "status", qtbot)
    _prepare(window, "status", "")(screen)
    summary = screen.spoken_summary()
    assert summary.startswith("K 7 Q W, 3 M 2 A, 9 X T P — Application for a public service"), summary
    assert "Accepted by the regional office" in summary


def test_errors_that_appear_are_read_with_the_field_they_belong_to(window, qtbot):
    _language(window, qtbot, "en")
    window.session.set_read_aloud(True)
    screen = show_screen(window, "meters", qtbot)
    said = _said(window)
    _prepare(window, "meters", "errors")(screen)  # a mistyped account number, no house number: "Next"
    qtbot.waitUntil(lambda: any("Personal account number: This account number has a typing error" in s
                                for s in said))
    text = said[-1]
    assert "House number: Enter the house number" in text


def test_lists_say_how_many_and_the_first_items(window, qtbot):
    _language(window, qtbot, "en")
    window.session.set_read_aloud(True)
    said = _said(window)
    _key(window, Qt.Key.Key_F1)  # "read this screen" on Home
    assert said and said[-1].startswith("Main menu. Welcome! Choose what you need. Items in the list: 7. "
                                        "The first: Offices and opening hours;"), said


def test_nothing_found_is_read(window, qtbot):
    _language(window, qtbot, "en")
    window.session.set_read_aloud(True)
    screen = show_screen(window, "catalogue", qtbot)
    said = _said(window)
    screen.set_query("qwzx flurb")
    qtbot.waitUntil(lambda: any("Nothing found for" in s for s in said))


def test_arrival_reads_a_control_of_the_new_screen_never_one_of_the_screen_before(window, qtbot):
    _language(window, qtbot, "en")
    screen = show_screen(window, "catalogue", qtbot)
    screen.search.setFocus()
    window.session.set_read_aloud(True)
    with qtbot.waitSignal(window.reader.spoken) as blocker:
        window.go("status")
    text = blocker.args[0]
    assert "Search services" not in text
    assert text.startswith("Check status by receipt. Type the receipt number")
    assert window.current_screen().number.accessibleName() in text  # the field that has focus now


def test_read_this_screen_button_speaks_on_demand_and_speech_stops_on_leaving(window, qtbot):
    _language(window, qtbot, "en")
    assert not window.session.read_aloud
    assert window.read_button.height() >= 64 and window.read_button.width() >= 64
    assert window.read_button.text() == "Read aloud"
    show_screen(window, "offices", qtbot)
    with qtbot.waitSignal(window.reader.spoken) as blocker:
        window.read_button.click()
    assert blocker.args[0].startswith("Offices and opening hours. Visit any of these offices.")
    assert "MFC Leninsky District. Address: 38 Goncharova St, Ulyanovsk." in blocker.args[0]
    engine = window.reader.engine
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Speaking)
    with qtbot.assertNotEmitted(window.reader.spoken):  # read-aloud is off: nothing said on arrival
        window.back()
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready)  # and the old screen's speech stopped


def test_home_says_how_to_turn_read_aloud_on_a_few_seconds_after_a_touch(window, qtbot):
    _language(window, qtbot, "ru")
    window.read_aloud.hint_timer.setInterval(100)
    said = _said(window)
    _key(window, Qt.Key.Key_Shift)  # someone is at the kiosk
    qtbot.waitUntil(lambda: bool(said))
    assert said == [hint_text()]
    assert "F1" in said[0] and said[0].startswith("Чтобы")
    window.go("offices")
    _key(window, Qt.Key.Key_Shift)
    qtbot.wait(300)  # longer than the hint's delay: away from Home, no hint
    assert said == [hint_text()]


def test_no_hint_after_the_idle_wipe_or_at_start_up(make_window, qtbot):
    window = make_window(idle_timeout_ms=50, idle_warning_s=1, idle_tick_ms=20)
    window.read_aloud.hint_timer.setInterval(100)
    said = _said(window)
    qtbot.wait(300)  # nobody touched the kiosk since it started
    assert said == []
    window.go("offices")
    with qtbot.waitSignal(window.session_wiped, timeout=5000):
        pass
    qtbot.wait(300)
    assert hint_text() not in said


def test_f1_turns_read_aloud_on_and_reads_the_screen_f2_turns_it_off(window, qtbot):
    _language(window, qtbot, "en")
    said = _said(window)
    _key(window, Qt.Key.Key_F1)
    assert window.session.read_aloud
    assert said[-1].startswith("Main menu.")
    _key(window, Qt.Key.Key_F2)
    assert not window.session.read_aloud and said[-1] == "Read aloud off"
    _key(window, Qt.Key.Key_F2)
    assert window.session.read_aloud and said[-1] == "Read aloud on"


def test_keys_typed_into_a_field_are_announced(window, qtbot):
    _language(window, qtbot, "ru")
    screen = show_screen(window, "status", qtbot)
    window.session.set_read_aloud(True)
    screen.number.setFocus()
    said = _said(window)
    _key(window, Qt.Key.Key_7)
    _key(window, Qt.Key.Key_Backspace)
    assert said == ["7", "Стереть"]
    assert screen.number.text() == ""  # the key still did its job


def test_a_printer_that_cannot_print_is_told_once_per_flow_not_on_every_screen(window, qtbot):
    """The notice shows on every screen of a flow, but read-aloud says it on Home (the flow's
    start) only, again when a printer that could print stops, and again on the next visit to Home.
    (It was read inside every screen's summary; and on arrival it was not yet on the new screen,
    so the screen was read a second time a moment later with it.)"""
    from kiosk.printing.cups_print import PrinterState

    _language(window, qtbot, "en")
    notice = "The printer is not working now"
    window.printing._set_state(PrinterState("stopped", detail="paused"))
    window.session.set_read_aloud(True)
    said = _said(window)
    window.go("offices")
    window.home()
    qtbot.waitUntil(lambda: any(t.startswith("Main menu") for t in said))
    [home_text] = [t for t in said if t.startswith("Main menu")]
    assert notice in home_text
    for screen_id in ("offices", "status"):
        del said[:]
        show_screen_keeping_home(window, screen_id, qtbot)
        qtbot.wait(600)  # two rounds of the read-aloud's watch: nothing re-read with the notice
        assert said and all(notice not in t for t in said), (screen_id, said)
        assert window.printer_notice.isVisible()  # still shown to the eye
    window.printing._set_state(PrinterState("paper_out", detail="no paper"))  # still cannot print
    qtbot.wait(600)
    assert all(notice not in t for t in said), said
    window.printing._set_state(PrinterState("ready"))
    del said[:]
    window.printing._set_state(PrinterState("paper_out", detail="no paper"))  # it has just stopped
    qtbot.waitUntil(lambda: any(notice in t for t in said))
    assert said[-1].startswith("Check status by receipt")  # read where the visitor is


def show_screen_keeping_home(window, screen_id: str, qtbot):
    """Go on from the current screen as a visitor does (``show_screen`` goes Home first)."""
    window.go(screen_id)
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    settle(qtbot)
    return screen
