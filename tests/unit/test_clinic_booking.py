"""Clinic booking on the local store: clear refusals that write nothing, modes, cancel, my appointments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.clinic import booking
from offline_db.demo import load_demo_region
from offline_db.opening import open_store
from offline_db.store import iso_utc, parse_utc
from tests.fhir_check import luhn_enp

BIRTH = dt.date(1980, 1, 2)


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "k.sqlite3")
    load_demo_region(s)
    yield s
    s.close()


def counts(store) -> tuple[int, int]:
    return (store.scalar("SELECT count(*) FROM clinic_appointments"),
            store.scalar("SELECT count(*) FROM slots WHERE status = 'busy'"))


def a_role(store) -> str:
    return store.scalar("SELECT practitioner_role_id FROM schedules LIMIT 1")


@pytest.mark.parametrize(("enp", "birth", "phone", "errors"), [
    ("2341998071655740", "01.02.1980", "", {"enp": "enp_checksum"}),
    ("23419980716557", "01.02.1980", "", {"enp": "enp_length"}),
    ("", "", "", {"enp": "enp_empty", "birth_date": "birth_empty"}),
    ("2341998071655749", "31.02.1980", "", {"birth_date": "birth_format"}),
    ("2341998071655749", "01.01.2999", "", {"birth_date": "birth_future"}),
    ("2341998071655749", "01.02.1980", "12345", {"phone": "phone_invalid"}),
    ("2341 9980 7165 5749", "1980-02-01", "8 (927) 123-45-67", {}),
])
def test_check_patient(enp, birth, phone, errors):
    found, patient = booking.check_patient(enp, birth, phone, today=dt.date(2026, 11, 21))
    assert found == errors
    assert (patient is None) == bool(errors)
    if patient:
        assert patient.enp == "2341998071655749" and patient.phone == "+79271234567"


def test_provisional_booking_is_a_request_and_takes_the_slot_locally(store):
    slot = booking.open_slots(store, a_role(store))[0]
    made = booking.book(store, slot["id"], booking.Patient(luhn_enp(1), BIRTH))
    assert made["status"] == "requested" and made["delivery"] == "pending" and made["mode"] == "provisional"
    assert slot["id"] not in {s["id"] for s in booking.open_slots(store, a_role(store))}
    with pytest.raises(booking.BookingError) as err:
        booking.book(store, slot["id"], booking.Patient(luhn_enp(2), BIRTH))
    assert err.value.code == "slot_taken"


def test_refusals_write_nothing(store):
    role = a_role(store)
    slot = booking.open_slots(store, role)[0]
    before = counts(store)
    for patient, code in ((booking.Patient("2341998071655740", BIRTH), "enp_checksum"),
                          (booking.Patient(luhn_enp(3), dt.date.today() + dt.timedelta(days=2)), "birth_future")):
        with pytest.raises(booking.BookingError) as err:
            booking.book(store, slot["id"], patient)
        assert err.value.code == code
    with pytest.raises(booking.BookingError) as err:  # a slot in the past
        booking.book(store, slot["id"], booking.Patient(luhn_enp(4), BIRTH),
                     now=parse_utc(slot["start_utc"]) + dt.timedelta(minutes=1))
    assert err.value.code == "slot_past"
    store.execute("UPDATE schedules SET active = 0 WHERE practitioner_role_id = ?", [role])
    with pytest.raises(booking.BookingError) as err:  # a practitioner without (active) schedules
        booking.book(store, slot["id"], booking.Patient(luhn_enp(5), BIRTH))
    assert err.value.code == "no_schedule"
    assert booking.open_slots(store, role) == []
    assert counts(store) == before


def test_practitioner_without_schedules_is_flagged(store):
    role = store.query("SELECT * FROM practitioner_roles LIMIT 1")[0]
    store.execute("INSERT INTO practitioner_roles(id, practitioner_id, clinic_id, specialty_code, updated_at)"
                  " VALUES ('role-none', ?, ?, ?, ?)", [role["practitioner_id"], role["clinic_id"],
                                                       role["specialty_code"], iso_utc()])
    rows = {r["role_id"]: r for r in booking.practitioners(store, role["clinic_id"], role["specialty_code"])}
    assert rows["role-none"]["has_schedule"] == 0 and rows[role["id"]]["has_schedule"] == 1


def test_lease_mode_offers_only_this_kiosks_valid_leases(store):
    store.set_setting(booking.MODE_KEY, "lease")
    role = a_role(store)
    assert booking.open_slots(store, role) == []
    free = store.query("SELECT s.id FROM slots s JOIN schedules sc ON sc.id = s.schedule_id WHERE"
                       " sc.practitioner_role_id = ? AND s.status = 'free' AND s.start_utc > ? ORDER BY s.start_utc",
                       [role, iso_utc()])
    later = iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(hours=5))
    soon = iso_utc(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2))  # inside the safety margin
    store.execute("UPDATE slots SET status = 'busy-tentative', leased_until = ? WHERE id = ?", [later, free[0]["id"]])
    store.execute("UPDATE slots SET status = 'busy-tentative', leased_until = ? WHERE id = ?", [soon, free[1]["id"]])
    assert [s["id"] for s in booking.open_slots(store, role)] == [free[0]["id"]]
    with pytest.raises(booking.BookingError):
        booking.book(store, free[2]["id"], booking.Patient(luhn_enp(6), BIRTH))  # free but not leased
    made = booking.book(store, free[0]["id"], booking.Patient(luhn_enp(6), BIRTH))
    assert made["status"] == "booked"
    cancelled = booking.cancel(store, made["uuid"])  # never delivered: the lease comes back
    assert (cancelled["status"], cancelled["delivery"]) == ("cancelled", "not_sent")
    assert [s["id"] for s in booking.open_slots(store, role)] == [free[0]["id"]]


def test_my_appointments_by_enp_and_birth_date(store):
    enp = luhn_enp(9)
    slots = booking.open_slots(store, a_role(store))
    for s in slots[:2]:
        booking.book(store, s["id"], booking.Patient(enp, BIRTH))
    assert len(booking.my_appointments(store, enp, BIRTH)) == 2
    assert booking.my_appointments(store, enp, dt.date(1980, 1, 3)) == []
    mine = booking.my_appointments(store, enp, BIRTH)[0]
    assert mine["enp_masked"].endswith(enp[-4:]) and mine["clinic_ru"] and mine["specialty_en"]
    assert booking.by_receipt(store, mine["receipt_number"])["uuid"] == mine["uuid"]


# --- the demo region's polyclinics and doctors read like real ones --------------------------------
def test_demo_practitioners_names_agree_with_gender():
    from mfc_rules.demo import read_demo_region

    people = read_demo_region()["practitioners"]
    assert len(people) == 40
    for p in people:
        name = f"{p['family_ru']} {p['given_ru']} {p['patronymic_ru']}"
        if p["gender"] == "male":
            assert p["patronymic_ru"].endswith("ич"), name  # Петрович, Ильич
            assert not p["family_ru"].endswith("а"), name
        else:
            assert p["gender"] == "female", name
            assert p["patronymic_ru"].endswith(("овна", "евна", "ична", "инична")), name
            assert p["family_ru"].endswith(("а", "я")), name
            assert p["given_ru"].endswith(("а", "я", "ь")), name


def test_demo_polyclinics_have_their_own_addresses(store):
    clinics = store.query("SELECT id, address_ru, address_en FROM clinics ORDER BY id")
    assert [c["id"] for c in clinics][:2] == ["org-ul-poly-1", "org-ul-poly-2"]  # ids stay stable
    assert len({c["address_ru"] for c in clinics}) == len(clinics)
    assert len({c["address_en"] for c in clinics}) == len(clinics)
    zavolzhsky = next(c for c in clinics if c["id"] == "org-ul-poly-2")
    assert "Ленинского Комсомола" in zavolzhsky["address_ru"]  # across the Volga, in Zavolzhsky district
