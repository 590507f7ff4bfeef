"""The translation catalogues: every kiosk string has its Russian, and lupdate sees every string."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RU = ROOT / "resources" / "translations" / "kiosk_ru.ts"


def test_every_string_has_a_finished_russian_translation() -> None:
    missing = []
    for context in ET.parse(RU).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] if message.get("numerus") != "yes" else [
                form.text or "" for form in translation.iter("numerusform")]
            if not name or translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                missing.append(f"{name}: {message.findtext('source')}")
    assert not missing, missing[:20]


def test_strings_are_marked_with_literal_translate_calls() -> None:
    # lupdate reads QCoreApplication.translate("Context", "text") literally: an alias such as
    # tr = QCoreApplication.translate hides every string behind it (and files them with no context).
    offenders = [f"{path.relative_to(ROOT)}:{n}"
                 for path in (ROOT / "kiosk").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"=\s*QCoreApplication\.translate\s*(#.*)?$", line)]
    assert not offenders
