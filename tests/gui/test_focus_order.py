"""Keypad order and focus (WCAG 2.4.3, 2.4.7, 2.4.11): Tab follows the eye on every screen state,
the focused control is in view, a choice moves focus on to the next step (never to "Back"), and
the focus ring stands out from what is around it in both themes."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import paths
from kiosk.ui.focus import CONTROLS, can_take_tab
from offline_db.demo import load_demo_region
from offline_db.store import open_store

from .conftest import settle
from .test_a11y_walk import contrast
from .test_services_flow import type_into

# A weekday morning: the demo clinics have free days ahead of it.
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The whole demo region: catalogue, clinics, meters (the screens' lists are full)."""
    path = tmp_path / "kiosk.sqlite3"
    with open_store(path) as store:
        load_demo_region(store)
        store.set_setting("office_id", "off-ul-lenin")
    return path


@pytest.fixture
def pinned(pin_clock):
    pin_clock(NOW)


# --- the ring ---------------------------------------------------------------------------------
def _rules(theme: str) -> list[tuple[str, str]]:
    text = re.sub(r"/\*.*?\*/", "", (paths.styles_dir() / f"{theme}.qss").read_text(encoding="utf-8"), flags=re.S)
    return [(sel.strip(), body) for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", text)]


def _background(rules: list[tuple[str, str]], selector: str) -> QColor:
    for selectors, body in rules:
        if selector in (s.strip() for s in selectors.split(",")):
            found = re.search(r"background:\s*(#[0-9A-Fa-f]{6})", body)
            if found:
                return QColor(found.group(1))
    raise AssertionError(f"no background for {selector}")


@pytest.mark.parametrize("theme", ["normal", "contrast"])
def test_focus_ring_stands_out_from_its_surroundings(theme):
    """Every focus style draws a ring whose colour has at least 3:1 against each surface a control
    can sit on (WCAG 1.4.11 / 2.4.11): the page, a card, a notice, the idle dialog; in the bars,
    the bar.  (The normal theme's amber ring had 1.65:1 against the page.)"""
    rules = _rules(theme)
    content = [_background(rules, s) for s in ("Screen", 'QFrame[role="card"]', 'QFrame[role="notice"]',
                                              "QFrame#IdleDialog")]
    bar = [_background(rules, "QFrame#BottomBar")]
    focus_rules = [(sel, body) for selectors, body in rules for sel in selectors.split(",") if ":focus" in sel]
    assert len(focus_rules) >= 8
    for selector, body in focus_rules:
        ring = re.search(r"border:\s*\d+px\s+\w+\s+(#[0-9A-Fa-f]{6})", body)
        assert ring, f"{selector} draws no ring"
        colour = QColor(ring.group(1))
        for surface in bar if "Bar" in selector else content:
            ratio = contrast(colour, surface)
            assert ratio >= 3.0, (theme, selector.strip(), colour.name(), surface.name(), round(ratio, 2))


# --- Tab order --------------------------------------------------------------------------------
def _name(widget: QWidget | None) -> str:
    return "nothing" if widget is None else widget.objectName() or type(widget).__name__


def _controls(root: QWidget) -> list[QWidget]:
    found = [w for kind in CONTROLS for w in root.findChildren(kind) if can_take_tab(w)]
    return list({id(w): w for w in found}.values())


def _place(widget: QWidget, screen) -> QRect:
    """Where the widget is on the screen's page (unchanged by scrolling)."""
    return QRect(widget.mapTo(screen.page.widget(), QPoint(0, 0)), widget.size())


def _same_row(a: QRect, b: QRect) -> bool:
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    return overlap * 2 >= min(a.height(), b.height())


def _in_view(widget: QWidget, screen) -> bool:
    viewport = screen.page.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    if rect.height() > viewport.height():
        return viewport.rect().contains(rect.topLeft())
    return viewport.rect().contains(rect)


def _press(qtbot, key=Qt.Key.Key_Tab) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    return QApplication.focusWidget()


def walk_by_tab(window, qtbot, where) -> list[QWidget]:
    """Tab from the control focused on arrival round to it again; checks each step on the way."""
    screen = window.current_screen()
    bar = window.bottom_bar
    start = QApplication.focusWidget()
    visited = [start]
    for _ in range(len(_controls(screen)) + len(_controls(bar)) + 2):
        focused = _press(qtbot)
        if focused is start:
            break
        visited.append(focused)
        if screen.isAncestorOf(focused):
            settle(qtbot)
            assert _in_view(focused, screen), (where, focused.objectName(), "focused out of view", screen.page.verticalScrollBar().value(), screen.page.verticalScrollBar().maximum(),
                                               focused.mapTo(screen.page.viewport(), QPoint(0, 0)), focused.size(),
                                               screen.page.viewport().size(), screen.page.verticalScrollBar().value(),
                                               screen.page.verticalScrollBar().maximum())
    else:
        raise AssertionError((where, "Tab never came round", [w.objectName() for w in visited]))
    on_screen = [w for w in visited if screen.isAncestorOf(w)]
    in_bar = [w for w in visited if bar.isAncestorOf(w)]
    assert visited == on_screen + in_bar, (where, "the navigation bar comes last", [w.objectName() for w in visited])
    # (an exclusive group of buttons is one Tab stop, its checked button: Qt's radio convention)
    expected = _controls(screen) + _controls(bar)
    assert len(visited) == len(set(visited)) and set(visited) == set(expected), (
        where, "every control is reached once", [w.objectName() for w in visited], [w.objectName() for w in expected])
    for a, b in zip(on_screen, on_screen[1:], strict=False):
        ra, rb = _place(a, screen), _place(b, screen)
        names = (where, a.objectName(), ra, b.objectName(), rb)
        if _same_row(ra, rb):
            assert rb.left() > ra.left(), ("right to left within a row",) + names
        else:
            assert rb.top() > ra.top(), ("back up the page",) + names
    return visited


def _states(window):
    for spec in window.registry.specs():
        for suffix, prepare in spec.screenshot_states:
            yield spec.screen_id, suffix, prepare


def show_state(window, qtbot, screen_id, prepare):
    window.home()
    window.go(screen_id)
    screen = window.current_screen()
    if prepare is not None:
        prepare(screen)
    qtbot.waitUntil(screen.is_ready)
    settle(qtbot)
    window.focus.arrive()  # as on arrival: the state's content is there now
    qtbot.waitUntil(lambda: not window.focus._settle.isActive())
    settle(qtbot)
    return screen


@pytest.mark.parametrize("size, scale", [((1920, 1080), 100), ((1280, 1024), 200)])
def test_tab_follows_the_eye_on_every_screen_state(make_window, qtbot, pinned, size, scale):
    """Every screenshot state of every screen: arriving focuses the first control in reading order;
    Tab visits every control once, top to bottom and left to right within a row, then the
    navigation bar; each focused control is scrolled into view."""
    window = make_window(size=size)
    window.session.set_font_scale(scale)
    walked = 0
    for screen_id, suffix, prepare in _states(window):
        where = (screen_id, suffix, size, scale)
        screen = show_state(window, qtbot, screen_id, prepare)
        controls = _controls(screen)
        if controls:
            top = min(controls, key=lambda w: _place(w, screen).top())
            first_row = [w for w in controls if _same_row(_place(w, screen), _place(top, screen))]
            first = min(first_row, key=lambda w: _place(w, screen).left())
            assert QApplication.focusWidget() is first, (where, "arrival", _name(QApplication.focusWidget()), _name(first))
            walk_by_tab(window, qtbot, where)
            walked += 1
        screen.reset()
    assert walked >= 30


def test_search_results_come_before_the_categories(make_window, qtbot, pinned):
    """After a search the first result is two Tabs from the search box (past "Clear"), not behind
    the ten categories and eight life situations."""
    window = make_window()
    screen = show_state(window, qtbot, "catalogue", None)
    assert QApplication.focusWidget() is screen.search
    type_into(qtbot, screen.search, "паспорт")
    # the results are shown and the focus keeper's second look after the rebuilt list is over
    qtbot.waitUntil(lambda: screen.is_ready() and bool(screen.result_buttons)
                    and screen.result_buttons[0][1].isVisible() and not window.focus._settle.isActive())
    settle(qtbot)
    assert _press(qtbot) is screen.clear_button
    assert _press(qtbot) is screen.result_buttons[0][1]
    assert _press(qtbot, Qt.Key.Key_Backtab) is screen.clear_button


def test_meter_providers_come_before_next(make_window, qtbot, pinned):
    window = make_window()
    screen = show_state(window, qtbot, "meters", None)
    order = walk_by_tab(window, qtbot, "meters")
    names = [w.objectName() for w in order]
    providers = [i for i, n in enumerate(names) if n.startswith("provider-")]
    assert providers and max(providers) < names.index("FindAccountButton"), names
    assert screen.isAncestorOf(order[0])


def _enter(qtbot) -> QWidget:
    """Enter on the focused control (a keypad's OK), then wait for what it starts."""
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not focused or not focused.isVisible(), timeout=3000)
    return QApplication.focusWidget()


def test_a_choice_moves_focus_to_the_next_step_not_back(make_window, qtbot, pinned):
    """Clinic, specialty, doctor, day, time by Enter alone: after each choice focus is on the
    next step's first option (a second Enter never goes Back), and the patient form opens with
    its first field focused."""
    window = make_window(size=(1280, 1024))
    screen = show_state(window, qtbot, "clinic", None)
    for step in ("specialty", "doctor", "day", "time"):
        _enter(qtbot)
        qtbot.waitUntil(lambda s=step: screen.step == s and screen.is_ready())
        qtbot.waitUntil(lambda: not window.focus._settle.isActive())
        focused = QApplication.focusWidget()
        assert focused is not window.back_button, step
        assert focused is screen.buttons[0][1] or focused.objectName().startswith(f"clinic-{step}"), (
            step, focused.objectName())
        assert _in_view(focused, screen), step
    _enter(qtbot)
    qtbot.waitUntil(lambda: window.current_id == "clinic_patient")
    patient = window.current_screen()
    qtbot.waitUntil(lambda: not window.focus._settle.isActive())
    assert patient.isAncestorOf(QApplication.focusWidget())


def test_service_card_focuses_apply_once_loaded(make_window, qtbot, pinned):
    """From a search result the card opens while it loads; its first action, not "Back", has focus
    when it has loaded."""
    window = make_window()
    catalogue = show_state(window, qtbot, "catalogue", None)
    catalogue.set_query("паспорт")
    qtbot.waitUntil(lambda: catalogue.is_ready() and bool(catalogue.result_buttons))
    catalogue.result_buttons[0][1].setFocus()
    _enter(qtbot)
    qtbot.waitUntil(lambda: window.current_id == "service_card" and window.current_screen().is_ready())
    card = window.current_screen()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.apply_button)
    qtbot.keyClick(card.apply_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_id == "application")


def test_queue_screen_shows_focus_on_arrival(make_window, qtbot, pinned):
    """The queue screen's categories arrive after the screen: focus goes to the first of them
    (before, nothing had focus)."""
    window = make_window()
    home = window.current_screen()
    tile = next(t for t, spec in home._tile_specs if spec.screen_id == "queue_ticket")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_id == "queue_ticket")
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.is_ready() and not window.focus._settle.isActive())
    focused = QApplication.focusWidget()
    assert focused is not screen and screen.isAncestorOf(focused), _name(focused)
    assert focused.objectName().startswith("queue-cat-"), _name(focused)


def test_search_box_stays_in_view_when_the_view_shrinks(make_window, qtbot, pinned):
    """Typing a search at 200 % and then losing room (the on-screen keyboard opening) keeps the
    search box being typed into on screen."""
    window = make_window(size=(1280, 1024))
    window.session.set_font_scale(200)
    screen = show_state(window, qtbot, "catalogue", None)
    type_into(qtbot, screen.search, "паспорт")
    qtbot.waitUntil(lambda: screen.is_ready() and bool(screen.result_buttons))
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: _in_view(screen.search, screen), timeout=2000)
    assert QApplication.focusWidget() is screen.search


def test_arriving_at_200_percent_focuses_the_chosen_size_so_enter_keeps_it(make_window, qtbot, pinned):
    """The accessibility screen's first control is the "100 %" button; at 200 % focus goes to
    the chosen "200 %" instead, so a visitor's Enter on arrival does not shrink the text back."""
    window = make_window()
    window.session.set_font_scale(200)
    window.go("accessibility")
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.is_ready() and not window.focus._settle.isActive())
    focused = QApplication.focusWidget()
    assert focused is screen.size_buttons[200], _name(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.session.font_scale == 200


def test_controls_shown_with_the_data_that_made_the_screen_ready_get_focus(make_window, qtbot, pinned):
    """The meter providers arrive after the screen; the buttons added with them are shown by a
    queued event.  Focus placed while they were not shown yet (on the account field, the only
    control then) moves to the first provider once they show, not left on the field, from
    where Tab passed "Find" and went on to the bar.  (Seen under load in the keypad walk.)"""
    window = make_window()
    screen = show_state(window, qtbot, "meters", None)
    screen.set_providers(list(screen.providers))  # rebuilt: the new buttons are not shown yet
    window.focus.arrive()
    assert QApplication.focusWidget() is screen.account.edit  # as during loading
    first = screen.provider_buttons[0][1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    qtbot.waitUntil(lambda: not window.focus._settle.isActive())
    assert QApplication.focusWidget() is first


def test_a_step_still_loading_never_focuses_back_a_step(make_window, qtbot, pinned):
    """After a choice the next step's list loads on the database worker; meanwhile the only
    control is "← back a step", and an Enter there undid the choice.  Focus waits on the screen
    instead and goes to the first option when the list is there."""
    window = make_window()
    screen = show_state(window, qtbot, "clinic", None)
    gate = threading.Event()
    window.tasks.submit(lambda _store: gate.wait(10), lambda _r: None)  # the worker is busy
    try:
        _enter(qtbot)  # the first clinic: the specialties load behind the busy worker
        qtbot.waitUntil(lambda: screen.step == "specialty" and not screen.is_ready())
        qtbot.wait(200)  # several of the focus keeper's looks while loading
        focused = QApplication.focusWidget()
        assert focused is not screen.back_step and focused is not window.back_button, _name(focused)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: screen.is_ready() and bool(screen.buttons))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.buttons[0][1])
