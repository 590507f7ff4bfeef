"""The sync engine: push the outbox in batches, pull reference data as deltas.  Qt-free.

One :class:`SyncEngine` works on one :class:`~offline_db.store.Store` (its own connection, on the
thread that opened it) with one injected :class:`~kiosk.sync.client.BackendClient`.

* **Push**: due pending items are claimed (``sending``), sent in batches, and their results
  recorded in one transaction per batch.  A failed batch goes back to ``pending`` with the reason
  and a retry time (exponential back-off, full jitter, cap, ``Retry-After``).  401/403 pauses sync
  and raises an alert for the technician.
* **Pull**: each page of a dataset's changes feed is applied in one transaction together with the
  new cursor, so a crash resumes from the last applied page.  The next page is fetched on a helper
  thread while the current one is applied, and each table's upserts go in one ``executemany``.
  A pull without a cursor is a full resync: the ids seen are remembered (a TEMP table of this
  connection) and, after the last page, rows the backend no longer has are swept — except rows
  that local citizen data still refers to.
  A full resync interrupted by a crash starts again from the beginning (upserts are idempotent).
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

DATASETS: dict[str, tuple[str, ...]] = {
    "offices": ("offices",),
    "catalogue": ("service_categories", "life_situations", "services", "service_life_situations",
                  "service_offices"),
    "utilities": ("utility_providers",),
}
LINK_KEYS = {"service_life_situations": ("service_id", "situation_id"),
             "service_offices": ("service_id", "office_id")}
PULL_PAGE = 500
MAX_RESYNCS_PER_RUN = 3


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
                 page_limit: int = PULL_PAGE, datasets: tuple[str, ...] = tuple(DATASETS),
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
            self._push(report, ignore_schedule=ignore_schedule)
            if pull:
                for name in self.datasets:
                    report.pulled[name] = self.pull_dataset(name)
            report.online = True
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
        if dataset not in DATASETS:
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
                changes = self._check_changes(dataset, page["changes"])
                self._apply_page(dataset, changes, page["cursor"], full=full, last=not more)
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

    def _check_changes(self, dataset: str, changes: list[Any]) -> list[tuple[str, str, str, dict | None]]:
        """Validate a page; the last change per row wins.  Returns (op, entity, id, data)."""
        what = f"pull of {dataset}"
        tables = DATASETS[dataset]
        last: dict[tuple[str, str], tuple[str, str, str, dict | None]] = {}
        for ch in changes:
            if not isinstance(ch, dict):
                raise MalformedResponse(f"{what}: a change is not an object")
            op, entity, row_id, data = ch.get("op"), ch.get("entity"), ch.get("id"), ch.get("data")
            if entity not in tables:
                raise MalformedResponse(f"{what}: change for unknown table {entity!r}")
            if not isinstance(row_id, str) or not row_id:
                raise MalformedResponse(f"{what}: a change of {entity} has no id")
            if op == "upsert":
                if not isinstance(data, dict):
                    raise MalformedResponse(f"{what}: upsert of {entity} {row_id} has no row data")
                data = self._row_values(entity, row_id, data, what)
            elif op == "delete":
                data = None
            else:
                raise MalformedResponse(f"{what}: unknown operation {op!r}")
            last.pop((entity, row_id), None)  # keep page order of the final operation
            last[(entity, row_id)] = (op, entity, row_id, data)
        rank = {t: i for i, t in enumerate(tables)}
        ups = sorted((c for c in last.values() if c[0] == "upsert"), key=lambda c: rank[c[1]])
        dels = sorted((c for c in last.values() if c[0] == "delete"), key=lambda c: -rank[c[1]])
        return ups + dels

    def _row_values(self, entity: str, row_id: str, data: dict[str, Any], what: str) -> dict[str, Any]:
        columns = self._table_columns(entity)
        row: dict[str, Any] = {}
        for key, value in data.items():
            if key not in columns:
                continue  # a newer backend may send more columns
            if isinstance(value, list | dict):
                value = json.dumps(value, ensure_ascii=False)
            elif value is not None and not isinstance(value, str | int | float):
                raise MalformedResponse(f"{what}: {entity}.{key} of {row_id} has a wrong type")
            row[key] = value
        if entity in LINK_KEYS:
            keys = LINK_KEYS[entity]
            if not all(isinstance(row.get(k), str) for k in keys) or "|".join(row[k] for k in keys) != row_id:
                raise MalformedResponse(f"{what}: link {entity} {row_id} does not match its row data")
        elif row.setdefault("id", row_id) != row_id:
            raise MalformedResponse(f"{what}: {entity} {row_id} carries another id in its row data")
        return row

    def _apply_page(self, dataset: str, changes: list[tuple[str, str, str, dict | None]], cursor: str,
                    *, full: bool, last: bool) -> None:
        what = f"pull of {dataset}"
        with self.store.atomic() as tx:
            # Upserts of one table with the same columns go to SQLite in one executemany: the rows
            # (and the FTS triggers) are processed in C with the GIL released between rows, instead
            # of a Python loop building a statement per row.
            for (op, entity), group in itertools.groupby(changes, key=lambda c: (c[0], c[1])):
                group = list(group)
                if op == "upsert":
                    for _cols, rows in itertools.groupby(group, key=lambda c: tuple(c[3] or ())):
                        self._upsert_rows(entity, [c[3] for c in rows if c[3] is not None], what)
                    continue
                for _op, _entity, row_id, _data in group:
                    try:
                        self._delete_ids(entity, [row_id])
                    except sqlite3.IntegrityError as exc:
                        raise MalformedResponse(f"{what}: {op} of {entity} {row_id} could not be applied "
                                                f"({exc})") from None
            if full:
                self.store.conn.executemany(
                    "INSERT OR IGNORE INTO temp.sync_seen(dataset, entity, id) VALUES (?, ?, ?)",
                    [(dataset, c[1], c[2]) for c in changes if c[0] == "upsert"])
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

    def _upsert_sql(self, table: str, cols: list[str]) -> str:
        keys = LINK_KEYS.get(table, ("id",))
        updates = [c for c in cols if c not in keys]
        action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates)) if updates else "DO NOTHING"
        return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                f" ON CONFLICT({', '.join(keys)}) {action}")

    def _upsert(self, table: str, row: dict[str, Any]) -> None:
        cols = list(row)
        self.store.db.execute(self._upsert_sql(table, cols), [row[c] for c in cols])

    def _upsert_rows(self, table: str, rows: list[dict[str, Any]], what: str) -> None:
        """Upsert rows that all have the same columns (in the same order), in one executemany."""
        if not rows:
            return
        cols = list(rows[0])
        try:
            self.store.conn.executemany(self._upsert_sql(table, cols), [[r[c] for c in cols] for r in rows])
        except sqlite3.IntegrityError as first:
            # Name the offending row: redo them one by one (upserts are idempotent; the caller's
            # transaction is rolled back anyway).
            for row in rows:
                try:
                    self._upsert(table, row)
                except sqlite3.IntegrityError as exc:
                    row_id = "|".join(str(row.get(k)) for k in LINK_KEYS.get(table, ("id",)))
                    raise MalformedResponse(f"{what}: upsert of {table} {row_id} could not be applied "
                                            f"({exc})") from None
            raise MalformedResponse(f"{what}: upserts of {table} could not be applied ({first})") from None

    def _key_expr(self, table: str) -> str:
        keys = LINK_KEYS.get(table)
        return " || '|' || ".join(keys) if keys else "id"

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

    def _sweep(self, dataset: str) -> None:
        for table in reversed(DATASETS[dataset]):
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
    datasets = {r["dataset"]: {"last_pull_at": r["last_pull_at"], "has_cursor": r["cursor"] is not None,
                               "full_resync_needed": bool(r["full_resync_needed"]), "last_error": r["last_error"]}
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
