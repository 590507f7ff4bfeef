"""The way into the consoles: hidden entry, PIN pad, first-run wizard, lockout (also across a
restart), the console idle timeout, and that a citizen cannot reach a console by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame

from kiosk.console import pins
from kiosk.ui.console.base import ConsoleScreen
from kiosk.ui.console.controller import is_console
from kiosk.ui.console.pinpad import INPUT_STATES
from offline_db.opening import open_store

TECH_PIN, CLERK_PIN = "582139", "904127"


@pytest.fixture
def with_pins(db_path: Path) -> Path:
    with open_store(db_path) as store:
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
    return db_path


def audit(db_path: Path) -> list[tuple[str, str, str]]:
    with open_store(db_path) as store:
        return [(r["role"], r["action"], r["target"]) for r in
                store.query("SELECT role, action, target FROM audit_log ORDER BY id")]


def enter_pin(window, qtbot, pin: str) -> None:
    pad = window.current_screen()
    assert pad.screen_id == "console_pin"
    qtbot.waitUntil(lambda: pad.state in (*INPUT_STATES, "locked"))
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)


def open_console(window, qtbot, pin: str) -> None:
    # through the window, as a real service keyboard's keys arrive
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "console_pin"
    enter_pin(window, qtbot, pin)
    qtbot.waitUntil(lambda: window.current_id == "console_menu")


def top_bar(window) -> QFrame:
    return window.findChild(QFrame, "TopBar")


def test_service_keys_open_the_pin_pad_and_a_good_pin_the_console(with_pins, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    open_console(window, qtbot, CLERK_PIN)
    assert window.console.role == "clerk"
    menu = window.current_screen()
    assert not menu.tech_row.isVisibleTo(window)  # a clerk sees no technician actions
    window.go("console_settings")
    assert window.current_id == "console_menu"     # refused for a clerk
    assert ("clerk", "login", "") in audit(with_pins)
    qtbot.mouseClick(menu.logout_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "home" and not window.console.active
    qtbot.waitUntil(lambda: not window.findChildren(ConsoleScreen))
    assert ("clerk", "logout", "logout") in audit(with_pins)


def test_five_second_hold_on_the_title_corner_opens_the_pad(with_pins, make_window, qtbot):
    window = make_window(kiosk_mode=True, console_hold_ms=300)
    bar = top_bar(window)
    # a tap in the corner does nothing
    qtbot.mousePress(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(10, 10)))
    qtbot.mouseRelease(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(10, 10)))
    assert not window.console._hold.isActive() and window.current_id == "home"
    # a long press elsewhere in the title bar does nothing either
    qtbot.mousePress(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(bar.width() // 2, 10)))
    assert not window.console._hold.isActive()
    qtbot.mouseRelease(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(bar.width() // 2, 10)))
    # held in the corner: the pad opens
    with qtbot.waitSignal(window.console.entry_requested, timeout=3000):
        qtbot.mousePress(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(10, 10)))
    qtbot.mouseRelease(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(10, 10)))
    assert window.current_id == "console_pin"
    assert window.console._hold.interval() == 300


def test_the_real_hold_is_five_seconds(make_window):
    window = make_window(kiosk_mode=True)
    assert window.console._hold.interval() == 5000


def test_wrong_pins_lock_the_pad_for_five_minutes_even_after_a_restart(with_pins, make_window, qtbot, tasks):
    window = make_window(kiosk_mode=True)
    window.console.open_pad()
    pad = window.current_screen()
    for attempt in range(5):
        enter_pin(window, qtbot, "11223")
        qtbot.waitUntil(lambda: pad.state in ("login", "locked"))
        if attempt < 4:
            assert str(4 - attempt) in pad.message.text()
            assert "Attempts left" in pad.message.text() or "Попыток" in pad.message.text()
    assert pad.state == "locked"
    assert 290 <= pad.seconds_left() <= 300
    assert not pad.digit_buttons["1"].isEnabled() and not pad.ok_button.isEnabled()
    # OK greys out like the digits (a disabled "primary" button would keep its blue fill)
    assert pad.ok_button.property("role") != "primary"
    assert pad.dots.text() in ("5:00", "4:59")
    # a right PIN now is refused without even being checked
    assert [a for a in audit(with_pins) if a[1] == "login_failed"].__len__() == 5
    # "restart": a new window on the same store shows the pad locked
    window.console.end("logout")
    window.shutdown()
    window.close()
    again = make_window(kiosk_mode=True)
    again.console.open_pad()
    pad2 = again.current_screen()
    qtbot.waitUntil(lambda: pad2.state == "locked")
    assert pad2.seconds_left() > 280
    assert not pad2.ok_button.isEnabled()


def test_console_session_ends_after_idle_leaving_nothing_on_screen(with_pins, make_window, qtbot):
    window = make_window(kiosk_mode=True, console_idle_ms=400)
    open_console(window, qtbot, TECH_PIN)
    window.go("console_audit")
    qtbot.waitUntil(lambda: window.current_id == "console_audit")
    assert not window.idle._idle.isActive()  # the citizen idle timer waits while staff work
    with qtbot.waitSignal(window.console.ended, timeout=5000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert window.current_id == "home" and not window.history
    assert window.a11y_button.isVisible()
    qtbot.waitUntil(lambda: not window.findChildren(ConsoleScreen))
    assert not any(is_console(s) for s in window.screens)
    assert window.idle._idle.isActive()
    assert ("technician", "logout", "idle") in audit(with_pins)


def test_without_a_setup_code_nobody_at_the_screen_can_set_the_first_pin(db_path, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    window.console.open_pad()
    pad = window.current_screen()
    qtbot.waitUntil(lambda: pad.state == "no_setup")
    assert not pad.ok_button.isEnabled() and not any(b.isEnabled() for b in pad.digit_buttons.values())
    assert not pad.pad.isVisible() and not pad.dots.isVisible()  # nothing to type
    for digit in "760193":   # typed on a service keyboard: ignored
        qtbot.keyClick(pad, getattr(Qt.Key, f"Key_{digit}"))
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert pad.state == "no_setup" and pad.digits == ""
    text = pad.message.text()
    assert pad.message.isVisible() and "main.py set-pin --role technician" in text and "main.py setup-code" in text
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "Техник" in pad.message.text())
    assert "main.py setup-code" in pad.message.text() and "ПИН" in pad.prompt.text()
    with open_store(db_path) as store:
        assert not pins.has_pin(store, "technician")


def pad_with_a_setup_code(db_path, make_window, qtbot):
    """A kiosk without a technician PIN, a setup code printed for it, the pad open (in English)."""
    with open_store(db_path) as store:
        code = pins.new_setup_code(store)
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    window.console.open_pad()
    pad = window.current_screen()
    qtbot.waitUntil(lambda: pad.state == "setup_code")
    return window, pad, code


def test_first_run_wizard_sets_the_technician_pin_with_the_setup_code(db_path, make_window, qtbot):
    window, pad, code = pad_with_a_setup_code(db_path, make_window, qtbot)
    assert "setup code" in pad.prompt.text() and "main.py setup-code" in pad.message.text()
    enter_pin(window, qtbot, "1" * pins.SETUP_DIGITS)  # a wrong code counts like a wrong PIN
    qtbot.waitUntil(lambda: pad.state == "setup_code" and "Wrong" in pad.message.text())
    assert "4" in pad.message.text()
    enter_pin(window, qtbot, code)
    qtbot.waitUntil(lambda: pad.state == "first")
    assert "6 to 12 digits" in pad.prompt.text()
    enter_pin(window, qtbot, "48217")                # too short
    assert pad.state == "first" and "6 to 12 digits" in pad.message.text()
    enter_pin(window, qtbot, "234567")               # too easy
    assert pad.state == "first" and "too easy" in pad.message.text()
    enter_pin(window, qtbot, "760193")
    assert pad.state == "first_repeat"
    enter_pin(window, qtbot, "760194")               # differs: start again
    assert pad.state == "first"
    enter_pin(window, qtbot, "760193")
    enter_pin(window, qtbot, "760193")
    qtbot.waitUntil(lambda: window.current_id == "console_menu")
    assert window.console.role == "technician"
    with open_store(db_path) as store:
        assert pins.has_pin(store, "technician") and not pins.setup_pending(store)
        assert "760193" not in "\n".join(store.conn.iterdump()) and code not in "\n".join(store.conn.iterdump())
        assert not pins.check_setup_code(store, code).ok  # used up
    events = audit(db_path)
    assert ("-", "setup_code_failed", "") in events and ("technician", "set_pin", "technician") in events


def test_a_setup_code_used_up_meanwhile_starts_the_wizard_again(db_path, make_window, qtbot):
    window, pad, code = pad_with_a_setup_code(db_path, make_window, qtbot)
    enter_pin(window, qtbot, code)
    qtbot.waitUntil(lambda: pad.state == "first")
    with open_store(db_path) as store:  # a technician replaced it on the kiosk computer meanwhile
        pins.new_setup_code(store)
    enter_pin(window, qtbot, "760193")
    enter_pin(window, qtbot, "760193")
    qtbot.waitUntil(lambda: pad.state == "setup_code")
    assert "no longer valid" in pad.message.text() and pad.setup_code == ""
    with open_store(db_path) as store:
        assert not pins.has_pin(store, "technician")


def test_an_older_short_pin_must_be_replaced_before_the_console_opens(db_path, make_window, qtbot):
    with open_store(db_path) as store:
        pins.set_pin(store, "technician", TECH_PIN)
        store.set_setting("console.pin.clerk", pins.hash_pin("4821"))  # as an older version stored it
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    window.console.open_pad()
    pad = window.current_screen()
    enter_pin(window, qtbot, "4821")
    qtbot.waitUntil(lambda: pad.state == "renew")
    assert window.current_id == "console_pin" and window.console.role is None
    assert "shorter than 6 digits" in pad.message.text() and "6 to 12 digits" in pad.prompt.text()
    enter_pin(window, qtbot, TECH_PIN)               # the technician's PIN: refused after the repeat
    enter_pin(window, qtbot, TECH_PIN)
    qtbot.waitUntil(lambda: pad.state == "renew" and "must differ" in pad.message.text())
    enter_pin(window, qtbot, "904127")
    assert pad.state == "renew_repeat"
    enter_pin(window, qtbot, "904127")
    qtbot.waitUntil(lambda: window.current_id == "console_menu")
    assert window.console.role == "clerk"
    with open_store(db_path) as store:
        assert pins.login(store, "904127").role == "clerk" and not pins.login(store, "4821").ok
    assert ("clerk", "set_pin", "clerk") in audit(db_path)


CITIZEN_KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier),
] + [(getattr(Qt.Key, f"Key_F{n}"), Qt.KeyboardModifier.NoModifier) for n in range(1, 13)] \
  + [(getattr(Qt.Key, f"Key_F{n}"), Qt.KeyboardModifier.AltModifier) for n in range(1, 13)]


def test_a_citizen_cannot_reach_a_console_or_leave_kiosk_mode(with_pins, make_window, qtbot):
    window = make_window(kiosk_mode=True, console_hold_ms=300)
    seen: list[str] = []
    window.screen_changed.connect(seen.append)
    for screen_id in ("catalogue", "queue_ticket", "status", "home"):
        window.go(screen_id)
        for key, mods in CITIZEN_KEYS:
            qtbot.keyClick(window.windowHandle(), key, mods)  # as a real keyboard's keys arrive
            assert not window.console.active, (screen_id, key, mods)
            assert window.isVisible() and window.kiosk_mode
    # taps everywhere along the title bar and the screen do not start the hold timer outside the corner
    bar = top_bar(window)
    for x in range(150, bar.width(), 200):
        qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=bar.mapTo(window, QPoint(x, 10)))
        assert not window.console._hold.isActive()
    window.close()
    assert window.isVisible()  # kiosk mode refuses to close
    # console screens cannot be opened by navigation in kiosk mode
    for screen_id in ("console_menu", "console_settings", "console_pin", "console_maintenance"):
        window.go(screen_id)
        assert not is_console(window.current_id)
    assert not any(is_console(s) for s in seen)


def test_the_pad_screenshots_show_sign_in_and_first_run_as_different_states(db_path, make_window, qtbot):
    """The plain ``console_pin`` screenshot is the everyday sign-in, not the first-run wizard."""
    from kiosk.ui.screens import registry as reg

    window = make_window(kiosk_mode=False)
    spec = next(s for s in reg.default_registry().specs() if s.screen_id == "console_pin")
    prompts = {}
    for suffix, prepare in spec.screenshot_states:
        window.go("console_pin")   # as --screenshots does
        pad = window.current_screen()
        prepare(pad)
        prompts[suffix] = (pad.state, pad.prompt.text(), pad.ok_button.property("role"))
        pad.reset()
    assert prompts[""][0] == "login" and prompts["first"][0] == "first"
    assert prompts["setup"][0] == "setup_code" and prompts["no-setup"][0] == "no_setup"
    assert prompts["renew"][0] == "renew"
    assert len({p[1] for p in prompts.values()}) == len(prompts) - 1  # "error" is the sign-in prompt
    assert prompts["no-setup"][2] != "primary"
    assert prompts[""][2] == "primary" and prompts["locked"][2] != "primary"
