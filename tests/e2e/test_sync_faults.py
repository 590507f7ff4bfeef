"""Sync against the REAL reference backend and the REAL kiosk command line, with faults:
processes killed at random moments, connections cut mid-response, 5xx with Retry-After, 401,
and malformed answers (captive portal, invalid JSON, wrong types, huge body)."""

from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from offline_db import outbox
from offline_db.opening import open_store
from tests.e2e.backend_proc import REPO_ROOT, BackendProcess
from tests.e2e.tcp_proxy import TcpProxy

pytestmark = pytest.mark.e2e


class Kiosk:
    """A kiosk store plus its command line run as real subprocesses."""

    def __init__(self, home: Path):
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.db = home / "kiosk.sqlite3"
        self.env = {**os.environ, "KIOSK_HOME": str(home), "PYTHONPATH": str(REPO_ROOT)}

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, str(REPO_ROOT / "main.py"), "--db", str(self.db), *args]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*args), env=self.env, capture_output=True, text=True,
                              timeout=timeout, cwd=REPO_ROOT)

    def popen(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.argv(*args), env=self.env, cwd=REPO_ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def configure(self, url: str, token: str, kiosk_id: str = "kiosk-e2e", **settings: object) -> None:
        token_file = self.home / "token.txt"
        token_file.write_text(token + "\n")
        r = self.run("configure", "--backend", url, "--kiosk-id", kiosk_id, "--token-file", str(token_file))
        assert r.returncode == 0, r.stderr
        assert token not in r.stdout + r.stderr
        token_file.unlink()
        with open_store(self.db) as s:
            s.set_setting("sync.backoff_base_s", 0.05)
            s.set_setting("sync.backoff_cap_s", 0.5)
            s.set_setting("sync.timeout_s", [2, 5])
            for key, value in settings.items():
                s.set_setting(key, value)

    def queue(self, n: int) -> dict[str, dict]:
        with open_store(self.db) as s, s.atomic():
            items = [outbox.enqueue(s, "application", {"service_id": "svc-001", "office_id": "off-1",
                                                       "fields": {"n": i, "full_name": "Иванов Иван Иванович"}})
                     for i in range(n)]
        return {i.uuid: i.payload for i in items}

    def status(self) -> dict:
        r = self.run("status", "--json")
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    def log_text(self) -> str:
        path = self.home / "logs" / "kiosk.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def check_store(self) -> dict[str, int]:
        with open_store(self.db) as s:
            assert s.integrity_ok()
            return outbox.counts(s)


@pytest.fixture
def kiosk(tmp_path):
    return Kiosk(tmp_path / "kiosk")


def assert_delivered_exactly(backend: BackendProcess, kiosk: Kiosk, sent: dict[str, dict]) -> None:
    subs = backend.submissions()
    uuids = [s["uuid"] for s in subs]
    assert len(uuids) == len(set(uuids)) == len(sent), "duplicates or losses at the backend"
    assert set(uuids) == set(sent)
    assert all(s["payload"] == sent[s["uuid"]] for s in subs), "a payload changed on the way"
    assert all(s["result"] == "accepted" for s in subs)
    counts = kiosk.check_store()
    assert counts["accepted"] == len(sent) and counts["pending"] == counts["sending"] == 0


@pytest.mark.slow
def test_1000_items_survive_sigkill_of_kiosk_and_backend(backend_factory, kiosk):
    backend = backend_factory("backend")
    kiosk.configure(backend.base_url, backend.token)
    with open_store(kiosk.db) as s:
        s.set_setting("sync_batch_size", 1)  # many small requests: kills land mid-delivery
    sent = kiosk.queue(1000)
    rng = random.Random(int(os.environ.get("SYNC_FAULT_SEED", "20261121")))
    kiosk_kills = backend_kills = 0
    progress: list[int] = []  # accepted items at each kiosk kill
    deadline = time.monotonic() + 150

    def accepted() -> int:
        with open_store(kiosk.db) as s:
            return outbox.counts(s)["accepted"]

    def wait_for_progress(proc: subprocess.Popen, items: int, limit_s: float) -> None:
        """Until the kiosk has delivered ``items`` more (a kill then lands mid-delivery, however
        fast the machine is), the process ends, or ``limit_s`` passes."""
        start, until = accepted(), time.monotonic() + limit_s
        while proc.poll() is None and time.monotonic() < until and accepted() - start < items:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.02)

    round_no = 0
    while (sum(1 for n in progress if n < 1000) < 20 or backend_kills < 4) and time.monotonic() < deadline:
        round_no += 1
        proc = kiosk.popen("sync", "--once", "--no-pull", "--tries", "100", "--deadline", "60")
        try:
            if round_no % 3 == 0:  # the backend dies (SIGKILL) while the kiosk is sending
                wait_for_progress(proc, rng.randint(1, 15), 3.0)
                backend.kill()
                backend_kills += 1
                backend.start()
            wait_for_progress(proc, rng.randint(1, 25), 3.0)  # a random moment of the delivery
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
                kiosk_kills += 1
                progress.append(accepted())
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
    mid_delivery = sum(1 for n in progress if n < 1000)
    assert kiosk_kills >= 20 and backend_kills >= 4 and mid_delivery >= 20, progress
    with open_store(kiosk.db) as s:
        delivered_during_faults = outbox.counts(s)["accepted"]
    final = kiosk.run("sync", "--once", "--deadline", "60")
    assert final.returncode == 0, final.stderr
    assert_delivered_exactly(backend, kiosk, sent)
    st = kiosk.status()
    assert st["undelivered"] == 0 and st["last_error"] is None
    print(f"kiosk SIGKILLs {kiosk_kills} (accepted at each: {progress}), backend SIGKILLs {backend_kills}, "
          f"accepted before the final run {delivered_during_faults}/1000")


def test_connection_cut_mid_response_no_duplicates_nothing_lost(backend_factory, kiosk):
    backend = backend_factory("backend")
    with TcpProxy(("127.0.0.1", backend.port)) as proxy:
        kiosk.configure(proxy.url, backend.token)
        with open_store(kiosk.db) as s:
            s.set_setting("sync_batch_size", 20)
        sent = kiosk.queue(100)
        # a batch answer is cut after its headers, in the body (the backend has stored the batch)
        proxy.cut_next(1, after_bytes=300)
        first = kiosk.run("sync", "--once", "--no-pull", "--tries", "1")
        assert first.returncode == 1 and "connection broke" in first.stderr
        with open_store(kiosk.db) as s:
            assert outbox.counts(s)["pending"] == 100  # nothing marked delivered without an answer
        assert len(backend.submissions()) == 20  # ... though the backend has the first batch
        proxy.cut_next(3, after_bytes=40)  # cut inside the status line / headers
        second = kiosk.run("sync", "--once", "--tries", "10")
        assert second.returncode == 0, second.stderr
        assert proxy.cut_done == 4
    assert_delivered_exactly(backend, kiosk, sent)


def test_503_and_500_with_retry_after_are_honoured(backend_factory, kiosk):
    backend = backend_factory("backend", faults=True)
    kiosk.configure(backend.base_url, backend.token)
    sent = kiosk.queue(10)
    backend.inject_fault(503, 1, retry_after="2", path_prefix="/api/v1/submissions/batch")
    backend.inject_fault(500, 1, retry_after="1", path_prefix="/api/v1/submissions/batch")
    start = time.monotonic()
    r = kiosk.run("sync", "--once", "--no-pull", "--tries", "5")
    elapsed = time.monotonic() - start
    assert r.returncode == 0, r.stderr
    assert elapsed >= 3.0, f"Retry-After not honoured: done in {elapsed:.2f} s"
    log = kiosk.log_text()
    assert "HTTP 503" in log and "HTTP 500" in log and "try again in" in log
    assert_delivered_exactly(backend, kiosk, sent)


def test_lost_acknowledgement_then_resend_is_a_duplicate(backend_factory, kiosk):
    backend = backend_factory("backend", faults=True)
    kiosk.configure(backend.base_url, backend.token)
    sent = kiosk.queue(5)
    backend.inject_fault(503, 1, after_handler=True, path_prefix="/api/v1/submissions/batch")
    r = kiosk.run("sync", "--once", "--no-pull", "--tries", "3")
    assert r.returncode == 0, r.stderr
    assert_delivered_exactly(backend, kiosk, sent)


def test_401_pauses_sync_and_is_reported(backend_factory, kiosk):
    backend = backend_factory("backend", faults=True)
    kiosk.configure(backend.base_url, backend.token)
    kiosk.queue(3)
    backend.inject_fault(401, 1, path_prefix="/api/v1/submissions/batch")
    r = kiosk.run("sync", "--once", "--no-pull")
    assert r.returncode == 1 and "token" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    st = kiosk.status()
    assert st["paused"] and "technician" in st["alert"] and st["outbox"]["pending"] == 3
    again = kiosk.run("sync", "--once")
    assert again.returncode == 1 and "paused" in again.stderr
    assert backend.token not in kiosk.log_text() + r.stderr + again.stderr
    # the technician re-enrols: configure clears the pause
    kiosk.configure(backend.base_url, backend.token)
    assert kiosk.run("sync", "--once").returncode == 0
    assert kiosk.check_store()["accepted"] == 3


def _http(status: str, body: bytes, ctype: str) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body


PORTAL = "<!DOCTYPE html><html><head><title>Wi-Fi</title></head><body>Войдите в сеть</body></html>"


@pytest.mark.parametrize("response, words", [
    (_http("200 OK", PORTAL.encode(), "text/html; charset=utf-8"), "HTML page"),
    (_http("200 OK", b'{"server_time": "x", "results": [{"uuid": ', "application/json"), "not valid JSON"),
    (_http("200 OK", b'{"server_time": 1, "results": {"a": 1}}', "application/json"), "no list of results"),
    (_http("200 OK", b'{"results": [' + b'{"uuid": 1, "result": 2},' * 1 + b'{}]}', "application/json"),
     "results"),
    (_http("200 OK", b"[" + b"0," * (1024 * 1024) + b"0]", "application/json"), "too large"),
], ids=["captive-portal", "invalid-json", "wrong-types", "wrong-items", "huge-body"])
def test_malformed_answers_keep_items_pending(backend_factory, kiosk, response, words):
    backend = backend_factory("backend")
    with TcpProxy(("127.0.0.1", backend.port)) as proxy:
        kiosk.configure(proxy.url, backend.token, **{"sync.max_body_mb": 1})
        sent = kiosk.queue(3)
        proxy.portal(response)
        r = kiosk.run("sync", "--once", "--no-pull", "--tries", "1")
        assert r.returncode == 1 and words in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
        counts = kiosk.check_store()  # PRAGMA integrity_check ok
        assert counts["pending"] == 3 and counts["accepted"] == 0
        with open_store(kiosk.db) as s:
            assert all(words in i.last_error for i in outbox.items(s))
            assert {i.uuid: i.payload for i in outbox.items(s)} == sent
        log = kiosk.log_text()
        assert words in log and backend.token not in log and "Иванов" not in log
        assert backend.submissions() == []
        proxy.forward()
        assert kiosk.run("sync", "--once").returncode == 0
    assert_delivered_exactly(backend, kiosk, sent)


def test_pull_then_full_resync_after_backend_reset(backend_factory, kiosk):
    backend = backend_factory("backend")
    kiosk.configure(backend.base_url, backend.token)
    assert kiosk.run("sync", "--once").returncode == 0
    with open_store(kiosk.db) as s:
        assert s.scalar("SELECT count(*) FROM services") == 3
        assert s.scalar("SELECT count(*) FROM offices") == 2
    backend.cli("delete-row", "services", "svc-003")
    r = kiosk.run("sync", "--once")
    assert r.returncode == 0, r.stderr
    with open_store(kiosk.db) as s:
        assert s.scalar("SELECT count(*) FROM services") == 2
    st = kiosk.status()
    assert set(st["datasets"]) >= {"offices", "catalogue", "utilities"}
    assert all(d["last_pull_at"] and not d["last_error"] for d in st["datasets"].values())


def test_sync_once_deadline_holds_against_a_dripping_backend(kiosk):
    """A backend (or a broken proxy) sending its headers and then a byte every 0.5 s: the run ends
    at its --deadline, mid-answer, with the items back in pending."""
    from tests.faulty_server import FaultyServer, drip

    token = "tok-drip-0123456789abcdef"
    with FaultyServer(drip(b" " * 200, every_s=0.5)) as server:
        kiosk.configure(server.url, token)  # read time-out 5 s: every byte comes in time
        sent = kiosk.queue(3)
        start = time.monotonic()
        r = kiosk.run("sync", "--once", "--deadline", "3", timeout=60)
        elapsed = time.monotonic() - start
    print(f"sync --once --deadline 3 against a dripping backend: exit {r.returncode} after {elapsed:.1f} s; {r.stderr}")
    assert r.returncode == 1, r.stderr
    assert elapsed < 3 + 3, f"sync --once --deadline 3 took {elapsed:.1f} s"
    assert "time ran out" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    st = kiosk.status()
    assert st["outbox"]["pending"] == 3 and st["outbox"]["sending"] == 0
    with open_store(kiosk.db) as s:
        assert {i.uuid: i.payload for i in outbox.items(s)} == sent
        assert all("time ran out" in i.last_error for i in outbox.items(s))
    log = kiosk.log_text()
    assert "time ran out" in log and token not in log + r.stderr and "Иванов" not in log + r.stderr
