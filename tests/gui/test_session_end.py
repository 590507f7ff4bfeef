"""A visitor's session ends at Home, at the idle wipe and when a clerk ends an assisted session:
nothing a visitor entered or looked up is left for the next person (issue 15, finding 3).

Each citizen flow enters or looks something up, the session ends one of four ways, and then every
citizen screen is checked (fields empty with no undo history, no label, button or accessible name
holding what was entered or found, the clipboard empty) and the flow's screens are visited again
as the next person would.  An answer that arrives after the visitor went Home is dropped, not
shown to the next person.  The demo region is on the kiosk (no backend)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.clinic import booking
from kiosk.console import pins
from kiosk.services.queue import issue_ticket
from kiosk.ui.console.controller import is_console
from offline_db import outbox
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.fhir_check import luhn_enp

from .conftest import settle
from .test_console_entry import CLERK_PIN, TECH_PIN, enter_pin, open_console
from .test_services_flow import go_tile, type_into

BIRTH_TEXT = "14.03.1975"
SERVICE = "Выдача паспорта гражданина РФ в 14 лет"  # svc-001 of the demo region


class Seeded(NamedTuple):
    path: Path
    ticket_number: str        # a queue ticket issued at this kiosk earlier (for the status check)
    role: dict[str, Any]      # a doctor with free times
    appointment: dict[str, Any]  # an appointment booked earlier for MINE_ENP
    mine_enp: str


def seed_demo(tmp_path: Path) -> Seeded:
    """The demo region, staff PINs, a queue ticket and an appointment made earlier at this kiosk."""
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        store.set_setting("office_id", "off-ul-lenin")
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
        ticket = issue_ticket(store, "off-ul-lenin", "cat-passport", kiosk_index=1)
        role = next(r for r in store.query("SELECT id, clinic_id, specialty_code FROM practitioner_roles ORDER BY id")
                    if booking.open_slots(store, r["id"]))
        enp = luhn_enp(3)
        appointment = booking.book(store, booking.open_slots(store, role["id"])[-1]["id"],
                                   booking.Patient(enp, dt.date(1975, 3, 14)))
    return Seeded(path, ticket.receipt_number, role, appointment, enp)


@pytest.fixture
def seeded(tmp_path: Path) -> Seeded:
    return seed_demo(tmp_path)


@pytest.fixture
def db_path(seeded: Seeded) -> Path:
    return seeded.path


class Left(NamedTuple):
    """What a flow left behind: texts the next person must not find, the screens to visit again,
    and (optionally) a check of the screens' own state."""

    secrets: list[str]
    screens: list[str]
    check: Callable[[Any], None] | None = None


# --- helpers --------------------------------------------------------------------------------------
def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def start(window, qtbot, screen_id: str):
    """The flow's first screen: from the Home tile (or already there, when a clerk started it)."""
    if window.current_id != screen_id:
        return go_tile(window, qtbot, screen_id)
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    return screen


def button(qtbot, screen, name: str) -> QAbstractButton:
    def shown() -> list[QPushButton]:
        return [b for b in screen.findChildren(QPushButton, name) if b.isVisibleTo(screen)]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def texts(screen: QWidget) -> list[str]:
    """Every text a widget of ``screen`` holds, shown or not: labels, buttons, fields, names."""
    out: list[str] = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            out.append(widget.text())
        out += [widget.accessibleName(), widget.accessibleDescription()]
    return [t for t in out if t]


def assert_forgotten(window, left: Left, where: str) -> None:
    for screen_id, screen in window.screens.items():
        if is_console(screen_id):
            continue
        for edit in screen.findChildren(QLineEdit):
            assert edit.text() == "", (where, screen_id, edit.objectName())
            assert not edit.isUndoAvailable(), (where, screen_id, edit.objectName())  # no Ctrl+Z back
        for text in texts(screen):
            for secret in left.secrets:
                assert secret not in text, (where, screen_id, secret, text)
    if left.check is not None:
        left.check(window)


def come_back(window, qtbot, left: Left) -> None:
    """The next person opens the same screens (without going Home in between)."""
    for screen_id in left.screens:
        window.go(screen_id)
        assert window.current_id == screen_id
        screen = window.current_screen()
        qtbot.waitUntil(screen.is_ready, timeout=10_000)
        settle(qtbot)
        shown = [t for w in screen.findChildren(QWidget) if w.isVisibleTo(screen) for t in texts(w)]
        for secret in left.secrets:
            assert not any(secret in t for t in shown), (screen_id, secret)
        for edit in screen.findChildren(QLineEdit):
            assert edit.text() == "", (screen_id, edit.objectName())


# --- the citizen flows ----------------------------------------------------------------------------
def search(window, qtbot, query: str):
    catalogue = start(window, qtbot, "catalogue")
    type_into(qtbot, catalogue.search, query)
    qtbot.waitUntil(lambda: catalogue._state in ("results", "empty") and catalogue.is_ready())
    return catalogue


def open_card(window, qtbot):
    catalogue = search(window, qtbot, "паспорт 14")
    click(qtbot, next(b for item, b in catalogue.result_buttons if item.id == "svc-001"))
    card = window.current_screen()
    qtbot.waitUntil(lambda: card._state == "ready")
    return card


def flow_nothing_found(window, qtbot, seeded: Seeded) -> Left:
    catalogue = search(window, qtbot, "зюзюкабрра")
    assert "зюзюкабрра" in catalogue.message.text()
    return Left(["зюзюкабрра"], ["catalogue"])


def flow_search_results(window, qtbot, seeded: Seeded) -> Left:
    catalogue = search(window, qtbot, "паспорт 14")
    assert any(item.id == "svc-001" for item, _b in catalogue.result_buttons)
    return Left([SERVICE], ["catalogue"])


def flow_application_draft(window, qtbot, seeded: Seeded) -> Left:
    card = open_card(window, qtbot)
    click(qtbot, card.apply_button)
    form = window.current_screen()
    type_into(qtbot, form.editor("full_name").input, "Тайнова Дарья Олеговна")
    type_into(qtbot, form.editor("registration_address").input, "г. Ульяновск, ул. Секретная, д. 7, кв. 1")
    return Left(["Тайнова", "Секретная", SERVICE], ["catalogue", "service_card", "application"])


def flow_application_review(window, qtbot, seeded: Seeded) -> Left:
    card = open_card(window, qtbot)
    click(qtbot, card.apply_button)
    form = window.current_screen()
    type_into(qtbot, form.editor("full_name").input, "Тайнова Дарья Олеговна")
    type_into(qtbot, form.editor("birth_date").input.edit, "14.03.2011")
    type_into(qtbot, form.editor("registration_address").input, "г. Ульяновск, ул. Секретная, д. 7, кв. 1")
    click(qtbot, form.editor("receive_by").options[0][1])
    type_into(qtbot, form.editor("phone").input, "8 912 345-67-89")
    click(qtbot, form.editor("consent").options[0][1])
    click(qtbot, form.next_button)
    assert window.current_id == "application_review"
    return Left(["Тайнова", "Секретная", "+79•••••••89", SERVICE],
                ["catalogue", "service_card", "application", "application_review"])


def flow_queue_ticket(window, qtbot, seeded: Seeded) -> Left:
    queue = start(window, qtbot, "queue_ticket")
    click(qtbot, queue.buttons[0][1])
    qtbot.waitUntil(lambda: window.current_id == "receipt" and window.current_screen().is_ready())
    data = window.current_screen().data
    return Left([data.receipt_number, data.ticket], ["queue_ticket", "receipt"])


def flow_ticket_for_a_service(window, qtbot, seeded: Seeded) -> Left:
    card = open_card(window, qtbot)
    click(qtbot, card.ticket_button)
    queue = window.current_screen()
    assert window.current_id == "queue_ticket" and SERVICE in queue.service_label.text()
    return Left([SERVICE], ["catalogue", "service_card", "queue_ticket"])


def flow_status_found(window, qtbot, seeded: Seeded) -> Left:
    status = start(window, qtbot, "status")
    type_into(qtbot, status.number, seeded.ticket_number)
    click(qtbot, status.check_button)
    qtbot.waitUntil(lambda: status._state == "found" and status.is_ready(), timeout=10_000)
    return Left([seeded.ticket_number], ["status"])


def flow_status_unknown(window, qtbot, seeded: Seeded) -> Left:
    status = start(window, qtbot, "status")
    type_into(qtbot, status.number, "ZZZZ-ZZZZ-ZZZZ")
    click(qtbot, status.check_button)
    qtbot.waitUntil(lambda: status._state == "unknown")
    return Left(["ZZZZ-ZZZZ-ZZZZ"], ["status"])


def fill_account(window, qtbot):
    screen = start(window, qtbot, "meters")
    qtbot.waitUntil(lambda: len(screen.provider_buttons) == 3)
    click(qtbot, next(b for p, b in screen.provider_buttons if p["id"] == "util-vodokanal"))
    for field, text in ((screen.account, "74БИ312121"), (screen.house, "12"), (screen.flat, "34")):
        type_into(qtbot, field.edit, text)
    return screen


def _no_provider(window) -> None:
    assert window.screen("meters").provider is None
    assert window.screen("meter_entry").visit is None and window.screen("meter_review").visit is None


def flow_meter_account(window, qtbot, seeded: Seeded) -> Left:
    fill_account(window, qtbot)
    return Left(["74БИ312121"], ["meters"], _no_provider)


def meter_entry(window, qtbot):
    screen = fill_account(window, qtbot)
    click(qtbot, screen.next_button)
    qtbot.waitUntil(lambda: window.current_id == "meter_entry", timeout=10_000)
    entry = window.current_screen()
    type_into(qtbot, entry.offline_meters[0].serial, "79511264")
    type_into(qtbot, entry.offline_meters[0].rows[0].edit, "483,2")
    return entry


def flow_meter_readings(window, qtbot, seeded: Seeded) -> Left:
    meter_entry(window, qtbot)
    return Left(["74БИ312121", "2121", "79511264"], ["meters", "meter_entry"], _no_provider)


def flow_meter_review(window, qtbot, seeded: Seeded) -> Left:
    entry = meter_entry(window, qtbot)
    click(qtbot, entry.next_button)
    assert window.current_id == "meter_review"
    return Left(["2121", "79511264", "483,2"], ["meters", "meter_entry", "meter_review"], _no_provider)


def choose_time(window, qtbot, role: dict[str, Any]):
    screen = start(window, qtbot, "clinic")
    for step, key in (("clinic", role["clinic_id"]), ("specialty", role["specialty_code"]), ("doctor", role["id"])):
        qtbot.waitUntil(lambda s=step: screen.step == s and screen.is_ready() and bool(screen.buttons), timeout=10_000)
        click(qtbot, button(qtbot, screen, f"clinic-{step}-{key}"))
    qtbot.waitUntil(lambda: screen.step == "day" and screen.is_ready() and bool(screen.buttons), timeout=10_000)
    click(qtbot, screen.buttons[0][1])
    return screen


def _clinic_from_the_start(window) -> None:
    clinic = window.screen("clinic")
    assert clinic.step == "clinic" and clinic.choice.clinic is None and clinic.choice.slots == []


def flow_clinic_choice(window, qtbot, seeded: Seeded) -> Left:
    screen = choose_time(window, qtbot, seeded.role)
    doctor = screen.choice.doctor["family_ru"]
    assert doctor in screen.summary.text()
    return Left([doctor], ["clinic"], _clinic_from_the_start)


def flow_clinic_patient(window, qtbot, seeded: Seeded) -> Left:
    screen = choose_time(window, qtbot, seeded.role)
    doctor = screen.choice.doctor["family_ru"]
    click(qtbot, screen.buttons[0][1])
    patient = window.current_screen()
    enp = luhn_enp(42)
    birth = "02.07.1988"  # (not the example date of the field's hint)
    for field, text in ((patient.enp, enp), (patient.birth, birth), (patient.phone, "+7 903 555-01-23")):
        type_into(qtbot, field.edit, text)

    def check(window) -> None:
        _clinic_from_the_start(window)
        assert window.screen("clinic_patient").choice is None

    return Left([enp, birth, "555-01-23", doctor], ["clinic", "clinic_patient"], check)


def flow_my_appointments(window, qtbot, seeded: Seeded) -> Left:
    clinic = start(window, qtbot, "clinic")
    click(qtbot, clinic.mine_button)
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, seeded.mine_enp)
    type_into(qtbot, mine.birth.edit, BIRTH_TEXT)
    click(qtbot, mine.find)
    qtbot.waitUntil(lambda: bool(mine.rows), timeout=10_000)
    number = seeded.appointment["receipt_number"]
    click(qtbot, button(qtbot, mine, f"cancel-{number}"))  # the confirmation step is open
    assert mine.confirming

    def check(window) -> None:
        screen = window.screen("clinic_mine")
        assert screen.rows is None and screen._patient is None and screen.confirming is None
        assert screen.findChild(QAbstractButton, f"confirm-cancel-{number}") is None

    return Left([number, "••••" + seeded.mine_enp[-4:]], ["clinic", "clinic_mine"], check)


FLOWS: dict[str, tuple[str, Callable[..., Left]]] = {
    "search-nothing-found": ("catalogue", flow_nothing_found),
    "search-results": ("catalogue", flow_search_results),
    "application-draft": ("catalogue", flow_application_draft),
    "application-review": ("catalogue", flow_application_review),
    "queue-ticket": ("queue_ticket", flow_queue_ticket),
    "ticket-for-a-service": ("catalogue", flow_ticket_for_a_service),
    "status-found": ("status", flow_status_found),
    "status-unknown": ("status", flow_status_unknown),
    "meter-account": ("meters", flow_meter_account),
    "meter-readings": ("meters", flow_meter_readings),
    "meter-review": ("meters", flow_meter_review),
    "clinic-choice": ("clinic", flow_clinic_choice),
    "clinic-patient": ("clinic", flow_clinic_patient),
    "my-appointments": ("clinic", flow_my_appointments),
}


# --- the ways a session ends ----------------------------------------------------------------------
def go_home(window, qtbot) -> None:
    """Touch Home; a form with entries asks first (``kiosk.ui.leave_guard``): the visitor discards."""
    click(qtbot, window.home_button)
    guard = window.current_screen().leave_guard
    if guard is not None and guard.asking():
        click(qtbot, guard.discard_button)


def end_with_home(window, qtbot, left: Left) -> None:
    go_home(window, qtbot)


def end_by_idle_timeout(window, qtbot, left: Left) -> None:
    window.idle.configure(30, 20)  # the warning after 30 ms, then 20 ticks of 10 ms
    window.idle.start()
    with qtbot.waitSignal(window.session_wiped, timeout=5000):
        pass


def end_assisted_with_home(window, qtbot, left: Left) -> None:
    assert window.console.assisted_by == "clerk:3"
    go_home(window, qtbot)
    assert window.console.assisted_by is None


def end_assisted_from_the_console(window, qtbot, left: Left) -> None:
    """The clerk takes the kiosk back (the hidden entry): the visitor is forgotten before the PIN
    pad shows, and stays forgotten after the clerk signs in and out."""
    assert window.console.assisted_by == "clerk:3"
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_id == "console_pin" and window.console.assisted_by is None
    assert QGuiApplication.clipboard().text() == ""
    assert_forgotten(window, left, "at the PIN pad")
    enter_pin(window, qtbot, CLERK_PIN)
    qtbot.waitUntil(lambda: window.current_id == "console_menu")
    assert_forgotten(window, left, "at the console menu")
    click(qtbot, button(qtbot, window.current_screen(), "ConsoleLogout"))


ENDINGS = {
    "home": end_with_home,
    "idle": end_by_idle_timeout,
    "assisted-home": end_assisted_with_home,
    "assisted-console": end_assisted_from_the_console,
}


@pytest.mark.parametrize("ending", list(ENDINGS))
@pytest.mark.parametrize("flow", list(FLOWS))
def test_nothing_of_a_visitor_is_left_for_the_next(flow, ending, make_window, qtbot, seeded):
    window = make_window(kiosk_mode=True, idle_timeout_ms=60_000, idle_warning_s=20, idle_tick_ms=10)
    first, run = FLOWS[flow]
    if ending.startswith("assisted"):
        open_console(window, qtbot, CLERK_PIN)
        window.console.counter = "3"
        click(qtbot, button(qtbot, window.current_screen(), f"Assisted-{first}"))
        assert window.current_id == first and window.console.assisted_by == "clerk:3"
    left = run(window, qtbot, seeded)
    QGuiApplication.clipboard().setText(left.secrets[0])  # whatever got onto the clipboard
    ENDINGS[ending](window, qtbot, left)
    assert window.current_id == "home" and window.history == []
    assert QGuiApplication.clipboard().text() == ""
    assert_forgotten(window, left, "at Home")
    come_back(window, qtbot, left)


# --- answers that arrive after the visitor has gone ----------------------------------------------------
@contextlib.contextmanager
def database_busy(window, qtbot) -> Iterator[None]:
    """Hold the database worker: what the screen asks for waits behind this until the block ends."""
    gate = threading.Event()
    window.tasks.submit(lambda store: gate.wait(20))
    try:
        yield
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def ask_my_appointments(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    clinic = go_tile(window, qtbot, "clinic")
    click(qtbot, clinic.mine_button)
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, seeded.mine_enp)
    type_into(qtbot, mine.birth.edit, BIRTH_TEXT)
    with database_busy(window, qtbot):
        click(qtbot, mine.find)
        go_home(window, qtbot)

    def check() -> None:
        assert mine.rows is None and mine._patient is None and mine.who.text() == ""
    return check


def cancel_an_appointment(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    clinic = go_tile(window, qtbot, "clinic")
    click(qtbot, clinic.mine_button)
    mine = window.current_screen()
    type_into(qtbot, mine.enp.edit, seeded.mine_enp)
    type_into(qtbot, mine.birth.edit, BIRTH_TEXT)
    click(qtbot, mine.find)
    qtbot.waitUntil(lambda: bool(mine.rows), timeout=10_000)
    number = seeded.appointment["receipt_number"]
    click(qtbot, button(qtbot, mine, f"cancel-{number}"))
    with database_busy(window, qtbot):
        click(qtbot, button(qtbot, mine, f"confirm-cancel-{number}"))
        go_home(window, qtbot)

    def check() -> None:
        assert mine.rows is None and not mine._cards
        with open_store(seeded.path) as store:  # what the visitor confirmed was done
            assert store.query("SELECT status FROM clinic_appointments WHERE receipt_number = ?",
                               [number])[0]["status"] == "cancelled"
    return check


def look_up_a_meter_account(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    account = go_tile(window, qtbot, "meters")
    qtbot.waitUntil(lambda: len(account.provider_buttons) == 3)
    click(qtbot, next(b for p, b in account.provider_buttons if p["id"] == "util-vodokanal"))
    for field, text in ((account.account, "74БИ312121"), (account.house, "12"), (account.flat, "34")):
        type_into(qtbot, field.edit, text)
    with database_busy(window, qtbot):
        click(qtbot, account.next_button)
        go_home(window, qtbot)

    def check() -> None:
        assert "meter_entry" not in window.screens or window.screen("meter_entry").visit is None
    return check


def send_an_application(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    flow_application_review(window, qtbot, seeded)
    review = window.current_screen()
    with database_busy(window, qtbot):
        click(qtbot, review.submit_button)
        go_home(window, qtbot)

    def check() -> None:
        assert window.screen("receipt").data is None
        with open_store(seeded.path) as store:  # saved and sent later all the same
            assert [i.kind for i in outbox.items(store)].count("application") == 1
    return check


def take_a_queue_ticket(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    queue = go_tile(window, qtbot, "queue_ticket")
    with database_busy(window, qtbot):
        click(qtbot, queue.buttons[0][1])
        go_home(window, qtbot)

    def check() -> None:
        assert window.screen("receipt").data is None and queue.service is None
    return check


def send_meter_readings(window, qtbot, seeded: Seeded) -> Callable[[], None]:
    flow_meter_review(window, qtbot, seeded)
    review = window.current_screen()
    with database_busy(window, qtbot):
        click(qtbot, review.submit_button)
        go_home(window, qtbot)

    def check() -> None:
        assert window.screen("receipt").data is None and review.visit is None
    return check


@pytest.mark.parametrize("action", [ask_my_appointments, cancel_an_appointment, look_up_a_meter_account,
                                    send_an_application, take_a_queue_ticket, send_meter_readings],
                         ids=lambda f: f.__name__.replace("_", "-"))
def test_an_answer_arriving_after_home_is_not_shown(action, window, qtbot, seeded):
    check = action(window, qtbot, seeded)
    assert window.current_id == "home" and window.history == []  # not taken anywhere by the late answer
    check()
