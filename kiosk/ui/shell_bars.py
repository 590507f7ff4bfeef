"""The shell's two bars: the screen title and status badge at the top, the navigation buttons at
the bottom, and the texts they show.  The window (:mod:`kiosk.ui.shell`) wires them."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame

from .layouts import FlowLayout, ReflowRow
from .widgets import KioskButton, WrapLabel, set_role


class TopBar(NamedTuple):
    frame: QFrame
    title: WrapLabel
    status: WrapLabel


class NavButtons(NamedTuple):
    frame: QFrame
    back: KioskButton
    home: KioskButton
    language: KioskButton
    a11y: KioskButton
    read: KioskButton  # "read this screen" (also the F1 key: kiosk.ui.read_aloud)


def build_top_bar() -> TopBar:
    bar = QFrame()
    bar.setObjectName("TopBar")
    row = ReflowRow(bar, spacing=24)  # the status under the title when both do not fit
    row.setContentsMargins(32, 16, 32, 16)
    title = WrapLabel(role="title")
    title.setObjectName("ScreenTitle")
    row.addWidget(title, 1)
    status = WrapLabel(role="status")
    status.setObjectName("StatusIndicator")
    status.hide()
    row.addWidget(status, 0, Qt.AlignmentFlag.AlignVCenter)
    return TopBar(bar, title, status)


def build_bottom_bar() -> NavButtons:
    bar = QFrame()
    bar.setObjectName("BottomBar")
    flow = FlowLayout(bar, spacing=20)
    flow.setContentsMargins(32, 16, 32, 16)
    buttons = []
    for name in ("BackButton", "HomeButton", "LanguageButton", "AccessibilityButton", "ReadScreenButton"):
        button = KioskButton()
        button.setObjectName(name)
        flow.addWidget(button)
        buttons.append(button)
    return NavButtons(bar, *buttons)


def retranslate_buttons(nav: NavButtons, language: str) -> None:
    nav.back.setText("← " + QCoreApplication.translate("Shell", "Back"))
    nav.back.setAccessibleName(QCoreApplication.translate("Shell", "Back"))
    nav.home.setText("⌂ " + QCoreApplication.translate("Shell", "Home"))
    nav.home.setAccessibleName(QCoreApplication.translate("Shell", "Home"))
    other = "English" if language == "ru" else "Русский"
    nav.language.setText(other)
    nav.language.setAccessibleName(
        QCoreApplication.translate("Shell", "Switch language to English") if other == "English"
        else QCoreApplication.translate("Shell", "Switch language to Russian"))
    nav.a11y.setText("♿ " + QCoreApplication.translate("Shell", "Accessibility"))
    nav.a11y.setAccessibleName(QCoreApplication.translate("Shell", "Accessibility: text size, contrast, read aloud"))
    nav.read.setText(QCoreApplication.translate("Shell", "Read aloud"))
    nav.read.setAccessibleName(QCoreApplication.translate("Shell", "Read this screen aloud (key F1)"))


def status_text(status: dict[str, Any] | None) -> str:
    """The badge's words for the sync service's last status (``None``: no backend configured)."""
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


def show_status(label: WrapLabel, status: dict[str, Any] | None, window_width: int) -> None:
    label.setText(status_text(status))
    all_sent = bool(status and not status.get("paused") and not status.get("pending") and status.get("online"))
    set_role(label, "success" if all_sent else "status")  # green only when all is sent
    fit_status(label, window_width)


def fit_status(label: WrapLabel, window_width: int) -> None:
    """The status badge takes the width its text needs, up to 40 % of the top bar: a word-wrapped
    label's own size hint is narrow, and the badge then wrapped onto three lines."""
    if label.isHidden():  # measured when shown (at start-up it is hidden until the store is open)
        return
    cap = max(240, window_width * 2 // 5)
    label.setMaximumWidth(cap)
    label.setMinimumWidth(min(cap, label.fontMetrics().horizontalAdvance(label.text()) + 48))
