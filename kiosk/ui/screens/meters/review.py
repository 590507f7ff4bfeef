"""Meter readings, step 3: review, submit (one outbox item), receipt with the readings in the QR."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.domain import catalogue as cat
from kiosk.domain import meters as m
from kiosk.domain.receipts import ReceiptError, ReceiptLine, qr_matrix, qr_text
from offline_db.store import utcnow

from ...context import ScreenContext
from ...widgets import ButtonRow, WrapLabel
from ..base import Screen
from ..services.common import assisted_by, card, go_fresh, lang_text, notify_sync_new_item, screen_of
from ..services.receipt import ReceiptData
from .account import Visit
from .texts import fmt, meter_title, unit, zone_name

log = logging.getLogger(__name__)


def entry_text(e: m.ReadingEntry) -> str:
    value = f"{m.format_value(e.value, e.meter.decimals)} {unit(e.meter.kind)}"
    text = f"{meter_title(e.meter)}, {zone_name(e.zone, e.meter.tariff_zones)}: {value}"
    last = e.meter.last.get(e.zone)
    if last is not None and e.declared != "replacement":
        used = m.consumption(last.value, e.value, e.meter.digits, e.declared)
        text += " " + fmt(QCoreApplication.translate("Meters", "(used %1 %2)"), used, unit(e.meter.kind))
    notes = {"replacement": QCoreApplication.translate("Meters", "new meter"), "rollover": QCoreApplication.translate("Meters", "went past zero"),
             "jump": QCoreApplication.translate("Meters", "large consumption confirmed")}
    marks = [notes[f] for f in e.flags if f in notes]
    if not e.meter.known:
        marks.append(QCoreApplication.translate("Meters", "checked on delivery"))
    return text + (f" — {', '.join(marks)}" if marks else "")


def receipt_content(visit: Visit, period: str, online: bool):
    """Receipt texts in the language current when it is rendered."""
    entries = list(visit.entries)
    provider = dict(visit.provider)
    masked = visit.masked_account

    def content(lang: str) -> tuple[str, list[ReceiptLine], str]:
        import datetime as dt

        lines = [ReceiptLine(QCoreApplication.translate("Meters", "Provider"), lang_text(provider, "name", lang)),
                 ReceiptLine(QCoreApplication.translate("Meters", "Account"), masked)]
        lines += [ReceiptLine(QCoreApplication.translate("Meters", "Reading"), entry_text(e)) for e in entries]
        lines.append(ReceiptLine(QCoreApplication.translate("Meters", "Counts for"), m.period_label(dt.date.fromisoformat(period + "-01"), lang)))
        footer = (QCoreApplication.translate("Meters", "Keep this receipt. The provider's answer is shown by its number or QR code at any kiosk.") if online else
                  QCoreApplication.translate("Meters", "Saved on this kiosk and sent when the connection returns; the check against your previous readings "
                     "happens then. See the result by the receipt number at any kiosk."))
        return QCoreApplication.translate("Meters", "Meter readings submitted"), lines, footer

    return content


class MeterReviewScreen(Screen):
    screen_id = "meter_review"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.visit: Visit | None = None
        self._state = "none"  # none | ready | sending | failed
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.frame, box = card()
        self.heading = WrapLabel(role="heading")
        self.lines = WrapLabel()
        self.lines.setObjectName("ReviewReadings")
        self.window_label = WrapLabel()
        self.window_label.setObjectName("ReviewWindow")
        for w in (self.heading, self.lines, self.window_label):
            box.addWidget(w)
        self.body.addWidget(self.frame)
        self.message = WrapLabel(role="status")
        self.message.setObjectName("MeterReviewMessage")
        self.body.addWidget(self.message)
        actions = ButtonRow()
        self.submit_button = actions.add("SubmitReadingsButton", self.submit, role="primary")
        self.edit_button = actions.add("ChangeReadingsButton", lambda: self.ctx.navigator.back())
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Meters", "Check your readings")

    def show_review(self, visit: Visit) -> None:
        self.visit = visit
        self._state = "ready"
        self.retranslate()

    def submit(self) -> None:
        if self._state not in ("ready", "failed") or self.visit is None:
            return
        self._state = "sending"
        self.retranslate()
        visit, lang = self.visit, self.ctx.session.language
        assisted = assisted_by(self.ctx)

        def job(store: Any) -> tuple[Any, Any, Any]:
            done = m.submit_readings(store, visit.provider, visit.account_number, visit.house, visit.flat,
                                     visit.entries, online=visit.online, lang=lang, now=utcnow(),
                                     assisted_by=assisted)
            return done, cat.kiosk_office(store), cat.receipt_settings(store)

        self.ctx.tasks.submit(job, lambda result: self._submitted(visit, *result), self._failed, owner=self)

    def _submitted(self, visit: Visit, done: m.Submitted, office: dict[str, Any] | None,
                   settings: dict[str, str]) -> None:
        log.info("meter readings queued (%d readings)", len(visit.entries))  # no personal data
        qr_extra = "\n" + "\n".join(
            f"{e.meter.serial} {e.zone} {m.format_value(e.value, e.meter.decimals)}" for e in visit.entries)
        try:  # many readings may not fit a printable QR code: then it carries the number only
            qr_matrix(qr_text(done.receipt_number, settings.get("status_url", "")) + qr_extra)
        except ReceiptError:
            qr_extra = ""
        data = ReceiptData(kind="meter_readings", receipt_number=done.receipt_number, captured_at=done.captured_at,
                           office=office or {"timezone": visit.provider.get("timezone") or "Europe/Moscow"},
                           settings=settings, content=receipt_content(visit, done.period, visit.online),
                           qr_extra=qr_extra)
        notify_sync_new_item(self.ctx)
        screen_of(self.ctx, "receipt").show_receipt(data)  # type: ignore[attr-defined]
        for screen_id in ("meters", "meter_entry"):
            screen_of(self.ctx, screen_id).reset()
        self.reset()
        go_fresh(self.ctx, "receipt")

    def _failed(self, exc: BaseException) -> None:
        log.error("the readings could not be saved: %s", type(exc).__name__)
        self._state = "failed"
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        v = self.visit
        has = v is not None
        self.intro.setText(QCoreApplication.translate("Meters", "Check the readings. To change something, touch “Change”.") if has else
                           QCoreApplication.translate("Meters", "There are no readings to check. Start with your provider and account number."))
        self.frame.setVisible(has)
        if v is not None:
            self.heading.setText(fmt(QCoreApplication.translate("Meters", "%1, account %2"), lang_text(v.provider, "name", lang), v.masked_account))
            self.lines.setText("\n".join(entry_text(e) for e in v.entries))
            window = m.window_for(m.local_date(utcnow(), v.provider.get("timezone") or "Europe/Moscow"),
                                  int(v.provider.get("window_start_day") or 1), int(v.provider.get("window_end_day") or 25))
            self.window_label.setText(m.window_sentence(window, lang))
        messages = {"sending": QCoreApplication.translate("Meters", "Saving your readings…"),
                    "failed": QCoreApplication.translate("Meters", "The readings could not be saved on this kiosk. Nothing was sent. Please try again or ask a member of staff.")}
        self.message.setText(messages.get(self._state, ""))
        self.message.setVisible(self._state in messages)
        self.submit_button.setText(QCoreApplication.translate("Meters", "Send the readings"))
        self.submit_button.setAccessibleName(QCoreApplication.translate("Meters", "Send the readings"))
        self.submit_button.setEnabled(self._state in ("ready", "failed"))
        self.submit_button.setVisible(has)
        self.edit_button.setText(QCoreApplication.translate("Meters", "Change"))
        self.edit_button.setAccessibleName(QCoreApplication.translate("Meters", "Change the readings"))
        self.edit_button.setVisible(has)

    def reset(self) -> None:
        self.visit = None
        self._state = "none"
        self.retranslate()
