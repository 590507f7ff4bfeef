"""The receipt screen shared by applications and queue tickets: number, QR code, printing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.receipts import Receipt, ReceiptError, ReceiptLine, office_local_time, qr_matrix, qr_text
from offline_db.store import parse_utc

from ...context import ScreenContext
from ...forms_widgets import QrWidget
from ...spoken import sentences, spell_groups
from ...widgets import ButtonRow, CodeLabel, WrapLabel, blank, set_role
from ..base import Screen
from .common import card, lang_text
from .messages import term_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceiptData:
    """What a receipt is made of, in both languages (it is re-rendered on a language switch)."""

    kind: str                        # application | queue_ticket
    receipt_number: str
    captured_at: str                 # UTC ISO
    office: dict[str, Any]
    service_ru: str = ""
    service_en: str = ""
    category_ru: str = ""
    category_en: str = ""
    term_days: int = 0
    ticket: str = ""
    waiting_ahead: int = 0
    wait_min: int = 0
    settings: dict[str, str] = field(default_factory=dict)
    #: Other kinds (meter readings): ``content(lang)`` → (title, lines, footer) in the current language.
    content: Callable[[str], tuple[str, list[ReceiptLine], str]] | None = None
    #: Lines added to the QR code after the receipt number (e.g. each meter reading).
    qr_extra: str = ""
    #: True once the regional office has the request; a new submission is only saved on the kiosk.
    delivered: bool = False


def build_receipt(data: ReceiptData, lang: str) -> Receipt:
    """The printable receipt in ``lang`` (texts translated with the catalogue now installed)."""
    service = data.service_en if lang == "en" else data.service_ru
    lines: list[ReceiptLine] = []
    if data.content is not None:
        title, lines, footer = data.content(lang)
    elif data.kind == "queue_ticket":
        title = QCoreApplication.translate("Receipt", "Queue ticket")
        number_label = QCoreApplication.translate("Receipt", "Number to check the status")
        category = data.category_en if lang == "en" else data.category_ru
        if service:
            lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "Service"), service))
        elif category:
            lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "Category"), category))
        lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "People ahead of you"), str(data.waiting_ahead)))
        lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "Estimated wait"), QCoreApplication.translate("Receipt", "about %1 min").replace("%1", str(data.wait_min))))
        footer = QCoreApplication.translate("Receipt", "Watch the screen in the hall: your ticket number will be called.")
    else:
        lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "Service"), service))
        if data.term_days:
            lines.append(ReceiptLine(QCoreApplication.translate("Receipt", "How long it takes"), term_text(data.term_days)))
        check = QCoreApplication.translate("Receipt", "Keep this receipt: you can check the status at this kiosk by its number or QR code.")
        if data.delivered:
            title = QCoreApplication.translate("Receipt", "Application submitted")
            footer = check
        else:
            title = QCoreApplication.translate("Receipt", "Application saved on the kiosk")
            footer = QCoreApplication.translate("Receipt", "The kiosk sends it to the regional office automatically; you do not need to do anything.") + " " + check
    if data.content is not None or data.kind != "queue_ticket":
        number_label = QCoreApplication.translate("Receipt", "Receipt No.")
    timezone = data.office.get("timezone") or "Europe/Moscow"
    return Receipt(
        receipt_number=data.receipt_number, title=title,
        office_name=lang_text(data.office, "name", lang), office_address=lang_text(data.office, "address", lang),
        local_time=office_local_time(parse_utc(data.captured_at), timezone), lines=tuple(lines), footer=footer,
        qr_text=qr_text(data.receipt_number, data.settings.get("status_url", "")) + data.qr_extra,
        labels={"number": number_label, "time": QCoreApplication.translate("Receipt", "Issued"),
                "headline": QCoreApplication.translate("Receipt", "Ticket")},
        headline=data.ticket if data.kind == "queue_ticket" and data.content is None else "")


class ReceiptScreen(Screen):
    screen_id = "receipt"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: ReceiptData | None = None
        self.print_state = "none"  # none | printing | printed | failed
        self.job_running = False  # a print job of this screen is on the print worker
        self.auto_print = True
        self.what = WrapLabel(role="heading")
        self.what.setObjectName("ReceiptWhat")
        self.body.addWidget(self.what)
        self.ticket = WrapLabel(role="heading")
        self.ticket.setObjectName("TicketNumber")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.ticket)
        self.wait = WrapLabel()
        self.wait.setObjectName("TicketWait")
        self.wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.wait)

        self.print_message = WrapLabel(role="status")
        self.print_message.setObjectName("PrintMessage")
        self.body.addWidget(self.print_message)

        self.frame, box = card()
        row = QHBoxLayout()
        row.setSpacing(32)
        texts = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(texts)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.number_caption = WrapLabel(role="muted")
        self.number = CodeLabel(role="heading")
        self.number.setObjectName("ReceiptNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.details = WrapLabel()
        self.details.setObjectName("ReceiptDetails")
        for label in (self.number_caption, self.number, self.details):
            column.addWidget(label)
        column.addStretch(1)
        row.addWidget(texts, 1)
        self.qr = QrWidget(260)
        self.qr.setObjectName("ReceiptQr")
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.body.addWidget(self.frame)

        actions = ButtonRow()
        self.done_button = actions.add("DoneButton", role="primary")
        self.print_button = actions.add("PrintButton")
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.print_button.clicked.connect(self.print_now)
        ctx.session.appearance_changed.connect(self._apply_sizes)
        self._apply_sizes()
        self.done_button.clicked.connect(lambda: self.ctx.navigator.home())
        self.retranslate()

    def title(self) -> str:
        if self.data is not None and self.data.kind == "queue_ticket" and self.data.content is None:
            return QCoreApplication.translate("Receipt", "Queue ticket")
        return QCoreApplication.translate("Receipt", "Your receipt")

    def _apply_sizes(self) -> None:
        """The ticket number very large and the receipt number large, at every font scale."""
        scale = self.ctx.session.font_scale / 100
        self.ticket.setStyleSheet(f"font-size: {round(80 * scale)}px; font-weight: bold;")
        self.number.setStyleSheet(f"font-size: {round(48 * scale)}px; font-weight: bold;")

    def show_receipt(self, data: ReceiptData, *, auto_print: bool = True) -> None:
        self.data = data
        self.print_state = "printing" if auto_print else "none"
        try:
            self.qr.set_matrix(qr_matrix(qr_text(data.receipt_number, data.settings.get("status_url", ""))
                                         + data.qr_extra))
        except ReceiptError:
            self.qr.set_matrix(qr_matrix(data.receipt_number))
        printer = self.ctx.printing.state
        if auto_print and printer is not None and not printer.ready:
            self.print_state = "failed"  # known before: no waiting for a printer that cannot print
            log.warning("receipt not printed: the printer is %s", printer.state)
        self.retranslate()
        if self.print_state == "printing":
            QTimer.singleShot(0, self.print_now)  # after the screen is painted

    def print_now(self) -> None:
        """Print on the print worker; the screen says "printed" only once CUPS reports the job
        done.  A failure stays on screen with number and QR code."""
        if self.data is None or self.job_running:
            return
        try:
            receipt = build_receipt(self.data, self.ctx.session.language)
        except ReceiptError as exc:
            log.error("receipt could not be printed: %s", exc)
            self._printed(self.data, None)
            return
        self.print_state, self.job_running = "printing", True
        self.retranslate()
        data = self.data
        self.ctx.printing.print_receipt(receipt, data.settings,
                                        self.ctx.visit.bound(lambda outcome: self._printed(data, outcome)))

    def _printed(self, data: ReceiptData, outcome: Any) -> None:
        self.job_running = False
        if data is not self.data:
            return  # another receipt is on screen now
        if outcome is not None and not outcome.ok:
            log.warning("receipt not printed: %s", outcome.message)
        self.print_state = "printed" if outcome is not None and outcome.ok else "failed"
        self.retranslate()

    def is_ready(self) -> bool:
        return self.print_state != "printing"

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        d = self.data
        self.frame.setVisible(d is not None)
        self.print_button.setVisible(d is not None)
        self.print_button.setText({"printed": QCoreApplication.translate("Receipt", "Print again"),
                                   "failed": QCoreApplication.translate("Receipt", "Try printing again")}.get(
                                       self.print_state, QCoreApplication.translate("Receipt", "Print the receipt")))
        self.print_button.setAccessibleName(self.print_button.text())
        self.done_button.setText(QCoreApplication.translate("Receipt", "Done"))
        self.done_button.setAccessibleName(QCoreApplication.translate("Receipt", "Done: back to the start"))
        is_ticket = d is not None and d.kind == "queue_ticket" and d.content is None
        self.ticket.setVisible(is_ticket)
        self.wait.setVisible(is_ticket)
        messages = {
            "printing": QCoreApplication.translate("Receipt", "Printing the receipt…"),
            "printed": QCoreApplication.translate("Receipt", "The ticket has been printed. Please take it from the printer.")
            if is_ticket else QCoreApplication.translate("Receipt", "The receipt has been printed. Please take it from the printer."),
            "failed": QCoreApplication.translate("Receipt", "The printer is not working. Write down the number below or photograph "
                         "the QR code with your phone; a member of staff can also help. Your request is saved on this kiosk."),
        }
        self.print_message.setText(messages.get(self.print_state, ""))
        self.print_message.setVisible(self.print_state in messages and d is not None)
        set_role(self.print_message, "success" if self.print_state == "printed" else "status")
        if d is None:
            blank(self.ticket, self.wait, self.number_caption, self.number, self.details)
            self.qr.setAccessibleName("")
            self.what.setText(QCoreApplication.translate("Receipt", "There is no receipt to show. Touch “Done” to go back to the start."))
            self.what.setVisible(True)
            return
        receipt = build_receipt(d, lang)
        self.what.setText(receipt.title)
        self.what.setVisible(not is_ticket)  # a ticket: the title bar and the big number say it
        self.number_caption.setText(receipt.labels["number"])
        self.number.setText(d.receipt_number)
        self.number.setAccessibleName(f"{receipt.labels['number']} {' '.join(d.receipt_number)}")
        lines = [receipt.office_name, receipt.office_address,
                 f"{receipt.labels['time']}: {receipt.local_time}"]
        if is_ticket:
            self.ticket.setText(QCoreApplication.translate("Receipt", "Your ticket: %1").replace("%1", d.ticket))
            self.wait.setText(QCoreApplication.translate("Receipt", "People ahead of you: %1. Estimated wait: about %2 min.")
                              .replace("%1", str(d.waiting_ahead)).replace("%2", str(d.wait_min)))
            # ticket, people ahead and wait are in large type above: the card adds only the topic
            topic = d.service_en if lang == "en" else d.service_ru
            topic_label = QCoreApplication.translate("Receipt", "Service")
            if not topic:
                topic = d.category_en if lang == "en" else d.category_ru
                topic_label = QCoreApplication.translate("Receipt", "Category")
            if topic:
                lines.append(f"{topic_label}: {topic}")
        else:
            lines += [f"{line.label}: {line.value}" for line in receipt.lines]
        lines.append(receipt.footer)
        self.details.setText("\n".join(line for line in lines if line))
        self.qr.setAccessibleName(QCoreApplication.translate("Receipt", "QR code of receipt %1").replace("%1", d.receipt_number))

    def spoken_summary(self) -> str:
        """What was done, the number spelled in groups, what to do next (and the printer's news)."""
        d = self.data
        if d is None:
            return sentences([self.what.text()])
        receipt = build_receipt(d, self.ctx.session.language)
        parts = []
        if d.kind == "queue_ticket" and d.content is None:
            parts += [QCoreApplication.translate("Receipt", "Your ticket: %1").replace("%1", spell_groups(d.ticket)),
                      self.wait.text()]
        else:
            parts.append(receipt.title)
        parts += [f"{receipt.labels['number'].rstrip(':')}: {spell_groups(d.receipt_number)}", receipt.footer]
        if self.print_message.isVisibleTo(self):
            parts.append(self.print_message.text())
        parts.append(QCoreApplication.translate("Receipt", "When you are done, touch “Done” to go back to the start."))
        return sentences(parts)

    def reset(self) -> None:
        self.data = None
        self.print_state, self.job_running = "none", False  # a running job's answer is dropped (ctx.visit)
        self.qr.set_matrix([])
        self.retranslate()
