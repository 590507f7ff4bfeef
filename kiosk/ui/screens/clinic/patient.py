"""Doctor appointment, step 2: identify the patient (ENP, date of birth, optional mobile), confirm, receipt."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.clinic import booking
from kiosk.clinic.book_now import book_and_deliver
from kiosk.domain.receipts import ReceiptLine
from kiosk.services import status as status_service

from ...context import ScreenContext
from ...date_entry import date_hint, setup_date_edit
from ...layouts import ReflowRow
from ...leave_guard import LeaveGuard
from ...widgets import ButtonRow, WrapLabel, blank, set_invalid
from ..base import Screen
from ..meters.account import Field
from ..services.common import assisted_by, card, go_fresh, lang_text, notify_sync_new_item, screen_of
from ..services.receipt import ReceiptData
from ..services.status import NetworkJobs
from .pick import Choice
from .texts import doctor_name, error_text, fmt, full_state, short_enp, when_text

log = logging.getLogger(__name__)


def receipt_data(row: dict[str, Any]) -> ReceiptData:
    """The shared receipt screen's data for an appointment (re-rendered on a language switch)."""
    def content(lang: str) -> tuple[str, list[ReceiptLine], str]:
        title = {"booked": QCoreApplication.translate("Clinic", "Appointment booked"),
                 "requested": QCoreApplication.translate("Clinic", "Request sent: NOT yet confirmed"),
                 "cancelled": QCoreApplication.translate("Clinic", "Appointment cancelled"),
                 "refused": QCoreApplication.translate("Clinic", "Appointment refused")}[row["status"]]
        # the state first: a request waiting for confirmation must not read like a booking
        lines = [ReceiptLine(QCoreApplication.translate("Clinic", "Status"), full_state(row, lang)),
                 ReceiptLine(QCoreApplication.translate("Clinic", "Appointment time"), when_text(row, lang)),
                 ReceiptLine(QCoreApplication.translate("Clinic", "Doctor"), doctor_name(row, lang)),
                 ReceiptLine(QCoreApplication.translate("Clinic", "Specialty"), lang_text({"name_ru": row.get("specialty_ru"),
                                                                   "name_en": row.get("specialty_en")}, "name", lang))]
        if row.get("room"):
            lines.append(ReceiptLine(QCoreApplication.translate("Clinic", "Room"), row["room"]))
        lines.append(ReceiptLine(QCoreApplication.translate("Clinic", "Policy number (ENP)"), short_enp(row["enp_masked"])))
        return title, lines, QCoreApplication.translate("Clinic", "Bring your policy and passport. To cancel, use “My appointments” at any kiosk.")

    office = {"name_ru": row.get("clinic_ru", ""), "name_en": row.get("clinic_en", ""),
              "address_ru": row.get("address_ru", ""), "address_en": row.get("address_en", ""),
              "timezone": row.get("timezone") or "Europe/Ulyanovsk"}
    return ReceiptData(kind="appointment", receipt_number=row["receipt_number"], captured_at=row["created_at"],
                       office=office, content=content)


class PatientScreen(Screen):
    screen_id = "clinic_patient"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.net = NetworkJobs(self)
        self.choice: Choice | None = None
        self._state = "idle"  # idle | booking | failed
        self._codes: dict[str, str] = {}
        self._seq = 0
        # compact: the appointment in two lines, then the fields (date of birth and phone side by
        # side), so that the main action is on screen at first view
        self.frame, box = card()
        box.setContentsMargins(24, 12, 24, 12)
        self.summary = WrapLabel()
        self.summary.setObjectName("AppointmentSummary")
        box.addWidget(self.summary)
        self.body.addWidget(self.frame)
        self.enp = Field("Enp", numeric=True)
        self.birth = Field("BirthDate")
        setup_date_edit(self.birth.edit)  # the same date input as the application form's
        self.phone = Field("Phone")
        self.body.addWidget(self.enp)
        pair = QWidget()
        pair.setProperty("role", "group")
        row = ReflowRow(pair, spacing=32)  # one above the other when their labels do not fit side by side
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.phone, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(pair)
        for key, f in (("enp", self.enp), ("birth_date", self.birth), ("phone", self.phone)):
            f.edit.textEdited.connect(lambda _text, k=key: self._edited(k))
        self.message = WrapLabel(role="status")
        self.message.setObjectName("BookingMessage")
        self.body.addWidget(self.message)
        actions = ButtonRow()
        self.confirm = actions.add("ConfirmAppointment", self.submit, role="primary")
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Clinic", "Confirm the appointment")

    def is_ready(self) -> bool:
        return self._state != "booking"

    def start(self, choice: Choice) -> None:
        self.reset()
        self.choice = choice
        self.retranslate()

    def submit(self) -> None:
        if self._state == "booking" or self.choice is None or self.choice.slot is None:
            return
        self._codes, patient = booking.check_patient(self.enp.text(), self.birth.text(), self.phone.text())
        self._show_errors()
        if patient is None:
            first = next(f for key, f in (("enp", self.enp), ("birth_date", self.birth), ("phone", self.phone))
                         if self._codes.get(key))
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll_to(first)
            return
        self._state = "booking"
        self._seq += 1
        seq = self._seq
        slot_id = self.choice.slot["id"]
        assisted = assisted_by(self.ctx)
        self.retranslate()

        def got(info: tuple[Any, Any]) -> None:
            db_path, config = info
            self.net.submit(lambda: book_and_deliver(db_path, config, slot_id, patient, assisted),
                            lambda row, exc: self._booked(seq, row, exc))

        self.ctx.tasks.submit(lambda store: (store.path, status_service.remote_config(store)), got,
                              lambda exc: self._booked(seq, None, exc), owner=self)

    def _booked(self, seq: int, row: dict[str, Any] | None, exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        if exc is not None or row is None:
            self._state = "failed"
            code = exc.code if isinstance(exc, booking.BookingError) else "error"
            if not isinstance(exc, booking.BookingError):
                log.error("booking failed", exc_info=exc)
            self.message.setText("⚠ " + error_text(code))
            self.retranslate()
            return
        self._state = "idle"
        notify_sync_new_item(self.ctx)  # the sync service delivers what the immediate attempt could not
        receipt = screen_of(self.ctx, "receipt")
        receipt.show_receipt(receipt_data(row))  # type: ignore[attr-defined]
        self.reset()
        go_fresh(self.ctx, "receipt")

    def _scroll_to(self, field: Field) -> None:
        """Bring the first wrong field (its label, input and message) into view, now and once the
        error labels have been laid out."""
        def scroll() -> None:
            self.page.ensureWidgetVisible(field.error if field.error.isVisibleTo(self) else field.edit, 50, 80)
            self.page.ensureWidgetVisible(field.label, 50, 50)
        scroll()
        QTimer.singleShot(0, scroll)

    def _edited(self, key: str) -> None:
        """Typing in a field marked wrong takes its mark away (it is checked again on confirming)."""
        if self._codes.pop(key, None):
            self._show_errors()

    def _show_errors(self) -> None:
        for key, f in (("enp", self.enp), ("birth_date", self.birth), ("phone", self.phone)):
            code = self._codes.get(key)
            f.set_error(error_text(code) if code else "")
            set_invalid(f.edit, bool(code))

    def retranslate(self) -> None:
        lang = self.ctx.session.language
        c = self.choice
        if c and c.slot:
            row = {**(c.doctor or {}), "start_utc": c.slot["start_utc"], "timezone": c.timezone}
            self.summary.setText("\n".join([
                " · ".join([fmt(QCoreApplication.translate("Clinic", "When: %1 (local time)"), when_text(row, lang)),
                            fmt(QCoreApplication.translate("Clinic", "Doctor: %1"), doctor_name(c.doctor or {}, lang)),
                            lang_text(c.specialty, "name", lang)]),
                f"{lang_text(c.clinic, 'name', lang)}, {lang_text(c.clinic, 'address', lang)}"]))
        else:
            blank(self.summary)
        self.frame.setVisible(bool(c and c.slot))
        self.enp.set_texts(QCoreApplication.translate("Clinic", "Medical insurance policy number (ENP)"), QCoreApplication.translate("Clinic", "16 digits, as on the policy"))
        self.birth.set_texts(QCoreApplication.translate("Clinic", "Date of birth"), date_hint())
        self.phone.set_texts(QCoreApplication.translate("Clinic", "Mobile phone for a reminder (optional)"), QCoreApplication.translate("Clinic", "For example +7 927 123-45-67"))
        self._show_errors()
        if self._state == "booking":
            self.message.setText(QCoreApplication.translate("Clinic", "Booking…"))
        self.message.setVisible(self._state in ("booking", "failed"))
        self.confirm.setText(QCoreApplication.translate("Clinic", "Book the appointment"))
        self.confirm.setAccessibleName(self.confirm.text())
        self.confirm.setEnabled(self._state != "booking")

    def reset(self) -> None:
        self._seq += 1
        self.choice = None
        self._state = "idle"
        self._codes = {}
        for f in (self.enp, self.birth, self.phone):
            f.edit.clear()
        self.message.clear()
        self.retranslate()

