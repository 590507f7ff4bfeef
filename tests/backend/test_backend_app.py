"""Backend HTTP layer in-process (TestClient): error shapes, limits, validators, OpenAPI, fault hooks."""

from __future__ import annotations

import json
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from regional_backend.app import create_app
from regional_backend.rejection import RefLookup, Rejection
from regional_backend.validators import DEFAULT_VALIDATORS
from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_fixtures import open_test_storage


@pytest.fixture
def storage(tmp_path: Path):
    s = open_test_storage(tmp_path / "backend.db")
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
    assert client.post("/api/v1/submissions/lookup", json={"receipt_number": "k7qw 3m2a 9xtp"}).json() == by_uuid
    assert_error(client.get(f"/api/v1/submissions/{uuidlib.UUID(int=8)}"), 404, "not_found")
    assert_error(client.post("/api/v1/submissions/lookup", json={"receipt_number": "AAAA-BBBB-CCCC"}), 404, "not_found")
    assert_error(client.post("/api/v1/submissions/lookup", json={}), 422, "invalid_request")
    assert_error(client.post("/api/v1/submissions/lookup", json={"receipt_number": ""}), 422, "invalid_request")


def test_a_receipt_number_in_the_url_is_refused_with_a_pointer_to_the_post(client):
    client.post("/api/v1/submissions/batch", json={"items": [{**item(7), "receipt_number": "K7QW-3M2A-9XTP"}]})
    r = client.get("/api/v1/submissions", params={"receipt": "K7QW-3M2A-9XTP"})
    assert_error(r, 400, "use_post")
    assert "K7QW" not in r.text and "/api/v1/submissions/lookup" in r.json()["error"]["message"]
    assert "/api/v1/submissions" not in create_app(client.app.state.storage, faults_enabled=False).openapi()["paths"]


def test_a_kiosk_sees_only_the_submissions_it_delivered(storage):
    """Another kiosk's submission is unknown (404) by uuid and by receipt, and a push reusing its uuid is a
    conflict that does not give away its server_ref or status."""
    tokens = {k: storage.add_kiosk(k) for k in ("kiosk-a", "kiosk-b")}
    with TestClient(create_app(storage, faults_enabled=False)) as c:
        def as_(kiosk):
            return {"Authorization": f"Bearer {tokens[kiosk]}"}

        it = {**item(21), "receipt_number": "K7QW-3M2A-9XTP"}
        made = c.post("/api/v1/submissions/batch", json={"items": [it]}, headers=as_("kiosk-a")).json()["results"][0]
        for kiosk, status in (("kiosk-b", 404), ("kiosk-a", 200)):
            by_uuid = c.get(f"/api/v1/submissions/{it['uuid']}", headers=as_(kiosk))
            by_receipt = c.post("/api/v1/submissions/lookup", json={"receipt_number": "K7QW3M2A9XTP"},
                                headers=as_(kiosk))
            assert by_uuid.status_code == by_receipt.status_code == status
        missing = c.get(f"/api/v1/submissions/{uuidlib.UUID(int=99)}", headers=as_("kiosk-b"))
        theirs = c.get(f"/api/v1/submissions/{it['uuid']}", headers=as_("kiosk-b"))
        assert theirs.json() == missing.json()  # not even a different message
        reuse = c.post("/api/v1/submissions/batch", json={"items": [it]}, headers=as_("kiosk-b")).json()["results"][0]
        assert reuse["result"] == "conflict" and reuse["code"] == "uuid_conflict"
        assert made["server_ref"] not in json.dumps(reuse) and "status" not in reuse
        again = c.post("/api/v1/submissions/batch", json={"items": [it]}, headers=as_("kiosk-a")).json()["results"][0]
        assert again["result"] == "duplicate" and again["server_ref"] == made["server_ref"]
    assert storage.count_submissions() == 1


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
            "/api/v1/submissions/lookup", "/api/v1/changes/{dataset}"} <= set(doc["paths"])
    assert not any("_test" in p for p in doc["paths"])
    for path, operations in doc["paths"].items():  # every route behind a token may answer 429
        for method, operation in operations.items():
            if path not in ("/api/v1/health", "/fhir/R4/metadata"):
                assert "429" in operation["responses"], (method, path)
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


QE = {"event": "called", "office_id": "off-1", "category_id": "cat-docs", "ticket": "A-1001", "counter": "3",
      "ticket_uuid": "00000000-0000-0000-0000-000000000001", "service_day": "2026-11-21",
      "at": "2026-11-21T09:30:00Z"}


@pytest.mark.parametrize("payload", [
    QE,
    {**QE, "event": "recalled", "category_id": None},
    {k: v for k, v in QE.items() if k != "category_id"} | {"event": "served"},
    {k: v for k, v in QE.items() if k not in ("category_id", "counter")} | {"event": "no_show"},
    {k: v for k, v in QE.items() if k != "counter"} | {"event": "redirected", "category_id": "cat-family",
                                                          "from_category_id": "cat-docs"},
    {**QE, "ticket": "Б-2003", "counter": "12а"},
])
def test_queue_event_accepted(client, payload):
    result = client.post("/api/v1/submissions/batch",
                         json={"items": [item(1, "queue_event", payload)]}).json()["results"][0]
    assert result["result"] == "accepted", result


@pytest.mark.parametrize("payload, code", [
    ({k: v for k, v in QE.items() if k != "event"}, "missing_field"),
    ({**QE, "event": "vanished"}, "invalid_action"),
    ({**QE, "event": 7}, "invalid_field"),
    ({k: v for k, v in QE.items() if k != "office_id"}, "missing_field"),
    ({**QE, "office_id": "off-404"}, "unknown_office"),
    ({**QE, "ticket": None}, "missing_field"),
    ({**QE, "ticket": "1001"}, "invalid_ticket"),
    ({**QE, "ticket": "A-10x"}, "invalid_ticket"),
    ({**QE, "category_id": "cat-404"}, "unknown_category"),
    ({k: v for k, v in QE.items() if k != "category_id"}, "missing_field"),  # a call names its category
    ({**QE, "event": "redirected", "from_category_id": "cat-404"}, "unknown_category"),
    ({k: v for k, v in QE.items() if k != "counter"}, "missing_field"),  # a call names its counter
    ({**QE, "counter": "window number 3"}, "invalid_counter"),
    ({**QE, "event": "served", "counter": 3}, "invalid_counter"),
])
def test_queue_event_rejections(client, payload, code):
    result = client.post("/api/v1/submissions/batch",
                         json={"items": [item(1, "queue_event", payload)]}).json()["results"][0]
    assert result["result"] == "rejected" and result["code"] == code, result
    assert result["reason_ru"] and result["reason_en"] and result["reason_ru"] != result["reason_en"]


def test_account_lookup_throttled_per_kiosk_after_wrong_confirmations(storage):
    from regional_backend.throttle import LookupThrottle

    clock = [1000.0]
    throttle = LookupThrottle(limit=10, window_s=600, clock=lambda: clock[0])
    tokens = [storage.add_kiosk("kiosk-a"), storage.add_kiosk("kiosk-b")]
    with TestClient(create_app(storage, faults_enabled=False, lookup_throttle=throttle)) as c:
        def ask(token, **body):
            query = {"provider_id": "util-x", "account_number": "123456", "house": "1", "flat": "2", **body}
            return c.post("/api/v1/utilities/accounts/lookup", json=query,
                          headers={"Authorization": f"Bearer {token}"})

        for n in range(10):
            clock[0] += 10
            r = ask(tokens[0], flat=str(n))
            assert r.status_code == 200 and r.json()["found"] is False
        clock[0] += 10
        r = ask(tokens[0])
        assert_error(r, 429, "too_many_lookups")
        assert r.headers["Retry-After"] == str(600 - 100)  # the first wrong one was 100 s ago
        assert "found" not in r.text and "мин" in r.json()["error"]["message_ru"]
        assert ask(tokens[1]).status_code == 200  # another kiosk is not affected
        clock[0] += 499
        assert ask(tokens[0]).status_code == 429  # still 1 s to go
        clock[0] += 1
        assert ask(tokens[0]).status_code == 200  # the oldest wrong confirmation left the window
        assert ask(tokens[0]).status_code == 429  # ... and this new one fills it again
    operation = create_app(storage, faults_enabled=False).openapi()["paths"]["/api/v1/utilities/accounts/lookup"]["post"]
    assert "429" in operation["responses"] and "too_many_lookups" in operation["description"]


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


def test_wrong_tokens_from_one_address_get_429_but_a_valid_token_still_works(tmp_path, storage):
    """Finding 7 in-process: after ``limit`` wrong tokens in the window, 429 with Retry-After; the count is in
    the database, so a second backend (another storage on the same file) refuses too; valid tokens pass."""
    from regional_backend.throttle import AuthThrottle

    clock = [5000.0]
    token = storage.add_kiosk("kiosk-nat")
    second = open_test_storage(tmp_path / "backend.db")  # another process's connections to the same database
    apps = [create_app(s, faults_enabled=False, auth_throttle=AuthThrottle(s, limit=5, window_s=60,
                                                                            clock=lambda: clock[0]))
            for s in (storage, second)]
    office, elsewhere = ("10.1.2.3", 40000), ("10.9.9.9", 40000)
    try:
        with TestClient(apps[0], client=office) as one, TestClient(apps[1], client=office) as two, \
                TestClient(apps[0], client=elsewhere) as other:
            wrong = {"Authorization": "Bearer guess"}
            for n in range(5):
                clock[0] += 1
                assert_error((one if n % 2 else two).get("/api/v1/changes/offices", headers=wrong), 401, "unauthorized")
            clock[0] += 1
            r = two.get("/api/v1/changes/offices", headers=wrong)
            assert_error(r, 429, "too_many_auth_failures")
            assert r.headers["Retry-After"] == str(60 - 5)  # the first failure was 5 s ago
            assert "повторите через 55 с" in r.json()["error"]["message_ru"]
            fhir = one.get("/fhir/R4/Organization", headers=wrong)
            assert fhir.status_code == 429 and fhir.headers["Retry-After"] == "55"
            assert fhir.json()["issue"][0]["code"] == "throttled"
            # a kiosk behind the same NAT address is never locked out; a missing header is a plain 401
            assert one.get("/api/v1/changes/offices", headers={"Authorization": f"Bearer {token}"}).status_code == 200
            assert_error(one.get("/api/v1/changes/offices", headers={"Authorization": ""}), 401, "unauthorized")
            assert_error(other.get("/api/v1/changes/offices", headers=wrong), 401, "unauthorized")  # per address
            clock[0] += 54
            assert two.get("/api/v1/changes/offices", headers=wrong).status_code == 429
            clock[0] += 1  # the first failure left the window
            assert_error(one.get("/api/v1/changes/offices", headers=wrong), 401, "unauthorized")
            assert two.get("/api/v1/changes/offices", headers=wrong).status_code == 429
        rows = storage._conn().execute("SELECT count(*) FROM auth_failures WHERE address = '10.1.2.3'").fetchone()[0]
        assert rows == 5  # refused attempts are not written: a burst costs at most `limit` writes
    finally:
        second.close()


def test_the_token_limit_comes_from_the_environment_and_zero_turns_it_off(storage):
    from regional_backend.throttle import AuthThrottle

    throttle = AuthThrottle.from_env(storage, {"RB_AUTH_FAIL_LIMIT": "3", "RB_AUTH_FAIL_WINDOW_S": "120"})
    assert (throttle.limit, throttle.window_s) == (3, 120.0)
    assert (AuthThrottle.from_env(storage, {}).limit, AuthThrottle.from_env(storage, {}).window_s) == (20, 60.0)
    off = AuthThrottle(storage, limit=0)
    assert all(off.failure("10.0.0.1") is None for _ in range(50))
