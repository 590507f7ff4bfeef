"""Technician: the audit log (when, role, action, target; never a PIN or token) and its export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk import paths
from kiosk.console import reports
from offline_db.store import utcnow

from ..context import ScreenContext
from ..screens.services.common import card
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, TextField, fmt

SHOWN = 100


def role_text(role: str) -> str:
    return {"clerk": QCoreApplication.translate("Console", "clerk"), "technician": QCoreApplication.translate("Console", "technician"), "-": QCoreApplication.translate("Console", "unknown"), "system": QCoreApplication.translate("Console", "kiosk")}.get(role, role)


def _number(details: str, prefix: str = "") -> str:
    """``"counter 3"`` → ``"3"``, ``"2 values"`` → ``"2"``: the value the engine wrote in the details."""
    text = details.strip()
    if prefix and text.startswith(prefix):
        return text[len(prefix):].strip()
    return text.split(" ", 1)[0] if text else "—"


def setting_name(key: str) -> str:
    from .settings_texts import labels

    label = labels().get(key)
    return label[0] if label else key


def event_text(action: str, target: str, details: str) -> str:
    """One audit entry in plain words (the engine stores codes such as ``queue.call_next``).
    An action this screen does not know stays readable as its code, target and details."""
    if action == "login":
        return QCoreApplication.translate("Console", "Signed in to the staff console")
    if action == "login_failed":
        return (QCoreApplication.translate("Console", "Wrong PIN entered; the PIN pad locked") if details == "locked"
                else QCoreApplication.translate("Console", "Wrong PIN entered"))
    if action == "login_refused_locked":
        return QCoreApplication.translate("Console", "Sign-in refused: the PIN pad was locked")
    if action == "logout":
        return {"idle": QCoreApplication.translate("Console", "Signed out automatically: nobody used the console"),
                "assisted": QCoreApplication.translate("Console", "Console closed to help a visitor"),
                "exit": QCoreApplication.translate("Console", "Signed out: the app closed or restarted")}.get(
                    target, QCoreApplication.translate("Console", "Signed out"))
    if action == "set_pin":
        if details == "setup code":
            return QCoreApplication.translate("Console", "Technician PIN set at the screen with a one-time setup code")
        return fmt(QCoreApplication.translate("Console", "PIN set for the %1"), role_text(target))
    if action == "setup_code":
        return QCoreApplication.translate("Console", "One-time setup code printed on the kiosk computer")
    if action == "setup_code_failed":
        return (QCoreApplication.translate("Console", "Wrong setup code entered; the PIN pad locked") if details == "locked"
                else QCoreApplication.translate("Console", "Wrong setup code entered"))
    if action == "settings.change":
        if target == "token":
            return QCoreApplication.translate("Console", "Kiosk token replaced")
        return fmt(QCoreApplication.translate("Console", "Setting “%1” changed to %2"), setting_name(target), details or "—")
    if action == "sync.configure":
        return fmt(QCoreApplication.translate("Console", "Sync set up from the command line: kiosk %1, %2"), target, details)
    if action == "sync_now":
        return QCoreApplication.translate("Console", "Sync started by hand")
    if action == "test_connection":
        return (QCoreApplication.translate("Console", "Connection tested with values typed on the form") if target
                else QCoreApplication.translate("Console", "Connection tested with the saved settings"))
    if action == "backup":
        return fmt(QCoreApplication.translate("Console", "Database backed up to %1"), target)
    if action == "restore":
        return fmt(QCoreApplication.translate("Console", "Database restored from %1"), target)
    if action == "integrity_check":
        return (QCoreApplication.translate("Console", "Database integrity checked: healthy") if details == "ok"
                else QCoreApplication.translate("Console", "Database integrity checked: problems found"))
    if action == "store_recovered":
        return fmt(QCoreApplication.translate("Console", "Damaged saved data replaced by a fresh database; what could be read was recovered (the damaged file is kept as %1)"), target)
    if action == "export_diagnostics":
        return fmt(QCoreApplication.translate("Console", "Diagnostics exported to %1"), target)
    if action == "audit.export":
        return fmt(QCoreApplication.translate("Console", "Audit log exported to %1 (entries: %2)"), target, _number(details))
    if action == "exit_kiosk_mode":
        return QCoreApplication.translate("Console", "Kiosk mode left for the desktop")
    if action == "restart_app":
        return QCoreApplication.translate("Console", "Kiosk app restarted")
    if action == "find_submission":
        return (QCoreApplication.translate("Console", "Searched for a submission: not found") if target == "(not found)"
                else fmt(QCoreApplication.translate("Console", "Submission %1 looked up"), target))
    if action == "search_submissions":
        by = {"phone": QCoreApplication.translate("Console", "Searched for submissions by phone number: %1 found"),
              "enp": QCoreApplication.translate("Console", "Searched for submissions by policy number: %1 found")}.get(target)
        return fmt(by, _number(details)) if by else fmt(QCoreApplication.translate("Console", "Searched for submissions: %1 found"), _number(details))
    if action == "unmask":
        return fmt(QCoreApplication.translate("Console", "Personal data of %1 shown (values: %2)"), target, _number(details))
    if action == "reprint":
        return fmt(QCoreApplication.translate("Console", "Receipt %1 printed again"), target)
    if action == "queue.call_next":
        return fmt(QCoreApplication.translate("Console", "Ticket %1 called to counter %2"), target, _number(details, "counter"))
    if action == "queue.recall":
        return fmt(QCoreApplication.translate("Console", "Ticket %1 called again to counter %2"), target, _number(details, "counter"))
    if action == "queue.served":
        return fmt(QCoreApplication.translate("Console", "Ticket %1 marked as served"), target)
    if action == "queue.no_show":
        return fmt(QCoreApplication.translate("Console", "Ticket %1: the visitor did not come"), target)
    if action == "queue.redirect":
        return fmt(QCoreApplication.translate("Console", "Ticket %1 sent to another queue"), target)
    if action == "assisted.start":
        return QCoreApplication.translate("Console", "Started a service for a visitor (assisted mode)")
    return "  ".join(p for p in (action, target, f"({details})" if details else "") if p)


class AuditScreen(ConsoleScreen):
    screen_id = "console_audit"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
        self.timezone: str | None = None   # the office's; None: this machine's own
        self.path = TextField("audit-export")
        self.body.addWidget(self.path)
        row = ButtonRow()
        self.export_button = row.add("ExportAudit", self.export, "primary")
        self.refresh_button = row.add("AuditRefresh", self.refresh)
        self.body.addWidget(row)
        self.body.addWidget(self.message)
        frame, box = card()
        self.heading = WrapLabel(role="heading")
        box.addWidget(self.heading)
        self.entries = WrapLabel()
        self.entries.setObjectName("AuditEntries")
        box.addWidget(self.entries)
        self.body.addWidget(frame)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Audit log")

    def on_shown(self) -> None:
        if not self.path.text():
            stamp = utcnow().strftime("%Y%m%d-%H%M%S")
            self.path.set_text(str(paths.data_dir() / "audit" / f"audit-{stamp}.csv"))
        self.refresh()

    def refresh(self) -> None:
        self.run(lambda store: (reports.audit_rows(store, SHOWN), reports.office_timezone(store)),
                 lambda result: self.show_rows(*result))

    def show_rows(self, rows: list[dict[str, Any]], timezone: str | None = None) -> None:
        self.rows = rows
        self.timezone = timezone
        self.retranslate()

    def export(self) -> None:
        path, role = self.path.text().strip(), self.role
        if not path:
            self.path.set_error(QCoreApplication.translate("Console", "Enter the file to write the audit log to."))
            return
        self.path.set_error("")

        def done(written: Path) -> None:
            self.say(fmt(QCoreApplication.translate("Console", "Audit log written: %1"), written), success=True)
            self.refresh()

        self.run(lambda store: reports.export_audit(store, Path(path), role=role), done,
                 lambda exc: self.say(fmt(QCoreApplication.translate("Console", "It did not work: %1"), exc)))

    def retranslate(self) -> None:
        self.path.set_label(QCoreApplication.translate("Console", "Export to file (CSV)"))
        self.export_button.setText(QCoreApplication.translate("Console", "Export the audit log"))
        self.export_button.setAccessibleName(QCoreApplication.translate("Console", "Export the audit log to this file"))
        self.refresh_button.setText(QCoreApplication.translate("Console", "Refresh"))
        self.refresh_button.setAccessibleName(QCoreApplication.translate("Console", "Refresh the audit log"))
        self.heading.setText(fmt(QCoreApplication.translate("Console", "Latest %1 entries, local time (%2)"), SHOWN,
                                 reports.utc_offset(self.timezone)))
        lines = [f"{reports.local_time(r['at'], self.timezone)}  ·  {role_text(r['role'])}  ·  "
                 f"{event_text(r['action'], r['target'] or '', r['details'] or '')}"
                 for r in self.rows]
        self.entries.setText("\n".join(lines) if lines else QCoreApplication.translate("Console", "The audit log is empty."))

    def reset(self) -> None:
        super().reset()
        self.rows = []
        self.timezone = None
        self.path.set_text("")
        self.retranslate()
