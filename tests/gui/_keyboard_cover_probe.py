"""Run the real kiosk (run_gui) on an X server with Qt Virtual Keyboard, type into a field low on
the application form and into the status screen's receipt field, and print as JSON where the
keyboard's window, the focused field and the Back button are on the screen; exit status 0 = clean."""

from __future__ import annotations

import json
import os
import sys
from argparse import Namespace
from pathlib import Path

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_QPA_PLATFORM"] = "xcb"

from _probe_wait import wait_until  # noqa: E402  (beside this script)
from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([sys.argv[0]])
result: dict = {}


def window():
    from kiosk.ui.shell import KioskWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))


def global_rect(widget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def keyboard_rect() -> list[int]:
    g = QGuiApplication.inputMethod().keyboardRectangle().toRect()
    return [g.x(), g.y(), g.width(), g.height()]


def view_rect() -> list[int]:
    from kiosk.ui.keyboard import keyboard_views

    views = [v for v in keyboard_views() if v.isVisible()]
    g = views[0].geometry() if views else QRect()
    mask = views[0].mask().boundingRect() if views else QRect()
    return [g.x(), g.y(), g.width(), g.height(), mask.x(), mask.y(), mask.width(), mask.height()]


def open_form():
    w = window()
    w.go("catalogue")
    w.go("application")
    w.current_screen().load("svc-001")
    wait_until(lambda: bool(w.current_screen().editors), lambda: focus("application", lambda s: s.editor("email").input, to_status))


def focus(name: str, field_of, then=None):
    w = window()
    edit = field_of(w.current_screen())
    w.activateWindow()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.inputMethod().show()

    def shown() -> bool:
        kb = keyboard_rect()
        return QGuiApplication.inputMethod().isVisible() and kb[3] > 0

    def settled() -> bool:
        # the window has made room: nothing it shows for the field or Back is under the keyboard
        kb = QRect(*keyboard_rect())
        field, page = QRect(*global_rect(edit)), QRect(*global_rect(w.current_screen().page.viewport()))
        return (not kb.intersects(field) and not kb.intersects(QRect(*global_rect(w.back_button)))
                and page.contains(field))

    def record():
        result[name] = {"keyboard": keyboard_rect(), "view": view_rect(), "field": global_rect(edit), "back": global_rect(w.back_button),
                        "back_visible": w.back_button.isVisible(), "focused": QApplication.focusWidget() is edit,
                        "viewport": global_rect(w.current_screen().page.viewport())}
        (then or finish)()

    wait_until(shown, lambda: wait_until(settled, record, seconds=5), seconds=30)


def to_status():
    w = window()
    w.current_screen().leave_guard.discard_entries()
    w.home()
    w.go("status")
    QTimer.singleShot(300, lambda: focus("status", lambda s: s.number))


def finish():
    print(json.dumps(result), flush=True)
    app.exit(0)


from kiosk.ui.app import run_gui  # noqa: E402

QTimer.singleShot(1500, open_form)
args = Namespace(windowed=True, size=(1280, 1024), screenshots=None, quit_when_ready=False, no_demo=False)
sys.exit(run_gui(args, Path(sys.argv[1])))
