"""The backend's whole schema as SQLAlchemy Core tables on one :data:`metadata`, for SQLite and
PostgreSQL; one module per thing kept.  Alembic (:mod:`regional_backend.db.migrate`) creates and
upgrades it; an index added after the baseline names its revision in ``info[SINCE]``.
"""

from __future__ import annotations

from . import fhir, kiosks, office_queue, reference, submissions, utilities
from .metadata import SINCE, metadata

__all__ = ["SINCE", "fhir", "kiosks", "metadata", "office_queue", "reference", "submissions", "utilities"]
