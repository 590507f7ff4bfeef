"""Backend HTTP layer in-process (TestClient): error shapes, limits, validators, OpenAPI, fault hooks."""

from __future__ import annotations

import json
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from regional_backend.app import create_app
from regional_backend.storage import SqliteStorage
from regional_backend.validators import DEFAULT_VALIDATORS, RefLookup, Rejection
from tests.e2e.backend_proc import SAMPLE_REFERENCE


@pytest.fixture
def storage(tmp_path: Path):
    s = SqliteStorage(tmp_path / "backend.db")
    s.upsert_rows(SAMPLE_REFERENCE)
    yield s
    s.close()


@pytest.fixture
def client(storage):
    token = storage.add_kiosk("kiosk-1")
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c


def item(n: int, kind: str = "application", payload: dict | None = None) -> dict:
    return {"uuid": str(uuidlib.UUID(int=n)), "kind": kind, "captured_at": "2026-11-21T09:30:00Z",
            "receipt_number": None, "payload": payload or {"service_id": "svc-001", "fields": {}}}


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"] and body["error"]["message_ru"]


def test_health_needs_no_token(storage):
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        body = c.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["api_version"] == "1" and body["server_time"].endswith("Z")


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic abc", "Bearer "])
def test_bad_tokens_get_401(storage, header):
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        headers = {"Authorization": header} if header else {}
        assert_error(c.get("/api/v1/changes/offices", headers=headers), 401, "unauthorized")
        assert_error(c.post("/api/v1/submissions/batch", json={"items": [item(1)]}, headers=headers),
                     401, "unauthorized")
    assert storage.count_submissions() == 0


def test_revoked_token_gets_403(storage):
    token = storage.add_kiosk("kiosk-9")
    storage.revoke_kiosk("kiosk-9")
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        r = c.get("/api/v1/changes/offices", headers={"Authorization": f"Bearer {token}"})
    assert_error(r, 403, "forbidden")


def test_push_results_per_item(client):
    good, unknown_service = item(1), item(2, payload={"service_id": "svc-999", "fields": {}})
    ticket = item(3, "queue_ticket", {"office_id": "off-1", "category_id": "cat-docs", "ticket": "A-107"})
    r = client.post("/api/v1/submissions/batch", json={"items": [good, unknown_service, ticket]})
    assert r.status_code == 200
    results = r.json()["results"]
    assert [x["result"] for x in results] == ["accepted", "rejected", "accepted"]
    assert results[1]["code"] == "unknown_service"
    changed = {**good, "payload": {"service_id": "svc-001", "fields": {"x": 1}}}
    r = client.post("/api/v1/submissions/batch", json={"items": [good, changed]})
    assert [x["result"] for x in r.json()["results"]] == ["duplicate", "duplicate"][:1] + ["conflict"]


@pytest.mark.parametrize("body, status, code", [
    (b"{not json", 400, "bad_json"),
    (b"[]", 422, "invalid_request"),
    (json.dumps({"items": []}).encode(), 422, "invalid_request"),
    (json.dumps({"items": [item(1, kind="teleport")]}).encode(), 422, "unknown_kind"),
    (json.dumps({"items": [{**item(1), "uuid": "not-a-uuid"}]}).encode(), 422, "invalid_request"),
    (json.dumps({"items": [{**item(1), "payload": [1, 2]}]}).encode(), 422, "invalid_request"),
    (json.dumps({"items": [{**item(1), "captured_at": "yesterday"}]}).encode(), 422, "invalid_request"),
    (json.dumps({"items": [{**item(1), "extra": 1}]}).encode(), 422, "invalid_request"),
    (json.dumps({"items": [item(n) for n in range(501)]}).encode(), 422, "too_many_items"),
    (b'{"items": [{"uuid": "00000000-0000-0000-0000-000000000001", "kind": "application", '
     b'"captured_at": "2026-11-21T09:30:00Z", "payload": {"x": NaN}}]}', 422, "invalid_request"),
])
def test_malformed_batches_change_nothing(client, storage, body, status, code):
    # A valid item first: the whole request must still be refused.
    r = client.post("/api/v1/submissions/batch", content=body, headers={"Content-Type": "application/json"})
    assert_error(r, status, code)
    assert storage.count_submissions() == 0


def test_oversized_body_gets_413_and_changes_nothing(client, storage):
    big = {"items": [item(1, payload={"service_id": "svc-001", "fields": {"blob": "x" * (5 * 1024 * 1024)}})]}
    assert_error(client.post("/api/v1/submissions/batch", json=big), 413, "payload_too_large")
    assert storage.count_submissions() == 0


def test_status_lookups(client):
    it = {**item(7), "receipt_number": "K7QW-3M2A-9XTP"}
    ref = client.post("/api/v1/submissions/batch", json={"items": [it]}).json()["results"][0]["server_ref"]
    by_uuid = client.get(f"/api/v1/submissions/{it['uuid']}").json()
    assert by_uuid["server_ref"] == ref and by_uuid["result"] == "accepted" and by_uuid["status"] == "received"
    assert client.get("/api/v1/submissions", params={"receipt": "k7qw 3m2a 9xtp"}).json() == by_uuid
    assert_error(client.get(f"/api/v1/submissions/{uuidlib.UUID(int=8)}"), 404, "not_found")
    assert_error(client.get("/api/v1/submissions", params={"receipt": "AAAA-BBBB-CCCC"}), 404, "not_found")
    assert_error(client.get("/api/v1/submissions"), 422, "invalid_request")


def test_changes_errors(client):
    assert_error(client.get("/api/v1/changes/clinics"), 404, "unknown_dataset")
    assert_error(client.get("/api/v1/changes/catalogue", params={"cursor": "xyz"}), 410, "resync_required")
    assert_error(client.get("/api/v1/changes/catalogue", params={"limit": 0}), 422, "invalid_request")
    assert_error(client.get("/api/v1/changes/catalogue", params={"limit": 1001}), 422, "invalid_request")
    page = client.get("/api/v1/changes/utilities").json()
    assert page["more"] is False and page["changes"][0]["entity"] == "utility_providers"


def test_unknown_path_and_method_use_the_error_shape(client):
    assert_error(client.get("/api/v1/nothing"), 404, "not_found")
    assert_error(client.delete("/api/v1/submissions/batch"), 405, "method_not_allowed")


def test_openapi_lists_the_contract_paths(client):
    doc = client.get("/openapi.json").json()
    assert {"/api/v1/health", "/api/v1/submissions/batch", "/api/v1/submissions/{uuid}",
            "/api/v1/submissions", "/api/v1/changes/{dataset}"} <= set(doc["paths"])
    assert not any("_test" in p for p in doc["paths"])
    assert "HTTPBearer" in doc["components"]["securitySchemes"]


def test_validators_are_pluggable(storage):
    def no_zero(payload, ref: RefLookup):
        if payload.get("value") == 0:
            return Rejection("zero_reading", "Показание не может быть нулём.", "A reading cannot be zero.")
        return None

    token = storage.add_kiosk("kiosk-2")
    app = create_app(storage, validators={**DEFAULT_VALIDATORS, "meter_readings": no_zero}, faults_enabled=False)
    with TestClient(app) as c:
        r = c.post("/api/v1/submissions/batch", headers={"Authorization": f"Bearer {token}"},
                   json={"items": [item(1, "meter_readings", {"value": 0}), item(2, "meter_readings", {"value": 5})]})
    assert [x["result"] for x in r.json()["results"]] == ["rejected", "accepted"]
    assert r.json()["results"][0]["code"] == "zero_reading"


@pytest.mark.parametrize("payload, code", [
    ({"fields": {}}, "missing_field"),
    ({"service_id": 5, "fields": {}}, "invalid_field"),
    ({"service_id": "svc-001"}, "missing_field"),
    ({"service_id": "svc-001", "fields": []}, "invalid_field"),
    ({"service_id": "svc-001", "fields": {}, "office_id": "off-404"}, "unknown_office"),
])
def test_application_rejections(client, payload, code):
    result = client.post("/api/v1/submissions/batch", json={"items": [item(1, payload=payload)]}).json()["results"][0]
    assert result["result"] == "rejected" and result["code"] == code
    assert result["reason_ru"] and result["reason_en"]


@pytest.mark.parametrize("payload, code", [
    ({"category_id": "cat-docs", "ticket": "A-1"}, "missing_field"),
    ({"office_id": "off-404", "category_id": "cat-docs", "ticket": "A-1"}, "unknown_office"),
    ({"office_id": "off-1", "category_id": "cat-404", "ticket": "A-1"}, "unknown_category"),
    ({"office_id": "off-1", "category_id": "cat-docs"}, "missing_field"),
    ({"office_id": "off-1", "category_id": "cat-docs", "ticket": "A" * 40}, "invalid_field"),
])
def test_queue_ticket_rejections(client, payload, code):
    result = client.post("/api/v1/submissions/batch",
                         json={"items": [item(1, "queue_ticket", payload)]}).json()["results"][0]
    assert result["result"] == "rejected" and result["code"] == code


def test_fault_endpoints_absent_unless_enabled(client):
    assert_error(client.post("/api/v1/_test/faults", json={"status": 503}), 404, "not_found")


def test_faults_503_then_normal(storage):
    token = storage.add_kiosk("kiosk-3")
    with TestClient(create_app(storage, faults_enabled=True)) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        assert c.post("/api/v1/_test/faults", json={"status": 503, "count": 2, "retry_after": "3"}).status_code == 200
        assert c.get("/api/v1/health").status_code == 200  # health is spared by default
        for _ in range(2):
            r = c.get("/api/v1/changes/offices")
            assert_error(r, 503, "unavailable")
            assert r.headers["Retry-After"] == "3"
        assert c.get("/api/v1/changes/offices").status_code == 200


def test_fault_after_handler_commits_but_loses_the_answer(storage):
    token = storage.add_kiosk("kiosk-4")
    with TestClient(create_app(storage, faults_enabled=True)) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        c.post("/api/v1/_test/faults", json={"status": 500, "after_handler": True,
                                             "path_prefix": "/api/v1/submissions"})
        assert_error(c.post("/api/v1/submissions/batch", json={"items": [item(1)]}), 500, "internal_error")
        assert storage.count_submissions() == 1
        again = c.post("/api/v1/submissions/batch", json={"items": [item(1)]}).json()["results"][0]
        assert again["result"] == "duplicate"


def test_uuid_is_matched_case_insensitively_and_echoed_as_sent(client):
    upper = {**item(11), "uuid": str(uuidlib.UUID(int=11)).upper()}
    first = client.post("/api/v1/submissions/batch", json={"items": [upper]}).json()["results"][0]
    assert first["uuid"] == upper["uuid"] and first["result"] == "accepted"
    again = client.post("/api/v1/submissions/batch", json={"items": [item(11)]}).json()["results"][0]
    assert again["uuid"] == item(11)["uuid"] and again["result"] == "duplicate"
