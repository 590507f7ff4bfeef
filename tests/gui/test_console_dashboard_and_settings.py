"""Technician console details (issue 16, finding 8): the sync dashboard names the polyclinic's data
sets and counts clinic bookings; success messages are green; URL fields open the Latin keyboard;
leaving the settings form with unsaved edits asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from offline_db.opening import open_store
from offline_db.store import iso_utc

from . import test_console_technician as technician
from .test_a11y_walk import colours, contrast
from .test_console_clerk import click
from .test_console_technician import go

tech_store, tech = technician.tech_store, technician.tech  # the fixtures: a technician in the console

FHIR_SETS = ("fhir:Organization", "fhir:Practitioner", "fhir:PractitionerRole", "fhir:Schedule", "fhir:Slot",
             "fhir:Appointment")


def add_booking(store, n: int, *, delivery: str, status: str = "booked", cancel_state: str | None = None) -> None:
    stamp = iso_utc()
    store.db["clinic_appointments"].insert({
        "uuid": f"urn:uuid:0000000{n}", "receipt_number": f"K7Q{n}-3M2A-9X4P", "slot_id": f"slot-{n}",
        "schedule_id": "sch-1", "practitioner_role_id": "pr-1", "practitioner_id": "p-1", "clinic_id": "org-1",
        "specialty_code": "therapist", "start_utc": "2026-12-20T06:00:00Z", "end_utc": "2026-12-20T06:15:00Z",
        "patient_key": "k", "enp_masked": "••••1234", "mode": "lease", "status": status, "delivery": delivery,
        "cancel_state": cancel_state, "created_at": stamp, "updated_at": stamp})


def test_sync_dashboard_names_polyclinic_data_and_counts_clinic_bookings(tech, qtbot, tech_store: Path) -> None:
    with open_store(tech_store) as store, store.atomic():
        for name in FHIR_SETS:
            store.execute("INSERT INTO sync_datasets(dataset, cursor, last_pull_at) VALUES (?, ?, ?)",
                          [name, "2026-11-21T09:00:00Z", "2026-11-21T09:00:12Z"])
        add_booking(store, 1, delivery="pending")
        add_booking(store, 2, delivery="delivered", cancel_state="pending")  # its cancel waits
        add_booking(store, 3, delivery="delivered")
        add_booking(store, 4, delivery="delivered", status="refused")
    screen = go(tech, qtbot, "console_sync")
    qtbot.waitUntil(lambda: screen.info is not None)
    label = type(screen.message)
    pulls = screen.findChild(label, "SyncPullsText").text()
    assert "fhir:" not in pulls
    for words in ("Polyclinics: updated", "Doctors: updated", "Doctors' specialties: updated",
                  "Doctors' schedules: updated", "Appointment times: updated",
                  "Polyclinic appointments made here: updated"):
        assert words in pulls, pulls
    outbox = screen.findChild(label, "SyncOutboxText").text()
    assert ("Polyclinic bookings and cancellations: waiting to be sent: 2, delivered: 1, refused by the polyclinic: 1"
            in outbox), outbox
    assert "Everything is delivered." not in outbox  # two clinic items still wait
    tech.session.set_language("ru")
    qtbot.waitUntil(lambda: "Время приёма" in screen.findChild(label, "SyncPullsText").text())
    pulls = screen.findChild(label, "SyncPullsText").text()
    assert "fhir:" not in pulls and "Поликлиники" in pulls
    assert "Записи в поликлинику и отмены: ждут отправки: 2, доставлено: 1, отказано поликлиникой: 1" in \
        screen.findChild(label, "SyncOutboxText").text()


def test_success_messages_are_green_not_the_warning_colour(tech, qtbot, tech_store: Path) -> None:
    screen = go(tech, qtbot, "console_sync")
    click(qtbot, screen, "SyncNow")  # no sync service here: a warning
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert screen.message.property("role") == "status"
    warning = colours(screen.message)[1].name()
    screen = go(tech, qtbot, "console_settings")
    screen.fields["idle_timeout_s"].set_text("120")
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: screen.message.text().startswith("Saved."))
    for high_contrast in (False, True):
        tech.session.set_high_contrast(high_contrast)
        qtbot.waitUntil(lambda: screen.message.property("role") == "success")
        fg, bg = colours(screen.message)
        assert contrast(fg, bg) >= 4.5, (fg.name(), bg.name())
        assert bg.name() in ("#1b5e20", "#7cfc9a") and bg.name() != warning
    # nothing to save is no success
    click(qtbot, screen, "SaveSettings")
    qtbot.waitUntil(lambda: screen.message.text() == "Nothing changed.")
    assert screen.message.property("role") == "status"


def test_url_and_token_fields_ask_for_the_latin_keyboard(tech, qtbot) -> None:
    from kiosk.ui.keyboard import KeyboardLanguage, wants_latin

    screen = go(tech, qtbot, "console_settings")
    hints = {name: f.edit.inputMethodHints() for name, f in screen.fields.items() if hasattr(f.edit, "inputMethodHints")}
    for name in ("backend_url", "proxy"):
        assert hints[name] & Qt.InputMethodHint.ImhUrlCharactersOnly, name
        assert hints[name] & Qt.InputMethodHint.ImhLatinOnly, name
    for name in ("kiosk_id", "token", "ca_bundle", "printer"):
        assert hints[name] & Qt.InputMethodHint.ImhLatinOnly, name
    assert not wants_latin(screen.fields["tts_voice"].edit)  # a voice name may be Russian
    # the keyboard's layout follows the focused field: English for a URL in a Russian session
    keyboard = KeyboardLanguage("ru")
    tech.session.set_language("ru")
    screen.fields["tts_voice"].edit.setFocus()
    qtbot.waitUntil(lambda: keyboard.layout_language() == "ru")
    screen.fields["backend_url"].edit.setFocus()
    qtbot.waitUntil(lambda: keyboard.layout_language() == "en")
    screen.fields["tts_voice"].edit.setFocus()
    qtbot.waitUntil(lambda: keyboard.layout_language() == "ru")


def test_leaving_the_settings_form_with_a_typed_token_asks_first(tech, qtbot, tech_store: Path) -> None:
    from kiosk.sync import config as cfg

    screen = go(tech, qtbot, "console_settings")
    # an untouched form: Back leaves at once
    qtbot.mouseClick(tech.back_button, Qt.MouseButton.LeftButton)
    assert tech.current_id == "console_menu"
    screen = go(tech, qtbot, "console_settings")
    screen.fields["token"].edit.setFocus()
    qtbot.keyClicks(screen.fields["token"].edit, "tok-typed-12345678")
    qtbot.mouseClick(tech.back_button, Qt.MouseButton.LeftButton)
    assert tech.current_id == "console_settings"  # asked, not left
    frame = screen.findChild(type(screen.leave_frame), "UnsavedChanges")
    assert frame.isVisibleTo(tech)
    assert screen.leave_text.text() == "Changes are not saved: Kiosk token. Save them first, or leave without them?"
    assert "tok-typed" not in screen.leave_text.text()
    click(qtbot, screen, "KeepEditing")
    assert tech.current_id == "console_settings" and not frame.isVisibleTo(tech)
    assert screen.fields["token"].text() == "tok-typed-12345678"
    # Home (sign out) asks too; "Discard changes" then leaves, and nothing was saved
    qtbot.mouseClick(tech.home_button, Qt.MouseButton.LeftButton)
    assert tech.current_id == "console_settings" and frame.isVisibleTo(tech)
    click(qtbot, screen, "DiscardChanges")
    qtbot.waitUntil(lambda: tech.current_id == "home")
    assert not tech.console.active
    with open_store(tech_store) as store:
        assert not store.get_setting(cfg.K_TOKEN_FILE)
