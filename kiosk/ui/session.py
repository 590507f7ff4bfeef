"""The citizen session's presentation state: language, font scale, contrast, read-aloud.

A non-widget service: screens and the shell listen to :attr:`SessionState.changed`; the idle
wipe calls :meth:`SessionState.reset`.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

LANGUAGES = ("ru", "en")
FONT_SCALES = (100, 150, 200)


class Defaults(NamedTuple):  # NamedTuple: cheaper to define than a dataclass at start-up
    """What a fresh citizen session starts with."""

    language: str = "ru"
    font_scale: int = 100
    high_contrast: bool = False
    read_aloud: bool = False


class SessionState(QObject):
    """Current language and accessibility choices of the citizen at the kiosk.

    Signals:
        language_changed(str): the new language code.
        appearance_changed(): font scale or contrast changed.
        read_aloud_changed(bool): read-aloud turned on or off.
    """

    language_changed = Signal(str)
    appearance_changed = Signal()
    read_aloud_changed = Signal(bool)

    def __init__(self, defaults: Defaults | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defaults = defaults or Defaults()
        self.language = self.defaults.language
        self.font_scale = self.defaults.font_scale
        self.high_contrast = self.defaults.high_contrast
        self.read_aloud = self.defaults.read_aloud

    @property
    def theme(self) -> str:
        return "contrast" if self.high_contrast else "normal"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "ru" else "ru")

    def set_font_scale(self, scale: int) -> None:
        if scale not in FONT_SCALES:
            raise ValueError(f"unsupported font scale {scale!r}")
        if scale != self.font_scale:
            self.font_scale = scale
            self.appearance_changed.emit()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self.appearance_changed.emit()

    def set_read_aloud(self, on: bool) -> None:
        if on != self.read_aloud:
            self.read_aloud = on
            self.read_aloud_changed.emit(on)

    def reset(self) -> None:
        """Back to the defaults (the idle wipe)."""
        self.set_language(self.defaults.language)
        self.set_font_scale(self.defaults.font_scale)
        self.set_high_contrast(self.defaults.high_contrast)
        self.set_read_aloud(self.defaults.read_aloud)
