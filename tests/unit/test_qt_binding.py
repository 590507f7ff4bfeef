"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a void C++ method;
a kiosk that runs for days would abort the interpreter after a few thousand calls.  pyproject
excludes that release; this test fails loudly if an installed binding behaves like it.
"""

from __future__ import annotations

import sys


def test_void_calls_do_not_leak_references_to_none(qapp) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    image = QImage(4, 4, QImage.Format_RGB32)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        image.setPixel(1, 1, 0)
        label.setText("x")
    after = sys.getrefcount(None)
    label.deleteLater()
    assert abs(after - before) < 50, f"None refcount went from {before} to {after}"
