"""Keypad focus that follows the eye (WCAG 2.4.3, 2.4.7, 2.4.11).

One mechanism for every screen, rather than ``setTabOrder`` per screen: Qt's own chain is the
order in which widgets were *created*, and screens build lists after their fixed parts (search
results after the categories, a meter's providers after "Next"), so the chain drifted from what
is on screen whenever a list was filled.  Here Tab is computed from geometry at the moment it is
pressed: the current screen's controls in reading order (top to bottom, left to right within a
row), then the navigation bar.  Lists built at any time are therefore in place without the screen
doing anything.

Also here: the focused control is scrolled into view in every scroll area around it, however
focus arrived (Tab, a click, ``setFocus`` from code), and when the focused control disappears
(a choice moved the flow on to its next step) focus goes to the first control of the screen
rather than falling through to "Back".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QScrollArea, QWidget

VISIBLE_MARGIN = 24  # px of the page kept around a control scrolled into view
# The kinds of control the kiosk has.  Not every QWidget: handing Qt's internal widgets (scroll
# bars, viewports) to Python costs type set-up time at start-up (see shell.KioskWindow._show).
CONTROLS: tuple[type[QWidget], ...] = (QAbstractButton, QLineEdit)


def can_take_tab(widget: QWidget) -> bool:
    """Tab may land here: shown (or to be shown with its window: the first screen is set up before
    the window appears), enabled, and taking focus by Tab."""
    return (widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None)


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _inside_focus_taker(widget: QWidget, root: QWidget, takers: set[int]) -> bool:
    """A part of a control that itself takes focus (a spin box's line edit, a view's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if id(parent) in takers:
            return True
        parent = parent.parentWidget()
    return False


def reading_order(widgets: list[QWidget], window: QWidget) -> list[QWidget]:
    """``widgets`` top to bottom; widgets whose heights overlap by at least half of the smaller
    one are one row, read left to right."""
    placed = sorted(((_window_rect(w, window), w) for w in widgets), key=lambda p: (p[0].top(), p[0].left()))
    rows: list[list[tuple[QRect, QWidget]]] = []
    for rect, widget in placed:
        if rows:
            anchor = rows[-1][0][0]
            overlap = min(anchor.bottom(), rect.bottom()) - max(anchor.top(), rect.top())
            if overlap * 2 >= min(anchor.height(), rect.height()):
                rows[-1].append((rect, widget))
                continue
        rows.append([(rect, widget)])
    return [w for row in rows for _rect, w in sorted(row, key=lambda p: p[0].left())]


def tab_chain(content: QWidget, bars: list[QWidget], window: QWidget) -> list[QWidget]:
    """The controls Tab visits, in order: ``content`` in reading order, then the ``bars``' controls
    (each bar in reading order)."""
    chain: list[QWidget] = []
    for root in (content, *bars):
        candidates = [w for kind in CONTROLS for w in root.findChildren(kind) if can_take_tab(w)]
        takers = {id(w) for w in candidates}
        candidates = [w for w in candidates if not _inside_focus_taker(w, root, takers)]
        chain.extend(reading_order(candidates, window))
    return chain


def step(chain: list[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """The control after (or before) ``current`` in ``chain``, wrapping round; the first (last)
    one when ``current`` is not in the chain."""
    if not chain:
        return None
    if current in chain:
        index = chain.index(current) + (1 if forward else -1)
        return chain[index % len(chain)]
    return chain[0] if forward else chain[-1]


def first_control(content: QWidget, window: QWidget) -> QWidget | None:
    """The first control of ``content`` in reading order.  A control that goes back (marked
    ``backward``, e.g. a step's "← back a step") never takes focus on arrival: while a step's list
    is still loading it would be the only control, and the visitor's next Enter would undo the
    choice just made."""
    chain = [w for w in tab_chain(content, [], window) if not w.property("backward")]
    if not chain:
        return None
    first = chain[0]
    group = first.group() if isinstance(first, QAbstractButton) else None
    checked = group.checkedButton() if group is not None and group.exclusive() else None
    # Qt gives Tab to one button of an exclusive group, the last focused (not the checked) one
    if checked is not None and checked.isVisibleTo(checked.window()) and checked.isEnabled():
        return checked  # a choice already made: Enter keeps it, never resets it
    return first


def focus_control(widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason) -> None:
    widget.setFocus(reason)
    if isinstance(widget, QLineEdit) and reason != Qt.FocusReason.TabFocusReason:
        widget.deselect()  # arriving must not select (typing would erase the text)


def ensure_visible(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view (innermost first)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            _scroll_to(parent, widget)
        parent = parent.parentWidget()


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``area`` (vertically: pages do not scroll sideways) so that the whole of ``widget``
    shows.  Not ``ensureWidgetVisible``: for a text field that keeps only the text cursor in view,
    and a field's lower half (where its text is) was left under the screen's edge."""
    view = area.viewport().height()
    top = widget.mapTo(area.widget(), QPoint(0, 0)).y()
    bottom = top + widget.height()
    margin = min(VISIBLE_MARGIN, max(0, (view - widget.height()) // 2))
    bar = area.verticalScrollBar()
    if top - margin < bar.value() or widget.height() > view:
        target = top - margin  # above the view, or taller than it: its top is what matters
    elif bottom + margin > bar.value() + view:
        target = bottom + margin - view
    else:
        return
    bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))


class FocusKeeper(QObject):
    """Keeps keypad focus on the current screen where the eye expects it.

    ``content()`` is the current screen (``None``: leave focus to Qt, e.g. under a modal overlay),
    ``bars`` the navigation bars Tab reaches after the content.
    """

    def __init__(self, window: QWidget, content: Callable[[], QWidget | None], bars: list[QWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.content = content
        self.bars = bars
        self._settle = QTimer(self)  # focus the first control once the screen's content is there
        self._settle.setInterval(40)
        self._settle.timeout.connect(self._settle_tick)
        self._settle_ticks = 0
        self._stable = 0  # ticks in a row that found the screen ready and focus where it belongs
        self._placed: QWidget | None = None
        self._resume: QWidget | None = None  # a busy control that gets focus back (``_await``)
        self._watched: list[QWidget] = []
        self._in_view = QTimer(self)  # the focused control back in view once layouts have settled
        self._in_view.setSingleShot(True)
        self._in_view.setInterval(0)
        self._in_view.timeout.connect(self._keep_in_view)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._attached = True

    def detach(self) -> None:
        self._settle.stop()
        self._in_view.stop()
        app = QApplication.instance()
        if app is not None and self._attached:
            self._attached = False
            app.focusChanged.disconnect(self._on_focus_changed)

    # --- Tab ------------------------------------------------------------------------------------
    def step(self, forward: bool) -> bool | None:
        """Move focus by Tab/Shift+Tab; ``None`` = not ours to decide (Qt's own chain applies)."""
        content = self.content()
        current = QApplication.focusWidget()
        if content is None or (current is not None and not any(
                root is current or root.isAncestorOf(current) for root in (content, *self.bars))):
            return None
        if current is not None and current is not content and content.isAncestorOf(current):
            if not current.isVisible():
                # the focused control is going away (a choice moved the flow on): not on to
                # "Back", but to the first control of what the screen shows next
                self.arrive()
                return True
            if not current.isEnabled():
                # the control is busy ("Next" while a look-up runs): nowhere else, and back to
                # it when it can be used again (not on to "Back", a second Enter would go there)
                self._await(current)
                return True
        target = step(tab_chain(content, self.bars, self.window), current, forward)
        if target is None:
            return False
        focus_control(target)
        return True

    # --- arriving ------------------------------------------------------------------------------
    def arrive(self) -> None:
        """Focus the current screen's first control now and again as its content arrives (a list
        loaded in the background), until the screen has been ready for two looks in a row (a list
        being rebuilt right now, controls shown by a queued event) or the visitor moves focus."""
        self._settle.stop()
        self._placed = None
        self._resume = None
        self._settle_ticks = 0
        self._stable = 0
        self._place()
        self._settle.start()  # looks again until the screen is ready and stays so (``_settle_tick``)

    def _place(self) -> bool:
        """Focus the first control; True while the screen is still loading."""
        content = self.content()
        if content is None:
            return False
        target = first_control(content, self.window)
        if target is None:
            content.setFocus(Qt.FocusReason.OtherFocusReason)  # nothing yet: not a control left behind
        elif target is not QApplication.focusWidget():
            focus_control(target, Qt.FocusReason.OtherFocusReason)
        self._placed = target
        return _still_loading(content)

    def _await(self, control: QWidget) -> None:
        """Hold focus on the screen itself until ``control`` can be used again, then give it back."""
        content = self.content()
        self._settle.stop()
        self._placed = None
        self._resume = control
        self._settle_ticks = 0
        self._stable = 0
        if content is not None:
            content.setFocus(Qt.FocusReason.OtherFocusReason)
        self._settle.start()

    def _settle_tick(self) -> None:
        content = self.content()
        current = QApplication.focusWidget()
        self._settle_ticks += 1
        untouched = current is None or current is content or current is self._placed or not current.isVisible()
        if content is None or not untouched or self._settle_ticks > 250:
            self._settle.stop()  # the visitor moved on, or the content never came (10 s)
            self._resume = None
        elif self._resume is not None:
            self._give_back(content)
        else:
            before = self._placed
            loading = self._place()
            self._stable = 0 if loading or self._placed is not before else self._stable + 1
            # Ready twice in a row with the same first control: settled.  Not at once: controls
            # added with the data that made the screen ready are shown by a queued event, a tick
            # may come between the two and still see the control that had focus while loading.
            if self._stable >= 2:
                self._settle.stop()

    def _give_back(self, content: QWidget) -> None:
        control = self._resume
        try:
            usable = control is not None and content.isAncestorOf(control) and control.isVisible()
            enabled = usable and control.isEnabled()  # type: ignore[union-attr]
        except RuntimeError:  # deleted with the page it was on
            usable = enabled = False
        if enabled:
            self._resume = None
            self._settle.stop()
            focus_control(control, Qt.FocusReason.OtherFocusReason)  # type: ignore[arg-type]
        elif not usable and not _still_loading(content):
            self._resume = None
            self._place()  # it went away: the first control of what the screen shows now

    def _recover(self) -> None:
        if QApplication.focusWidget() is None and self.window.isActiveWindow():
            self.arrive()

    # --- in view -------------------------------------------------------------------------------
    def watch(self, page: QScrollArea) -> None:
        """Keep the focused control of ``page`` in view when the page's view shrinks (the on-screen
        keyboard taking room, a smaller window).  Not on every change of the page's height: a
        screen that scrolls to show an answer (a check's result under its form) keeps its scroll."""
        page.viewport().installEventFilter(self)

    def _keep_in_view(self) -> None:
        current = QApplication.focusWidget()
        if current is not None and self.window.isAncestorOf(current) and current.isVisible():
            ensure_visible(current)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None and old is not None and self.window.isActiveWindow():
            # the focused control was taken off the screen (a list rebuilt): once the screen has
            # what it shows next, its first control
            QTimer.singleShot(0, self, self._recover)
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile
                pass
        self._watched = []
        if new is not None and self.window.isAncestorOf(new):
            ensure_visible(new)
            # Moved later (leaving the last field showed its error above this one, a list above it
            # grew): back into view.  The control and its containers up to the scrolled page are
            # watched; not the page itself, which moves when it is scrolled.
            widget = new
            while widget is not self.window and not isinstance(widget.parentWidget().parentWidget(), QScrollArea):
                widget.installEventFilter(self)
                self._watched.append(widget)
                widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._in_view.start()
        return False


def _still_loading(screen: QWidget) -> bool:
    ready = getattr(screen, "is_ready", None)
    return ready is not None and not ready()
