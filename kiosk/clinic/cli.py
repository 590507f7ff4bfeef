"""Technician subcommand ``clinic-sync --once``: run the clinic connector (deliver appointments and
cancels, pull clinic data by FHIR search, renew slot leases).  Exit 0 done, 1 incomplete, 2 not configured."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from kiosk import cli as kcli


def _parsers(sub: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("clinic-sync", help="deliver clinic appointments, pull clinics and slots, renew leases (FHIR R4)")
    add_db(p)
    p.add_argument("--once", action="store_true", required=True, help="one run, then exit")
    p.add_argument("--fhir-base", metavar="URL", help="another FHIR R4 server (default: <backend>/fhir/R4)")


kcli._EXTRA_PARSERS.append(_parsers)


@kcli.command("clinic-sync")
def _clinic_sync(args: argparse.Namespace) -> int:
    from kiosk.sync import config as cfg
    from offline_db.opening import open_store

    from .booking import undelivered_count
    from .sync import make_clinic_sync

    with open_store(kcli._db_path(args)) as store:
        try:
            sync = make_clinic_sync(store, base_url=args.fhir_base)
        except cfg.ConfigError as exc:
            raise kcli.UsageError(str(exc)) from None
        try:
            report = sync.run()
        finally:
            sync.client.close()
        left = undelivered_count(store)
    summary = (f"mode {report.mode}: created {report.created}, matched {report.matched}, refused {report.refused}, "
               f"cancelled {report.cancelled}, leased {report.leased}, pulled {sum(report.pulled.values())}, "
               f"changed by the clinic {report.clinic_changes}, "
               f"{left} left undelivered")
    if report.ok and not left:
        print(f"clinic sync done: {summary}")
        return 0
    print(f"main.py: clinic sync incomplete: {report.error or 'items left'} ({summary})", file=sys.stderr)
    return 1
