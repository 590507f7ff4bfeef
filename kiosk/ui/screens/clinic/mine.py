"""My appointments: by ENP and date of birth — upcoming ones with their state, cancel (with a
confirmation step), reprint the receipt. Once found, the policy number and date of birth leave the
screen (only ``••••5749`` stays), so the next person in the hall cannot read them."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.clinic import booking

from ...context import ScreenContext
from ...date_entry import date_hint, setup_date_edit
from ...layouts import FlowLayout, ReflowRow
from ...leave_guard import LeaveGuard, typed_anything
from ...widgets import KioskButton, WrapLabel, blank, set_invalid
from ..base import Screen
from ..meters.account import Field
from ..services.common import card, lang_text, notify_sync_new_item, screen_of
from .patient import receipt_data
from .texts import doctor_name, error_text, fmt, full_state, short_enp, state_role, when_text

log = logging.getLogger(__name__)


class MyAppointmentsScreen(Screen):
    screen_id = "clinic_mine"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] | None = None
        self.confirming: str | None = None
        self._codes: dict[str, str] = {}
        self._patient: booking.Patient | None = None
        self.enp = Field("MineEnp", numeric=True)
        self.birth = Field("MineBirthDate")
        setup_date_edit(self.birth.edit)  # the same date input as the application form's
        self.body.addWidget(self.enp)
        self.body.addWidget(self.birth)
        self.find = KioskButton(role="primary")
        self.find.setObjectName("FindAppointments")
        self.find.clicked.connect(self.look_up)
        self.body.addWidget(self.find)
        # after a lookup: whose appointments these are (masked) and a way to look up another policy
        self.who_holder = QWidget()
        self.who_holder.setProperty("role", "group")
        who_row = ReflowRow(self.who_holder, spacing=24)  # the button under the heading when narrow
        who_row.setContentsMargins(0, 0, 0, 0)
        self.who = WrapLabel(role="heading")
        self.who.setObjectName("MinePatient")
        who_row.addWidget(self.who, 1)
        self.other = KioskButton()
        self.other.setObjectName("OtherPolicy")
        self.other.clicked.connect(self.reset)
        who_row.addWidget(self.other, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addWidget(self.who_holder)
        self.message = WrapLabel(role="status")
        self.message.setObjectName("MineMessage")
        self.body.addWidget(self.message)
        self.list_holder = QWidget()
        self.list_box = QVBoxLayout(self.list_holder)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.list_box.setSpacing(16)
        self.body.addWidget(self.list_holder)
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self, entered=lambda: self.rows is None and typed_anything(self))
        self._cards: list[QWidget] = []
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Clinic", "My appointments")

    def look_up(self) -> None:
        self._codes, patient = booking.check_patient(self.enp.text(), self.birth.text())
        self._codes.pop("phone", None)
        self._show_errors()
        if patient is None:
            return
        self.remember(patient)

        def failed(exc: BaseException) -> None:
            log.error("appointments not read", exc_info=exc)
            self.message.setText("⚠ " + error_text("error"))
            self.message.show()

        visit = self.ctx.visit  # the answer is for this visitor only: dropped once they have gone
        self.ctx.tasks.submit(lambda store: booking.my_appointments(store, patient.enp, patient.birth_date),
                              visit.bound(self.show_rows), visit.bound(failed), owner=self)

    def remember(self, patient: booking.Patient) -> None:
        """Keep the patient for this screen and take the policy number and date of birth off it."""
        self._patient = patient
        for f in (self.enp, self.birth):
            f.edit.clear()
        self.retranslate()

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.confirming = None
        self.retranslate()

    def ask_cancel(self, uid: str) -> None:
        self.confirming = uid
        self.retranslate()

    def do_cancel(self, uid: str) -> None:
        patient = self._patient

        def job(store: Any) -> Any:
            booking.cancel(store, uid)
            return booking.my_appointments(store, patient.enp, patient.birth_date) if patient else []

        def failed(exc: BaseException) -> None:
            code = exc.code if isinstance(exc, booking.BookingError) else "error"
            self.message.setText("⚠ " + error_text(code))
            self.message.show()

        def done(rows: list[dict[str, Any]]) -> None:
            notify_sync_new_item(self.ctx)  # a delivered appointment is cancelled at the server by the sync
            self.show_rows(rows)

        self.ctx.tasks.submit(job, self.ctx.visit.bound(done), self.ctx.visit.bound(failed), owner=self)

    def reprint(self, row: dict[str, Any]) -> None:
        receipt = screen_of(self.ctx, "receipt")
        receipt.show_receipt(receipt_data(row))  # type: ignore[attr-defined]
        self.ctx.navigator.go("receipt")

    def _show_errors(self) -> None:
        for key, f in (("enp", self.enp), ("birth_date", self.birth)):
            code = self._codes.get(key)
            f.set_error(error_text(code) if code else "")
            set_invalid(f.edit, bool(code))

    def _rebuild(self) -> None:
        for w in self._cards:
            w.hide()  # no queued show opens it as a window of its own
            w.setParent(None)
            w.deleteLater()
        self._cards = []
        lang = self.ctx.session.language
        focus: QWidget | None = None
        for row in self.rows or []:
            frame, box = card()
            frame.setObjectName(f"appointment-{row['receipt_number']}")
            state = WrapLabel(role=state_role(row))
            state.setObjectName(f"state-{row['receipt_number']}")
            state.setText(full_state(row, lang))
            box.addWidget(state)
            text = WrapLabel()
            receipt_caption = QCoreApplication.translate("Clinic", "Receipt No.")
            specialty = lang_text({"name_ru": row.get("specialty_ru"), "name_en": row.get("specialty_en")}, "name", lang)
            text.setText("\n".join([
                when_text(row, lang), f"{doctor_name(row, lang)} · {specialty}",
                lang_text({"name_ru": row.get("clinic_ru"), "name_en": row.get("clinic_en")}, "name", lang),
                f"{receipt_caption} {row['receipt_number']}"]))
            box.addWidget(text)
            confirming = self.confirming == row["uuid"] and row["status"] in booking.ACTIVE
            if confirming:
                ask = WrapLabel(role="heading")
                ask.setObjectName(f"ask-cancel-{row['receipt_number']}")
                ask.setText(QCoreApplication.translate(
                    "Clinic", "Cancel this appointment? The time becomes free for other patients."))
                box.addWidget(ask)
            actions = QWidget()
            flow = FlowLayout(actions, spacing=16)
            flow.setContentsMargins(0, 0, 0, 0)
            if confirming:
                # the safe answer first; the destructive one is red and never the default
                keep = KioskButton()
                keep.setObjectName(f"keep-{row['receipt_number']}")
                keep.setText(QCoreApplication.translate("Clinic", "No, keep it"))
                keep.setAccessibleName(keep.text())
                keep.clicked.connect(lambda: self.ask_cancel(""))
                sure = KioskButton(role="danger")
                sure.setObjectName(f"confirm-cancel-{row['receipt_number']}")
                sure.setText(QCoreApplication.translate("Clinic", "Yes, cancel this appointment"))
                sure.setAccessibleName(sure.text())
                sure.clicked.connect(lambda _=False, u=row["uuid"]: self.do_cancel(u))
                flow.addWidget(keep)
                flow.addWidget(sure)
                focus = keep
            else:
                again = KioskButton()
                again.setText(QCoreApplication.translate("Clinic", "Print the receipt again"))
                again.setAccessibleName(again.text())
                again.clicked.connect(lambda _=False, r=row: self.reprint(r))
                flow.addWidget(again)
                if row["status"] in booking.ACTIVE and row.get("clinic_change") not in ("fulfilled", "noshow"):
                    cancel = KioskButton()
                    cancel.setObjectName(f"cancel-{row['receipt_number']}")
                    cancel.setText(QCoreApplication.translate("Clinic", "Cancel the appointment"))
                    cancel.setAccessibleName(cancel.text())
                    cancel.clicked.connect(lambda _=False, u=row["uuid"]: self.ask_cancel(u))
                    flow.addWidget(cancel)
            box.addWidget(actions)
            self.list_box.addWidget(frame)
            self._cards.append(frame)
        if focus is not None and self.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.enp.set_texts(QCoreApplication.translate("Clinic", "Medical insurance policy number (ENP)"), QCoreApplication.translate("Clinic", "16 digits, as on the policy"))
        self.birth.set_texts(QCoreApplication.translate("Clinic", "Date of birth"), date_hint())
        self._show_errors()
        self.find.setText(QCoreApplication.translate("Clinic", "Show my appointments"))
        self.find.setAccessibleName(self.find.text())
        found = self._patient is not None
        for w in (self.enp, self.birth, self.find):
            w.setVisible(not found)
        self.who_holder.setVisible(found)
        if self._patient is not None:
            self.who.setText(fmt(QCoreApplication.translate("Clinic", "Appointments for policy number (ENP) %1"),
                                 short_enp(self._patient.enp)))
            self.who.setAccessibleName(fmt(QCoreApplication.translate(
                "Clinic", "Appointments for policy number (ENP) ending in %1"), self._patient.enp[-4:]))
        else:
            blank(self.who)
        self.other.setText(QCoreApplication.translate("Clinic", "Look up another policy"))
        self.other.setAccessibleName(self.other.text())
        if self.rows is not None and not self.rows:
            self.message.setText(QCoreApplication.translate("Clinic", "No upcoming appointments booked at this kiosk were found for this policy and date of birth."))
        self.message.setVisible(self.rows is not None and not self.rows)
        self._rebuild()

    def reset(self) -> None:
        self.message.clear()
        self.rows = None
        self.confirming = None
        self._patient = None
        self._codes = {}
        for f in (self.enp, self.birth):
            f.edit.clear()
        self.retranslate()
