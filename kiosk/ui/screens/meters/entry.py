"""Meter readings, step 2: the meters (online, from the backend) or meters named by serial number
(offline), readings checked at the field, the submission window sentence."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mfc_rules import meters as m
from offline_db.store import utcnow

from ...context import ScreenContext
from ...forms_widgets import ChoiceButton
from ...leave_guard import LeaveGuard
from ...widgets import ButtonRow, FlowLayout, KioskLineEdit, WrapLabel, blank, set_invalid, set_role
from ..base import Screen
from ..services.common import card, lang_text, screen_of
from .account import Visit, cancel_scroll, scroll_to_top
from .texts import (
    date_text,
    dial_text,
    fmt,
    kind_name,
    meter_title,
    reading_error,
    unit,
    value_text,
    window_text,
    zone_name,
)

log = logging.getLogger(__name__)

#: Offline the dial is unknown: accept what any meter can show; the backend checks the real format.
OFFLINE_DIAL = {"electricity": (7, 1), "cold_water": (5, 3), "hot_water": (5, 3), "heat": (6, 3), "gas": (5, 3)}
#: A reading field is as wide as the longest reading at 200 % text, not as the screen.
READING_WIDTH = 400
SERIAL_WIDTH = 600


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


class EntryScreen(Screen):
    screen_id = "meter_entry"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.visit: Visit | None = None
        self.cards: list[MeterCard] = []
        self.offline_meters: list[OfflineMeter] = []
        self.heading = WrapLabel(role="heading")
        self.heading.setObjectName("AccountHeading")
        self.body.addWidget(self.heading)
        self.window_label = WrapLabel()
        self.window_label.setObjectName("WindowSentence")
        self.body.addWidget(self.window_label)
        self.notice = WrapLabel(role="status")
        self.notice.setObjectName("OfflineNotice")
        self.body.addWidget(self.notice)
        self.meters_box = QVBoxLayout()
        self.meters_box.setSpacing(24)
        self.body.addLayout(self.meters_box)
        self.summary = WrapLabel(role="status")
        self.summary.setObjectName("EntrySummary")
        self.summary.hide()
        self.body.addWidget(self.summary)
        actions = ButtonRow()
        self.next_button = actions.add("ReviewReadingsButton", role="primary")
        self.add_button = actions.add("AddMeterButton")
        self.start_button = actions.add("StartMetersButton")
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self)
        self.next_button.clicked.connect(self.next)
        self.add_button.clicked.connect(self.add_offline_meter)
        self.start_button.clicked.connect(lambda: self.ctx.navigator.go("meters"))
        self._summary = ""
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Meters", "Enter the readings")

    def start(self, visit: Visit) -> None:
        self.clear()
        self.visit = visit
        on = m.local_date(utcnow(), visit.provider.get("timezone") or "Europe/Moscow")
        jump = float(visit.provider.get("jump_factor") or m.DEFAULT_JUMP_FACTOR)
        if visit.online:
            for meter in visit.meters:
                c = MeterCard(meter)
                c.set_day(on, jump)
                for row in c.rows:
                    row.edit.editingFinished.connect(lambda r=row: self._row_left(r))
                self.meters_box.addWidget(c)
                self.cards.append(c)
        else:
            self.add_offline_meter()
        self.retranslate()
        cancel_scroll(self.page)
        self.page.verticalScrollBar().setValue(0)

    def add_offline_meter(self) -> None:
        if self.visit is None or len(self.offline_meters) >= 8:
            return
        om = OfflineMeter(list(self.visit.provider.get("services") or []), len(self.offline_meters))
        self.meters_box.addWidget(om)
        self.offline_meters.append(om)
        om.retranslate()
        self.retranslate()

    def clear(self) -> None:
        for w in [*self.cards, *self.offline_meters]:
            w.hide()  # no queued show opens it as a window of its own
            w.setParent(None)
            w.deleteLater()
        self.cards, self.offline_meters = [], []
        self.visit = None
        self._summary = ""

    def rows(self) -> list[ZoneRow]:
        out = [r for c in self.cards if not getattr(c, "expired", False) for r in c.rows]
        return out + [r for om in self.offline_meters for r in om.rows]

    def _row_left(self, row: ZoneRow) -> None:
        if row.edit.text().strip() or row.code:
            row.check()

    def next(self) -> None:
        if self.visit is None:
            return
        on = m.local_date(utcnow(), self.visit.provider.get("timezone") or "Europe/Moscow")
        jump = float(self.visit.provider.get("jump_factor") or m.DEFAULT_JUMP_FACTOR)
        problems: list[tuple[QWidget, QWidget]] = []  # (the field to correct, what to scroll to)
        for om in self.offline_meters:
            filled = any(r.edit.text().strip() for r in om.rows)
            missing = filled and not om.serial.text().strip()
            om.serial_error.setText("⚠ " + reading_error("serial_empty", om.meter()) if missing else "")
            om.serial_error.setVisible(missing)
            set_invalid(om.serial, missing)
            if missing:
                problems.append((om.serial, om.serial_label))
            for r in om.rows:
                r.meter = om.meter()
        entries: list[m.ReadingEntry] = []
        for row in self.rows():
            if row.check(on=on, jump_factor=jump):
                problems.append((row.edit, row))
            elif (entry := row.entry()) is not None:
                entries.append(entry)
        if not problems and not entries:
            self._summary = "empty"
        elif problems:
            self._summary = "errors"
        else:
            self._summary = ""
        self.retranslate()
        if problems:
            field, shown = problems[0]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_to_top(self.page, shown)  # the first warning and its choices, not the top of the page
            return
        if not entries:
            self.page.ensureWidgetVisible(self.summary, 50, 80)
            return
        self.visit.entries = entries
        review = screen_of(self.ctx, "meter_review")
        review.show_review(self.visit)  # type: ignore[attr-defined]
        self.ctx.navigator.go("meter_review")

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        v = self.visit
        has = v is not None
        self.heading.setVisible(has)
        self.window_label.setVisible(has)
        if v is not None:
            self.heading.setText(fmt(QCoreApplication.translate("Meters", "%1, account %2"), lang_text(v.provider, "name", lang), v.masked_account))
            self.window_label.setText(window_text(v.provider, v.clock, lang))
        else:
            blank(self.heading, self.window_label)
        self.notice.setVisible(has and not v.online)  # type: ignore[union-attr]
        self.notice.setText(QCoreApplication.translate("Meters", "No connection to the provider: enter each meter's serial number and its reading. They "
                                                         "will be checked and sent automatically. Check the result later with the receipt number "
                                                         "on the “Check status by receipt” screen.")
                            if not (has and v.online) else "")  # type: ignore[union-attr]
        if has and v.online and not v.meters:  # type: ignore[union-attr]
            self.notice.setText(QCoreApplication.translate("Meters", "No meters are registered on this account. Please contact the provider."))
            self.notice.setVisible(True)
        for c in self.cards:
            c.retranslate()
        for om in self.offline_meters:
            om.retranslate()
        summaries = {"errors": QCoreApplication.translate("Meters", "Some readings need your attention: see the messages marked ⚠."),
                     "empty": QCoreApplication.translate("Meters", "Enter at least one reading.")}
        self.summary.setText("⚠ " + summaries.get(self._summary, ""))
        self.summary.setVisible(self._summary in summaries)
        self.next_button.setText(QCoreApplication.translate("Meters", "Next: check the readings"))
        self.next_button.setAccessibleName(QCoreApplication.translate("Meters", "Next: check the readings before sending"))
        self.next_button.setVisible(has)
        self.add_button.setText(QCoreApplication.translate("Meters", "Add another meter"))
        self.add_button.setAccessibleName(QCoreApplication.translate("Meters", "Add another meter by its serial number"))
        self.add_button.setVisible(has and not v.online)  # type: ignore[union-attr]
        self.start_button.setText(QCoreApplication.translate("Meters", "Find my account"))
        self.start_button.setAccessibleName(QCoreApplication.translate("Meters", "Find my account: choose the provider and enter the account number"))
        self.start_button.setVisible(not has)

    def reset(self) -> None:
        self.clear()
        self.retranslate()
        cancel_scroll(self.page)
