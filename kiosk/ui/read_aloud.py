"""Read-aloud for a visitor who cannot see the screen (EN 301 549 5.1.3).

- Arriving on a screen with read-aloud on, its title and spoken summary are read
  (``Screen.spoken_summary``), then the control that has focus — always one of this screen.
- When what the summary says changes while the visitor stays (an answer arrived, an error
  appeared, a search found something), the screen is read again once it is ready.
- "Read aloud" (the button in the bottom bar: read this screen now, or the F1 / Help key) reads it
  on demand; the key also turns read-aloud on, so a visitor who cannot see needs only that key.  F2 turns
  read-aloud on or off.
- On Home, a few seconds after the last touch or key press, a spoken hint says how to turn
  read-aloud on (once per touch: a kiosk nobody uses stays quiet).
- With read-aloud on, a key typed into a field is echoed (the keypad keys are announced).
- Leaving a screen stops what is being said about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from .idle import INPUT_EVENTS
from .spoken import sentences

if TYPE_CHECKING:
    from .screens.base import Screen
    from .session import SessionState
    from .speech import Reader

HINT_AFTER_MS = 6000   # the hint on Home, after this long without input
WATCH_MS = 250         # how often the current screen is checked for a changed summary
READ_KEYS = frozenset({Qt.Key.Key_F1, Qt.Key.Key_Help})
TOGGLE_KEYS = frozenset({Qt.Key.Key_F2})


def hint_text() -> str:
    return QCoreApplication.translate(
        "Speech", "To hear the screen read aloud, press the F1 key, or touch “Read aloud” at the bottom of the screen.")


class ReadAloudHost(Protocol):
    """What read-aloud needs from the window that owns it (the shell's ``KioskWindow``)."""

    reader: Reader
    session: SessionState
    session_wiped: Any  # a Signal: the citizen session was wiped
    current_id: str
    idle: Any  # the idle watcher: ``touched``
    console: Any  # the console controller: ``active``

    def current_screen(self) -> Screen: ...

    def idle_warning_shown(self) -> bool: ...


class ReadAloud(QObject):
    """The window's read-aloud behaviour; an input filter on its top-level windows (``InputWatch``)."""

    def __init__(self, window: ReadAloudHost) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self._summary = ""  # the current screen's summary when last read or looked at
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(HINT_AFTER_MS)
        self.hint_timer.timeout.connect(self._hint)
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._watch)
        window.session.read_aloud_changed.connect(self._on_toggle)
        window.session_wiped.connect(self.hint_timer.stop)  # nobody is there: no hint

    # --- what is said -------------------------------------------------------------------
    def screen_text(self, screen: Screen, *, with_focus: bool = False) -> str:
        parts = [screen.title(), screen.spoken_summary()]
        focused = QApplication.focusWidget()
        if with_focus and focused is not None and focused is not screen and screen.isAncestorOf(focused):
            parts.append(focused.accessibleName())  # a control of this screen, never of the one before
        return sentences(parts)

    def read_screen(self) -> None:
        """Read the current screen now, whether or not read-aloud is on (the visitor asked)."""
        if self.window.current_id:
            self.reader.say(self.screen_text(self.window.current_screen()), force=True)

    # --- the shell tells ----------------------------------------------------------------
    def on_screen(self, screen: Screen) -> None:
        """``screen`` has just been shown (and has focus where it should)."""
        self.reader.stop()  # nothing more about the screen left behind
        self._remember(screen)
        self.reader.say(self.screen_text(screen, with_focus=True))
        if self.window.current_id == "home" and self.window.idle.touched:
            self.hint_timer.start()  # back on Home by a visitor's touch
        else:
            self.hint_timer.stop()

    def stop(self) -> None:
        self.hint_timer.stop()
        self.watch_timer.stop()
        self.reader.stop()

    # --- watching the screen ------------------------------------------------------------
    def _remember(self, screen: Screen) -> None:
        self._summary = screen.spoken_summary() if screen.is_ready() else ""

    def _on_toggle(self, on: bool) -> None:
        if on:
            self.hint_timer.stop()
            if self.window.current_id:
                self._remember(self.window.current_screen())
            self.watch_timer.start()
        else:
            self.watch_timer.stop()

    def _watch(self) -> None:
        """What the screen says changed while the visitor stays on it (an answer arrived, an error
        appeared, a search found something): read it again, once the screen is ready."""
        if not self.window.current_id:
            return
        screen = self.window.current_screen()
        if not screen.is_ready():
            return
        summary = screen.spoken_summary()
        if summary != self._summary:
            self._summary = summary
            self.reader.say(self.screen_text(screen))

    def _hint(self) -> None:
        w = self.window
        if w.current_id == "home" and not w.session.read_aloud and not w.idle_warning_shown() and not w.console.active:
            self.reader.say(hint_text(), force=True)

    # --- input --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS and self.window.current_id == "home" and not self.window.session.read_aloud:
            self.hint_timer.start()  # the hint comes a few seconds after the last touch
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return False

    def _key(self, event: QKeyEvent) -> bool:
        session = self.window.session
        key = event.key()
        if key in READ_KEYS:
            session.set_read_aloud(True)
            self.read_screen()
            return True
        if key in TOGGLE_KEYS:
            on = not session.read_aloud
            session.set_read_aloud(on)
            self.reader.say(QCoreApplication.translate("Speech", "Read aloud on") if on
                            else QCoreApplication.translate("Speech", "Read aloud off"), force=True)
            return True
        field = QApplication.focusWidget()
        if session.read_aloud and isinstance(field, QLineEdit) and field.echoMode() == QLineEdit.EchoMode.Normal:
            if key == Qt.Key.Key_Backspace:
                self.reader.say(QCoreApplication.translate("Speech", "Erase"))
            elif event.text().isprintable() and event.text().strip():
                self.reader.say(event.text())
        return False
