"""One editor per form field type: label, hint, input and error message of a field from the service's schema.

No business rules here: validation lives in :mod:`kiosk.domain.forms`; an editor only shows the
message it is given.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .date_entry import DateEntry, date_hint
from .forms_widgets import ChoiceButton
from .text_field import KioskLineEdit
from .widgets import WrapLabel, set_invalid

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
