"""The command line (``python -m regional_backend``, as a real process) and the database it is
given: ``--db`` a SQLite path or a ``postgresql://`` URL, else ``RB_DATABASE_URL``; ``migrate`` on
both engines; and every subcommand, given a database it cannot use, says so in one line and exits
non-zero -- never a traceback, never the password."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa
from sqlite_utils import Database

from regional_backend.db import migrate
from regional_backend.db.engine import DATABASE_URL_ENV, open_engine
from regional_backend.db.legacy_sqlite import storage_migrations
from regional_backend.stores.kiosks import token_hash
from tests.e2e.backend_proc import SAMPLE_REFERENCE
from tests.pg_cluster import free_port

REPO = Path(__file__).resolve().parents[2]
HEAD = migrate.head_revision()
#: Every subcommand with the arguments it needs besides --db.
SUBCOMMANDS = (["serve", "--port", "1"], ["migrate"], ["load-demo"], ["load-rows", "rows.json"],
               ["add-kiosk", "k-1"], ["revoke-kiosk", "k-1"], ["kiosks"], ["release-queue-range", "k-1"],
               ["submissions"], ["touch", "services", "svc-1"], ["delete-row", "services", "svc-1"])
#: One of each way in: ``serve`` and ``migrate`` open the database themselves, the rest through
#: ``open_storage`` -- enough for each further kind of bad database (the machine is slow).
EACH_WAY_IN = (SUBCOMMANDS[0], SUBCOMMANDS[1], SUBCOMMANDS[6])


def cli(*args: str, db: str | None = None, env_db: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV}
    env["PYTHONPATH"] = str(REPO)
    if env_db is not None:
        env[DATABASE_URL_ENV] = env_db
    argv = [sys.executable, "-m", "regional_backend", *args, *(["--db", db] if db is not None else [])]
    return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def assert_one_error_line(result: subprocess.CompletedProcess, *, code: int, words: str, secret: str = "") -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    assert words in result.stderr, result.stderr
    assert not secret or secret not in result.stderr
    assert result.returncode == code, (result.returncode, result.stderr)


def run_each(subcommands: tuple[list[str], ...], db: str) -> list[subprocess.CompletedProcess]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda args: cli(*args, db=db), subcommands))


def test_migrate_brings_either_engine_to_the_head_and_again_changes_nothing(db_target: str):
    first = cli("migrate", db=db_target)
    again = cli("migrate", db=db_target)

    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout.count("\n") == 1 and first.stdout.endswith(f"from revision (none: empty database) to {HEAD}\n")
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout.endswith(f"schema already at revision {HEAD} (the newest this backend knows): nothing to do\n")
    assert migrate.current_revision(db_target) == HEAD
    assert ":***@" in first.stdout or "://" not in db_target  # the URL is shown without its password


def test_migrate_upgrades_an_older_backends_sqlite_file_and_says_so(tmp_path: Path):
    path = str(tmp_path / "backend.db")
    token = "an-old-kiosks-token"
    conn = sqlite3.connect(path, isolation_level=None)
    try:  # what the storage before Alembic made when add-kiosk was its first command: no FHIR tables yet
        storage_migrations.apply(Database(conn))
        conn.execute("INSERT INTO kiosks(kiosk_id, token_sha256, created_at) VALUES ('k-old', ?, ?)",
                     [token_hash(token), "2026-11-20T08:00:00.000Z"])
    finally:
        conn.close()

    done = cli("migrate", db=path)

    assert done.returncode == 0 and done.stdout == (
        f"{path}: schema upgraded in place from an older backend's SQLite file (its missing sqlite-utils "
        f"migrations m001_fhir applied first) to revision {HEAD}\n")
    listed = cli("kiosks", db=path)
    assert listed.returncode == 0 and listed.stdout.startswith("k-old\t") and "active" in listed.stdout
    assert token and token not in listed.stdout + listed.stderr


def test_the_environment_variable_names_the_database_when_db_is_absent(pg_url: str, tmp_path: Path):
    assert cli("migrate", env_db=pg_url).returncode == 0
    assert migrate.current_revision(pg_url) == HEAD

    path = str(tmp_path / "backend.db")
    assert cli("add-kiosk", "k-env", env_db=path).returncode == 0
    assert cli("kiosks", env_db=path).stdout.startswith("k-env\t")
    assert cli("kiosks", db=str(tmp_path / "other.db"), env_db=path).stdout == ""  # --db wins

    nothing = cli("kiosks")
    assert_one_error_line(nothing, code=2, words="no database given: use --db")
    assert DATABASE_URL_ENV in nothing.stderr


@pytest.mark.parametrize("kind", ["bad url", "unreachable port", "wrong password", "missing database"])
def test_a_database_that_cannot_be_used_is_one_line_and_every_subcommand_says_so(kind: str, pg_cluster, tmp_path: Path):
    secret = "s3cr3t-pw"
    db, words, code = {
        "bad url": (f"mysql://rb:{secret}@127.0.0.1/rb", "unsupported database 'mysql'", 2),
        "unreachable port": (f"postgresql://rb:{secret}@127.0.0.1:{free_port()}/rb", "Connection refused", 1),
        "wrong password": (pg_cluster.url("postgres", password=secret), "password authentication failed", 1),
        "missing database": (pg_cluster.url("rb_no_such_database"), 'database "rb_no_such_database" does not exist', 1),
    }[kind]

    subcommands = SUBCOMMANDS if kind == "missing database" else EACH_WAY_IN
    for args, result in zip(subcommands, run_each(subcommands, db), strict=True):
        assert result.stdout == "", args
        assert_one_error_line(result, code=code, words=words, secret=secret)
        assert pg_cluster.password not in result.stderr


@pytest.mark.parametrize("kind", ["a folder", "not a database"])
def test_a_sqlite_path_that_is_no_database_is_one_line(kind: str, tmp_path: Path):
    path = tmp_path / "x.db"
    if kind == "a folder":
        path.mkdir()
    else:
        path.write_bytes(b"this is a text file, not a database\n" * 100)

    for result in run_each(EACH_WAY_IN, str(path)):
        assert_one_error_line(result, code=1, words=f"cannot open the database {path}: ")
    assert kind == "a folder" or path.read_bytes().startswith(b"this is a text file")


def test_a_database_a_newer_backend_upgraded_is_refused_in_one_line(db_target: str):
    migrate.upgrade(db_target)
    engine = open_engine(db_target)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()

    for result in run_each(EACH_WAY_IN, db_target):
        assert_one_error_line(result, code=1, words="has schema revision '9999', newer than this backend's")
    assert migrate.current_revision(db_target) == "9999"


def test_every_subcommand_works_on_postgresql_and_serve_serves_a_kiosk(pg_url: str, tmp_path: Path):
    """The region's case: the backend given only a ``postgresql://`` URL, each subcommand a real process."""
    assert cli("migrate", db=pg_url).returncode == 0
    assert "demo region loaded" in cli("load-demo", db=pg_url).stderr
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps({"offices": SAMPLE_REFERENCE["offices"]}, ensure_ascii=False), encoding="utf-8")
    assert cli("load-rows", str(rows), db=pg_url).returncode == 0
    token = cli("add-kiosk", "k-pg", db=pg_url).stdout.strip()
    assert len(token) >= 43
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "regional_backend", "serve", "--db", pg_url, "--host",
                               "127.0.0.1", "--port", str(port)], env=env, cwd=REPO, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if requests.get(f"{base}/api/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        auth = {"Authorization": f"Bearer {token}"}
        item = {"uuid": "00000000-0000-4000-8000-000000000001", "kind": "application",
                "captured_at": "2026-11-21T09:30:00Z", "payload": {"service_id": "svc-none"}}
        pushed = requests.post(f"{base}/api/v1/submissions/batch", json={"items": [item]}, headers=auth, timeout=10)
        assert pushed.status_code == 200 and pushed.json()["results"][0]["uuid"] == item["uuid"]
        offices = requests.get(f"{base}/api/v1/changes/offices", headers=auth, timeout=10)
        assert offices.status_code == 200 and {c["id"] for c in offices.json()["changes"]} >= {"off-1", "off-2"}
        slots = requests.get(f"{base}/fhir/R4/Slot", params={"status": "free", "_count": 2}, headers=auth, timeout=10)
        assert slots.status_code == 200 and slots.json()["total"] > 0
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    listed = cli("submissions", db=pg_url)
    assert listed.returncode == 0 and item["uuid"] in listed.stdout
    assert cli("kiosks", db=pg_url).stdout.startswith("k-pg\t")
    assert cli("touch", "offices", "off-1", db=pg_url).stdout.strip().isdigit()
    assert cli("delete-row", "offices", "off-2", db=pg_url).returncode == 0
    assert cli("release-queue-range", "k-pg", db=pg_url).returncode == 1  # it never had one: said so
    assert cli("revoke-kiosk", "k-pg", db=pg_url).returncode == 0
    assert "revoked" in cli("kiosks", db=pg_url).stdout


def test_the_documented_role_and_database_are_enough_to_migrate(pg_cluster):
    """README / docs/deploy-backend.md: a LOGIN role owning its database (no superuser) -- on
    PostgreSQL 15 only the owner may create tables in ``public`` -- made with the psql statements
    documented there, and ``migrate`` run as that role, the URL in RB_DATABASE_URL."""
    made = pg_cluster.client("psql", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                             "-c", "CREATE ROLE mfc_backend LOGIN PASSWORD 'change-me'",
                             "-c", "CREATE DATABASE mfc_backend OWNER mfc_backend ENCODING 'UTF8'")
    assert made.returncode == 0, made.stderr
    url = f"postgresql://mfc_backend:change-me@{pg_cluster.host}:{pg_cluster.port}/mfc_backend"
    try:
        done = cli("migrate", env_db=url)
        assert done.returncode == 0 and done.stdout.endswith(f"to {HEAD}\n"), done.stderr
        assert "change-me" not in done.stdout
        assert migrate.current_revision(url) == HEAD
    finally:
        pg_cluster.drop_database("mfc_backend")
        with pg_cluster.admin() as conn:
            conn.execute("DROP ROLE IF EXISTS mfc_backend")
