"""Personal utility data (never in a public feed): accounts, meters and last accepted readings."""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata

util_accounts = sa.Table(
    "util_accounts", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("provider_id", sa.Text, nullable=False),
    sa.Column("account_number", sa.Text, nullable=False),
    sa.Column("house_norm", sa.Text, nullable=False),
    sa.Column("flat_norm", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # canonical JSON of the row as loaded
    sa.UniqueConstraint("provider_id", "account_number"),
)

util_meters = sa.Table(
    "util_meters", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("account_id", sa.Text, sa.ForeignKey("util_accounts.id"), nullable=False),
    sa.Column("serial", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Index("util_meters_account", "account_id"),
)

util_last_readings = sa.Table(
    "util_last_readings", metadata,
    sa.Column("meter_id", sa.Text, sa.ForeignKey("util_meters.id"), primary_key=True),
    sa.Column("zone", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),  # decimal text
    sa.Column("read_on", sa.Date, nullable=False),  # local date of the reading
)
