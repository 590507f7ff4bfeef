"""Check the status of a submission by its receipt number (typed, or scanned: code + Enter)."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain import status as st
from kiosk.services import status as status_service

from ...context import ScreenContext
from ...leave_guard import LeaveGuard
from ...spoken import describe, sentences, spell_groups
from ...text_field import KioskLineEdit
from ...untrusted import echo
from ...widgets import ButtonRow, KioskButton, WrapLabel, blank, set_role
from ..base import Screen
from .common import card, screen_of
from .messages import citizen_reason, kind_text, reading_outcome_lines, state_short, state_text

log = logging.getLogger(__name__)


class NetworkJobs(QObject):
    """Runs network calls on one background thread; results come back on the GUI thread.

    Signals:
        _finished(int, object, object): job id, result, exception (internal).
    """

    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-net")
        self._ids = itertools.count(1)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self._finished.connect(self._deliver)
        self.destroyed.connect(lambda: self._pool.shutdown(wait=False, cancel_futures=True))

    def submit(self, fn: Callable[[], Any], callback: Callable[[Any, BaseException | None], None]) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = callback

        def run() -> None:
            try:
                result = fn()
            except Exception as exc:  # reported back, never swallowed
                self._finished.emit(job_id, None, exc)
                return
            self._finished.emit(job_id, result, None)

        self._pool.submit(run)
        return job_id

    def _deliver(self, job_id: int, result: Any, exc: Any) -> None:
        callback = self._callbacks.pop(job_id, None)
        if callback is not None:
            callback(result, exc)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)


class StatusScreen(Screen):
    screen_id = "status"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.net = NetworkJobs(self)
        self.local: st.LocalStatus | None = None
        self.remote: st.RemoteStatus | None = None
        self.typed = ""
        self._state = "idle"  # idle | looking | found | unknown | invalid | error
        self._remote_state = "none"  # none | asking | done
        self._seq = 0
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.number = KioskLineEdit()
        self.number.setObjectName("ReceiptInput")
        self.number.setInputMethodHints(self.number.inputMethodHints()
                                        | Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.check_button = KioskButton(role="primary")
        self.check_button.setObjectName("CheckButton")
        row.addWidget(self.number, 1)
        row.addWidget(self.check_button)
        self.body.addLayout(row)
        self.message = WrapLabel(role="status")
        self.message.setObjectName("StatusMessage")
        self.body.addWidget(self.message)
        self.frame, box = card()
        self.result_title = WrapLabel(role="heading")
        self.result_title.setObjectName("StatusTitle")
        self.result_state = WrapLabel(role="status")  # a coloured status line: green when accepted
        self.result_state.setObjectName("LocalState")
        self.result_explain = WrapLabel()
        self.result_explain.setObjectName("StateExplained")
        self.result_reason = WrapLabel()
        self.result_reason.setObjectName("RejectReason")
        self.result_remote = WrapLabel(role="muted")
        self.result_remote.setObjectName("RemoteState")
        self.result_readings = WrapLabel()
        self.result_readings.setObjectName("ReadingOutcomes")
        for label in (self.result_title, self.result_state, self.result_explain, self.result_reason,
                      self.result_readings, self.result_remote):
            box.addWidget(label)
        self.body.addWidget(self.frame)
        actions = ButtonRow()
        self.again_button = actions.add("TryAgainButton", self.try_again, role="primary")
        self.body.addWidget(actions)
        self.again_row = actions
        self.body.addStretch(1)
        self.leave_guard = LeaveGuard(self, entered=lambda: self.local is None and bool(self.number.text().strip()))
        self.number.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Status", "Check status by receipt")

    def spoken_summary(self) -> str:
        """The answer first (its receipt number spelled in groups); before one, what to do."""
        if not self.frame.isVisibleTo(self) or self.local is None:
            return describe(self)
        number = self.local.receipt_number
        answer = describe(self.frame).replace(number, spell_groups(number), 1)
        return sentences([answer, QCoreApplication.translate("Status", "To check another receipt, type its number.")])

    def is_ready(self) -> bool:
        return self._state != "looking" and self._remote_state != "asking"

    def on_shown(self) -> None:
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)  # a scanner types into the focused field

    # --- look-up ------------------------------------------------------------------------------
    def check(self) -> None:
        text = self.number.text().strip()
        self.typed = text
        self._seq += 1
        seq = self._seq
        self.local, self.remote = None, None
        self._remote_state = "none"
        if not text:
            self._state = "invalid"
            self.retranslate()
            return
        self._state = "looking"
        self.retranslate()

        def job(store: Any) -> tuple[Any, Any]:
            found = status_service.local_status(store, text)
            return found, (status_service.remote_config(store) if found and not found.is_appointment else None)

        def failed(exc: BaseException) -> None:
            if seq != self._seq:
                return
            if isinstance(exc, ValueError):
                self._state = "invalid"
            else:
                log.error("status look-up failed", exc_info=exc)
                self._state = "error"
            self.retranslate()

        self.ctx.tasks.submit(job, lambda result: self._local_done(seq, *result), failed, owner=self)

    def _local_done(self, seq: int, found: st.LocalStatus | None, config: Any) -> None:
        if seq != self._seq:
            return
        self.local = found
        self._state = "found" if found else "unknown"
        if found is not None:
            self.number.setText(found.receipt_number)
        if found is not None and not found.is_appointment:  # appointments: the kiosk's record is kept current by sync
            self._remote_state = "asking"
            self.net.submit(lambda: status_service.remote_status(config, found.uuid),
                            lambda result, exc: self._remote_done(seq, result, exc))
        self.retranslate()

    def _remote_done(self, seq: int, result: st.RemoteStatus | None, exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        if exc is not None:
            log.error("status look-up at the backend failed unexpectedly", exc_info=exc)
        self.remote = result if exc is None else st.RemoteStatus(online=False)
        self._remote_state = "done"
        self.retranslate()

    def show_result(self, local: st.LocalStatus, remote: st.RemoteStatus | None) -> None:
        """Show a result as if looked up (screenshots)."""
        self._seq += 1
        self.number.setText(local.receipt_number)
        self.local, self.remote = local, remote
        self._state = "found"
        self._remote_state = "done" if remote else "none"
        self.retranslate()

    # --- a way forward after a refusal ---------------------------------------------------------
    def _again_target(self) -> str:
        """Where "try again" leads for the result on screen: "service" (its card), "catalogue" (the
        service is withdrawn), "meters", "clinic" (the clinic ended the appointment without a visit:
        book again) or ""."""
        local = self.local
        if self._state == "found" and local is not None and local.book_again:
            return "clinic"
        if self._state != "found" or local is None or self._effective_state() != "rejected":
            return ""
        if local.kind == "application" and self._reject_code() == "unknown_service":
            return "catalogue"
        if local.kind == "application" and local.service_id:
            return "service"
        if local.kind == "meter_readings":
            return "meters"
        return ""

    def try_again(self) -> None:
        target, local = self._again_target(), self.local
        if target == "service" and local is not None:
            screen_of(self.ctx, "service_card").show_service(local.service_id)  # type: ignore[attr-defined]
            self.ctx.navigator.go("service_card")
        elif target in ("meters", "catalogue"):
            self.ctx.navigator.go(target)
        elif target == "clinic":
            screen_of(self.ctx, "clinic").reset()  # from the first step: the clinic
            self.ctx.navigator.go("clinic")

    def _reject_code(self) -> str:
        """Why it was refused: the kiosk's record, else the regional office's answer."""
        remote = self.remote
        found = remote is not None and remote.online and remote.found
        return (self.local.reject_code if self.local is not None else "") or (remote.code if found else "")

    def _effective_state(self) -> str:
        """The regional office's answer when it has one (it is newer than the kiosk's record)."""
        local, remote = self.local, self.remote
        if local is None:
            return ""
        if local.is_appointment or remote is None or not remote.online or not remote.found:
            return local.state
        return {"accepted": "accepted", "duplicate": "accepted", "rejected": "rejected",
                "conflict": "conflict"}.get(remote.result, local.state)

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.session.language
        self.intro.setText(QCoreApplication.translate("Status", "Type the receipt number, for example K7Q2-3M2A-9X4P, or hold the receipt's QR code "
                              "under the scanner."))
        self.number.setPlaceholderText(QCoreApplication.translate("Status", "Receipt number"))
        self.number.setAccessibleName(QCoreApplication.translate("Status", "Receipt number: type it or scan the QR code"))
        self.check_button.setText(QCoreApplication.translate("Status", "Check"))
        self.check_button.setAccessibleName(QCoreApplication.translate("Status", "Check the status"))
        messages = {
            "looking": QCoreApplication.translate("Status", "Looking for the receipt…"),
            "unknown": QCoreApplication.translate("Status", "No request with the number %1 was made at this kiosk. Check the number on the receipt "
                          "(letters O and I are read as digits 0 and 1). A request can be checked only at the kiosk "
                          "where it was made; if you need help, ask a member of staff.").replace("%1", echo(self.typed)),
            "invalid": QCoreApplication.translate("Status", "This is not a receipt number. A receipt number has 12 letters and digits, for example "
                          "K7Q2-3M2A-9X4P. Check the number and try again."),
            "error": QCoreApplication.translate("Status", "The status cannot be checked right now. Please ask a member of staff."),
        }
        self.message.setText(messages.get(self._state, ""))
        self.message.setVisible(self._state in messages)
        local = self.local
        self.frame.setVisible(self._state == "found" and local is not None)
        if local is None:
            self.again_row.hide()
            blank(self.result_title, self.result_state, self.result_explain, self.result_reason, self.result_readings,
                  self.result_remote)
            return
        what = kind_text(local.kind)
        service = local.service_en if lang == "en" else local.service_ru
        if local.ticket:
            what = f"{what} {local.ticket}"
        if service:
            what = f"{what}: {service}"
        self.result_title.setText(f"{local.receipt_number} — {what}")
        state = self._effective_state()
        words = local.words_en if lang == "en" else local.words_ru
        # what the clinic changed later is news for the citizen: no tick, and red when the visit is off
        good = state in ("accepted", "booked", "fulfilled") and local.clinic_change != "rescheduled"
        bad = state in ("rejected", "refused", "failed") or local.book_again
        set_role(self.result_state, "success" if good else "error" if bad else "status")
        if words:  # appointments: the whole state in plain words
            self.result_state.setText(("✓ " if good else "") + words)
            explain = ""
        else:
            self.result_state.setText(self._state_line(state))
            explain = state_text(state) if state in ("pending", "sending", "conflict") else ""
        self.result_explain.setText(explain)
        self.result_explain.setVisible(bool(explain))
        remote = self.remote if self.remote is not None and self.remote.online and self.remote.found else None
        reason = citizen_reason(self._reject_code()) or (local.reason_en if lang == "en" else local.reason_ru)
        reason = reason or local.reason_ru or local.reason_en
        if not reason and remote is not None:
            reason = (remote.reason_en if lang == "en" else remote.reason_ru) or remote.reason_ru or remote.reason_en
        readings = remote.readings if remote is not None else ()
        # meter readings: each reading's outcome below says more than the receipt's summary
        self.result_reason.setVisible(state in ("rejected", "conflict") and bool(reason) and not readings)
        self.result_reason.setText(QCoreApplication.translate("Status", "Reason: %1").replace("%1", reason))
        self.result_readings.setVisible(bool(readings))
        self.result_readings.setText("\n".join([QCoreApplication.translate("Status", "Each reading:"),
                                                 *(f"• {line}" for line in reading_outcome_lines(readings, lang))])
                                     if readings else "")
        remote_text = self._remote_text()
        self.result_remote.setText(remote_text)
        self.result_remote.setVisible(bool(remote_text))
        target = self._again_target()
        self.again_row.setVisible(bool(target))
        again = {"service": QCoreApplication.translate("Status", "Apply again"),
                 "catalogue": QCoreApplication.translate("Status", "Choose a service"),
                 "meters": QCoreApplication.translate("Status", "Submit readings again"),
                 "clinic": QCoreApplication.translate("Status", "Book a doctor again")}.get(target, "")
        self.again_button.setText(again)
        self.again_button.setAccessibleName(again)

    def _state_line(self, state: str) -> str:
        """One line that says where the request is; the registration number when it has one."""
        ref = (self.remote.server_ref if self.remote is not None and self.remote.online and self.remote.found
               else "") or (self.local.server_ref if self.local is not None else "")
        if state == "accepted":
            text = "✓ " + QCoreApplication.translate("Status", "Accepted by the regional office.")
            if ref:
                text += " " + QCoreApplication.translate("Status", "Registration number: %1.").replace("%1", ref)
            return text
        if state == "rejected":
            return "✗ " + QCoreApplication.translate("Status", "Not accepted by the regional office.")
        return state_short(state)

    def _remote_text(self) -> str:
        """What the regional office said, only when it adds something to the status line."""
        if self._remote_state == "asking":
            return QCoreApplication.translate("Status", "Asking the regional office…")
        remote, local = self.remote, self.local
        if remote is None or local is None or local.is_appointment:
            return ""
        if not remote.online:
            return QCoreApplication.translate("Status", "No connection to the regional office right now: this shows the kiosk's own information.")
        if not remote.found:
            return QCoreApplication.translate("Status", "The regional office has not received it yet.")
        return ""

    def reset(self) -> None:
        self._seq += 1
        self.number.clear()
        self.typed = ""
        self.local, self.remote = None, None
        self._state = "idle"
        self._remote_state = "none"
        self.retranslate()
