"""The console session: the hidden way in, the PIN pad, roles, the console idle timeout, assisted mode.

A citizen never sees a hint of it.  The way in is either

* a press held for 5 seconds on the top-left corner of the title bar, or
* Ctrl+Alt+Shift+F12 on a service keyboard.

Both open the PIN pad (``console_pin``).  A good PIN starts a session with a role (``clerk`` or
``technician``); the console screens are shown only during a session whose role may see them
(:meth:`ConsoleController.may_show`).  The session ends on "Log out", Home, Back from the console
menu, or after ``console_idle_s`` (2 minutes) without a touch: then every console screen is
destroyed, the citizen session is wiped and Home is shown, so nothing of the console stays on
screen.  While a session runs, the citizen idle timer is stopped.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QWidget

from ..widgets import WrapLabel


def can(role: str, action_role: str) -> bool:
    from kiosk.console.pins import can as allowed  # hashlib/secrets only when a console is used

    return allowed(role, action_role)

if TYPE_CHECKING:
    from ..input_watch import InputWatch
    from ..screens.base import Screen
    from ..session import SessionState
    from ..tasks import TaskRunner

log = logging.getLogger(__name__)

CONSOLE_PREFIX = "console_"
PIN_SCREEN = "console_pin"
MENU_SCREEN = "console_menu"
HOLD_MS = 5000
CORNER_PX = 120
ENTRY_KEY = Qt.Key.Key_F12
ENTRY_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
RESTART_EXIT_CODE = 75
INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress, QEvent.Type.Wheel,
})

#: Which role each console screen needs (the PIN pad needs none).
SCREEN_ROLES: dict[str, str | None] = {
    PIN_SCREEN: None, MENU_SCREEN: "clerk", "console_queue": "clerk", "console_find": "clerk",
    "console_settings": "technician", "console_sync": "technician", "console_maintenance": "technician",
    "console_audit": "technician",
}


def is_console(screen_id: str) -> bool:
    return screen_id.startswith(CONSOLE_PREFIX)


class ConsoleHost(Protocol):
    """What the console needs from the window it runs in (the shell's ``KioskWindow``, a QWidget).

    The window is passed in; its signals ``screen_changed(str)`` and ``session_wiped()`` tell the
    console what happened, and these methods let it take the window over and give it back.
    """

    screen_changed: Any
    session_wiped: Any
    session: SessionState
    input_watch: InputWatch
    tasks: TaskRunner
    idle: Any  # the citizen idle watcher: ``stop()``
    a11y_button: QWidget
    stack: Any  # the QStackedWidget the screens live in
    screens: dict[str, Screen]
    history: list[str]
    current_id: str
    kiosk_mode: bool

    def go(self, screen_id: str) -> None: ...

    def hide_idle_warning(self) -> None: ...

    def end_citizen_session(self) -> None: ...

    def wipe_session(self) -> None: ...

    def shutdown(self) -> None: ...


class ConsoleController(QObject):
    """Owns the console session of one kiosk window (an application event filter).

    Signals:
        entry_requested(): the hidden entry was used (the PIN pad opens).
        started(str): a console session began with this role.
        ended(str): the session ended; the reason (``logout``, ``idle``, ``assisted``, ``exit``).
    """

    entry_requested = Signal()
    started = Signal(str)
    ended = Signal(str)

    def __init__(self, window: ConsoleHost, *, idle_ms: int | None = None, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self.window = window
        self.active = False          # the pad or a console screen is open
        self.role: str | None = None  # set after a good PIN
        self.assisted_by: str | None = None
        self.counter = ""            # the clerk's counter number, kept for the session
        self._idle_override = idle_ms
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self._held)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms or 120_000)
        self._idle.timeout.connect(lambda: self.end("idle"))
        self.quit_app = lambda code: QApplication.instance().exit(code)  # replaced in tests
        self._assisted_label = WrapLabel(role="status")
        self._assisted_label.setObjectName("AssistedIndicator")
        self._assisted_label.hide()
        bar = window.findChild(QFrame, "TopBar")
        if bar is not None and bar.layout() is not None:
            bar.layout().addWidget(self._assisted_label, 0, Qt.AlignmentFlag.AlignVCenter)
        window.screen_changed.connect(self._on_screen_changed)
        window.session_wiped.connect(self._end_assisted)
        window.session.language_changed.connect(lambda _lang: self.retranslate())
        window.input_watch.add(self)  # input as it reaches the top-level windows

    # --- the hidden entry -------------------------------------------------------------------
    def _in_window(self, watched: QObject) -> bool:
        if watched is self.window.windowHandle():
            return True
        return isinstance(watched, QWidget) and (watched is self.window or self.window.isAncestorOf(watched))

    def _corner(self) -> QRect:
        bar = self.window.findChild(QFrame, "TopBar")
        height = bar.height() if bar is not None else CORNER_PX
        return QRect(0, 0, CORNER_PX, min(CORNER_PX, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.active and kind in INPUT_EVENTS and self._idle.isActive():
            self._idle.start()
        if kind == QEvent.Type.KeyPress and not self.active and self._in_window(watched):
            key: QKeyEvent = event  # type: ignore[assignment]
            if key.key() == ENTRY_KEY and key.modifiers() == ENTRY_MODIFIERS:
                self.open_pad()
                return True
        elif kind == QEvent.Type.MouseButtonPress and self._in_window(watched):
            mouse: QMouseEvent = event  # type: ignore[assignment]
            point = self.window.mapFromGlobal(mouse.globalPosition().toPoint())
            if not self.active and self._corner().contains(point):
                self._hold.start()
            else:
                self._hold.stop()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._hold.stop()
        elif kind == QEvent.Type.MouseMove and self._hold.isActive() and self._in_window(watched):
            mouse = event  # type: ignore[assignment]
            if not self._corner().contains(self.window.mapFromGlobal(mouse.globalPosition().toPoint())):
                self._hold.stop()
        return False

    def _held(self) -> None:
        if not self.active:
            self.open_pad()

    # --- session ----------------------------------------------------------------------------
    def may_show(self, screen_id: str) -> bool:
        """Whether the shell may show ``screen_id`` now."""
        if not is_console(screen_id):
            return True
        if not self.active:
            # Only a development or screenshot window (not in kiosk mode) previews console screens.
            return not self.window.kiosk_mode
        needed = SCREEN_ROLES.get(screen_id, "technician")
        if needed is None:
            return True
        return self.role is not None and can(self.role, needed)

    @property
    def preview_role(self) -> str:
        """The role console screens show for (technician in a preview window)."""
        return self.role or ("technician" if not self.window.kiosk_mode else "clerk")

    def open_pad(self) -> None:
        """The hidden entry: start a console session at the PIN pad."""
        if self.active:
            return
        self._hold.stop()
        log.info("console: PIN pad opened")
        self.entry_requested.emit()
        self.active = True
        self.role = None
        self._end_assisted()
        self.window.idle.stop()
        self.window.hide_idle_warning()
        QApplication.inputMethod().hide()
        self.window.a11y_button.hide()
        self._start_idle()
        self.window.end_citizen_session()  # staff take over: nothing of the visitor stays behind
        self.window.go(PIN_SCREEN)

    def _start_idle(self) -> None:
        if self._idle_override is None:
            from kiosk import settings as ks

            self.window.tasks.submit(lambda store: ks.get(store, "console_idle_s"),
                                     lambda s: self._idle.setInterval(int(s) * 1000), owner=self)
        self._idle.start()

    def begin(self, role: str) -> None:
        """A good PIN: the session now has ``role``; show the console menu."""
        self.role = role
        self.window.history.clear()
        self.started.emit(role)
        self.window.go(MENU_SCREEN)
        self.window.history.clear()  # Back from the menu ends the session

    def end(self, reason: str = "logout") -> None:
        """End the session: destroy every console screen, wipe the citizen session, show Home."""
        if not self.active:
            return
        role = self.role
        self.active = False
        self.role = None
        self.counter = ""
        self._idle.stop()
        self._hold.stop()
        window = self.window
        window.history = [s for s in window.history if not is_console(s)]
        for screen_id in [s for s in window.screens if is_console(s)]:
            screen = window.screens.pop(screen_id)
            screen.reset()
            window.stack.removeWidget(screen)
            screen.hide()
            screen.deleteLater()
        window.a11y_button.show()
        if role is not None and reason == "idle":
            window.tasks.submit(lambda store: store.audit(role, "logout", "idle"))
        elif role is not None:
            window.tasks.submit(lambda store: store.audit(role, "logout", reason))
        window.current_id = ""  # the console screen that was current is gone
        window.wipe_session()
        log.info("console: session ended (%s)", reason)
        self.ended.emit(reason)

    # --- assisted mode ----------------------------------------------------------------------
    def start_assisted(self, screen_id: str) -> None:
        """Start a citizen flow on a visitor's behalf: submissions are marked assisted by this clerk."""
        role = self.role or "clerk"
        marker = f"{role}:{self.counter}" if self.counter else role
        self.window.tasks.submit(lambda store: store.audit(role, "assisted.start", screen_id))
        self.end("assisted")
        self.assisted_by = marker
        self._assisted_label.setText(self._assisted_text())
        self._assisted_label.show()
        self.window.go(screen_id)

    def _assisted_text(self) -> str:
        return QCoreApplication.translate("Console", "Assisted by staff")

    def _on_screen_changed(self, screen_id: str) -> None:
        if self.assisted_by and screen_id == "home" and not self.active:
            self._end_assisted()

    def _end_assisted(self) -> None:
        self.assisted_by = None
        self._assisted_label.hide()

    def retranslate(self) -> None:
        self._assisted_label.setText(self._assisted_text())

    # --- technician: leave kiosk mode, restart -----------------------------------------------
    def exit_kiosk_mode(self) -> None:
        """To the desktop (technician only; the audit entry is written before)."""
        log.warning("console: kiosk mode left by the technician")
        self.end("exit")
        self.window.kiosk_mode = False
        self.window.shutdown()
        self.quit_app(0)

    def restart_app(self) -> None:
        log.warning("console: restart requested by the technician")
        self.end("exit")
        self.window.kiosk_mode = False
        self.window.shutdown()
        self.quit_app(RESTART_EXIT_CODE)


def restart_process() -> None:  # pragma: no cover - replaces the process
    """Start the kiosk again with the same command line (after :data:`RESTART_EXIT_CODE`)."""
    os.execv(sys.executable, [sys.executable, *sys.argv])


def console_of(ctx: Any) -> ConsoleController | None:
    return getattr(ctx.navigator, "console", None)
