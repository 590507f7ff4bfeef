"""Reference data: the current rows (``ref_rows``) and the append-only changes feed (``changes``)."""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata
from .submissions import SEQUENCE
from .types import QUERIED_JSON, Instant

ref_rows = sa.Table(
    "ref_rows", metadata,
    sa.Column("entity", sa.Text, primary_key=True),
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("dataset", sa.Text, nullable=False),
    sa.Column("data", QUERIED_JSON, nullable=False),  # the kiosk table's row; references are looked up in it
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
)

changes = sa.Table(
    "changes", metadata,
    sa.Column("seq", SEQUENCE, primary_key=True, autoincrement=True),
    sa.Column("dataset", sa.Text, nullable=False),
    sa.Column("entity", sa.Text, nullable=False),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("op", sa.Text, nullable=False),
    sa.Column("data", sa.Text),  # canonical JSON of an upsert, sent to kiosks as it is
    sa.Column("changed_at", Instant(), nullable=False),
    sa.CheckConstraint("op IN ('upsert', 'delete')"),
    # The feed pages through one dataset by sequence number.
    sa.Index("changes_dataset_seq", "dataset", "seq"),
    sqlite_autoincrement=True,
)
