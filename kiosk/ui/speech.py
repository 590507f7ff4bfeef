"""Read-aloud with Qt TextToSpeech, imported only when a citizen turns it on."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from .i18n import LOCALES
from .session import SessionState

log = logging.getLogger(__name__)


class Reader(QObject):
    """Speaks texts while the session's read-aloud is on.

    Signals:
        spoken(str): a text was handed to the speech engine.
    """

    spoken = Signal(str)

    def __init__(self, session: SessionState, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.engine_name = engine
        self._tts: Any = None
        session.read_aloud_changed.connect(self._on_toggle)
        session.language_changed.connect(self._set_locale)

    @property
    def engine(self) -> Any:
        """The QTextToSpeech object, created on first use."""
        if self._tts is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts = QTextToSpeech(self.engine_name, self) if self.engine_name else QTextToSpeech(self)
            self._set_locale(self.session.language)
        return self._tts

    def set_engine(self, name: str) -> None:
        if name != self.engine_name:
            self.engine_name = name
            if self._tts is not None:
                self._tts.stop()
                self._tts.deleteLater()
                self._tts = None

    def say(self, text: str, *, force: bool = False) -> None:
        """Speak ``text`` (stopping what is being said) if read-aloud is on, or ``force``: the
        visitor asked for it ("read this screen") or it is the hint on how to turn read-aloud on."""
        text = " ".join(text.split())
        if not (self.session.read_aloud or force) or not text:
            return
        tts = self.engine
        tts.stop()
        tts.say(text)
        self.spoken.emit(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_toggle(self, on: bool) -> None:
        if not on:
            self.stop()

    def _set_locale(self, language: str) -> None:
        if self._tts is None:
            return
        wanted = QLocale(LOCALES[language])
        if any(loc.language() == wanted.language() for loc in self._tts.availableLocales()):
            self._tts.setLocale(wanted)
        else:
            log.info("speech engine %r has no voice for %s", self.engine_name, language)
