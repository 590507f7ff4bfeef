"""Issue 16, finding 2, at the screen: the clinic cancels (moves, marks fulfilled) an appointment at
the REAL backend with a FHIR ``PUT`` over HTTP; the kiosk's clinic sync runs; the status check by
receipt says what the clinic says now, with when — and, after a cancel, offers to book again.
Clocks pinned (kiosk and backend run from :data:`NOW`); each state is rendered at 100 % and 200 %
text (PNG files under the test's temporary directory)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.clinic import booking
from kiosk.domain import clinic_time
from kiosk.sync import config as cfg
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.e2e.backend_proc import running_backend
from tests.e2e.test_clinic_changes_e2e import BIRTH, NOW, clinic_changes, kiosk_sync, said_when
from tests.fhir_check import luhn_enp

from .test_services_flow import check_a11y, go_tile, type_into

pytestmark = [pytest.mark.e2e]

ENP = luhn_enp(300)  # one patient's appointments


@pytest.fixture(autouse=True)
def _clock(pin_clock):
    pin_clock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
    return path


@pytest.fixture
def online(tmp_path: Path, db_path: Path):
    """The backend (demo region, clock from NOW) and the kiosk store enrolled with it."""
    with running_backend(tmp_path / "backend.db", reference="demo", now=NOW) as backend:
        with open_store(db_path) as store:
            store.set_setting(cfg.K_URL, backend.base_url)
            store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(tmp_path, "kiosk-e2e", backend.token)))
            store.set_setting("kiosk_id", "kiosk-e2e")
            store.set_setting("clinic.use_leases", True)
        yield backend


def sync(qtbot, db_path: Path) -> Any:
    """The kiosk's clinic sync, off the GUI thread (its own connection to the store)."""
    out: dict[str, Any] = {}

    def run() -> None:
        with open_store(db_path) as store:
            out["report"] = kiosk_sync(store)

    worker = threading.Thread(target=run)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=60_000)
    assert "report" in out, "the clinic sync failed"
    return out["report"]


def booked(qtbot, db_path: Path, n: int) -> list[dict[str, Any]]:
    """``n`` appointments made at this kiosk and delivered to the backend."""
    sync(qtbot, db_path)
    with open_store(db_path) as store:
        role = store.scalar("SELECT sc.practitioner_role_id FROM slots s JOIN schedules sc ON sc.id = s.schedule_id"
                            " WHERE s.leased_until IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
        slots = booking.open_slots(store, role)
        made = [booking.book(store, slots[k]["id"], booking.Patient(ENP, BIRTH))["uuid"] for k in range(n)]
    assert sync(qtbot, db_path).created == n
    with open_store(db_path) as store:
        return [booking.appointment(store, uid) for uid in made]


def look_up(window, qtbot, number: str):
    window.home()
    status = go_tile(window, qtbot, "status")
    type_into(qtbot, status.number, number)
    qtbot.keyClick(status.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready(), timeout=10_000)
    return status


def render(window, qtbot, out: Path, name: str) -> None:
    """The screen as it is, at 100 % and 200 % text (check_a11y at each)."""
    out.mkdir(exist_ok=True)
    for scale in (100, 200):
        window.session.set_font_scale(scale)
        check_a11y(window, f"{name} {scale}")
        assert window.grab().save(str(out / f"{name}-{scale}.png"), "PNG")
    window.session.set_font_scale(100)


def test_a_cancellation_at_the_clinic_reaches_the_status_screen(window, qtbot, db_path, online, tmp_path):
    [row] = booked(qtbot, db_path, 1)
    status = look_up(window, qtbot, row["receipt_number"])
    assert status.result_state.text() == "✓ Запись подтверждена."

    done = clinic_changes(online, online.token, row["server_id"], status="cancelled")
    assert sync(qtbot, db_path).clinic_changes == 1

    status = look_up(window, qtbot, row["receipt_number"])
    assert status.result_state.text() == (f"Запись отменена поликлиникой {said_when(done)}. "
                                          "Чтобы попасть к врачу, запишитесь снова.")
    assert said_when(done).startswith("5 декабря в 14:2")
    assert status.result_state.property("role") == "error"
    assert status.again_button.isVisible() and status.again_button.text() == "Записаться к врачу снова"
    render(window, qtbot, tmp_path / "shots", "status-clinic-cancelled-ru")
    window.session.set_language("en")
    qtbot.waitUntil(lambda: status.again_button.text() == "Book a doctor again")
    assert status.result_state.text().startswith("The polyclinic cancelled this appointment on 5 December at 14:2")
    assert status.result_state.text().endswith("To see a doctor, book again.")
    render(window, qtbot, tmp_path / "shots", "status-clinic-cancelled-en")
    qtbot.mouseClick(status.again_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "clinic"
    clinic = window.current_screen()
    qtbot.waitUntil(lambda: clinic.step == "clinic" and clinic.is_ready() and bool(clinic.buttons), timeout=10_000)


def test_a_move_and_a_visit_at_the_clinic_reach_the_status_screen(window, qtbot, db_path, online, tmp_path):
    moved, seen = booked(qtbot, db_path, 2)
    with open_store(db_path) as store:
        target = store.query("SELECT id, start_utc, end_utc FROM slots WHERE status = 'free' AND schedule_id = ?"
                             " AND start_utc > ? ORDER BY start_utc DESC LIMIT 1",
                             [moved["schedule_id"], moved["start_utc"]])[0]
    move = clinic_changes(online, online.token, moved["server_id"], slot=[{"reference": f"Slot/{target['id']}"}],
                          start=target["start_utc"], end=target["end_utc"])
    visit = clinic_changes(online, online.token, seen["server_id"], status="fulfilled")
    assert sync(qtbot, db_path).clinic_changes == 2

    status = look_up(window, qtbot, moved["receipt_number"])
    new_when = clinic_time.when_words(target["start_utc"], "Europe/Ulyanovsk", "ru")
    old_when = clinic_time.when_words(moved["start_utc"], "Europe/Ulyanovsk", "ru")
    assert status.result_state.text().startswith(
        f"Поликлиника перенесла запись {said_when(move)}. Новое время: {new_when} (было: {old_when}).")
    assert status.result_state.property("role") == "status"  # news to notice: no tick, not green
    moved_words = status.result_state.text()
    assert new_when in status.result_title.text()
    assert not status.again_button.isVisible()  # still an appointment: nothing to book
    render(window, qtbot, tmp_path / "shots", "status-clinic-moved-ru")

    status = look_up(window, qtbot, seen["receipt_number"])
    assert status.result_state.text() == f"✓ Приём состоялся: так отметила поликлиника {said_when(visit)}."
    assert status.result_state.property("role") == "success"
    assert not status.again_button.isVisible()
    render(window, qtbot, tmp_path / "shots", "status-clinic-fulfilled-ru")

    # "My appointments" says the same, and a visit that took place cannot be cancelled
    window.home()
    window.go("clinic_mine")
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, ENP)
    type_into(qtbot, mine.birth.edit, "14.03.1975")
    qtbot.mouseClick(mine.find, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.rows is not None and len(mine.rows) == 2, timeout=10_000)
    moved_state = mine.findChild(QLabel, f"state-{moved['receipt_number']}")
    assert moved_state.text() == moved_words
    assert moved_state.property("role") == "status"
    seen_state = mine.findChild(QLabel, f"state-{seen['receipt_number']}")
    assert seen_state.text().startswith("Приём состоялся: так отметила поликлиника")
    assert mine.findChild(QAbstractButton, f"cancel-{moved['receipt_number']}") is not None
    assert mine.findChild(QAbstractButton, f"cancel-{seen['receipt_number']}") is None
