#!/bin/sh
# Run by tests/e2e/test_install_kiosk.py inside its own mount namespace (unshare --mount): the
# machine's /etc is replaced by a copy, and /opt, /var/lib and /usr/local/sbin by empty folders,
# so scripts/install-kiosk.sh runs for real (useradd, files, systemctl enable) and leaves nothing.
# Prints facts for the test, one "name: value" a line.
set -eu
sandbox=$1
mount --bind "$sandbox/etc" /etc
# /opt empty but for what else lives there (a local package index, say), which stays reachable
mkdir -p "$sandbox/opt-before"
mount --bind /opt "$sandbox/opt-before"
mount -t tmpfs tmpfs /opt
for entry in "$sandbox"/opt-before/* "$sandbox"/opt-before/.[!.]*; do
    [ -e "$entry" ] || continue
    name=$(basename "$entry")
    [ "$name" = mfc-kiosk ] && continue
    if [ -d "$entry" ]; then mkdir "/opt/$name"; else touch "/opt/$name"; fi
    mount --bind "$entry" "/opt/$name"
done
mount -t tmpfs tmpfs /var/lib
mount -t tmpfs tmpfs /usr/local/sbin

first=$(scripts/install-kiosk.sh --no-apt --no-start 2>&1) || { echo "$first"; echo "first: failed"; exit 1; }
echo "$first" | sed 's/^/first: /'
second=$(scripts/install-kiosk.sh --no-apt --no-start 2>&1) || { echo "$second"; echo "second: failed"; exit 1; }
echo "$second" | sed 's/^/second: /'

echo "user: $(id -un mfc-kiosk) $(getent passwd mfc-kiosk | cut -d: -f6,7)"
echo "data: $(stat -c '%U %a' /var/lib/mfc-kiosk)"
echo "app: $(stat -c '%U %a' /opt/mfc-kiosk/app /opt/mfc-kiosk/app/main.py /opt/mfc-kiosk/app/deploy/mfc-kiosk-session | tr '\n' ' ')"
echo "leftovers: $(ls /opt/mfc-kiosk | tr '\n' ' ')"
cmp -s /etc/systemd/system/mfc-kiosk.service deploy/mfc-kiosk.service && echo "unit: installed"
echo "enabled: $(readlink /etc/systemd/system/graphical.target.wants/mfc-kiosk.service)"
for unit in ctrl-alt-del.target getty@tty1.service; do echo "masked: $unit $(readlink /etc/systemd/system/$unit)"; done
echo "pam: $(grep -c '^session.*pam_systemd' /etc/pam.d/mfc-kiosk)"
echo "sysrq: $(cat /etc/sysctl.d/90-mfc-kiosk.conf | grep -v '^#')"
if runuser -u mfc-kiosk -- touch /opt/mfc-kiosk/app/main.py 2>/dev/null; then echo "app writable by the kiosk user: yes"; fi
/usr/local/sbin/mfc-kiosk settings idle_timeout_s | sed 's/^/admin: /'
echo "store: $(stat -c '%U %a' /var/lib/mfc-kiosk/kiosk.sqlite3)"
