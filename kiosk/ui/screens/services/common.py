"""Small helpers shared by the public-services screens."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ...context import ScreenContext
from ..base import Screen

log = logging.getLogger(__name__)


def screen_of(ctx: ScreenContext, screen_id: str) -> Screen:
    """Another screen (created on first use), to hand it what it should show before going there."""
    return ctx.navigator.screen(screen_id)  # type: ignore[attr-defined]


def go_fresh(ctx: ScreenContext, screen_id: str) -> None:
    """Show ``screen_id`` with Home as the only way back (after a submission: no re-submitting)."""
    ctx.navigator.go_fresh(screen_id)


def notify_sync_new_item(ctx: ScreenContext) -> None:
    """Tell the sync service that a citizen action was committed to the outbox.

    The shell is expected to expose the :class:`kiosk.ui.sync_bridge.service.SyncService` as ``sync_service`` on
    the context or the window (team lead: wire it there).  Without one, the periodic sync still
    delivers the item; nothing is lost.
    """
    service: Any = getattr(ctx, "sync_service", None) or getattr(ctx.navigator, "sync_service", None)
    if service is not None and hasattr(service, "notify_new_item"):
        service.notify_new_item()
    else:
        log.debug("no sync service wired; the new outbox item waits for the next sync")


def assisted_by(ctx: ScreenContext) -> str | None:
    """The staff marker when a clerk started this flow for a visitor (assisted mode), else None.

    Read it on the GUI thread when submitting and pass it to the domain function, which stores it
    in the outbox item's ``assisted_by`` column.
    """
    console: Any = getattr(ctx.navigator, "console", None)
    return getattr(console, "assisted_by", None)


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(24, 20, 24, 20)
    box.setSpacing(12)
    return frame, box


def focus_first(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def lang_text(row: dict[str, Any] | None, field: str, lang: str) -> str:
    if not row:
        return ""
    value = row.get(f"{field}_{lang}") or row.get(f"{field}_{'en' if lang == 'ru' else 'ru'}") or ""
    return str(value)
