"""Touch widgets for catalogue lists and application forms: wrapping text buttons, a QR code,
one date entry for every screen and one editor per form field type.

No business rules here: validation lives in :mod:`kiosk.domain.forms`; an editor only shows the
message it is given.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from .text_field import KioskLineEdit
from .widgets import MIN_TARGET, KioskButton, WrapLabel, repolish, set_invalid, set_role


class TextButton(KioskButton):
    """A full-width button whose caption wraps (and may be rich text, e.g. search highlights)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, role="tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        self.caption = WrapLabel()
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.caption)

    def set_caption(self, text: str, *, html: str = "", accessible: str = "") -> None:
        if html:
            self.caption.setTextFormat(Qt.TextFormat.RichText)
            self.caption.setText(html)
        else:
            self.caption.setTextFormat(Qt.TextFormat.PlainText)
            self.caption.setText(text)
        self.setAccessibleName(accessible or text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_TARGET, self.layout().totalHeightForWidth(width))


class QrWidget(QWidget):
    """A QR code painted module by module (black on white, with its quiet zone)."""

    def __init__(self, side: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.setFixedSize(side, side)

    def set_matrix(self, matrix: list[list[bool]]) -> None:
        self.matrix = matrix
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.matrix:
            quiet = 4
            cell = min(self.width(), self.height()) / (len(self.matrix) + 2 * quiet)
            for r, row in enumerate(self.matrix):
                for c, dark in enumerate(row):
                    if dark:
                        painter.fillRect(QRectF((c + quiet) * cell, (r + quiet) * cell, cell, cell), QColor("black"))
        painter.end()


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


class ChoiceButton(TextButton):
    """One option of a choice or a tick box: ◉/○ or ☑/☐ show the state in any theme."""

    def __init__(self, glyphs: tuple[str, str] = ("◉", "○"), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")  # plain when not chosen, filled when chosen (not a tile)
        self.setCheckable(True)
        self.glyphs = glyphs
        self.selected = False
        self.text_plain = ""

    def set_selected(self, on: bool) -> None:
        self.selected = on
        self._show()

    def set_option_text(self, text: str) -> None:
        self.text_plain = text
        self._show()

    def _show(self) -> None:
        glyph = self.glyphs[0] if self.selected else self.glyphs[1]
        self.setChecked(self.selected)  # the accessible "checked" state
        role = "choiceOn" if self.selected else "choice"
        if self.property("role") != role:  # a role, not :checked, so the palette carries the colours
            set_role(self, role)
            repolish(self.caption)  # its colour depends on the button's role
        state = QCoreApplication.translate("Forms", "selected") if self.selected else QCoreApplication.translate("Forms", "not selected")
        self.set_caption(f"{glyph}  {self.text_plain}", accessible=f"{self.text_plain}, {state}")


# --- one editor per field type -----------------------------------------------------------------
DIGIT_TYPES = ("snils", "inn", "enp")
SENSITIVE_TYPES = ("text", "date", "phone", "email", "address", "snils", "inn", "enp")


class FieldEditor(QWidget):
    """A form field from the schema: label (with a required mark), hint, input and the error message.

    Signals:
        left(): the citizen moved on from this field (validate it now).
        edited(): the value changed.
    """

    left = Signal()
    edited = Signal()

    def __init__(self, field: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.kind = field.get("type", "text")
        self.touched = False
        self.has_error = False
        self.setObjectName(f"field-{field['name']}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.label = WrapLabel(role="heading" if self.kind != "checkbox" else "")
        self.hint = WrapLabel(role="muted")
        self.error = WrapLabel(role="error")
        self.error.setObjectName(f"error-{field['name']}")
        box.addWidget(self.label)
        box.addWidget(self.hint)
        self.input: QWidget
        self.options: list[tuple[str, ChoiceButton]] = []
        self.value_choice = ""
        if self.kind == "date":
            self.input = DateEntry()
            self.input.left.connect(self._left)
            self.input.changed.connect(self._edited)
        elif self.kind in ("choice", "checkbox"):
            self.input = QWidget()
            column = QVBoxLayout(self.input)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(12)
            if self.kind == "checkbox":
                self.label.hide()
                button = ChoiceButton(("☑", "☐"))
                button.clicked.connect(self._toggle)
                self.options.append(("", button))
                column.addWidget(button)
            else:
                for choice in field.get("choices", []):
                    button = ChoiceButton()
                    button.clicked.connect(lambda _=False, v=choice["value"]: self._choose(v))
                    self.options.append((choice["value"], button))
                    column.addWidget(button)
        else:
            edit = KioskLineEdit(numeric=self.kind in DIGIT_TYPES, dialable=self.kind == "phone",
                                 sensitive=self.kind in SENSITIVE_TYPES)
            if self.kind == "number":
                edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhFormattedNumbersOnly)
            elif self.kind == "email":
                edit.setInputMethodHints(edit.inputMethodHints() | Qt.InputMethodHint.ImhEmailCharactersOnly
                                         | Qt.InputMethodHint.ImhNoAutoUppercase)
            edit.editingFinished.connect(self._left)
            edit.textEdited.connect(lambda _t: self._edited())
            self.input = edit
        box.addWidget(self.input)
        box.addWidget(self.error)
        self.error.hide()

    # --- values -------------------------------------------------------------------------------
    def value(self) -> Any:
        if self.kind == "date":
            return self.input.value()  # type: ignore[attr-defined]
        if self.kind == "checkbox":
            return self.options[0][1].selected
        if self.kind == "choice":
            return self.value_choice
        return self.input.text()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        if self.kind == "date":
            self.input.set_value(str(value or ""))  # type: ignore[attr-defined]
        elif self.kind == "checkbox":
            self.options[0][1].set_selected(bool(value))
        elif self.kind == "choice":
            self.value_choice = str(value or "")
            for option_value, button in self.options:
                button.set_selected(option_value == self.value_choice)
        else:
            self.input.setText(str(value or ""))  # type: ignore[attr-defined]

    def focus_target(self) -> QWidget:
        if self.kind == "date":
            return self.input.edit  # type: ignore[attr-defined]
        if self.options:
            return self.options[0][1]
        return self.input

    def _toggle(self) -> None:
        button = self.options[0][1]
        button.set_selected(not button.selected)
        self.touched = True
        self.edited.emit()
        self.left.emit()

    def _choose(self, value: str) -> None:
        self.set_value(value)
        self.touched = True
        self.edited.emit()
        self.left.emit()

    def _edited(self) -> None:
        self.touched = True
        self.edited.emit()

    def _left(self) -> None:
        self.left.emit()

    # --- texts --------------------------------------------------------------------------------
    def set_error(self, message: str) -> None:
        self.has_error = bool(message)
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        edits = self.input.edits() if self.kind == "date" else [self.input]  # type: ignore[attr-defined]
        for edit in edits:
            if isinstance(edit, KioskLineEdit):
                set_invalid(edit, bool(message))
        self._update_names(message)

    def retranslate(self, lang: str) -> None:
        label = self.field.get(f"label_{lang}") or self.field.get("label_ru") or self.field["name"]
        required = bool(self.field.get("required"))
        self.label_text = label
        self.label.setText(f"{label} *" if required else label)
        hint = self.field.get(f"hint_{lang}") or ""
        if not hint and self.kind == "snils":
            hint = QCoreApplication.translate("Forms", "11 digits, as on the green card or in Gosuslugi")
        elif not hint and self.kind == "enp":
            hint = QCoreApplication.translate("Forms", "16 digits, as on the medical insurance policy")
        elif not hint and self.kind == "inn":
            hint = QCoreApplication.translate("Forms", "12 digits")
        elif not hint and self.kind == "date":
            hint = date_hint()
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.kind == "date":
            self.input.retranslate(label)  # type: ignore[attr-defined]
        elif self.kind == "checkbox":
            self.options[0][1].set_option_text(f"{label} *" if required else label)
        elif self.kind == "choice":
            by_value = {c["value"]: c for c in self.field.get("choices", [])}
            for value, button in self.options:
                choice = by_value[value]
                button.set_option_text(choice.get(lang) or choice.get("ru") or value)
        self._update_names(self.error.text() if self.has_error else "")

    def _update_names(self, message: str) -> None:
        label = getattr(self, "label_text", self.field["name"])
        required = QCoreApplication.translate("Forms", "required") if self.field.get("required") else ""
        name = ", ".join(p for p in (label, required) if p)
        if message:
            name = f"{name}. {message}"
        if self.kind == "date":
            self.input.edit.setAccessibleName(name)  # type: ignore[attr-defined]
        elif self.kind not in ("choice", "checkbox"):
            self.input.setAccessibleName(name)


class ColumnList(QWidget):
    """Widgets in as many equal columns as the width allows (one column on a narrow screen)."""

    def __init__(self, min_column_width: int = 560, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QGridLayout

        self.min_column_width = min_column_width
        self.items: list[QWidget] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._columns = 0

    def set_widgets(self, widgets: list[QWidget]) -> None:
        for widget in self.items:
            self._grid.removeWidget(widget)
            widget.hide()  # before leaving the grid: see ClinicScreen._clear_buttons
            widget.setParent(None)
            widget.deleteLater()
        self.items = list(widgets)
        self._relayout(force=True)

    def _relayout(self, force: bool = False) -> None:
        scale = max(1.0, self.fontInfo().pixelSize() / 24)
        columns = max(1, min(3, int(max(self.width(), 1) // (self.min_column_width * scale))))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget in self.items:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(self.items):
            self._grid.addWidget(widget, index // columns, index % columns)
        for col in range(3):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._relayout()
