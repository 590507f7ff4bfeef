"""Idle timeout: warning, countdown, Continue, and the full session wipe."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_warning_counts_down_and_continue_keeps_session(make_window, qtbot):
    window = make_window(idle_timeout_ms=50, idle_warning_s=20, idle_tick_ms=20)
    window.go("offices")
    with qtbot.waitSignal(window.idle.warning_started, timeout=2000):
        pass
    assert window.overlay.isVisible()
    qtbot.waitUntil(lambda: window.overlay.seconds <= 18)
    assert "18" in window.overlay.countdown.text() or window.overlay.seconds < 18
    qtbot.mouseClick(window.overlay.continue_button, Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible()
    assert window.current_id == "offices"


def test_wipe_restores_defaults(make_window, qtbot):
    window = make_window(idle_timeout_ms=60_000, idle_warning_s=20, idle_tick_ms=10)
    session = window.session
    window.go("accessibility")
    screen = window.current_screen()
    qtbot.mouseClick(screen.size_buttons[200], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.contrast_on, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.speech_on, Qt.MouseButton.LeftButton)
    session.set_language("en")
    assert (session.font_scale, session.high_contrast, session.read_aloud) == (200, True, True)
    window.idle.configure(30, 20)
    window.idle.start()
    with qtbot.waitSignal(window.session_wiped, timeout=5000):
        pass
    assert window.current_id == "home" and window.history == []
    assert (session.language, session.font_scale, session.high_contrast, session.read_aloud) == (
        "ru", 100, False, False)
    assert not window.overlay.isVisible()
    assert screen.size_buttons[100].isChecked() and screen.contrast_off.isChecked()


def test_input_postpones_warning(make_window, qtbot):
    window = make_window(idle_timeout_ms=400, idle_warning_s=20, idle_tick_ms=10)
    with qtbot.assertNotEmitted(window.idle.warning_started, wait=200):
        for _ in range(3):
            qtbot.mouseMove(window.back_button)
            qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)


def test_sessions_start_in_the_kiosks_default_language(db_path, make_window, qtbot):
    from kiosk import settings
    from offline_db.opening import open_store

    with open_store(db_path) as store:
        settings.put(store, "default_language", "en")
    window = make_window(idle_timeout_ms=60_000, idle_warning_s=20, idle_tick_ms=10)
    qtbot.waitUntil(lambda: window.session.language == "en")
    assert window.back_button.text() and "Назад" not in window.back_button.text()
    window.session.set_language("ru")
    window.go("offices")  # somebody uses the kiosk
    window.idle.configure(30, 20)
    window.idle.start()
    with qtbot.waitSignal(window.session_wiped, timeout=5000):
        pass
    assert window.session.language == "en"  # the wipe returns to the kiosk's default, not to Russian


def test_an_untouched_kiosk_shows_no_countdown_until_someone_uses_it(make_window, qtbot):
    window = make_window(idle_timeout_ms=40, idle_warning_s=20, idle_tick_ms=10)
    warnings = []
    window.idle.warning_started.connect(warnings.append)
    qtbot.wait(300)  # several idle timeouts on Home with nobody there: nothing to clear, no overlay
    assert warnings == [] and not window.idle_warning_shown()
    home = window.current_screen()
    qtbot.mouseClick(home._tile_specs[0][0], Qt.MouseButton.LeftButton)  # a visitor starts
    with qtbot.waitSignal(window.idle.warning_started, timeout=2000):
        pass
    assert window.overlay.isVisible()
    with qtbot.waitSignal(window.session_wiped, timeout=5000):
        pass
    warnings.clear()
    qtbot.wait(300)  # after the wipe the kiosk is untouched again
    assert warnings == []


def test_the_warning_is_built_when_first_needed_in_the_language_of_the_moment(make_window, qtbot):
    window = make_window(idle_timeout_ms=60, idle_warning_s=20, idle_tick_ms=10)
    window.go("offices")
    window.session.set_language("en")
    with qtbot.waitSignal(window.idle.warning_started, timeout=2000):
        pass
    assert window.idle_warning_shown()
    assert window.overlay.continue_button.text() == "Continue"
    assert window.overlay.geometry() == window.rect()  # it covers the whole window
    window.session.set_language("ru")  # a language switch reaches the warning too
    qtbot.waitUntil(lambda: window.overlay.continue_button.text() == "Продолжить")
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Escape = Continue while the warning is up
    assert not window.idle_warning_shown() and window.current_id == "offices"
