# Sourced by scripts/setup.sh and scripts/install-kiosk.sh: the Debian packages the kiosk needs,
# and a function that installs the missing ones.  Not a script of its own.

# The system libraries Qt loads (EGL, xkbcommon, Wayland and X client libraries, the PulseAudio
# client for the virtual keyboard) and fonts with Cyrillic.
QT_RUNTIME_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
 libxkbcommon-x11-0 libdbus-1-3 libpulse0 fonts-dejavu-core libx11-xcb1 libxcb-cursor0 libxcb-icccm4
 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
 libxcb-xkb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 libspeechd2 tzdata"
# The kiosk session: cage (it exits at start without xwayland) and what systemd needs for it.
SESSION_PACKAGES="cage xwayland"
# Printing: the CUPS spooler and its filters; libcups2-dev and a compiler build pycups, through
# which the kiosk follows its print jobs (docs/printing.md).
PRINT_PACKAGES="cups-daemon cups-client cups-filters libcups2 libcups2-dev gcc python3-dev"
# The regional backend on PostgreSQL: libpq5 is the client library psycopg 3 loads (Debian's, so
# it gets Debian's security updates); the server (Debian's PostgreSQL, 15 on bookworm) is what the
# backend's tests start a throwaway cluster of (tests/pg_cluster.py) and what a region may run.
BACKEND_PACKAGES="libpq5 postgresql"
# Read-aloud on a real kiosk (scripts/setup.sh --speech, scripts/install-kiosk.sh).
SPEECH_PACKAGES="speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"

# install_debian_packages PACKAGE...: apt-get install those not installed yet (as root, or sudo).
install_debian_packages() {
    missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -n "$missing" ] || return 0
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "installing Debian packages:$missing"
    $sudo apt-get update -q
    # shellcheck disable=SC2086  # the list is words on purpose
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}
