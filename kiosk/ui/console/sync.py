"""Technician: the sync dashboard (outbox by state, oldest undelivered item, last pulls, reference
rows in quarantine, errors, items stuck in rejected/conflict with reasons, a recovery of the store
from a damaged file) and "Sync now"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.console import reports

from ..context import ScreenContext
from ..screens.services.common import card
from ..screens.services.messages import kind_text, state_short
from ..widgets import BreakingLabel, WrapLabel
from .base import ButtonRow, ConsoleScreen, clear_layout, fmt


def _when(text: str | None, timezone: str | None = None) -> str:
    """A stored UTC time as the technician reads it: the office's local time (as on the audit log)."""
    if not text:
        return QCoreApplication.translate("Console", "never")
    return reports.local_time(text, timezone)


def dataset_name(name: str) -> str:
    """A reference data set the kiosk pulls, as staff call it: the regional system's feeds and the
    polyclinic's FHIR resources (``fhir:Slot``, kiosk/clinic/sync.py); unknown sets keep their key."""
    names = {"catalogue": QCoreApplication.translate("Console", "Service catalogue"),
             "offices": QCoreApplication.translate("Console", "Offices"),
             "utilities": QCoreApplication.translate("Console", "Utility providers"),
             "fhir:Organization": QCoreApplication.translate("Console", "Polyclinics"),
             "fhir:Practitioner": QCoreApplication.translate("Console", "Doctors"),
             "fhir:PractitionerRole": QCoreApplication.translate("Console", "Doctors' specialties"),
             "fhir:Schedule": QCoreApplication.translate("Console", "Doctors' schedules"),
             "fhir:Slot": QCoreApplication.translate("Console", "Appointment times"),
             "fhir:Appointment": QCoreApplication.translate("Console", "Polyclinic appointments made here")}
    if name in names:
        return names[name]
    if name.startswith("fhir:"):
        return fmt(QCoreApplication.translate("Console", "Polyclinic data (%1)"), name.removeprefix("fhir:"))
    return name


def table_name(entity: str) -> str:
    """A reference table as staff call it."""
    return {"offices": QCoreApplication.translate("Console", "office"),
            "service_categories": QCoreApplication.translate("Console", "service category"),
            "life_situations": QCoreApplication.translate("Console", "life situation"),
            "services": QCoreApplication.translate("Console", "service"),
            "service_life_situations": QCoreApplication.translate("Console", "service–situation link"),
            "service_offices": QCoreApplication.translate("Console", "service–office link"),
            "utility_providers": QCoreApplication.translate("Console", "utility provider")}.get(entity, entity)


def quarantine_line(row: dict[str, Any], timezone: str | None = None) -> str:
    """One reference row the kiosk could not apply, with why (``mfc_rules.refschema.RowProblem``)."""
    why = {"missing": QCoreApplication.translate("Console", "the required field %1 is missing"),
           "invalid": QCoreApplication.translate("Console", "the field %1 has a wrong value"),
           "key": QCoreApplication.translate("Console", "its id does not match the change"),
           "store": QCoreApplication.translate("Console", "it refers to a row this kiosk does not have")}
    reason = fmt(why.get(row["code"], QCoreApplication.translate("Console", "it could not be read")), row["field"] or "—")
    return fmt(QCoreApplication.translate("Console", "%1 %2 (%3, received %4): %5"), table_name(row["entity"]), row["id"],
               dataset_name(row["dataset"]), _when(row["received_at"], timezone), reason)


def error_words(text: str) -> str:
    """A sync error (kept in English by the sync engine) in the technician's language, with what
    to do next.  An error of an unknown kind keeps the engine's words as technical details."""
    kind = reports.error_kind(text)
    words = {
        "timeout": QCoreApplication.translate("Console", "The regional system did not answer in time. Check the network and the regional system address in Connection and settings, then tap Sync now."),
        "unreachable": QCoreApplication.translate("Console", "The kiosk cannot connect to the regional system. Check the network cable or Wi-Fi and the regional system address in Connection and settings, then tap Sync now."),
        "certificate": QCoreApplication.translate("Console", "The regional system's certificate is not trusted. Check the CA bundle file in Connection and settings, then tap Sync now."),
        "proxy": QCoreApplication.translate("Console", "The proxy did not pass the request on. Check the proxy in Connection and settings, then tap Sync now."),
        "token": QCoreApplication.translate("Console", "The regional system refused the kiosk token. Enter the token again in Connection and settings."),
        "revoked": QCoreApplication.translate("Console", "The regional system has withdrawn this kiosk's access. Ask the regional system's administrator for a new token."),
        "busy": QCoreApplication.translate("Console", "The regional system is busy or failing. The kiosk tries again by itself; nothing needs to be done."),
        "redirect": QCoreApplication.translate("Console", "The regional system address leads to another page (a sign-in page of the network or a wrong address). Check the address in Connection and settings."),
        "clinic": QCoreApplication.translate("Console", "The polyclinic connection failed. Tap Sync now; if it fails again, export the diagnostics for the administrator."),
        "not_configured": QCoreApplication.translate("Console", "Sync is not set up. Enter the regional system address, the kiosk ID and the token in Connection and settings."),
    }
    if kind in words:
        return words[kind]
    return fmt(QCoreApplication.translate("Console", "The regional system's answer could not be used. Tap Sync now; if it fails again, export the diagnostics for the administrator. Details: %1"),
               text)


def stage_words(text: str) -> str:
    return {"delivery": QCoreApplication.translate("Console", "Sending submissions"),
            "pull": QCoreApplication.translate("Console", "Loading reference data"),
            "status": QCoreApplication.translate("Console", "Status look-up"),
            "health": QCoreApplication.translate("Console", "Connection check"),
            "clinic": QCoreApplication.translate("Console", "Polyclinic")}.get(reports.error_stage(text), "")


def outbox_line(state: str, count: int) -> str:
    """One outbox count with what it means."""
    texts = {"pending": QCoreApplication.translate("Console", "Waiting to be sent: %1"),
             "sending": QCoreApplication.translate("Console", "Being sent now: %1"),
             "accepted": QCoreApplication.translate("Console", "Delivered and accepted: %1"),
             "rejected": QCoreApplication.translate("Console", "Refused by the regional system (listed below): %1"),
             "conflict": QCoreApplication.translate("Console", "Not accepted, the number is taken by a different request (listed below): %1")}
    return fmt(texts[state], count) if state in texts else f"{state_short(state)}: {count}"


def recovery_lines(record: dict[str, Any], timezone: str | None = None) -> list[str]:
    """What the technician reads about the newest recovery of the store from a damaged file
    (``offline_db.salvage``): when, what was salvaged, what was lost, and what to do."""
    lines = [fmt(QCoreApplication.translate("Console", "On %1 the kiosk found its saved data damaged and moved it to a fresh database, copying what could still be read."),
                 _when(record.get("at"), timezone))]
    salvaged, lost = record.get("salvaged"), record.get("lost")
    if record.get("error") or not salvaged or not lost:
        lines.append(QCoreApplication.translate("Console", "Nothing could be read from the damaged file. Enter the connection settings again in Connection and settings, and send the damaged file (below) with the diagnostics to the administrator."))
    else:
        lines.append(fmt(QCoreApplication.translate("Console", "Recovered: %1 submissions not yet sent (they are sent as usual), %2 already sent, %3 polyclinic bookings, %4 settings, %5 audit log entries."),
                         salvaged["outbox_undelivered"], salvaged["outbox_delivered"],
                         salvaged["clinic_undelivered"] + salvaged["clinic_other"], salvaged["settings"], salvaged["audit"]))
        if lost["outbox"] or lost["clinic"]:
            lines.append("⚠ " + fmt(QCoreApplication.translate("Console", "Lost, could not be read: at least %1 submissions and %2 polyclinic bookings. Citizens may hold receipts for them: send the damaged file (below) with the diagnostics to the administrator, who can check those receipts with the regional system."),
                                    lost["outbox"], lost["clinic"]))
        else:
            lines.append(QCoreApplication.translate("Console", "Nothing known to be lost."))
        if not record.get("sync_configured"):
            lines.append("⚠ " + QCoreApplication.translate("Console", "The connection settings could not be recovered: enter them again in Connection and settings."))
    lines.append(fmt(QCoreApplication.translate("Console", "The damaged file is kept as %1. Reference data (services, offices, polyclinic schedules) is loaded again by the next sync."),
                     record.get("damaged_file") or "—"))
    return lines


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
                self.say(QCoreApplication.translate("Console", "Sync started. The figures below update when it ends."), success=True)
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
        text = BreakingLabel("\n".join(lines))  # paths and addresses wrap too
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
        zone = info.get("timezone")
        head = [fmt(QCoreApplication.translate("Console", "Regional system: %1"), info.get("backend_url") or QCoreApplication.translate("Console", "not configured")),
                fmt(QCoreApplication.translate("Console", "Kiosk ID: %1"), info.get("kiosk_id") or "—"),
                fmt(QCoreApplication.translate("Console", "Last successful sync: %1"), _when(info.get("last_success_at"), zone))]
        if info.get("paused"):
            head.append(QCoreApplication.translate("Console", "Sync is PAUSED: the regional system refused the kiosk token. Enter a new token in Connection and settings."))
        self._section(QCoreApplication.translate("Console", "Connection"), head, "SyncConnection")
        if info.get("store_recovery"):
            self._section(QCoreApplication.translate("Console", "Saved data recovered after damage"),
                          recovery_lines(info["store_recovery"], zone), "SyncStoreRecovery")
        counts = info.get("outbox", {})
        lines = [outbox_line(state, n) for state, n in counts.items()]
        oldest = info.get("oldest")
        if oldest:
            lines.append(fmt(QCoreApplication.translate("Console", "Oldest not yet sent: %1 %2, waiting %3, delivery attempts: %4"), kind_text(oldest["kind"]),
                             oldest["receipt_number"], age_words(oldest["age_s"]), oldest["attempts"]))
        clinic = info.get("clinic") or {}
        if not oldest and not clinic.get("waiting"):
            lines.append(QCoreApplication.translate("Console", "Everything is delivered."))
        lines.append(fmt(QCoreApplication.translate("Console", "Polyclinic bookings and cancellations: waiting to be sent: %1, delivered: %2, refused by the polyclinic: %3"),
                         clinic.get("waiting", 0), clinic.get("sent", 0), clinic.get("refused", 0)))
        self._section(QCoreApplication.translate("Console", "Outbox"), lines, "SyncOutbox")
        pulls = []
        for name, d in info.get("datasets", {}).items():
            pulled = d.get("last_pull_at")
            line = (fmt(QCoreApplication.translate("Console", "%1: updated %2"), dataset_name(name), _when(pulled, zone)) if pulled
                    else fmt(QCoreApplication.translate("Console", "%1: not loaded yet"), dataset_name(name)))
            if d.get("last_error"):
                line += "\n⚠ " + fmt(QCoreApplication.translate("Console", "Last attempt failed: %1"), error_words(d["last_error"]))
            if d.get("quarantined"):
                line += "\n⚠ " + fmt(QCoreApplication.translate("Console", "Rows not applied: %1 (listed below)"), d["quarantined"])
            pulls.append(line)
        pulls = pulls or [QCoreApplication.translate("Console", "No reference data pulled yet.")]
        self._section(QCoreApplication.translate("Console", "Reference data"), pulls, "SyncPulls")
        held = info.get("quarantine") or []
        if held:
            lines = [quarantine_line(row, zone) for row in held]
            if info.get("quarantined", 0) > len(held):
                lines.append(fmt(QCoreApplication.translate("Console", "…and %1 more"), info["quarantined"] - len(held)))
            lines.append(QCoreApplication.translate("Console", "The rest of the reference data is in use; these rows wait for a correction. Ask the regional system's administrator to correct them; the next sync then applies them by itself."))
            self._section(QCoreApplication.translate("Console", "Reference rows not applied"), lines, "SyncQuarantine")
        errors = []
        if info.get("last_error"):
            stage = stage_words(info["last_error"])
            when = _when(info.get("last_error_at"), zone) if info.get("last_error_at") else "—"
            words = error_words(info["last_error"])
            errors.append(f"{when} · {stage}: {words}" if stage else f"{when} · {words}")
        if info.get("alert"):
            errors.append(error_words(info["alert"]))
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
