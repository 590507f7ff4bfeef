"""Sync configuration: where it lives and how it is checked.  Qt-free.

Kept in the store's ``settings`` table (JSON values) under these keys:

=======================  =================================================================
``kiosk_id``             kiosk identifier given by the regional backend (a declared setting)
``sync.backend_url``     backend base URL, ``https://…`` (``http://`` only for localhost)
``sync.token_file``      path of the token file (mode 0600, in the data directory)
``sync.ca_bundle``       optional CA bundle file (PEM) added for TLS verification
``sync.proxy``           optional proxy URL for HTTP and HTTPS
``sync.timeout_s``       ``[connect, read]`` seconds: to connect, and the longest wait for the
                         next data of an answer (default ``[5, 30]``)
``sync.request_limit_s`` the longest one request may take as a whole: connecting, headers and
                         the complete body, however slowly data keeps coming (default 120)
``sync.backoff_base_s``  back-off base in seconds (default 2)
``sync.backoff_cap_s``   back-off cap in seconds (default 300)
``sync.max_body_mb``     largest response body accepted, MB (default 20)
``sync.paused``          true after a 401/403 until ``configure`` is run again
``sync.alert``           text for the technician while paused
``sync.last_error``      last error in plain words (cleared by a sync that succeeds)
``sync.last_error_at``   when it happened
``sync.last_success_at`` last sync that delivered and pulled without an error
=======================  =================================================================

Interval, batch size and retention are the declared settings ``sync_interval_s``,
``sync_batch_size`` and ``pii_retention_h`` (``kiosk/settings.py``).  The token itself is never
stored in the database, printed or logged.
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from kiosk import settings as kiosk_settings
from offline_db.store import Store

K_URL = "sync.backend_url"
K_TOKEN_FILE = "sync.token_file"
K_CA = "sync.ca_bundle"
K_PROXY = "sync.proxy"
K_TIMEOUT = "sync.timeout_s"
K_REQUEST_LIMIT = "sync.request_limit_s"
K_BASE = "sync.backoff_base_s"
K_CAP = "sync.backoff_cap_s"
K_MAX_BODY = "sync.max_body_mb"
K_PAUSED = "sync.paused"
K_ALERT = "sync.alert"
K_LAST_ERROR = "sync.last_error"
K_LAST_ERROR_AT = "sync.last_error_at"
K_LAST_SUCCESS = "sync.last_success_at"

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class ConfigError(ValueError):
    """Sync is not configured, or a value is wrong; the message is one line for a technician."""


@dataclass(frozen=True)
class SyncConfig:
    backend_url: str
    kiosk_id: str
    token: str
    ca_bundle: str | None = None
    proxy: str | None = None
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 30.0
    request_limit_s: float = 120.0
    backoff_base_s: float = 2.0
    backoff_cap_s: float = 300.0
    max_body_bytes: int = 20 * 1024 * 1024
    batch_size: int = 100
    interval_s: int = 60
    retention_h: int = 24

    def __repr__(self) -> str:  # never show the token
        return f"SyncConfig(backend_url={self.backend_url!r}, kiosk_id={self.kiosk_id!r}, token=***)"


def check_backend_url(url: str) -> str:
    """Normalise a backend URL; https is required except for localhost and 127.0.0.1."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"backend URL must look like https://host[:port], got {url!r}")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise ConfigError("backend URL must use https (plain http is allowed only for localhost)")
    if parts.query or parts.fragment:
        raise ConfigError("backend URL must not have a query or a fragment")
    path = parts.path.rstrip("/")
    if path.endswith("/api/v1"):
        path = path[: -len("/api/v1")]
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"backend URL has a bad port: {url!r}") from None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    netloc = host + (f":{port}" if port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path, "", ""))


def check_proxy_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        raise ConfigError(f"proxy URL must look like http://host:port, got {url!r}")
    return url.strip()


def read_token(path: Path | str) -> str:
    """Read a token file: one line of printable characters, nothing else."""
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(f"token file {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"token file {path} cannot be read ({exc.__class__.__name__})") from None
    if not text or any(c.isspace() for c in text) or not text.isprintable() or len(text) > 4096:
        raise ConfigError(f"token file {path} must hold exactly one token on one line")
    return text


def write_token(directory: Path, kiosk_id: str, token: str) -> Path:
    """Write the token to ``directory/sync-token-<kiosk>`` with mode 0600; returns the path."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in kiosk_id)
    path = directory / f"sync-token-{safe}"
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (token + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return path


def load(store: Store) -> SyncConfig:
    """The sync configuration from the store (raises :class:`ConfigError` when not configured)."""
    url = store.get_setting(K_URL)
    if not url:
        raise ConfigError("sync is not configured; run: main.py configure --backend URL --kiosk-id ID "
                          "--token-file FILE")
    kiosk_id = kiosk_settings.get(store, "kiosk_id")
    token_file = store.get_setting(K_TOKEN_FILE)
    if not kiosk_id or not token_file:
        raise ConfigError("sync configuration is incomplete; run configure again")
    timeout = store.get_setting(K_TIMEOUT, [5, 30])
    return SyncConfig(
        backend_url=check_backend_url(url),
        kiosk_id=kiosk_id,
        token=read_token(token_file),
        ca_bundle=store.get_setting(K_CA) or None,
        proxy=store.get_setting(K_PROXY) or None,
        connect_timeout_s=float(timeout[0]),
        read_timeout_s=float(timeout[1]),
        request_limit_s=max(0.5, float(store.get_setting(K_REQUEST_LIMIT, 120.0))),
        backoff_base_s=float(store.get_setting(K_BASE, 2.0)),
        backoff_cap_s=float(store.get_setting(K_CAP, 300.0)),
        max_body_bytes=int(float(store.get_setting(K_MAX_BODY, 20)) * 1024 * 1024),
        batch_size=min(500, kiosk_settings.get(store, "sync_batch_size")),
        interval_s=kiosk_settings.get(store, "sync_interval_s"),
        retention_h=kiosk_settings.get(store, "pii_retention_h"),
    )
