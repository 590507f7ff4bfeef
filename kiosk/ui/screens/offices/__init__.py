"""Offices and opening hours (``screen.py``).  ``register`` adds the screen and its Home tile; the
screen's module is imported when the screen is first opened, not at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy


def register(registry: Registry) -> None:
    registry.register(ScreenSpec(
        "offices", lazy("kiosk.ui.screens.offices.screen", "OfficesScreen"),
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Offices and opening hours"), "⚑", 80),
    ))
