"""The one :class:`sqlalchemy.MetaData` every backend table is declared on."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()
