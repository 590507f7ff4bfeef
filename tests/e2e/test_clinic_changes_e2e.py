"""Issue 16, finding 2: a booking's status follows the clinic.  Against the REAL backend process over
HTTP: the clinic cancels, moves, marks fulfilled / no-show / entered-in-error an appointment with a
FHIR ``PUT``; the kiosk's clinic sync pulls its own appointments (``_lastUpdated``) and the receipt
look-up says what the clinic says now, with when it changed.  A second kiosk sees none of it.
Clocks pinned: the kiosk's and the backend's run from :data:`NOW`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests

from kiosk import settings as ks
from kiosk.clinic import booking
from kiosk.clinic.fhir_client import FHIR_JSON
from kiosk.clinic.sync import K_USE_LEASES, background_clinic_sync, run_in_background
from kiosk.console import lookup
from kiosk.domain import clinic_time
from kiosk.services import status as st
from kiosk.sync import config as cfg
from offline_db.opening import open_store
from offline_db.store import Store
from tests.e2e.backend_proc import BackendProcess, running_backend
from tests.fhir_check import luhn_enp

pytestmark = [pytest.mark.e2e]

#: 14:20 in Ulyanovsk (UTC+4), where the demo clinics are
NOW = dt.datetime(2026, 12, 5, 10, 20, 5, tzinfo=dt.UTC)
CLINIC_TZ = ZoneInfo("Europe/Ulyanovsk")
BIRTH = dt.date(1975, 3, 14)
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")


@pytest.fixture
def backend(tmp_path: Path, pin_clock):
    pin_clock(NOW)
    with running_backend(tmp_path / "backend.db", reference="demo", kiosk_id=None, now=NOW) as backend:
        yield backend


def enrolled_store(path: Path, backend: BackendProcess, kiosk_id: str, *, leases: bool = True) -> tuple[Store, str]:
    """A kiosk store enrolled with the backend, and its token (the clinic's PUTs use it)."""
    token = backend.add_kiosk(kiosk_id)
    store = open_store(path)
    ks.put(store, "kiosk_id", kiosk_id)
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(path.parent, kiosk_id, token)))
    store.set_setting(K_USE_LEASES, leases)
    return store, token


def kiosk_sync(store: Store) -> Any:
    """One run of the kiosk's clinic sync, as the background sync does it."""
    sync = background_clinic_sync(store)
    assert sync is not None
    try:
        report = run_in_background(store, sync)
    finally:
        sync.client.close()
    assert report.ok, report.error
    return report


def clinic_changes(backend: BackendProcess, token: str, aid: str, **changes: Any) -> dict[str, Any]:
    """The clinic changes an appointment at the backend: read it, ``PUT`` it back changed (``If-Match``)."""
    url = f"{backend.base_url}/fhir/R4/Appointment/{aid}"
    auth = {"Authorization": f"Bearer {token}"}
    current = requests.get(url, headers=auth, timeout=10)
    assert current.status_code == 200, current.text
    body = {**current.json(), **changes}
    body.pop("meta")
    answer = requests.put(url, data=json.dumps(body), timeout=10,
                          headers={**auth, "Content-Type": FHIR_JSON, "If-Match": current.headers["ETag"]})
    assert answer.status_code == 200, answer.text
    return answer.json()


def said_when(resource: dict[str, Any]) -> str:
    """``5 декабря в 14:20``: the moment of a change in the clinic's time zone, as a Russian sentence says it."""
    moment = dt.datetime.fromisoformat(resource["meta"]["lastUpdated"].replace("Z", "+00:00")).astimezone(CLINIC_TZ)
    return f"{moment.day} {MONTHS_RU[moment.month - 1]} в {moment:%H:%M}"


def book(store: Store, n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` appointments on the earliest bookable slots of one doctor."""
    role = store.scalar("SELECT sc.practitioner_role_id FROM slots s JOIN schedules sc ON sc.id = s.schedule_id"
                        " WHERE s.leased_until IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    slots = booking.open_slots(store, role)
    return [booking.book(store, slots[k]["id"], booking.Patient(luhn_enp(seed + k), BIRTH)) for k in range(n)]


def test_a_cancellation_at_the_clinic_reaches_the_kiosk_and_no_other_kiosk(backend, tmp_path):
    store, token = enrolled_store(tmp_path / "a.sqlite3", backend, "kiosk-a")
    other, other_token = enrolled_store(tmp_path / "b.sqlite3", backend, "kiosk-b", leases=False)
    kiosk_sync(store)
    kiosk_sync(other)
    cancelled, kept = book(store, 2, 100)
    assert kiosk_sync(store).created == 2
    cancelled, kept = (booking.appointment(store, a["uuid"]) for a in (cancelled, kept))
    assert st.local_status(store, cancelled["receipt_number"]).words_ru == "Запись подтверждена."

    done = clinic_changes(backend, token, cancelled["server_id"], status="cancelled")

    # another kiosk's token: none of kiosk A's appointments, in a search or in its sync
    theirs = requests.get(f"{backend.base_url}/fhir/R4/Appointment", timeout=10,
                          params={"_lastUpdated": "gt1970-01-01T00:00:00Z"},
                          headers={"Authorization": f"Bearer {other_token}"}).json()
    assert theirs["total"] == 0 and "entry" not in theirs
    report_b = kiosk_sync(other)
    assert (report_b.pulled["Appointment"], report_b.clinic_changes) == (0, 0)

    report = kiosk_sync(store)
    assert report.clinic_changes == 1
    row = booking.appointment(store, cancelled["uuid"])
    assert (row["status"], row["clinic_change"]) == ("cancelled", "cancelled")
    assert row["clinic_changed_at"][:19] == done["meta"]["lastUpdated"][:19]  # when the clinic changed it
    assert said_when(done).startswith("5 декабря в 14:2")
    status = st.local_status(store, cancelled["receipt_number"])
    assert status.words_ru == (f"Запись отменена поликлиникой {said_when(done)}. "
                               "Чтобы попасть к врачу, запишитесь снова.")
    assert status.words_en.startswith("The polyclinic cancelled this appointment on 5 December at 14:2")
    assert status.book_again
    # the clerk's look-up by receipt number (and its reprint) says the same
    clerk = lookup.find(store, cancelled["receipt_number"], role="clerk")
    assert clerk is not None and clerk.local.words_ru == status.words_ru
    assert lookup.reprint_data(store, cancelled["receipt_number"], role="clerk")["service_ru"].endswith(
        status.words_ru)
    untouched = booking.appointment(store, kept["uuid"])
    assert (untouched["status"], untouched["clinic_change"]) == ("booked", None)
    # the slot is free again on the kiosk too (pulled before the appointments)
    assert store.scalar("SELECT status FROM slots WHERE id = ?", [cancelled["slot_id"]]) in ("free", "busy-tentative")

    again = kiosk_sync(store)  # nothing new: the cursor moved on
    assert (again.pulled["Appointment"], again.clinic_changes) == (0, 0)

    # the citizen's own cancel is not the clinic's
    booking.cancel(store, kept["uuid"])
    assert kiosk_sync(store).cancelled == 1
    own = booking.appointment(store, kept["uuid"])
    assert (own["status"], own["clinic_change"]) == ("cancelled", None)
    assert st.local_status(store, kept["receipt_number"]).words_ru == "Запись отменена."
    store.close()
    other.close()


def test_moved_fulfilled_no_show_and_struck_out_at_the_clinic(backend, tmp_path):
    store, token = enrolled_store(tmp_path / "a.sqlite3", backend, "kiosk-a")
    kiosk_sync(store)
    moved, seen, missed, wrong = book(store, 4, 200)
    kiosk_sync(store)
    moved, seen, missed, wrong = (booking.appointment(store, a["uuid"]) for a in (moved, seen, missed, wrong))
    # a free time of another doctor, two days later
    target = store.query(
        "SELECT s.id, s.start_utc, s.end_utc, r.practitioner_id FROM slots s JOIN schedules sc ON sc.id = s.schedule_id"
        " JOIN practitioner_roles r ON r.id = sc.practitioner_role_id WHERE s.status = 'free' AND s.start_utc > ?"
        " AND r.id <> ? ORDER BY s.start_utc LIMIT 1",
        [(NOW + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ"), moved["practitioner_role_id"]])[0]

    move = clinic_changes(backend, token, moved["server_id"], slot=[{"reference": f"Slot/{target['id']}"}],
                          start=target["start_utc"], end=target["end_utc"])
    visit = clinic_changes(backend, token, seen["server_id"], status="fulfilled")
    absent = clinic_changes(backend, token, missed["server_id"], status="noshow")
    struck = clinic_changes(backend, token, wrong["server_id"], status="entered-in-error")

    assert kiosk_sync(store).clinic_changes == 4
    row = booking.appointment(store, moved["uuid"])
    assert (row["status"], row["clinic_change"], row["slot_id"]) == ("booked", "rescheduled", target["id"])
    assert (row["start_utc"], row["previous_start_utc"]) == (target["start_utc"], moved["start_utc"])
    assert row["practitioner_id"] == target["practitioner_id"]
    status = st.local_status(store, moved["receipt_number"])
    new_when = clinic_time.when_words(target["start_utc"], "Europe/Ulyanovsk", "ru")
    old_when = clinic_time.when_words(moved["start_utc"], "Europe/Ulyanovsk", "ru")
    assert status.words_ru.startswith(f"Поликлиника перенесла запись {said_when(move)}. Новое время: {new_when}"
                                      f" (было: {old_when}).")
    assert new_when in status.service_ru and not status.book_again  # the new time and doctor in the title
    assert status.state == "booked"

    fulfilled = st.local_status(store, seen["receipt_number"])
    assert fulfilled.state == "fulfilled" and not fulfilled.book_again
    assert fulfilled.words_ru == f"Приём состоялся: так отметила поликлиника {said_when(visit)}."
    noshow = st.local_status(store, missed["receipt_number"])
    assert noshow.state == "noshow" and noshow.book_again
    assert noshow.words_ru.startswith(f"Поликлиника отметила {said_when(absent)}, что на приём не пришли.")
    error = st.local_status(store, wrong["receipt_number"])
    assert error.state == "cancelled" and error.book_again
    assert error.words_ru.startswith(f"Поликлиника аннулировала эту запись {said_when(struck)}")
    # the struck-out time is free again at the backend
    slot = requests.get(f"{backend.base_url}/fhir/R4/Slot/{wrong['slot_id']}", timeout=10,
                        headers={"Authorization": f"Bearer {token}"}).json()
    assert slot["status"] == "free"
    store.close()
