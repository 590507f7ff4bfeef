"""The backend's FHIR R4 subset in-process (TestClient): every answer is valid FHIR R4 (fhir.resources),
searches page with next links, conditional create, If-Match cancels, 409 on a taken slot, leases."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from offline_db.demo import demo_rows
from regional_backend.app import create_app
from regional_backend.fhir.store import FhirStore, LeasePolicy
from regional_backend.storage import SqliteStorage
from tests.fhir_check import luhn_enp, validate

FHIR = "/fhir/R4"
ENP_SYSTEM = "https://mfc-kiosk.example/fhir/sid/enp"


@pytest.fixture
def storage(tmp_path: Path):
    s = SqliteStorage(tmp_path / "backend.db")
    rows = demo_rows()
    FhirStore(s).load({t: rows[t] for t in ("clinics", "specialties", "practitioners", "practitioner_roles",
                                            "schedules", "slots")})
    yield s
    s.close()


def _client(storage: SqliteStorage, kiosk: str, policy: LeasePolicy | None = None) -> TestClient:
    token = storage.add_kiosk(kiosk)
    c = TestClient(create_app(storage, faults_enabled=False, lease_policy=policy or LeasePolicy()))
    c.headers["Authorization"] = f"Bearer {token}"
    return c


@pytest.fixture
def client(storage):
    with _client(storage, "kiosk-1") as c:
        yield c


def fhir(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/fhir+json")
    body = response.json()
    validate(body)
    return body


def free_slot(client: TestClient, n: int = 0) -> dict:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = fhir(client.get(f"{FHIR}/Slot", params={"status": "free", "start": f"gt{now}", "_count": n + 1}))
    return body["entry"][n]["resource"]


def appointment(slot: dict, ident: str | None = None, enp: str | None = None) -> dict:
    enp = enp or luhn_enp(42)
    return {"resourceType": "Appointment", "status": "booked",
            "identifier": [{"system": "urn:ietf:rfc:3986", "value": ident or f"urn:uuid:{uuidlib.uuid4()}"}],
            "slot": [{"reference": f"Slot/{slot['id']}"}], "start": slot["start"], "end": slot["end"],
            "contained": [{"resourceType": "Patient", "id": "patient", "identifier": [{"system": ENP_SYSTEM, "value": enp}],
                           "birthDate": "1980-05-01"}],
            "participant": [{"actor": {"reference": "#patient", "identifier": {"system": ENP_SYSTEM, "value": enp}},
                             "status": "accepted"}]}


def create(client: TestClient, appt: dict):
    ident = appt["identifier"][0]
    return client.post(f"{FHIR}/Appointment", json=appt,
                       headers={"If-None-Exist": f"identifier={ident['system']}|{ident['value']}",
                                "Content-Type": "application/fhir+json"})


def test_metadata_is_a_valid_capability_statement_naming_the_lease_operation(client):
    body = fhir(client.get(f"{FHIR}/metadata", headers={"Authorization": ""}))
    slot = next(r for r in body["rest"][0]["resource"] if r["type"] == "Slot")
    assert slot["operation"][0]["name"] == "lease"


def test_without_leases_the_statement_has_no_lease_and_the_operation_is_absent(storage):
    with _client(storage, "k-plain", LeasePolicy(enabled=False)) as c:
        body = fhir(c.get(f"{FHIR}/metadata"))
        slot = next(r for r in body["rest"][0]["resource"] if r["type"] == "Slot")
        assert "operation" not in slot
        r = c.post(f"{FHIR}/Slot/$lease", json={"resourceType": "Parameters"})
        assert r.status_code in (404, 405)
        validate(r.json())


def test_auth_is_required_and_errors_are_operation_outcomes(client):
    r = client.get(f"{FHIR}/Organization", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    validate(r.json())
    r = client.get(f"{FHIR}/Organization/none")
    assert r.status_code == 404
    validate(r.json())
    r = client.get(f"{FHIR}/Slot", params={"bogus": "1"})
    assert r.status_code == 400


@pytest.mark.parametrize("rtype", ["Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot"])
def test_search_pages_through_everything_with_next_links_and_reads_match(client, rtype):
    seen: list[str] = []
    url = f"{FHIR}/{rtype}?_count=7" if rtype != "Slot" else f"{FHIR}/Slot?_count=400"
    total = None
    pages = 0
    while url and pages < 60:
        body = fhir(client.get(url))
        total = body["total"]
        seen += [e["resource"]["id"] for e in body.get("entry", [])]
        url = next((link["url"] for link in body.get("link", []) if link["relation"] == "next"), None)
        pages += 1
    assert len(seen) == len(set(seen)) == total
    read = fhir(client.get(f"{FHIR}/{rtype}/{seen[0]}"))
    assert read["id"] == seen[0]
    assert client.get(f"{FHIR}/{rtype}/{seen[0]}").headers["etag"] == f'W/"{read["meta"]["versionId"]}"'


def test_search_filters(client):
    roles = fhir(client.get(f"{FHIR}/PractitionerRole", params={"organization": "Organization/org-ul-poly-1",
                                                                 "specialty": "general-practice"}))
    assert roles["total"] >= 1
    role = roles["entry"][0]["resource"]
    assert role["organization"]["reference"] == "Organization/org-ul-poly-1"
    sched = fhir(client.get(f"{FHIR}/Schedule", params={"actor": f"PractitionerRole/{role['id']}"}))
    sid = sched["entry"][0]["resource"]["id"]
    day = dt.date.today() + dt.timedelta(days=1)
    slots = fhir(client.get(f"{FHIR}/Slot", params=[("schedule", f"Schedule/{sid}"), ("start", f"ge{day}"),
                                                      ("start", f"lt{day + dt.timedelta(days=7)}"), ("_count", "1000")]))
    for e in slots.get("entry", []):
        assert e["resource"]["schedule"]["reference"] == f"Schedule/{sid}"
        assert str(day) <= e["resource"]["start"][:10] < str(day + dt.timedelta(days=7))
    by_pract = fhir(client.get(f"{FHIR}/Slot", params={"schedule.actor": role["practitioner"]["reference"],
                                                         "status": "free", "_count": "5"}))
    assert all(e["resource"]["status"] == "free" for e in by_pract.get("entry", []))


def test_last_updated_gt_returns_only_what_changed(client):
    first = fhir(client.get(f"{FHIR}/Slot", params={"_count": "1000"}))
    newest = max(e["resource"]["meta"]["lastUpdated"] for e in first["entry"])
    assert fhir(client.get(f"{FHIR}/Slot", params={"_lastUpdated": f"gt{newest}"}))["total"] == 0
    slot = free_slot(client)
    fhir(create(client, appointment(slot)), 201)
    changed = fhir(client.get(f"{FHIR}/Slot", params={"_lastUpdated": f"gt{newest}"}))
    assert [e["resource"]["id"] for e in changed["entry"]] == [slot["id"]]
    assert changed["entry"][0]["resource"]["status"] == "busy"


def test_conditional_create_201_then_200_then_409_for_another_client_id(client):
    slot = free_slot(client)
    appt = appointment(slot)
    first = fhir(create(client, appt), 201)
    assert first["status"] == "booked"
    again = fhir(create(client, appt), 200)
    assert again["id"] == first["id"]
    taken = fhir(create(client, appointment(slot)), 409)
    assert taken["resourceType"] == "OperationOutcome"
    read = client.get(f"{FHIR}/Appointment/{first['id']}")
    assert fhir(read)["meta"]["versionId"] == "1" and read.headers["etag"] == 'W/"1"'


def test_several_matches_give_412(client, storage):
    slot, other = free_slot(client, 0), free_slot(client, 1)
    fhir(create(client, appointment(slot, "urn:uuid:dup")), 201)
    conn = sqlite3.connect(storage.path)
    with conn:
        conn.execute("INSERT INTO fhir_appointments SELECT 'copy', ident_system, ident_value, ?, patient_system,"
                     " patient_value, status, kiosk_id, version, last_updated, data FROM fhir_appointments", [other["id"]])
    conn.close()
    fhir(create(client, appointment(slot, "urn:uuid:dup")), 412)


def test_past_slot_and_unknown_slot_are_refused(client, storage):
    past = storage._conn().execute("SELECT id, start, \"end\" FROM fhir_slots WHERE status = 'free' AND start < ?"
                                   " LIMIT 1", [dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")]).fetchone()
    if past:
        fhir(create(client, appointment({"id": past[0], "start": past[1][:19] + "Z", "end": past[2][:19] + "Z"})), 409)
    fhir(create(client, appointment({"id": "nope", "start": "2030-01-01T00:00:00Z", "end": "2030-01-01T00:15:00Z"})), 422)


def test_cancel_needs_the_current_version_and_frees_the_slot(client):
    slot = free_slot(client)
    made = fhir(create(client, appointment(slot)), 201)
    cancelled = {**made, "status": "cancelled"}
    cancelled.pop("meta")
    url = f"{FHIR}/Appointment/{made['id']}"
    assert client.put(url, json=cancelled).status_code == 428
    fhir(client.put(url, json=cancelled, headers={"If-Match": 'W/"7"'}), 412)
    done = fhir(client.put(url, json=cancelled, headers={"If-Match": 'W/"1"'}))
    assert done["status"] == "cancelled" and done["meta"]["versionId"] == "2"
    fhir(client.put(url, json=cancelled, headers={"If-Match": 'W/"1"'}), 412)  # stale now
    assert fhir(client.get(f"{FHIR}/Slot/{slot['id']}"))["status"] == "free"


def test_search_appointments_by_patient_identifier(client):
    enp = luhn_enp(777)
    for n in range(2):
        fhir(create(client, appointment(free_slot(client, n), enp=enp)), 201)
    found = fhir(client.get(f"{FHIR}/Appointment", params={"patient:identifier": f"{ENP_SYSTEM}|{enp}"}))
    assert found["total"] == 2
    assert fhir(client.get(f"{FHIR}/Appointment", params={"patient:identifier": f"{ENP_SYSTEM}|{luhn_enp(1)}"}))["total"] == 0


def lease(c: TestClient, **params) -> list[dict]:
    parameter = [{"name": k, ("valueDecimal" if k == "share" else "valueBoolean" if k == "release" else "valueInteger"): v}
                 for k, v in params.items()]
    body = fhir(c.post(f"{FHIR}/Slot/$lease", json={"resourceType": "Parameters", "parameter": parameter}))
    return [e["resource"] for e in body.get("entry", [])]


def test_leases_are_disjoint_renewed_and_the_lessee_always_books(storage):
    with _client(storage, "kiosk-a") as a, _client(storage, "kiosk-b") as b:
        mine = lease(a, share=0.3)
        theirs = lease(b, share=0.3)
        assert mine and theirs
        assert not {s["id"] for s in mine} & {s["id"] for s in theirs}
        assert all(s["status"] == "busy-tentative" for s in mine)
        again = lease(a, share=0.3)
        assert {s["id"] for s in mine} <= {s["id"] for s in again}  # renewed, not replaced
        fhir(create(b, appointment(mine[0])), 409)                  # held by kiosk-a
        fhir(create(a, appointment(mine[0])), 201)                  # the lessee books it
        assert lease(a, release=True) == []
        assert fhir(a.get(f"{FHIR}/Slot/{mine[1]['id']}"))["status"] == "free"


def test_expired_leases_return_to_the_pool(storage):
    policy = LeasePolicy(ttl_s=1, grace_s=0)
    with _client(storage, "kiosk-a", policy) as a, _client(storage, "kiosk-b", policy) as b:
        mine = lease(a, count=5)
        assert len(mine) == 5
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and fhir(b.get(f"{FHIR}/Slot/{mine[0]['id']}"))["status"] != "free":
            time.sleep(0.1)
            b.get(f"{FHIR}/Slot", params={"status": "free", "_count": 1})  # a search sweeps expired leases
        assert all(fhir(b.get(f"{FHIR}/Slot/{s['id']}"))["status"] == "free" for s in mine)
