"""One way to enter a date on every screen: one DD.MM.YYYY field on the keyboard's number layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from .text_field import KioskLineEdit


def date_hint() -> str:
    """The hint under every date field (the application's and the clinic's)."""
    return QCoreApplication.translate("Forms", "Day.month.year, for example 14.03.1975")


def setup_date_edit(edit: KioskLineEdit) -> None:
    """One way to enter a date on every screen: one field, DD.MM.YYYY, the on-screen keyboard's
    number layout (digits and the dot).  Nothing moves the focus on by itself, so Tab always goes
    where the visitor expects; a comma, slash, dash or space typed between the parts becomes a dot."""
    edit.setMaxLength(10)
    edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhFormattedNumbersOnly)
    edit.setPlaceholderText(date_placeholder())
    edit.installEventFilter(_DatePlaceholder(edit))  # in the language shown, after every switch
    edit.textEdited.connect(lambda text: _keep_date_characters(edit, text))


def date_placeholder() -> str:
    return QCoreApplication.translate("Forms", "DD.MM.YYYY")


class _DatePlaceholder(QObject):
    """Puts a date field's placeholder back in the new language on a language switch."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, KioskLineEdit):
            watched.setPlaceholderText(date_placeholder())
        return False


def _keep_date_characters(edit: KioskLineEdit, text: str) -> None:
    cleaned = "".join("." if ch in ",/- " else ch for ch in text if ch.isdigit() or ch in ".,/- ")
    if cleaned != text:
        position = edit.cursorPosition() - (len(text) - len(cleaned))
        edit.setText(cleaned)
        edit.setCursorPosition(max(0, position))


class DateEntry(QWidget):
    """A date in one field (:func:`setup_date_edit`), the same as the clinic's date of birth.

    Signals:
        left(): the visitor moved on from the date.
        changed(): the text changed.
    """

    left = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = KioskLineEdit(sensitive=True)
        setup_date_edit(self.edit)
        self.edit.setMaximumWidth(420)  # ten characters, not the whole screen
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self.left)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def edits(self) -> list[KioskLineEdit]:
        return [self.edit]

    def retranslate(self, label: str) -> None:
        self.edit.setPlaceholderText(date_placeholder())

    def value(self) -> str:
        text = self.edit.text().strip()
        parts = text.split(".")
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            return f"{int(parts[0]):02d}.{int(parts[1]):02d}.{parts[2]}"
        return text

    def set_value(self, text: str) -> None:
        self.edit.setText(text or "")
