"""Meter readings, step 3: review, submit (one outbox item), receipt with the readings in the QR."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain import meters as m
from kiosk.domain.receipts import ReceiptError, ReceiptLine, qr_matrix, qr_text
from kiosk.services import catalogue as cat
from kiosk.services import meters as meter_service
from mfc_rules import meters as rules
from offline_db.store import utcnow

from ...context import ScreenContext
from ...widgets import ButtonRow, WrapLabel, blank
from ..base import Screen
from ..services.common import assisted_by, card, go_fresh, lang_text, notify_sync_new_item, screen_of
from ..services.receipt import ReceiptData
from .account import Visit
from .texts import fmt, meter_title, unit, value_text, window_text, zone_legend, zone_name, zone_word

log = logging.getLogger(__name__)


def reading_value(e: rules.ReadingEntry) -> str:
    """The reading with its unit, in the language's number format: ``9700,0 кВт·ч``."""
    return f"{value_text(e.value, e.meter.decimals)} {unit(e.meter.kind)}"


def reading_notes(e: rules.ReadingEntry) -> str:
    """What follows the value: the consumption and the declarations (" (used 39,0 kWh) — new meter")."""
    text = ""
    last = e.meter.last.get(e.zone)
    if last is not None and e.declared != "replacement":
        used = rules.consumption(last.value, e.value, e.meter.digits, e.declared)
        text += " " + fmt(QCoreApplication.translate("Meters", "(used %1 %2)"), value_text(used, e.meter.decimals),
                          unit(e.meter.kind))
    notes = {"replacement": QCoreApplication.translate("Meters", "new meter"), "rollover": QCoreApplication.translate("Meters", "went past zero"),
             "jump": QCoreApplication.translate("Meters", "large consumption confirmed")}
    marks = [notes[f] for f in e.flags if f in notes]
    if not e.meter.known:
        marks.append(QCoreApplication.translate("Meters", "checked on delivery"))
    return text + (f" — {', '.join(marks)}" if marks else "")


def zone_label(e: rules.ReadingEntry) -> str:
    """``T1`` under a meter's heading (its legend explains the codes); ``Reading`` for one tariff."""
    return e.zone if e.meter.tariff_zones > 1 else zone_name(e.zone, 1)


def receipt_line(e: rules.ReadingEntry) -> ReceiptLine:
    """One reading on its own receipt line: the meter and the zone with its meaning as the label
    (so no capital letter mid-line), the value and notes after it."""
    where = meter_title(e.meter)
    if e.meter.tariff_zones > 1:
        where += f", {e.zone} ({zone_word(e.zone, e.meter.tariff_zones)})"
    return ReceiptLine(where, reading_value(e) + reading_notes(e))


def by_meter(entries: list[rules.ReadingEntry]) -> list[tuple[rules.Meter, list[rules.ReadingEntry]]]:
    """The readings grouped per meter, meters and zones in the order they were entered."""
    groups: dict[str, tuple[rules.Meter, list[rules.ReadingEntry]]] = {}
    for e in entries:
        groups.setdefault(e.meter.serial, (e.meter, []))[1].append(e)
    return list(groups.values())


class MeterGroup(QWidget):
    """One meter on the review: its heading once, the tariff codes explained once, then one line
    per zone with the value in bold."""

    def __init__(self, meter: rules.Meter, entries: list[rules.ReadingEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "group")  # transparent: the card's colours show through
        self.meter, self.entries = meter, entries
        self.setObjectName(f"review-{meter.serial}")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.heading = WrapLabel(role="heading")
        self.legend = WrapLabel(role="muted")
        self.lines = WrapLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.heading, self.legend, self.lines):
            box.addWidget(w)

    def retranslate(self) -> None:
        self.heading.setText(meter_title(self.meter))
        self.legend.setText(zone_legend(self.meter.tariff_zones))
        self.legend.setVisible(self.meter.tariff_zones > 1)
        self.lines.setText("<br>".join(
            f"{html.escape(zone_label(e))}: <b>{html.escape(reading_value(e))}</b>{html.escape(reading_notes(e))}"
            for e in self.entries))
        self.lines.setAccessibleName(self.plain_text())

    def plain_text(self) -> str:
        return "\n".join(f"{zone_label(e)}: {reading_value(e)}{reading_notes(e)}" for e in self.entries)


def receipt_content(visit: Visit, done: m.Submitted, online: bool):
    """Receipt texts in the language current when it is rendered.  The period and the date to deliver
    by are the capture-time rule's (``mfc_rules.capture``): never a period the backend will not use."""
    entries = list(visit.entries)
    provider = dict(visit.provider)
    masked = visit.masked_account

    def content(lang: str) -> tuple[str, list[ReceiptLine], str]:
        lines = [ReceiptLine(QCoreApplication.translate("Meters", "Provider"), lang_text(provider, "name", lang)),
                 ReceiptLine(QCoreApplication.translate("Meters", "Account"), masked)]
        lines += [receipt_line(e) for e in entries]
        lines += period_lines(done, lang)
        # Queued in the kiosk's outbox: nothing is delivered yet when the receipt is shown or printed.
        footer = (QCoreApplication.translate("Meters", "They will be sent to the provider automatically. Keep this receipt: check the provider's "
                                                       "answer later at this kiosk with this receipt's number or QR code.") if online else
                  QCoreApplication.translate("Meters", "No connection now: your readings will be checked and sent automatically when it returns. "
                                                       "Keep this receipt: check the provider's answer later at this kiosk with this receipt's number or QR "
                                                       "code."))
        if done.checked:
            footer += " " + QCoreApplication.translate(
                "Meters", "The kiosk could not check its clock with the provider: the provider checks the date of the readings, "
                          "and the answer will say whether they count.")
        return QCoreApplication.translate("Meters", "Meter readings saved on the kiosk"), lines, footer

    return content


def period_lines(done: m.Submitted, lang: str) -> list[ReceiptLine]:
    """“Counts for” and the last day the readings must reach the provider (or that the provider decides)."""
    import datetime as dt

    counts = QCoreApplication.translate("Meters", "Counts for")
    if done.period is None:
        return [ReceiptLine(counts, QCoreApplication.translate("Meters", "decided by the provider from the date of the readings"))]
    lines = [ReceiptLine(counts, m.period_label(dt.date.fromisoformat(done.period + "-01"), lang))]
    if done.deliver_by:
        lines.append(ReceiptLine(QCoreApplication.translate("Meters", "Count if they reach the provider by"),
                                 dt.date.fromisoformat(done.deliver_by).strftime("%d.%m.%Y")))
    return lines


class MeterReviewScreen(Screen):
    screen_id = "meter_review"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.visit: Visit | None = None
        self._state = "none"  # none | ready | sending | failed
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.frame, box = card()
        box.setSpacing(16)
        self.heading = WrapLabel(role="heading")
        self.window_label = WrapLabel()
        self.window_label.setObjectName("ReviewWindow")
        self.groups_box = QVBoxLayout()
        self.groups_box.setSpacing(20)
        self.groups: list[MeterGroup] = []
        box.addWidget(self.heading)
        box.addWidget(self.window_label)
        box.addLayout(self.groups_box)
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
        self._set_groups(visit.entries)
        self.retranslate()
        self.page.verticalScrollBar().setValue(0)

    def _set_groups(self, entries: list[rules.ReadingEntry]) -> None:
        for group in self.groups:
            group.hide()  # no queued show opens it as a window of its own
            group.setParent(None)
            group.deleteLater()
        self.groups = [MeterGroup(meter, rows) for meter, rows in by_meter(entries)]
        for group in self.groups:
            self.groups_box.addWidget(group)

    def readings_text(self) -> str:
        """The readings as listed (plain text, for tests and screen readers)."""
        return "\n".join(f"{g.heading.text()}\n{g.plain_text()}" for g in self.groups)

    def submit(self) -> None:
        if self._state not in ("ready", "failed") or self.visit is None:
            return
        self._state = "sending"
        self.retranslate()
        visit, lang = self.visit, self.ctx.session.language
        assisted = assisted_by(self.ctx)

        def job(store: Any) -> tuple[Any, Any, Any]:
            done = meter_service.submit_readings(store, visit.provider, visit.account_number, visit.house, visit.flat,
                                     visit.entries, online=visit.online, lang=lang, now=utcnow(),
                                     assisted_by=assisted)
            return done, cat.kiosk_office(store), cat.receipt_settings(store)

        bound = self.ctx.visit.bound  # a visitor who has gone Home is not shown (nor sent to) the receipt
        self.ctx.tasks.submit(job, bound(lambda result: self._submitted(visit, *result)), bound(self._failed),
                              owner=self)

    def _submitted(self, visit: Visit, done: m.Submitted, office: dict[str, Any] | None,
                   settings: dict[str, str]) -> None:
        log.info("meter readings queued (%d readings)", len(visit.entries))  # no personal data
        qr_extra = "\n" + "\n".join(
            f"{e.meter.serial} {e.zone} {rules.format_value(e.value, e.meter.decimals)}" for e in visit.entries)
        try:  # many readings may not fit a printable QR code: then it carries the number only
            qr_matrix(qr_text(done.receipt_number, settings.get("status_url", "")) + qr_extra)
        except ReceiptError:
            qr_extra = ""
        data = ReceiptData(kind="meter_readings", receipt_number=done.receipt_number, captured_at=done.captured_at,
                           office=office or {"timezone": visit.provider.get("timezone") or "Europe/Moscow"},
                           settings=settings, content=receipt_content(visit, done, visit.online),
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
        self.intro.setText(fmt(QCoreApplication.translate("Meters", "Nothing is sent until you touch “%1”. To correct a reading, touch “%2”."),
                               QCoreApplication.translate("Meters", "Send the readings"), QCoreApplication.translate("Meters", "Change"))
                           if has else
                           QCoreApplication.translate("Meters", "There are no readings to check. Start with your provider and account number."))
        self.frame.setVisible(has)
        if v is not None:
            self.heading.setText(fmt(QCoreApplication.translate("Meters", "%1, account %2"), lang_text(v.provider, "name", lang), v.masked_account))
            for group in self.groups:
                group.retranslate()
            self.window_label.setText(window_text(v.provider, v.clock, lang))
        else:
            blank(self.heading, self.window_label)
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
        self._set_groups([])
        self.retranslate()
