"""The FHIR storage interface (:class:`regional_backend.fhir.interface.FhirStorage`) on its own, without
HTTP: what each operation promises — leases with one holder, conditional create per kiosk, one
active appointment per slot even under concurrent bookings, version-guarded changes, searches by
:class:`Condition`.  Each test runs on SQLite and on PostgreSQL (``migrated_engine``); the races of several processes'
connections at once are in test_fhir_sql_store.py."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from mfc_rules.demo import demo_rows
from regional_backend import clock
from regional_backend.fhir.errors import FhirError
from regional_backend.fhir.interface import Condition, FhirStorage, Page
from regional_backend.fhir.leasing import LeasePolicy
from regional_backend.fhir.sql import SqlFhirStore

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 1, 21, 0, tzinfo=dt.UTC)  # the evening before the demo's first day of slots
ENP = ("https://mfc-kiosk.example/fhir/sid/enp", "1234567890123456")


@pytest.fixture
def fhir(migrated_engine: sa.Engine) -> Iterator[FhirStorage]:
    clock.set_pinned(NOW)
    try:
        store = SqlFhirStore(migrated_engine, LeasePolicy())
        rows = demo_rows(TODAY, now=NOW)
        store.load({t: rows[t] for t in ("clinics", "specialties", "practitioners", "practitioner_roles",
                                         "schedules", "slots")})
        yield store
    finally:
        clock.set_pinned(None)


def free_slots(store: FhirStorage, n: int) -> list[dict]:
    found, _ = store.search_slots([Condition("status", "in", ("free",)),
                                   Condition("start", ">", "2026-03-02T00:00:00.000000Z")], Page(count=n))
    return sorted(found[:n], key=lambda s: s["id"])


def book(store: FhirStorage, kiosk: str, slot: dict, ident: str, *, conditional: bool = True) -> tuple[dict, bool]:
    key = ("urn:ietf:rfc:3986", ident)
    return store.book(kiosk, {"resourceType": "Appointment", "status": "booked"}, key, slot["id"], ENP,
                      if_none_exist=key if conditional else None)


def test_leases_never_give_a_slot_two_holders_and_a_leased_slot_is_only_the_lessees(fhir: FhirStorage):
    first = {s["id"] for s in fhir.lease_slots("kiosk-a", share=0.5)}
    second = {s["id"] for s in fhir.lease_slots("kiosk-b", share=1.0)}
    assert first and second and not first & second
    for sid in first:
        slot = fhir.slot(sid)
        assert slot is not None and (slot["status"], slot["lease_kiosk"]) == ("busy-tentative", "kiosk-a")
    leased = fhir.slot(sorted(first)[0])
    with pytest.raises(FhirError) as refused:
        book(fhir, "kiosk-b", leased, "urn:uuid:b-1")
    assert refused.value.status == 409
    appt, created = book(fhir, "kiosk-a", leased, "urn:uuid:a-1")
    assert created and fhir.slot(leased["id"])["status"] == "busy"
    fhir.release_leases("kiosk-a")
    assert {fhir.slot(sid)["status"] for sid in first - {leased["id"]}} == {"free"}
    assert fhir.slot(leased["id"])["status"] == "busy"  # a booked slot is not given back by a release


def test_conditional_create_matches_only_the_kiosks_own_appointments(fhir: FhirStorage):
    slot, other = free_slots(fhir, 2)
    appt, created = book(fhir, "kiosk-a", slot, "urn:uuid:same")
    again, created_again = book(fhir, "kiosk-a", other, "urn:uuid:same")
    assert created and not created_again and again["id"] == appt["id"] and again["slot_id"] == slot["id"]
    assert fhir.slot(other["id"])["status"] == "free"
    for conditional, status in ((True, 412), (False, 409)):
        with pytest.raises(FhirError) as refused:
            book(fhir, "kiosk-b", other, "urn:uuid:same", conditional=conditional)
        assert refused.value.status == status
    assert fhir.appointment(appt["id"], "kiosk-b") is None
    assert fhir.appointment(appt["id"], "kiosk-a")["status"] == "booked"


def test_concurrent_bookings_of_one_slot_make_exactly_one_appointment(fhir: FhirStorage):
    slot = free_slots(fhir, 1)[0]
    outcomes: list[object] = []
    start = threading.Barrier(8)

    def attempt(n: int) -> None:
        start.wait()
        try:
            outcomes.append(book(fhir, f"kiosk-{n}", slot, f"urn:uuid:race-{n}")[1])
        except FhirError as exc:
            outcomes.append(exc.status)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes, key=str) == [409] * 7 + [True]
    mine = [fhir.search_appointments(f"kiosk-{n}", [Condition("slot", "=", slot["id"])], Page(10))[1]
            for n in range(8)]
    assert sum(mine) == 1


def test_a_change_is_guarded_by_the_version_a_move_swaps_slots_and_a_cancel_frees_the_slot(fhir: FhirStorage):
    slot, target = free_slots(fhir, 2)
    appt, _ = book(fhir, "kiosk-a", slot, "urn:uuid:move")
    data = dict(appt["data"])
    with pytest.raises(FhirError) as stale:
        fhir.change(appt["id"], "kiosk-a", {**data, "status": "cancelled"}, appt["version"] + 1)
    assert stale.value.status == 412
    with pytest.raises(FhirError) as foreign:
        fhir.change(appt["id"], "kiosk-b", {**data, "status": "cancelled"}, appt["version"])
    assert foreign.value.status == 404
    moved = fhir.change(appt["id"], "kiosk-a", {**data, "slot": [{"reference": f"Slot/{target['id']}"}]},
                        appt["version"])
    assert moved["slot_id"] == target["id"] and moved["version"] == appt["version"] + 1
    assert (fhir.slot(slot["id"])["status"], fhir.slot(target["id"])["status"]) == ("free", "busy")
    cancelled = fhir.change(appt["id"], "kiosk-a", {**moved["data"], "status": "cancelled"}, moved["version"])
    assert cancelled["status"] == "cancelled" and fhir.slot(target["id"])["status"] == "free"
    assert cancelled["last_updated"] > moved["last_updated"] > appt["last_updated"]


def test_searches_take_conditions_page_in_last_updated_order_and_count_all_matches(fhir: FhirStorage):
    roles, total = fhir.search_directory("PractitionerRole", [Condition("specialty", "=", "general-practice")],
                                         Page(count=2))
    assert total > 2 and len(roles) == 3  # one more than the page: there is a next page
    assert all(r["specialty_code"] == "general-practice" for r in roles)
    after = (roles[1]["_last_updated"], roles[1]["id"])
    rest, rest_total = fhir.search_directory("PractitionerRole", [Condition("specialty", "=", "general-practice")],
                                             Page(count=1000, after=after))
    assert rest_total == total and len(rest) == total - 2 and {r["id"] for r in rest}.isdisjoint(
        {roles[0]["id"], roles[1]["id"]})
    slot = free_slots(fhir, 1)[0]
    appt, _ = book(fhir, "kiosk-a", slot, "urn:uuid:find-me")
    by_patient = [Condition("patient", "token", ENP)]
    assert [a["id"] for a in fhir.search_appointments("kiosk-a", by_patient, Page(10))[0]] == [appt["id"]]
    assert fhir.search_appointments("kiosk-b", by_patient, Page(10)) == ([], 0)
    wrong_system = [Condition("patient", "token", ("urn:other", ENP[1]))]
    assert fhir.search_appointments("kiosk-a", wrong_system, Page(10)) == ([], 0)
