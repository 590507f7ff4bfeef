"""Technician console: enrolment validation, token once, test connection (real backend, closed
port, wrong token), sync dashboard and sync now, backup/restore/diagnostics, audit log and its
export, leaving kiosk mode and restarting — each audited, never a PIN or token."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from kiosk.console import pins
from kiosk.ui.console.controller import RESTART_EXIT_CODE
from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e.backend_proc import free_port, running_backend

from .conftest import settle
from .test_console_clerk import click
from .test_console_entry import CLERK_PIN, TECH_PIN, audit, open_console

TOKEN = "tok-3f9a7c1e5b2d4a68"
SECRET_NAME = "Петрова Анна Сергеевна"


@pytest.fixture
def tech_store(db_path: Path) -> Path:
    with open_store(db_path) as store:
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
    return db_path


@pytest.fixture
def tech(tech_store, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, TECH_PIN)
    return window


def go(window, qtbot, screen_id: str):
    window.go(screen_id)
    assert window.current_id == screen_id
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    return screen


def fill(screen, **values: str) -> None:
    for name, value in values.items():
        screen.fields[name].set_text(value)


def dump(db_path: Path) -> str:
    with open_store(db_path) as store:
        return "\n".join(store.conn.iterdump())


def test_settings_are_validated_with_clear_messages(tech, qtbot, tech_store, tmp_path):
    screen = go(tech, qtbot, "console_settings")
    fill(screen, backend_url="http://backend.region.ru", kiosk_id="uly kiosk", proxy="proxy:3128",
         sync_interval_s="2", sync_batch_size="5000", idle_timeout_s="abc", default_language="de",
         ca_bundle=str(tmp_path / "missing.pem"), office_id="nowhere", printer=f"pdf:{tmp_path / 'no' / 'dir'}")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: bool(screen.errors))
    text = {name: f.error.text() for name, f in screen.fields.items() if f.error.isVisibleTo(screen)}
    assert "https" in text["backend_url"] and "localhost" in text["backend_url"]
    assert "no spaces" in text["kiosk_id"]
    assert "Enter the token the regional system gave this kiosk" in text["token"]
    assert "proxy" in text["proxy"]
    assert "from 5 to 86400" in text["sync_interval_s"]
    assert "from 1 to 1000" in text["sync_batch_size"]
    assert "from 30 to 600" in text["idle_timeout_s"]
    assert "ru or en" in text["default_language"]
    assert "no such file" in text["ca_bundle"]
    assert "no office" in text["office_id"]
    assert "no such folder" in text["printer"]
    assert "Nothing was saved" in screen.message.text()
    assert not [a for a in audit(tech_store) if a[1] == "settings.change"]
    # a wrong field has a red border, and its error replaces the hint instead of repeating it
    url = screen.fields["backend_url"]
    assert url.edit.property("invalid") is True and not url.hint.isVisibleTo(screen)
    assert screen.fields["ca_bundle"].edit.property("invalid") is True
    assert not screen.fields["token"].hint.isVisibleTo(screen)
    assert not screen.fields["tts_voice"].edit.property("invalid")
    # Russian too
    tech.session.set_language("ru")
    qtbot.waitUntil(lambda: "от 5 до 86400" in screen.fields["sync_interval_s"].error.text())
    assert "https" in screen.fields["backend_url"].error.text()
    # corrected and saved again: the mark goes
    fill(screen, backend_url="https://backend.region.ru")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: screen.is_ready() and "backend_url" not in screen.errors)
    assert not url.edit.property("invalid") and url.hint.isVisibleTo(screen) and not url.error.isVisibleTo(screen)
    assert screen.fields["kiosk_id"].edit.property("invalid") is True


def test_token_entered_once_is_kept_in_a_0600_file_and_never_shown(tech, qtbot, tech_store):
    screen = go(tech, qtbot, "console_settings")
    fill(screen, backend_url="http://localhost:8443/api/v1/", kiosk_id="uly-kiosk-07", token=TOKEN,
         sync_interval_s="120", default_language="en")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "Saved" in screen.message.text())
    assert screen.fields["token"].text() == "" and screen.has_token
    assert screen.fields["token"].edit.echoMode() == screen.fields["token"].edit.EchoMode.Password
    with open_store(tech_store) as store:
        token_file = Path(store.get_setting("sync.token_file"))
        assert store.get_setting("sync.backend_url") == "http://localhost:8443"
        assert store.get_setting("sync_interval_s") == 120
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    assert token_file.read_text().strip() == TOKEN
    assert TOKEN not in dump(tech_store)
    changes = [a for a in audit(tech_store) if a[1] == "settings.change"]
    assert ("technician", "settings.change", "token") in changes
    assert ("technician", "settings.change", "backend_url") in changes
    # shown again later: the token field stays empty, with a note that one is saved
    tech.go("console_menu")
    screen = go(tech, qtbot, "console_settings")
    qtbot.waitUntil(lambda: screen.fields["kiosk_id"].text() == "uly-kiosk-07")
    assert screen.fields["token"].text() == "" and "saved" in screen.fields["token"].hint.text()
    # saving without a token keeps the saved one
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "Nothing changed" in screen.message.text())


def test_office_and_language_are_choices(tech, qtbot, tech_store):
    screen = go(tech, qtbot, "console_settings")
    office, language = screen.fields["office_id"], screen.fields["default_language"]
    with open_store(tech_store) as store:
        offices = [r["id"] for r in store.query("SELECT id FROM offices ORDER BY id")]
    assert offices and list(office.buttons) == ["", *offices]  # the store's offices, and "the first one"
    assert list(language.buttons) == ["ru", "en"]
    assert "Russian" in language.buttons["ru"].text_plain and "English" in language.buttons["en"].text_plain
    qtbot.mouseClick(office.buttons[offices[-1]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(language.buttons["en"], Qt.MouseButton.LeftButton)
    assert office.text() == offices[-1] and language.text() == "en"
    assert "selected" in office.buttons[offices[-1]].accessibleName()
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "Saved" in screen.message.text())
    with open_store(tech_store) as store:
        assert store.get_setting("office_id") == offices[-1] and store.get_setting("default_language") == "en"
    assert ("technician", "settings.change", "office_id") in audit(tech_store)
    # a saved office the region no longer has is shown as it is, with the message at the field
    office.set_text("off-closed")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "office_id" in screen.errors)
    assert "off-closed" in office.buttons and "no office" in office.error.text()
    tech.session.set_language("ru")
    qtbot.waitUntil(lambda: "Офис" in office.label.text())


def test_test_connection_uses_the_typed_values_before_they_are_saved(tech, qtbot, tech_store):
    screen = go(tech, qtbot, "console_settings")
    port = free_port()
    fill(screen, backend_url=f"http://127.0.0.1:{port}", kiosk_id="uly-kiosk-07", token=TOKEN)
    steps = run_test_connection(screen, qtbot)
    assert steps["resolve"] == ("ok", "resolved") and steps["connect"] == ("failed", "refused")
    heading = screen.steps_heading.text()
    assert "typed on the form" in heading and "not saved" in heading
    assert "typed on the form" in screen.message.text() and "save them" in screen.message.text()
    with open_store(tech_store) as store:
        assert not store.get_setting("sync.backend_url") and not store.get_setting("sync.token_file")
    assert ("technician", "test_connection", "typed values") in audit(tech_store)
    assert TOKEN not in dump(tech_store)
    # a typed value that is not valid is not tested: the message is at its field
    fill(screen, backend_url="http://backend.region.ru")
    click(qtbot, screen, "TestConnection")
    qtbot.waitUntil(lambda: "backend_url" in screen.errors and not screen.testing)
    assert "https" in screen.fields["backend_url"].error.text() and "cannot be tested" in screen.message.text()
    # saved: the saved settings are tested, and said so
    fill(screen, backend_url=f"http://127.0.0.1:{port}")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "Saved" in screen.message.text() and screen.is_ready())
    steps = run_test_connection(screen, qtbot)
    assert steps["connect"] == ("failed", "refused") and "saved settings" in screen.steps_heading.text()
    tech.session.set_language("ru")
    qtbot.waitUntil(lambda: "сохранёнными настройками" in screen.steps_heading.text())


def run_test_connection(screen, qtbot) -> dict[str, tuple[str, str]]:
    click(qtbot, screen, "TestConnection")
    qtbot.waitUntil(lambda: bool(screen.steps) and not screen.testing, timeout=20_000)
    return {s.step: (s.status, s.code) for s in screen.steps}


@pytest.mark.e2e
def test_connection_step_by_step_against_the_real_backend_and_a_closed_port(tech, qtbot, tech_store, tmp_path):
    screen = go(tech, qtbot, "console_settings")
    with running_backend(tmp_path / "backend.db", kiosk_id="uly-kiosk-07") as backend:
        fill(screen, backend_url=backend.base_url, kiosk_id="uly-kiosk-07", token=backend.token)
        click(qtbot, screen, "SaveSettings")
        qtbot.waitUntil(lambda: "Saved" in screen.message.text())
        steps = run_test_connection(screen, qtbot)
        assert steps == {"resolve": ("ok", "resolved"), "connect": ("ok", "connected"),
                         "tls": ("skipped", "plain_http"), "auth": ("ok", "accepted"),
                         "version": ("ok", "supported")}
        assert "works" in screen.message.text()
        assert "Supported (version 1)" in screen.findChild(type(screen.message), "Step-version").text()
        # a wrong token: the authentication step says so
        fill(screen, token="wrong-token-123456")
        click(qtbot, screen, "SaveSettings")
        qtbot.waitUntil(lambda: "Saved" in screen.message.text() and screen.is_ready())
        steps = run_test_connection(screen, qtbot)
        assert steps["connect"] == ("ok", "connected") and steps["auth"] == ("failed", "token_rejected")
        assert steps["version"] == ("skipped", "previous_failed")
    # the backend has stopped: its port is closed now
    port = free_port()
    fill(screen, backend_url=f"http://127.0.0.1:{port}")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: "Saved" in screen.message.text() and screen.is_ready())
    steps = run_test_connection(screen, qtbot)
    assert steps["resolve"] == ("ok", "resolved")
    assert steps["connect"] == ("failed", "refused")
    assert all(steps[s] == ("skipped", "previous_failed") for s in ("tls", "auth", "version"))
    assert "refused" in screen.findChild(type(screen.message), "Step-connect").text()
    assert "does not work" in screen.message.text()
    assert ("technician", "test_connection", "") in audit(tech_store)
    assert TOKEN not in dump(tech_store) and "wrong-token-123456" not in dump(tech_store)


def test_sync_dashboard_shows_stuck_items_and_sync_now_is_audited(tech, qtbot, tech_store):
    with open_store(tech_store) as store:
        item = outbox.enqueue(store, "application", {"service_id": "svc-1", "office_id": "uly-1"})
        outbox.enqueue(store, "application", {"service_id": "svc-2", "office_id": "uly-1"})
        outbox.apply_results(store, [outbox.ItemResult(item.uuid, "rejected", code="unknown_service",
                                                       reason_ru="Услуга не найдена.",
                                                       reason_en="The service is not in the register.")])
    screen = go(tech, qtbot, "console_sync")
    qtbot.waitUntil(lambda: screen.info is not None)
    stuck = screen.findChild(type(screen.message), "SyncStuckText").text()
    assert item.receipt_number in stuck and "not in the register" in stuck
    outbox_text = screen.findChild(type(screen.message), "SyncOutboxText").text()
    assert "Oldest not yet sent" in outbox_text and "Refused by the regional system (listed below): 1" in outbox_text
    click(qtbot, screen, "SyncNow")
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert ("technician", "sync_now", "") in audit(tech_store)


def test_backup_restore_and_diagnostics_through_the_console(tech, qtbot, tech_store, tmp_path):
    from kiosk.services.applications import submit_application  # noqa: F401 - documents the seeded kind

    with open_store(tech_store) as store:
        outbox.enqueue(store, "application", {"service_id": "svc-1", "office_id": "uly-1",
                                              "fields": {"full_name": SECRET_NAME, "snils": "112-233-445 95"}})
    screen = go(tech, qtbot, "console_maintenance")
    click(qtbot, screen, "IntegrityButton")
    qtbot.waitUntil(lambda: "healthy" in screen.message.text())
    backup = tmp_path / "b" / "kiosk-backup.sqlite3"
    screen.backup_path.set_text(str(backup))
    click(qtbot, screen, "BackupButton")
    qtbot.waitUntil(lambda: backup.exists() and "Backup written" in screen.message.text())
    assert screen.message.property("role") == "success"  # green: done, not a warning
    assert screen.restore_path.text() == str(backup)
    # something changes after the backup, then the backup is restored
    with open_store(tech_store) as store:
        outbox.enqueue(store, "application", {"service_id": "svc-3", "office_id": "uly-1"})
    click(qtbot, screen, "RestoreButton")
    qtbot.waitUntil(lambda: screen.confirm_frame.isVisibleTo(screen))
    assert "Replace ALL data" in screen.confirm_text.text() and "will be lost" in screen.confirm_text.text()
    assert "submissions made at this kiosk: 1" in screen.confirm_text.text()
    confirm = screen.findChild(QPushButton, "ConfirmButton")
    assert confirm.text() == "Yes, restore" and confirm.property("role") == "danger"
    click(qtbot, screen, "ConfirmButton")
    qtbot.waitUntil(lambda: "Restored" in screen.message.text())
    with open_store(tech_store) as store:
        assert store.scalar("SELECT count(*) FROM outbox") == 1
    # diagnostics: a zip without the seeded personal data
    diag = tmp_path / "d" / "diag.zip"
    screen.diag_path.set_text(str(diag))
    click(qtbot, screen, "DiagnosticsButton")
    qtbot.waitUntil(lambda: diag.exists() and "Diagnostics written" in screen.message.text())
    with zipfile.ZipFile(diag) as zf:
        content = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    assert SECRET_NAME not in content and "112-233-445 95" not in content and TECH_PIN not in content
    actions = [a[1] for a in audit(tech_store)]
    for action in ("integrity_check", "backup", "restore", "export_diagnostics"):
        assert action in actions


def test_audit_log_view_and_export_without_secrets(tech, qtbot, tech_store, tmp_path):
    screen = go(tech, qtbot, "console_audit")
    qtbot.waitUntil(lambda: bool(screen.rows))
    assert "Signed in to the staff console" in screen.entries.text()
    target = tmp_path / "audit.csv"
    screen.path.set_text(str(target))
    click(qtbot, screen, "ExportAudit")
    qtbot.waitUntil(lambda: target.exists() and "written" in screen.message.text())
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "at,role,action,target,details"
    assert "technician,login" in text
    assert TECH_PIN not in text and CLERK_PIN not in text
    assert ("technician", "audit.export", "audit.csv") in audit(tech_store)


@pytest.mark.parametrize("action, code", [("exit", 0), ("restart", RESTART_EXIT_CODE)])
def test_leaving_kiosk_mode_and_restarting_are_technician_actions(tech, qtbot, tech_store, action, code):
    exits: list[int] = []
    tech.console.quit_app = exits.append
    screen = go(tech, qtbot, "console_maintenance")
    click(qtbot, screen, "ExitKioskButton" if action == "exit" else "RestartButton")
    qtbot.waitUntil(lambda: screen.confirm_frame.isVisibleTo(screen))
    click(qtbot, screen, "ConfirmButton")
    qtbot.waitUntil(lambda: exits == [code])
    assert not tech.kiosk_mode and not tech.console.active
    expected = "exit_kiosk_mode" if action == "exit" else "restart_app"
    assert ("technician", expected, "") in audit(tech_store)


def test_in_the_kiosk_session_there_is_no_leaving_kiosk_mode_only_a_restart(tech_store, make_window, qtbot,
                                                                          monkeypatch):
    """Under systemd (deploy/mfc-kiosk.service) leaving would only restart the kiosk: no such button."""
    monkeypatch.setenv("NOTIFY_SOCKET", "@mfc-kiosk-test-unused")
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, TECH_PIN)
    screen = go(window, qtbot, "console_maintenance")
    buttons = {b.objectName(): b.isVisibleTo(screen) for b in screen.findChildren(QPushButton)}
    assert buttons["ExitKioskButton"] is False and buttons["RestartButton"] is True


def test_a_clerk_cannot_reach_technician_screens(tech_store, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    open_console(window, qtbot, CLERK_PIN)
    for screen_id in ("console_settings", "console_sync", "console_maintenance", "console_audit"):
        window.go(screen_id)
        assert window.current_id == "console_menu"
    qtbot.keyClick(window, Qt.Key.Key_Escape)   # Back from the menu ends the session
    assert window.current_id == "home" and not window.console.active


def test_audit_log_reads_as_plain_words_in_the_office_local_time(tech, qtbot, tech_store):
    screen = go(tech, qtbot, "console_audit")
    rows = [("2026-11-21T09:45:02Z", "technician", "backup", "kiosk-20261121.sqlite3", ""),
            ("2026-11-21T09:44:10Z", "technician", "settings.change", "sync_interval_s", "120"),
            ("2026-11-21T09:44:10Z", "technician", "settings.change", "token", ""),
            ("2026-11-21T09:41:00Z", "clerk", "queue.call_next", "A-1011", "counter 3"),
            ("2026-11-21T09:40:12Z", "clerk", "unmask", "K7QW-3M2A-9X4P", "2 values"),
            ("2026-11-21T09:39:40Z", "-", "login_failed", "", ""),
            ("2026-11-21T09:39:00Z", "technician", "some.new_action", "x", "y")]
    screen.show_rows([{"id": i, "at": at, "role": role, "action": action, "target": target, "details": details}
                      for i, (at, role, action, target, details) in enumerate(rows)], "Europe/Ulyanovsk")
    text = screen.entries.text()
    for code in ("settings.change", "sync_interval_s", "queue.call_next", "(counter 3)", "(2 values)", "login_failed",
                 "unmask", "backup "):
        assert code not in text, code
    lines = text.splitlines()
    assert lines[0].startswith("21.11.2026 13:45") and "Database backed up to kiosk-20261121.sqlite3" in lines[0]
    assert "Sync interval, seconds" in lines[1] and "120" in lines[1]
    assert "Kiosk token replaced" in lines[2]
    assert "Ticket A-1011 called to counter 3" in lines[3]
    assert "Personal data of K7QW-3M2A-9X4P shown (values: 2)" in lines[4]
    assert "Wrong PIN entered" in lines[5]
    assert "some.new_action" in lines[6] and "x" in lines[6]   # an unknown kind stays readable
    assert "UTC" not in text and "local time (UTC+4)" in screen.heading.text()


def test_sync_dashboard_names_the_reference_data_and_says_what_to_do_about_errors(tech, qtbot, tech_store):
    screen = go(tech, qtbot, "console_sync")
    qtbot.waitUntil(lambda: screen.info is not None)
    screen.show_info({
        "backend_url": "https://backend.uly.example", "kiosk_id": "uly-kiosk-07", "timezone": "Europe/Ulyanovsk",
        "outbox": {"pending": 1, "rejected": 2, "conflict": 1}, "oldest": None, "stuck": [], "stuck_total": 0,
        "datasets": {"catalogue": {"last_pull_at": "2026-11-21T09:00:12Z", "last_error": None},
                     "utilities": {"last_pull_at": None,
                                   "last_error": "pull of utilities: the backend did not answer within 30 s"}},
        "last_error": "delivery: cannot connect to the backend (connection refused)",
        "last_error_at": "2026-11-21T09:40:00Z", "last_success_at": "2026-11-21T09:00:13Z"})
    pulls = screen.findChild(type(screen.message), "SyncPullsText").text()
    assert "Service catalogue: updated 21.11.2026 13:00" in pulls
    assert "Utility providers: not loaded yet" in pulls
    assert not [line for line in pulls.splitlines() if line.startswith(("catalogue", "utilities"))]
    assert "did not answer within" not in pulls
    assert "Connection and settings" in pulls and "Sync now" in pulls   # the next step
    errors = screen.findChild(type(screen.message), "SyncErrorsText").text()
    assert "cannot connect to the backend" not in errors and "Sending submissions" in errors
    assert "21.11.2026 13:40" in errors
    counts = screen.findChild(type(screen.message), "SyncOutboxText").text()
    assert "Refused by the regional system (listed below): 2" in counts
    assert "the number is taken by a different request (listed below): 1" in counts


def test_a_failed_connection_test_is_scrolled_into_view(tech, qtbot, tech_store):
    from kiosk.console.connection import StepResult

    screen = go(tech, qtbot, "console_settings")
    steps = [StepResult("resolve", "ok", "resolved", {"host": "b.example", "addresses": "10.0.0.1"}),
             StepResult("connect", "ok", "connected", {"host": "b.example", "port": 443, "ms": 12}),
             StepResult("tls", "failed", "certificate", {"reason": "unable to get local issuer certificate"}),
             StepResult("auth", "skipped", "previous_failed"), StepResult("version", "skipped", "previous_failed")]
    assert screen.page.verticalScrollBar().value() == 0
    screen.show_steps(steps)
    viewport = screen.page.viewport()

    def on_screen(widget) -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return widget.isVisible() and 0 <= top and top + widget.height() <= viewport.height()

    tls = screen.findChild(type(screen.message), "Step-tls")
    qtbot.waitUntil(lambda: on_screen(screen.message) and on_screen(tls))
    assert "does not work" in screen.message.text()
    assert "not trusted" in tls.text() and "does not trust" in tls.text()


def test_technician_tools_and_sign_out_are_on_screen_without_scrolling(tech, qtbot):
    menu = go(tech, qtbot, "console_menu")
    viewport = menu.page.viewport()
    for name in ("ConsoleLogout", "ConsoleSettingsButton", "ConsoleSyncButton", "ConsoleMaintenanceButton",
                 "ConsoleAuditButton"):
        button = menu.findChild(QPushButton, name)
        top_left = button.mapTo(viewport, button.rect().topLeft())
        bottom = button.mapTo(viewport, button.rect().bottomLeft()).y()
        assert button.isVisible() and 0 <= top_left.y() and bottom < viewport.height(), name


@pytest.fixture
def damaged_store(db_path: Path) -> Path:
    """A kiosk store with PINs and 12 items waiting whose header (100 bytes) was then overwritten."""
    with open_store(db_path) as store:
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
        for i in range(12):
            outbox.enqueue(store, "application", {"service_id": "svc-001", "fields": {"n": i}})
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db_path.open("r+b") as fh:
        fh.write(os.urandom(100))
    return db_path


def test_sync_dashboard_shows_a_recovery_from_a_damaged_store(damaged_store, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, TECH_PIN)  # the PIN came back with the salvage
    screen = go(window, qtbot, "console_sync")
    qtbot.waitUntil(lambda: screen.info is not None)
    recovery = screen.findChild(type(screen.message), "SyncStoreRecoveryText")
    assert recovery is not None
    text = recovery.text()
    assert "found its saved data damaged" in text
    assert "Recovered: 12 submissions not yet sent (they are sent as usual), 0 already sent" in text
    assert "Nothing known to be lost." in text
    assert "kiosk.sqlite3.corrupt-" in text
    outbox_text = screen.findChild(type(screen.message), "SyncOutboxText").text()
    assert "Waiting to be sent: 12" in outbox_text
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "Восстановлено" in screen.findChild(type(screen.message), "SyncStoreRecoveryText").text())
    if os.environ.get("SALVAGE_SHOT"):
        screen.grab().save(os.environ["SALVAGE_SHOT"])


def test_sync_dashboard_lists_quarantined_reference_rows(tech_store, make_window, qtbot, tmp_path):
    """Issue 16, finding 4: a pulled row the kiosk could not apply is counted on the dashboard and
    listed with what is wrong and what to do, in the technician's language."""
    with open_store(tech_store) as store:
        store.db.execute("INSERT INTO sync_datasets(dataset, cursor, last_pull_at) VALUES"
                         " ('offices', 'c', '2026-11-21T09:00:12Z')")
        store.db.execute("INSERT INTO sync_quarantine(entity, id, dataset, code, field, detail, data, received_at)"
                         " VALUES ('offices', 'off-2', 'offices', 'missing', 'updated_at',"
                         " 'updated_at: required field is missing', '{}', '2026-11-21T09:00:12Z')")
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, TECH_PIN)
    screen = go(window, qtbot, "console_sync")
    qtbot.waitUntil(lambda: screen.info is not None)
    pulls = screen.findChild(type(screen.message), "SyncPullsText").text()
    assert "Offices: updated" in pulls and "Rows not applied: 1 (listed below)" in pulls
    held = screen.findChild(type(screen.message), "SyncQuarantineText").text()
    assert "office off-2 (Offices, received " in held and "the required field updated_at is missing" in held
    assert "Ask the regional system's administrator to correct them" in held
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "нет обязательного поля updated_at" in
                    screen.findChild(type(screen.message), "SyncQuarantineText").text())
    assert "Не применено строк: 1" in screen.findChild(type(screen.message), "SyncPullsText").text()
    if os.environ.get("QUARANTINE_SHOT"):  # render at 100 % and 200 % text to look at
        for scale in (100, 200):
            window.session.set_font_scale(scale)
            settle(qtbot)
            settle(qtbot)
            frame = screen.findChild(QWidget, "SyncQuarantine")
            area = frame.parent()
            while not isinstance(area, QScrollArea):
                area = area.parent()
            area.ensureWidgetVisible(frame)
            settle(qtbot)
            window.grab().save(f"{os.environ['QUARANTINE_SHOT']}-{scale}.png")
