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
    return {"clerk": QCoreApplication.translate("Console", "clerk"), "technician": QCoreApplication.translate("Console", "technician"), "-": QCoreApplication.translate("Console", "unknown")}.get(role, role)


class AuditScreen(ConsoleScreen):
    screen_id = "console_audit"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[dict[str, Any]] = []
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
        self.run(lambda store: reports.audit_rows(store, SHOWN), self.show_rows)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.retranslate()

    def export(self) -> None:
        path, role = self.path.text().strip(), self.role
        if not path:
            self.path.set_error(QCoreApplication.translate("Console", "Enter the file to write the audit log to."))
            return
        self.path.set_error("")

        def done(written: Path) -> None:
            self.say(fmt(QCoreApplication.translate("Console", "Audit log written: %1"), written))
            self.refresh()

        self.run(lambda store: reports.export_audit(store, Path(path), role=role), done,
                 lambda exc: self.say(fmt(QCoreApplication.translate("Console", "It did not work: %1"), exc)))

    def retranslate(self) -> None:
        self.path.set_label(QCoreApplication.translate("Console", "Export to file (CSV)"))
        self.export_button.setText(QCoreApplication.translate("Console", "Export the audit log"))
        self.export_button.setAccessibleName(QCoreApplication.translate("Console", "Export the audit log to this file"))
        self.refresh_button.setText(QCoreApplication.translate("Console", "Refresh"))
        self.refresh_button.setAccessibleName(QCoreApplication.translate("Console", "Refresh the audit log"))
        self.heading.setText(fmt(QCoreApplication.translate("Console", "Latest %1 entries (UTC)"), SHOWN))
        lines = [f"{r['at'].replace('T', ' ').rstrip('Z')}  {role_text(r['role'])}  {r['action']}"
                 + (f"  {r['target']}" if r["target"] else "") + (f"  ({r['details']})" if r["details"] else "")
                 for r in self.rows]
        self.entries.setText("\n".join(lines) if lines else QCoreApplication.translate("Console", "The audit log is empty."))

    def reset(self) -> None:
        super().reset()
        self.rows = []
        self.path.set_text("")
        self.retranslate()
