#!/bin/sh
# Make a Debian 12 machine a locked MFC kiosk, or update one: run as root from the project folder.
# Safe to run again: an update replaces the app and keeps the kiosk's data and local settings.
# What it does, and what to do next: docs/deploy-kiosk.md.
#
#   sudo scripts/install-kiosk.sh             # install or update, then (re)start the kiosk
#   sudo scripts/install-kiosk.sh --no-start  # the kiosk starts at the next boot
#   sudo scripts/install-kiosk.sh --speech    # also speech-dispatcher + espeak-ng (read-aloud)
#   sudo scripts/install-kiosk.sh --no-apt    # the Debian packages are installed already
set -eu

PREFIX=/opt/mfc-kiosk         # the app (app/) and its Python environment (venv/), root's
KIOSK_USER=mfc-kiosk          # the unprivileged user the kiosk runs as
DATA=/var/lib/mfc-kiosk       # the kiosk's store, token and logs (0700, the kiosk user's)
SRC=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)

start=yes apt=yes speech=no
for arg in "$@"; do
    case "$arg" in
        --no-start) start=no ;;
        --no-apt) apt=no ;;
        --speech) speech=yes ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "install-kiosk: unknown option $arg (--help lists them)" >&2; exit 2 ;;
    esac
done

say() { echo "install-kiosk: $*"; }
fail() { echo "install-kiosk: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run it as root: sudo $0"
[ -r "$SRC/main.py" ] && [ -r "$SRC/deploy/mfc-kiosk.service" ] || fail "run it from the project folder (scripts/install-kiosk.sh)"
if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
    fail "a desktop login (display manager) is enabled; a kiosk machine runs no desktop. Disable it with 'systemctl disable display-manager.service' and run this again"
fi

# 1. Debian packages: cage and Xwayland, Python, the libraries Qt loads, the logind PAM module.
. "$SRC/scripts/debian-packages.sh"
if [ "$apt" = yes ]; then
    packages="python3 python3-venv dbus libpam-systemd util-linux $QT_RUNTIME_PACKAGES $SESSION_PACKAGES $PRINT_PACKAGES"
    [ "$speech" = yes ] && packages="$packages $SPEECH_PACKAGES"
    # shellcheck disable=SC2086
    install_debian_packages $packages
fi
command -v cage >/dev/null 2>&1 || fail "cage is not installed (run without --no-apt)"
[ -x /usr/bin/python3 ] || fail "/usr/bin/python3 is missing (run without --no-apt)"

# 2. The kiosk's user: a system user with no password and no login shell.
if ! id -u "$KIOSK_USER" >/dev/null 2>&1; then
    useradd --system --user-group --home-dir "$DATA" --no-create-home --shell /usr/sbin/nologin \
        --comment "MFC kiosk" "$KIOSK_USER"
    say "created the user $KIOSK_USER"
fi
for group in video render input audio; do
    if getent group "$group" >/dev/null 2>&1; then
        usermod -a -G "$group" "$KIOSK_USER"
    fi
done
install -d -m 0700 -o "$KIOSK_USER" -g "$KIOSK_USER" "$DATA"

# 3. The app: a fresh copy, owned by root and readable by the kiosk's user, swapped in whole.
install -d -m 0755 "$PREFIX"
rm -rf "$PREFIX/app.new" "$PREFIX/app.old"
install -d -m 0755 "$PREFIX/app.new"
tar -C "$SRC" --exclude=__pycache__ --exclude='*.pyc' -cf - \
    main.py pyproject.toml README.md kiosk offline_db mfc_rules mfc_files resources deploy docs \
    | tar -C "$PREFIX/app.new" --no-same-owner --no-same-permissions -xf -
chown -R root:root "$PREFIX/app.new"
chmod -R u=rwX,go=rX "$PREFIX/app.new"
chmod 0755 "$PREFIX/app.new/deploy/mfc-kiosk-session" "$PREFIX/app.new/deploy/mfc-kiosk-admin"
if [ -d "$PREFIX/app" ]; then
    mv "$PREFIX/app" "$PREFIX/app.old"
fi
mv "$PREFIX/app.new" "$PREFIX/app"
rm -rf "$PREFIX/app.old"
say "app installed in $PREFIX/app"

# 4. Its Python environment: Debian's python3 (readable by everyone) with the app's dependencies
#    from pyproject.toml (the shared ones and the ``kiosk`` extra; not the backend's).  pip's own settings work for an offline machine (PIP_NO_INDEX=1 with
#    PIP_FIND_LINKS=/path/to/wheels).
if [ ! -x "$PREFIX/venv/bin/python" ]; then
    /usr/bin/python3 -m venv "$PREFIX/venv"
fi
requirements=$(mktemp)
trap 'rm -f "$requirements"' EXIT
/usr/bin/python3 -c 'import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["kiosk"]))' \
    "$PREFIX/app/pyproject.toml" > "$requirements"
"$PREFIX/venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement "$requirements"
chmod -R go=rX "$PREFIX/venv"
(cd / && runuser -u "$KIOSK_USER" -- "$PREFIX/venv/bin/python" -c "import PySide6.QtWidgets, PySide6.QtQuickWidgets") \
    || fail "the kiosk's user cannot load Qt from $PREFIX/venv"
say "Python environment ready in $PREFIX/venv"

# 5. The session: the systemd unit, its PAM stack, local settings, the technician's command,
#    and no SysRq keys.
install -m 0644 "$PREFIX/app/deploy/mfc-kiosk.service" /etc/systemd/system/mfc-kiosk.service
install -m 0644 "$PREFIX/app/deploy/mfc-kiosk.pam" /etc/pam.d/mfc-kiosk
install -m 0644 "$PREFIX/app/deploy/90-mfc-kiosk.conf" /etc/sysctl.d/90-mfc-kiosk.conf
install -m 0755 "$PREFIX/app/deploy/mfc-kiosk-admin" /usr/local/sbin/mfc-kiosk
if [ ! -e /etc/default/mfc-kiosk ]; then
    install -m 0644 "$PREFIX/app/deploy/mfc-kiosk.default" /etc/default/mfc-kiosk
fi
sysctl -q -p /etc/sysctl.d/90-mfc-kiosk.conf 2>/dev/null || say "kernel.sysrq = 0 takes effect at the next boot"
blank=$(cat /sys/module/kernel/parameters/consoleblank 2>/dev/null || echo 0)
if [ "$blank" != 0 ]; then
    say "warning: the kernel blanks its console after $blank s; add consoleblank=0 to the kernel command line"
fi

# 6. Boot into the kiosk: it owns tty1 (no login prompt there), Ctrl+Alt+Del does nothing.
systemctl mask --quiet ctrl-alt-del.target getty@tty1.service autovt@tty1.service
systemctl enable --quiet mfc-kiosk.service
systemctl set-default --quiet graphical.target
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    if [ "$start" = yes ]; then
        systemctl restart mfc-kiosk.service
        say "the kiosk is starting on tty1 (journalctl -u mfc-kiosk -f shows how it goes)"
    else
        say "the kiosk starts at the next boot"
    fi
else
    say "systemd is not running here: the kiosk starts at the next boot"
fi
say "next, if not done yet: the technician PIN (sudo mfc-kiosk set-pin --role technician) and"
say "enrolling the kiosk (sudo mfc-kiosk configure ...): docs/deploy-kiosk.md"
