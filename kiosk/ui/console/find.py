"""Find a submission: the list of what waits or was refused on this kiosk (newest first, masked), a
search by receipt number (typed or a scanned QR), phone or policy number (audited, never the value);
the one found: what it is, its state in the clerk's words, the backend's answer, the reason if
refused, personal data masked (unmasked on a tap, audited); reprint."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.console import lookup, pending, reports
from kiosk.domain import status as st
from kiosk.domain.receipts import ReceiptError
from kiosk.services import status as status_service

from ..context import ScreenContext
from ..i18n import local_decimal
from ..screens.services.common import card
from ..screens.services.messages import kind_text, reading_outcome_lines, state_short
from ..screens.services.status import NetworkJobs
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, TextField, fmt
from .find_list import SubmissionList, clerk_state_text

log = logging.getLogger(__name__)


def receipt_data(data: dict[str, Any]) -> Any:
    """A :class:`ReceiptData` for a reprint (any kind of submission)."""
    from ..screens.services.receipt import ReceiptData

    fields = {k: v for k, v in data.items() if k in ReceiptData.__dataclass_fields__}
    if data["kind"] not in ("application", "queue_ticket"):
        def content(lang: str) -> tuple[str, list[Any], str]:
            from kiosk.domain.receipts import ReceiptLine

            lines = []
            service = data.get("service_en") if lang == "en" else data.get("service_ru")
            if service:
                lines.append(ReceiptLine(QCoreApplication.translate("Console", "Service"), service))
            return kind_text(data["kind"]), lines, QCoreApplication.translate("Console", "Reprinted by staff.")
        fields["content"] = content
    return ReceiptData(**fields)


_DECIMAL = re.compile(r"(?<![\w.,])\d+\.\d+(?![\w]|\.\d)")


def local_numbers(text: str) -> str:
    """Decimal numbers in a sentence (the regional system writes ``9661.0``) in the screen's
    language; dates such as 21.11.2026 and dotted versions are left alone."""
    return _DECIMAL.sub(lambda m: local_decimal(m.group(0)), text) if text else text


def local_readings(readings: Any) -> list[Any]:
    """Meter readings with their values and reasons written the local way (``9661,0`` in Russian)."""
    return [replace(r, value=local_decimal(r.value) if r.value else r.value,
                    reason_ru=local_numbers(r.reason_ru), reason_en=local_numbers(r.reason_en))
            for r in readings]


def meter_state_text(state: str) -> str:
    """The kiosk's record of a meter-readings submission (the readings: plural in Russian)."""
    return {
        "sending": QCoreApplication.translate("Console", "The readings are being sent to the regional system right now."),
        "accepted": QCoreApplication.translate("Console", "The readings were delivered and accepted by the regional system."),
        "rejected": QCoreApplication.translate("Console", "The readings were delivered, but the regional system did not accept them."),
        "conflict": QCoreApplication.translate("Console", "The readings were not accepted: the regional system already holds a different request with this number."),
    }.get(state) or clerk_state_text(state)


def assisted_text(assisted_by: str) -> str:
    """Who helped: ``clerk:3`` (role and counter, as assisted mode records it) in plain words."""
    _role, _sep, counter = assisted_by.partition(":")
    if counter:
        return fmt(QCoreApplication.translate("Console", "Made with the help of a staff member at counter %1"), counter)
    return QCoreApplication.translate("Console", "Made with the help of a staff member")


def remote_result_text(result: str) -> str:
    return state_short("accepted" if result == "duplicate" else result)


class FindScreen(ConsoleScreen):
    screen_id = "console_find"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.found: lookup.Found | None = None
        self.remote: st.RemoteStatus | None = None
        self.remote_state = "none"   # none | asking | done
        self.clear_values: list[lookup.PersonalValue] | None = None
        self.net = NetworkJobs(self)
        self._seq = 0
        self.number = TextField("receipt")
        self.number.edit.returnPressed.connect(self.find)
        self.body.addWidget(self.number)
        row = ButtonRow()
        self.find_button = row.add("FindButton", self.find, "primary")
        self.list_button = row.add("ListButton", self.show_pending)
        self.body.addWidget(row)
        self.body.addWidget(self.message)
        self.frame, box = card()
        self.frame.setObjectName("FoundCard")
        self.what = WrapLabel(role="heading")
        self.what.setObjectName("FoundWhat")
        self.state = WrapLabel()
        self.state.setObjectName("FoundState")
        self.reason = WrapLabel()
        self.reason.setObjectName("FoundReason")
        self.backend = WrapLabel(role="muted")
        self.backend.setObjectName("FoundBackend")
        self.readings = WrapLabel()
        self.readings.setObjectName("FoundReadings")
        self.extra = WrapLabel(role="muted")
        self.extra.setObjectName("FoundExtra")
        self.personal_heading = WrapLabel(role="heading")
        self.personal = WrapLabel()
        self.personal.setObjectName("FoundPersonal")
        for widget in (self.what, self.state, self.reason, self.backend, self.readings, self.extra,
                       self.personal_heading,
                       self.personal):
            box.addWidget(widget)
        actions = ButtonRow()
        self.unmask_button = actions.add("UnmaskButton", self.toggle_unmask)
        self.reprint_button = actions.add("ReprintButton", self.reprint)
        box.addWidget(actions)
        self.body.addWidget(self.frame)
        self.frame.hide()
        self.list = SubmissionList()
        self.list.chosen.connect(self.open_receipt)
        self.body.addWidget(self.list)
        self.list.hide()
        self.list.prepare_rows()
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Find a submission")

    def is_ready(self) -> bool:
        return super().is_ready() and self.remote_state != "asking" and not self.list.filling

    def on_shown(self) -> None:
        if self.found is None and self.list.listing is None:
            self.show_pending()

    # --- the list and the search by phone or policy number -------------------------------------
    def show_pending(self) -> None:
        """What waits to be sent or was refused here (read on the database worker)."""
        self._seq += 1
        seq = self._seq
        self.say("")
        self.run(lambda store: (pending.pending(store), reports.office_timezone(store)),
                 lambda result: self._listed(seq, *result), self._list_failed)

    def _search(self, kind: str, value: str) -> None:
        role = self.role
        self._seq += 1
        seq = self._seq
        self.show_found(None, None, quiet=True)
        self.run(lambda store: (pending.search(store, kind, value, role=role), reports.office_timezone(store)),
                 lambda result: self._listed(seq, *result), self._list_failed)

    def _listed(self, seq: int, listing: pending.Listing, timezone: str | None) -> None:
        if seq != self._seq:
            return
        self.list.show_listing(listing, timezone, self.ctx.session.language)

    def _list_failed(self, exc: BaseException) -> None:
        log.error("clerk list or search failed: %s", type(exc).__name__)
        self.say(QCoreApplication.translate("Console", "The search did not work. Try again; if it keeps failing, call the technician."))

    def open_receipt(self, number: str) -> None:
        self.number.set_text(number)
        self.find()

    # --- look-up ------------------------------------------------------------------------------
    def find(self) -> None:
        text = (self.number.text().strip().splitlines() or [""])[0]
        self.number.set_error("")
        self.say("")
        try:
            kind, value = pending.search_kind(self.number.text())
        except pending.NotASearch:
            self.number.set_error(QCoreApplication.translate("Console", "Enter a receipt number (like K7QW-3M2A-9X4P), a phone number (+7 912 345-67-89) or the 16 digits of a policy number."))
            return
        if kind != pending.RECEIPT:
            self._search(kind, value)
            return
        role = self.role
        self._seq += 1
        seq = self._seq
        self.clear_values = None

        def job(store: Any) -> tuple[Any, Any]:
            found = lookup.find(store, text, role=role)
            return found, (status_service.remote_config(store) if found and not found.local.is_appointment else None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValueError):
                self.number.set_error(QCoreApplication.translate("Console", "This is not a receipt number. It looks like K7QW-3M2A-9X4P."))
            else:
                self.say(QCoreApplication.translate("Console", "The look-up failed. Try again."))

        self.run(job, lambda result: self._found(seq, *result), failed)

    def _found(self, seq: int, found: lookup.Found | None, config: Any) -> None:
        if seq != self._seq:
            return
        self.show_found(found, None)
        if found is None:
            return
        if config is not None:
            self.remote_state = "asking"
            self.net.submit(lambda: status_service.remote_status(config, found.local.uuid),
                            lambda result, exc: self._remote(seq, result, exc))
        self.retranslate()

    def _remote(self, seq: int, result: st.RemoteStatus | None, exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        self.remote = result if exc is None else st.RemoteStatus(online=False)
        self.remote_state = "done"
        self.retranslate()

    def show_found(self, found: lookup.Found | None, remote: st.RemoteStatus | None, *, quiet: bool = False) -> None:
        self.found, self.remote = found, remote
        self.remote_state = "done" if remote else "none"
        self.clear_values = None
        if found is None and not quiet:
            self.say(QCoreApplication.translate("Console", "No submission with this number was made at this kiosk."))
        self.retranslate()

    def toggle_unmask(self) -> None:
        if self.found is None:
            return
        if self.clear_values is not None:
            self.clear_values = None
            self.retranslate()
            return
        number, role = self.found.local.receipt_number, self.role

        def shown(values: list[lookup.PersonalValue]) -> None:
            self.clear_values = values
            self.retranslate()

        self.run(lambda store: lookup.unmask(store, number, role=role), shown)

    def reprint(self) -> None:
        if self.found is None:
            return
        number, role = self.found.local.receipt_number, self.role
        self.run(lambda store: lookup.reprint_data(store, number, role=role), self._print)

    def _print(self, data: dict[str, Any] | None) -> None:
        """Print on the print worker; "printed again" only once CUPS reports the job done."""
        if data is None:
            return
        from ..screens.services.receipt import build_receipt

        receipt_data_ = receipt_data(data)
        try:
            receipt = build_receipt(receipt_data_, self.ctx.session.language)
        except ReceiptError as exc:
            log.error("reprint failed: %s", exc)
            self._printed(False)
            return
        self.say(QCoreApplication.translate("Receipt", "Printing the receipt…"))
        self.ctx.printing.print_receipt(receipt, receipt_data_.settings, lambda outcome: self._printed(outcome.ok))

    def _printed(self, ok: bool) -> None:
        self.say(QCoreApplication.translate("Console", "The receipt has been printed again.") if ok else
                 QCoreApplication.translate("Console", "The printer is not working. Write the receipt number down for the visitor."),
                 success=ok)

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.number.set_label(QCoreApplication.translate("Console", "Receipt number (or scan its QR code), phone number or policy number"),
                              QCoreApplication.translate("Console", "For example K7QW-3M2A-9X4P, +7 912 345-67-89 or the 16 digits of the policy (ENP)"))
        self.find_button.setText(QCoreApplication.translate("Console", "Find"))
        self.find_button.setAccessibleName(QCoreApplication.translate("Console", "Find the submission"))
        self.list_button.setText(QCoreApplication.translate("Console", "Waiting or refused"))
        self.list_button.setAccessibleName(QCoreApplication.translate("Console", "List what is waiting to be sent or was refused on this kiosk"))
        self.list.retranslate(lang)
        found = self.found
        self.frame.setVisible(found is not None)
        if found is None:
            return
        local = found.local
        service = local.service_en if lang == "en" else local.service_ru
        what = kind_text(local.kind)
        if local.ticket:
            what += f" {local.ticket}"
        self.what.setText(f"{what} · {local.receipt_number}" + (f"\n{service}" if service else ""))
        self.state.setText(self._state_text(found, lang))
        reason = local_numbers(self._local_reason(lang))
        self.reason.setText(fmt(QCoreApplication.translate("Console", "Reason: %1"), reason) if reason else "")
        self.reason.setVisible(bool(reason))
        self.backend.setText(self._remote_text(lang))
        readings = self.remote.readings if self.remote is not None and self.remote.found else ()
        self.readings.setVisible(bool(readings))
        self.readings.setText("\n".join([QCoreApplication.translate("Console", "Each reading:"),
                                          *(f"• {line}" for line in reading_outcome_lines(local_readings(readings), lang))])
                              if readings else "")
        extra = [fmt(QCoreApplication.translate("Console", "Delivery attempts: %1"), found.attempts)]
        if found.last_error and local.state in ("pending", "sending"):
            extra.append(fmt(QCoreApplication.translate("Console", "Last delivery problem: %1"), found.last_error))
        if found.assisted_by:
            extra.append(assisted_text(found.assisted_by))
        self.extra.setText("\n".join(extra))
        self.personal_heading.setText(QCoreApplication.translate("Console", "What the visitor entered"))
        values = self.clear_values if self.clear_values is not None else found.personal
        if found.purged:
            text = QCoreApplication.translate("Console", "Personal data has already been removed from this kiosk after delivery.")
        elif not values:
            text = QCoreApplication.translate("Console", "This submission holds no personal data.")
        else:
            text = "\n".join(f"{(v.label_en if lang == 'en' else v.label_ru)}: {v.text(lang)}" for v in values)
        self.personal.setText(text)
        self.unmask_button.setVisible(found.has_personal)
        shown = self.clear_values is not None
        self.unmask_button.setText(QCoreApplication.translate("Console", "Hide personal data") if shown else QCoreApplication.translate("Console", "Show personal data"))
        self.unmask_button.setAccessibleName(self.unmask_button.text())
        self.reprint_button.setText(QCoreApplication.translate("Console", "Print the receipt again"))
        self.reprint_button.setAccessibleName(QCoreApplication.translate("Console", "Print the receipt again"))

    @staticmethod
    def _state_text(found: lookup.Found, lang: str) -> str:
        local = found.local
        if local.is_appointment and local.clinic_change:   # what the polyclinic changed, and when
            return (local.words_en if lang == "en" else local.words_ru) or local.words_ru
        if local.kind == "meter_readings":
            return meter_state_text(local.state)
        text = clerk_state_text(local.state, local.kind)
        if local.is_appointment and local.state == "booked" and found.delivery in ("pending", "sending"):
            text += " " + QCoreApplication.translate("Console", "Not passed to the polyclinic yet: the kiosk sends it once it is online.")
        return text

    def _local_reason(self, lang: str) -> str:
        local = self.found.local if self.found is not None else None
        if local is None:
            return ""
        return (local.reason_en if lang == "en" else local.reason_ru) or local.reason_ru or local.reason_en

    def _remote_text(self, lang: str) -> str:
        if self.found is not None and self.found.local.is_appointment:
            return QCoreApplication.translate("Console", "Doctor appointment: the kiosk's record, updated at every sync with the polyclinic.")
        if self.remote_state == "asking":
            return QCoreApplication.translate("Console", "Asking the regional system…")
        remote = self.remote
        if remote is None:
            return QCoreApplication.translate("Console", "The regional system was not asked (this kiosk is not connected to it).")
        if not remote.online:
            return QCoreApplication.translate("Console", "The regional system could not be reached now.")
        if not remote.found:
            return QCoreApplication.translate("Console", "The regional system has not received it yet.")
        text = fmt(QCoreApplication.translate("Console", "Regional system: %1."), remote_result_text(remote.result))
        if remote.server_ref:
            text += " " + fmt(QCoreApplication.translate("Console", "Number in the regional system: %1."), remote.server_ref)
        reason = (remote.reason_en if lang == "en" else remote.reason_ru) or remote.reason_ru or remote.reason_en
        # meter readings list each reading's outcome below; a reason already shown above is not repeated
        if reason and not remote.readings and reason != self._local_reason(lang):
            text += " " + fmt(QCoreApplication.translate("Console", "Reason: %1"), local_numbers(reason))
        return text

    def reset(self) -> None:
        super().reset()
        self._seq += 1
        self.found, self.remote, self.clear_values = None, None, None
        self.remote_state = "none"
        self.number.set_text("")
        self.number.set_error("")
        self.personal.setText("")
        self.list.show_listing(None, None, self.ctx.session.language)
        self.retranslate()

