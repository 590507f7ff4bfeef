"""``/openapi.json`` says what the server does: each mismatch a Schemathesis run once found, one by one.

(``tests/backend/test_contract_fuzz.py`` runs Schemathesis itself against the real process.)
"""

from __future__ import annotations

import json
import uuid as uuidlib
from pathlib import Path

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from mfc_rules.demo import demo_rows
from regional_backend import clock
from regional_backend.app import create_app
from regional_backend.fhir.leasing import LeasePolicy
from regional_backend.models import is_date_time
from regional_backend.openapi import LINKS
from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_fixtures import open_test_storage

FHIR = "/fhir/R4"
FHIR_JSON = "application/fhir+json"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    storage = open_test_storage(tmp_path_factory.mktemp("contract") / "backend.db")
    storage.upsert_rows(SAMPLE_REFERENCE)
    rows = demo_rows(now=clock.now())
    storage.fhir().load({t: rows[t] for t in ("clinics", "specialties", "practitioners", "practitioner_roles",
                                              "schedules", "slots")})
    token = storage.add_kiosk("kiosk-1")
    with TestClient(create_app(storage, faults_enabled=False, lease_policy=LeasePolicy())) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c
    storage.close()


@pytest.fixture(scope="module")
def doc(client) -> dict:
    return client.get("/openapi.json").json()


def operation(doc: dict, method: str, path: str) -> dict:
    return doc["paths"][path][method.lower()]


def declared(doc: dict, method: str, path: str, response) -> dict:
    """The declared answer for ``response``'s status and media type (fails if there is none)."""
    responses = operation(doc, method, path)["responses"]
    assert str(response.status_code) in responses, (method, path, response.status_code, sorted(responses))
    content = responses[str(response.status_code)].get("content", {})
    media_type = response.headers["content-type"].split(";")[0]
    assert media_type in content, (method, path, media_type, sorted(content))
    return content[media_type]["schema"]


def conforms(doc: dict, schema: dict, body: object) -> bool:
    root = {**doc, "$ref": schema["$ref"]} if "$ref" in schema else {**doc, **schema}
    return jsonschema_rs.validator_for(root, validate_formats=True).is_valid(body)


# --- 405 carries Allow, listing every method the path serves -----------------------------------
@pytest.mark.parametrize(("method", "path", "allow"), [
    ("TRACE", f"{FHIR}/metadata", "GET, HEAD"),
    ("DELETE", f"{FHIR}/Slot/slot-1", "GET, HEAD"),
    ("OPTIONS", f"{FHIR}/Appointment", "GET, HEAD, POST"),
    ("DELETE", f"{FHIR}/Appointment/abc", "GET, HEAD, PUT"),
    ("GET", "/api/v1/submissions/batch", "POST"),  # not a status look-up of a submission called "batch"
    ("PUT", "/api/v1/health", "GET, HEAD"),
])
def test_405_names_the_allowed_methods(client, method, path, allow):
    r = client.request(method, path)
    assert r.status_code == 405 and r.headers["allow"] == allow
    if path.startswith(FHIR):
        assert r.headers["content-type"].startswith(FHIR_JSON) and r.json()["resourceType"] == "OperationOutcome"
    else:
        assert r.json()["error"]["code"] == "method_not_allowed"


def test_every_allow_header_matches_the_paths_in_the_document(client, doc):
    for path, item in doc["paths"].items():
        concrete = path.replace("{dataset}", "offices").replace("{uuid}", str(uuidlib.UUID(int=1))).replace("{id}", "x")
        allow = client.request("TRACE", concrete).headers["allow"]
        assert set(allow.split(", ")) - {"HEAD"} == {m.upper() for m in item}, path


# --- FHIR: media types, bodies, statuses ----------------------------------------------------------
def test_fhir_operations_declare_only_fhir_json_answers(doc):
    for path, item in doc["paths"].items():
        if path.startswith(FHIR):
            for op in item.values():
                for status, response in op["responses"].items():
                    assert set(response["content"]) == {FHIR_JSON}, (path, status)


def test_a_fhir_write_without_the_fhir_media_type_gets_the_declared_415(client, doc):
    for method, path, url in (("POST", f"{FHIR}/Appointment", f"{FHIR}/Appointment"),
                              ("PUT", f"{FHIR}/Appointment/{{id}}", f"{FHIR}/Appointment/abc"),
                              ("POST", f"{FHIR}/Slot/$lease", f"{FHIR}/Slot/$lease")):
        r = client.request(method, url, content=b"{}", headers={"Content-Type": "text/plain"})
        assert r.status_code == 415
        assert conforms(doc, declared(doc, method, path, r), r.json())
        assert set(operation(doc, method, path)["requestBody"]["content"]) == {FHIR_JSON, "application/json"}


def test_fhir_reads_and_searches_declare_their_404_and_400(client, doc):
    r = client.get(f"{FHIR}/Slot/no-such-slot")
    assert r.status_code == 404 and conforms(doc, declared(doc, "GET", f"{FHIR}/Slot/{{id}}", r), r.json())
    r = client.get(f"{FHIR}/Slot", params={"colour": "red"})
    assert r.status_code == 400 and conforms(doc, declared(doc, "GET", f"{FHIR}/Slot", r), r.json())
    r = client.get(f"{FHIR}/Slot", params={"_count": 2})
    assert r.status_code == 200 and conforms(doc, declared(doc, "GET", f"{FHIR}/Slot", r), r.json())
    # one path per resource type: no {rtype} segment that would also match /fhir/R4/Appointment
    assert not any("{rtype}" in p for p in doc["paths"])


def test_fhir_401_carries_www_authenticate_as_declared(client, doc):
    for method, path, url in (("POST", f"{FHIR}/Appointment", f"{FHIR}/Appointment"),
                              ("GET", f"{FHIR}/Slot/{{id}}", f"{FHIR}/Slot/x")):
        r = client.request(method, url, headers={"Authorization": "Bearer wrong"}, json={})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert operation(doc, method, path)["responses"]["401"]["headers"]["WWW-Authenticate"]["required"]


@pytest.mark.parametrize("body", [
    # each of these crashed the server (500) before the bodies were validated
    {"resourceType": "Parameters", "parameter": [{"name": "ttl", "valueInteger": "600"}]},
    {"resourceType": "Parameters", "parameter": [{"name": ["share"]}]},
    {"resourceType": "Parameters", "parameter": 5},
    {"resourceType": "Parameters", "parameter": [{"name": "release", "valueBoolean": "yes"}]},
])
def test_lease_bodies_the_schema_refuses_are_refused(client, doc, body):
    r = client.post(f"{FHIR}/Slot/$lease", json=body)
    assert r.status_code == 422 and conforms(doc, declared(doc, "POST", f"{FHIR}/Slot/$lease", r), r.json())
    schema = operation(doc, "POST", f"{FHIR}/Slot/$lease")["requestBody"]["content"][FHIR_JSON]["schema"]
    assert not conforms(doc, schema, body)


def _appointment(**changes) -> dict:
    body = {"resourceType": "Appointment", "identifier": [{"system": "urn:ietf:rfc:3986", "value": "urn:uuid:1"}],
            "slot": [{"reference": "Slot/no-such-slot"}],
            "participant": [{"actor": {"identifier": {"system": "enp", "value": "1234567890123456"}}},
                            {"actor": {"reference": "PractitionerRole/r1"}}]}
    return {**body, **changes}


@pytest.mark.parametrize(("body", "status"), [
    (_appointment(), 422),                                   # valid, but the slot does not exist
    (_appointment(participant=[{"actor": None}]), 422),      # crashed (500) before
    (_appointment(participant=[{"actor": {"reference": "#p"}}]), 422),  # no patient identifier
    (_appointment(identifier=5), 422),                       # crashed (500) before
    (_appointment(slot=[{"reference": 7}]), 422),            # crashed (500) before
    (_appointment(resourceType="Patient"), 400),
])
def test_appointment_bodies_agree_with_the_schema(client, doc, body, status):
    path = f"{FHIR}/Appointment"
    r = client.post(path, json=body, headers={"Content-Type": "application/json"})
    assert r.status_code == status and conforms(doc, declared(doc, "POST", path, r), r.json())
    schema = operation(doc, "POST", path)["requestBody"]["content"][FHIR_JSON]["schema"]
    assert conforms(doc, schema, body) == (body == _appointment())


def test_if_none_exist_is_declared_with_the_form_the_server_reads(client, doc):
    parameter = next(p for p in operation(doc, "POST", f"{FHIR}/Appointment")["parameters"]
                     if p["name"] == "If-None-Exist")
    header = jsonschema_rs.validator_for(parameter["schema"])
    assert header.is_valid("identifier=urn:ietf:rfc:3986|urn:uuid:1") and not header.is_valid("0")
    r = client.post(f"{FHIR}/Appointment", json=_appointment(), headers={"If-None-Exist": "0"})
    assert r.status_code == 400


# --- REST: 400 bad_json, date-time -----------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/v1/submissions/batch", "/api/v1/utilities/accounts/lookup"])
def test_invalid_json_gets_the_declared_400(client, doc, path):
    r = client.post(path, content=b"\x00", headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_json"
    assert conforms(doc, declared(doc, "POST", path, r), r.json())


def test_captured_at_is_a_date_time_in_the_schema_and_on_the_server(client, doc):
    assert doc["components"]["schemas"]["SubmissionItem"]["properties"]["captured_at"]["format"] == "date-time"
    format_check = jsonschema_rs.validator_for({"type": "string", "format": "date-time"}, validate_formats=True)
    for n, captured in enumerate(["", "2026-11-21", "2026-11-21T09:30:00", "2026-02-29T00:00:00Z",
                                  "2026-11-21T09:30:60Z", "2026-11-21T09:30:00Z", "2026-11-21t09:30:00.5z",
                                  "2026-12-31T23:59:60Z", "2027-01-01T02:59:60+03:00", "0001-01-01T00:00:00+01:00"]):
        item = {"uuid": str(uuidlib.UUID(int=n + 1)), "kind": "application", "captured_at": captured,
                "payload": {"service_id": "svc-001", "fields": {}}}
        r = client.post("/api/v1/submissions/batch", json={"items": [item]})
        assert (r.status_code == 200) == format_check.is_valid(captured) == is_date_time(captured), (captured, r.text)
        if r.status_code == 422:
            assert r.json()["error"]["code"] == "invalid_request" and "captured_at" in r.json()["error"]["message"]


def test_no_answer_is_declared_in_fastapis_unused_validation_shape(doc):
    text = json.dumps(doc)
    assert "HTTPValidationError" not in text
    for item in doc["paths"].values():
        for op in item.values():
            if "422" in op["responses"]:
                assert set(op["responses"]["422"]["content"]) <= {"application/json", FHIR_JSON}


def test_429_and_503_declare_retry_after(doc):
    for item in doc["paths"].values():
        for op in item.values():
            for status in ("429", "503"):
                if status in op["responses"]:
                    assert op["responses"][status]["headers"]["Retry-After"]["required"]
    assert "503" in operation(doc, "GET", "/api/v1/changes/{dataset}")["responses"]


def test_declared_links_point_at_operations_of_the_document(doc):
    found = 0
    for item in doc["paths"].values():
        for op in item.values():
            for response in op["responses"].values():
                for link in response.get("links", {}).values():
                    path, method = link["operationRef"].removeprefix("#/paths/").rsplit("/", 1)
                    assert method in doc["paths"][path.replace("~1", "/").replace("~0", "~")]
                    found += 1
    assert found == sum(len(statuses) for _, _, statuses, *_ in LINKS)


def test_a_fhir_body_over_the_limit_gets_an_operation_outcome(tmp_path: Path):
    storage = open_test_storage(tmp_path / "backend.db")
    token = storage.add_kiosk("kiosk-1")
    with TestClient(create_app(storage, faults_enabled=False, max_body_bytes=1000)) as c:
        r = c.post(f"{FHIR}/Appointment", content=b"{" + b" " * 2000 + b"}",
                   headers={"Authorization": f"Bearer {token}", "Content-Type": FHIR_JSON})
        doc = c.get("/openapi.json").json()
    storage.close()
    assert r.status_code == 413 and r.json()["resourceType"] == "OperationOutcome"
    assert conforms(doc, declared(doc, "POST", f"{FHIR}/Appointment", r), r.json())
