"""Meter readings, step 2: the meters (online, from the backend) or meters named by serial number
(offline), readings checked at the field, the submission window sentence."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mfc_rules import meters as m
from offline_db.store import utcnow

from ...context import ScreenContext
from ...leave_guard import LeaveGuard
from ...widgets import ButtonRow, WrapLabel, blank, set_invalid
from ..base import Screen
from ..services.common import lang_text, screen_of
from .account import Visit, cancel_scroll, scroll_to_top
from .known_meter import MeterCard
from .offline_meter import OfflineMeter
from .reading_row import ZoneRow
from .texts import fmt, reading_error, window_text

log = logging.getLogger(__name__)


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
