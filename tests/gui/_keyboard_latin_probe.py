"""Run the real kiosk (run_gui) on an X server with Qt Virtual Keyboard in a Russian session, open
the technician's settings, focus the address field, a free-text field and the proxy field, and
print the keyboard's layout locale for each as JSON; exit status 0 = clean."""

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
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([sys.argv[0]])
result: dict = {}
ORDER = [("backend_url", "en_US"), ("tts_voice", "ru_RU"), ("proxy", "en_US")]


def window():
    from kiosk.ui.shell import KioskWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))


def open_settings():
    w = window()
    w.console.begin("technician")  # the PIN pad has its own tests; this one is about the keyboard
    w.go("console_settings")
    QTimer.singleShot(500, lambda: focus(0))


def focus(i: int):
    if i == len(ORDER):
        print(json.dumps(result), flush=True)
        app.exit(0)
        return
    name, expected = ORDER[i]
    w = window()
    edit = w.current_screen().fields[name].edit
    w.activateWindow()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QGuiApplication.inputMethod().show()

    def record():
        result[name] = QGuiApplication.inputMethod().locale().name()
        focus(i + 1)

    wait_until(lambda: QGuiApplication.inputMethod().isVisible()
               and QGuiApplication.inputMethod().locale().name() == expected, record, seconds=20)


from kiosk.ui.app import run_gui  # noqa: E402

QTimer.singleShot(1500, open_settings)
args = Namespace(windowed=True, size=(1280, 1024), screenshots=None, quit_when_ready=False, no_demo=False)
sys.exit(run_gui(args, Path(sys.argv[1])))
