"""The on-screen keyboard (Qt Virtual Keyboard) follows the kiosk's language: RU or EN layout.

In a widget application the keyboard is a separate Qt Quick window with its own QML engine; its
layout language is the ``VirtualKeyboardSettings`` singleton of that engine, which otherwise
starts from the system locale (often not Russian on a kiosk image).  :class:`KeyboardLanguage`
sets ``activeLocales`` (RU and EN only) and ``locale`` on that engine whenever the language
changes, and once more when the keyboard window first appears.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

LOCALES = {"ru": "ru_RU", "en": "en_US"}
_QML = """
import QtQuick
import QtQuick.VirtualKeyboard.Settings
QtObject {
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["ru_RU", "en_US"]
        VirtualKeyboardSettings.locale = "%s"
    }
}
"""


def keyboard_views() -> list:
    """The virtual keyboard's Qt Quick windows (none until a text field first had focus)."""
    from PySide6.QtQuick import QQuickView

    return [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickView) and w.engine() is not None]


def apply_locale(language: str) -> int:
    """Set the keyboard layout language on every keyboard window; returns how many were set."""
    from PySide6.QtQml import QQmlComponent

    done = 0
    for view in keyboard_views():
        component = QQmlComponent(view.engine())
        component.setData((_QML % LOCALES[language]).encode(), view.source())
        obj = component.create()
        if obj is None:
            log.warning("the on-screen keyboard's language could not be set: %s",
                        "; ".join(e.toString() for e in component.errors()))
            continue
        obj.deleteLater()
        done += 1
    return done


class KeyboardLanguage(QObject):
    """Keeps the keyboard's layout on the session language (active only with the keyboard)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._applied_to: set[int] = set()
        QGuiApplication.inputMethod().visibleChanged.connect(self._on_visible)

    def set_language(self, language: str) -> None:
        self.language = language
        self._applied_to.clear()
        if apply_locale(language):
            self._applied_to = {id(v) for v in keyboard_views()}

    def _on_visible(self) -> None:
        views = keyboard_views()
        if any(id(v) not in self._applied_to for v in views) and apply_locale(self.language):
            self._applied_to = {id(v) for v in views}
