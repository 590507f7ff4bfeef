#!/bin/sh
# The regional backend is its own deployable: install it ALONE (".[backend,test-backend]": no PySide6,
# no pytest-qt, no Qt libraries) into a virtual environment of its own and run its tests there
# (tests/backend and tests/rules).  CI runs this after the main suite (.ci/run).
#
#   scripts/test-backend-alone.sh                 # venv in .venv-backend (kept for the next run)
#   BACKEND_VENV=/tmp/rb-venv scripts/test-backend-alone.sh -x -q   # another place; pytest options
set -eu
cd "$(dirname "$0")/.."

VENV="${BACKEND_VENV:-.venv-backend}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q ".[backend,test-backend]"

# The point of this run: neither the kiosk's GUI toolkit nor its test plugin may be there.
if ! "$VENV/bin/python" - <<'PY'
import importlib.util, sys
present = [m for m in ("PySide6", "shiboken6", "pytestqt") if importlib.util.find_spec(m) is not None]
if present:
    print("test-backend-alone: the backend's venv has " + ", ".join(present) + " installed", file=sys.stderr)
sys.exit(1 if present else 0)
PY
then
    exit 1
fi

exec "$VENV/bin/python" -m pytest -p no:cacheprovider tests/backend tests/rules "$@"
