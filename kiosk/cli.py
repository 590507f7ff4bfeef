"""Command line of ``main.py``: the kiosk itself and the technician's subcommands.

``--db PATH`` is accepted before or after any subcommand.  Wrong options or settings give a
one-line error and exit status 2; nothing here prints a traceback for a user mistake.
Heavy modules (Qt) are imported only by the commands that need them, to keep start-up fast.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import UsageError

EXIT_USAGE = 2
EXIT_ENV = 3
DAMAGED_HELP = ("Commands that only read (status, integrity, audit, settings, backup, diagnostics) leave a "
                "damaged store as it is. Start the kiosk, or run 'main.py sync --once', to salvage what can "
                "be read into a fresh store (the damaged file is kept beside it); see 'Damaged store' in README.md.")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UsageError(message)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1920x1080, got {text!r}") from None
    if not (320 <= w <= 7680 and 320 <= h <= 7680):
        raise argparse.ArgumentTypeError(f"window size {text} is out of range")
    return w, h


def _add_db(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH",
                        default=None if top else argparse.SUPPRESS,
                        help="local store file (default: kiosk.sqlite3 in the user data directory)")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    def register(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = fn
        return fn

    return register


def build_parser(*, subcommands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``subcommands=False`` gives only the kiosk's own options (the
    technician's subcommand parsers take ~9 ms to build, which starting the kiosk need not pay)."""
    parser = _Parser(prog="main.py", description="MFC citizen-services kiosk")
    _add_db(parser, top=True)
    parser.add_argument("--windowed", action="store_true", help="a normal window instead of kiosk mode")
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size with --windowed")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="render every screen (RU/EN, normal/contrast) to PNG files in DIR and exit")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="exit 0 as soon as the home screen is shown and interactive")
    parser.add_argument("--no-demo", action="store_true", help="do not load the demo region into an empty store")
    if not subcommands:
        parser.set_defaults(command=None)
        return parser
    _load_extensions()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("settings", help="list settings, or set one: settings KEY VALUE")
    _add_db(p, top=False)
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")

    p = sub.add_parser("load-demo", help="load the bundled demo region into an empty store")
    _add_db(p, top=False)

    for hook in _EXTRA_PARSERS:
        hook(sub, lambda p: _add_db(p, top=False))
    return parser


# Later features (sync, consoles) register their subcommands here: fn(subparsers, add_db).
_EXTRA_PARSERS: list[Callable[[argparse._SubParsersAction, Callable[[argparse.ArgumentParser], None]], None]] = []


def _db_path(args: argparse.Namespace) -> Path:
    from . import paths

    return args.db if args.db is not None else paths.default_db_path()


@command("settings")
def _cmd_settings(args: argparse.Namespace) -> int:
    import json

    from offline_db.opening import open_store

    from . import settings

    with open_store(_db_path(args), repair=args.value is not None) as store:  # reading repairs nothing
        if args.key is None:
            for key, setting in settings.SETTINGS.items():
                print(f"{key} = {json.dumps(settings.get(store, key), ensure_ascii=False)}"
                      f"    # {setting.description}")
            return 0
        if args.value is None:
            print(json.dumps(settings.get(store, args.key), ensure_ascii=False))
            return 0
        settings.put(store, args.key, settings.parse_cli_value(args.key, args.value))
    return 0


@command("load-demo")
def _cmd_load_demo(args: argparse.Namespace) -> int:
    import json

    from offline_db.demo import load_demo_region
    from offline_db.opening import open_store

    with open_store(_db_path(args)) as store:
        if not store.is_empty():
            raise UsageError("the store already holds reference data; the demo region loads only into an empty store")
        counts = load_demo_region(store)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


# The subcommands later features add, by the module that adds them (importing it registers the
# parser and the command).  Named here so that a plain start of the kiosk, which names none of
# them, imports none of those modules; tests/unit/test_cli.py checks this table against them.
EXTENSION_COMMANDS = {
    "kiosk.sync.cli": ("configure", "status", "sync"),
    "kiosk.console.cli": ("audit", "backup", "diagnostics", "integrity", "restore", "set-pin", "setup-code"),
    "kiosk.clinic.cli": ("clinic-sync",),
}
_CORE_COMMANDS = ("settings", "load-demo")


def _names_a_subcommand(argv: Sequence[str]) -> bool:
    """Whether any word could be a subcommand (or asks for help): then the whole parser is needed."""
    words = {*_CORE_COMMANDS, "-h", "--help"}.union(*EXTENSION_COMMANDS.values())
    return any(arg in words for arg in argv)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the command line.  A plain start of the kiosk uses the small parser; anything else,
    and any mistake (so the message lists the subcommands), goes through the whole one."""
    if not _names_a_subcommand(argv):
        try:
            return build_parser(subcommands=False).parse_args(argv)
        except UsageError:
            pass
    return build_parser().parse_args(argv)


def _load_extensions() -> None:
    """Import modules that add subcommands (they append to ``_EXTRA_PARSERS``/``COMMANDS``)."""
    import importlib

    for name in ("kiosk.sync.cli", "kiosk.console.cli", "kiosk.clinic.cli"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a feature not installed in this build
            if exc.name is None or not name.startswith(exc.name):
                raise


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up builds ~34,000 objects that live as long as the kiosk and almost no garbage (94
    # unreachable objects at Home's first frame): the cyclic collector's ~40 passes over them
    # found nothing and cost ~7 ms.  It is paused until the first frame, which then freezes the
    # start-up objects (gc.freeze) so later collections skip them too; a subcommand gets it back
    # at once.
    started = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()
    argv = list(sys.argv[1:] if argv is None else argv)
    from mfc_files.private_files import restrict_umask

    restrict_umask()  # whatever this process or a library creates is the owner's only
    from .settings import SettingError

    try:
        args = parse_args(argv)
        from . import logsetup

        logsetup.setup_logging()
        if args.command:
            if collecting:
                gc.enable()
            return COMMANDS[args.command](args)
        if args.size and not args.windowed and not args.screenshots:
            raise UsageError("--size needs --windowed")
        from .ui.app import run_gui

        return run_gui(args, _db_path(args), collect_garbage=collecting, started=started)
    except (UsageError, SettingError) as exc:
        print(f"main.py: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"main.py: error: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''})", file=sys.stderr)
        return EXIT_ENV
    except Exception as exc:  # noqa: BLE001 - a store failure the user must see in one line
        from offline_db.store import StoreDamaged, StoreError

        if isinstance(exc, StoreDamaged):
            print(f"main.py: error: {exc}; nothing was changed.\n{DAMAGED_HELP}", file=sys.stderr)
            return EXIT_ENV
        if isinstance(exc, StoreError):
            print(f"main.py: error: local store unavailable: {exc}", file=sys.stderr)
            return EXIT_ENV
        raise
    finally:
        if collecting:
            gc.enable()
