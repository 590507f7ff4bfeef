"""The look-up indexes issue 19 adds to the baseline: free slots of a practitioner role by start
(booking and leasing).  Receipt number (``submissions_receipt``), item uuid (``UNIQUE(uuid)``)
and feed sequence per dataset (``changes_dataset_seq``) are indexed since the baseline.

Frozen: rendered by Alembic's autogenerate against a database at 0001, reviewed by hand.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("fhir_slots_free_by_role", "fhir_slots", ["role_id", "start"], unique=False,
                    sqlite_where=sa.text("status = 'free'"), postgresql_where=sa.text("status = 'free'"))


def downgrade() -> None:
    op.drop_index("fhir_slots_free_by_role", table_name="fhir_slots")
