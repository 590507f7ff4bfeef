"""Technician subcommands: ``configure``, ``sync``, ``status`` (registered into ``kiosk.cli``).

Exit codes: 0 done; 1 sync did not finish (something left undelivered, or an error; one line on
stderr says why); 2 a usage or configuration mistake; 3 an environment failure (store, files).
The token is never printed or logged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

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

    p = sub.add_parser("sync", help="deliver queued citizen actions and pull reference data")
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
    from offline_db.store import open_store

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
    print(f"sync configured: backend {url}, kiosk {kiosk_id}, token saved to {token_path}")
    return 0


@kcli.command("sync")
def _sync(args: argparse.Namespace) -> int:
    from offline_db.store import open_store

    from . import config as cfg
    from .core import make_engine

    with open_store(kcli._db_path(args)) as store:
        try:
            engine = make_engine(store)
        except cfg.ConfigError as exc:
            raise kcli.UsageError(str(exc)) from None
        try:
            if args.no_pull:
                engine.datasets = ()
            report = engine.run_until_done(max_tries=max(1, args.tries), deadline_s=args.deadline)
        finally:
            engine.client.close()
    summary = (f"accepted {report.accepted}, rejected {report.rejected}, conflict {report.conflict}, "
               f"pulled {sum(report.pulled.values())} changes, {report.remaining} left undelivered")
    if report.ok:
        print(f"sync done: {summary}")
        return 0
    reason = report.error or f"{report.remaining} items left undelivered"
    print(f"main.py: sync incomplete: {reason} ({summary})", file=sys.stderr)
    return EXIT_INCOMPLETE


@kcli.command("status")
def _status(args: argparse.Namespace) -> int:
    from offline_db.store import open_store

    from .core import status

    with open_store(kcli._db_path(args)) as store:
        info = status(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    o = info["outbox"]
    print(f"backend: {info['backend_url'] or 'not configured'}  kiosk: {info['kiosk_id'] or '-'}"
          f"{'  PAUSED' if info['paused'] else ''}")
    print("outbox: " + ", ".join(f"{k} {v}" for k, v in o.items()))
    for name, d in info["datasets"].items():
        print(f"pull {name}: last {d['last_pull_at'] or 'never'}{'  error: ' + d['last_error'] if d['last_error'] else ''}")
    print(f"last success: {info['last_success_at'] or 'never'}")
    if info["last_error"]:
        print(f"last error: {info['last_error']}")
    if info["alert"]:
        print(f"alert: {info['alert']}")
    return 0
