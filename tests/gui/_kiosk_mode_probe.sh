#!/bin/sh
# Run by tests/gui/test_kiosk_mode_xvfb.py inside xvfb-run: the kiosk in kiosk mode on a bare X
# server (no window manager), then the keys a citizen might try.  Prints facts for the test.
set -u
"$PYTHON" main.py --db "$DB" > "$LOG" 2>&1 &
PID=$!
WID=$(timeout 60 xdotool search --sync --onlyvisible --class mfc-kiosk | head -n 1)
echo "window $WID"
xdotool getwindowgeometry "$WID"
for keys in alt+F4 ctrl+q ctrl+w Escape super; do
    xdotool key --window "$WID" "$keys"
done
# the keys above have been delivered once the X server answers a round trip
xdotool getwindowgeometry "$WID" > /dev/null
if kill -0 "$PID" 2>/dev/null; then echo "alive"; else echo "exited"; fi
kill -9 "$PID"
