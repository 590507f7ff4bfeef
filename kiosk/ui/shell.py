"""The kiosk window: top bar, the current screen, bottom bar, idle wipe and read-aloud."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .context import ScreenContext, StoreStatus
from .focus import FocusKeeper
from .i18n import Translations
from .idle import IdleOverlay, IdleWatcher
from .input_watch import InputWatch
from .printing import PrinterNotice, PrintService
from .read_aloud import ReadAloud
from .screens.base import Screen
from .screens.registry import Registry
from .session import SessionState
from .speech import Reader
from .tasks import TaskRunner
from .widgets import FlowLayout, KioskButton, KioskLineEdit, ReflowRow, WrapLabel, clear_clipboard, set_role

log = logging.getLogger(__name__)

HOME = "home"


def read_kiosk_config(store: Any) -> dict[str, Any]:
    """Runs on the database worker: the settings and facts the shell needs."""
    from kiosk import settings

    keys = ("idle_timeout_s", "idle_warning_s", "default_language", "tts_engine", "office_id", "kiosk_id")
    config = {key: settings.get(store, key) for key in keys}
    config["pulled_once"] = bool(store.scalar("SELECT COUNT(*) FROM sync_datasets WHERE last_pull_at IS NOT NULL"))
    config["recovered_from"] = store.recovered_from
    if not config["office_id"]:
        config["office_id"] = store.scalar("SELECT id FROM offices ORDER BY id LIMIT 1") or ""
    return config


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
        self.translations = Translations(app)
        self.translations.set_language(self.session.language)
        self._look = (self.session.theme, self.session.font_scale)  # what the style sheet shows
        theme.apply(app, *self._look)
        # Restyling the whole application takes ~0.1-0.3 s with every screen built: taps on the
        # contrast and text-size buttons (and the wipe's reset of both) are applied once per turn
        # of the event loop, however many arrive together, so a burst of taps cannot queue up seconds of work.
        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(0)
        self._restyle.timeout.connect(self._apply_appearance)
        self.reader = Reader(self.session, tts_engine or "", self)
        self.read_aloud = ReadAloud(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top_bar())
        self.stack = QStackedWidget()
        self.stack.setObjectName("ScreenStack")
        outer.addWidget(self.stack, 1)
        outer.addWidget(self._build_bottom_bar())
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

        self.session.language_changed.connect(self._on_language)
        self.session.appearance_changed.connect(self._on_appearance)
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

    def _build_top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("TopBar")
        row = ReflowRow(bar, spacing=24)  # the status under the title when both do not fit
        row.setContentsMargins(32, 16, 32, 16)
        self.title_label = WrapLabel(role="title")
        self.title_label.setObjectName("ScreenTitle")
        row.addWidget(self.title_label, 1)
        self.status_label = WrapLabel(role="status")
        self.status_label.setObjectName("StatusIndicator")
        self.status_label.hide()
        row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        return bar

    def _build_bottom_bar(self) -> QFrame:
        bar = self.bottom_bar = QFrame()
        bar.setObjectName("BottomBar")
        flow = FlowLayout(bar, spacing=20)
        flow.setContentsMargins(32, 16, 32, 16)
        self.back_button = KioskButton()
        self.back_button.setObjectName("BackButton")
        self.home_button = KioskButton()
        self.home_button.setObjectName("HomeButton")
        self.language_button = KioskButton()
        self.language_button.setObjectName("LanguageButton")
        self.a11y_button = KioskButton()
        self.a11y_button.setObjectName("AccessibilityButton")
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.home)
        self.language_button.clicked.connect(self.session.toggle_language)
        self.a11y_button.clicked.connect(lambda: self.go("accessibility"))
        self.read_button = KioskButton()  # "read this screen" (also the F1 key: kiosk.ui.read_aloud)
        self.read_button.setObjectName("ReadScreenButton")
        self.read_button.clicked.connect(lambda: self.read_aloud.read_screen())
        for button in (self.back_button, self.home_button, self.language_button, self.a11y_button, self.read_button):
            flow.addWidget(button)
        return bar

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

    def _on_language(self, language: str) -> None:
        self.translations.set_language(language)  # LanguageChange reaches every widget
        if self.keyboard is not None:
            self.keyboard.set_language(language)

    def _on_appearance(self) -> None:
        self._restyle.start()

    def _apply_appearance(self) -> None:
        look = (self.session.theme, self.session.font_scale)
        if look != self._look:  # taps that cancel each other out cost nothing
            self._look = look
            theme.apply(QApplication.instance(), *look)
        self._fit_status()

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

    def _status_text(self) -> str:
        status = self._sync_status
        if status is None:
            return QCoreApplication.translate("Shell", "Offline · demo data")
        pending = int(status.get("pending") or 0)
        if status.get("paused"):
            return QCoreApplication.translate("Shell", "Sending paused — staff have been told")
        if pending:
            head = (QCoreApplication.translate("Shell", "Server not accepting requests yet")
                    if status.get("refusing") else QCoreApplication.translate("Shell", "Online") if status.get("online")
                    else QCoreApplication.translate("Shell", "Offline"))
            return head + " · " + QCoreApplication.translate("Shell", "waiting to be sent: %1").replace("%1", str(pending))
        if status.get("online") is False:
            return QCoreApplication.translate("Shell", "Offline — requests are kept and sent later")
        return QCoreApplication.translate("Shell", "Online · everything sent")

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Shell", "Public services kiosk"))
        self.back_button.setText("← " + QCoreApplication.translate("Shell", "Back"))
        self.back_button.setAccessibleName(QCoreApplication.translate("Shell", "Back"))
        self.home_button.setText("⌂ " + QCoreApplication.translate("Shell", "Home"))
        self.home_button.setAccessibleName(QCoreApplication.translate("Shell", "Home"))
        other = "English" if self.session.language == "ru" else "Русский"
        self.language_button.setText(other)
        self.language_button.setAccessibleName(QCoreApplication.translate("Shell", "Switch language to English") if other == "English"
                                               else QCoreApplication.translate("Shell", "Switch language to Russian"))
        self.a11y_button.setText("♿ " + QCoreApplication.translate("Shell", "Accessibility"))
        self.a11y_button.setAccessibleName(QCoreApplication.translate("Shell", "Accessibility: text size, contrast, read aloud"))
        self.read_button.setText(QCoreApplication.translate("Shell", "Read aloud"))
        self.read_button.setAccessibleName(QCoreApplication.translate("Shell", "Read this screen aloud (key F1)"))
        self.status_label.setText(self._status_text())
        status = self._sync_status
        all_sent = bool(status and not status.get("paused") and not status.get("pending") and status.get("online"))
        set_role(self.status_label, "success" if all_sent else "status")  # green only when all is sent
        self._fit_status()
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
        """The status badge takes the width its text needs, up to 40 % of the top bar: a word-wrapped
        label's own size hint is narrow, and the badge then wrapped onto three lines."""
        label = self.status_label
        if label.isHidden():  # measured when shown (at start-up it is hidden until the store is open)
            return
        cap = max(240, self.width() * 2 // 5)
        label.setMaximumWidth(cap)
        label.setMinimumWidth(min(cap, label.fontMetrics().horizontalAdvance(label.text()) + 48))

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
        self.translations.uninstall()

    def event(self, event: QEvent) -> bool:
        # Some platforms turn Alt+F4 / Ctrl+Q into ShortcutOverride; claim them so nothing acts on them.
        if self.kiosk_mode and event.type() == QEvent.Type.ShortcutOverride:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_F4, Qt.Key.Key_Q, Qt.Key.Key_W) and key_event.modifiers() & (
                    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
                event.accept()
                return True
        return super().event(event)

