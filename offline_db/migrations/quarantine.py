"""Migration of the quarantine for reference rows that cannot be applied (m008)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sql_script import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database


def m008_reference_quarantine(db: Database) -> None:
    """A pulled reference row that cannot be applied (it does not fit ``mfc_rules.refschema``, or
    the store refuses it) waits in ``sync_quarantine`` with the reason instead of stopping its
    dataset's pull (issue 16); a later good row for the same key replaces it and clears the entry.
    ``retired_at`` marks a row the backend no longer has but that local records still refer to:
    kept for those records, never offered for new use."""
    run_script(
        db,
        """
        CREATE TABLE sync_quarantine (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,                 -- the feed id (``a|b`` for link rows)
            dataset TEXT NOT NULL,
            code TEXT NOT NULL,               -- missing | invalid | key | store (mfc_rules.refschema.RowProblem)
            field TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL,             -- English, for the log and diagnostics; never the value
            data TEXT,                        -- the row as received (JSON), retried when a page applies
            received_at TEXT NOT NULL,
            PRIMARY KEY (entity, id)
        );
        ALTER TABLE offices ADD COLUMN retired_at TEXT;
        ALTER TABLE service_categories ADD COLUMN retired_at TEXT;
        ALTER TABLE life_situations ADD COLUMN retired_at TEXT;
        ALTER TABLE services ADD COLUMN retired_at TEXT;
        """,
    )
