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

``ref_rows.data`` is ``jsonb`` on PostgreSQL (bound as the row itself) and the row's canonical
JSON text on SQLite (as the backend has always kept it); a field inside it is read with one
SQLAlchemy expression, ``json_extract`` on SQLite and ``->>`` on PostgreSQL.  ``changes.data``
is canonical JSON text on both, sent to kiosks as it is.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
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
from .reference_rules import (
    DATASETS,
    ENTITIES,
    ENTITY_ORDER,
    LINKS,
    ChangesPage,
    CursorExpired,
    InvalidRows,
    UnknownEntity,
    batch_problems,
    decode_cursor,
    encode_cursor,
    entity_key,
    in_use_problem,
    references_to,
    same_content,
)
from .sql import StoreError, insert

__all__ = ["DATASETS", "ENTITIES", "ENTITY_ORDER", "FEED_LOCK", "LINKS", "ChangesPage", "CursorExpired",
           "InvalidRows", "ReferenceStore", "UnknownEntity", "decode_cursor", "encode_cursor", "entity_key",
           "lock_feed", "page_query", "referring_rows"]

#: The key of the advisory lock every write to the feed takes on PostgreSQL (see the module).
FEED_LOCK = "rb_changes_feed"


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
    if op == "upsert":
        assert row is not None
        return _append_upserts(conn, entity, [(entity_id, row)], now)[0]
    seq = conn.execute(sa.insert(changes_table).values(
        dataset=ENTITIES[entity][0], entity=entity, id=entity_id, op=op, data=None, changed_at=now)
        .returning(changes_table.c.seq)).scalar_one()
    conn.execute(sa.delete(ref_rows).where(ref_rows.c.entity == entity, ref_rows.c.id == entity_id))
    return seq


def _append_upserts(conn: Connection, entity: str, rows: list[tuple[str, Mapping[str, Any]]], now: str) -> list[int]:
    """Append an upsert of each ``(id, row)`` (after :func:`lock_feed`), numbered in the order
    given, and make ``ref_rows`` follow (the last of one id wins); their ``seq`` in that order.
    One multi-row ``INSERT … RETURNING`` per table (SQLAlchemy's "insertmanyvalues", which
    hands the numbers back in the order of the rows given)."""
    if not rows:
        return []
    dataset = ENTITIES[entity][0]
    texts = [canonical_json(row) for _, row in rows]
    seqs = list(conn.execute(
        sa.insert(changes_table).returning(changes_table.c.seq, sort_by_parameter_order=True),
        [{"dataset": dataset, "entity": entity, "id": entity_id, "op": "upsert", "data": text, "changed_at": now}
         for (entity_id, _), text in zip(rows, texts, strict=True)]).scalars())
    if seqs != sorted(seqs):  # the feed's order is the order given (parents before their links)
        raise StoreError("the database numbered a batch of changes out of order; nothing was written")
    # jsonb takes the document itself on PostgreSQL; SQLite keeps the canonical text it always has
    as_json = conn.dialect.name == "postgresql"
    latest = {entity_id: {"entity": entity, "id": entity_id, "dataset": dataset,
                          "data": dict(row) if as_json else text, "seq": seq}
              for (entity_id, row), text, seq in zip(rows, texts, seqs, strict=True)}
    statement = insert(conn, ref_rows)
    conn.execute(statement.on_conflict_do_update(
        index_elements=[ref_rows.c.entity, ref_rows.c.id],
        set_={"data": statement.excluded.data, "seq": statement.excluded.seq}), list(latest.values()))
    return seqs


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
            loaded = _referenced_and_loaded(conn, batch)
            problems = batch_problems(batch, lambda e, i: (e, i) in loaded)
            if problems:
                raise InvalidRows(problems)
            for entity in ENTITY_ORDER:
                stored = _stored(conn, entity, batch[entity]) if only_changed else {}
                changed = []
                for row in batch[entity]:
                    entity_id = entity_key(entity, row)
                    old = stored.get(entity_id)
                    if old is not None and same_content(entity, old, row):
                        continue
                    changed.append((entity_id, row))
                    if only_changed:  # the same row twice in one batch is one change
                        stored[entity_id] = row
                appended += len(_append_upserts(conn, entity, changed, now))
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


def _referenced_and_loaded(conn: Connection, batch: Mapping[str, list[dict[str, Any]]]) -> set[tuple[str, str]]:
    """``(entity, id)`` of the loaded rows that ``batch``'s rows refer to (read in chunks)."""
    wanted: dict[str, set[str]] = {}
    for entity, rows in batch.items():
        for field_name, target in refschema.MODELS[entity].REFERENCES.items():
            wanted.setdefault(target, set()).update(
                value for row in rows if isinstance(value := row.get(field_name), str))
    loaded = set()
    for target, ids in wanted.items():
        keys = sorted(ids)
        for start in range(0, len(keys), 500):
            loaded.update((target, entity_id) for entity_id in conn.execute(sa.select(ref_rows.c.id).where(
                ref_rows.c.entity == target, ref_rows.c.id.in_(keys[start:start + 500]))).scalars())
    return loaded


def _stored(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The stored rows of ``entity`` among ``rows``' keys, by key (read in chunks)."""
    keys = [entity_key(entity, row) for row in rows]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), 500):
        for entity_id, data in conn.execute(sa.select(ref_rows.c.id, ref_rows.c.data).where(
                ref_rows.c.entity == entity, ref_rows.c.id.in_(keys[start:start + 500]))):
            found[entity_id] = as_dict(data)
    return found
