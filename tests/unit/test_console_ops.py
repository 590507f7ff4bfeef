"""Console core additions without Qt: masking, settings validation, queue rules, connection steps."""

from __future__ import annotations

import time

import pytest

import kiosk.console.connection as conn
from kiosk.console import enrolment, lookup
from tests.e2e.backend_proc import free_port


def test_mask_keeps_little_of_each_word() -> None:
    assert lookup.mask("Иванова Мария") == "И••••ва М••ия"
    assert "Иванова" not in lookup.mask("Иванова Мария Петровна")
    assert lookup.mask("12") == "••"


@pytest.mark.parametrize("field, value, code", [
    ("backend_url", "http://backend.example", "https_required"),
    ("backend_url", "https://x.example/?a=1", "url_query"),
    ("kiosk_id", "a b", "bad_kiosk_id"),
    ("proxy", "proxy:3128", "bad_proxy"),
    ("sync_batch_size", "0", "range"),
    ("default_language", "de", "bad_language"),
])
def test_each_setting_is_validated(field: str, value: str, code: str) -> None:
    values = {"backend_url": "https://b.example", "kiosk_id": "k1", "sync_interval_s": "60",
              "sync_batch_size": "100", "idle_timeout_s": "90", "console_idle_s": "120",
              "default_language": "ru", field: value}
    _, errors = enrolment.validate(values, has_token=True, office_ids=set())
    assert errors[field][0] == code


def test_localhost_may_use_plain_http_and_a_token_is_required_once() -> None:
    values = {"backend_url": "http://127.0.0.1:8000", "kiosk_id": "k1", "sync_interval_s": "60",
              "sync_batch_size": "100", "idle_timeout_s": "90", "console_idle_s": "120", "default_language": "en"}
    clean, errors = enrolment.validate(values, has_token=False, office_ids=set())
    assert errors == {"token": ("required", {})}
    clean, errors = enrolment.validate(values, has_token=True, office_ids=set())
    assert not errors and clean["backend_url"] == "http://127.0.0.1:8000"


def test_connection_to_a_closed_port_fails_at_the_connect_step() -> None:
    steps = conn.test_connection(f"http://127.0.0.1:{free_port()}", "token-123456", timeout_s=2)
    assert [(s.step, s.status) for s in steps] == [("resolve", "ok"), ("connect", "failed"), ("tls", "skipped"),
                                                   ("auth", "skipped"), ("version", "skipped")]
    assert steps[1].code == "refused"


def test_connection_check_against_a_dripping_server_ends_within_twice_its_timeout() -> None:
    from tests.faulty_server import FaultyServer, drip, health_body

    with FaultyServer(drip(health_body(), every_s=0.2)) as server:  # each byte well within the 0.5 s
        start = time.monotonic()
        steps = conn.test_connection(server.url, "token-123456", timeout_s=0.5)
        elapsed = time.monotonic() - start
    assert elapsed < 2.5, f"the check took {elapsed:.1f} s"
    auth = next(s for s in steps if s.step == "auth")
    assert auth.status == "failed" and auth.code == "no_answer" and "complete answer within 1 s" in auth.info["error"]


def test_unknown_host_fails_at_name_resolution() -> None:
    steps = conn.test_connection("https://no-such-host.invalid", "token-123456", timeout_s=2)
    assert steps[0].status == "failed" and steps[0].code == "unknown_host"


def test_staff_times_are_the_office_local_time_to_the_minute() -> None:
    from kiosk.console import reports

    assert reports.local_time("2026-11-21T09:45:02Z", "Europe/Ulyanovsk") == "21.11.2026 13:45"
    assert reports.local_time("2026-11-21T09:45:02Z", "Europe/Moscow") == "21.11.2026 12:45"
    assert reports.utc_offset("Europe/Ulyanovsk") == "UTC+4"
    assert reports.utc_offset("Asia/Kolkata") == "UTC+5:30"
    assert reports.local_time("not a time", "Europe/Moscow") == "not a time"
    # an unknown zone falls back to this machine's zone instead of failing
    assert len(reports.local_time("2026-11-21T09:45:02Z", "Nowhere/Nothing")) == len("21.11.2026 13:45")


@pytest.mark.parametrize("message, kind, stage", [
    ("pull of utilities: the backend did not answer within 30 s", "timeout", "pull"),
    ("delivery: the backend did not send a complete answer within 120 s (sync.request_limit_s)", "timeout",
     "delivery"),
    ("delivery: the sync run's time ran out after waiting 37 s for the backend", "timeout", "delivery"),
    ("delivery: cannot connect to the backend (connection refused)", "unreachable", "delivery"),
    ("delivery: the backend's TLS certificate could not be verified (x); check the CA bundle setting",
     "certificate", "delivery"),
    ("pull of offices: the proxy refused or failed (x)", "proxy", "pull"),
    ("delivery: the backend rejected the kiosk's token (HTTP 401)", "token", "delivery"),
    ("delivery: the backend says this kiosk is not allowed (revoked) (HTTP 403)", "revoked", "delivery"),
    ("pull of catalogue: the backend is busy or failing (HTTP 503)", "busy", "pull"),
    ("clinic: clinic connector failed; see the kiosk log", "clinic", "clinic"),
    ("pull of catalogue: unexpected HTTP status 418", "answer", "pull"),
])
def test_sync_errors_are_sorted_by_what_the_technician_should_do(message: str, kind: str, stage: str) -> None:
    from kiosk.console import reports

    assert reports.error_kind(message) == kind
    assert reports.error_stage(message) == stage
