"""Accessibility: text size, high contrast and read-aloud for this session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QFrame, QVBoxLayout, QWidget

from ...context import ScreenContext
from ...layouts import FlowLayout
from ...session import FONT_SCALES
from ...widgets import KioskButton, WrapLabel
from ..base import Screen


class ChoiceGroup(QFrame):
    """A heading and a row of exclusive, checkable buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(16)
        self.heading = WrapLabel(role="heading")
        box.addWidget(self.heading)
        self.row_widget = QWidget()
        self.row = FlowLayout(self.row_widget, spacing=16)
        self.row.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.row_widget)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)

    def add(self, button: KioskButton) -> KioskButton:
        button.setCheckable(True)
        self.group.addButton(button)
        self.row.addWidget(button)
        return button


class AccessibilityScreen(Screen):
    screen_id = "accessibility"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        self.intro = WrapLabel(role="muted")
        self.body.addWidget(self.intro)

        self.size_group = ChoiceGroup()
        self.size_buttons: dict[int, KioskButton] = {}
        for scale in FONT_SCALES:
            button = self.size_group.add(KioskButton())
            button.setObjectName(f"font-{scale}")
            button.clicked.connect(lambda _=False, s=scale: session.set_font_scale(s))
            self.size_buttons[scale] = button
        self.contrast_group = ChoiceGroup()
        self.contrast_off = self.contrast_group.add(KioskButton())
        self.contrast_on = self.contrast_group.add(KioskButton())
        self.contrast_off.setObjectName("contrast-off")
        self.contrast_on.setObjectName("contrast-on")
        self.contrast_off.clicked.connect(lambda: session.set_high_contrast(False))
        self.contrast_on.clicked.connect(lambda: session.set_high_contrast(True))
        self.speech_group = ChoiceGroup()
        self.speech_off = self.speech_group.add(KioskButton())
        self.speech_on = self.speech_group.add(KioskButton())
        self.speech_off.setObjectName("speech-off")
        self.speech_on.setObjectName("speech-on")
        self.speech_off.clicked.connect(lambda: session.set_read_aloud(False))
        self.speech_on.clicked.connect(lambda: session.set_read_aloud(True))
        for group in (self.size_group, self.contrast_group, self.speech_group):
            self.body.addWidget(group)
        self.body.addStretch(1)

        session.appearance_changed.connect(self._sync_checks)
        session.read_aloud_changed.connect(self._sync_checks)
        self._sync_checks()
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Accessibility", "Accessibility")

    def _sync_checks(self) -> None:
        s = self.ctx.session
        self.size_buttons[s.font_scale].setChecked(True)
        (self.contrast_on if s.high_contrast else self.contrast_off).setChecked(True)
        (self.speech_on if s.read_aloud else self.speech_off).setChecked(True)

    def retranslate(self) -> None:
        self.intro.setText(QCoreApplication.translate("Accessibility",
                              "These settings apply until you finish. They are reset for the next visitor."))
        self.size_group.heading.setText(QCoreApplication.translate("Accessibility", "Text size"))
        for scale, button in self.size_buttons.items():
            # Russian puts a (non-breaking) space before the per cent sign, English does not.
            button.setText(f"{scale}\u00a0%" if self.ctx.session.language == "ru" else f"{scale}%")
            button.setAccessibleName(QCoreApplication.translate("Accessibility", "Text size %1 percent").replace("%1", str(scale)))
        self.contrast_group.heading.setText(QCoreApplication.translate("Accessibility", "High contrast"))
        self.contrast_off.setText(QCoreApplication.translate("Accessibility", "Off"))
        self.contrast_off.setAccessibleName(QCoreApplication.translate("Accessibility", "High contrast off"))
        self.contrast_on.setText(QCoreApplication.translate("Accessibility", "On"))
        self.contrast_on.setAccessibleName(QCoreApplication.translate("Accessibility", "High contrast on"))
        self.speech_group.heading.setText(QCoreApplication.translate("Accessibility", "Read aloud"))
        self.speech_off.setText(QCoreApplication.translate("Accessibility", "Off"))
        self.speech_off.setAccessibleName(QCoreApplication.translate("Accessibility", "Read aloud off"))
        self.speech_on.setText(QCoreApplication.translate("Accessibility", "On"))
        self.speech_on.setAccessibleName(QCoreApplication.translate("Accessibility", "Read aloud on"))
