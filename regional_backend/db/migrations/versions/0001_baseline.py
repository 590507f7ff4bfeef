"""Baseline: the schema ``SqliteStorage`` made up to and including its migration m004 (the
office queue) plus the FHIR store's m001 -- the same tables, columns, keys, unique constraints,
checks and indexes, so that an existing SQLite file can be stamped at this revision.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

from regional_backend.db.tables import SINCE, metadata
from regional_backend.db.tables.fhir import fhir_clock
from regional_backend.db.tables.kiosks import meta

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: The FHIR clock's first value: every ``last_updated`` given out is later.
CLOCK_START = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def upgrade() -> None:
    bind = op.get_bind()
    for table in metadata.sorted_tables:
        bind.execute(sa.schema.CreateTable(table))
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            if SINCE not in index.info:
                bind.execute(sa.schema.CreateIndex(index))
    # The feed epoch names this store's feed in every cursor (a new one expires old cursors).
    bind.execute(meta.insert().values(key="feed_epoch", value=secrets.token_hex(8)))
    bind.execute(fhir_clock.insert().values(id=1, last=CLOCK_START))


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(metadata.sorted_tables):
        bind.execute(sa.schema.DropTable(table))
