"""Two kiosks on one REAL backend process: each reads, searches, changes and matches only its own
appointments and submissions (issue 14, findings 3 and 4); personal data stays out of URLs and the
access log."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from typing import Any

import pytest
import requests

from kiosk.domain import status as st
from kiosk.services import status as status_service
from tests.e2e.backend_proc import BackendProcess
from tests.fhir_check import luhn_enp, validate

pytestmark = pytest.mark.e2e

TIMEOUT = 10
FHIR = "/fhir/R4"
ENP_SYSTEM = "https://mfc-kiosk.example/fhir/sid/enp"
FHIR_JSON = "application/fhir+json"
FORM = "application/x-www-form-urlencoded"
ENP = luhn_enp(734_512_345_678_901)
PHONE = "+79271234567"
BIRTH = "1968-02-29"
RECEIPT = "K7QW-3M2A-9XTP"


class Kiosk:
    """One kiosk's token on the backend, speaking plain HTTP (no kiosk code: the server is under test)."""

    def __init__(self, backend: BackendProcess, token: str):
        self.backend = backend
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def fhir(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, self.backend.url(FHIR + path), timeout=TIMEOUT, **kwargs)

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, self.backend.url("/api/v1" + path), timeout=TIMEOUT, **kwargs)

    def post_search(self, form: dict[str, str]) -> dict[str, Any]:
        r = self.fhir("POST", "/Appointment/_search", data=form, headers={"Content-Type": FORM})
        assert r.status_code == 200, r.text
        return validate_json(r)

    def create(self, appt: dict[str, Any]) -> requests.Response:
        ident = appt["identifier"][0]
        return self.fhir("POST", "/Appointment", data=json.dumps(appt),
                         headers={"Content-Type": FHIR_JSON,
                                  "If-None-Exist": f"identifier={ident['system']}|{ident['value']}"})


def validate_json(response: requests.Response) -> dict[str, Any]:
    assert response.headers["content-type"].startswith(FHIR_JSON)
    body = response.json()
    validate(body)
    return body


def appointment(slot: dict[str, Any], ident: str | None = None) -> dict[str, Any]:
    """A booking as the kiosk makes it: the patient (ENP, birth date, phone) in a contained Patient."""
    return {"resourceType": "Appointment", "status": "booked",
            "identifier": [{"system": "urn:ietf:rfc:3986", "value": ident or f"urn:uuid:{uuidlib.uuid4()}"}],
            "slot": [{"reference": f"Slot/{slot['id']}"}], "start": slot["start"], "end": slot["end"],
            "contained": [{"resourceType": "Patient", "id": "patient",
                           "identifier": [{"system": ENP_SYSTEM, "value": ENP}], "birthDate": BIRTH,
                           "telecom": [{"system": "phone", "value": PHONE, "use": "mobile"}]}],
            "participant": [{"actor": {"reference": "#patient", "identifier": {"system": ENP_SYSTEM, "value": ENP}},
                             "status": "accepted"}],
            "comment": f"Booked at a self-service kiosk, receipt {RECEIPT}"}


def free_slots(kiosk: Kiosk, n: int) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    r = kiosk.fhir("GET", "/Slot", params={"status": "free", "start": f"gt{now:%Y-%m-%dT%H:%M:%SZ}", "_count": n})
    return [e["resource"] for e in validate_json(r)["entry"]]


def leaks(text: str) -> list[str]:
    """Personal data or receipt numbers found in ``text`` (in every spelling a client might use)."""
    forms = [ENP, PHONE, PHONE.lstrip("+"), BIRTH, RECEIPT, RECEIPT.replace("-", ""), RECEIPT.lower(),
             RECEIPT.replace("-", "").lower(), RECEIPT.replace("-", "%20")]
    return [f for f in forms if f in text]


@pytest.fixture
def two_kiosks(backend_factory) -> tuple[BackendProcess, Kiosk, Kiosk]:
    backend = backend_factory("own", reference="demo", kiosk_id="kiosk-a", log_level="info")
    assert backend.token
    return backend, Kiosk(backend, backend.token), Kiosk(backend, backend.add_kiosk("kiosk-b"))


def test_kiosk_b_cannot_read_search_cancel_or_match_kiosk_a_appointment(two_kiosks):
    backend, a, b = two_kiosks
    slot, spare = free_slots(a, 2)
    appt = appointment(slot)
    made = a.create(appt)
    assert made.status_code == 201, made.text
    aid, ident = made.json()["id"], appt["identifier"][0]["value"]

    # read (and the vread named in Location): "not found", like an id that never existed
    theirs, never = b.fhir("GET", f"/Appointment/{aid}"), b.fhir("GET", f"/Appointment/{uuidlib.uuid4()}")
    assert theirs.status_code == never.status_code == 404 and "etag" not in theirs.headers
    assert validate_json(theirs)["issue"][0]["code"] == validate_json(never)["issue"][0]["code"]
    assert b.fhir("GET", f"/Appointment/{aid}/_history/1").status_code == 404
    # cancel with the version a reader would have had: 404, the slot stays booked
    cancel = {**made.json(), "status": "cancelled"}
    cancel.pop("meta")
    put = b.fhir("PUT", f"/Appointment/{aid}", data=json.dumps(cancel),
                 headers={"Content-Type": FHIR_JSON, "If-Match": 'W/"1"'})
    assert put.status_code == 404 and not leaks(put.text)
    assert validate_json(a.fhir("GET", f"/Slot/{slot['id']}"))["status"] == "busy"
    # searches: by ENP (POST only), by identifier, by id: nothing
    for form in ({"patient:identifier": f"{ENP_SYSTEM}|{ENP}"}, {"patient:identifier": ENP}, {"identifier": ident},
                 {"_id": aid}):
        found = b.post_search(form)
        assert found["total"] == 0 and "entry" not in found
    assert validate_json(b.fhir("GET", "/Appointment", params={"identifier": ident}))["total"] == 0
    in_url = b.fhir("GET", "/Appointment", params={"patient:identifier": ENP})
    assert in_url.status_code == 400 and "POST" in in_url.json()["issue"][0]["diagnostics"]
    # a conditional create naming A's identifier: refused, nothing of A's returned or changed
    clash = b.create(appointment(spare, ident=ident))
    assert clash.status_code == 412 and aid not in clash.text and not leaks(clash.text)
    assert validate_json(a.fhir("GET", f"/Slot/{spare['id']}"))["status"] == "free"

    # kiosk A: everything still works, and its appointment is untouched
    mine = a.fhir("GET", f"/Appointment/{aid}")
    assert mine.status_code == 200 and mine.headers["etag"] == 'W/"1"'
    found = a.post_search({"patient:identifier": f"{ENP_SYSTEM}|{ENP}"})
    assert [e["resource"]["id"] for e in found["entry"]] == [aid] and PHONE in json.dumps(found)
    assert a.create(appt).status_code == 200
    done = a.fhir("PUT", f"/Appointment/{aid}", data=json.dumps(cancel),
                  headers={"Content-Type": FHIR_JSON, "If-Match": mine.headers["etag"]})
    assert done.status_code == 200 and done.json()["status"] == "cancelled"
    assert validate_json(a.fhir("GET", f"/Slot/{slot['id']}"))["status"] == "free"


def test_kiosk_b_cannot_look_up_kiosk_a_submissions(two_kiosks):
    backend, a, b = two_kiosks
    item = {"uuid": str(uuidlib.uuid4()), "kind": "application", "captured_at": "2026-11-21T09:30:00Z",
            "receipt_number": RECEIPT, "payload": {"service_id": "svc-001", "fields": {"phone": PHONE}}}
    pushed = a.api("POST", "/submissions/batch", json={"items": [item]}).json()["results"][0]
    assert pushed["result"] == "accepted"

    by_uuid = b.api("GET", f"/submissions/{item['uuid']}")
    by_receipt = b.api("POST", "/submissions/lookup", json={"receipt_number": RECEIPT.lower()})
    never = b.api("GET", f"/submissions/{uuidlib.uuid4()}")
    assert by_uuid.status_code == by_receipt.status_code == never.status_code == 404
    assert by_uuid.json() == never.json() and pushed["server_ref"] not in by_receipt.text
    reuse = b.api("POST", "/submissions/batch", json={"items": [item]}).json()["results"][0]
    assert reuse["result"] == "conflict" and pushed["server_ref"] not in json.dumps(reuse)
    in_url = b.api("GET", "/submissions", params={"receipt": RECEIPT})
    assert in_url.status_code == 400 and in_url.json()["error"]["code"] == "use_post"

    assert a.api("GET", f"/submissions/{item['uuid']}").json()["server_ref"] == pushed["server_ref"]
    mine = a.api("POST", "/submissions/lookup", json={"receipt_number": RECEIPT.replace("-", " ")})
    assert mine.status_code == 200 and mine.json()["uuid"] == item["uuid"]
    assert [s["kiosk_id"] for s in backend.submissions()] == ["kiosk-a"]

    # the kiosk's own status look-up (status screen, clerk's "find"): A's answer, B "not found" (online)
    from kiosk.sync.config import SyncConfig

    def ask(kiosk: Kiosk, kiosk_id: str) -> st.RemoteStatus:
        token = kiosk.session.headers["Authorization"].removeprefix("Bearer ")
        return status_service.remote_status(SyncConfig(backend.base_url, kiosk_id, token), item["uuid"])

    assert ask(a, "kiosk-a").server_ref == pushed["server_ref"]
    assert ask(b, "kiosk-b") == st.RemoteStatus(online=True, found=False)


def test_the_access_log_has_no_enp_or_receipt_number_after_lookups(two_kiosks, tmp_path):
    """The kiosk's own clinic connector books and cancels, then look-ups in every form a client might
    try (the refused URL forms included); the server's log (access log on) holds none of it."""
    from kiosk import settings as ks
    from kiosk.clinic import booking
    from kiosk.clinic.fhir_client import FhirClient
    from kiosk.clinic.sync import K_USE_LEASES, ClinicSync
    from kiosk.sync import config as cfg
    from offline_db.opening import open_store

    backend, a, b = two_kiosks
    store = open_store(tmp_path / "kiosk.sqlite3")
    token = backend.add_kiosk("kiosk-c")
    ks.put(store, "kiosk_id", "kiosk-c")
    store.set_setting(cfg.K_URL, backend.base_url)
    store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(tmp_path, "kiosk-c", token)))
    store.set_setting(K_USE_LEASES, True)
    try:
        assert ClinicSync(store, FhirClient(cfg.load(store))).run().ok
        role = store.query("SELECT practitioner_role_id FROM schedules LIMIT 1")[0]["practitioner_role_id"]
        made = booking.book(store, booking.open_slots(store, role)[0]["id"],
                            booking.Patient(ENP, dt.date.fromisoformat(BIRTH), PHONE))
        assert ClinicSync(store, FhirClient(cfg.load(store))).run().created == 1
        booking.cancel(store, made["uuid"])
        assert ClinicSync(store, FhirClient(cfg.load(store))).run().cancelled == 1
        receipt = made["receipt_number"]
    finally:
        store.close()

    item = {"uuid": str(uuidlib.uuid4()), "kind": "application", "captured_at": "2026-11-21T09:30:00Z",
            "receipt_number": RECEIPT, "payload": {"service_id": "svc-001", "fields": {}}}
    assert a.api("POST", "/submissions/batch", json={"items": [item]}).status_code == 200
    assert a.api("POST", "/submissions/lookup", json={"receipt_number": RECEIPT}).status_code == 200
    assert a.post_search({"patient:identifier": f"{ENP_SYSTEM}|{ENP}"})["total"] == 0  # kiosk-c's, not A's
    refused = [a.fhir("GET", "/Appointment", params={"patient:identifier": f"{ENP_SYSTEM}|{ENP}"}),
               b.fhir("GET", f"/Patient/{ENP}"),
               a.api("GET", "/submissions", params={"receipt": RECEIPT}),
               a.api("GET", "/submissions", params={"receipt": receipt}),
               a.api("GET", f"/submissions/{RECEIPT.replace('-', '')}")]
    assert all(r.status_code >= 400 for r in refused)
    assert a.api("GET", f"/changes/offices?{RECEIPT}").status_code == 200  # an ignored query word, still masked
    backend.stop()  # flush and close the log

    log = backend.log_path.read_text(encoding="utf-8")
    assert '"POST /fhir/R4/Appointment/_search HTTP/1.1" 200' in log     # the access log is on ...
    assert '"GET /fhir/R4/Appointment?patient%3Aidentifier=*** HTTP/1.1" 400' in log  # ... and masked
    assert '"GET /api/v1/submissions?receipt=*** HTTP/1.1" 400' in log
    assert '"GET /fhir/R4/Patient/*** HTTP/1.1" 404' in log
    assert not leaks(log), leaks(log)
    assert receipt not in log and receipt.replace("-", "") not in log
