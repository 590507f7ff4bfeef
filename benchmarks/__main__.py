"""Run the benchmarks and print one JSON line per figure (see ``benchmarks/__init__.py``)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from . import SUITES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("only", nargs="*", help="suite names (e.g. startup); default: all")
    args = parser.parse_args(argv)
    failed = False
    for suite in SUITES:
        short = suite.rsplit(".", 1)[-1]
        if args.only and short not in args.only:
            continue
        module = importlib.import_module(suite)
        for figure in module.run():
            print(json.dumps(figure, ensure_ascii=False), flush=True)
            failed |= figure.get("met") is False
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
