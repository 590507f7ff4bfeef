"""Technician subcommands: ``configure``, ``sync``, ``status`` (registered into ``kiosk.cli``).

Exit codes: 0 done; 1 sync did not finish (something left undelivered, or an error; one line on
stderr says why); 2 a usage or configuration mistake; 3 an environment failure (store, files).
The token is never printed or logged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk import cli as kcli

EXIT_INCOMPLETE = 1


def _parsers(sub: argparse._SubParsersAction, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("configure", help="set the regional backend, kiosk id and token for sync")
    add_db(p)
    p.add_argument("--backend", required=True, metavar="URL", help="https://host[:port] of the regional backend")
    p.add_argument("--kiosk-id", required=True, metavar="ID")
    p.add_argument("--token-file", required=True, type=Path, metavar="FILE",
                   help="file holding the token printed by 'regional_backend add-kiosk'")
    p.add_argument("--ca-bundle", type=Path, metavar="FILE", help="extra CA certificates (PEM) to trust")
    p.add_argument("--proxy", metavar="URL", help="HTTP(S) proxy, e.g. http://proxy:3128")
    p.add_argument("--interval", type=int, metavar="S", help="seconds between automatic syncs")

    p = sub.add_parser("sync", help="deliver queued citizen actions and clinic bookings, pull reference and clinic data")
    add_db(p)
    p.add_argument("--once", action="store_true", required=True, help="one sync, then exit")
    p.add_argument("--tries", type=int, default=4, metavar="N", help="tries on temporary failures (default 4)")
    p.add_argument("--deadline", type=float, default=120.0, metavar="S", help="give up after S seconds")
    p.add_argument("--no-pull", action="store_true", help="deliver only")

    p = sub.add_parser("status", help="outbox counts, last pull per dataset, last error")
    add_db(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")


kcli._EXTRA_PARSERS.append(_parsers)


@kcli.command("configure")
def _configure(args: argparse.Namespace) -> int:
    from kiosk import paths
    from kiosk import settings as ks
    from offline_db.opening import open_store

    from . import config as cfg

    try:
        url = cfg.check_backend_url(args.backend)
        proxy = cfg.check_proxy_url(args.proxy) if args.proxy else None
        token = cfg.read_token(args.token_file)
        ca = None
        if args.ca_bundle:
            if not args.ca_bundle.is_file():
                raise cfg.ConfigError(f"CA bundle {args.ca_bundle} does not exist")
            ca = str(args.ca_bundle.resolve())
        kiosk_id = args.kiosk_id.strip()
        if not kiosk_id or len(kiosk_id) > 64 or not kiosk_id.isprintable() or " " in kiosk_id:
            raise cfg.ConfigError("kiosk id must be 1-64 characters without spaces")
        interval = None
        if args.interval is not None:
            interval = ks.SETTINGS["sync_interval_s"].validate(args.interval)
    except cfg.ConfigError as exc:
        raise kcli.UsageError(str(exc)) from None
    with open_store(kcli._db_path(args)) as store:
        token_path = cfg.write_token(paths.data_dir(), kiosk_id, token)
        ks.put(store, "kiosk_id", kiosk_id)
        store.set_setting(cfg.K_URL, url)
        store.set_setting(cfg.K_TOKEN_FILE, str(token_path))
        store.set_setting(cfg.K_CA, ca)
        store.set_setting(cfg.K_PROXY, proxy)
        if interval is not None:
            ks.put(store, "sync_interval_s", interval)
        store.set_setting(cfg.K_PAUSED, False)
        store.delete_setting(cfg.K_ALERT)
        store.audit("technician", "sync.configure", kiosk_id, url)
        from kiosk.console.pins import has_pin

        no_technician = not has_pin(store, "technician")
    print(f"sync configured: backend {url}, kiosk {kiosk_id}, token saved to {token_path}")
    if no_technician:
        print("no technician PIN is set yet: set it with 'main.py set-pin --role technician', or print a "
              "one-time code to set it at the screen with 'main.py setup-code'", file=sys.stderr)
    return 0


@kcli.command("sync")
def _sync(args: argparse.Namespace) -> int:
    from offline_db.opening import open_store

    from . import config as cfg
    from .core import make_engine

    started = time.monotonic()
    with open_store(kcli._db_path(args)) as store:
        try:
            engine = make_engine(store)
        except cfg.ConfigError as exc:
            raise kcli.UsageError(str(exc)) from None
        try:
            if args.no_pull:
                engine.datasets = ()
            report = engine.run_until_done(max_tries=max(1, args.tries),
                                           deadline_s=args.deadline - (time.monotonic() - started))
        finally:
            engine.client.close()
        clinic = None if report.paused else _clinic_sync(store, engine, args, started)
    summary = (f"accepted {report.accepted}, rejected {report.rejected}, conflict {report.conflict}, "
               f"pulled {sum(report.pulled.values())} changes, {report.remaining} left undelivered")
    if clinic is not None:
        summary += f"; {clinic[1]}"
    clinic_error = clinic[0] if clinic is not None else None
    if report.ok and not clinic_error:
        print(f"sync done: {summary}")
        return 0
    reason = report.error or clinic_error or f"{report.remaining} items left undelivered"
    print(f"main.py: sync incomplete: {reason} ({summary})", file=sys.stderr)
    return EXIT_INCOMPLETE


def _clinic_sync(store: Any, engine: Any, args: argparse.Namespace, started: float) -> tuple[str | None, str] | None:
    """The clinic connector's run after the outbox (the same as the GUI's sync service does):
    ``None`` when no FHIR base is configured, else (error or None, summary).  Transient failures
    are tried again with back-off within ``--tries`` and ``--deadline``."""
    from kiosk.clinic.booking import undelivered_count
    from kiosk.clinic.sync import background_clinic_sync, run_in_background

    sync = background_clinic_sync(store)
    if sync is None:
        return None
    try:
        with sync.client.transport.run_until(started + args.deadline):  # --deadline holds inside requests
            for attempt in range(max(1, args.tries)):
                result = run_in_background(store, sync, pull=not args.no_pull)
                if result.ok or not result.transient or attempt == max(1, args.tries) - 1:
                    break
                wait = engine.backoff.delay(attempt, None)
                if time.monotonic() - started + wait > args.deadline:
                    break
                time.sleep(wait)
    finally:
        sync.client.close()
    left = undelivered_count(store)
    summary = (f"clinic ({result.mode}): booked {result.created + result.matched}, refused {result.refused}, "
               f"cancelled {result.cancelled}, pulled {sum(result.pulled.values())}, {left} left undelivered")
    error = f"clinic: {result.error}" if result.error else (f"clinic: {left} left undelivered" if left else None)
    return error, summary


@kcli.command("status")
def _status(args: argparse.Namespace) -> int:
    from offline_db.opening import open_store
    from offline_db.salvage import summary
    from offline_db.store import StoreDamaged

    from .core import status

    try:
        with open_store(kcli._db_path(args), repair=False) as store:
            info = status(store)
    except StoreDamaged as exc:  # read-only: report, change nothing
        if args.json:
            print(json.dumps({"store": {"damaged": True, "path": str(exc.path), "reason": exc.reason,
                                        "changed": False}}, ensure_ascii=False, indent=2))
        raise
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    o = info["outbox"]
    print(f"backend: {info['backend_url'] or 'not configured'}  kiosk: {info['kiosk_id'] or '-'}"
          f"{'  PAUSED' if info['paused'] else ''}")
    print("outbox: " + ", ".join(f"{k} {v}" for k, v in o.items()))
    if info.get("clinic_undelivered"):
        print(f"clinic: {info['clinic_undelivered']} bookings or cancels waiting to be sent")
    for name, d in info["datasets"].items():
        held = f"  quarantined: {d['quarantined']} row(s) not applied" if d.get("quarantined") else ""
        print(f"pull {name}: last {d['last_pull_at'] or 'never'}{held}"
              f"{'  error: ' + d['last_error'] if d['last_error'] else ''}")
    print(f"last success: {info['last_success_at'] or 'never'}")
    if info["last_error"]:
        print(f"last error: {info['last_error']}")
    if info["alert"]:
        print(f"alert: {info['alert']}")
    recovery = info["store_recovery"]
    if recovery:
        print(f"store recovered: {recovery['at']} from a damaged file, kept as {recovery['damaged_file']}: "
              f"{summary(recovery)}")
    return 0
