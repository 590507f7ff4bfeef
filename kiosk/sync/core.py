"""The sync engine: push the outbox in batches, pull reference data as deltas.  Qt-free.

One :class:`SyncEngine` works on one :class:`~offline_db.store.Store` (its own connection, on the
thread that opened it) with one injected :class:`~kiosk.sync.client.BackendClient`.

* **Push**: due pending items are claimed (``sending``), sent in batches, and their results
  recorded in one transaction per batch.  A failed batch goes back to ``pending`` with the reason
  and a retry time (exponential back-off, full jitter, cap, ``Retry-After``).  401/403 pauses sync
  and raises an alert for the technician.  A failed push the backend answered (503, another
  4xx, a malformed answer) does not stop the pull: reference data stays current while the backend
  refuses submissions; the run still ends with the push's error.
* **Pull**: each page of a dataset's changes feed is applied in one transaction together with the
  new cursor, so a crash resumes from the last applied page.  The next page is fetched on a helper
  thread while the current one is applied, and each table's upserts go in one ``executemany``.
  A pull without a cursor is a full resync: the ids seen are remembered (a TEMP table of this
  connection) and, after the last page, rows the backend no longer has are swept — except rows
  that local citizen data still refers to.
  A full resync interrupted by a crash starts again from the beginning (upserts are idempotent).
  Kept rows get ``retired_at``: the screens and the domain never offer them for new use.
* **Quarantine**: a pulled row that does not fit its declaration (:mod:`mfc_rules.refschema`) or
  that the store refuses (a reference to a row it does not have) goes to ``sync_quarantine`` with
  the reason; the rest of the page is applied and the cursor moves on.  A later good row for the
  same key replaces it and clears the entry; a quarantined row refused by the store is tried
  again after each page (its parent may have arrived).  The previous good version of the row, if
  any, stays in use meanwhile.
  Pull only touches reference tables; the outbox and local citizen records are never changed.
* Only one sync runs per store at a time (:class:`SyncLock`); while holding it, items left in
  ``sending`` by a crashed run are sent again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.services import office_queue
from offline_db import outbox
from offline_db.store import Store, iso_utc, utcnow

from . import clock as server_clock
from . import config as cfg
from .backoff import Backoff
from .client import (
    AuthError,
    BackendClient,
    ConnectionFailed,
    MalformedResponse,
    ResyncRequired,
    SyncError,
    TransientError,
)

log = logging.getLogger(__name__)

#: The datasets in pull order: offices before the catalogue, whose ``service_offices`` rows refer to
#: them.  Their tables, keys and row rules are declared in :mod:`mfc_rules.refschema`.
DATASET_ORDER: tuple[str, ...] = ("offices", "catalogue", "utilities")
PULL_PAGE = 500
MAX_RESYNCS_PER_RUN = 3


Change = tuple[str, str, str, "dict[str, Any] | None"]  # (op, entity, id, row values)


@dataclass(frozen=True)
class Held:
    """A pulled row that could not be applied, on its way to ``sync_quarantine``."""

    entity: str
    row_id: str
    code: str
    field: str
    detail: str
    data: str | None  # the row as received, JSON


def _refschema() -> Any:
    from mfc_rules import refschema  # pydantic: imported on the sync worker when a pull starts

    return refschema


def _keys(table: str) -> tuple[str, ...]:
    return _refschema().MODELS[table].KEYS


def _row_problem(entity: str, row_id: str, data: Any) -> Any:
    """Why a pulled upsert cannot be applied (a :class:`mfc_rules.refschema.RowProblem`), or None."""
    schema = _refschema()
    if not isinstance(data, dict):
        return schema.RowProblem("invalid", "", "the change carries no row data")
    problems = schema.check_row(entity, data)
    if problems:
        first = problems[0]
        return schema.RowProblem(first.code, first.field, "; ".join(str(p) for p in problems))
    keys = schema.MODELS[entity].KEYS
    if schema.row_key(entity, {**({"id": row_id} if keys == ("id",) else {}), **data}) != row_id:
        return schema.RowProblem("key", keys[0], "the row data carries another id than its change")
    return None


@dataclass
class SyncReport:
    """What one sync run did."""

    accepted: int = 0
    rejected: int = 0
    conflict: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    purged: int = 0
    recovered: int = 0
    error: str | None = None
    retry_after_s: float | None = None
    transient: bool = False
    paused: bool = False
    remaining: int = 0
    online: bool | None = None
    push_error: str | None = None  # the backend answered a push with an error (4xx/5xx, bad answer)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.paused and self.remaining == 0


class SyncLock:
    """An advisory lock file beside the store (``<db>.sync.lock``), released when the process dies."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".sync.lock")
        self._fd: int | None = None

    def acquire(self, timeout_s: float = 0.0) -> bool:
        try:
            import fcntl
        except ImportError:  # not POSIX: one sync process per kiosk is then the operator's duty
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


class SyncEngine:
    def __init__(self, store: Store, client: BackendClient, *, backoff: Backoff | None = None,
                 batch_size: int | None = None, retention_h: int | None = None,
                 page_limit: int = PULL_PAGE, datasets: tuple[str, ...] = DATASET_ORDER,
                 sleep: Callable[[float], None] = time.sleep):
        c = client.config
        self.store = store
        self.client = client
        self.backoff = backoff or Backoff(c.backoff_base_s, c.backoff_cap_s)
        self.batch_size = batch_size or c.batch_size
        self.retention_h = retention_h or c.retention_h
        self.page_limit = page_limit
        self.datasets = datasets
        self.sleep = sleep
        self.prefetch = True  # fetch the next page of a pull while applying the current one
        self._resync_live: set[str] = set()  # full resyncs whose TEMP seen-set is in this connection
        self._columns: dict[str, list[str]] = {}
        self._referrers: dict[str, list[tuple[str, str, str]]] = {}
        self.lock = SyncLock(store.path)
        self._clock_noted: tuple[str, dt.datetime] | None = None

    # --- one run -------------------------------------------------------------------------------
    def run_once(self, *, ignore_schedule: bool = False, pull: bool = True,
                 lock_timeout_s: float = 0.0) -> SyncReport:
        """Purge old personal data, deliver due items, pull every dataset; never raises SyncError."""
        report = SyncReport()
        report.purged = outbox.purge_personal_data(self.store, self.retention_h)
        if report.purged:
            log.info("personal data removed from %d delivered items (retention %d h)",
                     report.purged, self.retention_h)
        if self.store.get_setting(cfg.K_PAUSED, False):
            report.paused = True
            report.error = self.store.get_setting(cfg.K_ALERT) or "sync is paused"
            report.remaining = outbox.undelivered_count(self.store)
            return report
        if not self.lock.acquire(lock_timeout_s):
            report.error = "another sync of this store is running"
            report.transient = True
            report.remaining = outbox.undelivered_count(self.store)
            return report
        try:
            report.recovered = outbox.recover_sending(self.store)
            if report.recovered:
                log.info("%d items interrupted while sending will be sent again", report.recovered)
            refused = self._push_answered(report, ignore_schedule=ignore_schedule)
            if pull:
                for name in self.datasets:
                    report.pulled[name] = self.pull_dataset(name)
                # first contact (with the offices known): the office queue gives this kiosk its range
                office_queue.ensure_range(self.store, self.client)
            report.online = True
            if refused is not None:
                raise refused
        except AuthError as exc:
            report.paused = True
            report.online = True
            report.error = str(exc)
            self._pause(str(exc))
        except SyncError as exc:
            report.error = str(exc)
            report.retry_after_s = exc.retry_after_s
            report.transient = isinstance(exc, TransientError | ResyncRequired)
            report.online = not isinstance(exc, ConnectionFailed)
            log.warning("sync stopped: %s", exc)
        finally:
            self.lock.release()
        self.note_server_clock()
        report.remaining = outbox.undelivered_count(self.store)
        self._record(report)
        return report

    def check_health(self) -> dict[str, Any]:
        """The backend's health answer (raises :class:`SyncError`); its clock is noted."""
        data = self.client.health()
        self.note_server_clock()
        return data

    def note_server_clock(self) -> float | None:
        """Keep the clock offset from the client's last successful answer with ``server_time``
        (health check, batch push); the meter readings send it.  Returns the offset when new."""
        seen = getattr(self.client, "server_clock", None)
        if not seen or seen == self._clock_noted:
            return None
        self._clock_noted = seen
        try:
            offset = server_clock.remember(self.store, seen[0], seen[1])
        except (ValueError, TypeError) as exc:
            log.warning("the backend's server_time could not be read: %s", exc)
            return None
        if abs(offset) > 60:
            log.warning("the kiosk's clock is %.0f s %s the backend's", abs(offset),
                        "behind" if offset > 0 else "ahead of")
        return offset

    def run_until_done(self, *, max_tries: int = 4, deadline_s: float = 120.0) -> SyncReport:
        """Retry transient failures with back-off (``Retry-After`` honoured) until done or out of time.

        The deadline holds inside requests too: one still waiting for its answer when the time is up
        ends then, and its items go back to ``pending``."""
        start = time.monotonic()
        report = SyncReport()
        with self.client.transport.run_until(start + deadline_s):
            for attempt in range(max_tries):
                report = self.run_once(ignore_schedule=True, lock_timeout_s=max(0.0, deadline_s / 4))
                if report.ok or report.paused or not report.transient or attempt == max_tries - 1:
                    return report
                wait = self.backoff.delay(attempt, report.retry_after_s)
                left = deadline_s - (time.monotonic() - start)
                if wait > left:
                    if left > 0:
                        report.error = f"{report.error}; gave up: the next try would be in {wait:.0f} s"
                    return report
                log.info("sync will try again in %.1f s", wait)
                self.sleep(wait)
        return report

    # --- push ----------------------------------------------------------------------------------
    def _push_answered(self, report: SyncReport, *, ignore_schedule: bool) -> SyncError | None:
        """Push; a failure the backend answered (503, another 4xx, a bad answer) is returned, not
        raised, so reference data is still pulled while pushes fail.  No connection or a refused
        token still ends the run."""
        try:
            self._push(report, ignore_schedule=ignore_schedule)
        except (AuthError, ConnectionFailed):
            raise
        except SyncError as exc:
            report.push_error = str(exc)
            log.warning("push failed, pulling reference data anyway: %s", exc)
            return exc
        return None

    def _push(self, report: SyncReport, *, ignore_schedule: bool) -> None:
        sent: set[str] = set()
        while True:
            batch = outbox.claim_batch(self.store, self.batch_size, ignore_schedule=ignore_schedule)
            batch_ids = [i.uuid for i in batch]
            if not batch or sent.issuperset(batch_ids):
                outbox.release(self.store, batch_ids, "not sent in this run", None)
                return
            sent.update(batch_ids)
            try:
                results = self.client.push(batch)
            except SyncError as exc:
                attempts = max(i.attempts for i in batch)
                wait = self.backoff.delay(attempts - 1, exc.retry_after_s)
                outbox.release(self.store, batch_ids, str(exc), utcnow() + dt.timedelta(seconds=wait))
                raise
            except BaseException:
                outbox.release(self.store, batch_ids, "interrupted while sending", None)
                raise
            tally = outbox.apply_results(self.store, results)
            for state, n in tally.items():
                setattr(report, state, getattr(report, state) + n)
            refused = tally["rejected"] + tally["conflict"]
            log.info("delivered %d items: %d accepted, %d refused by the backend",
                     len(batch), tally["accepted"], refused)

    # --- pull ----------------------------------------------------------------------------------
    def pull_dataset(self, dataset: str) -> int:
        """Pull one dataset to the end of its feed; returns the number of changes applied."""
        if dataset not in DATASET_ORDER:
            raise ValueError(f"unknown dataset {dataset!r}")
        db = self.store.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_seen (dataset TEXT NOT NULL, entity TEXT NOT NULL,"
                   " id TEXT NOT NULL, PRIMARY KEY (dataset, entity, id)) WITHOUT ROWID")
        row = self.store.query("SELECT cursor, full_resync_needed FROM sync_datasets WHERE dataset = ?", [dataset])
        cursor = row[0]["cursor"] if row else None
        full = bool(row and row[0]["full_resync_needed"])
        if cursor is None or (full and dataset not in self._resync_live):
            cursor = self._start_full(dataset)
            full = True
        applied = 0
        resyncs = 0
        # The next page is fetched (network, backend, JSON decoding) on a helper thread while this
        # one applies the current page; only the client is used there, never the store, and never
        # two requests at once.  Pages are still applied strictly in order, each with its cursor.
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"pull-{dataset}")
        ahead: Future[dict[str, Any]] | None = None
        try:
            while True:
                try:
                    if ahead is None:
                        page = self.client.changes(dataset, cursor, self.page_limit)
                    else:
                        pending, ahead = ahead, None
                        page = pending.result()
                except ResyncRequired:
                    resyncs += 1
                    if resyncs > MAX_RESYNCS_PER_RUN:
                        raise MalformedResponse(f"pull of {dataset}: the backend keeps asking for a "
                                                "full resync") from None
                    log.warning("pull of %s: the backend no longer knows our cursor; full resync", dataset)
                    cursor = self._start_full(dataset)
                    full = True
                    continue
                more = page["more"]
                if more and self.prefetch:
                    ahead = fetcher.submit(self.client.changes, dataset, page["cursor"], self.page_limit)
                changes, held = self._check_changes(dataset, page["changes"])
                self._apply_page(dataset, changes, held, page["cursor"], full=full, last=not more)
                applied += len(changes)
                cursor = page["cursor"]
                if not more:
                    if full:
                        self._resync_live.discard(dataset)
                    if dataset == "catalogue" and applied:
                        from offline_db.search import refresh_index

                        refresh_index(self.store)  # one bulk index run for the whole pull
                    return applied
        except SyncError as exc:
            with self.store.atomic() as tx:
                tx.execute("UPDATE sync_datasets SET last_error = ? WHERE dataset = ?", [str(exc), dataset])
            raise
        finally:
            if ahead is not None:  # a page failed to apply: let the request in flight end, unused
                ahead.cancel()
            fetcher.shutdown(wait=True)

    def _start_full(self, dataset: str) -> None:
        with self.store.atomic() as tx:
            tx.execute("INSERT INTO sync_datasets(dataset, cursor, full_resync_needed) VALUES (?, NULL, 1)"
                       " ON CONFLICT(dataset) DO UPDATE SET cursor = NULL, full_resync_needed = 1", [dataset])
            tx.execute("DELETE FROM temp.sync_seen WHERE dataset = ?", [dataset])
        self._resync_live.add(dataset)
        return None

    def _check_changes(self, dataset: str, changes: list[Any]) -> tuple[list[Change], list[Held]]:
        """Validate a page; the last change per row wins.  Returns the changes to apply
        ``(op, entity, id, data)`` and the rows to quarantine.  A page that is not a list of
        changes of this dataset's tables is refused whole (:class:`MalformedResponse`)."""
        what = f"pull of {dataset}"
        tables = _refschema().DATASETS[dataset]
        last: dict[tuple[str, str], Change | Held] = {}
        for ch in changes:
            if not isinstance(ch, dict):
                raise MalformedResponse(f"{what}: a change is not an object")
            op, entity, row_id, data = ch.get("op"), ch.get("entity"), ch.get("id"), ch.get("data")
            if entity not in tables:
                raise MalformedResponse(f"{what}: change for unknown table {entity!r}")
            if not isinstance(row_id, str) or not row_id:
                raise MalformedResponse(f"{what}: a change of {entity} has no id")
            item: Change | Held
            if op == "upsert":
                problem = _row_problem(entity, row_id, data)
                if problem is None:
                    item = ("upsert", entity, row_id, self._row_values(entity, data))
                else:
                    raw = json.dumps(data, ensure_ascii=False) if isinstance(data, dict) else None
                    item = Held(entity, row_id, problem.code, problem.field, problem.detail, raw)
            elif op == "delete":
                item = ("delete", entity, row_id, None)
            else:
                raise MalformedResponse(f"{what}: unknown operation {op!r}")
            last.pop((entity, row_id), None)  # keep page order of the final operation
            last[(entity, row_id)] = item
        rank = {t: i for i, t in enumerate(tables)}
        good = [c for c in last.values() if not isinstance(c, Held)]
        ups = sorted((c for c in good if c[0] == "upsert"), key=lambda c: rank[c[1]])
        dels = sorted((c for c in good if c[0] == "delete"), key=lambda c: -rank[c[1]])
        return ups + dels, [c for c in last.values() if isinstance(c, Held)]

    def _row_values(self, entity: str, data: dict[str, Any]) -> dict[str, Any]:
        """The row as the store's columns: lists as JSON text, unknown fields dropped (a newer backend
        may send more), and the row offered for use again (``retired_at``)."""
        columns = self._table_columns(entity)
        row: dict[str, Any] = {}
        for key, value in data.items():
            if key not in columns or key == "retired_at":
                continue
            row[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        if "retired_at" in columns:
            row["retired_at"] = None
        return row

    def _apply_page(self, dataset: str, changes: list[Change], held: list[Held], cursor: str,
                    *, full: bool, last: bool) -> None:
        what = f"pull of {dataset}"
        with self.store.atomic() as tx:
            # Upserts of one table with the same columns go to SQLite in one executemany: the rows
            # (and the FTS triggers) are processed in C with the GIL released between rows, instead
            # of a Python loop building a statement per row.
            held = list(held)
            for (op, entity), group in itertools.groupby(changes, key=lambda c: (c[0], c[1])):
                group = list(group)
                if op == "upsert":
                    for _cols, rows in itertools.groupby(group, key=lambda c: tuple(c[3] or ())):
                        held += self._upsert_rows(entity, [(c[2], c[3]) for c in rows if c[3] is not None])
                    continue
                for _op, _entity, row_id, _data in group:
                    try:
                        self._delete_ids(entity, [row_id])
                    except sqlite3.IntegrityError as exc:
                        raise MalformedResponse(f"{what}: {op} of {entity} {row_id} could not be applied "
                                                f"({exc})") from None
            refused = {(h.entity, h.row_id) for h in held}
            tx.conn.executemany("DELETE FROM sync_quarantine WHERE entity = ? AND id = ?",
                                [(c[1], c[2]) for c in changes if (c[1], c[2]) not in refused])
            self._quarantine(dataset, held)
            self._retry_quarantined(dataset)
            if full:
                seen = [(dataset, c[1], c[2]) for c in changes if c[0] == "upsert"]
                seen += [(dataset, h.entity, h.row_id) for h in held]  # the backend has them: not swept
                self.store.conn.executemany(
                    "INSERT OR IGNORE INTO temp.sync_seen(dataset, entity, id) VALUES (?, ?, ?)", seen)
                self.store.conn.executemany(
                    "DELETE FROM temp.sync_seen WHERE dataset = ? AND entity = ? AND id = ?",
                    [(dataset, c[1], c[2]) for c in changes if c[0] == "delete"])
                if last:
                    self._sweep(dataset)
            tx.execute(
                "INSERT INTO sync_datasets(dataset, cursor, last_pull_at, last_error, full_resync_needed)"
                " VALUES (?, ?, ?, NULL, ?) ON CONFLICT(dataset) DO UPDATE SET cursor = excluded.cursor,"
                " last_pull_at = excluded.last_pull_at, last_error = NULL,"
                " full_resync_needed = excluded.full_resync_needed",
                [dataset, cursor, iso_utc(), int(full and not last)])

    def _quarantine(self, dataset: str, held: list[Held]) -> None:
        """Keep rows that could not be applied, with the reason (logged: table, id, field; no values)."""
        now = iso_utc()
        for h in held:
            log.warning("pull of %s: %s %s not applied, kept in quarantine (%s: %s)",
                        dataset, h.entity, h.row_id, h.code, h.detail)
        self.store.conn.executemany(
            "INSERT INTO sync_quarantine(entity, id, dataset, code, field, detail, data, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET code = excluded.code,"
            " field = excluded.field, detail = excluded.detail, data = excluded.data,"
            " received_at = excluded.received_at",
            [(h.entity, h.row_id, dataset, h.code, h.field, h.detail, h.data, now) for h in held])

    def _retry_quarantined(self, dataset: str) -> None:
        """Rows the store refused (a reference to a row it did not have yet) are tried again."""
        for row in self.store.query("SELECT entity, id, data FROM sync_quarantine"
                                    " WHERE dataset = ? AND code = 'store' AND data IS NOT NULL", [dataset]):
            values = self._row_values(row["entity"], json.loads(row["data"]))
            if not self._upsert_rows(row["entity"], [(row["id"], values)]):
                self.store.db.execute("DELETE FROM sync_quarantine WHERE entity = ? AND id = ?",
                                      [row["entity"], row["id"]])
                log.info("pull of %s: %s %s applied from quarantine", dataset, row["entity"], row["id"])

    def _upsert_sql(self, table: str, cols: list[str]) -> str:
        keys = _keys(table)
        updates = [c for c in cols if c not in keys]
        action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates)) if updates else "DO NOTHING"
        return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                f" ON CONFLICT({', '.join(keys)}) {action}")

    def _upsert_rows(self, table: str, rows: list[tuple[str, dict[str, Any]]]) -> list[Held]:
        """Upsert rows that all have the same columns (in the same order), in one executemany; when
        the store refuses one, each row goes in its own savepoint and the refused ones are returned."""
        if not rows:
            return []
        cols = list(rows[0][1])
        sql = self._upsert_sql(table, cols)
        try:
            with self.store.atomic():
                self.store.conn.executemany(sql, [[r[c] for c in cols] for _id, r in rows])
            return []
        except sqlite3.IntegrityError:
            pass
        held = []
        for row_id, row in rows:
            try:
                with self.store.atomic():
                    self.store.conn.execute(sql, [row[c] for c in cols])
            except sqlite3.IntegrityError as exc:
                held.append(Held(table, row_id, "store", "", f"the kiosk store refused it ({exc})",
                                 json.dumps(row, ensure_ascii=False)))
        return held

    def _key_expr(self, table: str) -> str:
        return " || '|' || ".join(_keys(table))

    def _protect(self, table: str) -> str:
        """SQL condition excluding rows that other rows still refer to (without ON DELETE CASCADE)."""
        clauses = [f"{parent} NOT IN (SELECT {col} FROM {child} WHERE {col} IS NOT NULL)"
                   for child, col, parent in self._table_referrers(table)]
        return " AND ".join(clauses) or "1"

    def _delete_ids(self, table: str, ids: list[str]) -> None:
        key = self._key_expr(table)
        for row_id in ids:
            cur = self.store.db.execute(
                f"DELETE FROM {table} WHERE {key} = ? AND {self._protect(table)}", [row_id])
            if cur.rowcount == 0 and self.store.scalar(f"SELECT 1 FROM {table} WHERE {key} = ?", [row_id]):
                log.warning("kept %s %s that the backend deleted: local records still refer to it", table, row_id)
                if "retired_at" in self._table_columns(table):
                    self.store.db.execute(f"UPDATE {table} SET retired_at = ? WHERE {key} = ? AND retired_at IS NULL",
                                          [iso_utc(), row_id])

    def _sweep(self, dataset: str) -> None:
        for table in reversed(_refschema().DATASETS[dataset]):
            key = self._key_expr(table)
            seen = "SELECT id FROM temp.sync_seen WHERE dataset = ? AND entity = ?"
            cur = self.store.db.execute(
                f"DELETE FROM {table} WHERE {key} NOT IN ({seen}) AND {self._protect(table)}",
                [dataset, table])
            if cur.rowcount:
                log.info("full resync of %s removed %d rows of %s the backend no longer has",
                         dataset, cur.rowcount, table)
            kept = self.store.scalar(f"SELECT count(*) FROM {table} WHERE {key} NOT IN ({seen})", [dataset, table])
            if kept:
                log.warning("full resync of %s kept %d rows of %s that local records still refer to",
                            dataset, kept, table)
                if "retired_at" in self._table_columns(table):
                    self.store.db.execute(f"UPDATE {table} SET retired_at = ? WHERE {key} NOT IN ({seen})"
                                          " AND retired_at IS NULL", [iso_utc(), dataset, table])
            self.store.db.execute(f"DELETE FROM sync_quarantine WHERE entity = ? AND id NOT IN ({seen})",
                                  [table, dataset, table])
        self.store.db.execute("DELETE FROM temp.sync_seen WHERE dataset = ?", [dataset])

    def _table_columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[1] for r in self.store.db.execute(f"PRAGMA table_info({table})")]
        return self._columns[table]

    def _table_referrers(self, table: str) -> list[tuple[str, str, str]]:
        if table not in self._referrers:
            refs = []
            names = [r[0] for r in self.store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            for child in names:
                for fk in self.store.db.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                    # (id, seq, table, from, to, on_update, on_delete, match)
                    if fk[2] == table and str(fk[6]).upper() != "CASCADE":
                        refs.append((child, fk[3], fk[4] or "id"))
            self._referrers[table] = refs
        return self._referrers[table]

    # --- status --------------------------------------------------------------------------------
    def _pause(self, reason: str) -> None:
        alert = f"sync paused: {reason}. A technician must check the kiosk token and run configure again."
        self.store.set_setting(cfg.K_PAUSED, True)
        self.store.set_setting(cfg.K_ALERT, alert)
        log.error("%s", alert)

    def _record(self, report: SyncReport) -> None:
        now = iso_utc()
        if report.error:
            self.store.set_setting(cfg.K_LAST_ERROR, report.error)
            self.store.set_setting(cfg.K_LAST_ERROR_AT, now)
        else:
            self.store.delete_setting(cfg.K_LAST_ERROR)
            self.store.set_setting(cfg.K_LAST_SUCCESS, now)


def status(store: Store) -> dict[str, Any]:
    """Everything a technician (or the status indicator) needs; never the token."""
    held = {r["dataset"]: r["n"] for r in store.query(
        "SELECT dataset, count(*) AS n FROM sync_quarantine GROUP BY dataset")}
    datasets = {r["dataset"]: {"last_pull_at": r["last_pull_at"], "has_cursor": r["cursor"] is not None,
                               "full_resync_needed": bool(r["full_resync_needed"]), "last_error": r["last_error"],
                               "quarantined": held.get(r["dataset"], 0)}
                for r in store.query("SELECT * FROM sync_datasets ORDER BY dataset")}
    from kiosk.clinic.booking import undelivered_count
    from offline_db.salvage import latest_recovery

    counts = outbox.counts(store)
    return {
        "configured": bool(store.get_setting(cfg.K_URL)),
        "backend_url": store.get_setting(cfg.K_URL),
        "kiosk_id": store.get_setting("kiosk_id", ""),
        "outbox": counts,
        "undelivered": counts["pending"] + counts["sending"],
        "clinic_undelivered": undelivered_count(store),  # bookings/cancels for the clinic connector
        "next_attempt_at": outbox.next_due_at(store),
        "datasets": datasets,
        # pulled reference rows that could not be applied (sync_quarantine), waiting for a correction
        "quarantined": sum(held.values()),
        "last_error": store.get_setting(cfg.K_LAST_ERROR),
        "last_error_at": store.get_setting(cfg.K_LAST_ERROR_AT),
        "last_success_at": store.get_setting(cfg.K_LAST_SUCCESS),
        "paused": bool(store.get_setting(cfg.K_PAUSED, False)),
        "alert": store.get_setting(cfg.K_ALERT),
        # the newest salvage of this store from a damaged file (offline_db.salvage), or None
        "store_recovery": latest_recovery(store),
    }


def make_engine(store: Store, **kwargs: Any) -> SyncEngine:
    """Engine for a configured store (raises :class:`kiosk.sync.config.ConfigError` otherwise)."""
    conf = cfg.load(store)
    return SyncEngine(store, BackendClient(conf), **kwargs)
