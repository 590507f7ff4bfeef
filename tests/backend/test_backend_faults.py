"""The backend survives restarts and SIGKILL, and its fault hooks do what the kiosk tests need."""

from __future__ import annotations

import threading
import uuid as uuidlib

import pytest
import requests

from tests.e2e.backend_proc import BackendProcess

pytestmark = pytest.mark.e2e
TIMEOUT = 10


def item(n: int) -> dict:
    return {"uuid": str(uuidlib.UUID(int=n)), "kind": "queue_event", "captured_at": "2026-11-21T09:30:00Z",
            "receipt_number": None,
            "payload": {"event": "called", "ticket": f"A-{n}", "office_id": "off-1", "category_id": "cat-docs",
                        "counter": "3", "n": n}}


def push(backend: BackendProcess, items: list[dict], session: requests.Session | None = None) -> requests.Response:
    return (session or requests).post(backend.url("/api/v1/submissions/batch"), json={"items": items},
                                      headers=backend.headers, timeout=TIMEOUT)


def test_everything_persists_across_a_restart(backend):
    results = push(backend, [item(n) for n in range(1, 51)]).json()["results"]
    page = requests.get(backend.url("/api/v1/changes/catalogue"), headers=backend.headers, timeout=TIMEOUT).json()
    backend.restart()
    again = push(backend, [item(n) for n in range(1, 51)]).json()["results"]  # same token still valid
    assert [r["result"] for r in again] == ["duplicate"] * 50
    assert [r["server_ref"] for r in again] == [r["server_ref"] for r in results]
    after = requests.get(backend.url("/api/v1/changes/catalogue"), params={"cursor": page["cursor"]},
                         headers=backend.headers, timeout=TIMEOUT)
    assert after.status_code == 200 and after.json()["changes"] == []


def test_sigkill_mid_batch_loses_nothing_acknowledged(backend):
    batches = [[item(b * 200 + n) for n in range(1, 201)] for b in range(40)]
    acknowledged: dict[str, str] = {}
    three_acked = threading.Event()
    stopped = threading.Event()

    def pusher() -> None:
        with requests.Session() as session:
            for batch in batches:
                try:
                    response = push(backend, batch, session)
                except requests.RequestException:
                    break  # the server died under us
                for r in response.json()["results"]:
                    acknowledged[r["uuid"]] = r["server_ref"]
                if len(acknowledged) >= 600:
                    three_acked.set()
        three_acked.set()
        stopped.set()

    thread = threading.Thread(target=pusher)
    thread.start()
    assert three_acked.wait(60)
    backend.kill()  # SIGKILL, most likely while a batch is in flight
    thread.join(60)
    assert stopped.is_set()
    assert 600 <= len(acknowledged) < 8000, "the kill should land mid-stream"

    backend.start()
    stored = {s["uuid"]: s for s in backend.submissions()}
    for uuid, server_ref in acknowledged.items():
        assert stored[uuid]["server_ref"] == server_ref
    # Nothing half-stored: every stored item has the payload it was sent with.
    sent = {i["uuid"]: i["payload"] for batch in batches for i in batch}
    assert all(s["payload"] == sent[u] for u, s in stored.items())
    # Resending everything completes the set with each item exactly once.
    outcomes: list[str] = []
    for batch in batches:
        outcomes += [r["result"] for r in push(backend, batch).json()["results"]]
    assert "conflict" not in outcomes and outcomes.count("duplicate") == len(stored)
    assert len(backend.submissions()) == 8000


def test_concurrent_retries_of_the_same_batch_take_effect_once(backend):
    batch = [item(n) for n in range(1, 301)]
    barrier = threading.Barrier(6)
    answers: list[list[dict]] = []

    def send() -> None:
        barrier.wait()
        answers.append(push(backend, batch).json()["results"])

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 6
    for position in range(300):
        results = sorted(a[position]["result"] for a in answers)
        assert results == ["accepted"] + ["duplicate"] * 5
        assert len({a[position]["server_ref"] for a in answers}) == 1
    assert len(backend.submissions()) == 300


def test_fault_hooks_over_the_wire(backend_with_faults):
    backend = backend_with_faults
    url = backend.url("/api/v1/changes/offices")
    backend.inject_fault(503, 2, retry_after="7")
    for _ in range(2):
        r = requests.get(url, headers=backend.headers, timeout=TIMEOUT)
        assert r.status_code == 503 and r.headers["Retry-After"] == "7"
        assert r.json()["error"]["code"] == "unavailable"
    assert requests.get(url, headers=backend.headers, timeout=TIMEOUT).status_code == 200

    backend.inject_fault(500)
    assert requests.get(url, headers=backend.headers, timeout=TIMEOUT).status_code == 500
    backend.inject_fault(401)
    r = requests.get(url, headers=backend.headers, timeout=TIMEOUT)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"

    backend.inject_fault(200, body="<html><body>Wi-Fi login</body></html>", content_type="text/html")
    r = requests.get(url, headers=backend.headers, timeout=TIMEOUT)
    assert r.status_code == 200 and r.text.startswith("<html>")

    # A lost acknowledgement: the batch is stored, the kiosk sees a 500, its retry is a duplicate.
    backend.inject_fault(500, after_handler=True, path_prefix="/api/v1/submissions/batch")
    assert push(backend, [item(1)]).status_code == 500
    assert push(backend, [item(1)]).json()["results"][0]["result"] == "duplicate"

    backend.inject_fault(503, 5)
    backend.clear_faults()
    assert requests.get(url, headers=backend.headers, timeout=TIMEOUT).status_code == 200


def test_fault_hooks_are_off_by_default(backend):
    r = requests.post(backend.url("/api/v1/_test/faults"), json={"status": 503}, timeout=TIMEOUT)
    assert r.status_code == 404
