"""regional_backend.stores.ref_lookup on both engines: a row written is read back as a dict."""

from __future__ import annotations

import sqlalchemy as sa

from regional_backend.db.engine import connect, write_transaction
from regional_backend.db.tables.reference import ref_rows
from regional_backend.stores.ref_lookup import ref_exists, ref_get


def test_a_reference_row_reads_back_as_a_dict_and_an_absent_one_as_none(migrated_engine: sa.Engine):
    office = {"id": "mfc-1", "name": "МФЦ Центральный", "hours": {"mon": "08:00-20:00"}}
    with write_transaction(migrated_engine) as conn:
        data = office if conn.dialect.name == "postgresql" else '{"hours":{"mon":"08:00-20:00"},' \
            '"id":"mfc-1","name":"МФЦ Центральный"}'
        conn.execute(sa.insert(ref_rows).values(entity="offices", id="mfc-1", dataset="offices",
                                                data=data, seq=1))
    with connect(migrated_engine) as conn:
        assert ref_get(conn, "offices", "mfc-1") == office
        assert ref_exists(conn, "offices", "mfc-1")
        assert ref_get(conn, "offices", "mfc-2") is None
        assert not ref_exists(conn, "offices", "mfc-2")
        assert not ref_exists(conn, "services", "mfc-1")
