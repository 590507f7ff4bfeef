"""The one module that owns the kiosk's SQLite connection, pragmas, transactions and migrations.

A :class:`Store` wraps one connection.  A connection belongs to the thread that opened it; the UI
keeps its store on a single database worker thread, and each sync process opens its own.

Open a store with :func:`offline_db.opening.open_store`: it checks the file first and repairs a
damaged one; :attr:`Store.recovered_from` and :attr:`Store.recovery` say what was done.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mfc_files import private_files
from mfc_rules.canonical import utc_text

from . import clock, schema

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_savepoints = itertools.count(1)


class StoreError(Exception):
    """Base class of store failures that are the environment's fault, not a bug."""


class StoreUnavailable(StoreError):
    """Disk full, read-only, locked for too long: the operation may succeed later."""


class StoreCorrupt(StoreError):
    """The file is not a usable SQLite database."""


class StoreDamaged(StoreCorrupt):
    """The store failed its check and was left untouched (``open_store(..., repair=False)``)."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"the local store {path} is damaged ({reason})")
        self.path = path
        self.reason = reason


def utcnow() -> dt.datetime:
    """Now, in UTC, from the kiosk's clock (:mod:`offline_db.clock`, which tests can pin)."""
    return clock.now()


def iso_utc(moment: dt.datetime | None = None) -> str:
    """ISO 8601 UTC text with a ``Z`` suffix, seconds precision (milliseconds kept if present)."""
    return utc_text(moment or utcnow())


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)


def classify(error: sqlite3.Error) -> StoreError | None:
    """Turn an environment failure into a :class:`StoreError`; ``None`` means a bug."""
    message = str(error).lower()
    if isinstance(error, sqlite3.DatabaseError) and (
        "malformed" in message or "not a database" in message or "file is encrypted" in message
    ):
        return StoreCorrupt(str(error))
    if isinstance(error, sqlite3.OperationalError) and any(
        word in message
        for word in ("disk is full", "database is locked", "readonly", "disk i/o", "unable to open")
    ):
        return StoreUnavailable(str(error))
    return None


class Store:
    """An open kiosk store: a :class:`sqlite_utils.Database` with the kiosk's pragmas and schema."""

    def __init__(self, path: Path | str, *, recovered_from: Path | None = None, migrate: bool = True,
                 recovery: dict[str, Any] | None = None):
        self.path = Path(path)
        self.recovered_from = recovered_from
        self.recovery = recovery  # what the salvage from the damaged file found (offline_db.salvage)
        private_files.prepare_sqlite_file(self.path)  # 0600, and so are its -wal and -shm
        self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self._db: Database | None = None
        self._configure()
        if migrate:
            schema.migrate(self)

    # --- connection --------------------------------------------------------------------------
    def _configure(self) -> None:
        conn = self.conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        from . import lookup_keys
        from .textsearch import stem_text

        conn.create_function("kiosk_stem", 2, stem_text, deterministic=True)
        lookup_keys.register(conn)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("store journal mode is %s, not WAL", mode)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")
        # Every write may carry citizen data: a committed transaction survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")

    @property
    def db(self) -> Database:
        """The connection as a :class:`sqlite_utils.Database` (imported on first use: start-up
        does not pay for sqlite-utils unless a migration or a bulk load needs it)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A write transaction (``BEGIN IMMEDIATE``); nested blocks become savepoints.

        IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a
        read lock, and the busy timeout applies at the start of the transaction.
        """
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"kiosk_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (classify(exc) or exc) from exc
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise (classify(exc) or exc) from exc

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def data_version(self) -> int:
        """Changes when another connection commits to the file (``PRAGMA data_version``; cheap)."""
        return int(self.scalar("PRAGMA data_version"))

    # --- settings ----------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [key, json.dumps(value, ensure_ascii=False), iso_utc()],
            )

    def delete_setting(self, key: str) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM settings WHERE key = ?", [key])

    # --- audit -------------------------------------------------------------------------------
    def audit(self, role: str, action: str, target: str = "", details: str = "") -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO audit_log(at, role, action, target, details) VALUES (?, ?, ?, ?, ?)",
                [iso_utc(), role, action, target, details],
            )

    # --- health ------------------------------------------------------------------------------
    def integrity_ok(self) -> bool:
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows] == ["ok"]

    def is_empty(self) -> bool:
        """True when no reference data has been loaded yet."""
        return not self.scalar("SELECT EXISTS(SELECT 1 FROM services) OR EXISTS(SELECT 1 FROM offices)")
