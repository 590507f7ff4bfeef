"""The backend's one storage module: kiosks, submissions and the reference-data changes feed.

:class:`Storage` is the interface the web app and the command line use; :class:`SqliteStorage`
implements it on SQLite (WAL, ``synchronous=FULL``, one connection per thread, every write in a
``BEGIN IMMEDIATE`` transaction).  A PostgreSQL implementation would implement the same
interface: the idempotency of pushes rests on the ``UNIQUE(uuid)`` constraint plus a
transaction, which both engines have.

Reference data is kept twice: ``ref_rows`` holds the current rows (for validators) and
``changes`` is an append-only log with a global sequence number that the feed pages through.
A feed cursor names the store's *feed epoch* (random, made when the store is created or its
reference data is reset), the dataset and the last sequence number delivered; a cursor from
another epoch, another dataset, or beyond the end of the log is expired.
"""

from __future__ import annotations

import abc
import contextlib
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from mfc_files.private_files import prepare_sqlite_file
from mfc_rules import refschema
from mfc_rules.canonical import canonical_json, payload_sha256
from mfc_rules.receipts import ReceiptNumberError, normalise_receipt

from . import clock
from .db.legacy_sqlite import storage_migrations as migrations
from .fhir.interface import FhirStorage
from .fhir.leasing import LeasePolicy
from .fhir.sqlite import SqliteFhirStore
from .office_queue_store import OfficeQueueStore, SqliteOfficeQueue
from .rejection import Rejection, Validator
from .stores.kiosks import Kiosk, check_kiosk_id, new_token, token_hash
from .stores.reference_rules import (
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
from .stores.sql import StoreError
from .stores.submissions import CONFLICT, SubmissionIn

BUSY_TIMEOUT_MS = 10_000

#: What :class:`SqliteStorage` raises; the stores' base class (its subclasses for reference data
#: -- :class:`CursorExpired`, :class:`UnknownEntity`, :class:`InvalidRows` -- are imported above).
StorageError = StoreError


def utcnow_iso() -> str:
    now = clock.now()
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _referring_rows(conn: sqlite3.Connection, entity: str, entity_id: str) -> list[str]:
    """:func:`.stores.reference.referring_rows` on this class's ``sqlite3`` connection (goes
    with ``SqliteStorage``)."""
    return [f"{other} {other_id}" for other, field_name in references_to(entity)
            for (other_id,) in conn.execute(
                "SELECT id FROM ref_rows WHERE entity = ? AND json_extract(data, ?) = ? ORDER BY id",
                [other, f"$.{field_name}", entity_id])]


class Storage(abc.ABC):
    """What the backend needs from its database; see :class:`SqliteStorage`."""

    # kiosks
    @abc.abstractmethod
    def add_kiosk(self, kiosk_id: str) -> str:
        """Enrol (or re-enrol, replacing the token) a kiosk; return its new token, stored only hashed."""

    @abc.abstractmethod
    def revoke_kiosk(self, kiosk_id: str) -> bool: ...

    @abc.abstractmethod
    def authenticate(self, token: str) -> Kiosk | None: ...

    @abc.abstractmethod
    def list_kiosks(self) -> list[dict[str, Any]]: ...

    # submissions
    @abc.abstractmethod
    def push_batch(self, kiosk_id: str, items: Sequence[SubmissionIn],
                   validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        """Store a batch atomically; one result per item, in order (see the API contract)."""

    @abc.abstractmethod
    def get_submission(self, uuid: str, kiosk_id: str) -> dict[str, Any] | None:
        """Status of a submission that ``kiosk_id`` delivered; ``None`` for unknown and for others'."""

    @abc.abstractmethod
    def find_by_receipt(self, receipt_number: str, kiosk_id: str) -> dict[str, Any] | None:
        """As :meth:`get_submission`, by receipt number (normalised)."""

    @abc.abstractmethod
    def list_submissions(self, *, kind: str | None = None, limit: int | None = None,
                         with_payload: bool = False) -> list[dict[str, Any]]: ...

    # failed authentication (token guessing), shared by every process on the database
    @abc.abstractmethod
    def record_auth_failure(self, address: str, now: float, since: float, limit: int) -> tuple[bool, list[float]]:
        """Count one wrong token from ``address`` at ``now`` unless it already has ``limit`` failures
        after ``since``.  Returns (recorded, times of its failures after ``since``, oldest first).
        Failures at or before ``since`` (of every address) are forgotten."""

    # reference data and the feed
    @abc.abstractmethod
    def upsert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]], *,
                    only_changed: bool = True) -> int:
        """Upsert rows keyed by kiosk table name; returns the number of changes appended.

        With ``only_changed`` a row equal to the stored one (``updated_at`` aside) is skipped.
        """

    @abc.abstractmethod
    def delete_rows(self, entity: str, ids: Iterable[str]) -> int: ...

    @abc.abstractmethod
    def touch(self, entity: str, entity_id: str) -> int:
        """Re-publish a row with a fresh ``updated_at``; returns the change's sequence number."""

    @abc.abstractmethod
    def get_row(self, entity: str, entity_id: str) -> dict[str, Any] | None: ...

    @abc.abstractmethod
    def changes(self, dataset: str, cursor: str | None, limit: int) -> ChangesPage: ...

    # personal utility data (not in any feed)
    @abc.abstractmethod
    def load_utilities(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert utility accounts, meters and last readings (kiosk column names)."""

    @abc.abstractmethod
    def lookup_account(self, provider_id: str, account_number: str, house: str,
                       flat: str) -> list[dict[str, Any]] | None:
        """Meters with last readings of the account, only when number and address fragment match."""

    @abc.abstractmethod
    def reset_reference_data(self) -> str:
        """Drop all reference data and the feed; start a new feed epoch (old cursors expire)."""

    # the office queue and the FHIR resources (clinic directory, slots, leases, appointments)
    @abc.abstractmethod
    def office_queue(self) -> OfficeQueueStore:
        """The office queue kept with this storage."""

    @abc.abstractmethod
    def fhir(self, policy: LeasePolicy | None = None) -> FhirStorage:
        """The FHIR store kept with this storage (every engine keeps one), with ``policy``'s leases."""

    @abc.abstractmethod
    def close(self) -> None: ...


# --- SQLite ---------------------------------------------------------------------------------

# Its sqlite-utils migrations (``migrations``, m001..m004) are frozen history in
# regional_backend.db.legacy_sqlite, where the Alembic upgrade of an old file also finds them.

class _ConnectionRef:
    """Reference lookups bound to the connection of the running transaction.

    ``item`` is the submission being validated (set by :meth:`SqliteStorage.push_batch`); the
    utility methods give the meter-readings validator the backend's own account data and let it
    record each reading's outcome in the same transaction as the submission.
    """

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self.item: SubmissionIn | None = None
        self.kiosk_id = ""

    def register_ticket(self, payload: Mapping[str, Any]) -> Rejection | None:
        """Put a delivered queue ticket into its office's queue (``None``) or refuse a clash."""
        from .office_queue import register_pushed_ticket

        assert self.item is not None
        return register_pushed_ticket(self._conn, self.kiosk_id, self.item.uuid, payload)

    def apply_queue_event(self, payload: Mapping[str, Any]) -> None:
        from .office_queue import apply_pushed_event

        apply_pushed_event(self._conn, payload)

    def utility_account(self, provider_id: str, account_number: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT id, house_norm, flat_norm FROM util_accounts WHERE provider_id = ? AND account_number = ?",
            [provider_id, account_number]).fetchone()
        return {"id": row[0], "house_norm": row[1], "flat_norm": row[2]} if row else None

    def utility_meters(self, account_id: str) -> list[dict[str, Any]]:
        """The account's meters (the loaded rows) with ``last_readings`` [{zone, value, read_on}]."""
        meters = []
        for meter_id, data in self._conn.execute(
                "SELECT id, data FROM util_meters WHERE account_id = ? ORDER BY id", [account_id]).fetchall():
            meter = json.loads(data)
            meter["last_readings"] = [
                {"zone": z, "value": v, "read_on": d} for z, v, d in self._conn.execute(
                    "SELECT zone, value, read_on FROM util_last_readings WHERE meter_id = ? ORDER BY zone",
                    [meter_id]).fetchall()]
            meters.append(meter)
        return meters

    def record_reading(self, uuid: str, idx: int, outcome: Mapping[str, Any]) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO meter_reading_results(uuid, idx, meter_serial, zone, value, result, code,"
            " reason_ru, reason_en, period, flags, effective_capture) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [uuid, idx, outcome["meter_serial"], outcome["zone"], outcome["value"], outcome["result"],
             outcome.get("code"), outcome.get("reason_ru"), outcome.get("reason_en"), outcome.get("period"),
             json.dumps(list(outcome.get("flags", ()))), outcome["effective_capture"]])

    def accept_reading(self, meter_id: str, zone: str, value: str, read_on: str) -> None:
        self._conn.execute(
            "INSERT INTO util_last_readings(meter_id, zone, value, read_on) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(meter_id, zone) DO UPDATE SET value = excluded.value, read_on = excluded.read_on",
            [meter_id, zone, value, read_on])

    def exists(self, entity: str, entity_id: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM ref_rows WHERE entity = ? AND id = ?", [entity, entity_id]
        ).fetchone() is not None

    def get(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT data FROM ref_rows WHERE entity = ? AND id = ?", [entity, entity_id]
        ).fetchone()
        return json.loads(row[0]) if row else None


_SUBMISSION_COLUMNS = ("uuid", "receipt_number", "kind", "result", "status", "server_ref",
                       "received_at", "code", "reason_ru", "reason_en")

class SqliteStorage(Storage):
    """:class:`Storage` on one SQLite file; safe to share between threads and processes."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        prepare_sqlite_file(self.path)  # 0600 (and so its -wal/-shm), in a 0700 folder if new
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._closed = False
        conn = self._conn()
        with self._write(conn):
            migrations.apply(Database(conn))

    # --- connections and transactions ---------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._closed:
                raise StorageError("storage is closed")
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            # An acknowledged submission must survive a power cut, not only a process kill.
            conn.execute("PRAGMA synchronous = FULL")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextlib.contextmanager
    def _write(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """A write transaction taking the write lock up front (``BEGIN IMMEDIATE``)."""
        conn = conn or self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot for several statements."""
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def close(self) -> None:
        self._closed = True
        with self._all_lock:
            conns, self._all = self._all, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()

    # The stores that keep their own tables in this file (office queue, FHIR) use these two.
    def connection(self) -> sqlite3.Connection:
        """This thread's connection, outside any transaction (for a single read)."""
        return self._conn()

    def write_transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A write transaction holding the write lock from its start (``BEGIN IMMEDIATE``)."""
        return self._write()

    def office_queue(self) -> OfficeQueueStore:
        return SqliteOfficeQueue(self)

    def fhir(self, policy: LeasePolicy | None = None) -> FhirStorage:
        return SqliteFhirStore(self, policy)

    def feed_epoch(self) -> str:
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'feed_epoch'").fetchone()
        return row[0]

    # --- kiosks -----------------------------------------------------------------------------
    def add_kiosk(self, kiosk_id: str) -> str:
        check_kiosk_id(kiosk_id)
        token = new_token()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO kiosks(kiosk_id, token_sha256, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(kiosk_id) DO UPDATE SET token_sha256 = excluded.token_sha256, "
                "created_at = excluded.created_at, revoked_at = NULL",
                [kiosk_id, token_hash(token), utcnow_iso()],
            )
        return token

    def revoke_kiosk(self, kiosk_id: str) -> bool:
        with self._write() as conn:
            cur = conn.execute("UPDATE kiosks SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL",
                               [utcnow_iso(), kiosk_id])
            return cur.rowcount > 0

    def authenticate(self, token: str) -> Kiosk | None:
        row = self._conn().execute(
            "SELECT kiosk_id, revoked_at FROM kiosks WHERE token_sha256 = ?", [token_hash(token)]
        ).fetchone()
        return Kiosk(row[0], row[1] is not None) if row else None

    def list_kiosks(self) -> list[dict[str, Any]]:
        cur = self._conn().execute("SELECT kiosk_id, created_at, revoked_at FROM kiosks ORDER BY kiosk_id")
        return [dict(zip(("kiosk_id", "created_at", "revoked_at"), r, strict=True)) for r in cur]

    # --- submissions ------------------------------------------------------------------------
    def push_batch(self, kiosk_id: str, items: Sequence[SubmissionIn],
                   validators: Mapping[str, Validator]) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        with self._write() as conn:
            ref = _ConnectionRef(conn)
            ref.kiosk_id = kiosk_id
            now = utcnow_iso()
            for item in items:
                payload_text = canonical_json(item.payload)
                digest = payload_sha256(item.payload)
                existing = self._existing(conn, item.uuid)
                if existing is None:
                    rejection = None
                    validator = validators.get(item.kind)
                    if validator is not None:
                        ref.item = item
                        rejection = validator(item.payload, ref)
                        ref.item = None
                    cur = conn.execute(
                        "INSERT INTO submissions(uuid, kiosk_id, kind, captured_at, receipt_number, payload,"
                        " payload_sha256, result, status, code, reason_ru, reason_en, received_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO NOTHING",
                        [item.uuid, kiosk_id, item.kind, item.captured_at, item.receipt_number, payload_text,
                         digest, "rejected" if rejection else "accepted",
                         "rejected" if rejection else "received",
                         rejection.code if rejection else None,
                         rejection.reason_ru if rejection else None,
                         rejection.reason_en if rejection else None, now],
                    )
                    if cur.rowcount == 1:
                        if rejection is None:
                            server_ref = f"RB-{cur.lastrowid:06d}"
                            conn.execute("UPDATE submissions SET server_ref = ? WHERE seq = ?",
                                         [server_ref, cur.lastrowid])
                            results.append({"uuid": item.uuid, "result": "accepted",
                                            "server_ref": server_ref, "status": "received"})
                        else:
                            results.append({"uuid": item.uuid, "result": "rejected", "code": rejection.code,
                                            "reason_ru": rejection.reason_ru, "reason_en": rejection.reason_en})
                        continue
                    existing = self._existing(conn, item.uuid)  # lost a race (other engines)
                    assert existing is not None
                results.append(self._repeat_result(item.uuid, digest, existing, kiosk_id))
        return results

    @staticmethod
    def _existing(conn: sqlite3.Connection, uuid: str) -> tuple | None:
        return conn.execute(
            "SELECT payload_sha256, result, status, server_ref, code, reason_ru, reason_en, kiosk_id"
            " FROM submissions WHERE uuid = ?", [uuid]
        ).fetchone()

    @staticmethod
    def _repeat_result(uuid: str, digest: str, existing: tuple, kiosk_id: str) -> dict[str, Any]:
        old_digest, result, status, server_ref, code, reason_ru, reason_en, owner = existing
        if old_digest != digest or owner != kiosk_id:
            # Another kiosk's uuid is a conflict whatever the payload: its answer (server_ref,
            # status, rejection) is not this kiosk's to see.
            return {"uuid": uuid, "result": "conflict", "code": CONFLICT.code,
                    "reason_ru": CONFLICT.reason_ru, "reason_en": CONFLICT.reason_en}
        if result == "accepted":
            return {"uuid": uuid, "result": "duplicate", "server_ref": server_ref, "status": status}
        # The original answer was a rejection: give the same rejection again.
        return {"uuid": uuid, "result": "rejected", "code": code, "reason_ru": reason_ru,
                "reason_en": reason_en}

    def _one_submission(self, where: str, params: list[Any]) -> dict[str, Any] | None:
        row = self._conn().execute(
            f"SELECT {', '.join(_SUBMISSION_COLUMNS)} FROM submissions WHERE {where} ORDER BY seq LIMIT 1",
            params,
        ).fetchone()
        if not row:
            return None
        found = dict(zip(_SUBMISSION_COLUMNS, row, strict=True))
        if found["kind"] == "meter_readings":
            found["readings"] = self.reading_results(found["uuid"])
        return found

    def reading_results(self, uuid: str) -> list[dict[str, Any]]:
        """Per-reading outcomes of a ``meter_readings`` submission, in payload order."""
        columns = ("meter_serial", "zone", "value", "result", "code", "reason_ru", "reason_en", "period",
                   "flags", "effective_capture")
        out = []
        for row in self._conn().execute(
                f"SELECT {', '.join(columns)} FROM meter_reading_results WHERE uuid = ? ORDER BY idx", [uuid]):
            record = dict(zip(columns, row, strict=True))
            record["flags"] = json.loads(record["flags"])
            out.append(record)
        return out

    # --- personal utility data (not in the feed) ------------------------------------------------
    def load_utilities(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert ``utility_accounts``, ``meters`` and ``meter_readings`` rows (kiosk column names).

        A last reading is replaced only by one at least as recent, so reloading the demo never
        rolls back readings accepted since.
        """
        from mfc_rules.meters import normalise_account, normalise_house

        n = 0
        with self._write() as conn:
            for row in tables.get("utility_accounts", ()):
                conn.execute(
                    "INSERT INTO util_accounts(id, provider_id, account_number, house_norm, flat_norm, data)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET provider_id = excluded.provider_id,"
                    " account_number = excluded.account_number, house_norm = excluded.house_norm,"
                    " flat_norm = excluded.flat_norm, data = excluded.data",
                    [row["id"], row["provider_id"], normalise_account(row["account_number"]),
                     normalise_house(row["house"]), normalise_house(row.get("flat") or ""),
                     canonical_json({k: v for k, v in row.items() if k != "updated_at"})])
                n += 1
            for row in tables.get("meters", ()):
                conn.execute(
                    "INSERT INTO util_meters(id, account_id, serial, data) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET account_id = excluded.account_id, serial = excluded.serial,"
                    " data = excluded.data",
                    [row["id"], row["account_id"], str(row["serial"]),
                     canonical_json({k: v for k, v in row.items() if k != "updated_at"})])
                n += 1
            decimals = {mid: json.loads(d).get("decimals", 0)
                        for mid, d in conn.execute("SELECT id, data FROM util_meters").fetchall()}
            for row in tables.get("meter_readings", ()):
                value = f"{float(row['value']):.{int(decimals.get(row['meter_id'], 0))}f}"
                conn.execute(
                    "INSERT INTO util_last_readings(meter_id, zone, value, read_on) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(meter_id, zone) DO UPDATE SET value = excluded.value, read_on = excluded.read_on"
                    " WHERE excluded.read_on >= util_last_readings.read_on",
                    [row["meter_id"], row["zone"], value, row["read_on"]])
                n += 1
        return n

    def lookup_account(self, provider_id: str, account_number: str, house: str,
                       flat: str) -> list[dict[str, Any]] | None:
        """The account's meters when the number AND the address fragment match; else ``None``.

        An unknown account and a wrong address give the same ``None`` after the same work.
        """
        from mfc_rules.meters import normalise_account

        from .stores.utilities import address_matches

        ref = _ConnectionRef(self._conn())
        with self._read():
            account = ref.utility_account(provider_id, normalise_account(account_number))
            if not address_matches(account, house, flat):  # compared also when there is no account
                return None
            assert account is not None
            return ref.utility_meters(account["id"])

    def get_submission(self, uuid: str, kiosk_id: str) -> dict[str, Any] | None:
        return self._one_submission("uuid = ? AND kiosk_id = ?", [uuid.lower(), kiosk_id])

    def find_by_receipt(self, receipt_number: str, kiosk_id: str) -> dict[str, Any] | None:
        try:
            number = normalise_receipt(receipt_number)
        except ReceiptNumberError:
            return None  # not a receipt number (the kiosk's rule, mfc_rules.receipts): nothing has it
        return self._one_submission("receipt_number = ? AND kiosk_id = ?", [number, kiosk_id])

    # --- failed authentication ------------------------------------------------------------------
    def record_auth_failure(self, address: str, now: float, since: float, limit: int) -> tuple[bool, list[float]]:
        def recent(conn: sqlite3.Connection) -> list[float]:
            return [r[0] for r in conn.execute(
                "SELECT at FROM auth_failures WHERE address = ? AND at > ? ORDER BY at", [address, since])]

        with self._read() as conn:  # over the limit: answered without taking the write lock
            times = recent(conn)
        if len(times) >= limit:
            return False, times
        with self._write() as conn:
            conn.execute("DELETE FROM auth_failures WHERE at <= ?", [since])
            times = recent(conn)
            if len(times) >= limit:  # another process counted meanwhile
                return False, times
            conn.execute("INSERT INTO auth_failures(address, at) VALUES (?, ?)", [address, now])
        return True, [*times, now]

    def list_submissions(self, *, kind: str | None = None, limit: int | None = None,
                         with_payload: bool = False) -> list[dict[str, Any]]:
        columns = ("seq", "kiosk_id", "captured_at", *_SUBMISSION_COLUMNS) + (("payload",) if with_payload else ())
        sql = f"SELECT {', '.join(columns)} FROM submissions"
        params: list[Any] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        sql += " ORDER BY seq"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        out = []
        for row in self._conn().execute(sql, params):
            record = dict(zip(columns, row, strict=True))
            if with_payload:
                record["payload"] = json.loads(record["payload"])
            out.append(record)
        return out

    def count_submissions(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM submissions").fetchone()[0]

    # --- reference data ---------------------------------------------------------------------
    @staticmethod
    def _append(conn: sqlite3.Connection, entity: str, entity_id: str, op: str, data: str | None,
                now: str) -> int:
        dataset = ENTITIES[entity][0]
        cur = conn.execute(
            "INSERT INTO changes(dataset, entity, id, op, data, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [dataset, entity, entity_id, op, data, now],
        )
        seq = cur.lastrowid
        assert seq is not None
        if op == "upsert":
            conn.execute(
                "INSERT INTO ref_rows(entity, id, dataset, data, seq) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(entity, id) DO UPDATE SET data = excluded.data, seq = excluded.seq",
                [entity, entity_id, dataset, data, seq],
            )
        else:
            conn.execute("DELETE FROM ref_rows WHERE entity = ? AND id = ?", [entity, entity_id])
        return seq

    def upsert_rows(self, tables: Mapping[str, Iterable[Mapping[str, Any]]], *,
                    only_changed: bool = True) -> int:
        """Validate every row (declaration, unknown fields, references to rows in this batch or
        already loaded) and append the changed ones to the feed: all of them, or none
        (:class:`InvalidRows`)."""
        unknown = set(tables) - set(ENTITIES)
        if unknown:
            raise UnknownEntity(", ".join(sorted(unknown)))
        batch = {entity: [dict(row) for row in tables.get(entity, ())] for entity in ENTITY_ORDER}
        appended = 0
        now = utcnow_iso()
        with self._write() as conn:
            problems = batch_problems(batch, _ConnectionRef(conn).exists)
            if problems:
                raise InvalidRows(problems)
            for entity in ENTITY_ORDER:
                for row in batch[entity]:
                    entity_id = entity_key(entity, row)
                    data = canonical_json(row)
                    if only_changed:
                        old = conn.execute("SELECT data FROM ref_rows WHERE entity = ? AND id = ?",
                                           [entity, entity_id]).fetchone()
                        if old is not None and same_content(entity, json.loads(old[0]), row):
                            continue
                    self._append(conn, entity, entity_id, "upsert", data, now)
                    appended += 1
        return appended

    def delete_rows(self, entity: str, ids: Iterable[str]) -> int:
        if entity not in ENTITIES:
            raise UnknownEntity(entity)
        appended = 0
        now = utcnow_iso()
        with self._write() as conn:
            for entity_id in ids:
                users = _referring_rows(conn, entity, entity_id)
                if users:
                    raise InvalidRows([(entity, entity_id, in_use_problem(users))])
                for link, column in LINKS.get(entity, ()):
                    for (link_id, link_data) in conn.execute(
                            "SELECT id, data FROM ref_rows WHERE entity = ?", [link]).fetchall():
                        if json.loads(link_data).get(column) == entity_id:
                            self._append(conn, link, link_id, "delete", None, now)
                            appended += 1
                exists = conn.execute("SELECT 1 FROM ref_rows WHERE entity = ? AND id = ?",
                                      [entity, entity_id]).fetchone()
                if exists:
                    self._append(conn, entity, entity_id, "delete", None, now)
                    appended += 1
        return appended

    def touch(self, entity: str, entity_id: str) -> int:
        """Re-publish a row with a new ``updated_at``; a row that does not fit its declaration (left
        by an older version) is refused: load a corrected one with ``load-rows``."""
        if entity not in ENTITIES:
            raise UnknownEntity(entity)
        with self._write() as conn:
            row = conn.execute("SELECT data FROM ref_rows WHERE entity = ? AND id = ?",
                               [entity, entity_id]).fetchone()
            if row is None:
                raise KeyError(f"{entity} {entity_id!r} does not exist")
            data = json.loads(row[0])
            now = utcnow_iso()
            if "updated_at" in refschema.MODELS[entity].model_fields:
                data["updated_at"] = now.split(".")[0] + "Z"
            problems = refschema.check_row(entity, data) + refschema.unknown_fields(entity, data)
            if problems:
                raise InvalidRows([(entity, entity_id, p) for p in problems])
            return self._append(conn, entity, entity_id, "upsert", canonical_json(data), now)

    def get_row(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        return _ConnectionRef(self._conn()).get(entity, entity_id)

    def count_rows(self, entity: str) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM ref_rows WHERE entity = ?", [entity]).fetchone()[0]

    def reset_reference_data(self) -> str:
        epoch = secrets.token_hex(8)
        with self._write() as conn:
            conn.execute("DELETE FROM ref_rows")
            conn.execute("DELETE FROM changes")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'feed_epoch'", [epoch])
        return epoch

    def changes(self, dataset: str, cursor: str | None, limit: int) -> ChangesPage:
        if dataset not in DATASETS:
            raise KeyError(dataset)
        with self._read() as conn:
            epoch = conn.execute("SELECT value FROM meta WHERE key = 'feed_epoch'").fetchone()[0]
            after = 0
            if cursor:
                c_epoch, c_dataset, after = decode_cursor(cursor)
                if c_epoch != epoch or c_dataset != dataset:
                    raise CursorExpired("the cursor belongs to another feed")
                last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]
                if after > last:
                    raise CursorExpired("the cursor is ahead of the feed (the backend was restored)")
            rows = conn.execute(
                "SELECT seq, entity, id, op, data FROM changes WHERE dataset = ? AND seq > ? "
                "ORDER BY seq LIMIT ?", [dataset, after, limit + 1],
            ).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        out = []
        for _seq, entity, entity_id, op, data in rows:
            head = json.dumps({"op": op, "entity": entity, "id": entity_id}, ensure_ascii=False)
            out.append(head if data is None else head[:-1] + ', "data": ' + data + "}")
        last_seq = rows[-1][0] if rows else after
        return ChangesPage(dataset, encode_cursor(epoch, dataset, last_seq), more, out)
