"""Open the kiosk's store: check the file, and repair a damaged one.  Qt-free.

Opening a store that cannot be opened, or that fails ``PRAGMA integrity_check``, salvages what
can be read from it into a fresh store (:mod:`offline_db.salvage`), moves the damaged file aside
(never deletes it) and puts the fresh store in its place; :attr:`Store.recovered_from` then tells
the caller where the damaged file went and :attr:`Store.recovery` what was salvaged, so the kiosk
can say so on screen, in ``status`` and in the log.  ``open_store(path, repair=False)`` (read-only
commands) raises :class:`StoreDamaged` instead and leaves the file as it is.

It sits above :mod:`offline_db.store` and :mod:`offline_db.salvage` (which both use the store),
so the store itself knows nothing of salvaging.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from mfc_files import private_files

from .salvage import salvage
from .store import BUSY_TIMEOUT_MS, Store, StoreDamaged, StoreUnavailable, classify, utcnow

log = logging.getLogger(__name__)


def _aside_name(path: Path) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    return target


def _move_aside(path: Path, target: Path) -> Path:
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target


def check_problem(path: Path) -> str | None:
    """Why the store at ``path`` cannot be used as it is (``None``: it passes its check, or does
    not exist yet).  Reads through a read-only connection: the file and its WAL are not changed.
    Raises :class:`StoreUnavailable` when the file cannot be reached at all (a directory, locked).

    Besides SQLite's integrity check, the WAL is read: SQLite silently drops every transaction
    committed after a damaged WAL frame, so such a WAL counts as damage (the salvage reads them).
    """
    if not path.exists():
        return None
    # With no -wal/-shm beside it, no connection has the store open: read it as immutable, so that
    # not even those two files are created next to a store that may be damaged.
    alone = not any(Path(str(path) + suffix).exists() for suffix in ("-wal", "-shm"))
    uri = f"file:{urllib.parse.quote(str(path))}?mode=ro{'&immutable=1' if alone else ''}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise (classify(exc) or exc) from exc
    try:
        conn.execute("BEGIN")  # one read snapshot: a writer cannot restart the WAL under it
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        if rows != ["ok"]:
            return "integrity check failed: " + "; ".join(rows[:3])
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 32:
            from .pages import wal_damaged

            if wal_damaged(wal):
                return "the write-ahead log is damaged: transactions after the damage cannot be replayed"
    except sqlite3.DatabaseError as exc:
        failure = classify(exc)
        if isinstance(failure, StoreUnavailable):
            raise failure from exc
        return str(exc)
    finally:
        conn.close()
    return None


@contextlib.contextmanager
def _repair_lock(path: Path) -> Iterator[None]:
    """One repair at a time per store, across threads and processes (the GUI's database worker and
    its sync worker both open the store at start-up): a lock on the store's folder."""
    fd = os.open(str(path.parent), os.O_RDONLY)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - the kiosk runs on Linux
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _salvaging_name(path: Path) -> Path:
    return path.with_name(path.name + ".salvaged")


def _recover(path: Path, reason: str) -> Store:
    """Salvage the damaged store into a new file, move the damaged one (with its WAL) aside and put
    the new one in its place.  The new file is complete before anything is moved, and
    :func:`_finish_interrupted_recovery` completes a recovery cut off between the two moves."""
    fresh_path = _salvaging_name(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(fresh_path) + suffix).unlink(missing_ok=True)
    target = _aside_name(path)
    fresh = Store(fresh_path)
    try:
        record = salvage(path, fresh, reason=reason, moved_to=target)
        fresh.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to move
    finally:
        fresh.close()
    moved = _move_aside(path, target)
    os.replace(fresh_path, path)
    log.error("local store %s failed its check (%s); moved aside to %s, a fresh store holds what was salvaged",
              path, reason, moved)
    return Store(path, recovered_from=moved, recovery=record)


def _finish_interrupted_recovery(path: Path) -> None:
    fresh_path = _salvaging_name(path)
    if not path.exists() and fresh_path.exists() and not Path(str(fresh_path) + "-wal").exists():
        os.replace(fresh_path, path)
        log.error("a recovery of the local store %s was interrupted; its salvaged store is now in place", path)


def open_store(path: Path | str, *, repair: bool = True) -> Store:
    """Open (creating and migrating if needed) the store at ``path``.

    A damaged store is salvaged into a fresh one and moved aside (see the module's docstring); the
    returned store's ``recovered_from`` names where the damaged file now is.  With
    ``repair=False`` a damaged store raises :class:`StoreDamaged` and nothing is changed.
    """
    path = Path(path)
    private_files.make_private_dir(path.parent)
    _finish_interrupted_recovery(path)
    problem = check_problem(path)
    if problem is None:
        return Store(path)
    if not repair:
        raise StoreDamaged(path, problem)
    with _repair_lock(path):
        problem = check_problem(path)  # another thread or process may have repaired it meanwhile
        if problem is None:
            return Store(path)
        return _recover(path, problem)
