"""E-clinic booking against the REAL backend process: two kiosks with separate stores book offline
(200 each) and then sync; a lost answer; a cancel racing a sync.  Every FHIR answer the kiosks get
is validated with fhir.resources (R4B models)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk import settings as ks
from kiosk.clinic import booking
from kiosk.clinic.fhir_client import FhirClient
from kiosk.clinic.sync import K_SHARE, K_USE_LEASES, ClinicSync
from kiosk.sync import config as cfg
from offline_db.opening import open_store
from offline_db.store import Store
from tests.e2e.backend_proc import BackendProcess
from tests.fhir_check import luhn_enp, validate

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BIRTH = dt.date(1975, 3, 14)


class Validated:
    """Validates every FHIR JSON answer with fhir.resources before the connector sees it (the
    client's transport reads each answer whole and bounded; the check wraps what it returns)."""

    count = 0

    @classmethod
    def client(cls, store: Store) -> FhirClient:
        client = FhirClient(cfg.load(store))
        plain = client.transport.request

        def request(*args: Any, **kwargs: Any) -> Any:
            reply = plain(*args, **kwargs)
            if reply.headers.get("content-type", "").startswith("application/fhir+json"):
                validate(reply.json())
                cls.count += 1
            return reply

        client.transport.request = request  # type: ignore[method-assign]
        return client


def kiosk_store(path: Path, backend: BackendProcess, kiosk_id: str, *, leases: bool, share: float = 0.5) -> Store:
    token = backend.add_kiosk(kiosk_id)
    store = open_store(path)
    token_path = cfg.write_token(path.parent, kiosk_id, token)
    ks.put(store, "kiosk_id", kiosk_id)
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(token_path))
    store.set_setting(K_USE_LEASES, leases)
    store.set_setting(K_SHARE, share)
    return store


def connector(store: Store) -> ClinicSync:
    return ClinicSync(store, Validated.client(store))


def sync_in_thread(path: Path) -> Callable[[], Any]:
    """Sync a kiosk store from another thread (its own connection), as two kiosks would at once."""
    result: dict[str, Any] = {}

    def run() -> None:
        with open_store(path) as store:
            result["report"] = connector(store).run()

    thread = threading.Thread(target=run)
    thread.start()

    def join() -> Any:
        thread.join(120)
        return result["report"]

    return join


def book_many(store: Store, roles: list[str], n: int, seed: int) -> list[dict[str, Any]]:
    """Book ``n`` appointments over ``roles`` (earliest bookable slots first, round robin)."""
    made = []
    queues = {r: booking.open_slots(store, r) for r in roles}
    k = 0
    while len(made) < n and any(queues.values()):
        role = roles[k % len(roles)]
        k += 1
        if not queues[role]:
            continue
        slot = queues[role].pop(0)
        made.append(booking.book(store, slot["id"], booking.Patient(luhn_enp(seed + len(made)), BIRTH)))
    assert len(made) == n, f"only {len(made)} bookable slots"
    return made


def backend_appointments(backend: BackendProcess) -> list[tuple]:
    return backend.query("SELECT ident_value, slot_id, status, kiosk_id FROM fhir_appointments")


def double_bookings(backend: BackendProcess) -> int:
    rows = [r for r in backend_appointments(backend) if r[2] != "cancelled"]
    return len(rows) - len({r[1] for r in rows})


@pytest.fixture
def demo_backend(backend_factory):
    return backend_factory("clinic", reference="demo", kiosk_id=None)


def _busiest_roles(store: Store, count: int) -> list[str]:
    return [r[0] for r in store.execute(
        "SELECT sc.practitioner_role_id FROM slots s JOIN schedules sc ON sc.id = s.schedule_id"
        " WHERE s.status = 'free' GROUP BY sc.practitioner_role_id ORDER BY count(*) DESC LIMIT ?", [count])]


def test_two_offline_kiosks_lease_and_provisional_never_double_book(demo_backend, tmp_path):
    backend = demo_backend
    path_a, path_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    store_b = kiosk_store(path_b, backend, "kiosk-b", leases=False)
    report_b = connector(store_b).run()  # B pulls everything first: it sees slots free that A will lease
    assert report_b.ok and report_b.mode == "provisional" and report_b.pulled["Slot"] > 1000
    store_a = kiosk_store(path_a, backend, "kiosk-a", leases=True, share=0.6)
    report_a = connector(store_a).run()
    assert report_a.ok and report_a.mode == "lease" and report_a.leased > 400

    roles = _busiest_roles(store_a, 12)
    backend.stop()  # both kiosks offline
    booked_a = book_many(store_a, roles, 200, 10_000)
    booked_b = book_many(store_b, roles, 200, 20_000)
    assert {a["status"] for a in booked_a} == {"booked"}      # leased: confirmed on screen
    assert {b["status"] for b in booked_b} == {"requested"}   # provisional: a request
    overlap = {a["slot_id"] for a in booked_a} & {b["slot_id"] for b in booked_b}
    store_a.close()
    store_b.close()

    backend.start()
    join_a, join_b = sync_in_thread(path_a), sync_in_thread(path_b)
    ra, rb = join_a(), join_b()
    assert ra.ok and rb.ok, (ra.error, rb.error)

    assert double_bookings(backend) == 0
    with open_store(path_a) as a, open_store(path_b) as b:
        rows_a = a.query("SELECT status, delivery, server_id, enp FROM clinic_appointments")
        rows_b = b.query("SELECT status, delivery, alternatives, slot_id, enp FROM clinic_appointments")
    assert len(rows_a) == 200 and all(r["status"] == "booked" and r["delivery"] == "delivered" for r in rows_a)
    assert all(r["enp"] is None for r in rows_a + rows_b)  # personal data gone once delivered
    assert len(rows_b) == 200 and all(r["delivery"] == "delivered" for r in rows_b)
    assert {r["status"] for r in rows_b} <= {"booked", "refused"}
    refused = [r for r in rows_b if r["status"] == "refused"]
    assert {r["slot_id"] for r in refused} >= overlap  # every slot A had leased went to A
    assert all(r["alternatives"] != "[]" for r in refused)
    server = backend_appointments(backend)
    assert len(server) == 200 + (200 - len(refused))
    assert Validated.count > 400


def test_plain_fhir_server_two_provisional_kiosks_resolve_every_request(backend_factory, tmp_path):
    backend = backend_factory("plain", reference="demo", kiosk_id=None, env={"RB_FHIR_LEASES": "0"})
    paths = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"]
    stores = [kiosk_store(p, backend, f"kiosk-{n}", leases=True) for n, p in enumerate(paths)]
    for store in stores:
        report = connector(store).run()
        assert report.ok and report.mode == "provisional"  # the server offers no leases
    roles = _busiest_roles(stores[0], 10)
    backend.stop()
    made = [book_many(store, roles, 200, 1000 * (n + 1)) for n, store in enumerate(stores)]
    assert {a["slot_id"] for a in made[0]} == {b["slot_id"] for b in made[1]}  # the very same slots
    for store in stores:
        store.close()
    backend.start()
    joins = [sync_in_thread(p) for p in paths]
    reports = [j() for j in joins]
    assert all(r.ok for r in reports), [r.error for r in reports]
    assert double_bookings(backend) == 0
    outcomes = []
    for p in paths:
        with open_store(p) as s:
            outcomes += s.query("SELECT status, delivery FROM clinic_appointments")
    assert all(o["delivery"] == "delivered" and o["status"] in ("booked", "refused") for o in outcomes)
    assert sum(o["status"] == "booked" for o in outcomes) == 200 == len(backend_appointments(backend))


def test_a_booking_retried_after_a_lost_answer_creates_one_appointment(backend_factory, tmp_path):
    backend = backend_factory("faults", reference="demo", kiosk_id=None, faults=True)
    store = kiosk_store(tmp_path / "k.sqlite3", backend, "kiosk-f", leases=True)
    assert connector(store).run().ok
    role = _busiest_roles(store, 1)[0]
    made = booking.book(store, booking.open_slots(store, role)[0]["id"], booking.Patient(luhn_enp(5), BIRTH))
    backend.inject_fault(503, 1, path_prefix="/fhir/R4/Appointment", after_handler=True)
    first = connector(store).run()
    assert first.error and "503" in first.error
    assert booking.appointment(store, made["uuid"])["delivery"] == "pending"
    second = connector(store).run()
    assert second.ok and second.matched == 1 and second.created == 0
    server = [r for r in backend_appointments(backend) if r[0] == f"urn:uuid:{made['uuid']}"]
    assert len(server) == 1
    assert booking.appointment(store, made["uuid"])["status"] == "booked"


def test_a_cancel_racing_a_sync_has_one_outcome_on_kiosk_and_backend(demo_backend, tmp_path):
    backend = demo_backend
    path = tmp_path / "k.sqlite3"
    store = kiosk_store(path, backend, "kiosk-r", leases=True)
    assert connector(store).run().ok
    role = _busiest_roles(store, 1)[0]
    slots = booking.open_slots(store, role)
    racing = booking.book(store, slots[0]["id"], booking.Patient(luhn_enp(7), BIRTH))
    early = booking.book(store, slots[1]["id"], booking.Patient(luhn_enp(8), BIRTH))
    booking.cancel(store, early["uuid"])  # cancelled before any sync: never sent
    sync = connector(store)
    outcomes: list[str] = []

    def cancel_meanwhile(uid: str) -> None:
        # the citizen cancels on the kiosk's DB worker while the create is on the wire
        with open_store(path) as ui:
            outcomes.append(booking.cancel(ui, uid)["status"])

    sync.after_post = cancel_meanwhile
    report = sync.run()
    assert report.ok and report.created == 1 and report.cancelled == 1
    assert outcomes == ["cancelled"]
    row = booking.appointment(store, racing["uuid"])
    assert (row["status"], row["cancel_state"]) == ("cancelled", "delivered")
    server = {r[0]: r for r in backend_appointments(backend)}
    assert server[f"urn:uuid:{racing['uuid']}"][2] == "cancelled"
    assert f"urn:uuid:{early['uuid']}" not in server
    assert booking.appointment(store, early["uuid"])["delivery"] == "not_sent"
    slot = requests.get(f"{backend.base_url}/fhir/R4/Slot/{slots[0]['id']}",
                        headers={"Authorization": f"Bearer {backend.add_kiosk('probe')}"}, timeout=5).json()
    # back in the pool: free, or leased again to this kiosk by the same run's lease renewal
    assert slot["status"] in ("free", "busy-tentative")
    store.close()
