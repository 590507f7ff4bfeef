"""Every request is bounded as a whole (connect, headers, complete body), in the one transport both
clients use, against real misbehaving servers on 127.0.0.1: one dripping its answer, one stalling
after the headers, one dripping its headers, one never ending its answer, one sending 50 MB.
No Qt."""

from __future__ import annotations

import threading
import time
import tracemalloc

import pytest

from kiosk.clinic.fhir_client import FhirClient
from kiosk.domain import status as st
from kiosk.services import status as status_service
from kiosk.sync.client import BackendClient, ConnectionFailed, DeadlineExceeded, MalformedResponse
from kiosk.sync.config import SyncConfig
from tests.faulty_server import (
    FaultyServer,
    drip,
    drip_headers,
    health_body,
    never_ends,
    oversize,
    serve_json,
    stall_after_headers,
)

TOKEN = "tok-SECRET-0123456789abcdef"


def make(kind: str, url: str, *, read_s: float = 30.0, limit_s: float = 120.0, max_mb: float = 20):
    conf = SyncConfig(url, "k-01", TOKEN, connect_timeout_s=2.0, read_timeout_s=read_s, request_limit_s=limit_s,
                      max_body_bytes=int(max_mb * 1024 * 1024))
    if kind == "backend":
        return BackendClient(conf)
    return FhirClient(conf, base_url=url + "/fhir/R4")


def call(client) -> object:
    """One small GET: the backend's health check, or the FHIR server's capabilities."""
    return client.health() if isinstance(client, BackendClient) else client.capabilities()


def timed_failure(client, exc_type: type[Exception]) -> tuple[float, str]:
    start = time.monotonic()
    try:
        with pytest.raises(exc_type) as info:
            call(client)
    finally:
        client.close()
    return time.monotonic() - start, str(info.value)


CLIENTS = ["backend", "fhir"]


@pytest.mark.parametrize("kind", CLIENTS)
def test_an_answer_dripping_a_byte_at_a_time_ends_at_the_whole_request_bound(kind):
    # each byte comes well within the read time-out, so only the bound on the whole request can end it
    with FaultyServer(drip(health_body(), every_s=0.3)) as server:
        elapsed, message = timed_failure(make(kind, server.url, read_s=5, limit_s=1.5), DeadlineExceeded)
    assert 1.4 <= elapsed < 2.5, elapsed
    assert "did not send a complete answer within 1.5 s" in message and "sync.request_limit_s" in message
    assert TOKEN not in message


@pytest.mark.parametrize("kind", CLIENTS)
def test_a_server_silent_after_its_headers_ends_at_the_bound_not_the_read_timeout(kind):
    with FaultyServer(stall_after_headers()) as server:
        elapsed, message = timed_failure(make(kind, server.url, read_s=30, limit_s=1.0), DeadlineExceeded)
    assert 0.9 <= elapsed < 2.0, elapsed
    assert "complete answer within 1 s" in message


def test_a_server_silent_after_its_headers_hits_the_read_timeout_first_when_that_is_shorter():
    with FaultyServer(stall_after_headers()) as server:
        elapsed, message = timed_failure(make("backend", server.url, read_s=0.5, limit_s=30), ConnectionFailed)
    assert elapsed < 1.5 and "did not answer within" in message


def test_headers_dripped_a_byte_at_a_time_are_cut_at_the_bound():
    with FaultyServer(drip_headers(every_s=0.2)) as server:
        elapsed, message = timed_failure(make("backend", server.url, read_s=5, limit_s=1.0), DeadlineExceeded)
    assert 0.9 <= elapsed < 2.0, elapsed
    assert "complete answer within" in message


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked-without-last-chunk", "no-length-never-closed"])
@pytest.mark.parametrize("kind", CLIENTS)
def test_an_answer_that_never_ends_is_not_taken_for_complete(kind, chunked):
    with FaultyServer(never_ends(health_body(), chunked=chunked)) as server:
        elapsed, message = timed_failure(make(kind, server.url, read_s=30, limit_s=1.0), DeadlineExceeded)
    assert 0.9 <= elapsed < 2.0, elapsed


def test_the_sync_runs_deadline_ends_a_request_mid_answer_and_then_sends_nothing():
    with FaultyServer(drip(health_body(), every_s=0.3)) as server:
        client = make("backend", server.url, read_s=5, limit_s=60)
        try:
            start = time.monotonic()
            with client.transport.run_until(start + 1.0), pytest.raises(DeadlineExceeded) as info:
                client.health()
            elapsed = time.monotonic() - start
            assert 0.9 <= elapsed < 1.8, elapsed
            assert "the sync run's time ran out" in str(info.value)
            with client.transport.run_until(time.monotonic() - 1), pytest.raises(DeadlineExceeded) as info:
                client.health()
            assert "not sent" in str(info.value)
            assert server.connections == 1  # the late request never reached the network
        finally:
            client.close()


def test_abort_from_another_thread_cuts_a_stalled_request_at_once():
    with FaultyServer(stall_after_headers()) as server:
        client = make("backend", server.url, read_s=30, limit_s=60)
        timer = threading.Timer(0.3, client.transport.abort)
        timer.start()
        try:
            elapsed, message = timed_failure(client, ConnectionFailed)
        finally:
            timer.join()
    assert elapsed < 1.5 and "stopping" in message


def test_good_answers_still_share_one_connection():
    with FaultyServer(serve_json(health_body())) as server:
        client = make("backend", server.url, read_s=5, limit_s=5)
        try:
            for _ in range(3):
                assert client.health()["status"] == "ok"
        finally:
            client.close()
        assert server.connections == 1  # the second and third requests reused the first connection


FIFTY_MB = 50 * 1024 * 1024


@pytest.mark.parametrize("declare", [True, False], ids=["content-length", "chunked"])
@pytest.mark.parametrize("kind", CLIENTS)
def test_a_50_mb_answer_is_refused_without_being_held_in_memory(kind, declare):
    with FaultyServer(oversize(FIFTY_MB, declare=declare)) as server:
        client = make(kind, server.url, read_s=5, limit_s=30, max_mb=1)
        tracemalloc.start()
        try:
            elapsed, message = timed_failure(client, MalformedResponse)
            _now, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "too large" in message and ("not read" if declare else "reading stopped") in message
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while refusing a 50 MB answer"
    assert elapsed < 5


def test_a_citizens_status_look_up_is_bounded_as_a_whole(tmp_path, monkeypatch):
    """The citizen waits at the screen: the look-up gives up by its own short bound (8 s; 1 s here)."""
    from kiosk import settings as ks
    from kiosk.sync import config as cfg
    from offline_db.opening import open_store

    monkeypatch.setattr(status_service, "REMOTE_LIMIT_S", 1.0)
    with FaultyServer(drip(health_body(), every_s=0.3)) as server, open_store(tmp_path / "k.sqlite3") as store:
        ks.put(store, "kiosk_id", "k-01")
        store.set_setting(cfg.K_URL, server.url)
        store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(tmp_path, "k-01", TOKEN)))
        config = status_service.remote_config(store)
        start = time.monotonic()
        remote = status_service.remote_status(config, "0190a0b2-0000-7000-8000-000000000001")
        elapsed = time.monotonic() - start
    assert remote == st.RemoteStatus(online=False)
    assert elapsed < 2.0, f"the look-up took {elapsed:.1f} s"
