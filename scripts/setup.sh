#!/bin/sh
# Install everything the kiosk and its tests need on Debian/Ubuntu: the system libraries Qt loads
# (EGL, xkbcommon, PulseAudio client for the virtual keyboard, fonts with Cyrillic), a virtual
# environment in .venv, and the project with its test extra.  Safe to run again.
#
#   scripts/setup.sh          # libraries for tests and the kiosk
#   scripts/setup.sh --speech # also speech-dispatcher + espeak-ng for read-aloud on a real kiosk
set -eu
cd "$(dirname "$0")/.."

DEB_PACKAGES="python3 python3-venv python3-pip libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6
 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libpulse0 fonts-dejavu-core
 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libspeechd2 tzdata
 xvfb xauth xdotool"
if [ "${1:-}" = "--speech" ]; then
    DEB_PACKAGES="$DEB_PACKAGES speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
fi

if command -v apt-get >/dev/null 2>&1; then
    missing=""
    for pkg in $DEB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        SUDO=""
        [ "$(id -u)" -ne 0 ] && SUDO="sudo"
        echo "setup: installing Debian packages:$missing"
        $SUDO apt-get update -q
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
    fi
else
    echo "setup: apt-get not found; install the Qt runtime libraries listed in scripts/setup.sh yourself" >&2
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test]"
echo "setup: ready (.venv)"
