"""The backend's FHIR R4 subset in-process (TestClient): every answer is valid FHIR R4 (fhir.resources),
searches page with next links, conditional create, If-Match cancels, 409 on a taken slot, leases."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import uuid as uuidlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mfc_rules.demo import demo_rows
from regional_backend import clock
from regional_backend.app import create_app
from regional_backend.fhir.leasing import LeasePolicy
from regional_backend.storage import Storage
from tests.fhir_check import luhn_enp, validate
from tests.pg_fixtures import open_test_storage

FHIR = "/fhir/R4"
ENP_SYSTEM = "https://mfc-kiosk.example/fhir/sid/enp"


@pytest.fixture
def storage(tmp_path: Path):
    s = open_test_storage(tmp_path / "backend.db")
    rows = demo_rows(now=clock.now())
    s.fhir().load({t: rows[t] for t in ("clinics", "specialties", "practitioners", "practitioner_roles",
                                        "schedules", "slots")})
    yield s
    s.close()


def _client(storage: Storage, kiosk: str, policy: LeasePolicy | None = None) -> TestClient:
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


def post_search(client: TestClient, rtype: str, form: dict | list, url: str | None = None):
    return client.post(url or f"{FHIR}/{rtype}/_search", data=form,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})


def test_search_appointments_by_patient_identifier_is_a_post_search(client):
    enp = luhn_enp(777)
    for n in range(3):
        fhir(create(client, appointment(free_slot(client, n), enp=enp)), 201)
    found = fhir(post_search(client, "Appointment", {"patient:identifier": f"{ENP_SYSTEM}|{enp}"}))
    assert found["total"] == 3
    assert all(enp not in link["url"] for link in found["link"])
    assert fhir(post_search(client, "Appointment", {"patient:identifier": f"{ENP_SYSTEM}|{luhn_enp(1)}"}))["total"] == 0
    # paging: POST the same form to the next link, which carries the page token but no ENP
    seen, url = [], None
    for _ in range(5):
        page = fhir(post_search(client, "Appointment", {"patient:identifier": enp, "_count": "1"}, url))
        seen += [e["resource"]["id"] for e in page.get("entry", [])]
        url = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
        if url is None:
            break
        assert enp not in url and "/Appointment/_search?" in url
    assert len(seen) == len(set(seen)) == 3


@pytest.mark.parametrize("params", [{"patient:identifier": "{enp}"}, {"patient:identifier": "x|{enp}", "_count": "1"},
                                    {"patient": "{enp}"}])
def test_a_patient_search_in_the_url_is_refused_and_says_to_post(client, params):
    enp = luhn_enp(778)
    fhir(create(client, appointment(free_slot(client), enp=enp)), 201)
    query = {k: v.format(enp=enp) for k, v in params.items()}
    refused = fhir(client.get(f"{FHIR}/Appointment", params=query), 400)
    assert "entry" not in refused and "POST" in refused["issue"][0]["diagnostics"]
    assert "_search" in refused["issue"][0]["diagnostics"] and refused["issue"][0]["details"]["text"]
    # nor in the URL of a POST search
    fhir(client.post(f"{FHIR}/Appointment/_search", params=query), 400)
    # GET on _search: 405 with Allow
    wrong = client.get(f"{FHIR}/Appointment/_search")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"


def test_post_search_serves_every_type_and_wants_a_form(client):
    page = fhir(post_search(client, "Organization", {"_count": "2"}))
    assert page["total"] >= 2 and len(page["entry"]) == 2
    fhir(client.post(f"{FHIR}/Organization/_search", json={"_count": "2"}), 415)
    fhir(post_search(client, "Slot", {"bogus": "1"}), 400)


def test_a_kiosk_reads_searches_updates_and_matches_only_its_own_appointments(storage):
    """Finding 3 and 4 in-process: kiosk B gets "not found" for everything of kiosk A's, and learns nothing."""
    with _client(storage, "kiosk-a") as a, _client(storage, "kiosk-b") as b:
        enp = luhn_enp(4242)
        slot = free_slot(a)
        appt = appointment(slot, enp=enp)
        made = fhir(create(a, appt), 201)
        url = f"{FHIR}/Appointment/{made['id']}"
        ident = appt["identifier"][0]["value"]

        unknown = fhir(b.get(f"{FHIR}/Appointment/{uuidlib.uuid4()}"), 404)
        theirs = fhir(b.get(url), 404)
        assert theirs["issue"][0]["code"] == unknown["issue"][0]["code"] == "not-found"
        assert enp not in json.dumps(theirs) and "etag" not in b.get(url).headers
        assert b.get(f"{url}/_history/1").status_code == 404  # no vread for anyone
        for form in ({"patient:identifier": f"{ENP_SYSTEM}|{enp}"}, {"patient:identifier": enp},
                     {"identifier": ident}, {"_id": made["id"]}):
            found = fhir(post_search(b, "Appointment", form))
            assert found["total"] == 0 and "entry" not in found
        assert fhir(b.get(f"{FHIR}/Appointment", params={"identifier": ident}))["total"] == 0
        assert fhir(b.get(f"{FHIR}/Appointment", params={"_id": made["id"]}))["total"] == 0

        cancel = {**made, "status": "cancelled"}
        cancel.pop("meta")
        for headers in ({"If-Match": 'W/"1"'}, {}, {"If-Match": 'W/"9"'}):  # 404 before any other check
            refused = fhir(b.put(url, json=cancel, headers=headers), 404)
            assert enp not in json.dumps(refused)
        # a conditional create naming A's identifier: refused, A's appointment neither returned nor touched
        other_slot = free_slot(b, 3)
        clash = fhir(create(b, appointment(other_slot, ident=ident, enp=luhn_enp(1))), 412)
        assert clash["resourceType"] == "OperationOutcome" and made["id"] not in json.dumps(clash)
        assert enp not in json.dumps(clash)
        plain = b.post(f"{FHIR}/Appointment", json=appointment(other_slot, ident=ident),
                       headers={"Content-Type": "application/fhir+json"})
        assert plain.status_code == 409 and made["id"] not in plain.text
        assert fhir(b.get(f"{FHIR}/Slot/{other_slot['id']}"))["status"] == "free"  # nothing booked for B

        # A's appointment is as it was, and A still does everything
        mine = a.get(url)
        assert fhir(mine)["status"] == "booked" and mine.headers["etag"] == 'W/"1"'
        assert fhir(a.get(f"{FHIR}/Slot/{slot['id']}"))["status"] == "busy"
        assert fhir(post_search(a, "Appointment", {"patient:identifier": enp}))["total"] == 1
        assert fhir(create(a, appt), 200)["id"] == made["id"]
        assert fhir(a.put(url, json=cancel, headers={"If-Match": 'W/"1"'}))["status"] == "cancelled"
        assert fhir(a.get(f"{FHIR}/Slot/{slot['id']}"))["status"] == "free"


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


def _put(c: TestClient, made: dict, version: str, **changes):
    body = {**made, **changes}
    body.pop("meta", None)
    return c.put(f"{FHIR}/Appointment/{made['id']}", json=body, headers={"If-Match": f'W/"{version}"'})


def test_the_clinic_moves_an_appointment_to_a_free_slot_and_the_old_one_is_freed(client):
    """Issue 16, finding 2: a reschedule is a PUT naming the new Slot; start and end follow it."""
    first, second, taken = free_slot(client, 0), free_slot(client, 1), free_slot(client, 2)
    made = fhir(create(client, appointment(first)), 201)
    fhir(create(client, appointment(taken)), 201)
    refused = fhir(_put(client, made, "1", slot=[{"reference": f"Slot/{taken['id']}"}]), 409)
    assert refused["issue"][0]["code"] == "conflict"
    fhir(_put(client, made, "1", start=second["start"]), 422)  # a time without its slot
    fhir(_put(client, made, "1", slot=[{"reference": "Slot/nope"}]), 422)
    fhir(_put(client, made, "1", comment="changed"), 422)  # nothing else may change
    moved = fhir(_put(client, made, "1", slot=[{"reference": f"Slot/{second['id']}"}]))
    assert moved["slot"] == [{"reference": f"Slot/{second['id']}"}]
    assert (moved["start"], moved["end"], moved["meta"]["versionId"]) == (second["start"], second["end"], "2")
    assert fhir(client.get(f"{FHIR}/Slot/{first['id']}"))["status"] == "free"
    assert fhir(client.get(f"{FHIR}/Slot/{second['id']}"))["status"] == "busy"
    assert fhir(client.get(f"{FHIR}/Appointment/{made['id']}"))["start"] == second["start"]


def test_clinic_statuses_fulfilled_noshow_and_entered_in_error(client):
    slots = [free_slot(client, n) for n in range(2)]
    a, b = (fhir(create(client, appointment(s)), 201) for s in slots)
    assert fhir(_put(client, a, "1", status="fulfilled"))["status"] == "fulfilled"
    assert fhir(client.get(f"{FHIR}/Slot/{slots[0]['id']}"))["status"] == "busy"  # the visit took the time
    wrong = fhir(_put(client, b, "1", status="entered-in-error"))
    assert wrong["status"] == "entered-in-error"
    assert fhir(client.get(f"{FHIR}/Slot/{slots[1]['id']}"))["status"] == "free"
    fhir(_put(client, wrong, "2", status="booked"), 422)  # never restored


def test_a_kiosk_pulls_changes_of_its_own_appointments_only(storage):
    """``_lastUpdated`` alone searches appointments, and only the asking kiosk's."""
    with _client(storage, "kiosk-a") as a, _client(storage, "kiosk-b") as b:
        made = fhir(create(a, appointment(free_slot(a))), 201)
        since = made["meta"]["lastUpdated"]
        mine = fhir(a.get(f"{FHIR}/Appointment", params={"_lastUpdated": "gt2000-01-01T00:00:00Z"}))
        assert [e["resource"]["id"] for e in mine["entry"]] == [made["id"]]
        assert fhir(a.get(f"{FHIR}/Appointment", params={"_lastUpdated": f"gt{since}"}))["total"] == 0
        cancelled = fhir(_put(a, made, "1", status="cancelled"))
        later = fhir(a.get(f"{FHIR}/Appointment", params={"_lastUpdated": f"gt{since}"}))
        assert [e["resource"]["status"] for e in later["entry"]] == ["cancelled"]
        assert later["entry"][0]["resource"]["meta"]["lastUpdated"] == cancelled["meta"]["lastUpdated"]
        theirs = fhir(b.get(f"{FHIR}/Appointment", params={"_lastUpdated": "gt2000-01-01T00:00:00Z"}))
        assert theirs["total"] == 0 and "entry" not in theirs
