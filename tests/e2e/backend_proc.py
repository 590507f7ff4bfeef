"""Start the reference regional backend as a REAL process for end-to-end tests.

Usage as a context manager::

    with running_backend(tmp_path / "backend.db", reference="sample") as backend:
        requests.get(backend.base_url + "/api/v1/health", timeout=5)
        requests.post(backend.url("/api/v1/submissions/batch"), json=..., headers=backend.headers)
        backend.kill()      # SIGKILL
        backend.start()     # same port, same database

or through the pytest fixtures in ``tests/conftest.py`` (``backend``, ``backend_with_faults``,
``backend_factory``).  The server is ``python -m regional_backend serve --db PATH --host
127.0.0.1 --port N`` on a free port; start-up waits for ``/api/v1/health`` with a deadline
(never a fixed sleep); the server's output goes to ``log_path``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

from mfc_rules.demo import demo_today
from tests.pg_fixtures import backend_db, wipe_backend_db

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0

#: A small region for tests: two offices, two categories, three services, one utility provider.
SAMPLE_REFERENCE: dict[str, list[dict[str, Any]]] = {
    "offices": [
        {"id": f"off-{n}", "name_ru": f"МФЦ №{n}", "name_en": f"MFC No. {n}",
         "address_ru": f"Ульяновск, ул. Гончарова, {n}", "address_en": f"Ulyanovsk, Goncharova St, {n}",
         "timezone": "Europe/Ulyanovsk", "phone": "", "hours_ru": "", "hours_en": "",
         "updated_at": "2026-11-01T00:00:00Z"}
        for n in (1, 2)
    ],
    "service_categories": [
        {"id": "cat-docs", "queue_letter": "A", "name_ru": "Документы", "name_en": "Documents",
         "icon": "", "sort_order": 1, "updated_at": "2026-11-01T00:00:00Z"},
        {"id": "cat-family", "queue_letter": "B", "name_ru": "Семья", "name_en": "Family",
         "icon": "", "sort_order": 2, "updated_at": "2026-11-01T00:00:00Z"},
    ],
    "life_situations": [
        {"id": "ls-baby", "name_ru": "Рождение ребёнка", "name_en": "Birth of a child",
         "description_ru": "", "description_en": "", "icon": "", "sort_order": 1,
         "updated_at": "2026-11-01T00:00:00Z"},
    ],
    "services": [
        {"id": f"svc-{n:03d}", "category_id": cat, "name_ru": name_ru, "name_en": name_en,
         "description_ru": "", "description_en": "", "who_ru": "Граждане РФ", "who_en": "Citizens",
         "synonyms_ru": "[]", "synonyms_en": "[]", "documents": "[]", "fee_rub": 0.0, "term_days": 5,
         "field_schema": "[]", "online_apply": 1, "updated_at": "2026-11-01T00:00:00Z"}
        for n, cat, name_ru, name_en in (
            (1, "cat-docs", "Паспорт РФ", "Russian passport"),
            (2, "cat-family", "Пособие при рождении", "Childbirth allowance"),
            (3, "cat-docs", "СНИЛС", "SNILS"),
        )
    ],
    "service_life_situations": [{"service_id": "svc-002", "situation_id": "ls-baby"}],
    "service_offices": [{"service_id": f"svc-{n:03d}", "office_id": "off-1"} for n in (1, 2, 3)],
    "utility_providers": [
        {"id": "up-energo", "name_ru": "Энергосбыт", "name_en": "Energosbyt", "services": '["electricity"]',
         "account_pattern": r"^\d{10}$", "account_check": "none", "window_start_day": 20,
         "window_end_day": 25, "jump_factor": 3.0, "timezone": "Europe/Ulyanovsk", "phone": "",
         "updated_at": "2026-11-01T00:00:00Z"},
    ],
}


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class BackendStartError(RuntimeError):
    pass


class BackendProcess:
    """One backend server process on its own port and database file."""

    def __init__(self, db_path: Path | str, *, host: str = "127.0.0.1", port: int | None = None,
                 faults: bool = False, log_path: Path | str | None = None,
                 env: dict[str, str] | None = None, log_level: str = "warning", umask: int | None = None,
                 sqlite_file: bool = False):
        self.db_path = Path(db_path)
        #: What ``--db`` is given: the file, or its PostgreSQL database under RB_TEST_ENGINE=postgresql
        #: (``sqlite_file``: always the file, for a test about the file itself).
        self.db = str(self.db_path) if sqlite_file else backend_db(self.db_path)
        self.host = host
        self.port = port or free_port(host)
        self.faults = faults
        self.log_path = Path(log_path) if log_path else self.db_path.with_suffix(".server.log")
        self.extra_env = dict(env or {})
        self.log_level = log_level  # "info" also writes uvicorn's access log to log_path
        self.umask = -1 if umask is None else umask  # the processes' umask (-1: inherit this one)
        self.proc: subprocess.Popen[bytes] | None = None
        self.kiosk_id: str | None = None
        self.token: str | None = None

    # --- addresses and auth ----------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def headers(self) -> dict[str, str]:
        if not self.token:
            raise RuntimeError("no kiosk enrolled: call add_kiosk() first")
        return {"Authorization": f"Bearer {self.token}"}

    def session(self) -> requests.Session:
        s = requests.Session()
        s.headers.update(self.headers)
        return s

    # --- command line ----------------------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = {**os.environ, **self.extra_env}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        env.pop("RB_FAULTS", None)
        if self.faults:
            env["RB_FAULTS"] = "1"
        return env

    def cli(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """``python -m regional_backend ARGS --db DB`` (the database option is added)."""
        result = subprocess.run(
            [sys.executable, "-m", "regional_backend", *args, "--db", self.db],
            capture_output=True, text=True, env=self._env(), cwd=REPO_ROOT, timeout=timeout, umask=self.umask,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"regional_backend {' '.join(args)} failed ({result.returncode}): "
                               f"{result.stderr.strip()[-500:]}")
        return result

    def add_kiosk(self, kiosk_id: str = "kiosk-e2e") -> str:
        """Enrol a kiosk; remembers and returns its token (the first one enrolled is the default)."""
        token = self.cli("add-kiosk", kiosk_id).stdout.strip()
        if self.token is None:
            self.kiosk_id, self.token = kiosk_id, token
        return token

    def load_rows(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        path = self.db_path.with_suffix(f".rows-{time.monotonic_ns()}.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
        try:
            self.cli("load-rows", str(path))
        finally:
            path.unlink(missing_ok=True)

    def submissions(self) -> list[dict[str, Any]]:
        return json.loads(self.cli("submissions", "--json").stdout)

    # --- its database, for a test's own checks ----------------------------------------------------
    def query(self, statement: str, **params: Any) -> list[tuple]:
        """The rows of one SQL statement (``:name`` parameters) on the backend's database, whichever
        engine it is, in a transaction of its own (committed: a test may also change a row)."""
        from regional_backend.db.engine import open_engine

        engine = open_engine(self.db)
        try:
            with engine.begin() as conn:
                result = conn.execute(sa.text(statement), params)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()

    def wipe(self) -> None:
        """Throw the (stopped) backend's database away: the next command starts on an empty one."""
        if self.running:
            raise RuntimeError("stop the backend before wiping its database")
        if self.db == str(self.db_path):
            for suffix in ("", "-wal", "-shm"):
                self.db_path.with_name(self.db_path.name + suffix).unlink(missing_ok=True)
        else:
            wipe_backend_db(self.db_path)

    # --- process ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = START_TIMEOUT_S) -> None:
        if self.running:
            return
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "regional_backend", "serve", "--db", self.db,
                 "--host", self.host, "--port", str(self.port), "--log-level", self.log_level]
                + (["--faults"] if self.faults else []),
                stdout=log, stderr=subprocess.STDOUT, env=self._env(), cwd=REPO_ROOT, umask=self.umask,
            )
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float = START_TIMEOUT_S) -> None:
        """Poll ``/api/v1/health`` until it answers 200 or the deadline passes."""
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BackendStartError(f"backend exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                if requests.get(self.url("/api/v1/health"), timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=0.05)  # paces the polling; returns at once if it died
        self.kill()
        raise BackendStartError(f"backend not healthy within {timeout} s: {self.log_tail()}")

    def stop(self, timeout: float = 10) -> None:
        """SIGTERM (graceful), then SIGKILL if it does not exit in time."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=timeout)
        self.proc = None

    def kill(self) -> None:
        """SIGKILL: no chance to clean up, as in a power cut of the process."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    # --- test faults (RB_FAULTS=1) ---------------------------------------------------------
    def inject_fault(self, status: int, count: int = 1, **options: Any) -> None:
        """Queue a fault: e.g. ``inject_fault(503, 2, retry_after="1")``; see docs/api.md."""
        response = requests.post(self.url("/api/v1/_test/faults"),
                                 json={"status": status, "count": count, **options}, timeout=5)
        response.raise_for_status()

    def clear_faults(self) -> None:
        requests.delete(self.url("/api/v1/_test/faults"), timeout=5).raise_for_status()

    def __enter__(self) -> BackendProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def running_backend(db_path: Path | str, *, kiosk_id: str | None = "kiosk-e2e", faults: bool = False,
                    reference: str | dict[str, list[dict[str, Any]]] | None = "sample",
                    now: dt.datetime | None = None, **kwargs: Any) -> Iterator[BackendProcess]:
    """A started backend with a kiosk enrolled (``backend.token``) and reference data loaded.

    ``reference``: ``"sample"`` (:data:`SAMPLE_REFERENCE`), ``"demo"`` (``load-demo``), a dict of
    rows keyed by kiosk table name, or ``None``.  ``now``: the backend's clock runs from this moment
    (the test hook ``RB_TEST_NOW``, which needs the fault hooks on; the moment is taken as now, so a
    kiosk clock pinned to ``now`` at about the same time agrees with the backend's), and the demo region is dated
    for that day in the demo's time zone.
    """
    if now is not None:
        faults = True
        kwargs["env"] = {**kwargs.get("env", {}), "RB_TEST_NOW": now.astimezone(dt.UTC).isoformat(),
                         "RB_TEST_NOW_AT": dt.datetime.now(dt.UTC).isoformat()}
    backend = BackendProcess(db_path, faults=faults, **kwargs)
    if kiosk_id:
        backend.add_kiosk(kiosk_id)
    if reference == "sample":
        backend.load_rows(SAMPLE_REFERENCE)
    elif reference == "demo":
        today = [] if now is None else ["--today", demo_today(now).isoformat()]
        backend.cli("load-demo", *today)
    elif isinstance(reference, dict):
        backend.load_rows(reference)
    for attempt in range(3):
        try:
            backend.start()
            break
        except BackendStartError:
            if attempt == 2:
                raise
            backend.port = free_port(backend.host)  # the port was taken meanwhile
    try:
        yield backend
    finally:
        backend.stop()
