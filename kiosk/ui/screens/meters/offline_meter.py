"""A meter the citizen names offline on the entry screen: serial number, kind, tariff zones, readings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mfc_rules import meters as m

from ...forms_widgets import ChoiceButton
from ...layouts import FlowLayout
from ...text_field import KioskLineEdit
from ...widgets import WrapLabel
from ..services.common import card
from .reading_row import ZoneRow
from .texts import fmt, kind_name

#: Offline the dial is unknown: accept what any meter can show; the backend checks the real format.
OFFLINE_DIAL = {"electricity": (7, 1), "cold_water": (5, 3), "hot_water": (5, 3), "heat": (6, 3), "gas": (5, 3)}
SERIAL_WIDTH = 600


class OfflineMeter(QWidget):
    """A meter named by the citizen (offline): serial number, kind, tariff zones, readings."""

    def __init__(self, kinds: list[str], index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")  # transparent: the card's colours show through
        self.kinds = kinds or list(m.METER_KINDS)
        self.kind = self.kinds[0]
        self.zones = 1
        self.index = index
        self.frame, self.box = card(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.frame)
        self.title = WrapLabel(role="heading")
        self.serial_label = WrapLabel()
        self.serial = KioskLineEdit(sensitive=True)
        self.serial.setObjectName(f"serial-{index}")
        self.serial.setMaximumWidth(SERIAL_WIDTH)
        self.serial_error = WrapLabel(role="error")
        self.serial_error.setObjectName(f"serial-error-{index}")
        self.serial_error.hide()
        for w in (self.title, self.serial_label, self.serial, self.serial_error):
            self.box.addWidget(w)
        self.kind_buttons: list[tuple[str, ChoiceButton]] = []
        kind_row = QWidget()
        kind_row.setProperty("role", "group")
        flow = FlowLayout(kind_row, spacing=12)
        flow.setContentsMargins(0, 0, 0, 0)
        if len(self.kinds) > 1:
            for kind in self.kinds:
                b = ChoiceButton()
                b.setObjectName(f"kind-{index}-{kind}")
                b.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
                flow.addWidget(b)
                self.kind_buttons.append((kind, b))
        self.box.addWidget(kind_row)
        self.zone_buttons: list[tuple[int, ChoiceButton]] = []
        self.zone_row = QWidget()
        self.zone_row.setProperty("role", "group")
        zflow = FlowLayout(self.zone_row, spacing=12)
        zflow.setContentsMargins(0, 0, 0, 0)
        for n in (1, 2, 3):
            b = ChoiceButton()
            b.setObjectName(f"zones-{index}-{n}")
            b.clicked.connect(lambda _=False, k=n: self.set_zones(k))
            zflow.addWidget(b)
            self.zone_buttons.append((n, b))
        self.box.addWidget(self.zone_row)
        self.rows: list[ZoneRow] = []
        self._rebuild()

    def meter(self) -> m.Meter:
        digits, decimals = OFFLINE_DIAL.get(self.kind, (8, 3))
        return m.Meter(self.serial.text().strip(), self.kind, self.zones, digits, decimals)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.zones = 1 if kind != "electricity" else self.zones
        self._rebuild()

    def set_zones(self, n: int) -> None:
        self.zones = n
        self._rebuild()

    def _rebuild(self) -> None:
        texts = {(r.zone): r.edit.text() for r in self.rows}
        for row in self.rows:
            row.hide()  # no queued show opens it as a window of its own
            row.setParent(None)
            row.deleteLater()
        meter = self.meter()
        self.rows = [ZoneRow(meter, zone) for zone in meter.zones]
        for row in self.rows:
            row.edit.setText(texts.get(row.zone, ""))
            self.box.addWidget(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(fmt(QCoreApplication.translate("Meters", "Meter %1"), self.index + 1))
        self.serial_label.setText(QCoreApplication.translate("Meters", "Serial number of the meter (on its face)"))
        self.serial.setAccessibleName(fmt(QCoreApplication.translate("Meters", "Meter %1: serial number"), self.index + 1))
        for kind, b in self.kind_buttons:
            b.set_option_text(kind_name(kind))
            b.set_selected(kind == self.kind)
        self.zone_row.setVisible(self.kind == "electricity")
        for n, b in self.zone_buttons:
            b.set_option_text({1: QCoreApplication.translate("Meters", "One tariff"), 2: QCoreApplication.translate("Meters", "Two zones: T1, T2"), 3: QCoreApplication.translate("Meters", "Three zones: T1, T2, T3")}[n])
            b.set_selected(n == self.zones)
        for row in self.rows:
            row.meter = self.meter()
            row.retranslate()
