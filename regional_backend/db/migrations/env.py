"""Alembic's environment: runs on the connection :mod:`regional_backend.db.migrate` hands over
(``config.attributes["connection"]``, already in its write transaction); no ``alembic.ini``."""

from __future__ import annotations

from alembic import context

from regional_backend.db.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: later revisions' op.batch_alter_table copies the table.
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
