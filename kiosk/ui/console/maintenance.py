"""Technician: integrity check, backup to a file, restore after confirmation, export diagnostics,
leave kiosk mode and restart the app (both confirmed and audited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk import paths
from kiosk.console import maintenance as mt
from kiosk.sdnotify import supervised
from offline_db.store import utcnow

from ..context import ScreenContext
from ..screens.services.common import card
from ..widgets import BreakingLabel, WrapLabel, set_role
from .base import ButtonRow, ConsoleScreen, TextField, fmt


def default_path(kind: str) -> str:
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    if kind == "backup":
        return str(paths.data_dir() / "backups" / f"kiosk-{stamp}.sqlite3")
    return str(paths.data_dir() / "diagnostics" / f"diagnostics-{stamp}.zip")


def backup_written_text(path: str, kilobytes: int, items: int) -> str:
    return fmt(QCoreApplication.translate("Console", "Backup written: %1 (%2 KB, submissions made at this kiosk: %3)."),
               path, kilobytes, items)


class MaintenanceScreen(ConsoleScreen):
    screen_id = "console_maintenance"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.confirming = ""   # "" | restore | exit | restart
        self.restore_items = 0
        self.body.addWidget(self.message)
        # database
        self.db_frame, box = card()
        self.db_heading = WrapLabel(role="heading")
        box.addWidget(self.db_heading)
        row = ButtonRow()
        self.integrity_button = row.add("IntegrityButton", self.integrity)
        box.addWidget(row)
        self.backup_path = TextField("backup")
        box.addWidget(self.backup_path)
        row = ButtonRow()
        self.backup_button = row.add("BackupButton", self.backup, "primary")
        box.addWidget(row)
        self.restore_path = TextField("restore")
        box.addWidget(self.restore_path)
        row = ButtonRow()
        self.restore_button = row.add("RestoreButton", self.ask_restore)
        box.addWidget(row)
        self.body.addWidget(self.db_frame)
        # diagnostics
        self.diag_frame, box = card()
        self.diag_heading = WrapLabel(role="heading")
        box.addWidget(self.diag_heading)
        self.diag_path = TextField("diagnostics")
        box.addWidget(self.diag_path)
        row = ButtonRow()
        self.diag_button = row.add("DiagnosticsButton", self.export_diagnostics, "primary")
        box.addWidget(row)
        self.body.addWidget(self.diag_frame)
        # kiosk
        self.kiosk_frame, box = card()
        self.kiosk_heading = WrapLabel(role="heading")
        box.addWidget(self.kiosk_heading)
        row = ButtonRow()
        self.exit_button = row.add("ExitKioskButton", lambda: self.ask("exit"))
        self.restart_button = row.add("RestartButton", lambda: self.ask("restart"))
        # In the kiosk session (systemd) there is no desktop to leave to: the service would start
        # the kiosk again at once.  Maintenance there means 'systemctl stop mfc-kiosk'.
        self.exit_button.setVisible(not supervised())
        box.addWidget(row)
        self.body.addWidget(self.kiosk_frame)
        # confirmation
        self.confirm_frame, box = card()
        self.confirm_frame.setObjectName("ConfirmCard")
        self.confirm_text = BreakingLabel(role="heading")  # the backup file name wraps too
        self.confirm_text.setObjectName("ConfirmText")
        box.addWidget(self.confirm_text)
        row = ButtonRow()
        self.confirm_button = row.add("ConfirmButton", self.confirm, "primary")
        self.cancel_button = row.add("CancelButton", lambda: self.ask(""))
        box.addWidget(row)
        self.body.insertWidget(0, self.confirm_frame)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Database and diagnostics")

    def on_shown(self) -> None:
        if not self.backup_path.text():
            self.backup_path.set_text(default_path("backup"))
        if not self.diag_path.text():
            self.diag_path.set_text(default_path("diagnostics"))

    # --- database -----------------------------------------------------------------------------
    def integrity(self) -> None:
        role = self.role

        def job(store: Any) -> list[str]:
            report = mt.integrity_report(store)
            store.audit(role, "integrity_check", "", "ok" if report == ["ok"] else "problems")
            return report

        self.run(job, lambda report: self.say(
            QCoreApplication.translate("Console", "Integrity check: the database is healthy.") if report == ["ok"] else
            fmt(QCoreApplication.translate("Console", "Integrity check found problems: %1"), "; ".join(report[:5])),
            success=report == ["ok"]))

    def backup(self) -> None:
        path, role = self.backup_path.text().strip(), self.role
        if not path:
            self.backup_path.set_error(QCoreApplication.translate("Console", "Enter the file to write the backup to."))
            return
        self.backup_path.set_error("")
        self.run(lambda store: mt.backup(store, Path(path), role=role), self._backed_up, self._maintenance_failed)

    def _backed_up(self, result: mt.BackupResult) -> None:
        self.say(backup_written_text(str(result.path), result.size_bytes // 1024, result.outbox_items), success=True)
        self.restore_path.set_text(str(result.path))
        self.backup_path.set_text(default_path("backup"))

    def _maintenance_failed(self, exc: BaseException) -> None:
        if isinstance(exc, mt.MaintenanceError):
            text = str(exc)
            if "already exists" in text:
                self.say(QCoreApplication.translate("Console", "This file exists already. Choose a new file name."))
            elif "not a file" in text:
                self.say(QCoreApplication.translate("Console", "There is no such backup file."))
            elif "damaged" in text or "cannot be read" in text or "not a kiosk" in text:
                self.say(QCoreApplication.translate("Console", "This file is not a usable kiosk backup."))
            else:
                self.say(fmt(QCoreApplication.translate("Console", "It did not work: %1"), text))
        else:
            self.say(fmt(QCoreApplication.translate("Console", "It did not work: %1"), exc))

    def ask_restore(self) -> None:
        path = self.restore_path.text().strip()
        if not path:
            self.restore_path.set_error(QCoreApplication.translate("Console", "Enter the backup file to restore."))
            return
        self.restore_path.set_error("")

        def checked(items: int) -> None:
            self.restore_items = items
            self.ask("restore")

        self.run(lambda store: mt.check_backup(Path(path)), checked, self._maintenance_failed)

    def ask(self, what: str) -> None:
        self.confirming = what
        self.retranslate()
        if what:
            self.page.ensureWidgetVisible(self.confirm_frame)
            self.page.verticalScrollBar().setValue(0)
            self.cancel_button.setFocus()

    def confirm(self) -> None:
        what, self.confirming = self.confirming, ""
        role = self.role
        console = self.console
        if what == "restore":
            path = Path(self.restore_path.text().strip())
            self.run(lambda store: mt.restore(store, path, role=role),
                     lambda items: self.say(fmt(QCoreApplication.translate("Console", "Restored from %1 (submissions made at this kiosk: %2)."),
                                                path.name, items), success=True),
                     self._maintenance_failed)
        elif what in ("exit", "restart") and console is not None:
            action = "exit_kiosk_mode" if what == "exit" else "restart_app"
            self.run(lambda store: store.audit(role, action),
                     lambda _: console.exit_kiosk_mode() if what == "exit" else console.restart_app())
        self.retranslate()

    # --- diagnostics --------------------------------------------------------------------------
    def export_diagnostics(self) -> None:
        path, role = self.diag_path.text().strip(), self.role
        if not path:
            self.diag_path.set_error(QCoreApplication.translate("Console", "Enter the file to write the diagnostics to."))
            return
        self.diag_path.set_error("")
        log_dir = paths.log_dir()
        self.run(lambda store: mt.export_diagnostics(store, log_dir, Path(path), role=role),
                 lambda written: self.say(fmt(QCoreApplication.translate("Console", "Diagnostics written: %1. It holds no personal data and no token."),
                                              written), success=True), self._maintenance_failed)

    # --- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.db_heading.setText(QCoreApplication.translate("Console", "Local database"))
        self.integrity_button.setText(QCoreApplication.translate("Console", "Check integrity"))
        self.integrity_button.setAccessibleName(QCoreApplication.translate("Console", "Check the database integrity"))
        self.backup_path.set_label(QCoreApplication.translate("Console", "Backup file"), QCoreApplication.translate("Console", "A consistent copy is made while the kiosk runs."))
        self.backup_button.setText(QCoreApplication.translate("Console", "Back up"))
        self.backup_button.setAccessibleName(QCoreApplication.translate("Console", "Back up the database to this file"))
        self.restore_path.set_label(QCoreApplication.translate("Console", "Restore from backup file"), QCoreApplication.translate("Console", "You will be asked to confirm."))
        self.restore_button.setText(QCoreApplication.translate("Console", "Restore…"))
        self.restore_button.setAccessibleName(QCoreApplication.translate("Console", "Restore the database from this backup"))
        self.diag_heading.setText(QCoreApplication.translate("Console", "Diagnostics"))
        self.diag_path.set_label(QCoreApplication.translate("Console", "Diagnostics file (zip)"), QCoreApplication.translate("Console", "Logs, settings without the token, counts and "
                                                                 "versions; no personal data."))
        self.diag_button.setText(QCoreApplication.translate("Console", "Export diagnostics"))
        self.diag_button.setAccessibleName(QCoreApplication.translate("Console", "Export diagnostics to this file"))
        self.kiosk_heading.setText(QCoreApplication.translate("Console", "Kiosk"))
        self.exit_button.setText(QCoreApplication.translate("Console", "Leave kiosk mode…"))
        self.exit_button.setAccessibleName(QCoreApplication.translate("Console", "Leave kiosk mode to the desktop"))
        self.restart_button.setText(QCoreApplication.translate("Console", "Restart the app…"))
        self.restart_button.setAccessibleName(QCoreApplication.translate("Console", "Restart the kiosk app"))
        questions = {
            "restore": fmt(QCoreApplication.translate("Console", "Replace ALL data on this kiosk with the backup %1 (submissions made at this "
                              "kiosk: %2)? Everything not in the backup will be lost, including requests not yet sent."),
                           Path(self.restore_path.text()).name, self.restore_items),
            "exit": QCoreApplication.translate("Console", "Leave kiosk mode? The kiosk app closes and the desktop is shown."),
            "restart": QCoreApplication.translate("Console", "Restart the kiosk app now?"),
        }
        self.confirm_frame.setVisible(bool(self.confirming))
        self.confirm_text.setText(questions.get(self.confirming, ""))
        confirm_texts = {"restore": QCoreApplication.translate("Console", "Yes, restore"),
                         "exit": QCoreApplication.translate("Console", "Yes, leave kiosk mode"),
                         "restart": QCoreApplication.translate("Console", "Yes, restart")}
        self.confirm_button.setText(confirm_texts.get(self.confirming, ""))
        self.confirm_button.setAccessibleName(self.confirm_button.text())
        # replacing all data cannot be undone: the button says so by its colour too
        set_role(self.confirm_button, "danger" if self.confirming == "restore" else "primary")
        self.cancel_button.setText(QCoreApplication.translate("Console", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("Console", "Cancel"))

    def reset(self) -> None:
        super().reset()
        self.confirming = ""
        for field in (self.backup_path, self.restore_path, self.diag_path):
            field.set_text("")
            field.set_error("")
        self.retranslate()
