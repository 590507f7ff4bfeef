"""Every file path the kiosk uses goes through here (platformdirs), so tests can redirect them.

``KIOSK_HOME`` (an environment variable) moves everything under one directory: tests and the
screenshot mode use it so nothing is written to the real user folders.  The data folder and the
log folder are the owner's only (0700): they hold the store, the token and logs.
"""

from __future__ import annotations

import os
from pathlib import Path

from mfc_files.private_files import make_private_dir

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
    return make_private_dir(path, tighten_existing=True)


def default_db_path() -> Path:
    return data_dir() / "kiosk.sqlite3"


def log_dir() -> Path:
    return make_private_dir(data_dir() / "logs", tighten_existing=True)


def translations_dir() -> Path:
    return RESOURCES / "translations"


def styles_dir() -> Path:
    return RESOURCES / "styles"


def icons_dir() -> Path:
    return RESOURCES / "icons"


def qml_dir() -> Path:
    return RESOURCES / "qml"
