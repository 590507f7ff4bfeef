"""Status by receipt for doctor appointments (kiosk/domain/status.py) and the clerk's look-up of them
(kiosk/console/lookup.py): every state in plain words, RU and EN; assisted mode stored."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.clinic import booking
from kiosk.console import lookup
from kiosk.domain import clinic_time
from kiosk.services import status as st
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from tests.fhir_check import luhn_enp

BIRTH = dt.date(1980, 1, 2)


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "k.sqlite3")
    load_demo_region(s)
    yield s
    s.close()


def book_one(store, n: int = 1, **kwargs):
    role = store.scalar("SELECT practitioner_role_id FROM schedules LIMIT 1")
    slots = booking.open_slots(store, role)
    return booking.book(store, slots[n]["id"], booking.Patient(luhn_enp(n), BIRTH, "+79271234567"), **kwargs), slots


def test_a_request_is_found_by_its_receipt_and_said_to_be_waiting(store):
    made, _ = book_one(store)
    typed = made["receipt_number"].replace("-", "").lower()
    found = st.local_status(store, typed)
    assert found is not None and found.is_appointment and found.kind == "appointment"
    assert (found.receipt_number, found.uuid, found.state) == (made["receipt_number"], made["uuid"], "requested")
    assert "Requested, waiting for confirmation" in found.words_en and "not yet an appointment" in found.words_en
    assert "ждёт подтверждения" in found.words_ru and "ещё не запись" in found.words_ru
    when_en = clinic_time.when_words(made["start_utc"], made["timezone"], "en")
    when_ru = clinic_time.when_words(made["start_utc"], made["timezone"], "ru")
    assert when_en in found.service_en and when_ru in found.service_ru
    assert made["specialty_en"] in found.service_en and made["family_ru"] in found.service_ru
    assert made["clinic_ru"] in found.service_ru


def test_booked_confirmed_and_booked_not_yet_sent(store):
    made, _ = book_one(store)
    store.execute("UPDATE clinic_appointments SET status = 'booked', mode = 'lease' WHERE uuid = ?", [made["uuid"]])
    unsent = st.local_status(store, made["receipt_number"])
    assert unsent.state == "booked" and "held for you" in unsent.words_en and "закреплено" in unsent.words_ru
    store.execute("UPDATE clinic_appointments SET delivery = 'delivered', server_id = 'appt-1' WHERE uuid = ?",
                  [made["uuid"]])
    done = st.local_status(store, made["receipt_number"])
    assert done.words_en == "Appointment confirmed." and done.words_ru == "Запись подтверждена."
    assert done.server_ref == "appt-1"


def test_cancelled_and_cancel_waiting_to_be_sent(store):
    first, _ = book_one(store, 1)
    booking.cancel(store, first["uuid"])  # never sent
    assert st.local_status(store, first["receipt_number"]).words_en == "Cancelled."
    second, _ = book_one(store, 2)
    store.execute("UPDATE clinic_appointments SET delivery = 'delivered', status = 'booked' WHERE uuid = ?",
                  [second["uuid"]])
    booking.cancel(store, second["uuid"])  # the connector still has to tell the clinic
    found = st.local_status(store, second["receipt_number"])
    assert found.state == "cancelled" and "tells the polyclinic" in found.words_en and "сообщит" in found.words_ru


def test_refused_shows_the_nearest_alternatives_in_plain_words(store):
    made, slots = book_one(store)
    alts = [{"slot_id": s["id"], "start_utc": s["start_utc"], "end_utc": s["end_utc"]} for s in slots[2:4]]
    store.execute("UPDATE clinic_appointments SET status = 'refused', delivery = 'delivered', alternatives = ?,"
                  " reason_en = 'Slot is no longer free', reason_ru = 'Время занято' WHERE uuid = ?",
                  [json.dumps(alts), made["uuid"]])
    found = st.local_status(store, made["receipt_number"])
    assert found.state == "refused" and found.words_en.startswith("Refused: this time was taken")
    for a in alts:
        assert clinic_time.when_words(a["start_utc"], made["timezone"], "en") in found.words_en
        assert clinic_time.when_words(a["start_utc"], made["timezone"], "ru") in found.words_ru
    assert "%1" not in found.words_en + found.words_ru
    store.execute("UPDATE clinic_appointments SET alternatives = '[]' WHERE uuid = ?", [made["uuid"]])
    none = st.local_status(store, made["receipt_number"])
    assert "no free time at the moment" in none.words_en and "Свободного времени" in none.words_ru


def test_unknown_and_invalid_receipts(store):
    book_one(store)
    assert st.local_status(store, "AAAA-BBBB-CCCC") is None
    with pytest.raises(ValueError):
        st.local_status(store, "hello")


def test_date_words_need_no_locale():
    day = dt.date(2026, 11, 23)
    assert clinic_time.date_words(day, "ru") == "пн, 23 ноября"
    assert clinic_time.date_words(day, "en") == "Mon, 23 November"
    assert clinic_time.when_words("2026-11-23T05:20:00Z", "Europe/Ulyanovsk", "en") == "Mon, 23 November, 09:20"


def test_clerk_finds_an_appointment_masked_unmasks_audited_and_reprints(store):
    made, _ = book_one(store, assisted_by="clerk")
    assert booking.appointment(store, made["uuid"])["assisted_by"] == "clerk"
    found = lookup.find(store, made["receipt_number"], role="clerk")
    assert found is not None and found.local.is_appointment and found.assisted_by == "clerk"
    assert not found.purged and {p.name for p in found.personal} == {"enp", "birth_date", "phone"}
    assert all(luhn_enp(1) not in p.value for p in found.personal)  # masked
    clear = lookup.unmask(store, made["receipt_number"], role="clerk")
    assert {p.name: p.value for p in clear}["enp"] == luhn_enp(1)
    data = lookup.reprint_data(store, made["receipt_number"], role="clerk")
    assert data["kind"] == "appointment" and data["office"]["name_ru"] == made["clinic_ru"]
    assert "waiting for confirmation" in data["service_en"]
    actions = [r["action"] for r in store.query("SELECT action FROM audit_log WHERE target = ?",
                                                [made["receipt_number"]])]
    assert actions == ["find_submission", "unmask", "reprint"]
    # once delivered, the personal data is gone from the kiosk
    store.execute("UPDATE clinic_appointments SET enp = NULL, birth_date = NULL, phone = NULL, delivery = 'delivered'"
                  " WHERE uuid = ?", [made["uuid"]])
    again = lookup.find(store, made["receipt_number"], role="clerk")
    assert again.purged and not again.personal


def test_a_booking_without_staff_has_no_assisted_marker(store):
    made, _ = book_one(store)
    assert booking.appointment(store, made["uuid"])["assisted_by"] is None
