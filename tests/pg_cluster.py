"""A throwaway PostgreSQL cluster for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder.

The server is Debian's (``postgresql``, installed by ``scripts/setup.sh``); its binaries are
found under ``/usr/lib/postgresql/*/bin`` (the newest version), on ``PATH``, or in the folder
named by ``RB_TEST_PG_BINDIR``.  It listens on 127.0.0.1 only, on a free port, with its Unix
socket in the cluster's own folder (never the system's ``/var/run/postgresql``); TCP logins need
the superuser's password (SCRAM), the socket trusts its owner.  Durability is switched off
(``fsync=off``): the data is thrown away at the end.

``initdb`` and ``postgres`` refuse to run as root, and CI runs as root: then the cluster runs as
the ``postgres`` system user the Debian package creates (or ``nobody``), in a folder that user
owns.  A missing PostgreSQL raises :class:`PostgresUnavailable` with what to install; the tests
fail with it, they are never skipped.

pytest-postgresql was considered: its process fixture runs ``pg_ctl`` as the current user and so
cannot start a server when the tests run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "rb_test"
START_TIMEOUT_S = 60
#: Settings for a throwaway cluster: no durability (faster), 127.0.0.1 only, logs to a file.
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "64MB",
    "dynamic_shared_memory_type": "posix",
}


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed, or its throwaway cluster did not start."""


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int
    user: str
    password: str
    folder: Path
    bindir: Path
    start_seconds: float

    def url(self, database: str = "postgres", *, password: str | None = None) -> str:
        """``postgresql://`` URL of ``database`` for the superuser (or with another ``password``)."""
        pw = self.password if password is None else password
        return f"postgresql://{self.user}:{pw}@{self.host}:{self.port}/{database}"

    def admin(self):
        """A psycopg connection to ``postgres`` in autocommit (CREATE/DROP DATABASE)."""
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user, password=self.password,
                               dbname="postgres", autocommit=True, connect_timeout=10)

    def create_database(self, name: str) -> str:
        """Create an empty database ``name`` (from ``template1``) and return its URL."""
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def client(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run one of the server's client programs (``pg_dump``, ``pg_restore``, ``psql`` …) on it over
        TCP as the superuser -- as the server's system user when we are root, like the server."""
        user = _run_as()
        ids = {} if user is None else {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "TZ": "UTC",
               "PGHOST": self.host, "PGPORT": str(self.port), "PGUSER": self.user, "PGPASSWORD": self.password}
        return subprocess.run([str(self.bindir / tool), *args], env=env, cwd="/", capture_output=True, text=True,
                              timeout=timeout, check=False, **ids)


def find_bindir() -> Path:
    """The folder holding ``initdb``/``pg_ctl``/``postgres``, or :class:`PostgresUnavailable`."""
    candidates: list[Path] = []
    if os.environ.get("RB_TEST_PG_BINDIR"):
        candidates.append(Path(os.environ["RB_TEST_PG_BINDIR"]))

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.parent.name
        return tuple(int(p) for p in name.split(".") if p.isdigit())

    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    candidates += [Path(p).parent for p in debian]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found under /usr/lib/postgresql/*/bin "
        "or on PATH: install Debian's 'postgresql' package (scripts/setup.sh does) or set RB_TEST_PG_BINDIR")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> pwd.struct_passwd | None:
    """The unprivileged user the server runs as when we are root (``None``: ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise PostgresUnavailable("running as root and neither a 'postgres' nor a 'nobody' user exists "
                              "to run the test PostgreSQL server as")


def _run(argv: list[str], user: pwd.struct_passwd | None, *, timeout: float) -> None:
    ids = {} if user is None else {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
           "TZ": "UTC"}
    proc = subprocess.run(argv, env=env, cwd="/", capture_output=True, text=True, timeout=timeout, **ids)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise PostgresUnavailable(f"{Path(argv[0]).name} failed (exit {proc.returncode}): " + " | ".join(tail))


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a throwaway cluster; stop it and delete its folder on leaving (also on errors)."""
    bindir = find_bindir()
    user = _run_as()
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="rb-pg-"))
    try:
        if user is not None:
            os.chown(folder, user.pw_uid, user.pw_gid)
            if not os.access(folder.parent, os.X_OK):  # pragma: no cover - unusual TMPDIR
                raise PostgresUnavailable(f"{folder.parent} is not reachable for user {user.pw_name}")
        data, pwfile, log = folder / "data", folder / "pw", folder / "server.log"
        password = secrets.token_urlsafe(16)
        pwfile.write_text(password + "\n")
        if user is not None:
            os.chown(pwfile, user.pw_uid, user.pw_gid)
        os.chmod(pwfile, 0o600)
        _run([str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, f"--pwfile={pwfile}",
              "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8",
              "--no-sync"], user, timeout=120)
        pwfile.unlink()
        port = free_port()
        options = " ".join(f"-c {k}={v}" for k, v in
                           {**SERVER_SETTINGS, "port": port, "unix_socket_directories": folder}.items())
        try:
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
                  "-t", str(START_TIMEOUT_S), "start"], user, timeout=START_TIMEOUT_S + 10)
        except PostgresUnavailable as exc:
            with contextlib.suppress(PostgresUnavailable, subprocess.TimeoutExpired):
                _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], user, timeout=30)
            server_log = log.read_text(errors="replace").strip().splitlines()[-5:] if log.exists() else []
            raise PostgresUnavailable(f"{exc} | server log: {' | '.join(server_log)}") from None
        try:
            yield Cluster("127.0.0.1", port, SUPERUSER, password, folder, bindir,
                          round(time.monotonic() - started, 2))
        finally:
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], user, timeout=60)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
