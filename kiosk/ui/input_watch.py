"""Watch the citizen's input where it enters the application: at its top-level windows.

Keyboard, mouse and touch input reaches a top-level ``QWindow`` before Qt hands it to a widget,
so filters installed on the windows (the kiosk window and the on-screen keyboard's window) see
every touch and key press.  An application-wide Python event filter would also see every internal
event of every widget (layout, polish, paint…): it slowed start-up by about 100 ms and added a
Python call to every event the GUI thread handles.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

_MARK = "kiosk_input_watch"


class InputWatch(QObject):
    """Installs the given event filters on every top-level window, including ones that appear later."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filters: list[QObject] = []
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self.scan)
        QGuiApplication.inputMethod().visibleChanged.connect(self.scan)  # the keyboard's own window

    def add(self, event_filter: QObject) -> None:
        self._filters.append(event_filter)
        for window in QGuiApplication.topLevelWindows():
            if window.property(_MARK):
                window.installEventFilter(event_filter)
        self.scan()

    def remove(self, event_filter: QObject) -> None:
        if event_filter in self._filters:
            self._filters.remove(event_filter)
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(event_filter)

    def scan(self, *_args: object) -> None:
        """Install the filters on top-level windows that do not have them yet."""
        for window in QGuiApplication.topLevelWindows():
            if window.property(_MARK):
                continue
            for event_filter in self._filters:
                window.installEventFilter(event_filter)
            window.setProperty(_MARK, True)
