"""Shared fixtures for end-to-end tests against real processes.

``backend``: a running reference backend (sample region, kiosk ``kiosk-e2e`` enrolled);
``backend_with_faults``: the same with the test fault hooks on (``RB_FAULTS=1``);
``backend_factory``: start more, each ``backend_factory(name, **running_backend options)``.
All are stopped at the end of the test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.backend_proc import BackendProcess, running_backend


@pytest.fixture
def backend_factory(tmp_path: Path) -> Iterator[Callable[..., BackendProcess]]:
    with contextlib.ExitStack() as stack:
        def start(name: str = "backend", **options: Any) -> BackendProcess:
            return stack.enter_context(running_backend(tmp_path / f"{name}.db", **options))

        yield start


@pytest.fixture
def backend(backend_factory: Callable[..., BackendProcess]) -> BackendProcess:
    return backend_factory("backend")


@pytest.fixture
def backend_with_faults(backend_factory: Callable[..., BackendProcess]) -> BackendProcess:
    return backend_factory("backend-faults", faults=True)
