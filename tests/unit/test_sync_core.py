"""Sync core against a local stub backend (http.server in a thread): push, retries, pause, pull,
resync, malformed answers.  No Qt."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import random
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk import settings as ks
from kiosk.domain import meters as m
from kiosk.services import meters as meter_service
from kiosk.sync import config as cfg
from kiosk.sync.backoff import Backoff, parse_retry_after
from kiosk.sync.client import BackendClient
from kiosk.sync.core import SyncEngine, status
from mfc_rules import meters as rules
from mfc_rules.canonical import canonical_json, sha256_hex
from offline_db import outbox
from offline_db.opening import open_store

TOKEN = "tok-SECRET-0123456789abcdef"
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict | list = b""
    headers: dict[str, str] = field(default_factory=dict)
    path: str = "/api/v1/"
    cut: bool = False  # close the connection without an answer


class StubBackend:
    """A small fake of the regional backend; ``script`` replies take precedence, in order."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict, bytes]] = []
        self.script: list[Reply] = []
        self.accepted: dict[str, tuple[str, str]] = {}
        self.feeds: dict[str, list[dict]] = {"offices": [], "catalogue": [], "utilities": []}
        self.reject: dict[str, str] = {}
        self.expired_cursors: set[str] = set()
        self.lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                stub._handle(self)

            def do_POST(self):
                stub._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self, prefix: str = "/") -> list[str]:
        return [p for _m, p, _q, _b in self.requests if p.startswith(prefix)]

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urllib.parse.urlsplit(h.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        with self.lock:
            self.requests.append((h.command, parts.path, query, body))
            reply = next((r for r in self.script if parts.path.startswith(r.path)), None)
            if reply is not None:
                self.script.remove(reply)
        if reply is None:
            reply = self._default(h, parts.path, query, body)
        if reply.cut:
            h.close_connection = True
            h.connection.shutdown(2)
            return
        data = reply.body
        ctype = reply.headers.pop("Content-Type", "application/json")
        if isinstance(data, dict | list):
            data = json.dumps(data, ensure_ascii=False)
        if isinstance(data, str):
            data = data.encode()
        h.send_response(reply.status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(data)))
        for k, v in reply.headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    def _default(self, h, path: str, query: dict, body: bytes) -> Reply:
        if path == "/api/v1/health":
            return Reply(body={"status": "ok", "api_version": "1", "server_time": "2026-11-21T09:30:00Z"})
        if h.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Reply(401, {"error": {"code": "unauthorized", "message": "bad token"}})
        if path == "/api/v1/submissions/batch":
            results = []
            with self.lock:
                for item in json.loads(body)["items"]:
                    sha = sha256_hex(canonical_json(item["payload"]))
                    u = item["uuid"]
                    if u in self.reject:
                        results.append({"uuid": u, "result": "rejected", "code": self.reject[u],
                                        "reason_ru": "Отказ", "reason_en": "Refused"})
                    elif u in self.accepted and self.accepted[u][0] != sha:
                        results.append({"uuid": u, "result": "conflict", "code": "uuid_conflict",
                                        "reason_ru": "Конфликт", "reason_en": "Conflict"})
                    elif u in self.accepted:
                        results.append({"uuid": u, "result": "duplicate", "server_ref": self.accepted[u][1]})
                    else:
                        self.accepted[u] = (sha, f"RB-{len(self.accepted) + 1:06d}")
                        results.append({"uuid": u, "result": "accepted", "server_ref": self.accepted[u][1],
                                        "status": "received"})
            return Reply(body={"server_time": "2026-11-21T09:30:00Z", "results": results})
        if path.startswith("/api/v1/changes/"):
            ds = path.rsplit("/", 1)[1]
            cursor = query.get("cursor", "0")
            if cursor in self.expired_cursors or not cursor.isdigit():
                return Reply(410, {"error": {"code": "resync_required", "message": "cursor expired"}})
            start, limit = int(cursor), int(query.get("limit", 500))
            feed = self.feeds[ds]
            page = feed[start:start + limit]
            end = start + len(page)
            return Reply(body={"dataset": ds, "cursor": str(end), "more": end < len(feed), "changes": page})
        return Reply(404, {"error": {"code": "not_found", "message": "no such path"}})


@pytest.fixture
def stub():
    s = StubBackend()
    yield s
    s.close()


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "kiosk.sqlite3")
    yield s
    s.close()


def configure(store, url: str, tmp_path: Path, **extra) -> None:
    token_file = cfg.write_token(tmp_path, "k-01", TOKEN)
    ks.put(store, "kiosk_id", "k-01")
    store.set_setting(cfg.K_URL, url)
    store.set_setting(cfg.K_TOKEN_FILE, str(token_file))
    store.set_setting(cfg.K_TIMEOUT, [2, 5])
    for key, value in extra.items():
        store.set_setting(key, value)


class FakeSleep:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def engine_for(store, stub, tmp_path):
    made = []

    def make(**kwargs) -> SyncEngine:
        configure(store, stub.url, tmp_path)
        kwargs.setdefault("backoff", Backoff(0.01, 0.05, random.Random(7)))
        kwargs.setdefault("sleep", FakeSleep())
        e = SyncEngine(store, BackendClient(cfg.load(store)), **kwargs)
        made.append(e)
        return e

    yield make
    for e in made:
        e.client.close()


def queue(store, n: int, kind: str = "application") -> list[outbox.OutboxItem]:
    return [outbox.enqueue(store, kind, {"n": i, "name": "Иван Петров", "snils": "112-233-445 95"})
            for i in range(n)]


# --- backoff ---------------------------------------------------------------------------------
def test_backoff_full_jitter_with_cap_and_retry_after():
    b = Backoff(1.0, 8.0, random.Random(1))
    delays = [b.delay(a) for a in range(10) for _ in range(50)]
    assert all(0 <= d <= 8.0 for d in delays)
    assert max(b.delay(0) for _ in range(200)) <= 1.0
    assert b.delay(0, retry_after_s=30) >= 30
    assert b.delay(0, retry_after_s=10 ** 9) == 3600


def test_parse_retry_after_seconds_and_http_date():
    now = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.UTC)
    assert parse_retry_after("7") == 7
    date = email.utils.format_datetime(now + dt.timedelta(seconds=42), usegmt=True)
    assert parse_retry_after(date, now) == pytest.approx(42)
    assert parse_retry_after(email.utils.format_datetime(now - dt.timedelta(hours=1), usegmt=True), now) == 0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None and parse_retry_after("") is None


# --- config ----------------------------------------------------------------------------------
def test_backend_url_rules():
    assert cfg.check_backend_url("https://rb.example.ru/api/v1/") == "https://rb.example.ru"
    assert cfg.check_backend_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert cfg.check_backend_url("http://localhost:1") == "http://localhost:1"
    for bad in ("http://rb.example.ru", "ftp://x", "rb.example.ru", "https://x/?a=1"):
        with pytest.raises(cfg.ConfigError):
            cfg.check_backend_url(bad)


def test_token_file_is_private_and_never_shown(tmp_path):
    path = cfg.write_token(tmp_path, "k/01", TOKEN)
    assert path.name == "sync-token-k_01" and (path.stat().st_mode & 0o777) == 0o600
    assert cfg.read_token(path) == TOKEN
    conf = cfg.SyncConfig("http://127.0.0.1:1", "k", TOKEN)
    assert TOKEN not in repr(conf) and TOKEN not in str(conf)
    (tmp_path / "two").write_text("a b\n")
    with pytest.raises(cfg.ConfigError):
        cfg.read_token(tmp_path / "two")


def test_client_always_verifies_tls_and_uses_timeouts(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    c = BackendClient(cfg.SyncConfig("https://rb.example.ru", "k", TOKEN, ca_bundle=str(ca),
                                     proxy="http://proxy:3128"))
    assert c.session.verify == str(ca) and c.session.proxies["https"] == "http://proxy:3128"
    assert c.session.trust_env is False and c.transport.timeout == (5.0, 30.0) and c.transport.limit_s == 120.0
    c.close()
    c = BackendClient(cfg.SyncConfig("https://rb.example.ru", "k", TOKEN))
    assert c.session.verify is True
    c.close()


# --- push ------------------------------------------------------------------------------------
def test_push_in_batches_marks_items_accepted(store, stub, engine_for):
    items = queue(store, 7)
    engine = engine_for(batch_size=3, datasets=())
    report = engine.run_once()
    assert report.ok and report.accepted == 7
    assert len(stub.paths("/api/v1/submissions/batch")) == 3
    got = [outbox.get_by_uuid(store, i.uuid) for i in items]
    assert all(g.state == "accepted" and g.server_ref.startswith("RB-") for g in got)
    sent = [json.loads(b)["items"] for m, p, q, b in stub.requests if p.endswith("/batch")]
    first = sent[0][0]
    assert first["receipt_number"] == items[0].receipt_number and first["captured_at"] == items[0].captured_at
    assert status(store)["last_success_at"] and status(store)["outbox"]["accepted"] == 7


def test_resend_after_crash_is_a_duplicate_and_accepted(store, stub, engine_for):
    items = queue(store, 3)
    engine = engine_for(datasets=())
    outbox.claim_batch(store, 10)  # a run that died after claiming (or after the backend stored them)
    stub.accepted[items[0].uuid] = (items[0].payload_sha256, "RB-000777")
    report = engine.run_once()
    assert report.recovered == 3 and report.ok
    assert outbox.get_by_uuid(store, items[0].uuid).server_ref == "RB-000777"


def test_rejected_and_conflict_are_final_with_reasons(store, stub, engine_for):
    a, b = queue(store, 2)
    stub.reject[a.uuid] = "account_unknown"
    stub.accepted[b.uuid] = ("0" * 64, "RB-000001")  # same uuid, another payload
    report = engine_for(datasets=()).run_once()
    assert report.ok and (report.rejected, report.conflict) == (1, 1)
    ga, gb = outbox.get_by_uuid(store, a.uuid), outbox.get_by_uuid(store, b.uuid)
    assert (ga.state, ga.reject_code, ga.reject_reason_ru, ga.reject_reason_en) == (
        "rejected", "account_unknown", "Отказ", "Refused")
    assert (gb.state, gb.reject_code) == ("conflict", "uuid_conflict")


def test_server_time_of_health_and_push_becomes_the_clock_offset(store, stub, engine_for):
    """A kiosk that never looked an account up still knows how far its clock is off."""
    from decimal import Decimal

    from kiosk.sync import clock

    engine = engine_for(datasets=())
    fast = dt.datetime(2026, 11, 21, 9, 40, tzinfo=dt.UTC)  # the stub's server_time is 09:30: 10 min fast
    engine.client.clock = lambda: fast
    assert clock.known_offset_s(store) is None
    engine.check_health()
    assert clock.known_offset_s(store) == -600.0
    assert store.get_setting(clock.SETTING)["learned_at"] == "2026-11-21T09:40:00Z"
    store.delete_setting(clock.SETTING)
    queue(store, 1)
    fast = dt.datetime(2026, 11, 21, 9, 29, 30, tzinfo=dt.UTC)  # now 30 s slow
    assert engine.run_once().accepted == 1
    assert clock.known_offset_s(store) == 30.0
    provider = {"id": "util-energo", "account_pattern": r"^\d{12}$", "account_check": "luhn",
                "window_start_day": 15, "window_end_day": 25, "timezone": "Europe/Ulyanovsk"}
    done = meter_service.submit_readings(store, provider, "732312225103", "12", "34",
                             [rules.ReadingEntry(rules.Meter("74454570", "electricity", 1, 7, 1), "T1", Decimal("1.0"))],
                             online=False, lang="ru", now=fast)
    payload = json.loads(outbox.get_by_uuid(store, done.outbox_uuid).payload_json)
    assert payload["kiosk_clock_offset_s"] == 30.0


def test_nothing_noted_from_a_failed_answer_or_a_malformed_time(store, stub, engine_for):
    from kiosk.sync import clock
    from kiosk.sync.client import TransientError

    engine = engine_for(datasets=())
    stub.script.append(Reply(503, {"error": {"code": "unavailable", "message": "busy"}}, path="/api/v1/health"))
    with pytest.raises(TransientError):
        engine.check_health()
    assert clock.known_offset_s(store) is None
    stub.script.append(Reply(body={"status": "ok", "api_version": "1", "server_time": "yesterday"},
                             path="/api/v1/health"))
    engine.check_health()
    assert clock.known_offset_s(store) is None


def test_429_on_account_lookup_is_rate_limited_with_its_wait(store, stub, engine_for):
    from kiosk.sync.client import RateLimited

    engine = engine_for(datasets=())
    stub.script.append(Reply(429, {"error": {"code": "too_many_lookups", "message": "slow down"}},
                             {"Retry-After": "420"}))
    with pytest.raises(RateLimited) as caught:
        engine.client.lookup_account("util-energo", "732312225103", "12", "34")
    assert caught.value.retry_after_s == 420
    stub.script.append(Reply(429, {"error": {"code": "too_many_lookups", "message": "slow down"}},
                             {"Retry-After": "420"}))
    found = meter_service.lookup_account(engine.client.config, "util-energo", "732312225103", "12", "34")
    assert found == m.Lookup(online=True, found=False, retry_after_s=420)


@pytest.mark.parametrize("status_code", [500, 503])
def test_5xx_with_retry_after_is_honoured(store, stub, engine_for, status_code):
    items = queue(store, 2)
    stub.script.append(Reply(status_code, {"error": {"code": "unavailable", "message": "busy"}},
                             {"Retry-After": "3"}))
    sleep = FakeSleep()
    engine = engine_for(datasets=(), sleep=sleep)
    report = engine.run_until_done(max_tries=3, deadline_s=60)
    assert report.ok, report.error
    assert len(sleep.calls) == 1 and sleep.calls[0] >= 3
    assert all(outbox.get_by_uuid(store, i.uuid).attempts == 2 for i in items)


def test_retry_after_beyond_deadline_gives_up_with_reason(store, stub, engine_for):
    queue(store, 1)
    date = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=600), usegmt=True)
    stub.script.append(Reply(503, {"error": {"code": "unavailable", "message": "x"}}, {"Retry-After": date}))
    report = engine_for(datasets=()).run_until_done(max_tries=3, deadline_s=5)
    assert not report.ok and "gave up" in report.error and report.remaining == 1
    item = outbox.items(store)[0]
    assert item.state == "pending" and "HTTP 503" in item.last_error
    due = dt.datetime.fromisoformat(item.next_attempt_at.replace("Z", "+00:00"))
    assert due > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=500)  # not retried before Retry-After
    assert outbox.claim_batch(store, 10) == []


def test_connection_refused_keeps_items_pending(store, tmp_path):
    configure(store, "http://127.0.0.1:9", tmp_path)
    queue(store, 2)
    engine = SyncEngine(store, BackendClient(cfg.load(store)), datasets=())
    report = engine.run_once()
    assert not report.ok and report.online is False and "cannot connect" in report.error
    assert outbox.counts(store)["pending"] == 2
    engine.client.close()


def test_401_pauses_sync_and_raises_alert(store, stub, engine_for, caplog):
    queue(store, 2)
    stub.script.append(Reply(401, {"error": {"code": "unauthorized", "message": "bad token"}}))
    engine = engine_for(datasets=())
    with caplog.at_level(logging.INFO):
        report = engine.run_once()
    assert report.paused and not report.ok and "token" in report.error
    info = status(store)
    assert info["paused"] and "technician" in info["alert"] and info["outbox"]["pending"] == 2
    n = len(stub.requests)
    again = engine.run_once()
    assert again.paused and len(stub.requests) == n  # paused: the backend is not contacted
    assert TOKEN not in caplog.text


def test_403_revoked_pauses(store, stub, engine_for):
    queue(store, 1)
    stub.script.append(Reply(403, {"error": {"code": "forbidden", "message": "revoked"}}))
    report = engine_for(datasets=()).run_once()
    assert report.paused and "revoked" in report.error


HUGE = b"[" + b"1," * 600_000 + b"1]"


@pytest.mark.parametrize("reply, words", [
    (Reply(200, "<!DOCTYPE html><html><body>Wi-Fi login</body></html>", {"Content-Type": "text/html"}),
     "HTML page"),
    (Reply(200, "<html>portal</html>", {"Content-Type": "application/json"}), "HTML page"),
    (Reply(200, b'{"results": [', {}), "not valid JSON"),
    (Reply(200, {"results": "all fine"}), "no list of results"),
    (Reply(200, {"results": [{"uuid": 5, "result": "accepted"}]}), "do not match"),
    (Reply(200, {"results": []}), "0 results for 1 items"),
    (Reply(200, HUGE), "too large"),
    (Reply(200, b"", {}), "empty"),
    (Reply(302, b"", {"Location": "http://portal/"}), "redirect"),
])
def test_malformed_answers_keep_items_pending(store, stub, engine_for, caplog, reply, words):
    item = queue(store, 1)[0]
    stub.script.append(reply)
    store.set_setting(cfg.K_MAX_BODY, 1)  # 1 MB
    engine = engine_for(datasets=())
    with caplog.at_level(logging.WARNING):
        report = engine.run_once()
    assert not report.ok and words in report.error
    got = outbox.get_by_uuid(store, item.uuid)
    assert got.state == "pending" and words in got.last_error and got.payload_json == item.payload_json
    assert words in caplog.text and TOKEN not in caplog.text and "112-233" not in caplog.text
    assert store.integrity_ok()
    assert engine.run_once(ignore_schedule=True).ok  # the next good answer delivers it
    assert outbox.get_by_uuid(store, item.uuid).state == "accepted"


def test_connection_cut_mid_request_keeps_items_pending(store, stub, engine_for):
    queue(store, 2)
    stub.script.append(Reply(cut=True))
    engine = engine_for(datasets=())
    report = engine.run_once()
    assert not report.ok and report.transient
    assert outbox.counts(store)["pending"] == 2
    assert engine.run_once(ignore_schedule=True).ok



def test_run_deadline_ends_a_dripping_delivery_and_items_go_back_to_pending(store, tmp_path, caplog):
    from tests.faulty_server import FaultyServer, drip

    items = queue(store, 3)
    # headers at once, then a byte every 0.3 s: each byte is well within the read time-out (5 s)
    with FaultyServer(drip(b'{"results": []}' * 10, every_s=0.3)) as server:
        configure(store, server.url, tmp_path)
        engine = SyncEngine(store, BackendClient(cfg.load(store)), datasets=(),
                            backoff=Backoff(0.01, 0.05, random.Random(7)))
        start = time.monotonic()
        try:
            with caplog.at_level(logging.WARNING):
                report = engine.run_until_done(max_tries=4, deadline_s=1.5)
        finally:
            engine.client.close()
        elapsed = time.monotonic() - start
    assert elapsed < 2.5, f"the run took {elapsed:.1f} s with a deadline of 1.5 s"
    assert not report.ok and report.transient and "time ran out" in report.error
    counts = outbox.counts(store)
    assert counts["pending"] == 3 and counts["sending"] == 0
    for item in items:
        got = outbox.get_by_uuid(store, item.uuid)
        assert "time ran out" in got.last_error and got.payload_json == item.payload_json
    assert "time ran out" in caplog.text
    assert TOKEN not in caplog.text and "112-233" not in caplog.text and "Петров" not in caplog.text

# --- pull ------------------------------------------------------------------------------------
def office(i: int, name: str = "Офис") -> dict:
    return {"op": "upsert", "entity": "offices", "id": f"of-{i}",
            "data": {"id": f"of-{i}", "name_ru": f"{name} {i}", "name_en": f"Office {i}", "address_ru": "ул.",
                     "address_en": "st.", "timezone": "Europe/Ulyanovsk", "updated_at": "2026-11-21T09:00:00Z"}}


def test_pull_pages_each_in_one_transaction_with_cursor(store, stub, engine_for):
    stub.feeds["offices"] = [office(i) for i in range(5)] + [{"op": "delete", "entity": "offices", "id": "of-0"}]
    engine = engine_for(datasets=("offices",), page_limit=2)
    report = engine.run_once()
    assert report.ok and report.pulled == {"offices": 6}
    assert sorted(r["id"] for r in store.query("SELECT id FROM offices")) == ["of-1", "of-2", "of-3", "of-4"]
    row = store.query("SELECT * FROM sync_datasets WHERE dataset = 'offices'")[0]
    assert row["cursor"] == "6" and row["last_pull_at"] and row["full_resync_needed"] == 0
    # later: an update arrives as a delta from the stored cursor
    stub.feeds["offices"].append(office(2, "Новый"))
    assert engine.run_once().pulled == {"offices": 1}
    assert stub.requests[-1][2]["cursor"] == "6"
    assert store.scalar("SELECT name_ru FROM offices WHERE id = 'of-2'") == "Новый 2"


def test_pull_resumes_from_last_applied_page_after_failure(store, stub, engine_for):
    stub.feeds["offices"] = [office(i) for i in range(6)]
    engine = engine_for(datasets=("offices",), page_limit=2)
    # incremental state: a cursor is already stored
    engine.run_once()
    stub.feeds["offices"] += [office(i) for i in range(6, 12)]
    stub.script.append(Reply(200, b"not json", {}, path="/api/v1/changes/offices"))
    first = engine.run_once()
    assert not first.ok and store.scalar("SELECT cursor FROM sync_datasets") == "6"
    assert "not valid JSON" in store.scalar("SELECT last_error FROM sync_datasets")
    stub.feeds["offices"][0] = office(0)  # unchanged
    stub.script.append(Reply(cut=True, path="/api/v1/changes/offices"))
    stub.feeds["offices"].append(office(99))
    # a page arrives, then the connection is cut: the applied page and its cursor stay
    stub.script.clear()
    stub.script.append(Reply(200, {"dataset": "offices", "cursor": "8", "more": True,
                                   "changes": stub.feeds["offices"][6:8]}, path="/api/v1/changes/offices"))
    stub.script.append(Reply(cut=True, path="/api/v1/changes/offices"))
    second = engine.run_once()
    assert not second.ok and store.scalar("SELECT cursor FROM sync_datasets") == "8"
    assert engine.run_once().ok
    assert stub.requests[-2][2].get("cursor") == "8" or stub.requests[-1][2].get("cursor") in ("8", "10", "12")
    assert store.scalar("SELECT count(*) FROM offices") == 13


def test_410_full_resync_sweeps_removed_rows_but_keeps_citizen_data(store, stub, engine_for):
    stub.feeds["offices"] = [office(i) for i in range(4)]
    engine = engine_for(datasets=("offices", "catalogue"), page_limit=3)
    assert engine.run_once().ok
    # a citizen's ticket refers to of-3; a pending outbox item waits
    store.db.execute("INSERT INTO service_categories(id, queue_letter, name_ru, name_en, updated_at)"
                     " VALUES ('cat', 'A', 'К', 'C', 'x')")
    with store.atomic() as db:
        item = outbox.enqueue(store, "queue_ticket", {"office": "of-3"})
        db.execute("INSERT INTO queue_tickets(outbox_uuid, office_id, category_id, ticket, service_day, issued_at)"
                   " VALUES (?, 'of-3', 'cat', 'A-001', '2026-11-21', 'x')", [item.uuid])
    # the backend starts a new epoch: only of-1 and of-5 remain
    stub.expired_cursors.add("4")
    stub.feeds["offices"] = [office(1, "Обновлённый"), office(5)]
    stub.feeds["catalogue"] = []
    report = engine.run_once()
    assert report.ok and report.accepted == 1, report.error
    ids = sorted(r["id"] for r in store.query("SELECT id FROM offices"))
    assert ids == ["of-1", "of-3", "of-5"]  # of-0, of-2 swept; of-3 kept for the ticket
    assert store.scalar("SELECT name_ru FROM offices WHERE id = 'of-1'") == "Обновлённый 1"
    assert store.scalar("SELECT count(*) FROM queue_tickets") == 1
    assert store.scalar("SELECT full_resync_needed FROM sync_datasets WHERE dataset = 'offices'") == 0
    # the catalogue's full pull swept the local category nobody refers to?  No: the ticket refers to it
    assert store.scalar("SELECT count(*) FROM service_categories") == 1
    assert outbox.get_by_uuid(store, item.uuid).payload_json == item.payload_json
    assert store.integrity_ok()


def test_interrupted_full_resync_restarts_from_the_beginning(store, stub, engine_for):
    stub.feeds["offices"] = [office(i) for i in range(6)]
    store.db.execute("INSERT INTO offices(id, name_ru, name_en, address_ru, address_en, timezone, updated_at)"
                     " VALUES ('stale', 'x', 'x', 'x', 'x', 'UTC', 'x')")
    stub.script.append(Reply(200, {"dataset": "offices", "cursor": "2", "more": True,
                                   "changes": stub.feeds["offices"][0:2]}, path="/api/v1/changes/offices"))
    stub.script.append(Reply(cut=True, path="/api/v1/changes/offices"))
    assert not engine_for(datasets=("offices",), page_limit=2).run_once().ok
    assert store.scalar("SELECT full_resync_needed FROM sync_datasets") == 1
    # a new process (new connection, empty seen-set) must not sweep with half a picture
    fresh = engine_for(datasets=("offices",), page_limit=2)
    fresh.puller._resync_live.clear()
    assert fresh.run_once().ok
    pulls = [r for r in stub.requests if r[1] == "/api/v1/changes/offices"]
    assert "cursor" not in pulls[-3][2]
    ids = sorted(r["id"] for r in store.query("SELECT id FROM offices"))
    assert ids == [f"of-{i}" for i in range(6)]


@pytest.mark.parametrize("change, words", [
    ({"op": "upsert", "entity": "outbox", "id": "1", "data": {}}, "unknown table"),
    ({"op": "merge", "entity": "offices", "id": "of-1"}, "unknown operation"),
    ("not a change", "not an object"),
])
def test_a_page_that_is_not_a_list_of_changes_rolls_back(store, stub, engine_for, change, words):
    stub.feeds["offices"] = [office(7), change]
    report = engine_for(datasets=("offices",)).run_once()
    assert not report.ok and words in report.error
    assert store.scalar("SELECT count(*) FROM offices") == 0 and store.integrity_ok()


def without(change: dict, field_name: str) -> dict:
    return {**change, "data": {k: v for k, v in change["data"].items() if k != field_name}}


@pytest.mark.parametrize("bad, code, field_name", [
    ({"op": "upsert", "entity": "offices", "id": "of-1", "data": "x"}, "invalid", ""),
    (without(office(1), "updated_at"), "missing", "updated_at"),
    ({**office(1), "data": {**office(1)["data"], "name_ru": ["x"], "x": 1}}, "invalid", "name_ru"),
    ({**office(1), "data": {**office(1)["data"], "timezone": "Europe/Atlantis"}}, "invalid", "timezone"),
    ({**office(1), "data": {**office(1)["data"], "id": "of-9"}}, "key", "id"),
])
def test_a_bad_row_is_quarantined_and_the_rest_applies(store, stub, engine_for, caplog, bad, code, field_name):
    """Issue 16, finding 4: one bad row stopped its dataset's pull on every run."""
    stub.feeds["offices"] = [office(7), bad, office(8)]
    with caplog.at_level(logging.WARNING, "kiosk.sync.reference_rows"):
        report = engine_for(datasets=("offices",)).run_once()
    assert report.ok, report.error
    assert sorted(r["id"] for r in store.query("SELECT id FROM offices")) == ["of-7", "of-8"]
    held = store.query("SELECT entity, id, dataset, code, field FROM sync_quarantine")
    assert held == [{"entity": "offices", "id": "of-1", "dataset": "offices", "code": code, "field": field_name}]
    info = status(store)
    assert info["quarantined"] == 1 and info["datasets"]["offices"]["quarantined"] == 1
    assert store.scalar("SELECT cursor FROM sync_datasets") == "3"  # the cursor moved past it
    assert "of-1 not applied, kept in quarantine" in caplog.text and "Atlantis" not in caplog.text
    # the backend corrects the row: it replaces the quarantined one and clears the entry
    stub.feeds["offices"].append(office(1, "Исправленный"))
    assert engine_for(datasets=("offices",)).run_once().ok
    assert store.scalar("SELECT name_ru FROM offices WHERE id = 'of-1'") == "Исправленный 1"
    assert store.scalar("SELECT count(*) FROM sync_quarantine") == 0 and status(store)["quarantined"] == 0


def test_a_bad_update_keeps_the_good_version_in_use(store, stub, engine_for):
    stub.feeds["offices"] = [office(1)]
    engine = engine_for(datasets=("offices",))
    assert engine.run_once().ok
    stub.feeds["offices"].append(without(office(1, "Новое"), "timezone"))
    assert engine.run_once().ok
    assert store.scalar("SELECT name_ru FROM offices WHERE id = 'of-1'") == "Офис 1"
    assert store.scalar("SELECT code || ':' || field FROM sync_quarantine") == "missing:timezone"


def service(i: int, category: str) -> dict:
    return {"op": "upsert", "entity": "services", "id": f"svc-{i}",
            "data": {"id": f"svc-{i}", "category_id": category, "name_ru": f"Услуга {i}", "name_en": f"Service {i}",
                     "description_ru": "", "description_en": "", "who_ru": "", "who_en": "", "term_days": 5,
                     "updated_at": "2026-11-21T09:00:00Z"}}


def category(cat_id: str, letter: str = "A") -> dict:
    return {"op": "upsert", "entity": "service_categories", "id": cat_id,
            "data": {"id": cat_id, "queue_letter": letter, "name_ru": "К", "name_en": "C",
                     "updated_at": "2026-11-21T09:00:00Z"}}


def test_a_row_the_store_refuses_waits_for_its_parent(store, stub, engine_for):
    """A service whose category the kiosk does not have (the store's foreign key) is quarantined;
    when the category arrives (here with a bad first version), the service is applied from quarantine."""
    stub.feeds["catalogue"] = [category("cat-a"), service(1, "cat-a"), service(2, "cat-b"),
                               without(category("cat-b", "B"), "queue_letter")]
    engine = engine_for(datasets=("catalogue",), page_limit=2)
    assert engine.run_once().ok
    assert [r["id"] for r in store.query("SELECT id FROM services")] == ["svc-1"]
    assert {(r["id"], r["code"]) for r in store.query("SELECT id, code FROM sync_quarantine")} == {
        ("svc-2", "store"), ("cat-b", "missing")}
    stub.feeds["catalogue"].append(category("cat-b", "B"))
    assert engine.run_once().ok
    assert sorted(r["id"] for r in store.query("SELECT id FROM services")) == ["svc-1", "svc-2"]
    assert store.scalar("SELECT count(*) FROM sync_quarantine") == 0 and store.integrity_ok()


def test_core_modules_import_without_qt():
    code = ("import sys, kiosk.sync.core, kiosk.sync.client, kiosk.sync.cli, kiosk.sync.config, "
            "kiosk.sync.backoff, offline_db.outbox; "
            "bad = [m for m in sys.modules if m.startswith('PySide6')]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_a_kept_category_is_not_offered_for_new_tickets(store, stub, engine_for):
    """Issue 16, finding 5: after a full resync a category kept for a local ticket was still offered,
    and a ticket issued in it was later rejected ``unknown_category``."""
    from kiosk.domain.queue import QueueError
    from kiosk.services import catalogue
    from kiosk.services.queue import issue_ticket

    stub.feeds["offices"] = [office(1)]
    stub.feeds["catalogue"] = [category("cat-a", "A"), category("cat-b", "B"), service(1, "cat-a"),
                               service(2, "cat-b")]
    engine = engine_for(datasets=("offices", "catalogue"))
    assert engine.run_once().ok
    issue_ticket(store, "of-1", "cat-b", service_id="svc-2", kiosk_index=1)
    # the backend starts a new epoch without cat-b and svc-2: both are kept for the local ticket
    stub.expired_cursors.update({"1", "4"})
    stub.feeds["catalogue"] = [category("cat-a", "A"), service(1, "cat-a")]
    assert engine.run_once().ok
    assert store.scalar("SELECT retired_at IS NOT NULL FROM service_categories WHERE id = 'cat-b'") == 1
    assert store.scalar("SELECT retired_at IS NOT NULL FROM services WHERE id = 'svc-2'") == 1
    assert [c["id"] for c in catalogue.browse(store)["categories"]] == ["cat-a"]
    assert catalogue.services_in(store, category_id="cat-b") == ()
    assert catalogue.service_details(store, "svc-2") is None
    with pytest.raises(QueueError, match="withdrawn"):
        issue_ticket(store, "of-1", "cat-b", kiosk_index=1)
    with pytest.raises(QueueError, match="withdrawn"):
        issue_ticket(store, "of-1", "cat-a", service_id="svc-2", kiosk_index=1)
    assert issue_ticket(store, "of-1", "cat-a", kiosk_index=1).ticket == "A-1001"
    # the backend publishes cat-b again: it is offered again
    stub.feeds["catalogue"].append(category("cat-b", "B"))
    assert engine.run_once().ok
    assert [c["id"] for c in catalogue.browse(store)["categories"]] == ["cat-a", "cat-b"]


def test_a_kept_service_cannot_be_applied_for(store, stub, engine_for):
    from kiosk.domain.applications import ApplicationError
    from kiosk.services.applications import submit_application
    from kiosk.services.queue import issue_ticket

    stub.feeds["offices"] = [office(1)]
    stub.feeds["catalogue"] = [category("cat-a", "A"), service(1, "cat-a"), service(2, "cat-a")]
    engine = engine_for(datasets=("offices", "catalogue"))
    assert engine.run_once().ok
    issue_ticket(store, "of-1", "cat-a", service_id="svc-2", kiosk_index=1)
    stub.feeds["catalogue"].append({"op": "delete", "entity": "services", "id": "svc-2"})
    assert engine.run_once().ok  # a delta delete of a row a local ticket refers to: kept, retired
    assert store.scalar("SELECT retired_at IS NOT NULL FROM services WHERE id = 'svc-2'") == 1
    with pytest.raises(ApplicationError, match="withdrawn service"):
        submit_application(store, "svc-2", "of-1", {}, consent=True, lang="ru")
    assert submit_application(store, "svc-1", "of-1", {}, consent=True, lang="ru").service_id == "svc-1"
