"""Personal utility data, never in a public feed: accounts, meters and their last accepted readings.

Tables ``util_accounts``, ``util_meters`` and ``util_last_readings``
(:mod:`regional_backend.db.tables.utilities`).  :class:`UtilityStore` loads them and answers the
account look-up; the functions taking a :class:`~sqlalchemy.engine.Connection` are what the
``meter_readings`` validator calls inside the transaction that stores the submission (the
submissions store hands them its connection), so a reading and its submission commit together.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from mfc_rules.canonical import canonical_json
from mfc_rules.meters import normalise_account, normalise_house
from regional_backend.db.engine import connect, write_transaction
from regional_backend.db.tables.utilities import util_accounts, util_last_readings, util_meters

from .sql import insert


def _as_loaded(row: Mapping[str, Any]) -> str:
    return canonical_json({k: v for k, v in row.items() if k != "updated_at"})


class UtilityStore:
    """Utility accounts, meters and last readings on ``engine`` (upgraded by ``db.migrate.upgrade``)."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def load(self, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
        """Upsert ``utility_accounts``, ``meters`` and ``meter_readings`` rows (the kiosk's column
        names); returns how many rows were given.  A last reading is replaced only by one at least
        as recent, so reloading the demo never rolls back readings accepted since.

        One write transaction (all or nothing); every row is one ``INSERT … ON CONFLICT DO UPDATE``
        on its key, the reading's with ``WHERE excluded.read_on >= read_on``: atomic per row on
        both engines at READ COMMITTED, and a reading accepted by a push meanwhile is compared in
        the statement, not before it."""
        n = 0
        with write_transaction(self.engine) as conn:
            for row in tables.get("utility_accounts", ()):
                statement = insert(conn, util_accounts).values(
                    id=row["id"], provider_id=row["provider_id"],
                    account_number=normalise_account(row["account_number"]),
                    house_norm=normalise_house(row["house"]), flat_norm=normalise_house(row.get("flat") or ""),
                    data=_as_loaded(row))
                conn.execute(statement.on_conflict_do_update(
                    index_elements=[util_accounts.c.id],
                    set_={c: statement.excluded[c] for c in
                          ("provider_id", "account_number", "house_norm", "flat_norm", "data")}))
                n += 1
            for row in tables.get("meters", ()):
                statement = insert(conn, util_meters).values(
                    id=row["id"], account_id=row["account_id"], serial=str(row["serial"]), data=_as_loaded(row))
                conn.execute(statement.on_conflict_do_update(
                    index_elements=[util_meters.c.id],
                    set_={c: statement.excluded[c] for c in ("account_id", "serial", "data")}))
                n += 1
            decimals = {meter_id: json.loads(data).get("decimals", 0)
                        for meter_id, data in conn.execute(sa.select(util_meters.c.id, util_meters.c.data))}
            for row in tables.get("meter_readings", ()):
                value = f"{float(row['value']):.{int(decimals.get(row['meter_id'], 0))}f}"
                statement = insert(conn, util_last_readings).values(
                    meter_id=row["meter_id"], zone=row["zone"], value=value,
                    read_on=dt.date.fromisoformat(str(row["read_on"])))
                conn.execute(statement.on_conflict_do_update(
                    index_elements=[util_last_readings.c.meter_id, util_last_readings.c.zone],
                    set_={"value": statement.excluded.value, "read_on": statement.excluded.read_on},
                    where=statement.excluded.read_on >= util_last_readings.c.read_on))
                n += 1
        return n

    def lookup_account(self, provider_id: str, account_number: str, house: str,
                       flat: str) -> list[dict[str, Any]] | None:
        """The account's meters (see :func:`utility_meters`) when the number AND the address
        fragment match; else ``None``.  An unknown account and a wrong address give the same
        ``None`` after the same work (the address is compared in constant time either way).

        The account and its meters are read in one snapshot: a ``BEGIN`` transaction on SQLite
        (WAL), REPEATABLE READ on PostgreSQL (READ COMMITTED would take a snapshot per statement,
        and a ``load`` committing between them could pair an account with half its meters)."""
        with connect(self.engine) as conn:
            if conn.dialect.name == "postgresql":
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                account = utility_account(conn, provider_id, normalise_account(account_number))
                if not address_matches(account, house, flat):
                    return None
                assert account is not None
                return utility_meters(conn, account["id"])


def address_matches(account: Mapping[str, Any] | None, house: str, flat: str) -> bool:
    """Whether the house and flat given (normalised) are the account's, compared in constant
    time; with no account (``None``) the same comparison is made and the answer is ``False``."""
    expected = (account["house_norm"], account["flat_norm"]) if account else ("\0", "\0")
    given = (normalise_house(house), normalise_house(flat))
    same = (hmac.compare_digest(expected[0].encode(), given[0].encode())
            & hmac.compare_digest(expected[1].encode(), given[1].encode()))
    return account is not None and bool(same)


def utility_account(conn: Connection, provider_id: str, account_number: str) -> dict[str, Any] | None:
    """``{id, house_norm, flat_norm}`` of the account with this (normalised) number, or ``None``."""
    row = conn.execute(sa.select(util_accounts.c.id, util_accounts.c.house_norm, util_accounts.c.flat_norm)
                       .where(util_accounts.c.provider_id == provider_id,
                              util_accounts.c.account_number == account_number)).first()
    return {"id": row.id, "house_norm": row.house_norm, "flat_norm": row.flat_norm} if row else None


def utility_meters(conn: Connection, account_id: str) -> list[dict[str, Any]]:
    """The account's meters (the rows as loaded) by id, each with ``last_readings``
    ``[{zone, value, read_on}]`` by zone (``read_on`` as ``YYYY-MM-DD``)."""
    meters = []
    for meter_id, data in conn.execute(sa.select(util_meters.c.id, util_meters.c.data)
                                       .where(util_meters.c.account_id == account_id).order_by(util_meters.c.id)):
        meter = json.loads(data)
        meter["last_readings"] = [
            {"zone": zone, "value": value, "read_on": read_on.isoformat()}
            for zone, value, read_on in conn.execute(
                sa.select(util_last_readings.c.zone, util_last_readings.c.value, util_last_readings.c.read_on)
                .where(util_last_readings.c.meter_id == meter_id).order_by(util_last_readings.c.zone))]
        meters.append(meter)
    return meters


def accept_reading(conn: Connection, meter_id: str, zone: str, value: str, read_on: str) -> None:
    """Make an accepted reading the meter zone's last one (the validator has checked that it is
    not older, or that a replacement was declared), in the caller's transaction."""
    statement = insert(conn, util_last_readings).values(
        meter_id=meter_id, zone=zone, value=value, read_on=dt.date.fromisoformat(read_on))
    conn.execute(statement.on_conflict_do_update(
        index_elements=[util_last_readings.c.meter_id, util_last_readings.c.zone],
        set_={"value": statement.excluded.value, "read_on": statement.excluded.read_on}))
