"""The office queue: kiosks' offline number ranges and every ticket of an office."""

from __future__ import annotations

import sqlalchemy as sa

from .metadata import metadata
from .types import Instant

office_queue_ranges = sa.Table(
    "office_queue_ranges", metadata,
    sa.Column("kiosk_id", sa.Text, primary_key=True),
    sa.Column("office_id", sa.Text, nullable=False),
    sa.Column("range_index", sa.Integer, nullable=False),
    sa.Column("assigned_at", Instant(), nullable=False),
    sa.CheckConstraint("range_index BETWEEN 1 AND 9"),
    sa.UniqueConstraint("office_id", "range_index"),
)

office_queue_tickets = sa.Table(
    "office_queue_tickets", metadata,
    sa.Column("uuid", sa.Text, primary_key=True),  # the ticket's outbox uuid at its kiosk
    sa.Column("office_id", sa.Text, nullable=False),
    sa.Column("service_day", sa.Date, nullable=False),  # the office's local date
    sa.Column("ticket", sa.Text, nullable=False),
    sa.Column("category_id", sa.Text, nullable=False),
    sa.Column("kiosk_id", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("issued_at", Instant(), nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("counter", sa.Text),
    sa.Column("called_at", Instant()),
    sa.Column("finished_at", Instant()),
    sa.Column("clash_of", sa.Text),  # the uuid of the ticket that holds the number first
    sa.CheckConstraint("source IN ('office', 'kiosk')"),
    sa.CheckConstraint("status IN ('waiting', 'called', 'served', 'no_show', 'clash')"),
    # One holder per number and day at an office, enforced by the database.
    sa.Index("office_queue_number", "office_id", "service_day", "ticket", unique=True,
             sqlite_where=sa.text("clash_of IS NULL"), postgresql_where=sa.text("clash_of IS NULL")),
    sa.Index("office_queue_day", "office_id", "service_day", "status", "issued_at"),
)
