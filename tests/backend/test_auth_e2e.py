"""Token guessing against a REAL backend process (issue 14, finding 7): a burst of wrong tokens from
one address gets 429 with Retry-After after the limit, a valid token from the same address is still
served, and a second backend process on the same database enforces the same count."""

from __future__ import annotations

import secrets

import pytest
import requests

from tests.e2e.backend_proc import BackendProcess

pytestmark = pytest.mark.e2e

TIMEOUT = 10


def test_a_burst_of_wrong_tokens_gets_429_shared_by_two_processes(backend_factory, tmp_path):
    backend = backend_factory("guess")
    guesses = requests.Session()
    answers = []
    for _ in range(60):
        r = guesses.get(backend.url("/api/v1/changes/offices"), timeout=TIMEOUT,
                        headers={"Authorization": f"Bearer {secrets.token_urlsafe(32)}"})
        answers.append((r.status_code, r.headers.get("Retry-After"), r.json()["error"]["code"]))
    assert [a[0] for a in answers] == [401] * 20 + [429] * 40  # the default: 20 per minute and address
    assert {a[2] for a in answers[20:]} == {"too_many_auth_failures"}
    assert all(a[1] and 1 <= int(a[1]) <= 60 for a in answers[20:])
    fhir = guesses.get(backend.url("/fhir/R4/Slot"), headers={"Authorization": "Bearer nope"}, timeout=TIMEOUT)
    assert fhir.status_code == 429 and int(fhir.headers["Retry-After"]) <= 60
    assert fhir.json()["issue"][0]["code"] == "throttled"
    # the kiosk behind the same address still gets through
    assert requests.get(backend.url("/api/v1/changes/offices"), headers=backend.headers, timeout=TIMEOUT).ok

    # a second backend process on the same database knows the count at once
    with BackendProcess(backend.db_path, log_path=tmp_path / "second.log") as second:
        second.start()
        r = requests.get(second.url("/api/v1/changes/offices"), headers={"Authorization": "Bearer other-guess"},
                         timeout=TIMEOUT)
        assert r.status_code == 429 and r.headers["Retry-After"]
        assert requests.get(second.url("/api/v1/changes/offices"), headers=backend.headers, timeout=TIMEOUT).ok
        doc = requests.get(second.url("/openapi.json"), timeout=TIMEOUT).json()
    for path in ("/api/v1/submissions/batch", "/api/v1/submissions/{uuid}", "/api/v1/submissions/lookup",
                 "/api/v1/changes/{dataset}", "/fhir/R4/Appointment", "/fhir/R4/Slot/_search"):
        for operation in doc["paths"][path].values():
            assert "429" in operation["responses"], path
