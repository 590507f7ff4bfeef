"""Doctor appointment in the GUI: (a) lease mode against the REAL backend process with the real sync
service — clinic → specialty → doctor → day → time → patient (invalid ENP and a future birth date
first: messages at the fields, nothing written) → confirm → receipt (booked); "My appointments";
cancel with the confirmation step → cancelled on the kiosk and the backend; (b) provisional mode
offline: a request ("waiting for confirmation", counted in the top bar), then after a sync refused
with the nearest alternatives (or booked), shown at the status check; (c) the idle wipe; (d) the
language switch re-translates the clinic screens in place."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QLineEdit

from kiosk.clinic import booking
from kiosk.clinic.fhir_client import FHIR_JSON, appointment_resource
from kiosk.domain import clinic_time
from kiosk.sync import config as cfg
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from offline_db.store import iso_utc
from tests.e2e.backend_proc import BackendProcess, running_backend
from tests.fhir_check import luhn_enp

from .test_services_flow import check_a11y, go_tile, type_into

BIRTH_TEXT = "14.03.1975"
BIRTH = dt.date(1975, 3, 14)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def configure(db_path: Path, backend: BackendProcess, tmp_path: Path, *, leases: bool) -> None:
    with open_store(db_path) as store:
        store.set_setting(cfg.K_URL, backend.base_url)
        store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(tmp_path, "kiosk-e2e", backend.token)))
        store.set_setting("kiosk_id", "kiosk-e2e")
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("clinic.use_leases", leases)


def query(db_path: Path, sql: str, args: list[Any] | None = None) -> list[dict[str, Any]]:
    with open_store(db_path) as store:
        return store.query(sql, args or [])


def backend_appointment(backend: BackendProcess, uid: str) -> tuple | None:
    rows = backend.query("SELECT slot_id, status, kiosk_id FROM fhir_appointments WHERE ident_value = :ident",
                         ident=f"urn:uuid:{uid}")
    return rows[0] if rows else None


def bookable_role(db_path: Path) -> dict[str, Any]:
    """A practitioner role with open slots in the current mode (and its clinic and specialty)."""
    with open_store(db_path) as store:
        for role in store.query("SELECT id, clinic_id, specialty_code FROM practitioner_roles ORDER BY id"):
            if booking.open_slots(store, role["id"]):
                return role
    raise AssertionError("no bookable practitioner")


def choose_slot(window, qtbot, role: dict[str, Any]):
    """Home → clinic tile → clinic → specialty → doctor → first day → first time; returns the patient screen."""
    screen = go_tile(window, qtbot, "clinic")
    for step, key in (("clinic", role["clinic_id"]), ("specialty", role["specialty_code"]), ("doctor", role["id"])):
        qtbot.waitUntil(lambda s=step: screen.step == s and screen.is_ready() and bool(screen.buttons), timeout=10_000)
        click(qtbot, screen.findChild(QAbstractButton, f"clinic-{step}-{key}"))
    qtbot.waitUntil(lambda: screen.step == "day" and screen.is_ready() and bool(screen.buttons), timeout=10_000)
    click(qtbot, screen.buttons[0][1])
    assert screen.step == "time" and screen.buttons
    slot = screen.buttons[0][0]
    click(qtbot, screen.buttons[0][1])
    assert window.current_id == "clinic_patient"
    patient = window.current_screen()
    assert patient.choice.slot["id"] == slot["id"]
    return patient, slot


def assert_no_personal_data(mine, enp: str, birth: str) -> None:
    """Neither the full policy number nor the date of birth can be read on the screen (only ••••NNNN)."""
    for edit in mine.findChildren(QLineEdit):
        assert edit.text() == "" and not edit.isVisible(), edit.objectName()
    for label in mine.findChildren(QLabel):
        if label.isVisible():  # (the hidden field hint's example date may be the same as the patient's)
            assert enp not in label.text() and birth not in label.text(), label.text()
    assert mine.who.isVisible() and mine.who.text().endswith("••••" + enp[-4:])


def fill_patient(qtbot, patient, enp: str, birth: str) -> None:
    for field, text in ((patient.enp, enp), (patient.birth, birth)):
        field.edit.clear()
        type_into(qtbot, field.edit, text)


def start_sync(window, db_path: Path):
    from kiosk.ui.sync_bridge.service import SyncService

    service = SyncService(db_path, network_hints=False)
    window.attach_sync(service)
    service.start()
    return service


def sync_idle(service) -> bool:
    status = service.last_status or {}
    return bool(status) and not status.get("running")


@pytest.fixture
def english(window):
    window.session.set_language("en")
    return window


# --- (a) lease mode, real backend ----------------------------------------------------------------
def test_lease_mode_book_view_and_cancel_with_the_real_backend(english, qtbot, db_path, tmp_path):
    window = english
    with running_backend(tmp_path / "rb.db", reference="demo") as backend:
        configure(db_path, backend, tmp_path, leases=True)
        service = start_sync(window, db_path)
        try:
            # the background sync pulls the clinics and takes this kiosk's leases
            qtbot.waitUntil(lambda: bool(query(db_path, "SELECT 1 FROM slots WHERE leased_until IS NOT NULL LIMIT 1")),
                            timeout=60_000)
            qtbot.waitUntil(lambda: sync_idle(service), timeout=30_000)
            assert query(db_path, "SELECT value FROM settings WHERE key = 'clinic.mode'")[0]["value"] == '"lease"'
            role = bookable_role(db_path)
            patient, slot = choose_slot(window, qtbot, role)
            assert clinic_time.local_time(slot["start_utc"], "Europe/Ulyanovsk") in patient.summary.text()
            check_a11y(window, "clinic patient")

            # invalid ENP and a birth date in the future: messages at the fields, nothing written
            fill_patient(qtbot, patient, "2341998071655740", "01.01.2999")
            click(qtbot, patient.confirm)
            assert window.current_id == "clinic_patient"
            assert patient.enp.error.isVisible() and "not valid" in patient.enp.error.text()
            assert patient.birth.error.isVisible() and "future" in patient.birth.error.text()
            assert "check the year" in patient.birth.error.text()  # says what to do
            assert patient.enp.edit.property("invalid") and patient.birth.edit.property("invalid")
            assert not patient.phone.edit.property("invalid")
            assert "not valid" in patient.enp.edit.accessibleName()
            assert query(db_path, "SELECT count(*) AS n FROM clinic_appointments")[0]["n"] == 0
            check_a11y(window, "clinic patient with errors")

            enp = luhn_enp(4242)
            fill_patient(qtbot, patient, enp, BIRTH_TEXT)
            click(qtbot, patient.confirm)
            qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=20_000)
            receipt = window.current_screen()
            assert receipt.what.text() == "Appointment booked"
            assert "Appointment confirmed." in receipt.details.text()
            [row] = query(db_path, "SELECT * FROM clinic_appointments")
            assert row["slot_id"] == slot["id"] and row["status"] == "booked" and row["mode"] == "lease"
            assert receipt.number.text() == row["receipt_number"]
            # delivered at once (or by the sync service the screen notified)
            qtbot.waitUntil(lambda: backend_appointment(backend, row["uuid"]) is not None, timeout=20_000)
            assert backend_appointment(backend, row["uuid"])[:2] == (slot["id"], "booked")
            assert not patient.enp.text() and patient.choice is None  # the patient screen forgot the citizen

            # My appointments: by ENP and birth date
            window.home()
            clinic = go_tile(window, qtbot, "clinic")
            click(qtbot, clinic.mine_button)
            mine = window.current_screen()
            assert window.current_id == "clinic_mine"
            type_into(qtbot, mine.enp.edit, enp)
            type_into(qtbot, mine.birth.edit, BIRTH_TEXT)
            click(qtbot, mine.find)
            qtbot.waitUntil(lambda: bool(mine.rows), timeout=10_000)
            number = row["receipt_number"]
            card = mine.findChild(QAbstractButton, f"cancel-{number}")
            frame = mine.findChild(QFrame, f"appointment-{number}")
            state = frame.findChild(QLabel, f"state-{number}")
            assert card is not None and state.text() == "Appointment confirmed." and state.property("role") == "success"
            # the policy number and date of birth are off the screen once the appointments are shown
            assert_no_personal_data(mine, enp, BIRTH_TEXT)
            check_a11y(window, "my appointments")
            # cancel: a confirmation step first; "No, keep it" keeps it
            click(qtbot, card)
            click(qtbot, mine.findChild(QAbstractButton, f"keep-{number}"))
            assert mine.confirming == "" and query(db_path, "SELECT status FROM clinic_appointments")[0]["status"] == "booked"
            click(qtbot, mine.findChild(QAbstractButton, f"cancel-{number}"))
            sure = mine.findChild(QAbstractButton, f"confirm-cancel-{number}")
            keep = mine.findChild(QAbstractButton, f"keep-{number}")
            assert sure.text() == "Yes, cancel this appointment" and sure.property("role") == "danger"
            # the safe answer comes first and nothing else sits beside the two answers
            flow = sure.parentWidget().layout()
            assert [flow.itemAt(i).widget() for i in range(flow.count())] == [keep, sure]
            click(qtbot, sure)
            qtbot.waitUntil(lambda: bool(mine.rows) and mine.rows[0]["status"] == "cancelled", timeout=10_000)
            assert mine.findChild(QAbstractButton, f"cancel-{number}") is None
            # the sync service tells the backend
            qtbot.waitUntil(lambda: backend_appointment(backend, row["uuid"])[1] == "cancelled", timeout=30_000)
            qtbot.waitUntil(lambda: query(db_path, "SELECT cancel_state FROM clinic_appointments")[0]["cancel_state"]
                            == "delivered", timeout=30_000)
            qtbot.waitUntil(lambda: window.status_label.text() == "Online · everything sent", timeout=30_000)
        finally:
            service.stop()


# --- (b) provisional mode, offline, then a sync ---------------------------------------------------
def take_slot_elsewhere(backend: BackendProcess, row: dict[str, Any]) -> None:
    """Another kiosk books the same slot at the backend first."""
    token = backend.add_kiosk("kiosk-other")
    resource = appointment_resource({
        "uuid": str(uuid.uuid4()), "enp": luhn_enp(99), "birth_date": "1970-01-01", "phone": None,
        "slot_id": row["slot_id"], "start_utc": row["start_utc"], "end_utc": row["end_utc"], "created_at": iso_utc(),
        "practitioner_role_id": row["practitioner_role_id"], "receipt_number": "ZZZZ-ZZZZ-ZZZZ"})
    answer = requests.post(f"{backend.base_url}/fhir/R4/Appointment", data=json.dumps(resource), timeout=10,
                           headers={"Authorization": f"Bearer {token}", "Content-Type": FHIR_JSON})
    assert answer.status_code == 201, answer.text


def check_status(window, qtbot, number: str):
    window.home()
    status = go_tile(window, qtbot, "status")
    status.number.setText(number)
    click(qtbot, status.check_button)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready(), timeout=10_000)
    return status


def test_provisional_request_offline_then_refused_with_alternatives(english, qtbot, db_path, tmp_path):
    window = english
    with running_backend(tmp_path / "rb.db", reference="demo", env={"RB_FHIR_LEASES": "0"}) as backend:
        configure(db_path, backend, tmp_path, leases=True)  # the server offers none: provisional
        service = start_sync(window, db_path)
        try:
            qtbot.waitUntil(lambda: bool(query(db_path, "SELECT 1 FROM slots WHERE status = 'free' LIMIT 1")),
                            timeout=60_000)
            qtbot.waitUntil(lambda: sync_idle(service), timeout=30_000)
            backend.stop()  # the kiosk is offline now
            role = bookable_role(db_path)
            patient, slot = choose_slot(window, qtbot, role)
            fill_patient(qtbot, patient, luhn_enp(7), BIRTH_TEXT)
            click(qtbot, patient.confirm)
            qtbot.waitUntil(lambda: window.current_id == "receipt", timeout=30_000)
            receipt = window.current_screen()
            assert receipt.what.text() == "Request sent: NOT yet confirmed"
            # the state is the first line, and the advice names the screens that really can check it
            assert receipt.details.text().index("Status: Requested") < receipt.details.text().index("Appointment time:")
            assert "Check status by receipt" in receipt.details.text() and "My appointments" in receipt.details.text()
            assert "waiting for confirmation" in receipt.details.text() and "not yet an appointment" in receipt.details.text()
            [row] = query(db_path, "SELECT * FROM clinic_appointments")
            assert (row["status"], row["delivery"], row["mode"]) == ("requested", "pending", "provisional")
            # a second request, for a slot nobody else takes (made on the store directly)
            with open_store(db_path) as store:
                other = booking.open_slots(store, role["id"])[-1]
                second = booking.book(store, other["id"], booking.Patient(luhn_enp(8), BIRTH))
            # the top bar counts both as waiting (the sync service was notified and is offline)
            service.sync_now()
            qtbot.waitUntil(lambda: window.status_label.text() == "Offline · waiting to be sent: 2", timeout=30_000)

            status = check_status(window, qtbot, row["receipt_number"])
            assert "Doctor appointment" in status.result_title.text()
            assert "Requested, waiting for confirmation" in status.result_state.text()
            assert status.result_remote.text() == ""  # not asked at the outbox backend
            check_a11y(window, "status of a request")

            # the other kiosk books the slot before this one is back: this kiosk's sync stays stopped
            # until then (its retry could otherwise win the race and book the slot itself)
            service.stop()
            backend.start()
            take_slot_elsewhere(backend, row)
            service = start_sync(window, db_path)
            qtbot.waitUntil(lambda: query(db_path, "SELECT status FROM clinic_appointments WHERE uuid = ?",
                                          [row["uuid"]])[0]["status"] == "refused", timeout=30_000)
            qtbot.waitUntil(lambda: window.status_label.text() == "Online · everything sent", timeout=30_000)
            refused = query(db_path, "SELECT alternatives FROM clinic_appointments WHERE uuid = ?", [row["uuid"]])[0]
            alternatives = json.loads(refused["alternatives"])
            assert alternatives
            status = check_status(window, qtbot, row["receipt_number"])
            text = status.result_state.text()
            assert text.startswith("Refused: this time was taken")
            for a in alternatives:
                assert clinic_time.when_words(a["start_utc"], "Europe/Ulyanovsk", "en") in text
            window.session.set_language("ru")
            qtbot.waitUntil(lambda: status.result_state.text().startswith("Отказано"))
            assert clinic_time.when_words(alternatives[0]["start_utc"], "Europe/Ulyanovsk", "ru") in status.result_state.text()
            window.session.set_language("en")
            booked = check_status(window, qtbot, second["receipt_number"])
            assert booked.result_state.text().endswith("Appointment confirmed.")  # the status screen's words
            assert backend_appointment(backend, second["uuid"])[1] == "booked"
            assert backend_appointment(backend, row["uuid"]) is None
        finally:
            service.stop()


# --- (c) idle wipe, (d) language switch: the demo region on the kiosk, no backend -----------------
@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("office_id", "off-ul-lenin")
    return path


@pytest.fixture
def demo_window(qtbot, demo_db):
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner(lambda: open_store(demo_db))
    window = KioskWindow(runner, default_registry(), kiosk_mode=False, tts_engine="mock")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.status.opened)
    yield window
    window.shutdown()
    runner.shutdown()


def test_idle_wipe_clears_the_clinic_screens(demo_window, qtbot, demo_db):
    window = demo_window
    role = bookable_role(demo_db)
    patient, _ = choose_slot(window, qtbot, role)
    type_into(qtbot, patient.enp.edit, luhn_enp(1))
    type_into(qtbot, patient.birth.edit, "01.01.2999")
    click(qtbot, patient.confirm)
    assert patient.birth.error.isVisible()
    with open_store(demo_db) as store:
        booking.book(store, booking.open_slots(store, role["id"])[3]["id"], booking.Patient(luhn_enp(3), BIRTH))
    window.back()
    qtbot.waitUntil(patient.leave_guard.asking)  # what was typed is not lost without a word
    click(qtbot, patient.leave_guard.discard_button)
    clinic = window.current_screen()
    assert clinic.step == "time"  # the choice is kept while the citizen is here
    click(qtbot, clinic.mine_button)
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, luhn_enp(3))
    type_into(qtbot, mine.birth.edit, BIRTH_TEXT)
    click(qtbot, mine.find)
    qtbot.waitUntil(lambda: bool(mine.rows), timeout=10_000)
    assert_no_personal_data(mine, luhn_enp(3), BIRTH_TEXT)
    click(qtbot, mine.findChildren(QAbstractButton, f"cancel-{mine.rows[0]['receipt_number']}")[0])
    assert mine.confirming

    window.wipe_session()
    assert window.current_id == "home"
    assert clinic.step == "clinic" and clinic.choice.clinic is None and clinic.choice.slots == []
    assert patient.choice is None and not patient.enp.error.isVisible() and not patient.birth.error.isVisible()
    assert mine.rows is None and mine.confirming is None and mine._patient is None and not mine._cards
    for screen in (clinic, patient, mine):
        for edit in screen.findChildren(QLineEdit):
            assert edit.text() == "", (screen.screen_id, edit.objectName())
    # the next citizen starts from the list of polyclinics
    clinic = go_tile(window, qtbot, "clinic")
    qtbot.waitUntil(lambda: clinic.step == "clinic" and bool(clinic.buttons), timeout=10_000)


def test_language_switch_retranslates_the_clinic_screens_in_place(demo_window, qtbot, demo_db):
    window = demo_window
    window.session.set_language("ru")
    role = bookable_role(demo_db)
    patient, slot = choose_slot(window, qtbot, role)
    # "Book the appointment" is «Записаться» in the catalogue; never the imperative «Подтвердите запись»
    assert patient.confirm.text() in ("Записаться", "Book the appointment")
    summary_ru = patient.summary.text()
    window.session.set_language("en")
    qtbot.waitUntil(lambda: "Doctor:" in patient.summary.text())
    assert patient.summary.text() != summary_ru and patient.confirm.text() == "Book the appointment"
    assert patient.enp.label.text() == "Medical insurance policy number (ENP)"
    assert window.title_label.text() == "Confirm the appointment"

    window.back()
    clinic = window.current_screen()
    assert window.current_id == "clinic" and clinic.step == "time"
    assert clinic.question.text() == "Choose a time" and clinic.back_step.text() == "Back one step"
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: clinic.back_step.text() == "На шаг назад")
    click(qtbot, clinic.back_step)
    assert clinic.step == "day" and clinic.back_step.text() == "На шаг назад"
    assert clinic.question.text() == "Выберите день"
    day_ru = clinic.buttons[0][1].text_plain
    window.session.set_language("en")
    qtbot.waitUntil(lambda: clinic.question.text() == "Choose the day")
    assert clinic.buttons[0][1].text_plain != day_ru
    assert clinic_time.date_words(clinic.buttons[0][0]["day"], "en") in clinic.buttons[0][1].text_plain

    click(qtbot, clinic.mine_button)
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, "123")
    click(qtbot, mine.find)
    assert mine.enp.error.isVisible() and "16 digits" in mine.enp.error.text()
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: mine.find.text() == "Показать мои записи")
    assert "16" in mine.enp.error.text() and "digits" not in mine.enp.error.text()


# --- (e) what the screens show: unavailable doctors, day tiles, the main action, masking -----------
def test_doctor_without_schedule_is_shown_unavailable_and_cannot_be_chosen(demo_window, qtbot):
    from kiosk.ui.screens.clinic import (
        SAMPLE_CLINIC,
        SAMPLE_DOCTOR,
        SAMPLE_DOCTOR_UNAVAILABLE,
        SAMPLE_SPECIALTY,
    )

    window = demo_window
    window.session.set_language("en")
    clinic = go_tile(window, qtbot, "clinic")
    qtbot.waitUntil(lambda: clinic.is_ready() and bool(clinic.buttons), timeout=10_000)
    assert not clinic.back_step.isVisible()  # on the first step the bar's Back is the only back
    clinic.choice.clinic, clinic.choice.specialty, clinic.step = SAMPLE_CLINIC, SAMPLE_SPECIALTY, "doctor"
    clinic.set_options([SAMPLE_DOCTOR_UNAVAILABLE, SAMPLE_DOCTOR])
    (first, ok), (second, off) = clinic.buttons
    assert first is SAMPLE_DOCTOR and second is SAMPLE_DOCTOR_UNAVAILABLE  # bookable doctors first
    assert ok.isEnabled() and ok.property("role") == "tile"
    assert not off.isEnabled() and off.property("role") == "" and off.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "no schedule" in off.text_plain and "unavailable" in off.accessibleName()
    click(qtbot, off)
    assert clinic.step == "doctor" and clinic.choice.doctor is None
    assert clinic.back_step.isVisible() and clinic.back_step.text() == "Back one step"
    for _row, button in clinic.buttons:
        assert "  " not in button.text_plain and "○" not in button.text_plain and "◉" not in button.text_plain
    click(qtbot, ok)
    assert clinic.step == "day"
    # the doctors' buttons go at once: a second tap on one is not read as a choice of a day
    assert all(row is not SAMPLE_DOCTOR for row, _button in clinic.buttons)
    qtbot.waitUntil(lambda: bool(clinic.buttons), timeout=10_000)
    assert all("day" in row for row, _button in clinic.buttons)
    window.session.set_language("ru")  # retranslating the new step's buttons works


def test_day_tiles_say_how_many_free_times_on_one_line(demo_window, qtbot, demo_db):
    window = demo_window
    window.session.set_language("en")
    role = bookable_role(demo_db)
    screen = go_tile(window, qtbot, "clinic")
    for step, key in (("clinic", role["clinic_id"]), ("specialty", role["specialty_code"]), ("doctor", role["id"])):
        qtbot.waitUntil(lambda s=step: screen.step == s and screen.is_ready() and bool(screen.buttons), timeout=10_000)
        click(qtbot, screen.findChild(QAbstractButton, f"clinic-{step}-{key}"))
    qtbot.waitUntil(lambda: screen.step == "day" and screen.is_ready() and bool(screen.buttons), timeout=10_000)
    qtbot.wait(50)  # laid out
    for row, button in screen.buttons:
        assert button.text_plain == f"{clinic_time.date_words(row['day'], 'en')} — free times: {row['count']}"
        # one line where there is room (1920x1080, 100 %): the tile is as wide as its caption (it
        # wraps only when a row is too narrow for it, tests/gui/test_text_fits.py)
        assert button.caption.heightForWidth(button.caption.width()) < 2 * button.caption.fontMetrics().lineSpacing()
        assert button.caption.width() >= button.caption.fontMetrics().horizontalAdvance(button.text_plain)


def test_patient_screen_keeps_the_main_action_in_reach(demo_window, qtbot, demo_db):
    window = demo_window
    window.session.set_language("ru")
    patient, _ = choose_slot(window, qtbot, bookable_role(demo_db))
    qtbot.wait(50)

    def in_view(widget) -> bool:
        viewport = patient.page.viewport()
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom = top_left.y() + widget.height()
        return top_left.y() >= 0 and bottom <= viewport.height()

    assert in_view(patient.confirm)  # at first view, in Russian
    type_into(qtbot, patient.enp.edit, "2341998071655740")
    type_into(qtbot, patient.birth.edit, "01.01.2999")
    click(qtbot, patient.confirm)
    qtbot.wait(50)
    assert patient.enp.error.isVisible() and in_view(patient.enp.label) and in_view(patient.enp.edit)
    assert in_view(patient.confirm)  # the messages sit at the fields; the button stays reachable
    # typing in a marked field takes the mark away
    type_into(qtbot, patient.enp.edit, "1")
    assert not patient.enp.edit.property("invalid") and not patient.enp.error.isVisible()
    assert patient.birth.edit.property("invalid")


def test_receipt_of_a_request_differs_from_a_booking(qapp):
    from kiosk.ui.screens.clinic import _sample_row
    from kiosk.ui.screens.clinic.patient import receipt_data

    booked_title, booked_lines, _ = receipt_data(_sample_row("booked")).content("en")
    asked_title, asked_lines, _ = receipt_data(_sample_row("requested")).content("en")
    assert booked_title == "Appointment booked" and asked_title == "Request sent: NOT yet confirmed"
    assert booked_lines[0].label == asked_lines[0].label == "Status"  # the state comes first
    assert booked_lines[0].value == "Appointment confirmed."
    assert asked_lines[0].value.startswith("Requested, waiting for confirmation")
    when = next(line for line in booked_lines if line.label == "Appointment time")
    assert when.value == "Mon, 23 November, 09:20"
    policy = next(line for line in booked_lines if line.label == "Policy number (ENP)")
    assert policy.value == "••••5749"


def test_screenshot_samples_match_the_demo_data():
    from kiosk.ui.screens import clinic as samples
    from mfc_rules.demo import read_demo_region

    tables = read_demo_region()
    clinics = {c["id"]: c for c in tables["clinics"]}
    for sample in (samples.SAMPLE_CLINIC, samples.SAMPLE_CLINIC_2):
        assert sample["address_ru"] == clinics[sample["id"]]["address_ru"]
    assert samples.SAMPLE_CLINIC["address_ru"] != samples.SAMPLE_CLINIC_2["address_ru"]
    roles = {r["id"]: r for r in tables["practitioner_roles"]}
    people = {p["id"]: p for p in tables["practitioners"]}
    for sample in (samples.SAMPLE_DOCTOR, samples.SAMPLE_DOCTOR_UNAVAILABLE):
        person = people[roles[sample["role_id"]]["practitioner_id"]]
        assert (sample["family_ru"], sample["given_ru"], sample["patronymic_ru"]) == (
            person["family_ru"], person["given_ru"], person["patronymic_ru"])
