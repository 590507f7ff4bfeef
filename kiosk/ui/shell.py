"""The kiosk window: top bar, the current screen, bottom bar, idle wipe and read-aloud."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QStackedWidget, QVBoxLayout, QWidget

from kiosk.window_config import read_kiosk_config

from .appearance import Appearance
from .context import ScreenContext, StoreStatus
from .focus import FocusKeeper
from .idle import IdleOverlay, IdleWatcher
from .input_watch import InputWatch
from .printing import PrinterNotice, PrintService
from .read_aloud import ReadAloud
from .screens.base import Screen
from .screens.registry import Registry
from .session import SessionState
from .shell_bars import build_bottom_bar, build_top_bar, fit_status, retranslate_buttons, show_status
from .speech import Reader
from .tasks import TaskRunner
from .text_field import KioskLineEdit, clear_clipboard

log = logging.getLogger(__name__)

HOME = "home"


class KioskWindow(QWidget):
    """The one top-level window.  In kiosk mode a citizen cannot close or leave it.

    Signals:
        screen_changed(str): the id of the screen now shown.
        session_wiped(): the idle wipe finished.
        first_frame(): the window has painted for the first time (start-up: Home is on screen).
    """

    screen_changed = Signal(str)
    session_wiped = Signal()
    first_frame = Signal()

    def __init__(self, tasks: TaskRunner, registry: Registry, *, kiosk_mode: bool = True,
                 session: SessionState | None = None, idle_timeout_ms: int | None = None,
                 idle_warning_s: int | None = None, idle_tick_ms: int = 1000, tts_engine: str | None = None,
                 console_idle_ms: int | None = None, console_hold_ms: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.kiosk_mode = kiosk_mode
        self.tasks = tasks
        self.registry = registry
        self.session = session or SessionState(parent=self)
        self.status = StoreStatus(self)
        self.printing = PrintService(tasks, self)
        self.printer_notice = PrinterNotice(self.printing, self)  # the printer cannot print: told before a flow
        self.ctx = ScreenContext(tasks, self.session, self, self.status, registry, printing=self.printing)
        self.screens: dict[str, Screen] = {}
        self.history: list[str] = []
        self.current_id = ""
        self.leaving_to = ""  # where the last Back/Home/go wanted to go (``_asks_first``)
        self._overrides = {"idle_timeout_ms": idle_timeout_ms, "idle_warning_s": idle_warning_s,
                           "tts_engine": tts_engine}
        self._speak_focus = True
        self.painted = False
        self._sync_status: dict[str, Any] | None = None
        self.keyboard: Any = None
        if os.environ.get("QT_IM_MODULE") == "qtvirtualkeyboard":
            from .keyboard import KeyboardLanguage

            self.keyboard = KeyboardLanguage(self.session.language, self)
        self.sync_service: Any = None

        app = QApplication.instance()
        self.appearance = Appearance(self.session, self.keyboard, self._fit_status, self)
        self.translations = self.appearance.translations
        self.reader = Reader(self.session, tts_engine or "", self)
        self.read_aloud = ReadAloud(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        top_bar, bottom_bar = self._build_bars()
        outer.addWidget(top_bar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("ScreenStack")
        outer.addWidget(self.stack, 1)
        outer.addWidget(bottom_bar)
        self.focus = FocusKeeper(self, self._focus_content, [self.bottom_bar])  # Tab follows the eye
        if self.keyboard is not None and self.keyboard.panel is not None:
            outer.addWidget(self.keyboard.panel)  # the keyboard inside the window (kiosk.ui.keyboard)
        elif self.keyboard is not None:
            from .keyboard import KeyboardRoom

            self.keyboard_room = KeyboardRoom(self, outer)  # its own window: the content moves up above it

        self.idle = IdleWatcher(idle_timeout_ms or 90_000, idle_warning_s or 20, idle_tick_ms, self)
        self._overlay: IdleOverlay | None = None  # built at the first warning (see ``overlay``)
        self.idle.warning_started.connect(self._on_idle_warning)
        self.idle.expired.connect(self.wipe_session)
        self.input_watch = InputWatch(self)
        self.input_watch.add(self.idle)
        self.input_watch.add(self.read_aloud)
        app.focusChanged.connect(self._on_focus_changed)
        from .console.controller import HOLD_MS, ConsoleController  # clerk/technician way in

        self.console = ConsoleController(self, idle_ms=console_idle_ms, hold_ms=console_hold_ms or HOLD_MS)

        self.appearance.follow()
        self.status.changed.connect(self._update_status)
        tasks.when_store_ready(self._on_store_opened, lambda exc: self.status.update(failed=True))

        self.screen_changed.connect(lambda sid: sid != HOME and self.idle.mark_touched())
        self.retranslate()
        self._show(HOME)
        self.idle.start(fresh=True)

    # --- construction ---------------------------------------------------------------------
    @property
    def overlay(self) -> IdleOverlay:
        """The idle warning's overlay, built when first needed: most starts never show it, and
        while it exists it watches every resize of the window."""
        if self._overlay is None:
            self._overlay = IdleOverlay(self)
            self.idle.tick.connect(self._overlay.set_seconds)
            self._overlay.continue_button.clicked.connect(self._continue)
        return self._overlay

    def hide_idle_warning(self) -> None:
        if self._overlay is not None:
            self._overlay.hide()

    def idle_warning_shown(self) -> bool:
        return self._overlay is not None and self._overlay.isVisible()

    def _build_bars(self) -> tuple[QFrame, QFrame]:
        top = build_top_bar()
        self.title_label, self.status_label = top.title, top.status
        nav = self.nav = build_bottom_bar()
        self.bottom_bar = nav.frame
        self.back_button, self.home_button, self.language_button = nav.back, nav.home, nav.language
        self.a11y_button, self.read_button = nav.a11y, nav.read
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.home)
        self.language_button.clicked.connect(self.session.toggle_language)
        self.a11y_button.clicked.connect(lambda: self.go("accessibility"))
        self.read_button.clicked.connect(lambda: self.read_aloud.read_screen())
        return top.frame, nav.frame

    # --- navigation -----------------------------------------------------------------------
    def screen(self, screen_id: str) -> Screen:
        """The screen with this id, created on first use."""
        if screen_id not in self.screens:
            screen = self.registry.get(screen_id).factory(self.ctx)
            self.screens[screen_id] = screen
            self.stack.addWidget(screen)
            self.focus.watch(screen.page)
        return self.screens[screen_id]

    def current_screen(self) -> Screen:
        return self.screens[self.current_id]

    def _asks_first(self, action: Callable[[], None], leaving_to: str = "") -> bool:
        """The current screen holds unsaved edits and asks before leaving (``confirm_leave``): it
        calls ``action`` itself if the person chooses to leave.  True = wait for that answer.
        ``leaving_to`` ("back", "home" or a screen id) tells a citizen form whether leaving loses it."""
        self.leaving_to = leaving_to
        screen = self.screens.get(self.current_id)
        confirm = getattr(screen, "confirm_leave", None)
        return bool(confirm is not None and confirm(action))

    def go(self, screen_id: str) -> None:
        if screen_id == self.current_id or not self.console.may_show(screen_id):
            return
        if self._asks_first(lambda: self.go(screen_id), screen_id):
            return
        if screen_id == HOME:
            self.home()
            return
        if self.current_id:
            self.history.append(self.current_id)
        self._show(screen_id)

    def back(self) -> None:
        if self._asks_first(self.back, "back"):
            return
        target = self.history.pop() if self.history else HOME
        if target == HOME:
            self.home()  # back to Home by any way ends the visitor's session
        else:
            self._show(target)

    def home(self) -> None:
        """Home: the visitor's session ends (everything they entered or looked up is forgotten)."""
        if self._asks_first(self.home, "home"):
            return
        self._go_home()

    def _go_home(self) -> None:
        if self.console.active:  # Home during a console session ends it (and comes back here)
            self.console.end("logout")
            return
        self.end_citizen_session()
        self._show(HOME)

    def go_fresh(self, screen_id: str) -> None:
        """Show ``screen_id`` with Home as the only way back (after a submission: no re-submitting)."""
        self.history = [HOME]
        self._show(screen_id)

    def _show(self, screen_id: str) -> None:
        if not self.console.may_show(screen_id):
            log.warning("screen %s refused outside a console session", screen_id)
            return
        self._speak_focus = False  # the screen title is read first, then the focused control
        screen = self.screen(screen_id)
        self.current_id = screen_id
        self.stack.setCurrentWidget(screen)
        on_home = screen_id == HOME
        self.back_button.setEnabled(not on_home)
        self.home_button.setEnabled(not on_home)
        self.a11y_button.setEnabled(screen_id != "accessibility")
        self.title_label.setText(screen.title())
        screen.on_shown()
        self.focus.arrive()  # the first control in reading order, also once loaded data is shown
        self._speak_focus = True
        self.printer_notice.on_screen(screen_id, screen)  # first: it is part of what is read
        self.read_aloud.on_screen(screen)  # title, what matters on it, the focused control
        self.screen_changed.emit(screen_id)

    # --- session --------------------------------------------------------------------------
    def end_citizen_session(self) -> None:
        """Forget the visitor (Home, the idle wipe, a console session starting or ending): every
        screen's entries and answers, the way back, the clipboard and the primary selection, the
        on-screen keyboard's state.  Answers still on their way to a screen are dropped
        (``ctx.visit``).  Language, text size and contrast stay until the idle wipe."""
        self.ctx.visit.end()
        QGuiApplication.inputMethod().hide()
        QGuiApplication.inputMethod().reset()
        for screen in self.screens.values():
            screen.reset()
        for edit in self.stack.findChildren(KioskLineEdit):
            edit.clear()  # whatever a screen kept, no field keeps text or an undo history
        self.history.clear()
        clear_clipboard()

    def wipe_session(self) -> None:
        """The idle wipe: the visitor's session ends, Home, the default settings back."""
        self.hide_idle_warning()
        self.read_aloud.stop()
        self._go_home()  # the idle wipe does not wait for an answer
        self.session.reset()
        self.idle.start(fresh=True)
        log.info("idle timeout: the citizen session was wiped")
        self.session_wiped.emit()

    def _on_idle_warning(self, seconds: int) -> None:
        QGuiApplication.inputMethod().hide()
        self.overlay.show_countdown(seconds)
        self.reader.say(f"{self.overlay.message.text()} {self.overlay.countdown.text()}")

    def _continue(self) -> None:
        self.hide_idle_warning()
        self.idle.continue_session()
        self.current_screen().setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if (self._speak_focus and new is not None and self.isAncestorOf(new) and new.accessibleName()
                and (not self.stack.isAncestorOf(new) or self.current_screen().isAncestorOf(new))):
            self.reader.say(new.accessibleName())

    # --- store ----------------------------------------------------------------------------
    def _on_store_opened(self, store: Any) -> None:
        self.printing.refresh()
        self.tasks.submit(read_kiosk_config, self._apply_config,
                          lambda exc: log.error("kiosk settings could not be read", exc_info=exc), owner=self)

    def _apply_config(self, config: dict[str, Any]) -> None:
        o = self._overrides
        self.idle.configure(o["idle_timeout_ms"] or config["idle_timeout_s"] * 1000,
                            o["idle_warning_s"] or config["idle_warning_s"])
        self.reader.set_engine(o["tts_engine"] if o["tts_engine"] is not None else config["tts_engine"])
        defaults = self.session.defaults
        if config["default_language"] != defaults.language:
            self.session.defaults = defaults._replace(language=config["default_language"])
            if self.current_id == HOME and not self.history:
                self.session.set_language(config["default_language"])
        self.status.update(opened=True, recovered_from=config["recovered_from"], office_id=config["office_id"],
                           offline_demo=not config["kiosk_id"] and not config["pulled_once"])

    def _update_status(self) -> None:
        self.status_label.setVisible(self.status.offline_demo or self._sync_status is not None)
        self.retranslate()

    # --- sync -----------------------------------------------------------------------------
    def attach_sync(self, service: Any) -> None:
        """Show the sync service's state in the top bar; screens reach it as ``sync_service``."""
        self.sync_service = service
        service.statusChanged.connect(self._on_sync_status)

    def _on_sync_status(self, status: dict[str, Any]) -> None:
        self._sync_status = status if status.get("configured") else None
        self._update_status()

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Shell", "Public services kiosk"))
        retranslate_buttons(self.nav, self.session.language)
        show_status(self.status_label, self._sync_status, self.width())
        if self.current_id:
            self.title_label.setText(self.current_screen().title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- focus ----------------------------------------------------------------------------
    def _focus_content(self) -> QWidget | None:
        """What Tab walks before the navigation bar: the current screen (not under the idle warning)."""
        if self.idle_warning_shown():
            return None
        return self.screens.get(self.current_id)  # None while the console takes its screens away

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  (Qt's name)
        moved = self.focus.step(next)
        return super().focusNextPrevChild(next) if moved is None else moved

    # --- kiosk mode -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.idle_warning_shown():
                self._continue()
            elif self.current_id != HOME:
                self.back()
            event.accept()
            return
        if self.kiosk_mode:
            event.accept()  # no key combination leaves the kiosk
            return
        super().keyPressEvent(event)

    def _fit_status(self) -> None:
        fit_status(self.status_label, self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_frame.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.input_watch.scan()  # the window's QWindow exists now (it is recreated when flags change)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode:
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop background work (the technician's exit and the development window's close)."""
        app = QApplication.instance()
        if app is not None:
            self.input_watch.remove(self.idle)
            self.input_watch.remove(self.read_aloud)
            self.input_watch.remove(self.console)
        self._speak_focus = False
        self.focus.detach()
        self.idle.stop()
        self.read_aloud.stop()
        if self.sync_service is not None:
            self.sync_service.stop()
        self.printing.shutdown()
        self.appearance.uninstall()

    def event(self, event: QEvent) -> bool:
        # Some platforms turn Alt+F4 / Ctrl+Q into ShortcutOverride; claim them so nothing acts on them.
        if self.kiosk_mode and event.type() == QEvent.Type.ShortcutOverride:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Q, Qt.Key.Key_W) and key_event.modifiers() & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
                event.accept()
                return True
        return super().event(event)

