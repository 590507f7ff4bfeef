"""Submissions the kiosks push (idempotent by ``uuid``) and each meter reading's outcome."""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata
from .types import MICROSECONDS, Instant

#: A growing sequence number: ``INTEGER PRIMARY KEY AUTOINCREMENT`` on SQLite, ``bigserial`` on PostgreSQL.
SEQUENCE = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

submissions = sa.Table(
    "submissions", metadata,
    sa.Column("seq", SEQUENCE, primary_key=True, autoincrement=True),
    sa.Column("uuid", sa.Text, nullable=False, unique=True),  # the idempotency key
    sa.Column("kiosk_id", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("captured_at", Instant(MICROSECONDS), nullable=False),
    sa.Column("receipt_number", sa.Text),
    # Canonical JSON, kept as text: its SHA-256 is the idempotency check and it is sent back as is.
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("payload_sha256", sa.Text, nullable=False),
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("server_ref", sa.Text, unique=True),
    sa.Column("code", sa.Text),
    sa.Column("reason_ru", sa.Text),
    sa.Column("reason_en", sa.Text),
    sa.Column("received_at", Instant(), nullable=False),
    sa.CheckConstraint("result IN ('accepted', 'rejected')"),
    sa.Index("submissions_receipt", "receipt_number"),
    sqlite_autoincrement=True,
)

meter_reading_results = sa.Table(
    "meter_reading_results", metadata,
    sa.Column("uuid", sa.Text, primary_key=True),  # the submission
    sa.Column("idx", sa.Integer, primary_key=True),  # position of the reading in the payload
    sa.Column("meter_serial", sa.Text, nullable=False),
    sa.Column("zone", sa.Text, nullable=False),
    sa.Column("value", sa.Text, nullable=False),  # decimal text, as read
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("code", sa.Text),
    sa.Column("reason_ru", sa.Text),
    sa.Column("reason_en", sa.Text),
    sa.Column("period", sa.Text),  # YYYY-MM the reading counts for
    sa.Column("flags", sa.Text, nullable=False, server_default="[]"),
    sa.Column("effective_capture", Instant(MICROSECONDS), nullable=False),
    sa.CheckConstraint("result IN ('accepted', 'rejected', 'not_applied')"),
)
