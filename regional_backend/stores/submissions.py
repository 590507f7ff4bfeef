"""Submissions the kiosks push, idempotent by the item's uuid, and each meter reading's outcome.

Tables ``submissions`` and ``meter_reading_results`` (:mod:`regional_backend.db.tables.submissions`).
A push answers each item ``accepted`` (with its ``server_ref``), ``duplicate`` (the same uuid and
payload again: the first answer), ``conflict`` (the uuid is taken by another payload or another
kiosk) or ``rejected`` (a business rule said no; the same rejection again on a resend).  The
``UNIQUE(uuid)`` constraint decides who stored an item first, on both engines.

The answers are the ones ``SqliteStorage`` gave, key for key; times are text as it gave them:
``received_at`` as ``2026-11-21T09:30:00.000Z``, a reading's ``effective_capture`` as the
validator wrote it (``2026-11-21T09:30:00Z``, a fraction only when there is one).  ``captured_at``
(the kiosk's clock) is kept as a moment -- ``timestamptz`` on PostgreSQL, fixed-width UTC text on
SQLite -- and listed in UTC with ``Z``, to the second, with milliseconds or microseconds only when
it has them: what the kiosk sends (``2026-11-21T09:30:00Z``, ``…:00.125Z``) is listed exactly as
sent.  A time sent with an offset keeps its moment, not its offset: ``2026-11-21T12:30:00+03:00``
is listed as ``2026-11-21T09:30:00Z`` (``SqliteStorage`` listed the text as sent).  The API also
accepts moments a ``datetime`` cannot hold; they are kept as the nearest it can: a leap second
(``23:59:60``) as ``23:59:59.999999``, and a moment within a day of the ends of years 1 to 9999
(``0001-01-01T00:00:00+01:00`` is in year 0 in UTC) as the moment a day inside them -- psycopg
gives a ``timestamptz`` in the session's time zone, and there a moment nearer the ends could fall
outside years 1 to 9999 and fail to read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mfc_rules.canonical import canonical_json, payload_sha256
from mfc_rules.receipts import ReceiptNumberError, normalise_receipt
from regional_backend import clock
from regional_backend.db.engine import connect, write_transaction
from regional_backend.db.tables.submissions import meter_reading_results, submissions
from regional_backend.db.tables.types import MILLISECONDS, instant_text
from regional_backend.rejection import Rejection, Validator

from .push_lookups import PushLookups, SubmissionIn
from .sql import insert

CONFLICT = Rejection(
    "uuid_conflict",
    "Обращение с этим номером уже получено, но с другими данными; повторная отправка отклонена. "
    "Первоначальное обращение остаётся в силе. Если данные нужно изменить, оформите новое обращение.",
    "A submission with this ID has already arrived with different data, so this resend is refused. "
    "The original submission stands; to change the data, make a new submission.",
)

#: The columns of a submission's status (``get`` / ``find_by_receipt``), in the order they are given.
STATUS_COLUMNS = ("uuid", "receipt_number", "kind", "result", "status", "server_ref",
                  "received_at", "code", "reason_ru", "reason_en")
READING_COLUMNS = ("meter_serial", "zone", "value", "result", "code", "reason_ru", "reason_en", "period",
                   "flags", "effective_capture")
#: How many times a push that PostgreSQL aborted as a deadlock is run again (see ``push_batch``).
DEADLOCK_ATTEMPTS = 3
_DEADLOCK = "40P01"
_LEAP_SECOND = re.compile(r"^(\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:)60((?:\.\d+)?)(.*)$")
#: The range a kept moment is brought into: a day inside years 1 to 9999, so that it reads back in
#: any session time zone (PostgreSQL's offsets are under 16 hours).
_FIRST = dt.datetime.min.replace(tzinfo=dt.UTC) + dt.timedelta(days=1)
_LAST = dt.datetime.max.replace(tzinfo=dt.UTC) - dt.timedelta(days=1)


def captured_moment(text: str) -> dt.datetime:
    """An RFC 3339 date-time as the API accepts it (``T``/``Z`` in either case, any fraction, a
    zone) as an aware UTC datetime; a leap second and a moment out of range as the module says."""
    text = text.strip()
    leap = _LEAP_SECOND.match(text)
    if leap:
        text = f"{leap.group(1)}59{leap.group(3)}"
    moment = dt.datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text))
    if moment.tzinfo is None:
        raise ValueError(f"a moment without a time zone: {text!r}")
    if leap:
        moment = moment.replace(microsecond=999_999)
    try:
        moment = moment.astimezone(dt.UTC)
    except OverflowError:
        return _FIRST if moment.year == 1 else _LAST
    return min(max(moment, _FIRST), _LAST)


def captured_text(value: dt.datetime | str) -> str:
    """A stored ``captured_at`` as listed: UTC, ``Z``, seconds, a fraction only when it has one
    (3 digits when they suffice).  Takes text too: a SQLite file of today's schema keeps the text
    the kiosk sent."""
    moment = (captured_moment(value) if isinstance(value, str) else value).astimezone(dt.UTC)
    micro = moment.microsecond
    timespec = "seconds" if not micro else "milliseconds" if micro % 1000 == 0 else "microseconds"
    return moment.isoformat(timespec=timespec).replace("+00:00", "Z")


class SubmissionStore:
    """Pushed submissions and meter-reading outcomes on ``engine`` (upgraded by ``db.migrate.upgrade``)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def push_batch(self, kiosk_id: str, items: Sequence[SubmissionIn],
                   validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        """Store a batch, all of it or nothing (an exception, e.g. a failing validator, stores
        nothing); one answer per item, in order.

        One write transaction.  Each new item is first CLAIMED -- ``INSERT … ON CONFLICT (uuid) DO
        NOTHING RETURNING seq`` -- and only the push that claimed it runs its validator (whose
        write-backs, e.g. a meter's last reading, go into the same transaction through
        :class:`~.push_lookups.PushLookups`) and then sets its answer: ``server_ref``
        ``RB-%06d`` of the returned ``seq``, or the rejection.  A second push of the same uuid
        (another kiosk's retry on another connection) waits on the unique index until the first
        commits, inserts nothing, then reads the first's answer: the same ``server_ref``
        (duplicate), a conflict, or the same rejection.  On PostgreSQL READ COMMITTED is enough for
        that: the read after the insert is a new snapshot, which holds the committed row.  A uuid
        already stored is looked up before the insert so that a retry does not use up a ``seq``.
        On SQLite ``BEGIN IMMEDIATE`` makes the push the only writer.

        What a validator reads and then writes is serialised by the validator's look-up (see
        :meth:`.push_lookups.PushLookups.utility_meters`: an advisory lock per utility account).
        Two batches that claim the same uuids (or lock the same accounts) in different orders can
        deadlock on PostgreSQL; the server aborts one and it is run again, up to
        :data:`DEADLOCK_ATTEMPTS` times (it had stored nothing)."""
        for attempt in range(1, DEADLOCK_ATTEMPTS + 1):
            try:
                with write_transaction(self.engine) as conn:
                    return self._push(conn, kiosk_id, items, validators)
            except sa.exc.OperationalError as exc:
                if getattr(exc.orig, "sqlstate", None) != _DEADLOCK or attempt == DEADLOCK_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _push(self, conn: Connection, kiosk_id: str, items: Sequence[SubmissionIn],
              validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        lookups = PushLookups(conn, kiosk_id)
        now = clock.now()
        results: list[dict[str, Any]] = []
        for item in items:
            digest = payload_sha256(item.payload)
            existing = _existing(conn, item.uuid)
            if existing is None:
                seq = conn.execute(
                    insert(conn, submissions).values(
                        uuid=item.uuid, kiosk_id=kiosk_id, kind=item.kind,
                        captured_at=captured_moment(item.captured_at), receipt_number=item.receipt_number,
                        payload=canonical_json(item.payload), payload_sha256=digest,
                        result="accepted", status="received", received_at=now)
                    .on_conflict_do_nothing(index_elements=[submissions.c.uuid])
                    .returning(submissions.c.seq)).scalar()
                if seq is not None:  # claimed: this push decides it
                    results.append(_decide(conn, lookups, item, seq, validators.get(item.kind)))
                    continue
                existing = _existing(conn, item.uuid)  # another push claimed it and has committed
                assert existing is not None
            results.append(_repeat_result(item.uuid, digest, existing, kiosk_id))
        return results

    def get(self, uuid: str, kiosk_id: str) -> dict[str, Any] | None:
        """Status of submission ``uuid`` (any case) that ``kiosk_id`` delivered; ``None`` for an
        unknown uuid and for another kiosk's.  By the unique index on ``uuid``; a
        ``meter_readings`` submission comes with its ``readings``.  READ COMMITTED is enough: a
        submission and its readings' outcomes are committed together and never change after."""
        return self._one(submissions.c.uuid == uuid.lower(), kiosk_id)

    def find_by_receipt(self, receipt_number: str, kiosk_id: str) -> dict[str, Any] | None:
        """As :meth:`get`, by receipt number, normalised by the kiosk's rule
        (:func:`mfc_rules.receipts.normalise_receipt`): text that is no receipt number finds
        nothing.  By the index ``submissions_receipt``."""
        try:
            number = normalise_receipt(receipt_number)
        except ReceiptNumberError:
            return None
        return self._one(submissions.c.receipt_number == number, kiosk_id)

    def _one(self, where: sa.ColumnElement[bool], kiosk_id: str) -> dict[str, Any] | None:
        with connect(self.engine) as conn:
            row = conn.execute(
                sa.select(*(submissions.c[name] for name in STATUS_COLUMNS))
                .where(where, submissions.c.kiosk_id == kiosk_id).order_by(submissions.c.seq).limit(1)).first()
            if row is None:
                return None
            found = dict(zip(STATUS_COLUMNS, row, strict=True))
            found["received_at"] = instant_text(found["received_at"], MILLISECONDS)
            if found["kind"] == "meter_readings":
                found["readings"] = _reading_results(conn, found["uuid"])
        return found

    def reading_results(self, uuid: str) -> list[dict[str, Any]]:
        """Per-reading outcomes of a ``meter_readings`` submission, in payload order (``flags`` a
        list, ``effective_capture`` text).  One ``SELECT`` by the primary key."""
        with connect(self.engine) as conn:
            return _reading_results(conn, uuid)

    def list(self, *, kind: str | None = None, limit: int | None = None,
             with_payload: bool = False) -> list[dict[str, Any]]:
        """Submissions in the order they arrived (``seq``), of one ``kind`` or all, the first
        ``limit`` (none or 0: all); each ``{seq, kiosk_id, captured_at, <status columns>}`` and,
        ``with_payload``, the ``payload`` as a dict.  ``captured_at`` is text (see the module).
        One ``SELECT``: one snapshot on both engines."""
        columns = [submissions.c.seq, submissions.c.kiosk_id,
                   # read as it is kept: a SQLite file of today's schema holds the kiosk's own text
                   sa.type_coerce(submissions.c.captured_at, sa.Text).label("captured_at"),
                   *(submissions.c[name] for name in STATUS_COLUMNS)]
        if with_payload:
            columns.append(submissions.c.payload)
        query = sa.select(*columns).order_by(submissions.c.seq)
        if kind:
            query = query.where(submissions.c.kind == kind)
        if limit:
            query = query.limit(limit)
        with connect(self.engine) as conn:
            result = conn.execute(query)
            names, rows = list(result.keys()), result.all()
        out = []
        for row in rows:
            record = dict(zip(names, row, strict=True))
            record["captured_at"] = captured_text(record["captured_at"])
            record["received_at"] = instant_text(record["received_at"], MILLISECONDS)
            if with_payload:
                record["payload"] = json.loads(record["payload"])
            out.append(record)
        return out

    def count(self) -> int:
        """How many submissions are kept (accepted and rejected)."""
        with connect(self.engine) as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(submissions)).scalar_one()


def _decide(conn: Connection, lookups: PushLookups, item: SubmissionIn, seq: int,
            validator: Validator | None) -> dict[str, Any]:
    """Run the validator of a claimed item and store its answer on the claimed row ``seq``."""
    rejection = None
    if validator is not None:
        lookups.item = item
        try:
            rejection = validator(item.payload, lookups)
        finally:
            lookups.item = None
    if rejection is None:
        server_ref = f"RB-{seq:06d}"
        conn.execute(sa.update(submissions).where(submissions.c.seq == seq).values(server_ref=server_ref))
        return {"uuid": item.uuid, "result": "accepted", "server_ref": server_ref, "status": "received"}
    conn.execute(sa.update(submissions).where(submissions.c.seq == seq).values(
        result="rejected", status="rejected", code=rejection.code, reason_ru=rejection.reason_ru,
        reason_en=rejection.reason_en))
    return {"uuid": item.uuid, "result": "rejected", "code": rejection.code,
            "reason_ru": rejection.reason_ru, "reason_en": rejection.reason_en}


def _existing(conn: Connection, uuid: str) -> sa.Row[Any] | None:
    c = submissions.c
    return conn.execute(sa.select(c.payload_sha256, c.result, c.status, c.server_ref, c.code, c.reason_ru,
                                  c.reason_en, c.kiosk_id).where(c.uuid == uuid)).first()


def _repeat_result(uuid: str, digest: str, existing: sa.Row[Any], kiosk_id: str) -> dict[str, Any]:
    """The answer to an item whose uuid is stored already."""
    if existing.payload_sha256 != digest or existing.kiosk_id != kiosk_id:
        # Another kiosk's uuid is a conflict whatever the payload: its answer (server_ref,
        # status, rejection) is not this kiosk's to see.
        return {"uuid": uuid, "result": "conflict", "code": CONFLICT.code,
                "reason_ru": CONFLICT.reason_ru, "reason_en": CONFLICT.reason_en}
    if existing.result == "accepted":
        return {"uuid": uuid, "result": "duplicate", "server_ref": existing.server_ref, "status": existing.status}
    return {"uuid": uuid, "result": "rejected", "code": existing.code, "reason_ru": existing.reason_ru,
            "reason_en": existing.reason_en}


def _reading_results(conn: Connection, uuid: str) -> list[dict[str, Any]]:
    rows = conn.execute(sa.select(*(meter_reading_results.c[name] for name in READING_COLUMNS))
                        .where(meter_reading_results.c.uuid == uuid).order_by(meter_reading_results.c.idx))
    out = []
    for row in rows:
        record = dict(zip(READING_COLUMNS, row, strict=True))
        record["flags"] = json.loads(record["flags"])
        record["effective_capture"] = record["effective_capture"].isoformat().replace("+00:00", "Z")
        out.append(record)
    return out
