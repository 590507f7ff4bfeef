"""Schemathesis walks the backend's ``/openapi.json`` against the real process: the contract is exact.

Every operation the document lists (whatever routes it has) is called with generated requests in
all four phases — the schema's examples, coverage (boundary values, missing and wrong parts, methods
a path does not serve), fuzzing, and the stateful phase, which follows the document's links (push →
status, changes → next page, lease → book → read → cancel) — with a valid kiosk token, and every
answer goes through all of Schemathesis' checks: no 5xx, every status, media type, header and body
as declared, schema-valid requests accepted and invalid ones refused.  Where a status is the
contract's answer to a schema-valid request naming data the schema cannot know (an unknown slot, an
old cursor), ``schemathesis.toml`` beside this file says so.

Once with a fixed seed (reproducible), once with a random one and fewer examples (printed on failure:
``--seed N`` reproduces it).  The backend's clock is pinned, so the demo region's slots are the same
whatever the day the suite runs.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.e2e.backend_proc import BackendProcess, running_backend

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CONFIG = Path(__file__).with_name("schemathesis.toml")
PHASES = ("examples", "coverage", "fuzzing", "stateful")
FIXED_SEED = 20261207
NOW = dt.datetime(2026, 11, 16, 7, 0, tzinfo=dt.UTC)  # a Monday morning: the clinics' week ahead is bookable


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory):
    # Schemathesis sends hundreds of wrong tokens from one address on purpose (is a wrong token refused
    # with 401?); the token-guessing throttle would rightly answer 429 after 20 of them a minute, so it
    # is set out of reach here (tests/backend/test_backend_app.py tests the throttle itself).
    env = {"RB_AUTH_FAIL_LIMIT": "1000000"}
    with running_backend(tmp_path_factory.mktemp("contract") / "backend.db", reference="demo", now=NOW,
                         env=env) as backend:
        yield backend


def schemathesis(backend: BackendProcess, report_dir: Path, *options: str) -> tuple[int, str, list[dict]]:
    """``st run`` with all checks against ``backend``; its exit status, output and NDJSON events."""
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run",
               backend.url("/openapi.json"), "--checks", "all", "--phases", ",".join(PHASES),
               "--header", f"Authorization: Bearer {backend.token}", "--workers", "1",
               "--generation-database", "none", "--no-color", "--report", "ndjson",
               "--report-dir", str(report_dir), *options]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=report_dir)
    events = [json.loads(line) for path in report_dir.glob("*.ndjson") for line in path.read_text().splitlines()]
    return done.returncode, done.stdout + done.stderr, events


def check_run(backend: BackendProcess, report_dir: Path, *options: str) -> None:
    code, output, events = schemathesis(backend, report_dir, *options)
    assert code == 0, output[-20000:]
    loaded = next(e["LoadingFinished"] for e in events if "LoadingFinished" in e)["statistic"]
    doc = requests.get(backend.url("/openapi.json"), timeout=10).json()
    operations = [op for item in doc["paths"].values() for op in item.values()]
    links = [link for op in operations for response in op["responses"].values() for link in response.get("links", {})]
    assert loaded["operations"]["selected"] == loaded["operations"]["total"] == len(operations)
    assert loaded["transitions"]["selected"] >= len(links) >= 5  # the stateful phase follows the declared links
    finished = {e["PhaseFinished"]["phase"]["name"]: e["PhaseFinished"]["status"]
                for e in events if "PhaseFinished" in e}
    assert {phase: finished.get(phase) for phase in PHASES} == dict.fromkeys(PHASES, "success"), output[-5000:]


def test_the_contract_holds_for_a_fixed_seed(served, tmp_path):
    check_run(served, tmp_path, "--seed", str(FIXED_SEED), "--max-examples", "10")


def test_the_contract_holds_for_a_random_seed(served, tmp_path):
    seed = random.SystemRandom().randrange(2**32)
    print(f"schemathesis seed {seed}")
    check_run(served, tmp_path, "--seed", str(seed), "--max-examples", "4")
