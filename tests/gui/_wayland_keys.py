"""Key presses for cage, through sway: cage nested in sway, keys sent to sway's virtual keyboard.

cage 0.1.4 offers no protocol to inject keys (its globals: wl_seat, xdg_wm_base, screencopy ...,
no zwp_virtual_keyboard_manager_v1, so ``wtype`` says "Compositor does not support the virtual
keyboard protocol"); its headless backend has no input devices, and there is no /dev/uinput in a
container for ydotool.  sway offers the virtual keyboard, so cage runs with its Wayland backend
(``WLR_BACKENDS=wayland``) as sway's one window: keys sent to sway reach that window, and cage's
keyboard code (its shortcuts, then the kiosk) gets them as from a real keyboard.  sway swallows
the console-switch keys (Ctrl+Alt+F1..F12 mean XF86Switch_VT_n) before its windows see them, so
the keymap sway is given has plain F-keys there; cage decodes with its own default keymap.

``wtype`` (which sway accepts) does not fit: it uploads a keymap of its own, numbering the keys
in the order it meets them, and cage's Wayland backend ignores the parent's keymap and decodes key
codes with its own default one, so wtype's key codes would mean other keys to cage.  This client
uploads the default keymap, as libxkbcommon builds it for cage too, and sends evdev key codes.

The few requests needed are written here on the wire directly: pywayland (PyPI) generates its
classes from a protocol's XML, and virtual-keyboard-unstable-v1's is wlroots' own (not in
wayland-protocols), so it would mean vendoring that XML and a build step.
"""

from __future__ import annotations

import ctypes
import os
import socket
import struct
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from tests.gui._cage import KioskUser

# evdev key codes (linux/input-event-codes.h)
KEY = {"Escape": 1, "BackSpace": 14, "Tab": 15, "q": 16, "w": 17, "Return": 28, "Control_L": 29,
       "Alt_L": 56, "space": 57, "d": 32, "F2": 60, "F4": 62, "F11": 87, "Super_L": 125}
# The modifiers' bits in the default keymap (its real modifiers in order: Shift, Lock, Control, Mod1...)
MODIFIER = {"Control_L": 1 << 2, "Alt_L": 1 << 3, "Super_L": 1 << 6}
_RELEASED, _PRESSED = 0, 1
_XKB_V1 = 1


def default_keymap() -> bytes:
    """The keymap libxkbcommon builds from the defaults (us, pc105, evdev rules), as cage does."""
    xkb = ctypes.CDLL("libxkbcommon.so.0")
    xkb.xkb_context_new.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    xkb.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_get_as_string.restype = ctypes.c_void_p
    xkb.xkb_keymap_get_as_string.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xkb.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    xkb.xkb_context_unref.argtypes = [ctypes.c_void_p]
    context = xkb.xkb_context_new(0)
    keymap = xkb.xkb_keymap_new_from_names(context, None, 0)
    if not keymap:
        raise RuntimeError("libxkbcommon could not build the default keymap")
    text = xkb.xkb_keymap_get_as_string(keymap, 1)
    data = ctypes.string_at(text)
    ctypes.CDLL(None).free(ctypes.c_void_p(text))
    xkb.xkb_keymap_unref(keymap)
    xkb.xkb_context_unref(context)
    return data


def _string(value: str) -> bytes:
    raw = value.encode() + b"\0"
    return struct.pack("=I", len(raw)) + raw + b"\0" * (-len(raw) % 4)


class VirtualKeyboard:
    """A virtual keyboard on the compositor listening at ``socket_path``."""

    def __init__(self, socket_path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(socket_path)
        self.sock.settimeout(10)
        self._buffer = b""
        self._send(1, 1, struct.pack("=I", 2))  # wl_display.get_registry -> 2
        globals_ = self._roundtrip(3)
        for interface in ("wl_seat", "zwp_virtual_keyboard_manager_v1"):
            if interface not in globals_:
                raise RuntimeError(f"the compositor offers no {interface}: {sorted(globals_)}")
        self._send(2, 0, struct.pack("=I", globals_["wl_seat"]) + _string("wl_seat") + struct.pack("=II", 1, 4))
        self._send(2, 0, struct.pack("=I", globals_["zwp_virtual_keyboard_manager_v1"])
                   + _string("zwp_virtual_keyboard_manager_v1") + struct.pack("=II", 1, 5))
        self._send(5, 0, struct.pack("=II", 4, 6))  # create_virtual_keyboard(seat 4) -> 6
        # sway's copy: no console switching in it (cage uses its own keymap, with it).
        keymap = default_keymap().replace(b"XF86Switch_VT_", b"F") + b"\0"
        fd = os.memfd_create("keymap")
        try:
            os.write(fd, keymap)
            self._send(6, 0, struct.pack("=II", _XKB_V1, len(keymap)), fds=[fd])  # keymap(format, fd, size)
        finally:
            os.close(fd)
        self._roundtrip(7)

    def _send(self, obj: int, opcode: int, args: bytes, fds: Sequence[int] = ()) -> None:
        message = struct.pack("=II", obj, (8 + len(args)) << 16 | opcode) + args
        ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack(f"={len(fds)}i", *fds))] if fds else []
        self.sock.sendmsg([message], ancillary)

    def _roundtrip(self, callback: int) -> dict[str, int]:
        """wl_display.sync and read events until its callback is done; the registry's globals seen."""
        self._send(1, 0, struct.pack("=I", callback))
        seen: dict[str, int] = {}
        while True:
            while len(self._buffer) < 8:
                self._read()
            obj, head = struct.unpack_from("=II", self._buffer)
            size, opcode = head >> 16, head & 0xFFFF
            while len(self._buffer) < size:
                self._read()
            body, self._buffer = self._buffer[8:size], self._buffer[size:]
            if obj == 1 and opcode == 0:  # wl_display.error
                oid, code, length = struct.unpack_from("=III", body)
                raise RuntimeError(f"Wayland error on object {oid}, code {code}: {body[12:12 + length - 1].decode()}")
            if obj == 2 and opcode == 0:  # wl_registry.global(name, interface, version)
                name, length = struct.unpack_from("=II", body)
                seen[body[8:8 + length - 1].decode()] = name
            if obj == callback and opcode == 0:  # wl_callback.done
                return seen

    def _read(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise RuntimeError("the compositor closed the connection")
        self._buffer += chunk

    def _key(self, code: int, state: int) -> None:
        self._send(6, 1, struct.pack("=III", int(time.monotonic() * 1000) & 0xFFFFFFFF, code, state))

    def _modifiers(self, depressed: int) -> None:
        self._send(6, 2, struct.pack("=IIII", depressed, 0, 0, 0))

    def press(self, combination: str) -> None:
        """Press and release a combination such as ``Control_L+Alt_L+F2``: the keys go down in
        order and come up in reverse, as fingers do.  A virtual keyboard's keys do not change its
        modifiers (wlroots leaves that to the client, as wtype's -M does): they are sent with them."""
        names = combination.split("+")
        held = 0
        for name in names:
            self._key(KEY[name], _PRESSED)
            if name in MODIFIER:
                held |= MODIFIER[name]
                self._modifiers(held)
        for name in reversed(names):
            self._key(KEY[name], _RELEASED)
            if name in MODIFIER:
                held &= ~MODIFIER[name]
                self._modifiers(held)
        self._roundtrip(7)  # the compositor has taken them in

    def close(self) -> None:
        self._send(6, 3, b"")  # destroy
        self.sock.close()


class Sway:
    """sway, headless, as ``user``: the compositor cage runs in.  No bindings, no bar, no borders."""

    def __init__(self, user: KioskUser, base: Path) -> None:
        runtime = user.own_dir(base, "sway-runtime")
        config = base / "sway.conf"
        config.write_text("default_border none\n")
        config.chmod(0o644)
        env = {"PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(runtime), "WLR_BACKENDS": "headless",
               "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
        self.log = base / "sway.log"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(user.command(["sway", "--config", str(config)]), env=env,
                                         stdout=out, stderr=subprocess.STDOUT, cwd="/")
        deadline = time.monotonic() + 30
        while not (sockets := [p for p in runtime.glob("wayland-*") if p.is_socket()]):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"sway did not start: {self.log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        self.socket = str(sockets[0])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)
