"""The one :class:`sqlalchemy.MetaData` every backend table is declared on."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: ``Index.info`` key naming the Alembic revision that added the index after the baseline.
SINCE = "since_revision"
