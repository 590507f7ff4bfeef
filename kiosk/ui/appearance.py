"""The visitor's language and look applied to the whole application: the translation catalogue,
the on-screen keyboard's layout, the theme and text size (restyled at most once per event-loop turn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from . import theme
from .i18n import Translations
from .session import SessionState


class Appearance(QObject):
    """Follows ``session``: a language switch installs that catalogue (LanguageChange then reaches
    every widget) and switches ``keyboard``; a contrast or text-size change restyles the app and
    then calls ``restyled``."""

    def __init__(self, session: SessionState, keyboard: Any, restyled: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keyboard = keyboard
        self._restyled = restyled
        app = QApplication.instance()
        theme.preload()  # a later contrast switch reads nothing from the disk
        self.translations = Translations(app)
        self.translations.set_language(session.language)
        self._look = (session.theme, session.font_scale)  # what the style sheet shows
        theme.apply(app, *self._look)
        # Restyling the whole application takes ~0.1-0.3 s with every screen built: taps on the
        # contrast and text-size buttons (and the wipe's reset of both) are applied once per turn
        # of the event loop, however many arrive together, so a burst of taps cannot queue up seconds of work.
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(0)
        self._restyle.timeout.connect(self._apply)

    def follow(self) -> None:
        """Start following the session's changes (the window calls it once its other parts listen)."""
        self.session.language_changed.connect(self._on_language)
        self.session.appearance_changed.connect(self._restyle.start)

    def _on_language(self, language: str) -> None:
        self.translations.set_language(language)
        if self.keyboard is not None:
            self.keyboard.set_language(language)

    def _apply(self) -> None:
        look = (self.session.theme, self.session.font_scale)
        if look != self._look:  # taps that cancel each other out cost nothing
            self._look = look
            theme.apply(QApplication.instance(), *look)
        self._restyled()

    def uninstall(self) -> None:
        self.translations.uninstall()
