"""The office queue on SQLAlchemy Core, for SQLite and PostgreSQL: offline ranges, ticket numbers,
clerk actions, and the tickets and calls kiosks push.

Tables ``office_queue_ranges`` and ``office_queue_tickets``
(:mod:`regional_backend.db.tables.office_queue`); offices and categories are reference rows read
with :func:`~regional_backend.stores.ref_lookup.ref_get`.  The rules (numbering, ranges, refusals,
the answers' shape) are :mod:`regional_backend.office_queue`'s; this module is their SQL.  The
answers are the dicts the ``sqlite3`` functions there give: moments as ``…T09:30:00.000Z`` text,
days as ``YYYY-MM-DD``.

Serialisation.  On SQLite every write transaction is ``BEGIN IMMEDIATE``: one writer at a time.
On PostgreSQL (READ COMMITTED) the two decisions that read rows and then insert take a
transaction-scoped advisory lock (``pg_advisory_xact_lock(hashtextextended(key, 0))``), held to
commit, so the next one to take it reads what the first inserted:

* an offline range (:func:`enrol`): one lock per office -- else two kiosks enrolling at once both
  see index 3 free and the second fails on ``UNIQUE (office_id, range_index)``;
* a ticket number (:func:`allocate`) and the clerk's actions (:func:`act`): one lock per office and
  service day -- else two kiosks both read ``A-004`` as the last and the second fails on the
  ``office_queue_number`` index, and two clerks calling next at once would call one visitor.

A pushed ticket (:func:`register_pushed_ticket`) needs no lock: its insert is ``ON CONFLICT DO
NOTHING`` on the uuid and the number index, and only when it inserted nothing does it look for
the holder.  A pushed clerk's action (:func:`apply_pushed_event`) is one conditional ``UPDATE``
(``WHERE status IN ('waiting', 'called')``, re-checked by PostgreSQL on the locked row), so it
never moves a ticket back.

Issue order: ``issued_at``, then, for tickets issued at the same moment, SQLite's ``rowid`` (as
the ``sqlite3`` code has always done); PostgreSQL has no insertion order, so there ties are broken
by ticket number and uuid (its moments keep microseconds, so an office's own tickets do not tie).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from regional_backend import clock
from regional_backend import office_queue as oq
from regional_backend.db.engine import write_transaction
from regional_backend.db.tables.office_queue import office_queue_ranges as ranges
from regional_backend.db.tables.office_queue import office_queue_tickets as tickets
from regional_backend.db.tables.types import parse_instant
from regional_backend.office_queue_store import OfficeQueueStore
from regional_backend.rejection import Rejection

from .ref_lookup import ref_get
from .sql import insert

_MOVABLE = ("waiting", "called")  # a ticket still in the queue: actions move it forward only


def _lock(conn: Connection, key: str) -> None:
    """On PostgreSQL, wait for and hold to commit the advisory lock ``key`` (SQLite's ``BEGIN
    IMMEDIATE`` already serialises every writer)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(key, 0))))


def _day_lock(conn: Connection, office_id: str, day: str) -> None:
    _lock(conn, f"rb_queue_day:{office_id}:{day}")


def _text(moment: dt.datetime | None) -> str | None:
    return None if moment is None else oq.now_iso(moment)


def _tie(conn: Connection) -> list[Any]:
    """What orders tickets issued at the same moment (see the module's doc)."""
    if conn.dialect.name == "sqlite":
        return [sa.literal_column("office_queue_tickets.rowid")]
    return [tickets.c.ticket, tickets.c.uuid]


def _office(conn: Connection, office_id: str) -> dict[str, Any]:
    office = ref_get(conn, "offices", office_id)
    if office is None:
        raise oq.refused("unknown_office")
    return office


def _category(conn: Connection, category_id: str) -> dict[str, Any]:
    category = ref_get(conn, "service_categories", category_id)
    if category is None:
        raise oq.refused("unknown_category")
    return category


def kiosk_office(conn: Connection, kiosk_id: str) -> str | None:
    """The office the kiosk is bound to, ``None`` before its first enrolment."""
    return conn.execute(sa.select(ranges.c.office_id).where(ranges.c.kiosk_id == kiosk_id)).scalar()


def enrol(conn: Connection, kiosk_id: str, office_id: str) -> dict[str, Any]:
    """Bind ``kiosk_id`` to ``office_id`` (once) and give it the lowest free offline range there.

    Reads the office's ranges, then inserts: on PostgreSQL under the office's advisory lock, so
    kiosks enrolling at once get distinct ranges.  The insert is ``ON CONFLICT DO NOTHING``: a
    kiosk enrolled meanwhile into another office (under that office's lock) is then refused."""
    _office(conn, office_id)
    _lock(conn, f"rb_queue_ranges:{office_id}")
    bound = conn.execute(sa.select(ranges.c.office_id, ranges.c.range_index)
                         .where(ranges.c.kiosk_id == kiosk_id)).first()
    if bound is None:
        taken = set(conn.execute(sa.select(ranges.c.range_index).where(ranges.c.office_id == office_id)).scalars())
        index = oq.lowest_free_range(taken)
        if index is None:
            raise oq.refused("no_free_range")
        conn.execute(insert(conn, ranges).values(kiosk_id=kiosk_id, office_id=office_id, range_index=index,
                                                 assigned_at=clock.now()).on_conflict_do_nothing())
        bound = conn.execute(sa.select(ranges.c.office_id, ranges.c.range_index)
                             .where(ranges.c.kiosk_id == kiosk_id)).one()
    if bound.office_id != office_id:
        raise oq.other_office()
    return oq.range_answer(office_id, bound.range_index, oq.now_iso(clock.now()))


def release(conn: Connection, kiosk_id: str) -> bool:
    """Free the kiosk's offline range; whether it had one.  One ``DELETE``."""
    return conn.execute(sa.delete(ranges).where(ranges.c.kiosk_id == kiosk_id)).rowcount > 0


def check_office(conn: Connection, kiosk_id: str, office_id: str) -> dict[str, Any]:
    """The office, when ``kiosk_id`` is bound to it (binding it if it is bound to none yet)."""
    bound = kiosk_office(conn, kiosk_id)
    if bound is None:
        enrol(conn, kiosk_id, office_id)
    elif bound != office_id:
        raise oq.other_office()
    return _office(conn, office_id)


def allocate(conn: Connection, kiosk_id: str, office_id: str, uuid: str, category_id: str,
             now: dt.datetime) -> dict[str, Any]:
    """The office's next number in the category today, for the ticket ``uuid`` (idempotent by uuid).

    Reads the day's office numbers, then inserts the next: on PostgreSQL under the advisory lock
    of the office and day, so kiosks allocating at once get distinct, consecutive numbers.  The
    insert is ``ON CONFLICT (uuid) DO NOTHING`` and the row is then compared: a uuid taken
    meanwhile for other data (another office's lock) is ``uuid_conflict``, the same ticket asked
    twice at once gets one number."""
    day = oq.office_day(check_office(conn, kiosk_id, office_id), now)
    _day_lock(conn, office_id, day)
    own = (tickets.c.kiosk_id, tickets.c.office_id, tickets.c.category_id)
    if conn.execute(sa.select(tickets.c.uuid).where(tickets.c.uuid == uuid)).first() is None:
        letter = str(_category(conn, category_id).get("queue_letter") or "")
        issued = conn.execute(sa.select(tickets.c.ticket).where(
            tickets.c.office_id == office_id, tickets.c.service_day == dt.date.fromisoformat(day),
            tickets.c.source == "office", tickets.c.ticket.like(f"{letter}-%"))).scalars().all()
        number = oq.next_office_number(list(issued), letter)
        conn.execute(insert(conn, tickets).values(
            uuid=uuid, office_id=office_id, service_day=dt.date.fromisoformat(day), ticket=f"{letter}-{number:03d}",
            category_id=category_id, kiosk_id=kiosk_id, source="office", issued_at=now, status="waiting",
        ).on_conflict_do_nothing(index_elements=[tickets.c.uuid]))
    row = conn.execute(sa.select(*own, tickets.c.ticket, tickets.c.service_day, tickets.c.issued_at, *_tie(conn))
                       .where(tickets.c.uuid == uuid)).one()
    if tuple(row[:3]) != (kiosk_id, office_id, category_id):
        raise oq.refused("uuid_conflict")
    before = sa.or_(tickets.c.issued_at < row.issued_at,
                    sa.and_(tickets.c.issued_at == row.issued_at, sa.tuple_(*_tie(conn)) < sa.tuple_(*row[6:])))
    ahead = conn.execute(sa.select(sa.func.count()).select_from(tickets).where(
        tickets.c.office_id == office_id, tickets.c.service_day == row.service_day,
        tickets.c.category_id == category_id, tickets.c.status == "waiting", before)).scalar_one()
    return {"ticket": row.ticket, "service_day": row.service_day.isoformat(), "issued_at": _text(row.issued_at),
            "waiting_ahead": ahead, "server_time": oq.now_iso(clock.now())}


def office_queue(conn: Connection, kiosk_id: str, office_id: str, now: dt.datetime) -> dict[str, Any]:
    """Today's tickets of the office (every kiosk's), oldest first, and its clashes.  One ``SELECT``
    (after the kiosk's binding, which a first call makes)."""
    day = oq.office_day(check_office(conn, kiosk_id, office_id), now)
    rows = []
    for r in conn.execute(sa.select(*(tickets.c[c] for c in oq.TICKET_COLUMNS)).where(
            tickets.c.office_id == office_id, tickets.c.service_day == dt.date.fromisoformat(day))
            .order_by(tickets.c.issued_at, *_tie(conn))).mappings():
        rows.append({**r, "issued_at": _text(r["issued_at"]), "called_at": _text(r["called_at"])})
    return oq.queue_answer(rows, kiosk_id, office_id, day, oq.now_iso(clock.now()))


def _held(conn: Connection, office_id: str, day: str, ticket: str) -> Mapping[str, Any]:
    row = conn.execute(sa.select(tickets.c.uuid, tickets.c.status, tickets.c.category_id).where(
        tickets.c.office_id == office_id, tickets.c.service_day == dt.date.fromisoformat(day),
        tickets.c.ticket == ticket, tickets.c.clash_of.is_(None))).mappings().first()
    if row is None:
        raise oq.refused("unknown_ticket")
    return row


def _answer(conn: Connection, uuid: str) -> dict[str, Any]:
    row = conn.execute(sa.select(tickets.c.ticket, tickets.c.category_id, tickets.c.status, tickets.c.counter,
                                 tickets.c.called_at).where(tickets.c.uuid == uuid)).mappings().one()
    return {**row, "called_at": _text(row["called_at"])}


def _set(conn: Connection, uuid: str, **values: Any) -> None:
    conn.execute(sa.update(tickets).where(tickets.c.uuid == uuid).values(**values))


def act(conn: Connection, kiosk_id: str, office_id: str, action: str, now: dt.datetime, *,
        ticket: str | None = None, category_id: str | None = None, counter: str | None = None) -> dict[str, Any]:
    """A clerk's action on the office queue; ``{"ticket": …}`` (``None`` when nobody waits for
    call_next).  Reads the ticket, then changes it: on PostgreSQL under the advisory lock of the
    office and day (the one :func:`allocate` takes), so two clerks calling next at once call two
    visitors, and an action is decided on the ticket's state as it is."""
    day = oq.office_day(check_office(conn, kiosk_id, office_id), now)
    _day_lock(conn, office_id, day)
    at = oq.now_iso(now)
    if action == "call_next":
        _category(conn, category_id or "")
        uuid = conn.execute(sa.select(tickets.c.uuid).where(
            tickets.c.office_id == office_id, tickets.c.service_day == dt.date.fromisoformat(day),
            tickets.c.category_id == category_id, tickets.c.status == "waiting")
            .order_by(tickets.c.issued_at, *_tie(conn)).limit(1)).scalar()
        if uuid is None:
            return {"ticket": None, "server_time": at}
        _set(conn, uuid, status="called", called_at=now, counter=counter)
        return {"ticket": _answer(conn, uuid), "server_time": at}
    held = _held(conn, office_id, day, ticket or "")
    if action in ("recall", "served", "no_show") and held["status"] != "called":
        raise oq.refused("not_called")
    if action in ("served", "no_show"):
        _set(conn, held["uuid"], status=action, finished_at=now)
    elif action == "recall":
        _set(conn, held["uuid"], called_at=now)
    else:  # redirect
        if held["status"] not in _MOVABLE:
            raise oq.refused("finished")
        _category(conn, category_id or "")
        if category_id == held["category_id"]:
            raise oq.refused("same_category")
        _set(conn, held["uuid"], status="waiting", category_id=category_id, called_at=None, counter=None)
    return {"ticket": _answer(conn, held["uuid"]), "server_time": at}


# --- tickets and calls pushed by kiosks (offline work merging back), in the push's transaction -----

def _pushed_day(conn: Connection, office_id: str, payload: Mapping[str, Any], issued_at: dt.datetime) -> dt.date:
    """The kiosk's own date of the ticket; without one (or an impossible one), the office's date
    at the issue time."""
    day = str(payload.get("service_day") or "")
    if oq.DAY_RE.match(day):
        try:
            return dt.date.fromisoformat(day)
        except ValueError:
            pass
    return dt.date.fromisoformat(oq.office_day(_office(conn, office_id), issued_at))


def _has(conn: Connection, uuid: str) -> bool:
    return conn.execute(sa.select(tickets.c.uuid).where(tickets.c.uuid == uuid)).first() is not None


def register_pushed_ticket(conn: Connection, kiosk_id: str, uuid: str,
                           payload: Mapping[str, Any]) -> Rejection | None:
    """Put a delivered ticket into its office's queue; a number held by another ticket is a clash
    (kept, flagged with the holder's uuid, and refused as ``ticket_clash``).

    Runs in the caller's (the push's) transaction.  The ticket is inserted ``ON CONFLICT DO
    NOTHING`` (the uuid's key and the one-holder-per-number index); only when nothing was inserted
    is the holder read -- after the conflicting transaction committed, which PostgreSQL waits for
    -- and the ticket kept as its clash.  No read decides before the insert, so no lock is needed."""
    if _has(conn, uuid):
        return None  # allocated online by the office queue, or pushed before: in the queue already
    office_id, ticket = str(payload["office_id"]), str(payload["ticket"])
    issued_at = parse_instant(oq.as_iso(str(payload.get("issued_at") or "")))
    day = _pushed_day(conn, office_id, payload, issued_at)
    row = {"uuid": uuid, "office_id": office_id, "service_day": day, "ticket": ticket,
           "category_id": str(payload["category_id"]), "kiosk_id": kiosk_id, "source": "kiosk",
           "issued_at": issued_at, "status": "waiting"}
    if conn.execute(insert(conn, tickets).values(**row).on_conflict_do_nothing()
                    .returning(tickets.c.uuid)).first() is not None:
        return None
    if _has(conn, uuid):
        return None  # the same ticket, pushed at the same moment by another request
    holder = conn.execute(sa.select(tickets.c.uuid).where(
        tickets.c.office_id == office_id, tickets.c.service_day == day, tickets.c.ticket == ticket,
        tickets.c.clash_of.is_(None))).scalar_one()  # tickets are never deleted: the holder is there
    conn.execute(insert(conn, tickets).values({**row, "status": "clash", "clash_of": holder})
                 .on_conflict_do_nothing(index_elements=[tickets.c.uuid]))
    return oq.ticket_clash(ticket, day.isoformat())


def apply_pushed_event(conn: Connection, payload: Mapping[str, Any]) -> None:
    """Apply a clerk's action made offline to the office queue, moving the ticket only forward:
    one ``UPDATE … WHERE status IN ('waiting', 'called')`` in the caller's transaction, so an
    action that finished the ticket meanwhile is never undone (PostgreSQL re-checks the condition
    on the row it locks).  A clash or an unknown ticket is left alone."""
    new = oq.EVENT_STATUS.get(str(payload.get("event")))
    if new is None:
        return
    at = parse_instant(oq.as_iso(str(payload.get("at") or "")))
    if new == "called":
        values: dict[str, Any] = {"status": "called", "called_at": at, "counter": payload.get("counter")}
    elif new == "waiting":
        values = {"status": "waiting", "category_id": str(payload.get("category_id")), "called_at": None,
                  "counter": None}
    else:
        values = {"status": new, "finished_at": at}
    conn.execute(sa.update(tickets).where(
        tickets.c.uuid == str(payload.get("ticket_uuid") or ""), tickets.c.clash_of.is_(None),
        tickets.c.status.in_(_MOVABLE)).values(**values))


class SqlOfficeQueue(OfficeQueueStore):
    """:class:`~regional_backend.office_queue_store.OfficeQueueStore` on an Engine (SQLite or
    PostgreSQL, upgraded by ``db.migrate.upgrade``): each operation one
    :func:`~regional_backend.db.engine.write_transaction` (``BEGIN IMMEDIATE`` on SQLite, READ
    COMMITTED with the advisory locks of the module's doc on PostgreSQL)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def enrol(self, kiosk_id: str, office_id: str) -> dict[str, Any]:
        with write_transaction(self.engine) as conn:
            return enrol(conn, kiosk_id, office_id)

    def queue(self, kiosk_id: str, office_id: str, now: dt.datetime) -> dict[str, Any]:
        with write_transaction(self.engine) as conn:  # a first call binds the kiosk to the office
            return office_queue(conn, kiosk_id, office_id, now)

    def allocate(self, kiosk_id: str, office_id: str, uuid: str, category_id: str,
                 now: dt.datetime) -> dict[str, Any]:
        with write_transaction(self.engine) as conn:
            return allocate(conn, kiosk_id, office_id, uuid, category_id, now)

    def act(self, kiosk_id: str, office_id: str, action: str, now: dt.datetime, *, ticket: str | None = None,
            category_id: str | None = None, counter: str | None = None) -> dict[str, Any]:
        with write_transaction(self.engine) as conn:
            return act(conn, kiosk_id, office_id, action, now, ticket=ticket, category_id=category_id,
                       counter=counter)

    def release_range(self, kiosk_id: str) -> bool:
        with write_transaction(self.engine) as conn:
            return release(conn, kiosk_id)
