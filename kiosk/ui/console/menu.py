"""The console menu: what this role may do, assisted mode (a citizen flow for a visitor), log out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.console.pins import can

from ..context import ScreenContext
from ..forms_widgets import ColumnList, TextButton
from ..printing import printer_alert_text
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen


class MenuScreen(ConsoleScreen):
    screen_id = "console_menu"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.who = WrapLabel(role="heading")
        self.who.setObjectName("ConsoleRole")
        self.body.addWidget(self.who)
        self.printer_alert = WrapLabel(role="status")  # the printer cannot print: the clerk hears it here
        self.printer_alert.setObjectName("ConsolePrinterAlert")
        self.body.addWidget(self.printer_alert)
        ctx.printing.state_changed.connect(lambda _state: self.retranslate())
        self.logout_row = ButtonRow()  # on top: signing out is always one touch away
        self.logout_button = self.logout_row.add("ConsoleLogout", self.logout)
        self.body.addWidget(self.logout_row)
        self.clerk_heading = WrapLabel(role="heading")
        self.body.addWidget(self.clerk_heading)
        self.clerk_row = ButtonRow()
        self.queue_button = self.clerk_row.add("ConsoleQueueButton", lambda: self._go("console_queue"), "primary")
        self.find_button = self.clerk_row.add("ConsoleFindButton", lambda: self._go("console_find"), "primary")
        self.body.addWidget(self.clerk_row)
        # the technician's tools before the visitor services, so they are on screen without scrolling
        self.tech_heading = WrapLabel(role="heading")
        self.body.addWidget(self.tech_heading)
        self.tech_row = ButtonRow()
        self.settings_button = self.tech_row.add("ConsoleSettingsButton", lambda: self._go("console_settings"))
        self.sync_button = self.tech_row.add("ConsoleSyncButton", lambda: self._go("console_sync"))
        self.maintenance_button = self.tech_row.add("ConsoleMaintenanceButton",
                                                    lambda: self._go("console_maintenance"))
        self.audit_button = self.tech_row.add("ConsoleAuditButton", lambda: self._go("console_audit"))
        self.body.addWidget(self.tech_row)
        self.assisted_heading = WrapLabel(role="heading")
        self.assisted_intro = WrapLabel(role="muted")
        self.body.addWidget(self.assisted_heading)
        self.body.addWidget(self.assisted_intro)
        self.assisted_list = ColumnList(min_column_width=480)  # the services side by side
        self.body.addWidget(self.assisted_list)
        self.body.addStretch(1)
        self.assisted_buttons: dict[str, object] = {}
        self._build_assisted()
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Staff console")

    def _go(self, screen_id: str) -> None:
        self.ctx.navigator.go(screen_id)

    def _build_assisted(self) -> None:
        self.assisted_buttons = {}
        buttons = []
        for spec in self.ctx.registry.tiles():
            button = TextButton()  # captions are long: they wrap
            button.setObjectName(f"Assisted-{spec.screen_id}")
            button.clicked.connect(lambda _checked=False, sid=spec.screen_id: self.start_assisted(sid))
            buttons.append(button)
            self.assisted_buttons[spec.screen_id] = (button, spec)
        self.assisted_list.set_widgets(buttons)

    def start_assisted(self, screen_id: str) -> None:
        if self.console is not None:
            self.console.start_assisted(screen_id)

    def logout(self) -> None:
        if self.console is not None and self.console.active:
            self.console.end("logout")
        else:
            self.ctx.navigator.home()

    def on_shown(self) -> None:
        self.ctx.printing.refresh()
        self.retranslate()

    def retranslate(self) -> None:
        role = self.role
        technician = can(role, "technician")
        self.who.setText(QCoreApplication.translate("Console", "Signed in as technician") if technician else QCoreApplication.translate("Console", "Signed in as clerk"))
        alert = printer_alert_text(self.ctx.printing.state)
        self.printer_alert.setText(alert)
        self.printer_alert.setVisible(bool(alert))
        self.clerk_heading.setText(QCoreApplication.translate("Console", "Hall and visitors"))
        self.queue_button.setText(QCoreApplication.translate("Console", "Queue"))
        self.queue_button.setAccessibleName(QCoreApplication.translate("Console", "Queue: call, recall, served, no-show, redirect"))
        self.find_button.setText(QCoreApplication.translate("Console", "Find a submission"))
        self.find_button.setAccessibleName(QCoreApplication.translate("Console", "Find a submission by receipt number or QR code"))
        self.assisted_heading.setText(QCoreApplication.translate("Console", "Help a visitor"))
        self.assisted_intro.setText(QCoreApplication.translate("Console", "Start a service for the visitor. The console closes, and what you "
                                       "submit for the visitor is marked “made with staff help”."))
        for button, spec in self.assisted_buttons.values():  # type: ignore[misc]
            caption = spec.tile.caption()
            button.set_caption(caption, accessible=QCoreApplication.translate("Console", "For the visitor: %1")
                               .replace("%1", caption))
        for widget in (self.tech_heading, self.tech_row):
            widget.setVisible(technician)
        self.tech_heading.setText(QCoreApplication.translate("Console", "Technician"))
        self.settings_button.setText(QCoreApplication.translate("Console", "Connection and settings"))
        self.settings_button.setAccessibleName(QCoreApplication.translate("Console", "Connection to the regional system, settings and connection test"))
        self.sync_button.setText(QCoreApplication.translate("Console", "Sync"))
        self.sync_button.setAccessibleName(QCoreApplication.translate("Console", "Sync dashboard"))
        self.maintenance_button.setText(QCoreApplication.translate("Console", "Database and diagnostics"))
        self.maintenance_button.setAccessibleName(QCoreApplication.translate("Console", "Database, diagnostics, leave kiosk mode, restart"))
        self.audit_button.setText(QCoreApplication.translate("Console", "Audit log"))
        self.audit_button.setAccessibleName(QCoreApplication.translate("Console", "Audit log"))
        self.logout_button.setText(QCoreApplication.translate("Console", "Log out"))
        self.logout_button.setAccessibleName(QCoreApplication.translate("Console", "Log out and return to the citizen start screen"))
