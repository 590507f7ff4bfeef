"""The kiosks store (regional_backend.stores.kiosks) on SQLite and on PostgreSQL: the same behaviour
the SqliteStorage tests assert for kiosks, tokens and wrong-token counts, plus races."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from regional_backend import clock
from regional_backend.db.tables.kiosks import auth_failures, kiosks
from regional_backend.stores.kiosks import Kiosk, KioskExists, KioskStore

T0 = dt.datetime(2026, 11, 21, 9, 30, 0, 125000, tzinfo=dt.UTC)


@pytest.fixture
def store(migrated_engine: sa.Engine) -> KioskStore:
    return KioskStore(migrated_engine)


@pytest.fixture
def at() -> Iterator[Callable[[dt.datetime], None]]:
    """``at(moment)``: the backend's clock reads ``moment`` until the end of the test."""
    yield clock.set_pinned
    clock.set_pinned(None)


def race(workers: int, job: Callable[[], Any]) -> list[tuple[str, Any]]:
    """Run ``job`` on ``workers`` threads released at once; each outcome is ("ok", value) or
    ("error", the exception)."""
    gate = threading.Barrier(workers)
    outcomes: list[tuple[str, Any]] = []
    lock = threading.Lock()

    def run() -> None:
        gate.wait()
        try:
            outcome: tuple[str, Any] = ("ok", job())
        except Exception as exc:  # noqa: BLE001 -- the test asserts which exceptions came back
            outcome = ("error", exc)
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(outcomes) == workers
    return outcomes


# --- mirrors test_backend_storage.py::test_tokens_are_stored_only_hashed_and_can_be_revoked -----------

def test_tokens_are_stored_only_hashed_and_can_be_revoked(store: KioskStore, migrated_engine: sa.Engine):
    token = store.enrol("kiosk-7")
    assert len(token) >= 43
    assert store.authenticate(token).kiosk_id == "kiosk-7"
    assert store.authenticate(token + "x") is None
    with migrated_engine.connect() as conn:
        kept = conn.execute(sa.select(kiosks.c.token_sha256)).scalars().all()
    assert kept and all(token not in value for value in kept)
    assert store.revoke("kiosk-7")
    assert store.authenticate(token).revoked
    new_token = store.enrol("kiosk-7")
    assert store.authenticate(token) is None and not store.authenticate(new_token).revoked


def test_revoking_an_unknown_or_revoked_kiosk_reports_false(store: KioskStore):
    """What ``revoke-kiosk`` turns into "no active kiosk" and exit 1."""
    store.enrol("kiosk-1")
    assert not store.revoke("kiosk-nobody")
    assert store.revoke("kiosk-1")
    assert not store.revoke("kiosk-1")


def within_a_minute_of(moment: dt.datetime | None, start: dt.datetime) -> bool:
    """The pinned clock runs on from ``start``: a moment stored now is just after it, aware."""
    return moment is not None and moment.tzinfo is not None and start <= moment < start + dt.timedelta(minutes=1)


def test_list_gives_every_kiosk_by_id_with_aware_moments(store: KioskStore, at):
    at(T0)
    store.enrol("kiosk-b")
    store.enrol("kiosk-a")
    later = T0 + dt.timedelta(hours=1)
    at(later)
    store.revoke("kiosk-b")
    listed = store.list()
    assert [(k.kiosk_id, k.revoked_at is None) for k in listed] == [("kiosk-a", True), ("kiosk-b", False)]
    assert all(within_a_minute_of(k.created_at, T0) for k in listed)
    assert within_a_minute_of(listed[1].revoked_at, later)


def test_re_enrolling_restarts_the_kiosk_with_a_fresh_enrolment_time(store: KioskStore, at):
    at(T0)
    store.enrol("kiosk-1")
    store.revoke("kiosk-1")
    later = T0 + dt.timedelta(days=2)
    at(later)
    store.enrol("kiosk-1")
    [kiosk] = store.list()
    assert kiosk.revoked_at is None and within_a_minute_of(kiosk.created_at, later)


@pytest.mark.parametrize("bad", ["", "x" * 101, "kiosk\n1", "kiosk\x001"])
def test_a_kiosk_id_that_is_not_1_to_100_printable_characters_is_refused(store: KioskStore, bad: str):
    for enrol in (store.enrol, store.add):
        with pytest.raises(ValueError, match="1 to 100 printable characters"):
            enrol(bad)
    assert store.list() == []


def test_add_refuses_an_id_already_enrolled_and_keeps_its_token(store: KioskStore):
    token = store.add("kiosk-1")
    with pytest.raises(KioskExists, match="'kiosk-1' is already enrolled"):
        store.add("kiosk-1")
    store.revoke("kiosk-1")
    with pytest.raises(KioskExists):  # a revoked id is still taken: re-enrol it instead
        store.add("kiosk-1")
    assert store.authenticate(token) == Kiosk("kiosk-1", True)
    assert [k.kiosk_id for k in store.list()] == ["kiosk-1"]


# --- mirrors test_backend_storage.py::test_an_existing_database_is_upgraded_in_place (auth failures) ---

def test_wrong_tokens_are_counted_per_address_up_to_the_limit_and_forgotten_after_the_window(store: KioskStore):
    assert store.record_auth_failure("10.0.0.1", 100.0, 40.0, 2) == (True, [100.0])
    assert store.record_auth_failure("10.0.0.1", 101.0, 41.0, 2) == (True, [100.0, 101.0])
    assert store.record_auth_failure("10.0.0.1", 102.0, 42.0, 2) == (False, [100.0, 101.0])
    assert store.record_auth_failure("10.0.0.2", 102.5, 42.5, 2) == (True, [102.5])  # another address
    assert store.record_auth_failure("10.0.0.1", 161.0, 101.0, 2) == (True, [161.0])  # 100 and 101 forgotten


def test_old_failures_of_every_address_are_deleted(store: KioskStore, migrated_engine: sa.Engine):
    store.record_auth_failure("10.0.0.1", 100.0, 40.0, 5)
    store.record_auth_failure("10.0.0.2", 101.0, 41.0, 5)
    store.record_auth_failure("10.0.0.3", 200.0, 140.0, 5)
    with migrated_engine.connect() as conn:
        assert conn.execute(sa.select(auth_failures.c.address)).scalars().all() == ["10.0.0.3"]


# --- races -------------------------------------------------------------------------------------

def test_two_enrolments_of_one_new_id_at_once_make_one_kiosk_and_one_clear_conflict(store: KioskStore):
    outcomes = race(2, lambda: store.add("kiosk-race"))
    tokens = [value for kind, value in outcomes if kind == "ok"]
    errors = [value for kind, value in outcomes if kind == "error"]
    assert len(tokens) == 1 and len(errors) == 1, outcomes
    assert isinstance(errors[0], KioskExists), errors[0]
    assert store.authenticate(tokens[0]) == Kiosk("kiosk-race", False)
    assert [k.kiosk_id for k in store.list()] == ["kiosk-race"]


def test_re_enrolments_at_once_all_succeed_and_exactly_one_token_works(store: KioskStore):
    store.enrol("kiosk-1")
    outcomes = race(4, lambda: store.enrol("kiosk-1"))
    assert [kind for kind, _ in outcomes] == ["ok"] * 4, outcomes
    working = [token for _, token in outcomes if store.authenticate(token) is not None]
    assert len(working) == 1


def test_wrong_tokens_from_one_address_at_once_never_exceed_the_limit(store: KioskStore, migrated_engine: sa.Engine):
    times = iter(range(1000, 2000))
    lock = threading.Lock()

    def guess() -> tuple[bool, list[float]]:
        with lock:
            now = float(next(times))
        return store.record_auth_failure("10.9.9.9", now, 0.0, 5)

    outcomes = race(16, guess)
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    assert sum(recorded for _, (recorded, _times) in outcomes) == 5
    with migrated_engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(auth_failures)).scalar_one() == 5
