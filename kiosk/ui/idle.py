"""Idle timeout: watch for input, warn with a countdown, then ask for the session wipe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .widgets import KioskButton, WrapLabel

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """An application event filter that tracks the time since the last user input.

    Signals:
        warning_started(int): no input for the timeout; the countdown begins (seconds left).
        tick(int): seconds left in the countdown.
        expired(): the countdown reached zero; wipe the session.
        continued(): the citizen chose to continue.
    """

    warning_started = Signal(int)
    tick = Signal(int)
    expired = Signal()
    continued = Signal()

    def __init__(self, timeout_ms: int, warning_s: int, tick_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.warning_s = warning_s
        self.remaining = 0
        # Whether anyone used the kiosk since the last wipe: an untouched session has nothing to
        # clear, so it gets no countdown (an idle kiosk would otherwise show one every 90 s).
        self.touched = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(timeout_ms)
        self._idle.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)

    @property
    def warning(self) -> bool:
        return self._countdown.isActive()

    def configure(self, timeout_ms: int, warning_s: int) -> None:
        self._idle.setInterval(timeout_ms)
        self.warning_s = warning_s
        if self._idle.isActive():
            self._idle.start()

    def start(self, *, fresh: bool = False) -> None:
        """(Re)start the idle timer; ``fresh`` after a wipe: nobody has used the session yet."""
        if fresh:
            self.touched = False
        self._countdown.stop()
        self._idle.start()

    def mark_touched(self) -> None:
        self.touched = True

    def stop(self) -> None:
        self._idle.stop()
        self._countdown.stop()

    def continue_session(self) -> None:
        self.touched = True
        self.start()
        self.continued.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.touched = True
            if self._idle.isActive():
                self._idle.start()
        return False

    def _start_warning(self) -> None:
        if not self.touched:
            self._idle.start()  # nothing to clear: keep waiting quietly
            return
        self.remaining = self.warning_s
        self._countdown.start()
        self.warning_started.emit(self.remaining)

    def _tick(self) -> None:
        self.remaining -= 1
        self.tick.emit(self.remaining)
        if self.remaining <= 0:
            self._countdown.stop()
            self.expired.emit()


class IdleOverlay(QWidget):
    """Covers the window during the countdown: a message, the seconds left, one Continue button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.dialog = QFrame(self)
        self.dialog.setObjectName("IdleDialog")
        box = QVBoxLayout(self.dialog)
        box.setContentsMargins(40, 40, 40, 40)
        box.setSpacing(24)
        self.message = WrapLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = WrapLabel()
        self.countdown.setObjectName("IdleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = KioskButton(role="primary")
        self.continue_button.setObjectName("IdleContinue")
        self.continue_button.setMinimumHeight(96)
        for widget in (self.message, self.countdown, self.continue_button):
            box.addWidget(widget)
        self.seconds = 0
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def show_countdown(self, seconds: int) -> None:
        self.set_seconds(seconds)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate()
        self.place_dialog()

    def retranslate(self) -> None:
        self.message.setText(QCoreApplication.translate("Idle", "Are you still there? To protect your privacy, everything you entered "
                                        "will be cleared and the kiosk will return to the start."))
        self.countdown.setText(QCoreApplication.translate("Idle", "%n second(s) left", "", self.seconds))
        self.continue_button.setText(QCoreApplication.translate("Idle", "Continue"))
        self.continue_button.setAccessibleName(QCoreApplication.translate("Idle", "Continue, I am still here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.place_dialog()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_dialog()

    def place_dialog(self) -> None:
        """Centre the dialog, as wide as fits (at most 1100 px) and as tall as its text needs."""
        width = max(200, min(1100, self.width() - 96))
        height = min(self.dialog.layout().totalHeightForWidth(width), self.height())
        self.dialog.setGeometry((self.width() - width) // 2, max(0, (self.height() - height) // 2), width, height)
