"""Opening the backend's database: a SQLite file or a PostgreSQL server, as a SQLAlchemy Engine.

What to open is given by ``--db`` or, when that is absent, by the environment variable
``RB_DATABASE_URL`` (:data:`DATABASE_URL_ENV`):

* a file path (or ``sqlite:///PATH``): SQLite, the embedded default.  Every connection gets the
  settings the backend has always used -- WAL journal, ``synchronous=FULL`` (an acknowledged
  submission survives a power cut), a 10 s busy timeout -- and ``foreign_keys=ON`` so that SQLite
  enforces the same ``REFERENCES`` PostgreSQL does.  The file is made 0600 in a 0700 folder.
  pysqlite's own implicit transactions are off: a transaction starts with ``BEGIN`` (or
  ``BEGIN IMMEDIATE`` in :func:`write_transaction`, which takes the write lock up front).
* ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE`` (also ``postgres://`` and
  ``postgresql+psycopg://``): PostgreSQL through psycopg 3 and SQLAlchemy's connection pool
  (``pool_size`` connections kept, ``max_overflow`` more under load, each checked before use so a
  restarted server costs no failed request).

Every failure to open -- no database given, a URL of another kind, a server that cannot be
reached, a wrong password, a missing database, a file that is not a database -- is a
:class:`DatabaseError` whose text is one line, fit to print as is (passwords are masked).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url

from mfc_files.private_files import prepare_sqlite_file

#: The environment variable naming the database when ``--db`` is not given.
DATABASE_URL_ENV = "RB_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
)
POOL_SIZE = 5
MAX_OVERFLOW = 10
CONNECT_TIMEOUT_S = 10
_URL_HELP = "give a SQLite file path or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
_WRITE = "rb_write"


class DatabaseError(Exception):
    """The database cannot be opened; ``str()`` is one line for the person running the command."""


class BadDatabaseUrl(DatabaseError):
    """No database was named, or the URL is not one the backend can use."""


class DatabaseUnavailable(DatabaseError):
    """The database was named well but cannot be reached or opened."""


def database_url(db: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None) -> URL:
    """The URL of the database ``db`` names (``None``: the one :data:`DATABASE_URL_ENV` names)."""
    if db is None or str(db) == "":
        db = (os.environ if environ is None else environ).get(DATABASE_URL_ENV, "")
        if not db:
            raise BadDatabaseUrl(f"no database given: use --db ({_URL_HELP}) or set {DATABASE_URL_ENV}")
    text = os.fspath(db)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().absolute()))
    try:
        url = make_url(text)
    except (sa.exc.ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise BadDatabaseUrl(f"not a database URL: {_URL_HELP}") from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        if not url.database:
            raise BadDatabaseUrl(f"the URL names no database: {_URL_HELP}")
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        if not url.database or url.database == ":memory:":
            raise BadDatabaseUrl(f"an in-memory SQLite database keeps nothing: {_URL_HELP}")
        return URL.create("sqlite+pysqlite", database=str(Path(url.database).expanduser().absolute()))
    raise BadDatabaseUrl(f"unsupported database {url.drivername!r}: {_URL_HELP}")


def describe(url: URL) -> str:
    """``url`` for messages and logs: the password masked, a SQLite file as its path."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def open_engine(db: str | os.PathLike[str] | None, *, environ: Mapping[str, str] | None = None,
                pool_size: int = POOL_SIZE, max_overflow: int = MAX_OVERFLOW,
                connect_timeout: float = CONNECT_TIMEOUT_S, check: bool = True) -> Engine:
    """An Engine for the database ``db`` names (see the module's doc); with ``check`` one
    connection is opened at once so that a bad database fails here, as :class:`DatabaseError`."""
    url = database_url(db, environ)
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, pool_size=pool_size, max_overflow=max_overflow)
    else:
        engine = sa.create_engine(
            url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True,
            connect_args={"connect_timeout": max(1, round(connect_timeout)),
                          "application_name": "regional_backend",
                          # moments come back in UTC whatever the server's or role's default zone
                          "options": "-c timezone=UTC"})
    if check:
        try:
            with connect(engine) as conn:
                conn.exec_driver_sql("SELECT 1")
        except DatabaseError:
            engine.dispose()
            raise
    return engine


@contextlib.contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    """``engine.connect()`` with a failure to open made into :class:`DatabaseUnavailable`."""
    try:
        conn = engine.connect()
    except (sa.exc.DBAPIError, sqlite3.Error, OSError) as exc:
        raise DatabaseUnavailable(f"cannot open the database {describe(engine.url)}: {_reason(exc)}") from None
    with conn:
        yield conn


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction for writing, committed on leaving (rolled back on an exception).  On SQLite
    it takes the write lock at its start (``BEGIN IMMEDIATE``), so two writers queue on the busy
    timeout instead of one failing at its first write; PostgreSQL locks rows as it goes."""
    with connect(engine) as conn:
        conn = conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


def _sqlite_engine(url: URL, *, pool_size: int, max_overflow: int) -> Engine:
    try:
        prepare_sqlite_file(url.database or "")
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot open the database {describe(url)}: {_reason(exc)}") from None
    engine = sa.create_engine(url, pool_size=pool_size, max_overflow=max_overflow,
                              connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _settings(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None  # no implicit BEGIN from pysqlite: see _begin
        for pragma in SQLITE_PRAGMAS:
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def _reason(exc: BaseException) -> str:
    """The driver's words for why a connection failed, on one line, without its boilerplate."""
    orig = getattr(exc, "orig", None) or exc
    text = getattr(orig, "strerror", None) if isinstance(orig, OSError) else None
    text = text or str(orig) or type(orig).__name__
    text = re.sub(r"^connection failed: ", "", text.strip())
    text = re.sub(r'^connection to server at "[^"]*"(?: \([^)]*\))?, port \d+ failed: ', "", text)
    text = re.sub(r"^connection to server on socket \"[^\"]*\" failed: ", "", text)
    text = re.sub(r"^(FATAL|ERROR):\s+", "", text)
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


#: SQLSTATEs after which the same request, sent again, can succeed: a serialisation failure or
#: deadlock (the transaction was rolled back), a lock or statement timeout, too many connections,
#: and the server shutting down or restarting (class 57P, 08 = connection exceptions).
_RETRYABLE_SQLSTATES = ("40001", "40P01", "55P03", "57014", "53300", "57P")


def is_retryable(exc: BaseException) -> bool:
    """Whether ``exc`` from a database operation means "busy or briefly away, try again": SQLite's
    lock wait ran out, PostgreSQL's connection dropped or the server restarted, a serialisation
    failure or deadlock.  The transaction was rolled back in every such case, so nothing of the
    request was stored and the client may send it again unchanged."""
    if isinstance(exc, DatabaseUnavailable):
        return True
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.OperationalError):
        return "locked" in str(orig) or "busy" in str(orig)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate.startswith(("08", *_RETRYABLE_SQLSTATES)):
        return True
    # psycopg's OperationalError without a SQLSTATE: the connection broke (server gone, network)
    return type(orig).__name__ in ("OperationalError", "InterfaceError") and not sqlstate \
        and type(orig).__module__.startswith("psycopg")


def one_line(exc: BaseException) -> str:
    """``exc`` as one line for the log: the driver's words, no SQL and no bound values (which may
    hold personal data)."""
    return f"{type(getattr(exc, 'orig', None) or exc).__name__}: {_reason(exc)}"[:300]
