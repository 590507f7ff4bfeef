"""Accessibility for this session: text size, high contrast, read-aloud (``screen.py``).
``register`` adds the screen and its Home tile; the screen's module is imported when the screen
is first opened, not at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..registry import Registry, ScreenSpec, TileSpec, lazy


def register(registry: Registry) -> None:
    registry.register(ScreenSpec(
        "accessibility", lazy("kiosk.ui.screens.accessibility.screen", "AccessibilityScreen"),
        tile=TileSpec(lambda: QCoreApplication.translate("Tiles", "Large text, contrast and read aloud"),
                      "♿", 900),
    ))
