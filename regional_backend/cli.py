"""Command line: ``python -m regional_backend COMMAND --db PATH_OR_URL ...``.

Commands: ``serve``, ``migrate``, ``load-demo``, ``load-rows``, ``add-kiosk``, ``revoke-kiosk``,
``kiosks``, ``release-queue-range``, ``submissions``, ``touch``, ``delete-row``.  ``--db`` is a
SQLite file path or a ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE`` URL; without it the
environment variable ``RB_DATABASE_URL`` names the database.  A wrong option or an unusable
database URL gives a one-line error and exit status 2; a failure (also a database that cannot be
reached or opened, or whose schema is newer than this backend's) gives a one-line error and exit
status 1.  Never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from mfc_files.private_files import restrict_umask
from mfc_rules import demo

from . import clock
from .db import migrate
from .db.engine import DATABASE_URL_ENV, BadDatabaseUrl, DatabaseError, database_url, describe, one_line
from .opening import open_storage
from .storage import ENTITIES, InvalidRows, Storage, StorageError, UnknownEntity

log = logging.getLogger("regional_backend")


class _Parser(argparse.ArgumentParser):
    """Errors as one line (no usage dump), exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"not a TCP port: {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m regional_backend", description="MFC reference regional backend.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", default=None,
                       help="The backend's database: a SQLite file (created if missing) or "
                            f"postgresql://USER:PASSWORD@HOST:PORT/DATABASE; default: ${DATABASE_URL_ENV}.")
        return p

    p = command("serve", "Run the HTTP API with uvicorn.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_port, default=8080)
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--faults", action="store_true",
                   help="Enable the test fault endpoints (also needs RB_FAULTS=1 in the environment).")

    command("migrate", "Bring the database's schema to this backend's newest revision (Alembic); a SQLite "
            "file of an older backend is upgraded in place with its data. Run it before starting a new version.")

    p = command("load-demo", "Load (or refresh) the demo region's offices, catalogue, utilities and clinics "
                "(FHIR R4: existing slots keep their bookings and leases).")
    p.add_argument("--today", type=dt.date.fromisoformat, default=None, help="Date of the demo data (YYYY-MM-DD; default: today in the region).")
    p.add_argument("--reset", action="store_true",
                   help="Drop all reference data first and start a new feed epoch (kiosks resync).")

    p = command("load-rows", "Upsert reference rows from a JSON file {table_name: [row, ...]}. Every row is "
                "checked first (required fields, types, references); one bad row refuses the whole file.")
    p.add_argument("file", type=Path)

    p = command("add-kiosk", "Enrol a kiosk and print its new token once (only its hash is kept).")
    p.add_argument("kiosk_id")

    p = command("revoke-kiosk", "Revoke a kiosk's token (its requests then get 403).")
    p.add_argument("kiosk_id")

    command("kiosks", "List enrolled kiosks.")

    p = command("release-queue-range", "Free a kiosk's office and offline ticket number range (a kiosk that "
                "left or moved office); it is given a range again at its next contact.")
    p.add_argument("kiosk_id")

    p = command("submissions", "List the submissions that arrived.")
    p.add_argument("--json", action="store_true", help="JSON array with payloads instead of a table.")
    p.add_argument("--kind", default=None)
    p.add_argument("--limit", type=int, default=None)

    p = command("touch", "Re-publish a reference row with a new updated_at (a change in the feed).")
    p.add_argument("entity", choices=sorted(ENTITIES))
    p.add_argument("id")

    p = command("delete-row", "Delete a reference row (a delete in the feed; link rows follow).")
    p.add_argument("entity", choices=sorted(ENTITIES))
    p.add_argument("id")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    restrict_umask()  # the database holds every citizen's submissions: the owner's only
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # `migrate` says what it did in one line
    try:
        return _run(args)
    except BadDatabaseUrl as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (DatabaseError, StorageError, OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (sqlite3.Error, sa.exc.SQLAlchemyError) as exc:  # e.g. a database locked beyond the busy timeout
        print(f"error: the database failed: {one_line(exc)}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    if args.command == "migrate":
        done = migrate.upgrade_database(args.db)
        print(f"{_name(args.db)}: {done.describe()}")
        return 0
    storage = open_storage(args.db)
    try:
        if args.command == "load-demo":
            args.today = args.today or _demo_today()
            tables = _demo_tables(args.today)
            if args.reset:
                storage.reset_reference_data()
            n = storage.upsert_rows(tables)
            personal = storage.load_utilities(_demo_utilities(args.today))
            clinic_rows = _load_demo_clinics(storage, args.today)
            print(f"demo region loaded: {sum(len(v) for v in tables.values())} rows, {n} changes; "
                  f"{personal} utility account rows (not in any feed); "
                  f"{clinic_rows} clinic rows for /fhir/R4", file=sys.stderr)
        elif args.command == "load-rows":
            tables = json.loads(args.file.read_text(encoding="utf-8"))
            if not isinstance(tables, dict):
                raise ValueError("the file must hold a JSON object {table_name: [row, ...]}")
            n = storage.upsert_rows(tables)
            print(f"{n} changes", file=sys.stderr)
        elif args.command == "add-kiosk":
            token = storage.add_kiosk(args.kiosk_id)
            print(token)  # the only time the token is shown
            print(f"kiosk {args.kiosk_id} enrolled; keep the token above, it is not stored", file=sys.stderr)
        elif args.command == "revoke-kiosk":
            if not storage.revoke_kiosk(args.kiosk_id):
                print(f"error: no active kiosk {args.kiosk_id!r}", file=sys.stderr)
                return 1
        elif args.command == "release-queue-range":
            if not storage.office_queue().release_range(args.kiosk_id):
                print(f"error: kiosk {args.kiosk_id!r} has no queue range", file=sys.stderr)
                return 1
            print(f"queue range of {args.kiosk_id} released", file=sys.stderr)
        elif args.command == "kiosks":
            for k in storage.list_kiosks():
                state = f"revoked {k['revoked_at']}" if k["revoked_at"] else "active"
                print(f"{k['kiosk_id']}\t{k['created_at']}\t{state}")
        elif args.command == "submissions":
            rows = storage.list_submissions(kind=args.kind, limit=args.limit, with_payload=args.json)
            if args.json:
                json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
                print()
            else:
                _print_table(rows)
        elif args.command == "touch":
            print(storage.touch(args.entity, args.id))
        elif args.command == "delete-row":
            print(storage.delete_rows(args.entity, [args.id]))
    except UnknownEntity as exc:
        print(f"error: unknown table {exc}", file=sys.stderr)
        return 1
    except InvalidRows as exc:
        for entity, row_id, problem in exc.problems:
            print(f"error: {entity} {row_id}: {problem}", file=sys.stderr)
        print(f"error: {len(exc.problems)} problem(s); nothing was changed: correct the rows and run the command again",
              file=sys.stderr)
        return 1
    finally:
        storage.close()
    return 0


def _demo_today() -> dt.date:
    """Today in the demo region by the backend's clock (which a test may set, see :mod:`.clock`)."""
    return demo.demo_today(clock.now())


def _demo_tables(today: dt.date | None) -> dict[str, list[dict[str, Any]]]:
    """The demo region from ``mfc_rules.demo`` (the kiosk loads the same rows), feed tables only."""
    rows = demo.demo_rows(today, now=clock.now())
    return {table: [dict(r) for r in rows.get(table, [])] for table in ENTITIES}


def _name(db: str | None) -> str:
    """The database for a message: a file's path, a URL without its password."""
    return describe(database_url(db))


def _load_demo_clinics(storage: Storage, today: dt.date | None) -> int:
    """Clinics, practitioners, roles, schedules and 14 days of slots into the FHIR tables."""
    rows = demo.demo_rows(today, now=clock.now())
    tables = ("clinics", "specialties", "practitioners", "practitioner_roles", "schedules", "slots")
    return storage.fhir().load({t: rows[t] for t in tables})


def _demo_utilities(today: dt.date | None) -> dict[str, list[dict[str, Any]]]:
    """The demo region's personal utility data: accounts, meters, last readings (backend only)."""
    rows = demo.demo_rows(today, now=clock.now())
    return {table: rows[table] for table in demo.BACKEND_ONLY}


def _print_table(rows: list[dict[str, Any]]) -> None:
    columns = ("seq", "received_at", "kiosk_id", "kind", "uuid", "receipt_number", "result", "server_ref", "code")
    table = [[str(r.get(c) or "") for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in table]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in table:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    print(f"{len(rows)} submission(s)", file=sys.stderr)


def _serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from .app import create_app

    if args.faults and os.environ.get("RB_FAULTS") != "1":
        print("error: --faults also needs RB_FAULTS=1 in the environment", file=sys.stderr)
        return 2
    storage = open_storage(args.db)
    app = create_app(storage, faults_enabled=args.faults or os.environ.get("RB_FAULTS") == "1")
    if getattr(app.state, "faults", None) is not None:
        log.warning("TEST FAULT INJECTION IS ENABLED (RB_FAULTS=1); never use this in a region")
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                    timeout_graceful_shutdown=5)
    finally:
        storage.close()
    return 0
