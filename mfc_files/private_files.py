"""Files that may hold personal data or secrets are readable by their owner only.  Qt-free.

The kiosk's store holds citizens' submissions until they are delivered (and 24 h after) and the
console PIN hashes; its logs, backups, diagnostics, audit exports, receipt PDFs and the sync token
are just as private.  The backend's database holds every submission.  So:

* each process narrows its umask at start (:func:`restrict_umask`), so whatever it or a library
  creates is private;
* and every such file is also created explicitly with mode 0600 (:func:`create_private`,
  :func:`open_private`, :func:`prepare_sqlite_file`), folders with 0700 (:func:`make_private_dir`),
  so a library caller or a test with another umask gets the same.

SQLite creates a database's ``-wal``, ``-shm`` and ``-journal`` files with the database file's own
permission bits (whatever the umask), so pre-creating the database file 0600 covers them;
files left 0644 by an older version are narrowed when they are opened next.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def restrict_umask() -> int:
    """Narrow the process umask so that new files and folders are private; returns the old one."""
    old = os.umask(UMASK)
    os.umask(old | UMASK)
    return old


def tighten(path: Path | str, mode: int = FILE_MODE) -> None:
    """Drop group and other bits of an existing path (no-op when absent or already private).

    A path owned by someone else cannot be changed; that is logged, not raised: the caller's work
    (the kiosk's start-up, a sync) must go on.
    """
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    if current & 0o077:
        try:
            os.chmod(path, current & mode)
        except OSError as exc:
            log.warning("cannot make %s private (%s)", path, exc.strerror or exc)


def make_private_dir(path: Path | str, *, tighten_existing: bool = False) -> Path:
    """Create ``path`` (and missing parents) with mode 0700; an existing folder is narrowed only
    with ``tighten_existing`` (for the kiosk's own data folder, never a folder a user named)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:  # made meanwhile by another process
            continue
    if tighten_existing and not missing:
        tighten(path, DIR_MODE)
    return path


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags, FILE_MODE)
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:  # it existed before with a looser mode
            os.fchmod(fd, FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return fd


def open_private(path: Path | str, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open()`` whose file is 0600 from its first byte (created so, or narrowed if it existed)."""
    return open(path, mode, opener=_private_opener, **kwargs)  # noqa: SIM115 - the caller closes it


def create_private(path: Path | str) -> Path:
    """Make sure ``path`` exists as a 0600 file (empty when new; content kept when it exists)."""
    os.close(_private_opener(str(path), os.O_WRONLY | os.O_CREAT))
    return Path(path)


def prepare_sqlite_file(path: Path | str) -> None:
    """Before SQLite opens ``path``: its folder exists, the file exists with 0600 (so SQLite makes
    the ``-wal``/``-shm`` files 0600 too), and older side files are narrowed."""
    text = str(path)
    if text == ":memory:" or text.startswith("file:") or not text:
        return
    path = Path(path)
    make_private_dir(path.parent)
    if path.exists():  # never opened for writing here: it may be read-only on purpose
        tighten(path)
    else:
        try:
            create_private(path)
        except OSError as exc:  # SQLite then reports the folder's problem in its own words
            log.warning("cannot create %s (%s)", path, exc.strerror or exc)
    for suffix in SQLITE_SIDE_FILES:
        tighten(text + suffix)
