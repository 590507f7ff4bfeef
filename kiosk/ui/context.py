"""What every screen is given: the task runner, the session, navigation and the store status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from .session import SessionState
from .tasks import TaskRunner

if TYPE_CHECKING:
    from .printing import PrintService


class Navigator(Protocol):
    def go(self, screen_id: str) -> None: ...
    def back(self) -> None: ...
    def home(self) -> None: ...
    def go_fresh(self, screen_id: str) -> None: ...


class ScreenCatalogue(Protocol):
    """The screens on offer, as Home reads them (``kiosk.ui.screens.registry.Registry``)."""

    def tiles(self) -> list[Any]: ...


class StoreStatus(QObject):
    """What the shell knows about the local store, for notices and the status indicator.

    Signals:
        changed(): any field changed.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opened = False
        self.failed = False
        self.recovered_from: Path | None = None
        self.offline_demo = False  # never enrolled with a backend, so data are the bundled demo
        self.office_id = ""

    def update(self, **fields: object) -> None:
        for key, value in fields.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.changed.emit()


class Visit:
    """The visitor at the kiosk now.  Its number changes when their session ends (Home, the idle
    wipe, a staff member taking over), so that an answer to what they asked, arriving later, is
    dropped instead of being shown to the next person."""

    __slots__ = ("number",)

    def __init__(self) -> None:
        self.number = 0

    def end(self) -> None:
        self.number += 1

    def bound(self, callback: Callable[..., Any]) -> Callable[..., None]:
        """``callback`` for this visit only: called later, after the visit has ended, it does nothing."""
        number = self.number

        def call(*args: Any) -> None:
            if self.number == number:
                callback(*args)

        return call


class ScreenContext:
    """What a screen is given.  A plain class: a dataclass costs ~1 ms to define at start-up."""

    __slots__ = ("tasks", "session", "navigator", "status", "registry", "visit", "printing")

    def __init__(self, tasks: TaskRunner, session: SessionState, navigator: Navigator, status: StoreStatus,
                 registry: ScreenCatalogue, visit: Visit | None = None, printing: PrintService | None = None) -> None:
        self.tasks = tasks
        self.session = session
        self.navigator = navigator
        self.status = status
        self.registry = registry
        self.visit = visit or Visit()
        if printing is None:
            from .printing import PrintService

            printing = PrintService(tasks)
        self.printing = printing
