"""The reference backend as a real process over 127.0.0.1: auth, push, status, changes feed, errors, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid as uuidlib

import pytest
import requests

from tests.e2e.backend_proc import REPO_ROOT, BackendProcess

pytestmark = pytest.mark.e2e
TIMEOUT = 10


def item(n: int, kind: str = "application", payload: dict | None = None, receipt: str | None = None) -> dict:
    return {"uuid": str(uuidlib.UUID(int=n)), "kind": kind, "captured_at": "2026-11-21T09:30:00Z",
            "receipt_number": receipt, "payload": payload or {"service_id": "svc-001", "fields": {"n": n}}}


def push(backend: BackendProcess, items: list[dict]) -> requests.Response:
    return requests.post(backend.url("/api/v1/submissions/batch"), json={"items": items},
                         headers=backend.headers, timeout=TIMEOUT)


def error_code(response: requests.Response) -> str:
    body = response.json()
    assert body["error"]["message"] and body["error"]["message_ru"]
    return body["error"]["code"]


def test_health_and_openapi(backend):
    health = requests.get(backend.url("/api/v1/health"), timeout=TIMEOUT)
    assert health.status_code == 200
    assert health.json()["api_version"] == "1" and health.json()["server_time"].endswith("Z")
    doc = json.loads(requests.get(backend.url("/openapi.json"), timeout=TIMEOUT).text)
    assert doc["openapi"].startswith("3.")
    assert {"/api/v1/health", "/api/v1/submissions/batch", "/api/v1/submissions/{uuid}",
            "/api/v1/submissions/lookup", "/api/v1/changes/{dataset}"} <= set(doc["paths"])
    assert "BatchRequest" in doc["components"]["schemas"]


def test_auth(backend):
    url = backend.url("/api/v1/changes/offices")
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": backend.token}):
        r = requests.get(url, headers=headers, timeout=TIMEOUT)
        assert r.status_code == 401 and error_code(r) == "unauthorized"
    assert requests.get(url, headers=backend.headers, timeout=TIMEOUT).status_code == 200
    other = backend.add_kiosk("kiosk-other")
    backend.cli("revoke-kiosk", "kiosk-other")
    r = requests.get(url, headers={"Authorization": f"Bearer {other}"}, timeout=TIMEOUT)
    assert r.status_code == 403 and error_code(r) == "forbidden"
    assert requests.get(url, headers=backend.headers, timeout=TIMEOUT).status_code == 200


def test_push_duplicate_conflict_rejected_and_status(backend):
    items = [item(1, receipt="K7QW-3M2A-9XTP"), item(2, payload={"service_id": "svc-404", "fields": {}}),
             item(3, "queue_ticket", {"office_id": "off-1", "category_id": "cat-docs", "ticket": "A-107"}),
             item(4, "appointment", {"slot_id": "slot-1"})]
    results = push(backend, items).json()["results"]
    assert [r["result"] for r in results] == ["accepted", "rejected", "accepted", "accepted"]
    assert [r["uuid"] for r in results] == [i["uuid"] for i in items]
    assert results[1]["code"] == "unknown_service" and "Услуга" in results[1]["reason_ru"]

    again = push(backend, items).json()["results"]
    assert [r["result"] for r in again] == ["duplicate", "rejected", "duplicate", "duplicate"]
    assert again[0]["server_ref"] == results[0]["server_ref"]

    tampered = {**items[0], "payload": {"service_id": "svc-001", "fields": {"n": "changed"}}}
    conflict = push(backend, [tampered]).json()["results"][0]
    assert conflict["result"] == "conflict" and conflict["code"] == "uuid_conflict"

    status = requests.get(backend.url(f"/api/v1/submissions/{items[0]['uuid']}"), headers=backend.headers,
                          timeout=TIMEOUT).json()
    assert status["server_ref"] == results[0]["server_ref"] and status["receipt_number"] == "K7QW-3M2A-9XTP"
    by_receipt = requests.post(backend.url("/api/v1/submissions/lookup"), json={"receipt_number": "k7qw-3m2a-9xtp"},
                               headers=backend.headers, timeout=TIMEOUT).json()
    assert by_receipt == status
    missing = requests.get(backend.url(f"/api/v1/submissions/{uuidlib.UUID(int=99)}"), headers=backend.headers,
                           timeout=TIMEOUT)
    assert missing.status_code == 404 and error_code(missing) == "not_found"

    stored = {s["uuid"]: s for s in backend.submissions()}
    assert len(stored) == 4 and stored[items[0]["uuid"]]["payload"] == items[0]["payload"]


def pull(backend: BackendProcess, dataset: str, cursor: str | None, limit: int) -> requests.Response:
    params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
    return requests.get(backend.url(f"/api/v1/changes/{dataset}"), params=params, headers=backend.headers,
                        timeout=TIMEOUT)


def test_changes_feed_paging_deltas_and_bad_cursors(backend):
    cursor, seen, pages = None, [], 0
    while True:
        page = pull(backend, "catalogue", cursor, 3).json()
        pages += 1
        seen += page["changes"]
        cursor = page["cursor"]
        assert page["more"] == (pages < 4)
        if not page["more"]:
            break
    assert len(seen) == 10 and pages == 4
    services = {c["id"]: c["data"] for c in seen if c["entity"] == "services"}
    assert services["svc-001"]["name_ru"] == "Паспорт РФ"

    assert pull(backend, "catalogue", cursor, 3).json()["changes"] == []
    backend.cli("touch", "services", "svc-002")
    backend.cli("delete-row", "life_situations", "ls-baby")
    delta = pull(backend, "catalogue", cursor, 500).json()
    assert [(c["op"], c["entity"], c["id"]) for c in delta["changes"]] == [
        ("upsert", "services", "svc-002"),
        ("delete", "service_life_situations", "svc-002|ls-baby"),
        ("delete", "life_situations", "ls-baby"),
    ]
    assert delta["more"] is False

    for bad in ("garbled", delta["cursor"][:-2], "AAAA"):
        r = pull(backend, "catalogue", bad, 10)
        assert r.status_code == 410 and error_code(r) == "resync_required"
    r = pull(backend, "offices", delta["cursor"], 10)  # a cursor of another dataset
    assert r.status_code == 410

    # A wiped and reloaded backend: the old cursor is recognised as expired.
    backend.stop()
    backend.wipe()
    backend.token = None
    backend.add_kiosk("kiosk-e2e")
    backend.start()
    r = pull(backend, "catalogue", delta["cursor"], 10)
    assert r.status_code == 410 and error_code(r) == "resync_required"


def test_malformed_requests_change_nothing(backend):
    url = backend.url("/api/v1/submissions/batch")
    json_headers = {**backend.headers, "Content-Type": "application/json"}
    cases = [
        (b'{"items": [', 400),
        (json.dumps({"items": [item(1), item(2, kind="teleport")]}).encode(), 422),
        (json.dumps({"items": [item(1), {**item(2), "payload": "text"}]}).encode(), 422),
        (json.dumps({"items": [item(n) for n in range(501)]}).encode(), 422),
        (json.dumps({"items": [item(1, payload={"service_id": "svc-001", "fields": {"b": "x" * 6_000_000}})]})
         .encode(), 413),
    ]
    for body, status in cases:
        r = requests.post(url, data=body, headers=json_headers, timeout=TIMEOUT)
        assert r.status_code == status, (status, r.text[:200])
        assert "error" in r.json()
    r = requests.post(url, data=b"items=1", headers={**backend.headers,
                                                     "Content-Type": "application/x-www-form-urlencoded"},
                      timeout=TIMEOUT)
    assert 400 <= r.status_code < 500
    assert backend.submissions() == []
    assert push(backend, [item(1)]).json()["results"][0]["result"] == "accepted"  # the server still works


def test_cli_errors_and_listing(backend):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "regional_backend", *args], capture_output=True, text=True,
                              cwd=REPO_ROOT, timeout=60)

    for args in ([], ["serve"], ["serve", "--db", "x.db", "--port", "many"],
                 ["serve", "--db", "x.db", "--port", "99999"], ["frobnicate", "--db", "x.db"],
                 ["touch", "planets", "p1", "--db", backend.db]):
        result = run(*args)
        assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    missing = run("touch", "services", "svc-none", "--db", backend.db)
    assert missing.returncode == 1 and missing.stderr.strip().splitlines()[-1].startswith("error:")

    push(backend, [item(5, receipt="AAAA-BBBB-CCCC")])
    table = backend.cli("submissions").stdout
    assert "AAAA-BBBB-CCCC" in table and "RB-" in table and "svc-001" not in table  # no payloads in the table
    token_line = backend.cli("add-kiosk", "kiosk-x").stdout.strip()
    assert len(token_line.split()) == 1
