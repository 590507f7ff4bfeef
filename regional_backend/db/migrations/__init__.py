"""Alembic's environment for the backend's database (driven by :mod:`regional_backend.db.migrate`)."""
