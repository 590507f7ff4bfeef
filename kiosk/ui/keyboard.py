"""The on-screen keyboard (Qt Virtual Keyboard): where it is shown, and its RU or EN layout.

Under X the keyboard is a separate Qt Quick window of its own (Qt's "desktop" integration).  A
Wayland client cannot place a window, and the kiosk compositor (cage) gives every new window the
whole screen and the focus, which hides the keyboard at once: there the kiosk sets
``QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1`` (:data:`EMBED_ENV`) and :class:`KeyboardPanel` shows the
keyboard inside the kiosk window, below the screen, while a text field wants it.

Either way the layout language is the ``VirtualKeyboardSettings`` singleton of the keyboard's
QML engine, which otherwise starts from the system locale (often not Russian on a kiosk image).
:class:`KeyboardLanguage` sets ``activeLocales`` (RU and EN only) and ``locale`` on that engine
whenever the language changes, and once more when the keyboard first appears.

A field for Latin text (an address, a token, a file path: input method hints
``ImhLatinOnly``/``ImhUrlCharactersOnly``/``ImhEmailCharactersOnly``, :data:`LATIN_HINTS`) gets
the English layout whatever the session language: Qt Virtual Keyboard itself only switches its
input mode to Latin for such hints and keeps showing the Russian keys.
"""

from __future__ import annotations

import logging
import os
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

EMBED_ENV = "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"  # Qt Virtual Keyboard's own switch
LOCALES = {"ru": "ru_RU", "en": "en_US"}
LATIN_HINTS = (Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhUrlCharactersOnly
               | Qt.InputMethodHint.ImhEmailCharactersOnly)
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


def embedded() -> bool:
    """Whether the keyboard is shown inside the kiosk window (no keyboard window of its own)."""
    return os.environ.get(EMBED_ENV) == "1"


def wants_latin(widget: QWidget) -> bool:
    """Whether a field takes Latin text only (its input method hints, :data:`LATIN_HINTS`)."""
    return bool(widget.inputMethodHints() & LATIN_HINTS)


def keyboard_views() -> list:
    """The virtual keyboard's own Qt Quick windows (none until a text field first had focus)."""
    from PySide6.QtQuick import QQuickView

    return [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickView) and w.engine() is not None]


def apply_locale(language: str, views: list | None = None) -> int:
    """Set the keyboard layout language on every keyboard view (``keyboard_views()`` by default,
    or the given views: anything with ``engine()`` and ``source()``); returns how many were set."""
    from PySide6.QtQml import QQmlComponent

    done = 0
    for view in keyboard_views() if views is None else views:
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


class KeyboardPanel(QWidget):
    """The keyboard inside the kiosk window: shown while a text field wants it, hidden otherwise.

    It takes no focus, so a touch on a key leaves the focus (and the typed text) in the field.
    Its Qt Quick widget is part of the window from the start (one added to a window already on
    screen makes Qt create that window again); the keyboard in it is loaded by :meth:`load`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtQuickWidgets import QQuickWidget
        from PySide6.QtWidgets import QVBoxLayout

        super().__init__(parent)
        self.setObjectName("KeyboardPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick = QQuickWidget(self)
        self.quick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quick.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quick)
        self._panel: Any = None  # the InputPanel item, once loaded
        self.hide()
        QGuiApplication.inputMethod().visibleChanged.connect(self._sync)

    def views(self) -> list:
        return [self.quick] if self._panel is not None else []

    def load(self) -> None:
        """Load the keyboard (once).  The kiosk does it as soon as Home is on screen: loading moves
        the focus through the keyboard's scene for a moment, which would hide a keyboard a text
        field had just asked for."""
        if self._panel is not None:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtQuick import QQuickItem

        from kiosk import paths

        self.quick.setSource(QUrl.fromLocalFile(str(paths.qml_dir() / "keyboard_panel.qml")))
        root = self.quick.rootObject()
        panel = root.findChild(QQuickItem, "inputPanel") if root is not None else None
        if panel is None:
            log.warning("the on-screen keyboard could not be loaded: %s",
                        "; ".join(e.toString() for e in self.quick.errors()))
            return
        self._panel = panel
        panel.heightChanged.connect(self._sync)
        panel.activeChanged.connect(self._sync)

    def _sync(self) -> None:
        """Show the panel, at the keyboard's height, while the keyboard is wanted."""
        wanted = QGuiApplication.inputMethod().isVisible()
        if wanted and self._panel is None:
            self.load()
        if self._panel is None or not shiboken6.isValid(self._panel):  # gone at the application's end
            return
        if self._panel.property("active"):
            # The keyboard's height follows its width, which the window's layout gives the panel
            # once it is shown; the height then comes back through heightChanged.  Never 0 high:
            # a QQuickWidget resized to nothing stops rendering for good.
            self.setFixedHeight(max(1, int(self._panel.height())))
            self.show()
        else:
            self.hide()


class KeyboardLanguage(QObject):
    """Keeps the keyboard's layout on the session language (active only with the keyboard).

    With the embedded keyboard it also owns the :class:`KeyboardPanel` (``panel``), which the
    kiosk window puts at its bottom.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.latin = False  # the focused field takes Latin text only: the English layout
        self._applied_to: set[int] = set()
        self._applied_language = ""
        self.panel = KeyboardPanel() if embedded() else None
        QGuiApplication.inputMethod().visibleChanged.connect(self._apply)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusObjectChanged.connect(self._on_focus)

    def views(self) -> list:
        return self.panel.views() if self.panel is not None else keyboard_views()

    def preload(self) -> None:
        """Load the embedded keyboard now (after start-up) rather than at the first text field."""
        if self.panel is not None:
            self.panel.load()

    def layout_language(self) -> str:
        """The layout to show: English for a Latin-only field, else the session's language."""
        return "en" if self.latin else self.language

    def set_language(self, language: str) -> None:
        self.language = language
        self._applied_to.clear()
        self._apply()

    def _on_focus(self, focused: object) -> None:
        if isinstance(focused, QWidget):  # the keyboard's own Qt Quick items do not count
            self.latin = wants_latin(focused)
            self._apply()

    def _apply(self) -> None:
        wanted, views = self.layout_language(), self.views()
        if wanted == self._applied_language and all(id(v) in self._applied_to for v in views):
            return
        if apply_locale(wanted, views):
            self._applied_to, self._applied_language = {id(v) for v in views}, wanted


class KeyboardRoom(QObject):
    """Under X the keyboard is a window of its own over the bottom of the screen: while it is up,
    the kiosk window's content (the screen *and* the navigation bar, the only way back) moves up
    above it, and the field being typed into is scrolled into view.  The embedded keyboard
    (:class:`KeyboardPanel`) has its own place in the window's layout and needs none of this.

    ``QInputMethod.keyboardRectangle`` is where the keyboard is on the screen.
    """

    def __init__(self, window: QWidget, layout: Any) -> None:
        super().__init__(window)
        self.window = window
        self.layout = layout
        self.covered = 0  # px of the window's bottom the keyboard lies over
        im = QGuiApplication.inputMethod()
        im.keyboardRectangleChanged.connect(self.update)
        im.visibleChanged.connect(self.update)

    def update(self) -> None:
        from PySide6.QtCore import QTimer

        im = QGuiApplication.inputMethod()
        rect = im.keyboardRectangle().toRect() if im.isVisible() else None
        covered = 0
        if rect is not None and not rect.isEmpty():
            height = self.window.height()
            covered = max(0, min(height, height - self.window.mapFromGlobal(rect.topLeft()).y()))
        if covered == self.covered:
            return
        self.covered = covered
        self.layout.setContentsMargins(0, 0, 0, covered)
        if covered:
            QTimer.singleShot(0, self, self.show_focused)

    def show_focused(self) -> None:
        """Scroll the focused field (inside the window) into the room left above the keyboard."""
        from PySide6.QtWidgets import QApplication, QScrollArea

        focused = QApplication.focusWidget()
        if focused is None or not self.window.isAncestorOf(focused):
            return
        from PySide6.QtCore import QCoreApplication, QEvent

        self.layout.activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the page's new, lower height
        parent = focused.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.window.isAncestorOf(parent):
            _scroll_into_view(parent, focused, 24)


def _scroll_into_view(page: Any, widget: QWidget, margin: int) -> None:
    """Scroll ``page`` (a QScrollArea) the least that shows all of ``widget`` with ``margin`` around
    it (``ensureWidgetVisible`` measured the viewport before it had shrunk)."""
    from PySide6.QtCore import QPoint

    bar = page.verticalScrollBar()
    top = widget.mapTo(page.widget(), QPoint(0, 0)).y()
    bottom, height = top + widget.height(), page.viewport().height()
    if bottom + margin > bar.value() + height:
        bar.setValue(min(bar.maximum(), bottom + margin - height))
    if top - margin < bar.value():
        bar.setValue(max(0, top - margin))
