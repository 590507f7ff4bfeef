"""Home: large tiles for the citizen features, and the damaged-store notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ..context import ScreenContext
from ..widgets import KioskButton, Tile, WrapLabel
from .base import Screen
from .registry import Registry, ScreenSpec


class TileGrid(QWidget):
    """Tiles in a grid whose column count follows the available width and the font scale."""

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tiles: list[Tile] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(24)
        self._columns = 0

    def set_tiles(self, tiles: list[Tile]) -> None:
        """Place all tiles at once (one layout pass instead of one per tile)."""
        self.tiles = list(tiles)
        self._relayout(force=True)

    def min_tile_width(self) -> int:
        return round(360 * (1 + (self.ctx.session.font_scale - 100) / 200))

    def _relayout(self, force: bool = False) -> None:
        width = max(self.width(), 1)
        columns = max(1, min(4, len(self.tiles) or 1, width // self.min_tile_width()))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.layout().invalidate()
            tile.updateGeometry()
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for col in range(4):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()


class HomeScreen(Screen):
    screen_id = "home"

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = WrapLabel(role="heading")
        self.body.addWidget(self.greeting)

        self.notice = QFrame()
        self.notice.setObjectName("DamagedStoreNotice")
        self.notice.setProperty("role", "notice")
        box = QVBoxLayout(self.notice)
        box.setContentsMargins(24, 20, 24, 20)
        self.notice_text = WrapLabel()
        box.addWidget(self.notice_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.notice_ok = KioskButton()
        self.notice_ok.clicked.connect(self._dismiss_notice)
        row.addWidget(self.notice_ok)
        box.addLayout(row)
        self.notice.hide()
        self._notice_dismissed = False
        self.body.addWidget(self.notice)

        self.grid = TileGrid(ctx)
        self._tile_specs: list[tuple[Tile, ScreenSpec]] = []
        registry: Registry = ctx.registry
        for spec in registry.tiles():
            tile = Tile(spec.tile.icon)  # type: ignore[union-attr]
            tile.setObjectName(f"tile-{spec.screen_id}")
            tile.clicked.connect(lambda _=False, sid=spec.screen_id: ctx.navigator.go(sid))
            self._tile_specs.append((tile, spec))
        self.grid.set_tiles([tile for tile, _spec in self._tile_specs])
        self.body.addWidget(self.grid)
        self.body.addStretch(1)
        ctx.status.changed.connect(self._update_notice)
        ctx.session.appearance_changed.connect(lambda: self.grid._relayout(force=True))
        self.retranslate()
        self._update_notice()

    def title(self) -> str:
        return QCoreApplication.translate("Home", "Main menu")

    def retranslate(self) -> None:
        self.greeting.setText(QCoreApplication.translate("Home", "Welcome! Choose what you need."))
        for tile, spec in self._tile_specs:
            tile.set_caption(spec.tile.caption())  # type: ignore[union-attr]
        self.notice_text.setText(QCoreApplication.translate(
            "Home",
            "This kiosk had to replace its saved data with a fresh copy. You can use it as usual; "
            "staff know about it."))
        self.notice_ok.setText(QCoreApplication.translate("Home", "OK"))
        self.notice_ok.setAccessibleName(QCoreApplication.translate("Home", "Close the notice"))

    def reset(self) -> None:
        self._notice_dismissed = False
        self._update_notice()

    def show_notice(self) -> None:
        """Force the damaged-store notice on (screenshots)."""
        self._notice_dismissed = False
        self.notice.show()

    def _update_notice(self) -> None:
        self.notice.setVisible(self.ctx.status.recovered_from is not None and not self._notice_dismissed)

    def _dismiss_notice(self) -> None:
        self._notice_dismissed = True
        self.notice.hide()
        if self.grid.tiles:
            self.grid.tiles[0].setFocus(Qt.FocusReason.OtherFocusReason)


def register(registry: Registry) -> None:
    registry.register(ScreenSpec(
        "home", HomeScreen,
        screenshot_states=(("", None), ("notice", lambda s: s.show_notice())),  # type: ignore[attr-defined]
    ))
