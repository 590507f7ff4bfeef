"""Every file path the kiosk uses goes through here (platformdirs), so tests can redirect them.

``KIOSK_HOME`` (an environment variable) moves everything under one directory: tests and the
screenshot mode use it so nothing is written to the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "mfc-kiosk"
REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"


def data_dir() -> Path:
    home = os.environ.get("KIOSK_HOME")
    if home:
        path = Path(home)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "kiosk.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def translations_dir() -> Path:
    return RESOURCES / "translations"


def styles_dir() -> Path:
    return RESOURCES / "styles"


def icons_dir() -> Path:
    return RESOURCES / "icons"
