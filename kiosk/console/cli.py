"""Technician subcommands: ``set-pin``, ``setup-code``, ``audit``, ``backup``, ``restore``, ``integrity``,
``diagnostics``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from kiosk import cli
from kiosk.cli import command
from kiosk.errors import UsageError


def _parsers(sub: argparse._SubParsersAction, add_db) -> None:  # noqa: ANN001
    p = sub.add_parser("set-pin", help="set a console PIN (asks twice, no echo)")
    add_db(p)
    p.add_argument("--role", choices=["clerk", "technician"], required=True)
    p = sub.add_parser("setup-code", help="print a one-time code that lets the screen set the first technician PIN")
    add_db(p)
    p.add_argument("--hours", type=int, default=24, metavar="N", help="hours the code stays valid (default 24)")
    p = sub.add_parser("audit", help="print the console audit log")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=200)
    p = sub.add_parser("backup", help="consistent copy of the local store (SQLite backup API)")
    add_db(p)
    p.add_argument("destination", type=Path)
    p = sub.add_parser("restore", help="replace the local store with a backup (asks to confirm)")
    add_db(p)
    p.add_argument("backup", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = sub.add_parser("integrity", help="run SQLite's integrity check on the local store")
    add_db(p)
    p = sub.add_parser("diagnostics", help="write a diagnostics zip without personal data")
    add_db(p)
    p.add_argument("destination", type=Path)


cli._EXTRA_PARSERS.append(_parsers)


def _open(args: argparse.Namespace, *, repair: bool = True):  # noqa: ANN202
    """The store; ``repair=False`` for commands that only read: a damaged store is then reported
    (``StoreDamaged``, exit 3) and left as it is."""
    from offline_db.opening import open_store

    return open_store(cli._db_path(args), repair=repair)


@command("set-pin")
def _set_pin(args: argparse.Namespace) -> int:
    from .pins import PinError, set_pin

    first = getpass.getpass(f"New {args.role} PIN: ")
    second = getpass.getpass("Repeat the PIN: ")
    if first != second:
        raise UsageError("the two PINs differ; nothing was changed")
    with _open(args) as store:
        try:
            set_pin(store, args.role, first, actor="technician")
        except PinError as exc:
            raise UsageError(f"{exc}; nothing was changed") from None
    print(f"{args.role} PIN set")
    return 0


@command("setup-code")
def _setup_code(args: argparse.Namespace) -> int:
    from .pins import PinError, new_setup_code

    with _open(args) as store:
        try:
            code = new_setup_code(store, hours=args.hours)
        except PinError as exc:
            raise UsageError(str(exc)) from None
        expires = store.get_setting("console.setup_code")["expires_at"]
    print(f"{code[:5]} {code[5:]}")
    print(f"one-time setup code for the first technician PIN, valid until {expires} (UTC); at the kiosk, "
          "hold the top-left corner for 5 s, type the code, then choose the PIN", file=sys.stderr)
    return 0


@command("audit")
def _audit(args: argparse.Namespace) -> int:
    with _open(args, repair=False) as store:
        rows = store.query("SELECT at, role, action, target, details FROM audit_log ORDER BY id DESC LIMIT ?",
                           [args.limit])
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r['at']}  {r['role']:<10}  {r['action']:<22}  {r['target']}")
    return 0


@command("backup")
def _backup(args: argparse.Namespace) -> int:
    from .maintenance import MaintenanceError, backup

    with _open(args, repair=False) as store:
        try:
            result = backup(store, args.destination)
        except MaintenanceError as exc:
            raise UsageError(str(exc)) from None
    print(f"backup written: {result.path} ({result.size_bytes} bytes, {result.outbox_items} outbox items)")
    return 0


@command("restore")
def _restore(args: argparse.Namespace) -> int:
    from .maintenance import MaintenanceError, check_backup, restore

    try:
        items = check_backup(args.backup)
    except MaintenanceError as exc:
        raise UsageError(str(exc)) from None
    if not args.yes:
        answer = input(f"Replace the local store with {args.backup} ({items} outbox items)? Type 'yes': ")
        if answer.strip().lower() != "yes":
            print("nothing was changed")
            return 1
    with _open(args) as store:
        try:
            restore(store, args.backup)
        except MaintenanceError as exc:
            raise UsageError(str(exc)) from None
    print("restored")
    return 0


@command("integrity")
def _integrity(args: argparse.Namespace) -> int:
    from offline_db.store import StoreDamaged

    from .maintenance import integrity_report

    try:
        with _open(args, repair=False) as store:
            report = integrity_report(store)
    except StoreDamaged as exc:
        print(f"damaged: {exc.reason}\nnothing was changed.\n{cli.DAMAGED_HELP}")
        return 1
    print("\n".join(report))
    return 0 if report == ["ok"] else 1


@command("diagnostics")
def _diagnostics(args: argparse.Namespace) -> int:
    from kiosk import paths

    from .maintenance import export_diagnostics

    with _open(args, repair=False) as store:
        path = export_diagnostics(store, paths.log_dir(), args.destination)
    print(f"diagnostics written: {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli.main())
