"""Language switching leaves no untranslated text; DB worker; read-aloud with the mock engine."""

from __future__ import annotations

import re
import threading

from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.ui.i18n import UNTRANSLATED

from .conftest import show_screen

CYRILLIC = re.compile("[А-Яа-яЁё]")
LATIN_WORD = re.compile("[A-Za-z]{3,}")
WITH_DIGIT = re.compile(r"\S*\d\S*")
# A command a technician types (``main.py set-pin --role technician``) is the same in every language.
COMMAND = re.compile(r"main\.py(?:\s+-{0,2}[a-z][a-z-]*)*")
# Technical terms a technician sees as they are (protocols, formats); no citizen text uses them.
ALLOWED_LATIN = frozenset({"https", "http", "localhost", "URL", "TLS", "DNS", "TCP", "API", "PDF", "CSV",
                           "ZIP", "zip", "SQLite", "FHIR", "PEM", "crt", "pem", "pdf", "mock", "speechd", "UTC"})


def visible_texts(widget):
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget) and w.text():
            yield w, w.text()


def test_no_untranslated_text_on_any_screen(window, qtbot):
    for language in ("en", "ru"):
        window.session.set_language(language)
        for spec in window.registry.specs():
            show_screen(window, spec.screen_id, qtbot)
            qtbot.waitUntil(lambda lang=language: window.translations.language == lang)
            for w, text in visible_texts(window):
                if text in UNTRANSLATED:
                    continue
                if language == "en":
                    assert not CYRILLIC.search(text), (spec.screen_id, text)
                    assert not w.accessibleName() or not CYRILLIC.search(w.accessibleName())
                else:
                    # identifiers and addresses with digits (receipt numbers, kiosk IDs, URLs) are data
                    words = [m for m in LATIN_WORD.findall(WITH_DIGIT.sub("", COMMAND.sub("", text)))
                             if m not in ALLOWED_LATIN]
                    assert not words, (spec.screen_id, text)


def test_switch_retranslates_in_place(window, qtbot):
    screen = show_screen(window, "accessibility", qtbot)
    assert window.title_label.text() == "Специальные возможности"
    window.language_button.click()
    qtbot.waitUntil(lambda: window.title_label.text() == "Accessibility")
    assert window.current_id == "accessibility"
    assert screen.size_group.heading.text() == "Text size"
    assert window.language_button.text() == "Русский"


def test_tasks_run_on_worker_and_report_failures(tasks, qtbot):
    main = threading.get_ident()
    results, errors = [], []
    tasks.submit(lambda store: (threading.get_ident(), store.scalar("SELECT COUNT(*) FROM offices")),
                 results.append)
    tasks.submit(lambda store: store.query("SELECT * FROM no_such_table"), errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(results and errors))
    thread_id, count = results[0]
    assert thread_id != main and count == 2
    assert "no_such_table" in str(errors[0])


def test_deferred_worker_queues_jobs_until_started(qapp, db_path, qtbot):
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    runner = TaskRunner(lambda: open_store(db_path), start=False)
    try:
        opened, results = [], []
        runner.when_store_ready(opened.append, opened.append)
        runner.submit(lambda store: store.scalar("SELECT COUNT(*) FROM offices"), results.append)
        qtbot.wait(100)
        assert opened == [] and results == []  # nothing runs before start(): Home is painted first
        runner.start()
        runner.start()  # a second call changes nothing
        qtbot.waitUntil(lambda: bool(opened and results))
        assert results == [2] and runner.open_outcome[0] == "opened"
    finally:
        runner.shutdown()


def test_shutdown_runs_every_job_queued_before_it(qapp, db_path):
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    ran = []
    for _ in range(5):
        runner = TaskRunner(lambda: open_store(db_path), start=False)
        runner.start()
        runner.submit(lambda store: ran.append(store.scalar("SELECT COUNT(*) FROM offices")))
        runner.shutdown()  # at once: the worker may not even be turning yet
    assert ran == [2] * 5  # a write queued just before the kiosk exits is never dropped


def test_first_frame_is_signalled_once_when_home_is_painted(qapp, db_path, qtbot):
    """The worker and the start-up benchmark's ``ready`` wait for this signal."""
    from kiosk.ui.screens.registry import default_registry
    from kiosk.ui.shell import KioskWindow
    from kiosk.ui.tasks import TaskRunner
    from offline_db.opening import open_store

    runner = TaskRunner(lambda: open_store(db_path), start=False)
    window = KioskWindow(runner, default_registry(), kiosk_mode=False, tts_engine="mock")
    qtbot.addWidget(window)
    frames = []
    window.first_frame.connect(lambda: frames.append(window.current_id))
    try:
        assert not window.painted
        window.resize(1280, 1024)
        window.show()
        qtbot.waitUntil(lambda: frames == ["home"])
        assert window.painted
        window.repaint()
        window.go("offices")
        qtbot.wait(50)
        assert frames == ["home"]  # later frames are not "first"
    finally:
        window.shutdown()
        runner.shutdown()


def test_read_aloud_says_screen_title(window, qtbot):
    window.session.set_read_aloud(True)
    with qtbot.waitSignal(window.reader.spoken) as blocker:
        window.go("offices")
    assert blocker.args[0].startswith("Офисы МФЦ и часы работы")
    assert window.reader.engine.engine() == "mock"
    window.session.set_read_aloud(False)
    with qtbot.assertNotEmitted(window.reader.spoken):
        window.back()
