"""Console core additions without Qt: masking, settings validation, queue rules, connection steps."""

from __future__ import annotations

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


def test_unknown_host_fails_at_name_resolution() -> None:
    steps = conn.test_connection("https://no-such-host.invalid", "token-123456", timeout_s=2)
    assert steps[0].status == "failed" and steps[0].code == "unknown_host"
