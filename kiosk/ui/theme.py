"""Themes (normal, high contrast) and font scale, applied as one application style sheet.

The colours live in ``resources/styles/<theme>.qss``; font sizes are ``@FS_*@`` tokens scaled here,
so 200 % doubles every text while layouts reflow around it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .. import paths

THEMES = ("normal", "contrast")
BASE_FONT_PX = {"SMALL": 22, "BODY": 24, "BUTTON": 26, "HEADING": 30, "TILE": 30, "TITLE": 38,
                "ICON": 56, "HUGE": 72}
FONT_FAMILY = "DejaVu Sans"


@cache
def _template(theme: str) -> str:
    return (paths.styles_dir() / f"{theme}.qss").read_text(encoding="utf-8")


def preload() -> None:
    """Read every theme's style sheet now (at start-up), so that a visitor switching the contrast
    later does not wait for the disk on the GUI thread."""
    for theme in THEMES:
        _template(theme)


def style_sheet(theme: str, scale: int) -> str:
    """The style sheet of ``theme`` with fonts at ``scale`` percent."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    text = _template(theme)
    for name, px in BASE_FONT_PX.items():
        text = text.replace(f"@FS_{name}@", str(round(px * scale / 100)))
    return text


def apply(app: QApplication, theme: str, scale: int) -> None:
    """Restyle the whole application."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(BASE_FONT_PX["BODY"] * scale / 100))
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, scale))
