"""A meter the backend knows (online) on the entry screen: title, dial, verification date, one row per zone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mfc_rules import meters as m

from ...widgets import WrapLabel
from ..services.common import card
from .reading_row import ZoneRow
from .texts import date_text, dial_text, fmt, meter_title, reading_error


class MeterCard(QWidget):
    """A known meter (online): title, last readings and verification date, one row per zone."""

    def __init__(self, meter: m.Meter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")  # transparent: the card's colours show through
        self.meter = meter
        self.frame, box = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.title = WrapLabel(role="heading")
        self.details = WrapLabel(role="muted")
        self.details.setObjectName(f"details-{meter.serial}")
        self.refused = WrapLabel(role="status")
        self.refused.setObjectName(f"refused-{meter.serial}")
        for w in (self.title, self.details, self.refused):
            box.addWidget(w)
        self.rows = [ZoneRow(meter, zone) for zone in meter.zones]
        for row in self.rows:
            box.addWidget(row)

    def set_day(self, on: Any, jump_factor: float) -> None:
        self.expired = m.verification_expired(self.meter, on)
        for row in self.rows:
            row._on, row._jump = on, jump_factor
            row.setVisible(not self.expired)

    def retranslate(self) -> None:
        meter = self.meter
        self.title.setText(meter_title(meter))
        lines = [dial_text(meter)]  # the last reading of each zone is shown beside its field
        if meter.verification_due:
            lines.append(fmt(QCoreApplication.translate("Meters", "Verification due: %1"), date_text(meter.verification_due)))
        self.details.setText("\n".join(lines))
        expired = getattr(self, "expired", False)
        self.refused.setText("⚠ " + reading_error("verification_expired", meter,
                                                  {"due": meter.verification_due.isoformat()}) if expired and meter.verification_due else "")
        self.refused.setVisible(expired)
        for row in self.rows:
            row.retranslate()
