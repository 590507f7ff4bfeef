"""Which screens exist, which of them have a Home tile, and how to screenshot them.

Each screen module has ``register(registry)``; :data:`SCREEN_MODULES` lists the modules, so a
later feature adds its module name there.  Register a tile only for a screen that works: no tile
may lead to a dead end.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from ..context import ScreenContext
from .base import Screen

SCREEN_MODULES = (
    "kiosk.ui.screens.home",
    "kiosk.ui.screens.offices",
    "kiosk.ui.screens.accessibility",
    "kiosk.ui.screens.services",
    "kiosk.ui.screens.meters",
    "kiosk.ui.screens.clinic",
    "kiosk.ui.console",  # staff screens: no tile; shown only in a console session (kiosk mode)
)

ScreenshotState = Callable[[Screen], None]


def lazy(module: str, name: str) -> Callable[[ScreenContext], Screen]:
    """A screen factory that imports ``module`` when the screen is first built, so start-up pays
    only for Home (the kiosk is interactive sooner; other screens load on first use)."""

    def factory(ctx: ScreenContext) -> Screen:
        return getattr(importlib.import_module(module), name)(ctx)

    factory.__qualname__ = f"lazy({module}.{name})"
    return factory


# NamedTuples rather than dataclasses: this module loads at every start, and a dataclass takes
# ~1.5 ms to define.
class TileSpec(NamedTuple):
    caption: Callable[[], str]  # returns the translated caption
    icon: str = ""              # a glyph (DejaVu Sans has it)
    order: int = 100


class ScreenSpec(NamedTuple):
    screen_id: str
    factory: Callable[[ScreenContext], Screen]
    tile: TileSpec | None = None
    # (file-name suffix, function putting the screen into a state worth a screenshot)
    screenshot_states: tuple[tuple[str, ScreenshotState | None], ...] = (("", None),)


class Registry:
    """The screens this build of the kiosk offers."""

    def __init__(self) -> None:
        self._specs: dict[str, ScreenSpec] = {}

    def register(self, spec: ScreenSpec) -> None:
        if spec.screen_id in self._specs:
            raise ValueError(f"screen {spec.screen_id!r} is registered twice")
        self._specs[spec.screen_id] = spec

    def get(self, screen_id: str) -> ScreenSpec:
        return self._specs[screen_id]

    def specs(self) -> list[ScreenSpec]:
        return list(self._specs.values())

    def tiles(self) -> list[ScreenSpec]:
        with_tile = [s for s in self._specs.values() if s.tile is not None]
        return sorted(with_tile, key=lambda s: (s.tile.order, s.screen_id))  # type: ignore[union-attr]


def default_registry(modules: tuple[str, ...] = SCREEN_MODULES) -> Registry:
    registry = Registry()
    for name in modules:
        importlib.import_module(name).register(registry)
    return registry
