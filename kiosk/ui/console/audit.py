"""Technician: the audit log (when, role, action, target; never a PIN or token) and its export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk import paths
from kiosk.console import reports
from offline_db.store import utcnow

from ..context import ScreenContext
from ..screens.services.common import card
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, TextField, fmt, tr

SHOWN = 100


def role_text(role: str) -> str:
    return {"clerk": tr("clerk"), "technician": tr("technician"), "-": tr("unknown")}.get(role, role)


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
        return tr("Audit log")

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
            self.path.set_error(tr("Enter the file to write the audit log to."))
            return
        self.path.set_error("")

        def done(written: Path) -> None:
            self.say(fmt(tr("Audit log written: %1"), written))
            self.refresh()

        self.run(lambda store: reports.export_audit(store, Path(path), role=role), done,
                 lambda exc: self.say(fmt(tr("It did not work: %1"), exc)))

    def retranslate(self) -> None:
        self.path.set_label(tr("Export to file (CSV)"))
        self.export_button.setText(tr("Export the audit log"))
        self.export_button.setAccessibleName(tr("Export the audit log to this file"))
        self.refresh_button.setText(tr("Refresh"))
        self.refresh_button.setAccessibleName(tr("Refresh the audit log"))
        self.heading.setText(fmt(tr("Latest %1 entries (UTC)"), SHOWN))
        lines = [f"{r['at'].replace('T', ' ').rstrip('Z')}  {role_text(r['role'])}  {r['action']}"
                 + (f"  {r['target']}" if r["target"] else "") + (f"  ({r['details']})" if r["details"] else "")
                 for r in self.rows]
        self.entries.setText("\n".join(lines) if lines else tr("The audit log is empty."))

    def reset(self) -> None:
        super().reset()
        self.rows = []
        self.path.set_text("")
        self.retranslate()
