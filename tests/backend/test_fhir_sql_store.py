"""The FHIR store on SQLAlchemy Core (regional_backend.fhir.sql.SqlFhirStore) on SQLite and on
PostgreSQL, beyond what test_backend_fhir_storage.py asserts: lease expiry, reloads, one kiosk-day
of calls with the answers the store before the switch (SqliteFhirStore) gave, and races -- several
threads, each on its own connection, released at once by a barrier (the serialisation each race
needs is named in its test)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from mfc_rules.demo import demo_rows
from regional_backend import clock
from regional_backend.fhir.errors import FhirError
from regional_backend.fhir.interface import Condition, FhirStorage, Page
from regional_backend.fhir.leasing import LeasePolicy
from regional_backend.fhir.sql import SqlFhirStore
from tests.backend.test_backend_fhir_storage import ENP, NOW, TODAY, book, free_slots

DIRECTORY = ("clinics", "specialties", "practitioners", "practitioner_roles", "schedules", "slots")


def demo() -> dict[str, list[dict[str, Any]]]:
    rows = demo_rows(TODAY, now=NOW)
    return {t: rows[t] for t in DIRECTORY}


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.set_pinned(NOW)
    yield
    clock.set_pinned(None)


@pytest.fixture
def fhir(migrated_engine: sa.Engine, pinned: None) -> SqlFhirStore:
    store = SqlFhirStore(migrated_engine, LeasePolicy())
    store.load(demo())
    return store


def race(workers: int, job: Callable[[int], Any]) -> list[tuple[str, Any]]:
    """``job(n)`` on ``workers`` threads released at once (each store call takes its own pooled
    connection); each outcome is ("ok", value) or ("error", the exception)."""
    gate = threading.Barrier(workers)
    outcomes: list[tuple[str, Any]] = []
    lock = threading.Lock()

    def run(n: int) -> None:
        gate.wait()
        try:
            outcome: tuple[str, Any] = ("ok", job(n))
        except Exception as exc:  # noqa: BLE001 -- the test asserts which exceptions came back
            outcome = ("error", exc)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(outcomes) == workers
    return outcomes


# --- leases running out, reloads -----------------------------------------------------------------------

def test_a_lease_runs_out_after_its_grace_and_the_slot_returns_to_the_pool(migrated_engine: sa.Engine,
                                                                             pinned: None):
    store = SqlFhirStore(migrated_engine, LeasePolicy(ttl_s=60, grace_s=60))
    store.load(demo())
    held = store.lease_slots("kiosk-a", count=3)
    assert len(held) == 3 and store.return_expired_leases() == 0
    # Relative to the lease's end, not to NOW: loading the demo takes a second or more under load.
    until = dt.datetime.fromisoformat(held[0]["lease_until"].replace("Z", "+00:00"))
    clock.set_pinned(until + dt.timedelta(seconds=59))
    assert store.return_expired_leases() == 0
    clock.set_pinned(until + dt.timedelta(seconds=61))
    assert store.return_expired_leases() == 3
    assert {store.slot(s["id"])["status"] for s in held} == {"free"}


def test_reloading_an_unchanged_directory_writes_nothing_and_a_changed_row_gets_a_new_version(fhir: SqlFhirStore):
    assert fhir.load(demo()) == 0
    rows = demo()
    rows["clinics"][0] = {**rows["clinics"][0], "phone": "+7 8422 00-00-00"}
    before = fhir.directory_entry("Organization", rows["clinics"][0]["id"])
    assert fhir.load(rows) == 1
    after = fhir.directory_entry("Organization", rows["clinics"][0]["id"])
    assert after["phone"] == "+7 8422 00-00-00" and after["_version"] == before["_version"] + 1
    assert after["_last_updated"] > before["_last_updated"]


# --- one kiosk-day of calls: the answers SqliteFhirStore gave (compared call by call until the switch) ----------------------------------------------------------

class Frozen:
    """The backend's clock stopped at a moment (both stores read it through ``clock.now``)."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def session(store: FhirStorage, at: Frozen) -> list[Any]:
    """A kiosk-day of calls; every answer (or refusal) in order, appointment ids by their order."""
    out: list[Any] = [store.load(demo()), store.specialty("general-practice"),
                      store.directory_entry("PractitionerRole", "role-ul-001")]
    out.append(store.search_directory("PractitionerRole", [Condition("specialty", "=", "general-practice")], Page(3)))
    out += [store.search_directory("Schedule", [Condition("active", "=", active)], Page(3)) for active in (True, False)]
    a = store.lease_slots("kiosk-a", share=0.5)
    b = store.lease_slots("kiosk-b", count=3)
    out += [a, b]
    free, total = store.search_slots([Condition("status", "in", ("free",)), Condition("role", "=", "role-ul-002"),
                                      Condition("start", ">=", "2026-03-03T00:00:00.000000Z")], Page(5))
    out.append((free, total))
    after = (free[4]["last_updated"], free[4]["id"])
    out.append(store.search_slots([Condition("role", "=", "role-ul-002")], Page(5, after=after)))
    ids: dict[str, str] = {}

    def call(fn: Callable[[], Any]) -> Any:
        try:
            result = fn()
        except FhirError as exc:
            return ("refused", exc.status, exc.code, exc.message, exc.message_ru, exc.extra)
        appt = result[0] if isinstance(result, tuple) else result
        ids.setdefault(appt["id"], f"appointment-{len(ids)}")
        return ids[appt["id"]], {**appt, "id": ids[appt["id"]]}, result[1] if isinstance(result, tuple) else None

    first = call(lambda: book(store, "kiosk-a", a[0], "urn:uuid:one"))
    out += [first, call(lambda: book(store, "kiosk-a", a[1], "urn:uuid:one")),
            call(lambda: book(store, "kiosk-b", b[0], "urn:uuid:two")),
            call(lambda: book(store, "kiosk-b", free[0], "urn:uuid:one", conditional=False))]
    aid = next(real for real, alias in ids.items() if alias == "appointment-0")
    appt = store.appointment(aid, "kiosk-a")
    moved = call(lambda: store.change(aid, "kiosk-a", {**appt["data"], "slot": [{"reference": f"Slot/{free[1]['id']}"}]},
                                      appt["version"]))
    out += [moved, call(lambda: store.change(aid, "kiosk-a", {**appt["data"], "status": "cancelled"}, appt["version"]))]
    current = store.appointment(aid, "kiosk-a")
    out.append(call(lambda: store.change(aid, "kiosk-a", {**current["data"], "status": "cancelled"}, current["version"])))
    out += [store.slot(s["id"]) for s in (a[0], free[0], free[1])]
    store.release_leases("kiosk-a")
    out.append(store.search_slots([Condition("status", "in", ("busy-tentative",))], Page(100)))
    at.moment += dt.timedelta(days=3)
    out += [store.return_expired_leases(), store.search_slots([Condition("id", "in", tuple(s["id"] for s in b))],
                                                              Page(10))]
    found, n = store.search_appointments("kiosk-a", [Condition("patient", "token", ENP)], Page(10))
    out.append(([{**f, "id": ids[f["id"]]} for f in found], n))
    return out


def test_a_kiosk_day_of_calls_gets_the_answers_the_store_before_the_switch_gave(migrated_engine: sa.Engine,
                                                                                monkeypatch: pytest.MonkeyPatch):
    at = Frozen(NOW)
    monkeypatch.setattr(clock, "now", at)
    today = session(SqlFhirStore(migrated_engine, LeasePolicy()), at)
    assert (len(today[4][0]), today[4][1], today[5]) == (4, 40, ([], 0))  # Schedule?active=true|false (json)
    free, total = today[8]
    assert total > 5 and free[0]["start"] >= "2026-03-03T04:00:00.000000Z" and free[0]["start"].endswith(".000000Z")
    booked, matched, other, refused = today[10:14]
    assert (booked[2], matched[2], matched[0], other[2]) == (True, False, "appointment-0", True)
    assert refused[:2] == ("refused", 409)
    moved, stale, cancelled = today[14:17]
    assert moved[1]["version"] == 2 and stale[:2] == ("refused", 412) and cancelled[1]["status"] == "cancelled"


# --- races: 8 threads at once, each call on its own pooled connection ---------------------------------

@pytest.fixture
def racing(fhir: SqlFhirStore, migrated_engine: sa.Engine) -> Iterator[SqlFhirStore]:
    """The loaded store on an engine keeping 8 connections, all opened beforehand, so that 8 threads
    released at once really overlap (not queue behind connections being opened)."""
    from regional_backend.db.engine import open_engine

    engine = open_engine(migrated_engine.url.render_as_string(hide_password=False), pool_size=8)
    with contextlib.ExitStack() as opened:
        for _ in range(8):
            opened.enter_context(engine.connect())
    yield SqlFhirStore(engine, fhir.policy)
    engine.dispose()


def errors(outcomes: list[tuple[str, Any]]) -> list[str]:
    """The refusals, sorted: a FhirError as its status, anything else as its repr (a test failing)."""
    return sorted(str(value.status) if isinstance(value, FhirError) else repr(value)[:80]
                  for kind, value in outcomes if kind == "error")


def test_eight_kiosks_leasing_at_once_each_get_their_own_slots(racing: SqlFhirStore, migrated_engine: sa.Engine):
    """PostgreSQL: leasing kiosks take turns on an advisory lock; without it they all pick the same
    earliest slots and all but one end up with fewer than they asked for."""
    outcomes = race(8, lambda n: racing.lease_slots(f"kiosk-{n}", count=5))
    assert errors(outcomes) == []
    leases = [[s["id"] for s in value] for _, value in outcomes]
    assert [len(ids) for ids in leases] == [5] * 8
    assert len({sid for ids in leases for sid in ids}) == 40  # no slot in two leases
    with migrated_engine.connect() as conn:
        holders = conn.execute(sa.text("SELECT lease_kiosk, count(*) FROM fhir_slots"
                                       " WHERE status = 'busy-tentative' GROUP BY lease_kiosk")).all()
    assert sorted(holders) == [(f"kiosk-{n}", 5) for n in range(8)]


def test_eight_bookings_of_one_slot_at_once_make_one_appointment_and_seven_conflicts(racing: SqlFhirStore):
    """PostgreSQL: the slot's row is read FOR UPDATE; without it the losers hit the unique index
    (an IntegrityError, not the 409 a kiosk understands)."""
    slot = free_slots(racing, 1)[0]
    outcomes = race(8, lambda n: book(racing, f"kiosk-{n}", slot, f"urn:uuid:race-{n}")[1])
    assert errors(outcomes) == ["409"] * 7 and [value for kind, value in outcomes if kind == "ok"] == [True]
    assert racing.double_bookings() == 0 and racing.slot(slot["id"])["status"] == "busy"
    assert sum(racing.search_appointments(f"kiosk-{n}", [Condition("slot", "=", slot["id"])], Page(10))[1]
               for n in range(8)) == 1


def test_eight_conditional_creates_of_one_identifier_at_once_make_one_appointment(racing: SqlFhirStore):
    """One kiosk sends the same booking 8 times at once (retries), each naming another slot: one
    appointment, the other 7 answers are it.  PostgreSQL: an advisory lock per identifier; without
    it each create finds no match and 8 appointments are made."""
    spots = free_slots(racing, 8)
    outcomes = race(8, lambda n: book(racing, "kiosk-a", spots[n], "urn:uuid:retried"))
    assert errors(outcomes) == []
    answers = [value for _, value in outcomes]
    assert len({appt["id"] for appt, _ in answers}) == 1 and sorted(created for _, created in answers) == [False] * 7 + [True]
    found, total = racing.search_appointments("kiosk-a", [Condition("identifier", "token", ("urn:ietf:rfc:3986",
                                                                                           "urn:uuid:retried"))], Page(10))
    assert total == 1
    assert sorted(racing.slot(s["id"])["status"] for s in spots) == ["busy"] + ["free"] * 7


def test_eight_changes_with_one_if_match_at_once_one_applies_and_seven_are_stale(racing: SqlFhirStore):
    """PostgreSQL: the appointment's row FOR UPDATE, and UPDATE … WHERE version = the one checked."""
    slot = free_slots(racing, 1)[0]
    appt, _ = book(racing, "kiosk-a", slot, "urn:uuid:cancel-me")
    cancel = {**appt["data"], "status": "cancelled"}
    outcomes = race(8, lambda n: racing.change(appt["id"], "kiosk-a", cancel, appt["version"])["version"])
    assert errors(outcomes) == ["412"] * 7 and [v for k, v in outcomes if k == "ok"] == [2]
    assert racing.slot(slot["id"])["status"] == "free"


def test_writers_at_once_get_distinct_instants_from_the_clock(racing: SqlFhirStore, monkeypatch: pytest.MonkeyPatch):
    """The clock stopped: every instant is the last one plus 1 µs, so 8 bookings at once get 8
    distinct instants only if the clock's row serialises them (PostgreSQL: UPDATE … RETURNING)."""
    spots = free_slots(racing, 8)
    monkeypatch.setattr(clock, "now", Frozen(NOW))
    outcomes = race(8, lambda n: book(racing, f"kiosk-{n}", spots[n], f"urn:uuid:clock-{n}")[0]["last_updated"])
    assert errors(outcomes) == []
    stamps = sorted(value for _, value in outcomes)
    assert len(set(stamps)) == 8 and all(s > "2026-03-01T21:00:00" for s in stamps)


def test_leases_bookings_moves_cancels_and_releases_at_once_never_deadlock_or_double_book(racing: SqlFhirStore):
    """8 kiosks at once, 4 rounds each: lease, book their own leased slot, book and move onto slots
    every kiosk wants, cancel, release.  The only refusals are 409s (a slot taken); no deadlock
    (every write locks in one order: advisory locks, rows, the clock last); no slot double-booked,
    none both leased and booked."""
    wanted = free_slots(racing, 5)  # booked by one kiosk while another moves onto it

    def kiosk_day(n: int) -> list[str]:
        kiosk, refused = f"kiosk-{n}", []
        for r in range(4):
            leased = racing.lease_slots(kiosk, count=3)
            mine, _ = book(racing, kiosk, leased[0], f"urn:uuid:{n}-{r}-own")
            for sid, step in ((wanted[r]["id"], "book"), (wanted[r + 1]["id"], "move")):
                try:
                    if step == "book":
                        book(racing, kiosk, {"id": sid}, f"urn:uuid:{n}-{r}-wanted")
                    elif mine["slot_id"] != sid:  # (its lease may have given it this very slot)
                        racing.change(mine["id"], kiosk, {**mine["data"], "slot": [{"reference": f"Slot/{sid}"}]},
                                      mine["version"])
                        mine = racing.appointment(mine["id"], kiosk)
                except FhirError as exc:
                    refused.append(str(exc.status))
            racing.change(mine["id"], kiosk, {**mine["data"], "status": "cancelled"}, mine["version"])
            racing.release_leases(kiosk)
        return refused

    outcomes = race(8, kiosk_day)
    assert errors(outcomes) == []
    assert {status for _, refused in outcomes for status in refused} <= {"409"}
    assert racing.double_bookings() == 0
    with racing.engine.connect() as conn:
        wrong = conn.execute(sa.text(
            "SELECT count(*) FROM fhir_slots s JOIN fhir_appointments a ON a.slot_id = s.id"
            " WHERE a.status = 'booked' AND s.status <> 'busy'")).scalar_one()
        leased = conn.execute(sa.text("SELECT count(*) FROM fhir_slots WHERE status = 'busy-tentative'")).scalar_one()
    assert (wrong, leased) == (0, 0)


# --- the index the free-slot search uses ----------------------------------------------------------------

def test_the_free_slot_search_by_role_and_start_uses_the_partial_index_on_postgresql(pg_url: str, pinned: None):
    """``Slot?schedule.actor=PractitionerRole/…&status=free&start=ge…`` on 24 000 slots of 60 roles:
    both statements of the search (the count and the page) read ``fhir_slots_free_by_role``."""
    from regional_backend.db import migrate
    from regional_backend.db.engine import open_engine
    from regional_backend.db.tables.fhir import fhir_slots

    engine = open_engine(pg_url)
    try:
        migrate.upgrade(engine)
        start = dt.datetime(2026, 3, 2, 4, tzinfo=dt.UTC)
        rows = [{"id": f"slot-{r}-{k}", "schedule_id": f"sch-{r}", "role_id": f"role-{r}", "practitioner_id": f"pr-{r}",
                 "specialty": "general-practice", "start": start + dt.timedelta(minutes=15 * k),
                 "end": start + dt.timedelta(minutes=15 * k + 15), "status": ("free", "busy", "busy")[k % 3],
                 "version": 1, "last_updated": NOW} for r in range(60) for k in range(400)]
        with engine.begin() as conn:
            conn.execute(sa.insert(fhir_slots), rows)
            conn.exec_driver_sql("ANALYZE fhir_slots")
        ran: list[tuple[str, Any]] = []

        def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
            if "FROM fhir_slots" in statement and "role_id" in statement:
                ran.append((statement, parameters))

        sa.event.listen(engine, "before_cursor_execute", capture)
        found, total = SqlFhirStore(engine).search_slots(
            [Condition("role", "=", "role-7"), Condition("status", "in", ("free",)),
             Condition("start", ">=", "2026-03-04T00:00:00.000000Z")], Page(20))
        sa.event.remove(engine, "before_cursor_execute", capture)
        assert len(found) == 21 and total > 21 and {s["status"] for s in found} == {"free"}
        assert len(ran) == 2
        with engine.connect() as conn:
            plans = [conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars().all()
                     for statement, parameters in ran]
        for plan in plans:
            assert any("fhir_slots_free_by_role" in line for line in plan), "\n".join(plan)
    finally:
        engine.dispose()
