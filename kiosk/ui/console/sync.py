"""Technician: the sync dashboard (outbox by state, oldest undelivered item, last pulls, errors,
items stuck in rejected/conflict with reasons) and "Sync now"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.console import reports

from ..context import ScreenContext
from ..screens.services.common import card
from ..screens.services.messages import kind_text, state_short
from ..widgets import WrapLabel
from .base import ButtonRow, ConsoleScreen, clear_layout, fmt


def _when(text: str | None) -> str:
    """A stored UTC time as the technician reads it: local time of this machine, to the second."""
    if not text:
        return QCoreApplication.translate("Console", "never")
    from offline_db.store import parse_utc

    try:
        return parse_utc(text).astimezone().strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return text


def age_words(seconds: int) -> str:
    days, hours, minutes = reports.age_text(seconds)
    if days:
        return fmt(QCoreApplication.translate("Console", "%1 d %2 h"), days, hours)
    if hours:
        return fmt(QCoreApplication.translate("Console", "%1 h %2 min"), hours, minutes)
    return fmt(QCoreApplication.translate("Console", "%1 min"), minutes)


class SyncScreen(ConsoleScreen):
    screen_id = "console_sync"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.info: dict[str, Any] | None = None
        self._service: Any = None
        row = ButtonRow()
        self.sync_button = row.add("SyncNow", self.sync_now, "primary")
        self.refresh_button = row.add("SyncRefresh", self.refresh)
        self.body.addWidget(row)
        self.body.addWidget(self.message)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(16)
        self.body.addLayout(self.sections)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Console", "Sync")

    def on_shown(self) -> None:
        service = self._sync_service()
        if service is not None and service is not self._service:
            self._service = service
            service.statusChanged.connect(self._on_status)
        self.refresh()

    def _sync_service(self) -> Any:
        console = self.console
        return getattr(console.window, "sync_service", None) if console is not None else None

    def _on_status(self, _status: dict[str, Any]) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.run(reports.sync_dashboard, self.show_info)

    def sync_now(self) -> None:
        role = self.role
        service = self._sync_service()

        def audited(_: Any) -> None:
            if service is not None:
                service.sync_now()
                self.say(QCoreApplication.translate("Console", "Sync started. The figures below update when it ends."))
            else:
                self.say(QCoreApplication.translate("Console", "The sync service is not running on this kiosk (not enrolled, or starting)."))

        self.run(lambda store: store.audit(role, "sync_now"), audited)

    def show_info(self, info: dict[str, Any]) -> None:
        self.info = info
        self.retranslate()

    def _section(self, heading: str, lines: list[str], name: str) -> None:
        frame, box = card()
        frame.setObjectName(name)
        box.addWidget(WrapLabel(heading, role="heading"))
        text = WrapLabel("\n".join(lines))
        text.setObjectName(f"{name}Text")
        box.addWidget(text)
        self.sections.addWidget(frame)

    def retranslate(self) -> None:
        self.sync_button.setText(QCoreApplication.translate("Console", "Sync now"))
        self.sync_button.setAccessibleName(QCoreApplication.translate("Console", "Sync now: deliver and pull at once"))
        self.refresh_button.setText(QCoreApplication.translate("Console", "Refresh"))
        self.refresh_button.setAccessibleName(QCoreApplication.translate("Console", "Refresh the figures"))
        clear_layout(self.sections)
        info = self.info
        if info is None:
            return
        lang = self.ctx.session.language
        head = [fmt(QCoreApplication.translate("Console", "Backend: %1"), info.get("backend_url") or QCoreApplication.translate("Console", "not configured")),
                fmt(QCoreApplication.translate("Console", "Kiosk ID: %1"), info.get("kiosk_id") or "—"),
                fmt(QCoreApplication.translate("Console", "Last successful sync: %1"), _when(info.get("last_success_at")))]
        if info.get("paused"):
            head.append(QCoreApplication.translate("Console", "Sync is PAUSED: the backend refused the token. Enter a new token in the settings."))
        self._section(QCoreApplication.translate("Console", "Connection"), head, "SyncConnection")
        counts = info.get("outbox", {})
        lines = [f"{state_short(state)}: {n}" for state, n in counts.items()]
        oldest = info.get("oldest")
        if oldest:
            lines.append(fmt(QCoreApplication.translate("Console", "Oldest undelivered: %1 %2, waiting %3, attempts %4"), kind_text(oldest["kind"]),
                             oldest["receipt_number"], age_words(oldest["age_s"]), oldest["attempts"]))
        else:
            lines.append(QCoreApplication.translate("Console", "Everything is delivered."))
        self._section(QCoreApplication.translate("Console", "Outbox"), lines, "SyncOutbox")
        pulls = [fmt(QCoreApplication.translate("Console", "%1: last pull %2"), name, _when(d.get("last_pull_at")))
                 + (f" — {d['last_error']}" if d.get("last_error") else "")
                 for name, d in info.get("datasets", {}).items()] or [QCoreApplication.translate("Console", "No reference data pulled yet.")]
        self._section(QCoreApplication.translate("Console", "Reference data"), pulls, "SyncPulls")
        errors = []
        if info.get("last_error"):
            errors.append(fmt(QCoreApplication.translate("Console", "%1 (at %2)"), info["last_error"], _when(info.get("last_error_at")) if info.get("last_error_at") else "—"))
        if info.get("alert"):
            errors.append(info["alert"])
        self._section(QCoreApplication.translate("Console", "Last errors"), errors or [QCoreApplication.translate("Console", "No errors.")], "SyncErrors")
        stuck = []
        for item in info.get("stuck", []):
            reason = item["reject_reason_en"] if lang == "en" else item["reject_reason_ru"]
            reason = reason or item["reject_reason_ru"] or item["reject_reason_en"] or item["reject_code"] or ""
            stuck.append(f"{item['receipt_number']} · {kind_text(item['kind'])} · {state_short(item['state'])}: "
                         f"{reason}")
        if info.get("stuck_total", 0) > len(stuck):
            stuck.append(fmt(QCoreApplication.translate("Console", "…and %1 more"), info["stuck_total"] - len(stuck)))
        self._section(QCoreApplication.translate("Console", "Rejected or in conflict"), stuck or [QCoreApplication.translate("Console", "None.")], "SyncStuck")

    def reset(self) -> None:
        super().reset()
        self.info = None
        self.retranslate()
