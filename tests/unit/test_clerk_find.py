"""The clerk's list and search (issue 16, finding 7) on a real store: what waits or was refused,
newest first and masked; search by receipt, phone or policy number through keyed hashes that go
with the personal data; one audit entry per search without the value; choices not masked."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from pathlib import Path

import pytest

from kiosk.console import lookup, pending
from kiosk.services.applications import submit_application
from kiosk.services.queue import issue_ticket
from mfc_rules.receipts import receipt_number
from offline_db import outbox, schema
from offline_db.opening import open_store
from offline_db.store import Store, iso_utc

ENP = "2341998071655749"
PHONE = "+7 912 345-67-89"
OTHER_PHONE = "+7 903 111-22-33"
FIELDS = [
    {"name": "full_name", "type": "text", "label_ru": "ФИО", "label_en": "Full name", "required": True},
    {"name": "phone", "type": "phone", "label_ru": "Телефон", "label_en": "Phone", "required": True},
    {"name": "enp", "type": "enp", "label_ru": "Полис", "label_en": "Policy", "required": False},
    {"name": "receive_by", "type": "choice", "label_ru": "Как получить", "label_en": "How to receive",
     "required": True, "choices": [{"value": "mfc", "ru": "Лично в МФЦ", "en": "In person at the MFC"},
                                   {"value": "post", "ru": "Почтой", "en": "By post"}]},
]
T0 = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)


def seed(store: Store) -> None:
    now = iso_utc(T0)
    with store.atomic():
        store.db["offices"].insert({"id": "uly-1", "name_ru": "МФЦ", "name_en": "MFC", "address_ru": "а",
                                    "address_en": "a", "timezone": "Europe/Ulyanovsk", "updated_at": now})
        store.db["service_categories"].insert({"id": "cat", "queue_letter": "A", "name_ru": "Документы",
                                               "name_en": "Documents", "updated_at": now})
        store.db["services"].insert({
            "id": "svc", "category_id": "cat", "name_ru": "Паспорт РФ", "name_en": "Russian passport",
            "description_ru": "", "description_en": "", "who_ru": "", "who_en": "", "term_days": 5,
            "field_schema": json.dumps(FIELDS), "updated_at": now})


def apply(store: Store, minutes: int, phone: str = PHONE, enp: str = "", name: str = "Иванова Мария") -> str:
    done = submit_application(store, "svc", "uly-1", {"full_name": name, "phone": phone, "enp": enp,
                                                      "receive_by": "mfc"},
                              consent=True, lang="ru", now=T0 + dt.timedelta(minutes=minutes))
    return done.receipt_number


def set_state(store: Store, number: str, state: str) -> None:
    store.execute("UPDATE outbox SET state = ?, reject_reason_ru = 'Нет СНИЛС.' WHERE receipt_number = ?",
                  [state, number])


def book(store: Store, minutes: int, enp: str | None, phone: str | None, status: str = "booked") -> str:
    """A polyclinic booking as kiosk.clinic.booking writes it (the slot tables are not needed here)."""
    uid = str(uuid.uuid4())
    at = iso_utc(T0 + dt.timedelta(minutes=minutes))
    store.execute(
        "INSERT INTO clinic_appointments(uuid, receipt_number, slot_id, schedule_id, practitioner_role_id,"
        " practitioner_id, clinic_id, specialty_code, start_utc, end_utc, patient_key, enp_masked, enp, birth_date,"
        " phone, mode, status, delivery, created_at, updated_at) VALUES (?,?,'sl','sc','r','p','c','therapist',"
        " '2026-12-01T08:00:00Z','2026-12-01T08:20:00Z','k','••••5749',?,'1980-01-02',?,'lease',?,'pending',?,?)",
        [uid, receipt_number(uid), enp, phone, status, at, at])
    return receipt_number(uid)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "kiosk.sqlite3") as store:
        seed(store)
        yield store


def audit_rows(store: Store) -> list[dict]:
    return store.query("SELECT role, action, target, details FROM audit_log ORDER BY id")


def test_the_list_holds_what_waits_or_was_refused_newest_first_and_masked(store):
    oldest = apply(store, 1)
    refused = apply(store, 2, phone=OTHER_PHONE)
    set_state(store, refused, "rejected")
    delivered = apply(store, 3)
    set_state(store, delivered, "accepted")
    issue_ticket(store, "uly-1", "cat", kiosk_index=1)           # a queue ticket is not a visitor's submission
    booking = book(store, 4, ENP, None)
    newest = apply(store, 5, enp=ENP)

    listing = pending.pending(store)

    assert [r.receipt_number for r in listing.rows] == [newest, booking, refused, oldest]
    assert listing.total == 4 and listing.by == ""
    assert [r.state for r in listing.rows] == ["pending", "pending", "rejected", "pending"]
    assert listing.rows[0].service_en == "Russian passport" and listing.rows[1].kind == "appointment"
    assert listing.rows[0].contact == "+79•••••••89"               # the phone first, masked
    assert listing.rows[1].contact == "••••5749"
    shown = json.dumps([r.__dict__ for r in listing.rows], ensure_ascii=False)
    for clear in ("9123456789", "9031112233", ENP, "Иванова"):
        assert clear not in shown
    assert [r.receipt_number for r in pending.pending(store, limit=2).rows] == [newest, booking]
    assert pending.pending(store, limit=2).total == 4


def test_an_empty_kiosk_lists_nothing(store):
    issue_ticket(store, "uly-1", "cat", kiosk_index=1)
    listing = pending.pending(store)
    assert listing.rows == [] and listing.total == 0


@pytest.mark.parametrize(("typed", "kind", "value"), [
    ("K7QW-3M2A-9X4P", "receipt", "K7QW-3M2A-9X4P"),
    ("https://status.example/r/k7qw3m2a9x4p\nmore", "receipt", "K7QW-3M2A-9X4P"),
    ("8 (912) 345-67-89", "phone", "9123456789"),
    ("+79123456789", "phone", "9123456789"),
    ("912 345 67 89", "phone", "9123456789"),
    ("2341 9980 7165 5749", "enp", ENP),
])
def test_what_the_clerk_types_is_told_apart(typed, kind, value):
    assert pending.search_kind(typed) == (kind, value)


@pytest.mark.parametrize("typed", ["", "Иванова", "12345", "+7 912 345"])
def test_anything_else_is_not_a_search(typed):
    with pytest.raises(pending.NotASearch):
        pending.search_kind(typed)


def test_search_by_phone_or_policy_number_finds_and_audits_without_the_value(store, caplog):
    caplog.set_level(logging.DEBUG)
    first = apply(store, 1)
    other = apply(store, 2, phone=OTHER_PHONE, enp=ENP)
    second = apply(store, 3, name="Петров Пётр")
    set_state(store, second, "rejected")
    booking = book(store, 4, ENP, "+79123456789")

    by_phone = pending.search(store, *pending.search_kind("8 912 345 67 89"), role="clerk")
    assert [r.receipt_number for r in by_phone.rows] == [booking, second, first]
    assert by_phone.by == "phone" and by_phone.total == 3
    by_enp = pending.search(store, *pending.search_kind(ENP), role="clerk")
    assert [r.receipt_number for r in by_enp.rows] == [booking, other]
    nobody = pending.search(store, "phone", "9990000000", role="clerk")
    assert nobody.rows == [] and nobody.total == 0

    assert audit_rows(store) == [
        {"role": "clerk", "action": "search_submissions", "target": "phone", "details": "3 found"},
        {"role": "clerk", "action": "search_submissions", "target": "enp", "details": "2 found"},
        {"role": "clerk", "action": "search_submissions", "target": "phone", "details": "0 found"}]
    # the store keeps no second copy of the values: only keyed hashes
    keys = json.dumps(store.query("SELECT * FROM clerk_lookup"))
    for clear in ("9123456789", "9031112233", ENP):
        assert clear not in keys and clear not in caplog.text


def test_the_search_keys_go_with_the_personal_data(store):
    delivered = apply(store, 1)
    booking = book(store, 2, ENP, "+79123456789")
    store.execute("UPDATE outbox SET state = 'accepted', delivered_at = ? WHERE receipt_number = ?",
                  [iso_utc(T0), delivered])
    assert outbox.purge_personal_data(store, 24, now=T0 + dt.timedelta(days=2)) == 1
    # the clinic connector clears an appointment's personal data once delivered
    store.execute("UPDATE clinic_appointments SET delivery = 'delivered', enp = NULL, birth_date = NULL,"
                  " phone = NULL WHERE receipt_number = ?", [booking])
    assert pending.search(store, "phone", "9123456789", role="clerk").rows == []
    assert pending.search(store, "enp", ENP, role="clerk").rows == []
    assert store.scalar("SELECT count(*) FROM clerk_lookup") == 0


def test_the_migration_keys_what_an_older_kiosk_stored(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Store(path, migrate=False)
    schema.apply_migrations(old.db, stop_before="m010_clerk_lookup")
    seed(old)
    item = outbox.enqueue(old, "application", {"service_id": "svc", "office_id": "uly-1",
                                               "fields": {"full_name": "Иванова", "phone": "+79123456789",
                                                          "enp": ENP, "receive_by": "mfc"}})
    old.close()
    with open_store(path) as upgraded:
        assert [r.receipt_number for r in pending.search(upgraded, "enp", ENP, role="clerk").rows] == [item.receipt_number]
        assert [r.receipt_number for r in pending.search(upgraded, "phone", "9123456789", role="clerk").rows] == [
            item.receipt_number]


def test_a_payload_the_keys_cannot_read_still_queues(store):
    item = outbox.enqueue(store, "application", {"service_id": "svc", "fields": ["not", "a", "form"]})
    assert outbox.get_by_receipt(store, item.receipt_number) is not None
    assert store.scalar("SELECT count(*) FROM clerk_lookup") == 0


def test_a_choice_is_shown_in_words_not_masked_as_personal_data(store):
    number = apply(store, 1)
    found = lookup.find(store, number, role="clerk")
    assert found is not None
    choice = next(v for v in found.personal if v.name == "receive_by")
    assert (choice.text("ru"), choice.text("en"), choice.personal) == ("Лично в МФЦ", "In person at the MFC", False)
    name = next(v for v in found.personal if v.name == "full_name")
    assert name.personal and "Иванова Мария" not in name.text("ru")
    lookup.unmask(store, number, role="clerk")
    assert audit_rows(store)[-1] == {"role": "clerk", "action": "unmask", "target": number, "details": "2 values"}
