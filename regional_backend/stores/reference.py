"""Reference data and the changes feed kiosks pull it from, on SQLite and PostgreSQL.

Tables ``ref_rows`` (the current rows, for validators and look-ups), ``changes`` (an append-only
log with a sequence number that the feed pages through per dataset) and ``meta`` (the *feed
epoch*) -- :mod:`regional_backend.db.tables.reference`.  A feed cursor names the epoch (random,
made when the store is created or its reference data is reset), the dataset and the last
sequence number delivered; a cursor from another epoch, another dataset, or beyond the end of
the log is expired (:class:`CursorExpired`) and the kiosk pulls again from the start.

**The feed never skips a change.**  A kiosk pages by ``seq > cursor``, so a change must never
become visible after a change with a higher number has been delivered.  On PostgreSQL
``changes.seq`` comes from a sequence: numbers are handed out at ``INSERT`` but become visible at
``COMMIT``, and two writers could commit out of number order.  Every write to the feed therefore
takes :func:`lock_feed` first -- a transaction-scoped advisory lock held until its commit -- so
writers append one after the other and numbers become visible in order.  (SQLite's
``BEGIN IMMEDIATE`` already admits one writer at a time.)  The same lock serialises each
operation's reads with its writes: a row compared by ``only_changed``, a reference checked by a
batch, the rows that refer to a row being deleted, the row ``touch`` re-publishes.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mfc_rules import refschema
from mfc_rules.canonical import canonical_json
from regional_backend import clock
from regional_backend.db.engine import connect, write_transaction
from regional_backend.db.tables.kiosks import meta
from regional_backend.db.tables.reference import changes as changes_table
from regional_backend.db.tables.reference import ref_rows

from .ref_lookup import as_dict, ref_exists, ref_get
from .sql import StoreError, insert

#: Reference entities (the kiosk store's table names): their dataset and key columns, from the
#: one declaration of the feed's rows (:mod:`mfc_rules.refschema`).
ENTITIES: dict[str, tuple[str, tuple[str, ...]]] = {e: (m.DATASET, m.KEYS) for e, m in refschema.MODELS.items()}
DATASETS: tuple[str, ...] = tuple(sorted(refschema.DATASETS))
#: Order in which a batch of tables is applied so that parents come before link rows.
ENTITY_ORDER: tuple[str, ...] = tuple(ENTITIES)
#: Link tables that reference an entity: deleting the entity deletes these rows first.
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "services": (("service_life_situations", "service_id"), ("service_offices", "service_id")),
    "life_situations": (("service_life_situations", "situation_id"),),
    "offices": (("service_offices", "office_id"),),
}
#: The key of the advisory lock every write to the feed takes on PostgreSQL (see the module).
FEED_LOCK = "rb_changes_feed"
_CURSOR_VERSION = "c1"

Problems = list[tuple[str, str, refschema.RowProblem]]


class CursorExpired(StoreError):
    """The feed cursor is unknown, garbled, from another epoch or beyond the log."""


class UnknownEntity(StoreError):
    """Not one of :data:`ENTITIES`."""


class InvalidRows(StoreError):
    """Reference rows that do not fit their declaration (:mod:`mfc_rules.refschema`): nothing
    of the batch was written.  ``problems`` lists ``(entity, row id, RowProblem)``."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__("; ".join(f"{e} {i!r}: {p}" for e, i, p in problems[:5])
                         + (f"; …and {len(problems) - 5} more" if len(problems) > 5 else ""))


@dataclass
class ChangesPage:
    dataset: str
    cursor: str
    more: bool
    #: Each change as JSON text (``{"op", "entity", "id", "data"?}``), ready to be sent.
    changes_json: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        head = json.dumps({"dataset": self.dataset, "cursor": self.cursor, "more": self.more})
        return head[:-1] + ', "changes": [' + ",".join(self.changes_json) + "]}"


def encode_cursor(epoch: str, dataset: str, seq: int) -> str:
    raw = f"{_CURSOR_VERSION}:{epoch}:{dataset}:{seq}".encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, int]:
    """``(epoch, dataset, seq)``; raises :class:`CursorExpired` on anything it cannot read."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        version, epoch, dataset, seq = (
            base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii").split(":")
        )
        if version != _CURSOR_VERSION or not seq.isdigit():
            raise ValueError(cursor)
        return epoch, dataset, int(seq)
    except (ValueError, UnicodeError, binascii.Error) as exc:
        raise CursorExpired("the cursor cannot be read") from exc


def entity_key(entity: str, row: Mapping[str, Any]) -> str:
    """The feed id of a row: its ``id``, or ``"<a>|<b>"`` for link tables."""
    try:
        _, keys = ENTITIES[entity]
    except KeyError:
        raise UnknownEntity(entity) from None
    return "|".join(str(row[k]) for k in keys)


def same_content(entity: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Equal apart from ``updated_at``: reloading the same data makes no change.  A stored row
    that does not fit its declaration (loaded before rows were checked) is never the same."""
    return ({k: v for k, v in old.items() if k != "updated_at"}
            == {k: v for k, v in new.items() if k != "updated_at"}
            and not refschema.check_row(entity, old))


def batch_problems(batch: Mapping[str, list[dict[str, Any]]], exists: Callable[[str, str], bool]) -> Problems:
    """Every row's problems: its declaration, unknown fields, and references to rows that are
    neither in the batch nor loaded (``exists(entity, id)`` asks the database)."""
    problems: Problems = []
    ids = {entity: {entity_key(entity, r) for r in rows if all(k in r for k in ENTITIES[entity][1])}
           for entity, rows in batch.items()}
    for entity, rows in batch.items():
        model = refschema.MODELS[entity]
        for n, row in enumerate(rows, start=1):
            if not all(isinstance(row.get(k), str) and row[k] for k in model.KEYS):
                name = f"row {n}"
            else:
                name = entity_key(entity, row)
            found = refschema.check_row(entity, row) + refschema.unknown_fields(entity, row)
            bad_fields = {p.field for p in found}
            for field_name, target in model.REFERENCES.items():
                value = row.get(field_name)
                if field_name in bad_fields or not isinstance(value, str):
                    continue
                if value not in ids[target] and not exists(target, value):
                    found.append(refschema.RowProblem("reference", field_name, f"no {target} row with this id"))
            problems.extend((entity, name, p) for p in found)
    return problems


def references_to(entity: str) -> list[tuple[str, str]]:
    """``(entity, field)`` of every row kind that refers to ``entity``, link tables (which
    follow a delete) left out: rows of these kinds keep ``entity``'s rows from being deleted."""
    links = {link for link, _ in LINKS.get(entity, ())}
    return [(other, field_name) for other, model in refschema.MODELS.items() if other not in links
            for field_name, target in model.REFERENCES.items() if target == entity]


def in_use_problem(users: list[str]) -> refschema.RowProblem:
    return refschema.RowProblem("reference", "", f"still used by {', '.join(users[:3])}; change or delete those first")


def _data_field(name: str) -> sa.ColumnElement[str]:
    """``ref_rows.data``'s top-level ``name`` as text: ``json_extract`` on SQLite, ``->>`` on PostgreSQL."""
    return sa.type_coerce(ref_rows.c.data, sa.JSON)[name].as_string()


def referring_rows(conn: Connection, entity: str, entity_id: str) -> list[str]:
    """Loaded rows (other than link rows, which follow a delete) that refer to ``entity_id``."""
    return [f"{other} {other_id}" for other, field_name in references_to(entity)
            for other_id in conn.execute(
                sa.select(ref_rows.c.id).where(ref_rows.c.entity == other, _data_field(field_name) == entity_id)
                .order_by(ref_rows.c.id)).scalars()]


def lock_feed(conn: Connection) -> None:
    """Make ``conn``'s transaction the feed's only writer until it ends (see the module): on
    PostgreSQL a transaction-scoped advisory lock; on SQLite ``BEGIN IMMEDIATE`` already is."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(FEED_LOCK, 0))))


def _now_text() -> str:
    return clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _append(conn: Connection, entity: str, entity_id: str, op: str, row: Mapping[str, Any] | None,
            now: str) -> int:
    """Append one change (after :func:`lock_feed`) and make ``ref_rows`` follow it; its ``seq``."""
    dataset = ENTITIES[entity][0]
    text = None if row is None else canonical_json(row)
    seq = conn.execute(sa.insert(changes_table).values(
        dataset=dataset, entity=entity, id=entity_id, op=op, data=text, changed_at=now)
        .returning(changes_table.c.seq)).scalar_one()
    if row is None:
        conn.execute(sa.delete(ref_rows).where(ref_rows.c.entity == entity, ref_rows.c.id == entity_id))
        return seq
    # jsonb takes the document itself on PostgreSQL; SQLite keeps the canonical text it always has
    data = dict(row) if conn.dialect.name == "postgresql" else text
    statement = insert(conn, ref_rows).values(entity=entity, id=entity_id, dataset=dataset, data=data, seq=seq)
    conn.execute(statement.on_conflict_do_update(
        index_elements=[ref_rows.c.entity, ref_rows.c.id],
        set_={"data": statement.excluded.data, "seq": statement.excluded.seq}))
    return seq


class ReferenceStore:
    """Reference rows and their changes feed on ``engine`` (upgraded by ``db.migrate.upgrade``)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def upsert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]], *, only_changed: bool = True) -> int:
        """Upsert rows keyed by kiosk table name; returns the number of changes appended.  Every
        row is checked (declaration, unknown fields, references to rows in this batch or already
        loaded) and the changed ones are appended to the feed: all of them, or none
        (:class:`InvalidRows`).  With ``only_changed`` a row equal to the stored one
        (``updated_at`` aside) is skipped.

        One write transaction holding the feed lock (:func:`lock_feed`) from before its first
        read: the references checked and the rows compared cannot change before it commits, and
        its changes become visible after every earlier writer's and before any later one's."""
        unknown = set(tables) - set(ENTITIES)
        if unknown:
            raise UnknownEntity(", ".join(sorted(unknown)))
        batch = {entity: [dict(row) for row in tables.get(entity, ())] for entity in ENTITY_ORDER}
        appended = 0
        now = _now_text()
        with write_transaction(self.engine) as conn:
            lock_feed(conn)
            problems = batch_problems(batch, lambda e, i: ref_exists(conn, e, i))
            if problems:
                raise InvalidRows(problems)
            for entity in ENTITY_ORDER:
                stored = _stored(conn, entity, batch[entity]) if only_changed else {}
                for row in batch[entity]:
                    entity_id = entity_key(entity, row)
                    old = stored.get(entity_id)
                    if old is not None and same_content(entity, old, row):
                        continue
                    _append(conn, entity, entity_id, "upsert", row, now)
                    if only_changed:  # the same row twice in one batch is one change
                        stored[entity_id] = row
                    appended += 1
        return appended

    def delete_rows(self, entity: str, ids: Iterable[str]) -> int:
        """Delete rows and append their deletions; the link rows that name a row go with it (their
        deletions first), and a row other rows still refer to is refused (:class:`InvalidRows`,
        nothing of the call is written).  Returns the number of changes appended.

        One write transaction holding the feed lock from before its first read, so no row that
        refers to a deleted one can be loaded between the check and the commit."""
        if entity not in ENTITIES:
            raise UnknownEntity(entity)
        appended = 0
        now = _now_text()
        with write_transaction(self.engine) as conn:
            lock_feed(conn)
            for entity_id in ids:
                users = referring_rows(conn, entity, entity_id)
                if users:
                    raise InvalidRows([(entity, entity_id, in_use_problem(users))])
                for link, column in LINKS.get(entity, ()):
                    for link_id in conn.execute(
                            sa.select(ref_rows.c.id).where(ref_rows.c.entity == link, _data_field(column) == entity_id)
                            .order_by(ref_rows.c.id)).scalars().all():
                        _append(conn, link, link_id, "delete", None, now)
                        appended += 1
                if ref_exists(conn, entity, entity_id):
                    _append(conn, entity, entity_id, "delete", None, now)
                    appended += 1
        return appended

    def touch(self, entity: str, entity_id: str) -> int:
        """Re-publish a row with a new ``updated_at``; returns the change's sequence number.  A
        row that does not fit its declaration (left by an older version) is refused
        (:class:`InvalidRows`): load a corrected one with ``load-rows``.  ``KeyError`` for a row
        that does not exist.

        One write transaction holding the feed lock from before it reads the row."""
        if entity not in ENTITIES:
            raise UnknownEntity(entity)
        with write_transaction(self.engine) as conn:
            lock_feed(conn)
            data = ref_get(conn, entity, entity_id)
            if data is None:
                raise KeyError(f"{entity} {entity_id!r} does not exist")
            now = _now_text()
            if "updated_at" in refschema.MODELS[entity].model_fields:
                data["updated_at"] = now.split(".")[0] + "Z"
            problems = refschema.check_row(entity, data) + refschema.unknown_fields(entity, data)
            if problems:
                raise InvalidRows([(entity, entity_id, p) for p in problems])
            return _append(conn, entity, entity_id, "upsert", data, now)

    def get_row(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """The current row (the kiosk table's columns), ``None`` if none.  One ``SELECT``."""
        with connect(self.engine) as conn:
            return ref_get(conn, entity, entity_id)

    def count_rows(self, entity: str) -> int:
        """How many current rows ``entity`` has.  One ``SELECT``."""
        with connect(self.engine) as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(ref_rows)
                                .where(ref_rows.c.entity == entity)).scalar_one()

    def feed_epoch(self) -> str:
        """The feed's epoch (what a cursor must name).  One ``SELECT``."""
        with connect(self.engine) as conn:
            return _epoch(conn)

    def reset(self) -> str:
        """Drop all reference data and the feed and start a new feed epoch, which it returns: every
        cursor given out before expires.  (``Storage.reset_reference_data``.)

        One write transaction holding the feed lock, so no writer appends to the old epoch's
        feed after the reset; sequence numbers go on from where they were on both engines."""
        epoch = secrets.token_hex(8)
        with write_transaction(self.engine) as conn:
            lock_feed(conn)
            conn.execute(sa.delete(ref_rows))
            conn.execute(sa.delete(changes_table))
            conn.execute(sa.update(meta).where(meta.c.key == "feed_epoch").values(value=epoch))
        return epoch

    def changes(self, dataset: str, cursor: str | None, limit: int) -> ChangesPage:
        """Up to ``limit`` changes of ``dataset`` after ``cursor`` (``None``: from the start), in
        sequence order, with the cursor to ask from next and whether more are waiting.
        ``KeyError`` for an unknown dataset; :class:`CursorExpired` for a cursor of another
        epoch or dataset, or ahead of the log (a backend restored from a backup).

        The epoch, the end of the log and the page are read in one snapshot: a ``BEGIN``
        transaction on SQLite (WAL), REPEATABLE READ on PostgreSQL (so a reset committing in
        between cannot pair the old epoch with the new feed).  Because writers append under the
        feed lock, everything up to the last ``seq`` of the page is already visible: a later
        page never holds a lower number."""
        if dataset not in DATASETS:
            raise KeyError(dataset)
        with connect(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                epoch = _epoch(conn)
                after = 0
                if cursor:
                    c_epoch, c_dataset, after = decode_cursor(cursor)
                    if c_epoch != epoch or c_dataset != dataset:
                        raise CursorExpired("the cursor belongs to another feed")
                    last = conn.execute(sa.select(sa.func.coalesce(sa.func.max(changes_table.c.seq), 0))).scalar_one()
                    if after > last:
                        raise CursorExpired("the cursor is ahead of the feed (the backend was restored)")
                rows = conn.execute(page_query(dataset, after, limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        out = []
        for _seq, entity, entity_id, op, data in rows:
            head = json.dumps({"op": op, "entity": entity, "id": entity_id}, ensure_ascii=False)
            out.append(head if data is None else head[:-1] + ', "data": ' + data + "}")
        last_seq = rows[-1][0] if rows else after
        return ChangesPage(dataset, encode_cursor(epoch, dataset, last_seq), more, out)


def page_query(dataset: str, after: int, limit: int) -> sa.Select[Any]:
    """The feed's page: ``dataset``'s changes after ``after`` by ``seq`` (index ``changes_dataset_seq``)."""
    c = changes_table.c
    return (sa.select(c.seq, c.entity, c.id, c.op, c.data)
            .where(c.dataset == dataset, c.seq > after).order_by(c.seq).limit(limit))


def _epoch(conn: Connection) -> str:
    return conn.execute(sa.select(meta.c.value).where(meta.c.key == "feed_epoch")).scalar_one()


def _stored(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The stored rows of ``entity`` among ``rows``' keys, by key (read in chunks)."""
    keys = [entity_key(entity, row) for row in rows]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        for entity_id, data in conn.execute(sa.select(ref_rows.c.id, ref_rows.c.data).where(
                ref_rows.c.entity == entity, ref_rows.c.id.in_(keys[start:start + 500]))):
            found[entity_id] = as_dict(data)
    return found
