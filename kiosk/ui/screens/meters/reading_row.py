"""One meter reading on the entry screen: its field, message, replacement/rollover choice and jump confirmation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mfc_rules import meters as m
from offline_db.store import utcnow

from ...forms_widgets import ChoiceButton
from ...text_field import KioskLineEdit
from ...widgets import WrapLabel, set_invalid, set_role
from .texts import date_text, fmt, meter_title, reading_error, unit, value_text, zone_name

#: A reading field is as wide as the longest reading at 200 % text, not as the screen.
READING_WIDTH = 400


class ZoneRow(QWidget):
    """One reading: the field, its message, the replacement/rollover choice and the jump confirmation."""

    def __init__(self, meter: m.Meter, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")  # transparent: the card's colours show through
        self.meter, self.zone = meter, zone
        self.declared: str | None = None
        self.confirmed = False
        self.verdict: m.Verdict | None = None
        self.code = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        # The label above its field, the last accepted reading right beside it.
        self.label = WrapLabel(role="heading")
        box.addWidget(self.label)
        line = QHBoxLayout()
        line.setSpacing(24)
        self.edit = KioskLineEdit()
        self.edit.setObjectName(f"reading-{meter.serial}-{zone}")
        self.edit.setInputMethodHints(self.edit.inputMethodHints() | Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.setMinimumWidth(READING_WIDTH)
        self.edit.setMaximumWidth(READING_WIDTH)
        self.last_label = WrapLabel(role="muted")
        self.last_label.setObjectName(f"last-{meter.serial}-{zone}")
        line.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)  # left even when nothing is beside it
        line.addWidget(self.last_label, 1, Qt.AlignmentFlag.AlignVCenter)
        box.addLayout(line)
        self.error = WrapLabel(role="error")
        self.error.setObjectName(f"error-{meter.serial}-{zone}")
        box.addWidget(self.error)
        self.choices = QWidget()
        self.choices.setProperty("role", "group")
        column = QVBoxLayout(self.choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.replaced = ChoiceButton()
        self.replaced.setObjectName(f"replaced-{meter.serial}-{zone}")
        self.rolled = ChoiceButton()
        self.rolled.setObjectName(f"rollover-{meter.serial}-{zone}")
        self.confirm = ChoiceButton(("☑", "☐"))
        self.confirm.setObjectName(f"confirm-{meter.serial}-{zone}")
        for b in (self.replaced, self.rolled, self.confirm):
            column.addWidget(b)
        box.addWidget(self.choices)
        self.replaced.clicked.connect(lambda: self.declare("replacement"))
        self.rolled.clicked.connect(lambda: self.declare("rollover"))
        self.confirm.clicked.connect(self.toggle_confirm)
        self.edit.textEdited.connect(self._edited)

    def _edited(self) -> None:
        self.confirmed = False

    def declare(self, what: str) -> None:
        self.declared = None if self.declared == what else what
        self.confirmed = False
        self.check()

    def toggle_confirm(self) -> None:
        self.confirmed = not self.confirmed
        self.check()

    def value(self) -> Decimal | str:
        return m.parse_reading(self.edit.text(), self.meter.digits, self.meter.decimals)

    def check(self, *, required: bool = False, on: Any = None, jump_factor: float = m.DEFAULT_JUMP_FACTOR) -> str:
        """Validate now; returns the error code ('' when fine or empty and not required)."""
        self.verdict = None
        value = self.value()
        if value == "reading_empty" and not required:
            self.code = ""
        elif isinstance(value, str):
            self.code = value
        else:
            on = on or getattr(self, "_on", None) or utcnow().date()
            self._on = on
            self.verdict = m.check_reading(self.meter, self.zone, value, on=on,
                                           jump_factor=getattr(self, "_jump", jump_factor),
                                           declared=self.declared, jump_confirmed=self.confirmed)
            self.code = self.verdict.code or ""
        self.retranslate()
        return self.code

    def entry(self) -> m.ReadingEntry | None:
        value = self.value()
        if isinstance(value, str) or self.code:
            return None
        flags = self.verdict.flags if self.verdict else ()
        declared = self.declared if self.declared in flags else None
        return m.ReadingEntry(self.meter, self.zone, value, declared, "jump" in flags, flags)

    def retranslate(self) -> None:
        self.label.setText(f"{zone_name(self.zone, self.meter.tariff_zones)}, {unit(self.meter.kind)}")
        last = self.meter.last.get(self.zone)
        self.last_label.setText(fmt(QCoreApplication.translate("Meters", "Last accepted reading%1: %2 on %3"), "",
                                    value_text(last.value, self.meter.decimals), date_text(last.read_on)) if last else "")
        self.last_label.setVisible(last is not None)
        v = self.verdict
        message = reading_error(self.code, self.meter, dict(v.params) if v else None,
                                v.consumption if v else None, v.limit if v else None) if self.code else ""
        confirmed = not self.code and v is not None and "jump" in v.flags
        if confirmed:
            message = QCoreApplication.translate("Meters", "Confirmed: the provider will review this unusually large consumption.")
        self.error.setText(f"✓ {message}" if confirmed else f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        role = "success" if confirmed else "error"
        set_role(self.error, role)
        set_invalid(self.edit, bool(self.code))
        lower = self.code == "lower_than_last" or self.declared is not None
        jump = self.code in ("jump_unconfirmed", "rollover_implausible") or self.confirmed
        self.replaced.set_option_text(QCoreApplication.translate("Meters", "The meter was replaced with a new one"))
        self.replaced.set_selected(self.declared == "replacement")
        self.rolled.set_option_text(QCoreApplication.translate("Meters", "The meter went past its largest value and started again from zero"))
        self.rolled.set_selected(self.declared == "rollover")
        self.confirm.set_option_text(QCoreApplication.translate("Meters", "Yes, the reading is correct"))
        self.confirm.set_selected(self.confirmed)
        self.replaced.setVisible(lower and self.meter.known)
        self.rolled.setVisible(lower and self.meter.known)
        self.confirm.setVisible(jump)
        self.choices.setVisible(lower and self.meter.known or jump)
        name = self.label.text()
        if last is not None:
            name = f"{name}. {self.last_label.text()}"
        self.edit.setAccessibleName(f"{meter_title(self.meter)}, {name}. {message}" if message
                                    else f"{meter_title(self.meter)}, {name}")
