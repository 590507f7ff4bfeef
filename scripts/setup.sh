#!/bin/sh
# Install everything the kiosk and its tests need on Debian/Ubuntu: the system libraries Qt loads
# (scripts/debian-packages.sh), the kiosk session's compositor, PostgreSQL for the backend, the
# tools the tests drive, a virtual environment in .venv, and the project with the kiosk's, the
# backend's and the tests' extras (pyproject.toml).  Safe to run again.
# (A kiosk machine is set up with scripts/install-kiosk.sh instead: docs/deploy-kiosk.md.)
#
#   scripts/setup.sh          # libraries for tests and the kiosk
#   scripts/setup.sh --speech # also speech-dispatcher + espeak-ng for read-aloud on a real kiosk
set -eu
cd "$(dirname "$0")/.."

. scripts/debian-packages.sh
# The tests also run the kiosk under Xvfb and under cage (xdotool drives X, grim takes cage's
# screenshots, sway runs cage to receive keys: cage has no way in for them) and check the systemd
# unit (systemd-analyze, from the systemd package); the printing tests run a private cupsd with a
# CUPS-PDF queue (tests/cups_server.py); the backend's tests run it on a PostgreSQL server of their
# own (BACKEND_PACKAGES).
DEB_PACKAGES="python3 python3-venv python3-pip $QT_RUNTIME_PACKAGES $SESSION_PACKAGES $PRINT_PACKAGES
 $BACKEND_PACKAGES xvfb xauth xdotool grim sway systemd printer-driver-cups-pdf"
if [ "${1:-}" = "--speech" ]; then
    DEB_PACKAGES="$DEB_PACKAGES $SPEECH_PACKAGES"
fi
if command -v apt-get >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    install_debian_packages $DEB_PACKAGES
else
    echo "setup: apt-get not found; install the packages listed in scripts/debian-packages.sh yourself" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[kiosk,backend,test]"
echo "setup: ready (.venv)"
