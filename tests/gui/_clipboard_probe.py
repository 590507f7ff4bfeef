"""Run the kiosk window on an X server (the primary selection exists there, not offscreen): select
text in a citizen field, middle-click a selection into it, then end the session by Home and by the
idle wipe; print what the clipboard and the primary selection held as JSON.  Exit status 0 = clean."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QClipboard, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ENP = "2341998071655749"
SELECTION = QClipboard.Mode.Selection


def wait(condition, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk window did not get ready")
        QApplication.processEvents()
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    app = QApplication([sys.argv[0]])
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    tasks = TaskRunner(lambda: open_store(Path(sys.argv[1])))
    window = KioskWindow(tasks, default_registry(), kiosk_mode=False, tts_engine="")
    window.resize(1280, 1024)
    window.show()
    wait(lambda: window.status.opened and window.isVisible())
    clipboard = QGuiApplication.clipboard()
    result: dict[str, object] = {"selection_supported": clipboard.supportsSelection()}

    window.go("status")
    edit = window.current_screen().number
    window.activateWindow()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(edit, "K7QW3M2A9XTP")
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    wait(lambda: True)
    result["selected"] = edit.selectedText()
    result["primary_after_select_all"] = clipboard.text(SELECTION)
    QTest.mouseDClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(20, edit.height() // 2))  # select a word
    wait(lambda: True)
    result["primary_after_double_click"] = clipboard.text(SELECTION)

    clipboard.setText(ENP, SELECTION)  # a policy number selected somewhere
    edit.deselect()
    edit.end(False)
    QTest.mouseClick(edit, Qt.MouseButton.MiddleButton, pos=QPoint(edit.width() - 10, edit.height() // 2))
    wait(lambda: True)
    result["field_after_middle_click"] = edit.text()

    clipboard.setText(ENP)
    clipboard.setText(ENP, SELECTION)
    window.home()  # the field holds typed text: the form asks first, and "Discard" goes home
    wait(lambda: True)
    guard = window.current_screen().leave_guard
    result["asked_before_home"] = guard is not None and guard.asking()
    if result["asked_before_home"]:
        QTest.mouseClick(guard.discard_button, Qt.MouseButton.LeftButton)
        wait(lambda: True)
    result["after_home"] = [clipboard.text(), clipboard.text(SELECTION)]

    window.go("status")
    clipboard.setText(ENP)
    clipboard.setText(ENP, SELECTION)
    window.wipe_session()
    wait(lambda: True)
    result["after_idle_wipe"] = [clipboard.text(), clipboard.text(SELECTION)]

    print(json.dumps(result), flush=True)
    window.shutdown()
    window.close()
    tasks.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
