"""Translations: Qt Linguist catalogues in ``resources/translations`` and bilingual store data.

Source strings are English; Russian is the default language.  Every user-visible string is
written as ``QCoreApplication.translate("Context", "Text")`` so that ``pyside6-lupdate`` finds it.
After changing strings, regenerate and compile the catalogues with :func:`update_catalogues`
(``python -c "from kiosk.ui.i18n import update_catalogues; update_catalogues()"``), which runs
the following and puts back the plural entries lupdate drops (:data:`PLURALS`)::

    .venv/bin/pyside6-lupdate $(find kiosk -name '*.py') -no-obsolete \
        -ts resources/translations/kiosk_ru.ts resources/translations/kiosk_en.ts
    # translate the new entries in Qt Linguist (.venv/bin/pyside6-linguist), then:
    .venv/bin/pyside6-lrelease resources/translations/kiosk_ru.ts resources/translations/kiosk_en.ts

The compiled ``.qm`` files are committed, so the kiosk runs without the Qt tools.
"""

from __future__ import annotations

import logging
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


def fmt(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` … placeholders of a translated text."""
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def local_decimal(text: str) -> str:
    """A number written with "." (``9700.0``) shown with the language's decimal mark (ru: ``9700,0``)."""
    return text.replace(".", QLocale().decimalPoint())


class Translations:
    """Installs the kiosk's and Qt's catalogues for one language at a time.

    Each language's catalogues are loaded once and kept (a few hundred KB for both languages):
    a switch only removes one set from the application and installs the other.  Loading new
    translators at every switch left the old ones alive as children of the application, about
    190 KB a switch for as long as the kiosk ran, and re-read the ``.qm`` files on every tap.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        # No Qt parent: these objects own the translators, and drop them in uninstall().
        self._loaded: dict[str, list[QTranslator]] = {}
        self.language = ""

    def _catalogues(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            locale = QLocale(LOCALES[language])
            found = []
            own = QTranslator()
            if own.load(f"kiosk_{language}", str(paths.translations_dir())):
                found.append(own)
            else:
                log.error("translation catalogue kiosk_%s.qm is missing", language)
            if language != "en":
                qt = QTranslator()
                if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    found.append(qt)
            self._loaded[language] = found
        return self._loaded[language]

    def set_language(self, language: str) -> None:
        """Swap catalogues; Qt then sends every widget a LanguageChange event."""
        if language == self.language:
            return
        catalogues = self._catalogues(language)
        self._remove_installed()
        QLocale.setDefault(QLocale(LOCALES[language]))  # number/date formats and the virtual keyboard's layout
        for translator in catalogues:
            self._app.installTranslator(translator)
        self.language = language

    def _remove_installed(self) -> None:
        for translator in self._loaded.get(self.language, ()):
            self._app.removeTranslator(translator)

    def uninstall(self) -> None:
        """Remove this window's catalogues from the application and free them (the window is going away)."""
        self._remove_installed()
        self._loaded.clear()
        self.language = ""


def data_text(row: Mapping[str, Any], field: str, language: str) -> str:
    """The ``field_<language>`` column of a store row, falling back to the other language."""
    value = row.get(f"{field}_{language}") or ""
    if not value:
        other = "en" if language == "ru" else "ru"
        value = row.get(f"{field}_{other}") or ""
    return str(value)


# pyside6-lupdate does not see the count argument of QCoreApplication.translate(ctx, text, "", n),
# so it drops plural entries; they are put back after every lupdate run.
PLURALS: dict[tuple[str, str], dict[str, list[str]]] = {
    ("Idle", "%n second(s) left"): {
        "ru": ["Осталась %n секунда", "Осталось %n секунды", "Осталось %n секунд"],
        "en": ["%n second left", "%n seconds left"],
    },
    ("SyncStatusWidget", "%n waiting"): {
        "ru": ["%n ждёт отправки", "%n ждут отправки", "%n ждут отправки"],
        "en": ["%n waiting", "%n waiting"],
    },
}


def restore_plurals(ts_path: Path, language: str) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path)
    root = tree.getroot()
    for (context_name, source), forms in PLURALS.items():
        context = next((c for c in root.iter("context") if c.findtext("name") == context_name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        message = next((m for m in context.iter("message") if m.findtext("source") == source), None)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
        message.set("numerus", "yes")
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        for form in forms[language]:
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def fill_translations(ts_path: Path, translations: Mapping[str, Mapping[str, str]]) -> int:
    """Set ``{context: {source: translation}}`` on the entries of ``ts_path``; returns how many."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path)
    done = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "")
            if text is None or message.get("numerus") == "yes":
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return done


def update_catalogues(root: Path = paths.REPO_ROOT) -> None:
    """Run lupdate over ``kiosk/``, restore plural entries, and lrelease the catalogues (developer helper)."""
    import subprocess

    bindir = Path(sys.executable).parent
    ts = [paths.translations_dir() / f"kiosk_{lang}.ts" for lang in LOCALES]
    sources = sorted(str(p.relative_to(root)) for p in (root / "kiosk").rglob("*.py"))
    subprocess.run([str(bindir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *map(str, ts)], cwd=root,
                   check=True)
    for lang, path in zip(LOCALES, ts, strict=True):
        restore_plurals(path, lang)
    subprocess.run([str(bindir / "pyside6-lrelease"), *map(str, ts)], cwd=root, check=True)
