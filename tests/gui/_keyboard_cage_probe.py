"""The real kiosk (``kiosk.cli.main``) in kiosk mode under cage with the on-screen keyboard: focus
the catalogue's search field, tap the keyboard's first key in the Russian layout, switch to
English, tap it again, and print what happened as JSON.  Run by tests/gui/test_kiosk_session_cage.py."""

from __future__ import annotations

import json
import sys

from _probe_wait import wait_until  # beside this script (the test copies both)
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

app = QApplication([sys.argv[0]])
result: dict = {}


def window():
    from kiosk.ui.shell import KioskWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)), None)


def search_box() -> QLineEdit:
    return next(e for e in window().current_screen().findChildren(QLineEdit) if e.isVisible())


def loaded() -> bool:
    w = window()
    return w is not None and w.painted and bool(w.keyboard.panel.views())


def open_catalogue():
    window().go("catalogue")
    search_box().setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.inputMethod().show()
    wait_until(lambda: keyboard_shown() and at_bottom(), shown, 60)  # the layout places it in a moment


def keyboard_shown() -> bool:
    return window().keyboard.panel.isVisible() and window().keyboard.panel.height() > 100


def at_bottom() -> bool:
    w, panel = window(), window().keyboard.panel
    return panel.mapTo(w, QPoint(0, panel.height())).y() == w.height()


def tap_first_key(then):
    quick = window().keyboard.panel.quick
    key = QPoint(quick.width() // 20, quick.height() // 8)  # the top row's first key
    QTest.mousePress(quick, Qt.MouseButton.LeftButton, pos=key)
    QTimer.singleShot(100, lambda: QTest.mouseRelease(quick, Qt.MouseButton.LeftButton, pos=key))
    typed = len(search_box().text()) + 1
    wait_until(lambda: len(search_box().text()) >= typed, then)


def shown():
    w, panel = window(), window().keyboard.panel
    result["keyboard_in_kiosk_window"] = keyboard_shown() and panel.window() is w
    result["keyboard_at_bottom"] = at_bottom()
    result["keyboard_full_width"] = panel.width() == w.width()
    result["visible_windows"] = sum(1 for win in QGuiApplication.topLevelWindows() if win.isVisible())
    result["focus_kept"] = QGuiApplication.focusObject() is search_box()
    cursor = QGuiApplication.overrideCursor()
    result["pointer_hidden"] = cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    tap_first_key(typed_ru)


def typed_ru():
    result["ru"] = search_box().text()
    window().session.set_language("en")
    wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "en_US", lambda: tap_first_key(typed_en))


def typed_en():
    result["en"] = search_box().text()
    print(json.dumps(result, ensure_ascii=False), flush=True)
    app.exit(0)


wait_until(loaded, open_catalogue, seconds=60)

from kiosk.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
