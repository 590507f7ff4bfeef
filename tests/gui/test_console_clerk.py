"""Clerk console: queue actions (each one a queue_event outbox item and an audit entry), find a
submission by number or scanned QR, unmask (audited), reprint, assisted mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.console import pins
from kiosk.services.applications import submit_application
from kiosk.services.queue import issue_ticket
from kiosk.ui.console.find_list import clerk_state_text
from offline_db.opening import open_store
from offline_db.store import iso_utc

from .test_console_entry import CLERK_PIN, TECH_PIN, audit, open_console

SCHEMA = [{"name": "full_name", "type": "text", "label_ru": "Фамилия, имя, отчество", "label_en": "Full name",
           "required": True}]
NAME = "Иванова Мария Петровна"


def seed_catalogue(store) -> None:
    now = iso_utc()
    with store.atomic():
        store.db["service_categories"].insert_all([
            {"id": "cat-docs", "queue_letter": "A", "name_ru": "Документы", "name_en": "Documents", "icon": "",
             "sort_order": 1, "updated_at": now},
            {"id": "cat-family", "queue_letter": "B", "name_ru": "Семья", "name_en": "Family", "icon": "",
             "sort_order": 2, "updated_at": now}])
        store.db["services"].insert({
            "id": "svc-001", "category_id": "cat-docs", "name_ru": "Паспорт РФ", "name_en": "Russian passport",
            "description_ru": "", "description_en": "", "who_ru": "", "who_en": "", "synonyms_ru": "[]",
            "synonyms_en": "[]", "documents": "[]", "fee_rub": 0.0, "term_days": 5,
            "field_schema": json.dumps(SCHEMA), "online_apply": 1, "updated_at": now})


@pytest.fixture
def clerk_store(db_path: Path, tmp_path: Path) -> Path:
    with open_store(db_path) as store:
        seed_catalogue(store)
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
        store.set_setting("printer", f"pdf:{tmp_path / 'printed'}")
        for _ in range(3):
            issue_ticket(store, "uly-1", "cat-docs", kiosk_index=1)
        issue_ticket(store, "uly-1", "cat-family", kiosk_index=1)
    return db_path


def click(qtbot, screen, name: str) -> None:
    def visible() -> list:
        return [b for b in screen.findChildren(QPushButton, name) if b.isVisibleTo(screen)]

    qtbot.waitUntil(lambda: len(visible()) == 1)  # widgets added to a shown layout appear a moment later
    buttons = visible()
    button = buttons[0]
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def events(db_path: Path) -> list[dict]:
    with open_store(db_path) as store:
        return [{**json.loads(r["payload"]), "assisted_by": r["assisted_by"]} for r in
                store.query("SELECT payload, assisted_by FROM outbox WHERE kind = 'queue_event' ORDER BY id")]


def tickets(db_path: Path) -> dict[str, dict]:
    with open_store(db_path) as store:
        return {r["ticket"]: r for r in store.query("SELECT * FROM queue_tickets")}


def test_queue_actions_are_outbox_items_and_audited(clerk_store, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    open_console(window, qtbot, CLERK_PIN)
    click(qtbot, window.current_screen(), "ConsoleQueueButton")
    queue = window.current_screen()
    assert queue.screen_id == "console_queue"
    qtbot.waitUntil(lambda: queue.data is not None)
    assert "3" in queue.findChild(type(queue.message), "Waiting-cat-docs").text()
    # no counter yet: a clear message at the field, nothing called
    click(qtbot, queue, "CallNext-cat-docs")
    assert queue.counter.error.isVisible()
    assert events(clerk_store) == []
    qtbot.keyClicks(queue.counter.edit, "3")
    click(qtbot, queue, "CallNext-cat-docs")
    qtbot.waitUntil(lambda: bool(queue.data and queue.data["called"]))
    assert tickets(clerk_store)["A-1001"]["status"] == "called"
    assert tickets(clerk_store)["A-1001"]["counter"] == "3"
    click(qtbot, queue, "Recall-A-1001")
    qtbot.waitUntil(lambda: len(events(clerk_store)) == 2)
    click(qtbot, queue, "Served-A-1001")
    qtbot.waitUntil(lambda: tickets(clerk_store)["A-1001"]["status"] == "served")
    qtbot.waitUntil(lambda: queue.is_ready() and not queue.data["called"])
    click(qtbot, queue, "CallNext-cat-docs")
    qtbot.waitUntil(lambda: tickets(clerk_store)["A-1002"]["status"] == "called")
    qtbot.waitUntil(lambda: queue.is_ready() and queue.findChild(QPushButton, "NoShow-A-1002") is not None)
    click(qtbot, queue, "NoShow-A-1002")
    qtbot.waitUntil(lambda: tickets(clerk_store)["A-1002"]["status"] == "no_show")
    qtbot.waitUntil(lambda: queue.is_ready() and not queue.data["called"])
    click(qtbot, queue, "CallNext-cat-docs")
    qtbot.waitUntil(lambda: queue.is_ready() and queue.findChild(QPushButton, "Redirect-A-1003") is not None)
    click(qtbot, queue, "Redirect-A-1003")
    # the choice asks plainly; the destinations are the actions, Cancel does not look like one
    question = QCoreApplication.translate("Console", "Which queue should the visitor go to?")
    assert question != "Which queue should the visitor go to?"  # the session is in Russian
    assert any(label.text() == question for label in queue.findChildren(QLabel))
    cancel = queue.findChild(QPushButton, "RedirectCancel")
    destination = queue.findChild(QPushButton, "RedirectTo-cat-family")
    assert destination.property("role") == "primary" and cancel.property("role") != "primary"
    assert cancel.parent() is not destination.parent()   # on a row of its own
    click(qtbot, queue, "RedirectCancel")
    qtbot.waitUntil(lambda: not queue.findChildren(QPushButton, "RedirectCancel")
                    or not queue.findChild(QPushButton, "RedirectCancel").isVisibleTo(queue))
    click(qtbot, queue, "Redirect-A-1003")
    click(qtbot, queue, "RedirectTo-cat-family")
    qtbot.waitUntil(lambda: tickets(clerk_store)["A-1003"]["category_id"] == "cat-family")
    assert tickets(clerk_store)["A-1003"]["status"] == "waiting"
    got = [(e["event"], e["ticket"]) for e in events(clerk_store)]
    assert got == [("called", "A-1001"), ("recalled", "A-1001"), ("served", "A-1001"), ("called", "A-1002"),
                   ("no_show", "A-1002"), ("called", "A-1003"), ("redirected", "A-1003")]
    assert all(e["assisted_by"] == "clerk" and e["office_id"] == "uly-1" for e in events(clerk_store))
    actions = [a for a in audit(clerk_store) if a[1].startswith("queue.")]
    assert actions == [("clerk", "queue.call_next", "A-1001"), ("clerk", "queue.recall", "A-1001"),
                       ("clerk", "queue.served", "A-1001"), ("clerk", "queue.call_next", "A-1002"),
                       ("clerk", "queue.no_show", "A-1002"), ("clerk", "queue.call_next", "A-1003"),
                       ("clerk", "queue.redirect", "A-1003")]


def test_find_by_number_or_qr_unmask_is_audited_and_reprint(clerk_store, make_window, qtbot, tmp_path):
    with open_store(clerk_store) as store:
        done = submit_application(store, "svc-001", "uly-1", {"full_name": NAME}, consent=True, lang="ru")
        store.execute("UPDATE outbox SET state = 'rejected', reject_code = 'missing_field',"
                      " reject_reason_ru = 'Нет СНИЛС.', reject_reason_en = 'The SNILS is missing.'"
                      " WHERE receipt_number = ?", [done.receipt_number])
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, CLERK_PIN)
    click(qtbot, window.current_screen(), "ConsoleFindButton")
    find = window.current_screen()
    qtbot.keyClicks(find.number.edit, "not a number")
    qtbot.keyClick(find.number.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find.number.error.isVisible())
    # a scanned QR: the status URL with the number, then other lines
    find.number.set_text(f"https://status.example/r/{done.receipt_number.lower()}\nmore")
    click(qtbot, find, "FindButton")
    qtbot.waitUntil(lambda: find.found is not None and find.is_ready())
    assert done.receipt_number in find.what.text()
    assert find.state.text() == clerk_state_text("rejected")
    assert "SNILS is missing" in find.reason.text()
    assert NAME not in find.personal.text() and "Full name: И" in find.personal.text()
    assert not [a for a in audit(clerk_store) if a[1] == "unmask"]
    click(qtbot, find, "UnmaskButton")
    qtbot.waitUntil(lambda: NAME in find.personal.text())
    assert ("clerk", "unmask", done.receipt_number) in audit(clerk_store)
    click(qtbot, find, "UnmaskButton")  # hide again
    assert NAME not in find.personal.text()
    click(qtbot, find, "ReprintButton")
    qtbot.waitUntil(lambda: (tmp_path / "printed" / f"receipt-{done.receipt_number}.pdf").exists())
    qtbot.waitUntil(lambda: "printed again" in find.message.text())
    assert ("clerk", "reprint", done.receipt_number) in audit(clerk_store)
    assert ("clerk", "find_submission", done.receipt_number) in audit(clerk_store)
    assert not any(NAME in " ".join(a) for a in audit(clerk_store))


def test_assisted_mode_marks_the_submission(clerk_store, make_window, qtbot):
    window = make_window(kiosk_mode=True)
    open_console(window, qtbot, CLERK_PIN)
    window.console.counter = "3"
    click(qtbot, window.current_screen(), "Assisted-queue_ticket")
    assert window.current_id == "queue_ticket" and not window.console.active
    assert window.console.assisted_by == "clerk:3"
    indicator = window.console._assisted_label
    assert indicator.isVisible()
    screen = window.current_screen()
    qtbot.waitUntil(screen.is_ready)
    screen.take("cat-family", None)
    qtbot.waitUntil(lambda: window.current_id == "receipt")
    with open_store(clerk_store) as store:
        row = store.query("SELECT assisted_by FROM outbox WHERE kind = 'queue_ticket' ORDER BY id DESC LIMIT 1")
    assert row[0]["assisted_by"] == "clerk:3"
    window.home()
    assert window.console.assisted_by is None and not indicator.isVisible()
    assert ("clerk", "assisted.start", "queue_ticket") in audit(clerk_store)


def test_find_shows_the_regional_answer_in_words_without_codes_or_staff_ids(clerk_store, make_window, qtbot):
    from kiosk.console.lookup import Found
    from kiosk.domain.status import LocalStatus, ReadingOutcome, RemoteStatus

    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    open_console(window, qtbot, CLERK_PIN)
    click(qtbot, window.current_screen(), "ConsoleFindButton")
    find = window.current_screen()
    assert find.number.label.text() == "Receipt number (or scan its QR code), phone number or policy number"
    reason = "The SNILS is missing. Apply again with it."
    local = LocalStatus("K7QW-3M2A-9X4P", "u-1", "application", "rejected", "2026-11-21T09:30:00Z",
                        reject_code="missing_field", reason_ru="Нет СНИЛС.", reason_en=reason)
    find.show_found(Found(local, 1, "", "clerk:3", False, []),
                    RemoteStatus(True, True, "rejected", "rejected", "RB-000123", "Нет СНИЛС.", reason))
    backend, extra = find.backend.text(), find.extra.text()
    assert "status rejected" not in backend and "Number in the regional system: RB-000123" in backend
    assert reason not in backend            # the reason is on its own line above, once
    assert find.reason.text().count(reason) == 1
    assert "clerk:3" not in extra and "Made with the help of a staff member at counter 3" in extra
    # meter readings: said of the readings (plural), decimals the local way (a comma in Russian)
    meters = LocalStatus("M4RT-8Q2A-7XTP", "u-2", "meter_readings", "rejected", "2026-11-25T19:30:00Z",
                         reason_ru="Показание меньше последнего принятого (9661.0).")
    readings = (ReadingOutcome("22188550", "T1", "9600.0", "rejected", "lower_than_last",
                               "показание меньше последнего принятого (9661.0)", "lower (9661.0)", "2026-11"),)
    find.show_found(Found(meters, 1, "", "", False, []),
                    RemoteStatus(True, True, "rejected", "rejected", "", meters.reason_ru, "", readings))
    assert "readings were delivered" in find.state.text() and "accept them" in find.state.text()
    window.session.set_language("ru")
    qtbot.waitUntil(lambda: "9661,0" in find.reason.text())
    shown = "\n".join(w.text() for w in (find.state, find.reason, find.backend, find.readings))
    assert "9661.0" not in shown and "9600.0" not in shown
    assert "9661,0" in find.reason.text() and "9600,0" in find.readings.text()
