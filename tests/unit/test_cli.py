"""The command line: one-line errors for user mistakes, --db before or after a subcommand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KIOSK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("args, fragment", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--size", "huge", "--windowed"], "WIDTHxHEIGHT"),
    (["--size", "1280x1024"], "--size needs --windowed"),
    (["settings", "idle_timeout_s", "5"], "idle_timeout_s: must be between"),
    (["settings", "idle_timeout_s", "soon"], "expected int"),
    (["settings", "no_such_key", "1"], "unknown setting"),
    (["no-such-command"], "invalid choice"),
])
def test_user_mistakes_get_one_line_and_exit_2(tmp_path: Path, args: list[str], fragment: str) -> None:
    result = run("--db", str(tmp_path / "k.sqlite3"), *args, home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("main.py: error:") and fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_db_option_before_or_after_subcommand(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    assert run("--db", str(db), "settings", "idle_timeout_s", "60", home=tmp_path).returncode == 0
    after = run("settings", "idle_timeout_s", "--db", str(db), home=tmp_path)
    assert after.returncode == 0 and json.loads(after.stdout) == 60
    # the default store (in KIOSK_HOME) was not touched
    default = run("settings", "idle_timeout_s", home=tmp_path)
    assert json.loads(default.stdout) == 90


def test_unopenable_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path), "settings", home=tmp_path)  # a directory
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1 and "local store unavailable" in result.stderr


def test_no_display_is_a_one_line_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["KIOSK_HOME"] = str(tmp_path)
    result = subprocess.run([sys.executable, "main.py", "--windowed"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "main.py: error: no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are not set); "
        "start it in the kiosk's graphical session, or use --screenshots DIR"]


def test_subcommand_table_matches_the_modules_that_add_them() -> None:
    import argparse
    import importlib

    from kiosk import cli

    for module, names in cli.EXTENSION_COMMANDS.items():
        importlib.import_module(module)
        assert {n for n, fn in cli.COMMANDS.items() if fn.__module__ == module} == set(names), module
    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli._CORE_COMMANDS).union(*cli.EXTENSION_COMMANDS.values())


def test_plain_start_parses_without_loading_the_subcommands() -> None:
    code = ("import sys, kiosk.cli as c\n"
            "a = c.parse_args(['--windowed', '--db', 'x.sqlite3', '--size', '800x600'])\n"
            "print(a.windowed, a.command, a.size, [m for m in sys.modules if m.endswith('.cli') and m != 'kiosk.cli'])\n"
            "b = c.parse_args(['--db', 'sync', '--windowed'])\n"  # a store file named like a subcommand
            "print(b.db, b.command, b.windowed)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["True None (800, 600) []", "sync None True"]


def test_quit_when_ready_exits_0_once_home_is_painted_and_the_worker_has_loaded_the_demo(tmp_path: Path) -> None:
    """``--quit-when-ready`` (what the start-up benchmark runs): one ``ready`` line after Home's first
    frame, exit status 0, and the jobs queued for the worker still run before the process ends, so a
    first start leaves the demo region in the store."""
    import sqlite3

    db = tmp_path / "kiosk.sqlite3"
    result = run("--db", str(db), "--windowed", "--quit-when-ready", home=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["ready"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM services").fetchone()[0] >= 120
        assert conn.execute("SELECT COUNT(*) FROM offices").fetchone()[0] >= 3
    again = run("--db", str(db), "--windowed", "--quit-when-ready", home=tmp_path)  # a normal start
    assert again.returncode == 0 and again.stdout.splitlines() == ["ready"]
    # The garbage collector paused for start-up is back on, with what start-up built frozen.
    shown = [line for line in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8").splitlines()
             if "Home on screen" in line]
    assert len(shown) == 2
    frozen = int(shown[-1].split("; ")[1].split()[0])
    assert frozen > 10_000


def test_the_garbage_collector_runs_for_subcommands_and_is_on_after_main(tmp_path: Path, monkeypatch) -> None:
    import gc

    from kiosk import cli

    monkeypatch.setenv("KIOSK_HOME", str(tmp_path))
    monkeypatch.setattr("kiosk.logsetup.setup_logging", lambda *a, **k: None)  # no handler left behind
    seen = []
    monkeypatch.setitem(cli.COMMANDS, "settings", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main(["--db", str(tmp_path / "k.sqlite3"), "settings"]) == 0
    assert seen == [True] and gc.isenabled()
    assert cli.main(["--bogus"]) == 2 and gc.isenabled()  # a usage error too
