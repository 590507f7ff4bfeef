"""Kiosks and their bearer tokens, and the count of wrong tokens per client address.

Tables ``kiosks`` and ``auth_failures`` (:mod:`regional_backend.db.tables.kiosks`).  A token is
shown once, when it is made, and kept only as its SHA-256: the database never holds a token that
would let its reader act as a kiosk.  Enrolment rests on the primary key of ``kiosks.kiosk_id``
(``INSERT … ON CONFLICT``), so two enrolments of one id at once never make two kiosks, on either
engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from regional_backend import clock
from regional_backend.db.engine import connect, write_transaction
from regional_backend.db.tables.kiosks import auth_failures, kiosks

from .sql import StoreError, insert

MAX_KIOSK_ID = 100


class KioskExists(StoreError):
    """:meth:`KioskStore.add` of an id that is already enrolled (revoked or not)."""


@dataclass(frozen=True)
class Kiosk:
    """Who a token belongs to: the kiosk and whether it has been revoked."""

    kiosk_id: str
    revoked: bool


@dataclass(frozen=True)
class EnrolledKiosk:
    """A row of :meth:`KioskStore.list`: moments are aware, in UTC."""

    kiosk_id: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def token_hash(token: str) -> str:
    """What is kept of a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_kiosk_id(kiosk_id: str) -> None:
    """Refuse (``ValueError``) an id that is not 1 to 100 printable characters."""
    if not kiosk_id or len(kiosk_id) > MAX_KIOSK_ID or not kiosk_id.isprintable():
        raise ValueError(f"a kiosk id is 1 to {MAX_KIOSK_ID} printable characters")


def new_token() -> str:
    """A fresh bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


class KioskStore:
    """Kiosks, tokens and wrong-token counts on ``engine`` (upgraded by ``db.migrate.upgrade``)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def add(self, kiosk_id: str) -> str:
        """Enrol a NEW kiosk and return its token; an id already enrolled (also a revoked one) is
        refused with :class:`KioskExists` and its token is left as it was.

        One ``INSERT … ON CONFLICT (kiosk_id) DO NOTHING`` in a write transaction: the primary key
        decides, so of two enrolments of one id at once exactly one wins, on both engines (on
        PostgreSQL the second waits for the first to commit, then inserts nothing).  READ COMMITTED
        is enough: nothing is read before the write."""
        check_kiosk_id(kiosk_id)
        token = new_token()
        with write_transaction(self.engine) as conn:
            added = conn.execute(
                insert(conn, kiosks)
                .values(kiosk_id=kiosk_id, token_sha256=token_hash(token), created_at=clock.now())
                .on_conflict_do_nothing(index_elements=[kiosks.c.kiosk_id])
                .returning(kiosks.c.kiosk_id)).first()  # a row only when it was inserted
            if added is None:
                raise KioskExists(f"a kiosk {kiosk_id!r} is already enrolled: choose another id, "
                                  "or re-enrol it to replace its token")
        return token

    def enrol(self, kiosk_id: str) -> str:
        """Enrol a kiosk, or re-enrol one (a revoked one too): a new token replaces the old, which
        stops working at once; the kiosk is active again.  Returns the new token.  (This is what
        ``add-kiosk`` and ``Storage.add_kiosk`` have always done.)

        One ``INSERT … ON CONFLICT (kiosk_id) DO UPDATE``: atomic per row on both engines at READ
        COMMITTED; of two re-enrolments at once the later commit's token is the one that works."""
        check_kiosk_id(kiosk_id)
        token = new_token()
        with write_transaction(self.engine) as conn:
            statement = insert(conn, kiosks).values(
                kiosk_id=kiosk_id, token_sha256=token_hash(token), created_at=clock.now())
            conn.execute(statement.on_conflict_do_update(
                index_elements=[kiosks.c.kiosk_id],
                set_={"token_sha256": statement.excluded.token_sha256,
                      "created_at": statement.excluded.created_at, "revoked_at": None}))
        return token

    def revoke(self, kiosk_id: str) -> bool:
        """Revoke an active kiosk: its token is still recognised (answered 403, not 401) but no
        longer served.  ``False`` when there is no such kiosk or it is revoked already.

        One conditional ``UPDATE … WHERE revoked_at IS NULL``: PostgreSQL re-checks the condition
        on the locked row, so of two revocations at once exactly one reports ``True``."""
        with write_transaction(self.engine) as conn:
            done = conn.execute(
                sa.update(kiosks).where(kiosks.c.kiosk_id == kiosk_id, kiosks.c.revoked_at.is_(None))
                .values(revoked_at=clock.now()))
            return done.rowcount > 0

    def authenticate(self, token: str) -> Kiosk | None:
        """The kiosk ``token`` belongs to (revoked or not), ``None`` for a token nobody has.
        One ``SELECT`` by the unique token hash: any isolation reads a committed row."""
        with connect(self.engine) as conn:
            row = conn.execute(sa.select(kiosks.c.kiosk_id, kiosks.c.revoked_at)
                               .where(kiosks.c.token_sha256 == token_hash(token))).first()
        return Kiosk(row.kiosk_id, row.revoked_at is not None) if row else None

    def list(self) -> list[EnrolledKiosk]:
        """Every kiosk by id, revoked ones too.  One ``SELECT``: a consistent snapshot on both."""
        with connect(self.engine) as conn:
            rows = conn.execute(sa.select(kiosks.c.kiosk_id, kiosks.c.created_at, kiosks.c.revoked_at)
                                .order_by(kiosks.c.kiosk_id)).all()
        return [EnrolledKiosk(r.kiosk_id, r.created_at, r.revoked_at) for r in rows]

    def record_auth_failure(self, address: str, now: float, since: float, limit: int) -> tuple[bool, list[float]]:
        """Count one wrong token from ``address`` at ``now`` (Unix seconds, as the throttle's clock
        gives them) unless it already has ``limit`` failures after ``since``.  Returns (recorded,
        times of its failures after ``since``, oldest first).  Failures at or before ``since``, of
        every address, are forgotten.

        An address over the limit is answered from one read, without taking a write lock (a burst
        of guesses costs no writes).  Otherwise a write transaction re-counts and inserts: on
        SQLite ``BEGIN IMMEDIATE`` makes it the only writer; on PostgreSQL (READ COMMITTED) a
        transaction-scoped advisory lock on the address serialises the count-then-insert of one
        address across every process, so ``limit`` is never exceeded (READ COMMITTED alone would
        let two processes both count ``limit - 1`` and both insert)."""
        with connect(self.engine) as conn:
            times = _recent_failures(conn, address, since)
        if len(times) >= limit:
            return False, times
        with write_transaction(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(
                    sa.func.hashtextextended("rb_auth_failures:" + address, 0))))
            conn.execute(sa.delete(auth_failures).where(auth_failures.c.at <= since))
            times = _recent_failures(conn, address, since)
            if len(times) >= limit:  # another process counted meanwhile
                return False, times
            conn.execute(sa.insert(auth_failures).values(address=address, at=now))
        return True, [*times, now]


def _recent_failures(conn: sa.Connection, address: str, since: float) -> list[float]:
    return list(conn.execute(sa.select(auth_failures.c.at)
                             .where(auth_failures.c.address == address, auth_failures.c.at > since)
                             .order_by(auth_failures.c.at)).scalars())
