"""The base class of every screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import ScreenContext
from ..widgets import ScrollPage


class Screen(QWidget):
    """One screen of the kiosk, shown in the shell between its top and bottom bars.

    Subclasses build widgets in ``__init__``, set every text in :meth:`retranslate` (called again
    on each language switch), clear what the citizen entered or looked up in :meth:`reset` (at the
    end of every citizen session: Home, the idle wipe, staff taking over) and load their data in
    :meth:`on_shown` through ``ctx.tasks``, and say what matters on them in :meth:`spoken_summary`.  Callbacks of a citizen's look-ups and submissions are
    bound to the visit (``ctx.visit.bound``), so an answer arriving after the session ended is
    dropped.
    """

    screen_id = ""
    leave_guard = None  # a form's ``kiosk.ui.leave_guard.LeaveGuard``: asks before its entries are lost

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen-{self.screen_id}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page = ScrollPage()
        outer.addWidget(self.page)
        self.body = self.page.body

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text in the current language (UI strings and store data)."""

    def reset(self) -> None:
        """Forget everything the citizen entered, chose or looked up on this screen (a hidden label
        keeps its text: blank it too, ``widgets.blank``)."""

    def on_shown(self) -> None:
        """The screen became current: refresh its data."""

    def confirm_leave(self, action: Callable[[], None]) -> bool:
        """The shell's hook before leaving: a form with entries asks first (``leave_guard``)."""
        guard = self.leave_guard
        return guard is not None and guard.ask(action, getattr(self.ctx.navigator, "leaving_to", ""))

    def spoken_summary(self) -> str:
        """What read-aloud says about this screen after its title: what matters on it now (a
        receipt's number, a list's size and first items, what is wrong on a form and where).
        By default the screen's visible texts, lists and errors (``spoken.describe``); a screen
        whose key fact needs more overrides this."""
        from ..spoken import describe

        return describe(self)

    def is_ready(self) -> bool:
        """True once the data the screen shows has arrived (screenshots wait for it)."""
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
