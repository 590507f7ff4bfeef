"""The one module that owns the kiosk's SQLite connection, pragmas, transactions and migrations.

A :class:`Store` wraps one connection.  A connection belongs to the thread that opened it; the UI
keeps its store on a single database worker thread, and each sync process opens its own.

Opening a store that cannot be opened, or that fails ``PRAGMA integrity_check``, moves the file
aside (never deletes it) and starts a fresh store; :attr:`Store.recovered_from` then tells the
caller where the damaged file went, so the kiosk can say so on screen and in the log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import private_files, schema

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


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(moment: dt.datetime | None = None) -> str:
    """ISO 8601 UTC text with a ``Z`` suffix, seconds precision (milliseconds kept if present)."""
    moment = (moment or utcnow()).astimezone(dt.UTC)
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z")


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

    def __init__(self, path: Path | str, *, recovered_from: Path | None = None, migrate: bool = True):
        self.path = Path(path)
        self.recovered_from = recovered_from
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
        from .textsearch import stem_text

        conn.create_function("kiosk_stem", 2, stem_text, deterministic=True)
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


def _move_aside(path: Path) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


def open_store(path: Path | str) -> Store:
    """Open (creating and migrating if needed) the store at ``path``.

    A damaged store is moved aside and replaced by a fresh one; the returned store's
    ``recovered_from`` names where the damaged file now is.
    """
    path = Path(path)
    private_files.make_private_dir(path.parent)
    store: Store | None = None
    try:
        store = Store(path, migrate=False)
        if not store.integrity_ok():
            raise StoreCorrupt("integrity_check failed")
        schema.migrate(store)
        return store
    except (sqlite3.DatabaseError, StoreCorrupt) as exc:
        if store is not None:
            store.close()
        failure = classify(exc) if isinstance(exc, sqlite3.Error) else exc
        if isinstance(failure, StoreUnavailable):
            raise failure from exc
        if not path.exists():
            raise
        moved = _move_aside(path)
        log.error("local store %s failed its check (%s); moved aside to %s, starting a fresh store",
                  path, exc, moved)
        return Store(path, recovered_from=moved)
