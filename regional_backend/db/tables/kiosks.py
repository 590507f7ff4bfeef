"""Kiosks and their tokens, the store's own settings (``meta``) and failed logins (``auth_failures``)."""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata
from .types import Instant

#: The store's own settings, e.g. ``feed_epoch`` (see :mod:`regional_backend.db.tables.reference`).
meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

kiosks = sa.Table(
    "kiosks", metadata,
    sa.Column("kiosk_id", sa.Text, primary_key=True),
    sa.Column("token_sha256", sa.Text, nullable=False, unique=True),
    sa.Column("created_at", Instant(), nullable=False),
    sa.Column("revoked_at", Instant()),
)

#: Wrong bearer tokens per client address (``throttle.AuthThrottle``), shared by every process.
auth_failures = sa.Table(
    "auth_failures", metadata,
    sa.Column("address", sa.Text, nullable=False),
    sa.Column("at", sa.Double, nullable=False),  # Unix time of the failure (the throttle counts seconds)
    sa.Index("auth_failures_address", "address", "at"),
    sa.Index("auth_failures_at", "at"),
)
