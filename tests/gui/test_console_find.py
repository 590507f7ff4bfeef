"""The clerk's find screen (issue 16, finding 7): the list of what waits or was refused on this
kiosk, newest first and masked; search by phone or policy number (audited without the value);
the found submission in the clerk's words, a choice shown as its words; the empty state; errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.console import pins
from kiosk.services.applications import submit_application
from kiosk.ui.console.find_list import clerk_state_text
from kiosk.ui.screens.services.messages import state_text
from offline_db.opening import open_store
from offline_db.store import iso_utc
from tests.unit.test_clerk_find import ENP, FIELDS

from .test_console_clerk import click
from .test_console_entry import CLERK_PIN, TECH_PIN, open_console

T0 = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
NAME = "Иванова Мария Петровна"


@pytest.fixture
def find_store(db_path: Path) -> Path:
    with open_store(db_path) as store:
        now = iso_utc(T0)
        with store.atomic():
            store.db["service_categories"].insert({"id": "cat", "queue_letter": "A", "name_ru": "Документы",
                                                   "name_en": "Documents", "updated_at": now})
            store.db["services"].insert({
                "id": "svc", "category_id": "cat", "name_ru": "Паспорт РФ", "name_en": "Russian passport",
                "description_ru": "", "description_en": "", "who_ru": "", "who_en": "", "term_days": 5,
                "field_schema": json.dumps(FIELDS), "updated_at": now})
        pins.set_pin(store, "technician", TECH_PIN)
        pins.set_pin(store, "clerk", CLERK_PIN)
    return db_path


def submit(db_path: Path, minutes: int, phone: str, enp: str = "", state: str = "pending") -> str:
    with open_store(db_path) as store:
        done = submit_application(store, "svc", "uly-1", {"full_name": NAME, "phone": phone, "enp": enp,
                                                          "receive_by": "mfc"},
                                  consent=True, lang="ru", now=T0 + dt.timedelta(minutes=minutes))
        store.execute("UPDATE outbox SET state = ? WHERE receipt_number = ?", [state, done.receipt_number])
    return done.receipt_number


def open_find(window, qtbot):
    open_console(window, qtbot, CLERK_PIN)
    click(qtbot, window.current_screen(), "ConsoleFindButton")
    find = window.current_screen()
    assert find.screen_id == "console_find"
    return find


def search(qtbot, find, text: str) -> None:
    find.number.set_text(text)
    qtbot.keyClick(find.number.edit, Qt.Key.Key_Return)


def audit_lines(db_path: Path) -> list[tuple[str, str, str, str]]:
    with open_store(db_path) as store:
        return [tuple(r.values()) for r in store.query("SELECT role, action, target, details FROM audit_log ORDER BY id")]


def test_the_list_shows_what_waits_or_was_refused_newest_first_masked_and_opens_it(find_store, make_window, qtbot):
    older = submit(find_store, 1, "+7 912 345-67-89")
    refused = submit(find_store, 2, "+7 903 111-22-33", state="rejected")
    submit(find_store, 3, "+7 903 111-22-44", state="accepted")
    window = make_window(kiosk_mode=True)
    find = open_find(window, qtbot)
    qtbot.waitUntil(lambda: find.list.listing is not None and find.is_ready())
    buttons = [b for b in find.list.buttons if b.isVisibleTo(find)]
    assert [b.objectName() for b in buttons] == [f"Listed-{refused}", f"Listed-{older}"]
    assert all(b.height() >= 64 for b in buttons)
    texts = [b.caption.text() for b in buttons]
    assert "+79•••••••33" in texts[0] and "+79•••••••89" in texts[1]
    assert not any(clear in t for t in texts for clear in ("9031112233", "9123456789", NAME))
    assert find.list.empty.isHidden()

    click(qtbot, find, f"Listed-{refused}")
    qtbot.waitUntil(lambda: find.found is not None and find.is_ready())
    assert find.found.local.receipt_number == refused
    assert find.state.text() == clerk_state_text("rejected")
    card = "\n".join(w.text() for w in (find.state, find.personal))
    assert state_text("rejected") not in card and NAME not in card
    # the choice is the option's words, not a code masked as personal data ("m••")
    assert "m••" not in card and "Лично в МФЦ" in find.personal.text()

    click(qtbot, find, f"Listed-{older}")
    qtbot.waitUntil(lambda: find.found is not None and find.found.local.receipt_number == older and find.is_ready())
    assert find.state.text() == clerk_state_text("pending")
    assert state_text("pending") not in find.state.text()   # the citizen's "you need do nothing"


def test_search_by_phone_or_policy_number_is_audited_without_the_value(find_store, make_window, qtbot):
    first = submit(find_store, 1, "+7 912 345-67-89", ENP)
    second = submit(find_store, 2, "+7 912 345-67-89", state="rejected")
    submit(find_store, 3, "+7 903 111-22-33")
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    find = open_find(window, qtbot)
    qtbot.waitUntil(lambda: find.list.listing is not None and find.is_ready())

    search(qtbot, find, "8 (912) 345-67-89")
    qtbot.waitUntil(lambda: find.list.listing is not None and find.list.listing.by == "phone" and find.is_ready())
    assert [b.objectName() for b in find.list.buttons] == [f"Listed-{second}", f"Listed-{first}"]
    assert find.list.heading.text() == "Found by phone number on this kiosk: 2"

    search(qtbot, find, "2341 9980 7165 5749")
    qtbot.waitUntil(lambda: find.list.listing.by == "enp" and find.is_ready())
    assert [b.objectName() for b in find.list.buttons] == [f"Listed-{first}"]

    search(qtbot, find, "+7 999 000-00-00")
    qtbot.waitUntil(lambda: find.list.listing.by == "phone" and not find.list.listing.rows and find.is_ready())
    assert find.list.empty.isVisible() and "Nothing on this kiosk holds this phone number" in find.list.empty.text()

    search(qtbot, find, "Ivanova")
    qtbot.waitUntil(lambda: find.number.error.isVisible())
    assert "policy number" in find.number.error.text()

    searches = [line for line in audit_lines(find_store) if line[1] == "search_submissions"]
    assert searches == [("clerk", "search_submissions", "phone", "2 found"),
                        ("clerk", "search_submissions", "enp", "1 found"),
                        ("clerk", "search_submissions", "phone", "0 found")]
    everything = json.dumps(audit_lines(find_store), ensure_ascii=False)
    for clear in ("9123456789", "912 345", ENP, "9990000000", NAME):
        assert clear not in everything


def test_nothing_pending_says_so(find_store, make_window, qtbot):
    submit(find_store, 1, "+7 912 345-67-89", state="accepted")
    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    find = open_find(window, qtbot)
    qtbot.waitUntil(lambda: find.list.listing is not None and find.is_ready())
    assert find.list.buttons == []
    assert find.list.empty.isVisible()
    assert find.list.empty.text() == "Nothing is waiting to be sent and nothing was refused on this kiosk."
    assert find.list.heading.text() == "Waiting to be sent or refused on this kiosk"


def test_a_booking_is_told_in_the_clerks_words(find_store, make_window, qtbot):
    from kiosk.console.lookup import Found
    from kiosk.domain.status import LocalStatus, appointment_words

    window = make_window(kiosk_mode=True)
    window.session.set_language("en")
    find = open_find(window, qtbot)
    qtbot.waitUntil(find.is_ready)
    row = {"status": "booked", "delivery": "pending"}
    local = LocalStatus("B2CD-4EFG-5HJK", "u-1", "appointment", "booked", "2026-11-21T09:30:00Z",
                        "General practitioner", "General practitioner", words_ru=appointment_words(row, "ru"),
                        words_en=appointment_words(row, "en"))
    find.show_found(Found(local, 0, "", "", False, [], "pending"), None)
    assert find.state.text() == ("Booked: the time is held for the visitor. Not passed to the polyclinic yet: "
                                 "the kiosk sends it once it is online.")
    assert "you do not need to do anything" not in find.state.text()
    # what the polyclinic changed later is told as the clinic said it, with when
    moved = LocalStatus("B2CD-4EFG-5HJK", "u-1", "appointment", "booked", "2026-11-21T09:30:00Z",
                        words_ru="Поликлиника перенесла запись 22 ноября.", words_en="The polyclinic moved this appointment on 22 November.",
                        clinic_change="rescheduled", changed_at="2026-11-22T08:00:00Z")
    find.show_found(Found(moved, 1, "", "", True, [], "delivered"), None)
    assert find.state.text() == "The polyclinic moved this appointment on 22 November."
