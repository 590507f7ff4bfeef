"""The kiosk's text field: what a visitor types never reaches the clipboard, the primary selection or bidi controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from .untrusted import strip_bidi
from .widgets import MIN_TARGET


def clear_clipboard() -> None:
    """Empty the clipboard and, where there is one (X11, Wayland), the primary selection."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def _disown_selection() -> None:
    """Take back the primary selection a field has just published (X11 publishes any selected text:
    select-all, Shift+arrows, a drag), so that nobody can middle-click it into another field."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class BidiFilter(QValidator):
    """Removes bidirectional control characters from what is typed, pasted or set; any text is
    acceptable otherwise (the screens check values themselves)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        clean = strip_bidi(text)
        if clean != text:
            pos = len(strip_bidi(text[:pos]))
        return QValidator.State.Acceptable, clean, pos


_CLIPBOARD_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste)


class KioskLineEdit(QLineEdit):
    """A text field for the on-screen keyboard; ``numeric`` asks for the digits layout.

    What a visitor types stays in the field: no copy, cut or paste (keys, middle click, context
    menu, drag and drop), no primary selection, no bidirectional control characters, and
    :meth:`clear` forgets the undo history too.  Console fields are the same: the kiosk runs alone,
    so there is nothing outside it to paste from, and one rule for every field cannot leak.
    """

    def __init__(self, parent: QWidget | None = None, *, numeric: bool = False, dialable: bool = False,
                 sensitive: bool = False) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MIN_TARGET)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.setDragEnabled(False)
        self.setValidator(BidiFilter(self))
        hints = Qt.InputMethodHint.ImhNoPredictiveText
        if numeric:
            hints |= Qt.InputMethodHint.ImhDigitsOnly
        elif dialable:
            hints |= Qt.InputMethodHint.ImhDialableCharactersOnly
        if sensitive:  # personal data: no learning, no suggestions
            hints |= Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoAutoUppercase
        self.setInputMethodHints(hints)

    def clear(self) -> None:
        """Empty the field for good: QLineEdit.clear() can be undone (the next visitor's Ctrl+Z would
        bring the text back); setText() starts a new undo history."""
        self.setText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in _CLIPBOARD_KEYS):
            event.accept()  # Ctrl+C/X/V, Ctrl+Insert, Shift+Insert, Shift+Delete: nothing happens
            return
        super().keyPressEvent(event)
        _disown_selection()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()  # X11 pastes the primary selection on a middle click
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()
            return
        super().mouseReleaseEvent(event)
        _disown_selection()
