"""The look-up indexes issue 19 adds to the baseline: free slots of a practitioner role by start
(booking and leasing).  Receipt number (``submissions_receipt``), item uuid (``UNIQUE(uuid)``)
and feed sequence per dataset (``changes_dataset_seq``) are indexed since the baseline.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from regional_backend.db.tables import SINCE, metadata

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _added() -> list[sa.Index]:
    return [index for table in metadata.sorted_tables for index in sorted(table.indexes, key=lambda i: i.name or "")
            if index.info.get(SINCE) == revision]


def upgrade() -> None:
    for index in _added():
        op.get_bind().execute(sa.schema.CreateIndex(index))


def downgrade() -> None:
    for index in _added():
        op.get_bind().execute(sa.schema.DropIndex(index))
