"""Translations: Qt Linguist catalogues in ``resources/translations`` and bilingual store data.

Source strings are English; Russian is the default language.  Every user-visible string is
written as ``QCoreApplication.translate("Context", "Text")`` so that ``pyside6-lupdate`` finds it.
After changing strings, regenerate and compile the catalogues (or call :func:`update_catalogues`)::

    .venv/bin/pyside6-lupdate $(find kiosk -name '*.py') -no-obsolete \
        -ts resources/translations/kiosk_ru.ts resources/translations/kiosk_en.ts
    # translate the new entries in Qt Linguist (.venv/bin/pyside6-linguist), then:
    .venv/bin/pyside6-lrelease resources/translations/kiosk_ru.ts resources/translations/kiosk_en.ts

The compiled ``.qm`` files are committed, so the kiosk runs without the Qt tools.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

log = logging.getLogger(__name__)

LOCALES = {"ru": "ru_RU", "en": "en_US"}
# Shown in their own language on purpose (the language switch); never translated.
UNTRANSLATED = frozenset({"English", "Русский", "EN", "RU"})


class Translations:
    """Installs the kiosk's and Qt's catalogues for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> None:
        """Swap catalogues; Qt then sends every widget a LanguageChange event."""
        if language == self.language:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        locale = QLocale(LOCALES[language])
        QLocale.setDefault(locale)  # number/date formats and the virtual keyboard's layout
        own = QTranslator(self._app)
        if own.load(f"kiosk_{language}", str(paths.translations_dir())):
            self._installed.append(own)
        else:
            log.error("translation catalogue kiosk_%s.qm is missing", language)
        if language != "en":
            qt = QTranslator(self._app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language


def data_text(row: Mapping[str, Any], field: str, language: str) -> str:
    """The ``field_<language>`` column of a store row, falling back to the other language."""
    value = row.get(f"{field}_{language}") or ""
    if not value:
        other = "en" if language == "ru" else "ru"
        value = row.get(f"{field}_{other}") or ""
    return str(value)


def update_catalogues(root: Path = paths.REPO_ROOT) -> None:
    """Run lupdate over ``kiosk/`` and lrelease on the catalogues (developer helper)."""
    bindir = Path(sys.executable).parent
    ts = [str(paths.translations_dir() / f"kiosk_{lang}.ts") for lang in LOCALES]
    sources = sorted(str(p.relative_to(root)) for p in (root / "kiosk").rglob("*.py"))
    subprocess.run([str(bindir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *ts], cwd=root, check=True)
    subprocess.run([str(bindir / "pyside6-lrelease"), *ts], cwd=root, check=True)
