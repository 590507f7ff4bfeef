"""Pull: bring one dataset's reference rows up to date from the backend's changes feed, page by page."""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from offline_db.store import Store, iso_utc

from .client import BackendClient, MalformedResponse, ResyncRequired, SyncError
from .reference_rows import Held, ReferenceRows, load_refschema

log = logging.getLogger(__name__)

#: The datasets in pull order: offices before the catalogue, whose ``service_offices`` rows refer to
#: them.  Their tables, keys and row rules are declared in :mod:`mfc_rules.refschema`.
DATASET_ORDER: tuple[str, ...] = ("offices", "catalogue", "utilities")
PULL_PAGE = 500
MAX_RESYNCS_PER_RUN = 3


Change = tuple[str, str, str, "dict[str, Any] | None"]  # (op, entity, id, row values)


def _row_problem(entity: str, row_id: str, data: Any) -> Any:
    """Why a pulled upsert cannot be applied (a :class:`mfc_rules.refschema.RowProblem`), or None."""
    schema = load_refschema()
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


class Puller:
    """Pulls datasets into one store through one client (on the store's own thread)."""

    def __init__(self, store: Store, client: BackendClient, *, page_limit: int = PULL_PAGE):
        self.store = store
        self.client = client
        self.page_limit = page_limit
        self.prefetch = True  # fetch the next page of a pull while applying the current one
        self.rows = ReferenceRows(store)
        self._resync_live: set[str] = set()  # full resyncs whose TEMP seen-set is in this connection

    def pull(self, dataset: str) -> int:
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
        tables = load_refschema().DATASETS[dataset]
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
                    item = ("upsert", entity, row_id, self.rows.row_values(entity, data))
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
                        held += self.rows.upsert_rows(entity, [(c[2], c[3]) for c in rows if c[3] is not None])
                    continue
                for _op, _entity, row_id, _data in group:
                    try:
                        self.rows.delete_ids(entity, [row_id])
                    except sqlite3.IntegrityError as exc:
                        raise MalformedResponse(f"{what}: {op} of {entity} {row_id} could not be applied "
                                                f"({exc})") from None
            refused = {(h.entity, h.row_id) for h in held}
            tx.conn.executemany("DELETE FROM sync_quarantine WHERE entity = ? AND id = ?",
                                [(c[1], c[2]) for c in changes if (c[1], c[2]) not in refused])
            self.rows.quarantine(dataset, held)
            self.rows.retry_quarantined(dataset)
            if full:
                seen = [(dataset, c[1], c[2]) for c in changes if c[0] == "upsert"]
                seen += [(dataset, h.entity, h.row_id) for h in held]  # the backend has them: not swept
                self.store.conn.executemany(
                    "INSERT OR IGNORE INTO temp.sync_seen(dataset, entity, id) VALUES (?, ?, ?)", seen)
                self.store.conn.executemany(
                    "DELETE FROM temp.sync_seen WHERE dataset = ? AND entity = ? AND id = ?",
                    [(dataset, c[1], c[2]) for c in changes if c[0] == "delete"])
                if last:
                    self.rows.sweep(dataset)
            tx.execute(
                "INSERT INTO sync_datasets(dataset, cursor, last_pull_at, last_error, full_resync_needed)"
                " VALUES (?, ?, ?, NULL, ?) ON CONFLICT(dataset) DO UPDATE SET cursor = excluded.cursor,"
                " last_pull_at = excluded.last_pull_at, last_error = NULL,"
                " full_resync_needed = excluded.full_resync_needed",
                [dataset, cursor, iso_utc(), int(full and not last)])
