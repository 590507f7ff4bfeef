"""Writes of pulled reference rows to the store: upserts, deletes, full-resync sweeps, quarantine."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from offline_db.store import Store, iso_utc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Held:
    """A pulled row that could not be applied, on its way to ``sync_quarantine``."""

    entity: str
    row_id: str
    code: str
    field: str
    detail: str
    data: str | None  # the row as received, JSON


def load_refschema() -> Any:
    """:mod:`mfc_rules.refschema`, imported when first needed."""
    from mfc_rules import refschema  # pydantic: imported on the sync worker when a pull starts

    return refschema


def table_keys(table: str) -> tuple[str, ...]:
    """The columns that identify a row of ``table``."""
    return load_refschema().MODELS[table].KEYS


class ReferenceRows:
    """The reference tables of one store, as the pull writes them (on the store's own thread)."""

    def __init__(self, store: Store):
        self.store = store
        self._columns: dict[str, list[str]] = {}
        self._referrers: dict[str, list[tuple[str, str, str]]] = {}

    def row_values(self, entity: str, data: dict[str, Any]) -> dict[str, Any]:
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

    def quarantine(self, dataset: str, held: list[Held]) -> None:
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

    def retry_quarantined(self, dataset: str) -> None:
        """Rows the store refused (a reference to a row it did not have yet) are tried again."""
        for row in self.store.query("SELECT entity, id, data FROM sync_quarantine"
                                    " WHERE dataset = ? AND code = 'store' AND data IS NOT NULL", [dataset]):
            values = self.row_values(row["entity"], json.loads(row["data"]))
            if not self.upsert_rows(row["entity"], [(row["id"], values)]):
                self.store.db.execute("DELETE FROM sync_quarantine WHERE entity = ? AND id = ?",
                                      [row["entity"], row["id"]])
                log.info("pull of %s: %s %s applied from quarantine", dataset, row["entity"], row["id"])

    def _upsert_sql(self, table: str, cols: list[str]) -> str:
        keys = table_keys(table)
        updates = [c for c in cols if c not in keys]
        action = ("DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates)) if updates else "DO NOTHING"
        return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                f" ON CONFLICT({', '.join(keys)}) {action}")

    def upsert_rows(self, table: str, rows: list[tuple[str, dict[str, Any]]]) -> list[Held]:
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
        return " || '|' || ".join(table_keys(table))

    def _protect(self, table: str) -> str:
        """SQL condition excluding rows that other rows still refer to (without ON DELETE CASCADE)."""
        clauses = [f"{parent} NOT IN (SELECT {col} FROM {child} WHERE {col} IS NOT NULL)"
                   for child, col, parent in self._table_referrers(table)]
        return " AND ".join(clauses) or "1"

    def delete_ids(self, table: str, ids: list[str]) -> None:
        """Delete rows the backend deleted; a row local records still refer to is kept, retired."""
        key = self._key_expr(table)
        for row_id in ids:
            cur = self.store.db.execute(
                f"DELETE FROM {table} WHERE {key} = ? AND {self._protect(table)}", [row_id])
            if cur.rowcount == 0 and self.store.scalar(f"SELECT 1 FROM {table} WHERE {key} = ?", [row_id]):
                log.warning("kept %s %s that the backend deleted: local records still refer to it", table, row_id)
                if "retired_at" in self._table_columns(table):
                    self.store.db.execute(f"UPDATE {table} SET retired_at = ? WHERE {key} = ? AND retired_at IS NULL",
                                          [iso_utc(), row_id])

    def sweep(self, dataset: str) -> None:
        """After a full resync: remove the rows the backend no longer has (kept and retired when
        local records still refer to them) and their quarantine entries."""
        for table in reversed(load_refschema().DATASETS[dataset]):
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
