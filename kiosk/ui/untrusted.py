"""Text a person typed, shown again safely (no Qt here: plain functions).

A bidirectional control character typed into a field (a right-to-left override, U+202E, say)
would reverse the kiosk's own sentence around the text when it is echoed back ("Nothing found for
«…»").  Two lines of defence: every kiosk text field removes these characters as they are typed
(``kiosk.ui.text_field.KioskLineEdit``), and every echo goes through :func:`echo`, which removes them
again and wraps the text in a first-strong isolate (U+2068 … U+2069), so that even right-to-left
letters in it cannot move the words around it.
"""

from __future__ import annotations

#: Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the left-to-right and
#: right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate

_REMOVE = dict.fromkeys(map(ord, BIDI_CONTROLS))


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional control characters."""
    return text.translate(_REMOVE)


def echo(text: object) -> str:
    """Untrusted ``text`` ready to be put into a sentence: controls removed, the rest isolated."""
    clean = strip_bidi(str(text))
    return f"{FSI}{clean}{PDI}" if clean else ""
