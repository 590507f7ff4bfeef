"""Run the real kiosk (run_gui) on an X server with Qt Virtual Keyboard, focus a text field and a
digits field, switch language, and print what the keyboard did as JSON; exit status 0 = clean."""

from __future__ import annotations

import json
import os
import sys
from argparse import Namespace
from pathlib import Path

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_QPA_PLATFORM"] = "xcb"

from _probe_wait import wait_until  # noqa: E402  (beside this script)
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

app = QApplication([sys.argv[0]])
result: dict = {}


def window():
    from kiosk.ui.shell import KioskWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))


def step(fn, delay=1200):
    QTimer.singleShot(delay, fn)


def open_catalogue():
    w = window()
    w.go("catalogue")
    step(focus_search)


def focus_search():
    w = window()
    edit = next(e for e in w.current_screen().findChildren(QLineEdit) if e.isVisible())
    w.activateWindow()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.inputMethod().show()
    wait_until(lambda: QGuiApplication.inputMethod().isVisible()
               and QGuiApplication.inputMethod().locale().name() == "ru_RU", check_ru)


def check_ru():
    im = QGuiApplication.inputMethod()
    result["visible_ru"] = im.isVisible()
    result["locale_ru"] = im.locale().name()
    from kiosk.ui.keyboard import keyboard_views

    # touches on the keyboard's own window count as activity for the idle timeout
    result["keyboard_watched"] = bool(keyboard_views()) and all(v.property("kiosk_input_watch") for v in keyboard_views())
    window().session.set_language("en")
    wait_until(lambda: QGuiApplication.inputMethod().locale().name() == "en_US", check_en)


def check_en():
    result["locale_en"] = QGuiApplication.inputMethod().locale().name()
    print(json.dumps(result), flush=True)
    app.exit(0)


from kiosk.ui.app import run_gui  # noqa: E402

step(open_catalogue, 1500)
args = Namespace(windowed=True, size=(1280, 1024), screenshots=None, quit_when_ready=False, no_demo=False)
sys.exit(run_gui(args, Path(sys.argv[1])))
