"""One queue per office (issue 16, finding 1): three REAL kiosk stores of one office and a REAL backend
process.  Online the numbers come from the office queue and every kiosk's console sees every
ticket and every call; offline each kiosk issues from the range the backend gave it at first
contact, and its tickets and calls merge into the office queue when it is back; a number two
tickets hold is refused (``ticket_clash``) and shown as a clash at every console; a kiosk of
another office is refused the queue."""

from __future__ import annotations

import datetime as dt
import threading
import uuid as uuidlib
from pathlib import Path

import pytest
import requests

from kiosk import settings as ks
from kiosk.console import queue_ops as q
from kiosk.domain import office_queue as oq
from kiosk.services import office_queue as office_service
from kiosk.services import status as status_service
from kiosk.services.queue import issue_ticket
from kiosk.sync import config as cfg
from kiosk.sync.core import make_engine
from offline_db.opening import open_store
from offline_db.store import Store
from tests.e2e.backend_proc import BackendProcess, running_backend

pytestmark = pytest.mark.e2e

NOW = dt.datetime(2026, 11, 16, 8, 0, tzinfo=dt.UTC)  # a Monday, 12:00 in Ulyanovsk


@pytest.fixture
def backend(tmp_path, pin_clock):
    pin_clock(NOW)
    with running_backend(tmp_path / "backend.db", reference="sample", kiosk_id=None, now=NOW) as backend:
        yield backend


def kiosk(tmp_path: Path, name: str, backend: BackendProcess, office: str = "off-1") -> Store:
    """A kiosk store enrolled with the backend, standing in ``office``, its reference data pulled."""
    home = tmp_path / name
    home.mkdir()
    store = open_store(home / "kiosk.sqlite3")
    ks.put(store, "kiosk_id", name)
    ks.put(store, "office_id", office)
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(home, name, backend.add_kiosk(name))))
    return store


def sync(store: Store) -> None:
    report = make_engine(store).run_once(ignore_schedule=True)
    assert report.ok, report.error


def issue_online(store: Store, category: str = "cat-docs") -> str:
    """What the ticket screen does online: the office queue's number, recorded at the kiosk."""
    office = ks.get(store, "office_id")
    number = office_service.office_number(status_service.remote_config(store), office, category)
    assert number is not None, "the office queue did not answer"
    return issue_ticket(store, office, category, kiosk_index=ks.get(store, "queue_kiosk_index"),
                        office_ticket=number).ticket


def issue_offline(store: Store, category: str = "cat-docs") -> str:
    return issue_ticket(store, ks.get(store, "office_id"), category,
                        kiosk_index=ks.get(store, "queue_kiosk_index")).ticket


def office(store: Store) -> oq.OfficeView:
    view = office_service.fetch(status_service.remote_config(store), ks.get(store, "office_id"))
    assert view.online, view.problem
    return view


def console(store: Store) -> dict:
    """What the clerk console shows online (``kiosk.ui.console.queue.office_view``)."""
    view = office(store)
    office_service.merge(store, ks.get(store, "office_id"), view)
    return q.overview(store, ks.get(store, "office_id"), office_tickets=oq.remote_tickets(view))


def outcomes(store: Store) -> dict[str, tuple[str, str | None]]:
    """Each local ticket's delivery: (outbox state, refusal code)."""
    return {r["ticket"]: (r["state"], r["reject_code"]) for r in store.query(
        "SELECT q.ticket, o.state, o.reject_code FROM queue_tickets q JOIN outbox o ON o.uuid = q.outbox_uuid")}


def test_three_kiosks_get_their_own_ranges_at_first_contact(tmp_path, backend):
    stores = [kiosk(tmp_path, f"kiosk-{n}", backend) for n in (1, 2, 3)]
    for store in stores:
        sync(store)
    # nobody set anything: the backend gave each kiosk of the office its own offline range
    assert sorted(ks.get(s, "queue_kiosk_index") for s in stores) == [1, 2, 3]
    # asking again (every later sync) keeps it
    sync(stores[0])
    assert ks.get(stores[0], "queue_kiosk_index") == 1
    # a kiosk that left: the administrator frees its range, and the next new kiosk gets it
    backend.cli("release-queue-range", "kiosk-1")
    newcomer = kiosk(tmp_path, "kiosk-4", backend)
    sync(newcomer)
    assert ks.get(newcomer, "queue_kiosk_index") == 1


def test_three_kiosks_online_share_one_queue_and_see_each_others_calls(tmp_path, backend):
    a, b, c = (kiosk(tmp_path, f"kiosk-{n}", backend) for n in "abc")
    for store in (a, b, c):
        sync(store)
    issued = [issue_online(s) for s in (a, b, c, a)] + [issue_online(b, "cat-family")]
    assert issued == ["A-001", "A-002", "A-003", "A-004", "B-001"]

    # every kiosk's console shows the whole office's queue, not only its own tickets
    for store in (a, b, c):
        docs = next(x for x in console(store)["categories"] if x.category_id == "cat-docs")
        assert (docs.waiting, docs.next_ticket) == (4, "A-001")

    # a call made at kiosk c is seen at kiosk a and b; the next call anywhere gets the next visitor
    called = office_service.act(status_service.remote_config(c), "off-1", "call_next", category_id="cat-docs", counter="5")
    assert called["ticket"] == "A-001"
    for store in (a, b):
        shown = console(store)
        assert [(t.ticket, t.counter) for t in shown["called"]] == [("A-001", "5")]
        assert next(x for x in shown["categories"] if x.category_id == "cat-docs").next_ticket == "A-002"
    assert office_service.act(status_service.remote_config(b), "off-1", "call_next", category_id="cat-docs", counter="7")["ticket"] == "A-002"
    # kiosk a issued A-001: its own record follows what the office did with it
    console(a)
    assert a.scalar("SELECT status || ' ' || counter FROM queue_tickets WHERE ticket = 'A-001'") == "called 5"

    # delivered later through the outbox: the same tickets, accepted, no clash
    for store in (a, b, c):
        sync(store)
        assert {state for state, _ in outcomes(store).values()} == {"accepted"}
    assert office(a).data["clashes"] == []


def test_office_numbers_are_taken_atomically_by_kiosks_asking_at_once(tmp_path, backend):
    stores = [kiosk(tmp_path, f"kiosk-{n}", backend) for n in (1, 2, 3)]
    configs = [status_service.remote_config(s) for s in stores]
    got: list[str] = []
    lock = threading.Lock()

    def ask(config) -> None:
        for _ in range(5):
            number = office_service.office_number(config, "off-1", "cat-docs")
            assert number is not None
            with lock:
                got.append(number.ticket)

    threads = [threading.Thread(target=ask, args=(c,)) for c in configs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(got) == [f"A-{n:03d}" for n in range(1, 16)]


def test_three_kiosks_offline_use_their_ranges_and_merge_when_back(tmp_path, backend):
    a, b, c = (kiosk(tmp_path, f"kiosk-{n}", backend) for n in "abc")
    for store in (a, b, c):
        sync(store)
    backend.stop()  # the office's line to the regional system is down
    assert office_service.office_number(status_service.remote_config(a), "off-1", "cat-docs") is None
    issued = {name: [issue_offline(s), issue_offline(s)] for name, s in (("a", a), ("b", b), ("c", c))}
    numbers = [n for pair in issued.values() for n in pair]
    assert len(set(numbers)) == 6, numbers  # six visitors, six numbers
    # kiosk b's clerk works offline on b's own tickets: the call travels as a queue_event
    called = q.call_next(b, "off-1", "cat-docs", "3", role="clerk")
    assert called is not None and called.ticket == issued["b"][0]

    backend.start()
    for store in (a, b, c):
        sync(store)
        assert {state for state, _ in outcomes(store).values()} == {"accepted"}
    view = office(c)
    assert sorted(t["ticket"] for t in view.data["tickets"]) == sorted(numbers)
    assert view.data["clashes"] == []
    shown = console(a)
    assert [(t.ticket, t.counter) for t in shown["called"]] == [(issued["b"][0], "3")]  # b's offline call, merged
    # online again: the next number comes from the office queue, after nothing anybody holds
    assert issue_online(a) == "A-001"


def test_a_number_two_tickets_hold_is_refused_and_every_console_shows_the_clash(tmp_path, backend):
    # two kiosks that issued before they ever reached the backend, both with the factory range
    a, b, c = (kiosk(tmp_path, f"kiosk-{n}", backend) for n in "abc")
    sync(c)
    for store in (a, b):
        make_engine(store).pull_dataset("offices")
        make_engine(store).pull_dataset("catalogue")
    first = issue_ticket(a, "off-1", "cat-docs", kiosk_index=1, now=NOW)
    second = issue_ticket(b, "off-1", "cat-docs", kiosk_index=1, now=NOW + dt.timedelta(minutes=3))
    assert first.ticket == second.ticket == "A-1001"

    sync(a)
    sync(b)
    assert outcomes(a) == {"A-1001": ("accepted", None)}
    assert outcomes(b) == {"A-1001": ("rejected", "ticket_clash")}
    reason = b.scalar("SELECT reject_reason_ru FROM outbox WHERE kind = 'queue_ticket'")
    assert "A-1001" in reason and "двух посетителей" in reason
    # the two kiosks now have their own ranges: their next offline tickets cannot clash
    assert ks.get(a, "queue_kiosk_index") != ks.get(b, "queue_kiosk_index")

    # every kiosk's console is told: a flag with both times, never a second A-1001 in the queue
    for store in (a, b, c):
        view = office(store)
        assert [x["ticket"] for x in view.data["clashes"]] == ["A-1001"]
        assert view.data["clashes"][0]["first_issued_at"].startswith("2026-11-16T08:00")
        assert view.data["clashes"][0]["issued_at"].startswith("2026-11-16T08:03")
        assert [t["ticket"] for t in view.data["tickets"]] == ["A-1001"]
    # offline, kiosk b's console still knows from its own refused delivery
    assert [x["ticket"] for x in office_service.local_clashes(b, "off-1", "2026-11-16")] == ["A-1001"]


def test_a_kiosk_of_another_office_is_refused_the_queue(tmp_path, backend):
    here, there = kiosk(tmp_path, "kiosk-1", backend), kiosk(tmp_path, "kiosk-far", backend, office="off-2")
    sync(here)
    sync(there)
    issue_online(here)
    token = cfg.read_token(there.get_setting(cfg.K_TOKEN_FILE))
    headers = {"Authorization": f"Bearer {token}"}
    for method, path, body in (
            ("GET", "/api/v1/offices/off-1/queue", None),
            ("POST", "/api/v1/offices/off-1/queue/tickets", {"uuid": str(uuidlib.uuid4()), "category_id": "cat-docs"}),
            ("POST", "/api/v1/offices/off-1/queue/call-next", {"category_id": "cat-docs", "counter": "1"}),
            ("POST", "/api/v1/offices/off-1/queue/tickets/actions", {"ticket": "A-001", "action": "served"}),
            ("POST", "/api/v1/queue/enrol", {"office_id": "off-1"})):
        r = requests.request(method, backend.url(path), headers=headers, timeout=10, json=body)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["error"]["code"] == "other_office"
        assert "A-001" not in r.text
    # the kiosk itself says so rather than showing another office's visitors
    assert office_service.fetch(status_service.remote_config(there), "off-1").problem == "other_office"
    # its own office's queue is its to see
    assert office(there).data["office_id"] == "off-2"
    # after all of that, the office's queue is as it was
    assert [t["status"] for t in office(here).data["tickets"]] == ["waiting"]
    # its office setting changed to off-2: the backend keeps it at off-1 (until the administrator releases
    # its range); the kiosk logs that, keeps its range, and sync is not paused as if its token were revoked
    index = ks.get(here, "queue_kiosk_index")
    ks.put(here, "office_id", "off-2")
    report = make_engine(here).run_once(ignore_schedule=True)
    assert report.ok and not report.paused, report.error
    assert ks.get(here, "queue_kiosk_index") == index
