"""Doctor appointment, step 1: clinic → specialty → doctor → day → time (in the clinic's time zone)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.clinic import booking
from kiosk.domain import clinic_time

from ...context import ScreenContext
from ...forms_widgets import TextButton
from ...layouts import FlowLayout
from ...widgets import ButtonRow, WrapLabel, set_role
from ..base import Screen
from ..services.common import lang_text, screen_of
from .texts import date_text, doctor_name, fmt

log = logging.getLogger(__name__)
STEPS = ("clinic", "specialty", "doctor", "day", "time")


class OptionButton(TextButton):
    """One step's option (a polyclinic, a specialty, a doctor, a day, a time): tapping it moves on,
    so it shows no radio glyph.  ``compact`` options (days, times) want their caption on one
    line, and wrap it only when a row is narrower than that (a day keeps its count of free times
    at 200 % text on a narrow screen)."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_plain = ""
        self.compact = compact

    def sizeHint(self) -> QSize:
        if not self.compact:
            return super().sizeHint()
        margins = self.layout().contentsMargins()
        width = (self.caption.fontMetrics().horizontalAdvance(self.caption.text())
                 + margins.left() + margins.right() + 2)
        return QSize(width, self.heightForWidth(width))

    def set_option_text(self, text: str, accessible: str = "") -> None:
        self.text_plain = text
        self.set_caption(text, accessible=accessible or text)

    def set_available(self, available: bool) -> None:
        """An option that cannot be chosen is disabled and drawn as a plain grey box, not a tile."""
        self.setEnabled(available)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if available else Qt.FocusPolicy.NoFocus)
        set_role(self, "tile" if available else "")


@dataclass
class Choice:
    """What the citizen chose so far (forgotten on the idle wipe)."""

    clinic: dict[str, Any] | None = None
    specialty: dict[str, Any] | None = None
    doctor: dict[str, Any] | None = None
    day: Any = None
    slot: dict[str, Any] | None = None
    slots: list[dict[str, Any]] = field(default_factory=list)

    @property
    def timezone(self) -> str:
        return (self.clinic or {}).get("timezone") or "Europe/Ulyanovsk"


class ClinicScreen(Screen):
    screen_id = "clinic"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choice = Choice()
        self.step = "clinic"
        self.options: list[dict[str, Any]] = []
        self._loading = False
        self._seq = 0
        self._warning = ""  # "no_schedule": the chosen doctor cannot be booked
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        self.summary = WrapLabel()
        self.summary.setObjectName("ClinicSummary")
        self.body.addWidget(self.summary)
        self.question = WrapLabel(role="heading")
        self.question.setObjectName("ClinicQuestion")
        self.body.addWidget(self.question)
        self.message = WrapLabel(role="status")
        self.message.setObjectName("ClinicMessage")
        self.body.addWidget(self.message)
        self.holder = QWidget()
        self.list_box = QVBoxLayout(self.holder)
        self.list_box.setContentsMargins(0, 0, 0, 0)
        self.list_box.setSpacing(12)
        self.body.addWidget(self.holder)
        self.grid_holder = QWidget()
        self.grid = FlowLayout(self.grid_holder, spacing=16)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.grid_holder)
        self.buttons: list[tuple[dict[str, Any], OptionButton]] = []
        actions = ButtonRow()
        self.back_step = actions.add("ClinicStepBack", self.step_back)
        self.back_step.setProperty("backward", True)  # never focused on arrival (kiosk.ui.focus)
        self.mine_button = actions.add("MyAppointmentsButton", lambda: self.ctx.navigator.go("clinic_mine"))
        self.body.addWidget(actions)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Clinic", "Doctor appointment")

    def is_ready(self) -> bool:
        return not self._loading

    def on_shown(self) -> None:
        if not self.options:
            self._load()

    # --- data -------------------------------------------------------------------------------------
    def _load(self) -> None:
        self._seq += 1
        seq = self._seq
        c = self.choice
        step = self.step
        self._loading = True

        def job(store: Any) -> Any:
            if step == "clinic":
                return booking.clinics(store)
            if step == "specialty":
                return booking.specialties(store, c.clinic["id"])
            if step == "doctor":
                return booking.practitioners(store, c.clinic["id"], c.specialty["code"])
            return booking.open_slots(store, c.doctor["role_id"])

        def done(rows: list[dict[str, Any]]) -> None:
            if seq == self._seq:
                self._loading = False
                self._show_options(rows)

        def failed(exc: BaseException) -> None:
            self._loading = False
            log.error("clinic data could not be read", exc_info=exc)

        self.ctx.tasks.submit(job, done, failed, owner=self)

    def set_options(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows`` for the current step (a load still under way is dropped)."""
        self._seq += 1
        self._loading = False
        self._show_options(rows)

    def _show_options(self, rows: list[dict[str, Any]]) -> None:
        self._warning = ""
        if self.step in ("day", "time"):
            self.choice.slots = rows if self.step == "day" else self.choice.slots
            if self.step == "day":
                days: dict[Any, int] = {}
                for r in rows:
                    day = clinic_time.local_day(r["start_utc"], self.choice.timezone)
                    days[day] = days.get(day, 0) + 1
                rows = [{"id": d.isoformat(), "day": d, "count": n} for d, n in sorted(days.items())]
            else:
                rows = [r for r in self.choice.slots
                        if clinic_time.local_day(r["start_utc"], self.choice.timezone) == self.choice.day]
        self.options = rows
        self._clear_buttons()
        in_grid = self.step in ("day", "time")
        if self.step == "doctor":  # the doctors one can book first; the others stay listed, greyed out
            rows = sorted(rows, key=lambda r: not r.get("has_schedule"))
            self.options = rows
        for row in rows:
            button = OptionButton(compact=in_grid)
            button.setObjectName(f"clinic-{self.step}-{row.get('id') or row.get('code') or row.get('role_id')}")
            button.clicked.connect(lambda _=False, r=row: self.choose(r))
            if self.step == "doctor":
                button.set_available(bool(row.get("has_schedule")))
            (self.grid if in_grid else self.list_box).addWidget(button)
            self.buttons.append((row, button))
        self.retranslate()

    def _clear_buttons(self) -> None:
        for _row, button in self.buttons:
            # hidden first: a button added in this same turn of the event loop has a show queued
            # by its layout, which would otherwise open it as a window of its own once orphaned
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons = []

    def choose(self, row: dict[str, Any]) -> None:
        c = self.choice
        if self.step == "clinic":
            c.clinic, self.step = row, "specialty"
        elif self.step == "specialty":
            c.specialty, self.step = row, "doctor"
        elif self.step == "doctor":
            if not row.get("has_schedule"):
                self._warning = "no_schedule"
                self.retranslate()
                return
            c.doctor, self.step = row, "day"
        elif self.step == "day":
            c.day, self.step = row["day"], "time"
            self._show_options(c.slots)
            return
        else:
            c.slot = row
            patient = screen_of(self.ctx, "clinic_patient")
            patient.start(Choice(c.clinic, c.specialty, c.doctor, c.day, row))  # type: ignore[attr-defined]
            self.ctx.navigator.go("clinic_patient")
            return
        self._next_step_loading()

    def step_back(self) -> None:
        index = STEPS.index(self.step)
        if index == 0:
            self.ctx.navigator.back()
            return
        self.step = STEPS[index - 1]
        if self.step == "day":
            self._show_options(self.choice.slots)
            return
        self._next_step_loading()

    def _next_step_loading(self) -> None:
        """The step changed: its options load; the last step's buttons go at once (a second tap on
        one of them would be read as a choice of the new step)."""
        self.options = []
        self._clear_buttons()
        self._load()
        self.retranslate()

    # --- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.session.language
        c = self.choice
        self.intro.setText(QCoreApplication.translate("Clinic", "Book an appointment with a doctor at a polyclinic. You need the 16-digit "
                             "number of your medical insurance policy (policy number, ENP). Times are shown in the polyclinic's local time."))
        parts = []
        if c.clinic and self.step != "clinic":
            parts.append(lang_text(c.clinic, "name", lang))
        if c.specialty and self.step not in ("clinic", "specialty"):
            parts.append(lang_text(c.specialty, "name", lang))
        if c.doctor and self.step in ("day", "time"):
            parts.append(doctor_name(c.doctor, lang))
        if c.day and self.step == "time":
            parts.append(date_text(c.day, lang))
        self.summary.setText(" → ".join(parts))
        self.summary.setVisible(bool(parts))
        questions = {"clinic": QCoreApplication.translate("Clinic", "Choose the polyclinic"), "specialty": QCoreApplication.translate("Clinic", "Choose the specialty"),
                     "doctor": QCoreApplication.translate("Clinic", "Choose the doctor"), "day": QCoreApplication.translate("Clinic", "Choose the day"),
                     "time": QCoreApplication.translate("Clinic", "Choose a time")}
        self.question.setText(questions[self.step])
        empty = not self.options and not self._loading
        if empty and self.step in ("day", "time"):
            self.message.setText(QCoreApplication.translate("Clinic", "There are no free times to book with this doctor in the next 14 days. "
                                   "Choose another doctor."))
        elif empty:
            self.message.setText(QCoreApplication.translate("Clinic", "Nothing to choose from yet: the list of polyclinics has not been loaded."))
        elif self._warning and self.step == "doctor":
            self.message.setText("⚠ " + QCoreApplication.translate(
                "Clinic", "This doctor has no schedule for booking at the moment. Choose another doctor."))
        self.message.setVisible(empty or bool(self._warning and self.step == "doctor"))
        for row, button in self.buttons:
            accessible = ""
            if self.step in ("clinic", "specialty"):
                text = lang_text(row, "name", lang)
                if self.step == "clinic":
                    text += "\n" + lang_text(row, "address", lang)
            elif self.step == "doctor":
                text = doctor_name(row, lang)
                if row.get("room"):
                    text += " · " + fmt(QCoreApplication.translate("Clinic", "room %1"), row["room"])
                if not row.get("has_schedule"):
                    reason = QCoreApplication.translate("Clinic", "Not available: this doctor has no schedule for booking. Choose another doctor.")
                    text += "\n" + reason
                    accessible = f"{text.replace(chr(10), '. ')}. " + QCoreApplication.translate("Clinic", "unavailable")
            elif self.step == "day":
                text = fmt(QCoreApplication.translate("Clinic", "%1 — free times: %2"), date_text(row["day"], lang), row["count"])
            else:
                text = clinic_time.local_time(row["start_utc"], c.timezone)
            button.set_option_text(text, accessible)
        # the bar's Back leaves the booking; this one goes back a step inside it (none on the first step)
        self.back_step.setText(QCoreApplication.translate("Clinic", "Back one step"))
        self.back_step.setAccessibleName(self.back_step.text())
        self.back_step.setVisible(self.step != "clinic")
        self.mine_button.setText(QCoreApplication.translate("Clinic", "My appointments"))
        self.mine_button.setAccessibleName(QCoreApplication.translate("Clinic", "My appointments: view or cancel"))

    def reset(self) -> None:
        self._seq += 1
        self.choice = Choice()
        self.step = "clinic"
        self._loading = False
        self.message.hide()
        self.set_options([])
