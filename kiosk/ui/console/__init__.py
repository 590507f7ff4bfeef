"""Clerk and technician consoles, behind the hidden entry and the PIN pad.

The screens are registered like any other (so the accessibility walk and ``--screenshots`` cover
them) but have no Home tile, and the shell shows them only during a console session
(:meth:`kiosk.ui.console.controller.ConsoleController.may_show`); a window in kiosk mode refuses
them otherwise.  Screenshot states put sample data on screen and write nothing to the store.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import fmt
from ..screens.registry import Registry, ScreenSpec, lazy


def _settle(screen: Any, timeout_s: float = 10.0) -> None:
    """Let the screen's own loading finish before sample data go on it."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not screen.is_ready() and time.monotonic() < deadline:
        QApplication.processEvents()


def _pin(state: str):
    def prepare(screen: Any) -> None:
        _settle(screen)
        # the sample store has no technician PIN: each state is put on screen as it would appear
        screen.state = {"error": "login", "setup": "setup_code", "no_setup": "no_setup"}.get(state, state)
        if state == "error":
            screen.digits = "12"
            screen._note("wrong_pin", 3)
        elif state == "setup":
            screen.digits = "48217"
            screen._note("setup_hint")
        elif state == "renew":
            screen._note("renew_hint")
        elif state == "locked":
            import datetime as dt

            from offline_db.store import iso_utc, utcnow

            screen.locked_until = iso_utc(utcnow() + dt.timedelta(minutes=4, seconds=37, milliseconds=500))
        screen.retranslate()
    return prepare


def _queue(screen: Any) -> None:
    from kiosk.console.queue_ops import CalledTicket, CategoryQueue

    _settle(screen)
    screen.counter.set_text("3")
    screen.show_queue({
        "office": {"id": "sample", "timezone": "Europe/Ulyanovsk"}, "day": "2026-11-21",
        "categories": [
            CategoryQueue("cat-passport", "Паспорта и регистрация граждан", "Passports and residence registration",
                          "A", 6, 34, "A-1012"),
            CategoryQueue("cat-family", "Семья и дети", "Family and children", "B", 2, 12, "B-1004"),
            CategoryQueue("cat-property", "Недвижимость", "Property", "C", 0, 0, ""),
        ],
        "called": [CalledTicket(1, "A-1011", "cat-passport", "3", "2026-11-21T09:41:00Z")],
    })


def _queue_redirect(screen: Any) -> None:
    _queue(screen)
    screen.start_redirect(1)


def _found_meters(screen: Any) -> None:
    from kiosk.console import lookup
    from kiosk.console.lookup import Found, PersonalValue, mask
    from kiosk.ui.screens.services import sample_meter_status

    _settle(screen)
    local, remote = sample_meter_status()
    screen.number.set_text(local.receipt_number)
    values = [PersonalValue(name, *lookup.PAYLOAD_LABELS[name], value)
              for name, value in (("account_number", "737387056549"), ("house", "8"), ("flat", "5"))]
    found = Found(local, 1, "", "", False, [PersonalValue(v.name, v.label_ru, v.label_en, mask(v.value))
                                            for v in values])
    screen.show_found(found, remote)


def _found(purged: bool = False, unmasked: bool = False):
    def prepare(screen: Any) -> None:
        from kiosk.console.lookup import Found, PersonalValue, mask
        from kiosk.domain.status import LocalStatus, RemoteStatus

        _settle(screen)
        screen.number.set_text("K7QW-3M2A-9X4P")
        reason_ru = "В заявлении не указан СНИЛС заявителя. Подайте заявление заново с номером СНИЛС."
        reason_en = "The application lacks the applicant's SNILS. Apply again with the SNILS number."
        local = LocalStatus("K7QW-3M2A-9X4P", "sample", "application", "rejected", "2026-11-21T09:30:00Z",
                            "Выдача паспорта гражданина РФ в 14 лет", "First Russian internal passport at 14",
                            reject_code="missing_field", reason_ru=reason_ru, reason_en=reason_en)
        values = [PersonalValue("full_name", "Фамилия, имя, отчество", "Full name", "Иванова Мария Петровна"),
                  PersonalValue("phone", "Телефон для связи", "Contact phone", "+7 912 345-67-89")]
        masked = [PersonalValue(v.name, v.label_ru, v.label_en, mask(v.value)) for v in values]
        found = Found(local, 1, "", "clerk:3", purged, [] if purged else masked)
        screen.show_found(found, RemoteStatus(True, True, "rejected", "rejected", "RB-000123", reason_ru, reason_en))
        if unmasked:
            screen.clear_values = values
            screen.retranslate()
    return prepare


def _listed(by: str = "", empty: bool = False):
    """The find screen's list (sample rows, newest first), a search's hits, or the empty state."""
    def prepare(screen: Any) -> None:
        from kiosk.console.pending import Listed, Listing

        _settle(screen)
        rows = [
            Listed("K7QW-3M2A-9X4P", "application", "rejected", "2026-11-21T09:30:00Z",
                   "Выдача паспорта гражданина РФ в 14 лет", "First Russian internal passport at 14", "+79•••••••89"),
            Listed("M4RT-8Q2A-7XTP", "meter_readings", "pending", "2026-11-21T08:55:00Z"),
            Listed("B2CD-4EFG-5HJK", "appointment", "pending", "2026-11-21T08:12:00Z", "Терапевт", "General practitioner",
                   "••••••••••••5749"),
        ]
        if by:
            screen.number.set_text("+7 912 345-67-89")
            rows = rows[:1]
        listing = Listing([] if empty else rows, 0 if empty else (len(rows) if by else 57), by)
        screen.show_found(None, None, quiet=True)
        screen.list.show_listing(listing, "Europe/Ulyanovsk", screen.ctx.session.language)
    return prepare


def _settings_errors(screen: Any) -> None:
    _settle(screen)
    values = {"backend_url": "http://backend.region.ru", "kiosk_id": "uly kiosk", "proxy": "proxy:3128",
              "sync_interval_s": "2", "default_language": "de"}
    for name, value in values.items():
        screen.fields[name].set_text(value)
    screen.show_errors({"backend_url": ("https_required", {}), "kiosk_id": ("bad_kiosk_id", {}),
                        "token": ("required", {}), "proxy": ("bad_proxy", {}),
                        "sync_interval_s": ("range", {"min": 5, "max": 86400}),
                        "default_language": ("bad_language", {})})
    screen.say(QCoreApplication.translate("Console", "Nothing was saved: correct the fields marked ⚠."))


def _settings_steps(failed: bool):
    def prepare(screen: Any) -> None:
        from kiosk.console.connection import StepResult

        _settle(screen)
        screen.fields["backend_url"].set_text("https://backend.uly.example")
        screen.fields["kiosk_id"].set_text("uly-kiosk-07")
        steps = [StepResult("resolve", "ok", "resolved", {"host": "backend.uly.example", "addresses": "10.20.0.15"}),
                 StepResult("connect", "ok", "connected", {"host": "backend.uly.example", "port": 443, "ms": 12})]
        if failed:
            steps += [StepResult("tls", "failed", "certificate",
                                 {"reason": "unable to get local issuer certificate"}),
                      StepResult("auth", "skipped", "previous_failed"),
                      StepResult("version", "skipped", "previous_failed")]
        else:
            steps += [StepResult("tls", "ok", "verified", {"subject": "backend.uly.example",
                                                           "expires": "Mar  1 12:00:00 2027 GMT",
                                                           "issuer": "Regional CA"}),
                      StepResult("auth", "ok", "accepted"),
                      StepResult("version", "ok", "supported", {"version": "1"})]
        screen.show_steps(steps)
    return prepare


def _settings_unsaved(screen: Any) -> None:
    """A token typed, then Back: the form asks before the edits are lost."""
    _settle(screen)
    screen.fields["token"].set_text("tok-typed-on-screen")
    screen.confirm_leave(lambda: None)


def _settings_saved(screen: Any) -> None:
    _settle(screen)
    screen.say(fmt(QCoreApplication.translate("Console", "Saved. Settings changed: %1."), 2), success=True)
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    screen.page.widget().layout().activate()
    bar = screen.page.verticalScrollBar()
    bar.setValue(bar.maximum())  # the message is below the form, where Save was tapped


def _sync_recovered(screen: Any) -> None:
    """The dashboard after the store was found damaged and salvaged (``offline_db.salvage``)."""
    _sync(screen, store_recovery={
        "at": "2026-11-21T06:12:40Z", "damaged_file": "/var/lib/mfc-kiosk/kiosk.sqlite3.corrupt-20261121-061240",
        "salvaged": {"outbox_undelivered": 46, "outbox_delivered": 1250, "clinic_undelivered": 2, "clinic_other": 5,
                     "settings": 31, "audit": 412},
        "lost": {"outbox": 4, "clinic": 0}, "sync_configured": True, "error": None})


def _sync(screen: Any, **extra: Any) -> None:
    _settle(screen)
    screen.show_info({**extra,
        "configured": True, "backend_url": "https://backend.uly.example", "kiosk_id": "uly-kiosk-07",
        "outbox": {"pending": 4, "sending": 0, "accepted": 1250, "rejected": 2, "conflict": 1},
        "oldest": {"kind": "application", "receipt_number": "H6TN-2WQR-5ZKD", "captured_at": "2026-11-21T07:02:00Z",
                   "attempts": 6, "age_s": 9_000},
        "datasets": {"catalogue": {"last_pull_at": "2026-11-21T09:00:12Z", "last_error": None},
                     "offices": {"last_pull_at": "2026-11-21T09:00:13Z", "last_error": None},
                     "utilities": {"last_pull_at": None,
                                       "last_error": "pull of utilities: the backend did not answer within 30 s"},
                     "fhir:Organization": {"last_pull_at": "2026-11-21T09:00:14Z", "last_error": None},
                     "fhir:Slot": {"last_pull_at": "2026-11-21T09:00:15Z", "last_error": None}},
        "clinic": {"waiting": 1, "sent": 37, "refused": 2},
        "last_error": "delivery: cannot connect to the backend (connection refused)",
        "last_error_at": "2026-11-21T09:40:00Z", "last_success_at": "2026-11-21T09:00:13Z",
        "paused": False, "alert": None, "stuck_total": 3, "timezone": "Europe/Ulyanovsk",
        "stuck": [
            {"kind": "application", "receipt_number": "M2QX-7RTA-4KZP", "state": "rejected",
             "reject_code": "unknown_service",
             "reject_reason_ru": "Услуга «svc-999» не найдена в реестре региона. Подайте заявление на действующую услугу.",
             "reject_reason_en": "The service 'svc-999' is not in the regional register. Apply for a current service."},
            {"kind": "queue_ticket", "receipt_number": "T4PW-9QXA-2MZK", "state": "conflict", "reject_code": "conflict",
             "reject_reason_ru": "Под этим номером уже принят другой запрос.",
             "reject_reason_en": "A different request was already accepted under this number."},
        ],
    })


def _maintenance(what: str):
    def prepare(screen: Any) -> None:
        _settle(screen)
        screen.backup_path.set_text("/var/lib/mfc-kiosk/backups/kiosk-20261121-094500.sqlite3")
        screen.restore_path.set_text("/var/lib/mfc-kiosk/backups/kiosk-20261120-180000.sqlite3")
        screen.diag_path.set_text("/var/lib/mfc-kiosk/diagnostics/diagnostics-20261121-094500.zip")
        if what == "confirm":
            screen.restore_items = 1257
            screen.ask("restore")
        elif what == "done":
            from .maintenance import backup_written_text

            screen.say(backup_written_text("/var/lib/mfc-kiosk/backups/kiosk-20261121-094500.sqlite3", 2480, 1257),
                       success=True)
    return prepare


def _audit(screen: Any) -> None:
    _settle(screen)
    screen.path.set_text("/var/lib/mfc-kiosk/audit/audit-20261121-094500.csv")
    rows = [
        ("2026-11-21T09:45:02Z", "technician", "backup", "kiosk-20261121-094500.sqlite3", ""),
        ("2026-11-21T09:44:10Z", "technician", "settings.change", "sync_interval_s", "120"),
        ("2026-11-21T09:44:10Z", "technician", "settings.change", "token", ""),
        ("2026-11-21T09:43:55Z", "technician", "login", "", ""),
        ("2026-11-21T09:41:00Z", "clerk", "queue.call_next", "A-1011", "counter 3"),
        ("2026-11-21T09:40:12Z", "clerk", "unmask", "K7QW-3M2A-9X4P", "2 values"),
        ("2026-11-21T09:40:05Z", "clerk", "reprint", "K7QW-3M2A-9X4P", ""),
        ("2026-11-21T09:39:40Z", "-", "login_failed", "", ""),
    ]
    screen.show_rows([{"id": i, "at": at, "role": role, "action": action, "target": target, "details": details}
                      for i, (at, role, action, target, details) in enumerate(rows)], "Europe/Ulyanovsk")


def register(registry: Registry) -> None:
    AuditScreen = lazy("kiosk.ui.console.audit", "AuditScreen")
    FindScreen = lazy("kiosk.ui.console.find", "FindScreen")
    MaintenanceScreen = lazy("kiosk.ui.console.maintenance", "MaintenanceScreen")
    MenuScreen = lazy("kiosk.ui.console.menu", "MenuScreen")
    PinScreen = lazy("kiosk.ui.console.pinpad", "PinScreen")
    QueueScreen = lazy("kiosk.ui.console.queue", "QueueScreen")
    SettingsScreen = lazy("kiosk.ui.console.settings", "SettingsScreen")
    SyncScreen = lazy("kiosk.ui.console.sync", "SyncScreen")

    registry.register(ScreenSpec("console_pin", PinScreen, screenshot_states=(
        ("", _pin("login")), ("error", _pin("error")), ("locked", _pin("locked")), ("setup", _pin("setup")),
        ("no-setup", _pin("no_setup")), ("first", _pin("first")), ("renew", _pin("renew")))))
    registry.register(ScreenSpec("console_menu", MenuScreen))
    registry.register(ScreenSpec("console_queue", QueueScreen, screenshot_states=(
        ("", _queue), ("redirect", _queue_redirect))))
    registry.register(ScreenSpec("console_find", FindScreen, screenshot_states=(
        ("", _found()), ("unmasked", _found(unmasked=True)), ("purged", _found(purged=True)),
        ("meters", _found_meters), ("list", _listed()), ("list-empty", _listed(empty=True)),
        ("by-phone", _listed("phone")), ("by-phone-none", _listed("phone", empty=True)))))
    registry.register(ScreenSpec("console_settings", SettingsScreen, screenshot_states=(
        ("", _settings_steps(False)), ("errors", _settings_errors), ("tls-failed", _settings_steps(True)),
        ("unsaved", _settings_unsaved), ("saved", _settings_saved))))
    registry.register(ScreenSpec("console_sync", SyncScreen,
                                 screenshot_states=(("", _sync), ("recovered", _sync_recovered))))
    registry.register(ScreenSpec("console_maintenance", MaintenanceScreen, screenshot_states=(
        ("", _maintenance("done")), ("confirm", _maintenance("confirm")))))
    registry.register(ScreenSpec("console_audit", AuditScreen, screenshot_states=(("", _audit),)))
