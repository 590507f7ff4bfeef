"""What read-aloud says about a screen: its spoken summary, built from what the screen shows.

:func:`describe` walks a screen's widgets in the order they were built (the order they appear):
the visible texts, each list as "how many, and the first ones", each field with an error as
"field: what is wrong".  Controls are not read here: focus and the "read this screen" key reach
them.  Screens whose key fact needs more (a receipt number spelled in groups) override
``Screen.spoken_summary`` and use the helpers below.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

FIRST_ITEMS = 3      # a list is read as its size and its first few items
MAX_TEXTS = 14       # a long screen is summarised, not read out in full
_GLYPHS = re.compile("[⚠✓✗←⌂♿🔊•]")
_TAGS = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"<br\s*/?>|</p>|</li>", re.IGNORECASE)


def clean(text: str) -> str:
    """Text as it should be spoken: no markup, no decorative glyphs, one line."""
    text = " ".join(_GLYPHS.sub(" ", _TAGS.sub("", text)).split())
    return text.replace(" .", ".").replace(" ,", ",")


def sentences(parts: list[str]) -> str:
    """Join parts into sentences (a full stop where a part has no closing punctuation)."""
    out = []
    for part in (clean(p) for p in parts):
        if part:
            out.append(part if part[-1] in ".!?:…»”" else part + ".")
    return " ".join(out)


def spell_groups(number: str) -> str:
    """A receipt or ticket number character by character, with a pause between its groups:
    "C4PK-7N2D-8WQR" → "C 4 P K, 7 N 2 D, 8 W Q R"."""
    groups = [g for g in re.split(r"[-\s]+", number.strip()) if g]
    return ", ".join(" ".join(group) for group in groups)


def list_text(names: list[str]) -> str:
    """ "Items: 12. The first: A; B; C." in the current language."""
    if not names:
        return ""
    count = QCoreApplication.translate("Speech", "Items in the list: %1.").replace("%1", str(len(names)))
    first = "; ".join(clean(n) for n in names[:FIRST_ITEMS])
    if len(names) > FIRST_ITEMS:
        return f"{count} " + QCoreApplication.translate("Speech", "The first: %1.").replace("%1", first)
    return f"{count} {first}."


def _list_item(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton) and widget.property("role") == "tile"


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _field_name(field: QWidget) -> str:
    name = getattr(field, "label_text", None)
    if isinstance(name, str):
        return name
    label = getattr(field, "label", None) or getattr(field, "caption", None)
    return clean(label.text()).rstrip(" *") if isinstance(label, QLabel) else ""


def describe(root: QWidget) -> str:
    """The spoken summary of what ``root`` shows (see the module's description)."""
    parts: list[str] = []

    def walk(widget: QWidget) -> None:
        children = [c for c in widget.children() if isinstance(c, QWidget) and _visible(c, root)]
        items = [c for c in children if _list_item(c)]
        if len(items) >= 2:
            parts.append(list_text([b.accessibleName() or b.text() for b in items]))
        for child in children:
            if len(parts) >= MAX_TEXTS:
                return
            if isinstance(child, QAbstractButton):
                continue  # controls are read when focused; lists were counted above
            if child.property("quiet"):
                continue  # shown, but already read (the printer notice: once per flow)
            error = getattr(child, "error", None)
            if isinstance(error, QLabel) and error is not child:  # a form field: read only what is wrong with it
                if error.isVisibleTo(root) and error.text():
                    parts.append(f"{_field_name(child)}: {clean(error.text())}".lstrip(": "))
                continue
            if isinstance(child, QLabel):
                if child.text() and child.property("role") != "tileIcon":
                    parts.extend(_BREAKS.sub("\n", child.text()).splitlines())  # each line its own sentence
                continue
            walk(child)

    walk(root)
    return sentences(parts)
