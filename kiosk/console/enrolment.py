"""The technician's enrolment and settings form: read, validate every value, save.  Qt-free.

Validation reuses the sync configuration's checks (``kiosk.sync.config``: https required except
for localhost, proxy URL form) and the declared settings (``kiosk.settings``).  Errors come back
as ``{field: (code, params)}`` so the console shows a translated sentence at the field.

The token is written once to a 0600 file in the data directory (``config.write_token``); it is
never read back into the form, shown, logged or put in the audit log.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk import settings as ks
from kiosk.sync import config as cfg
from offline_db.store import Store

#: Form fields in display order; values are text as typed.
FIELDS = ("backend_url", "kiosk_id", "token", "ca_bundle", "proxy", "sync_interval_s", "sync_batch_size",
          "office_id", "idle_timeout_s", "console_idle_s", "default_language", "printer", "tts_voice")
INT_SETTINGS = ("sync_interval_s", "sync_batch_size", "idle_timeout_s", "console_idle_s")
PLAIN_SETTINGS = ("office_id", "default_language", "printer", "tts_voice")

Errors = dict[str, tuple[str, dict[str, Any]]]


def current(store: Store) -> dict[str, Any]:
    """The form's values now (text), the offices to choose from, and whether a token is saved."""
    values = {
        "backend_url": store.get_setting(cfg.K_URL) or "",
        "kiosk_id": ks.get(store, "kiosk_id"),
        "token": "",
        "ca_bundle": store.get_setting(cfg.K_CA) or "",
        "proxy": store.get_setting(cfg.K_PROXY) or "",
    }
    for key in INT_SETTINGS + PLAIN_SETTINGS:
        values[key] = str(ks.get(store, key))
    token_file = store.get_setting(cfg.K_TOKEN_FILE)
    return {"values": values, "has_token": bool(token_file and Path(token_file).is_file()),
            "offices": store.query("SELECT id, name_ru, name_en FROM offices WHERE retired_at IS NULL ORDER BY id")}


def _url_code(message: str) -> str:
    if "https" in message:
        return "https_required"
    if "query" in message:
        return "url_query"
    if "port" in message:
        return "bad_port"
    return "bad_url"


def validate(values: dict[str, str], *, has_token: bool, office_ids: set[str]) -> tuple[dict[str, Any], Errors]:
    """Check every field; returns (clean values, errors).  Empty optional fields mean "none"."""
    clean: dict[str, Any] = {}
    errors: Errors = {}
    text = {k: (values.get(k) or "").strip() for k in FIELDS}
    url = text["backend_url"]
    if url:
        try:
            clean["backend_url"] = cfg.check_backend_url(url)
        except cfg.ConfigError as exc:
            errors["backend_url"] = (_url_code(str(exc)), {})
    else:
        clean["backend_url"] = ""
    kiosk_id = text["kiosk_id"]
    if kiosk_id and (len(kiosk_id) > 64 or not kiosk_id.isprintable() or " " in kiosk_id):
        errors["kiosk_id"] = ("bad_kiosk_id", {})
    elif url and not kiosk_id:
        errors["kiosk_id"] = ("required", {})
    else:
        clean["kiosk_id"] = kiosk_id
    token = values.get("token") or ""
    if token:
        token = token.strip()
        if len(token) < 8 or len(token) > 4096 or any(c.isspace() for c in token) or not token.isprintable():
            errors["token"] = ("bad_token", {})
        else:
            clean["token"] = token
    elif url and not has_token:
        errors["token"] = ("required", {})
    ca = text["ca_bundle"]
    if ca:
        path = Path(ca)
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:200_000] if path.is_file() else None
        except OSError:
            head = None
        if head is None:
            errors["ca_bundle"] = ("no_file", {"path": ca})
        elif "BEGIN CERTIFICATE" not in head:
            errors["ca_bundle"] = ("not_pem", {})
        else:
            clean["ca_bundle"] = str(path.resolve())
    else:
        clean["ca_bundle"] = ""
    proxy = text["proxy"]
    if proxy:
        try:
            clean["proxy"] = cfg.check_proxy_url(proxy)
        except cfg.ConfigError:
            errors["proxy"] = ("bad_proxy", {})
    else:
        clean["proxy"] = ""
    for key in INT_SETTINGS:
        setting = ks.SETTINGS[key]
        lo, hi = _bounds(setting)
        try:
            clean[key] = setting.validate(int(text[key]))
        except (ValueError, ks.SettingError):
            errors[key] = ("range", {"min": lo, "max": hi})
    if text["office_id"] and text["office_id"] not in office_ids:
        errors["office_id"] = ("unknown_office", {})
    else:
        clean["office_id"] = text["office_id"]
    if text["default_language"] not in ("ru", "en"):
        errors["default_language"] = ("bad_language", {})
    else:
        clean["default_language"] = text["default_language"]
    printer = text["printer"]
    if len(printer) > 200 or not printer.isprintable():
        errors["printer"] = ("too_long", {})
    elif printer.startswith("pdf:") and not Path(printer[4:]).is_dir():
        errors["printer"] = ("no_dir", {"path": printer[4:]})
    else:
        clean["printer"] = printer
    voice = text["tts_voice"]
    if len(voice) > 100 or not voice.isprintable():
        errors["tts_voice"] = ("too_long", {})
    else:
        clean["tts_voice"] = voice
    return clean, errors


def _bounds(setting: ks.Setting) -> tuple[int, int]:
    """The smallest and largest accepted value of an integer setting (for the message)."""
    lo = hi = int(setting.default)
    for direction in (-1, 1):
        step = 1
        while step:
            probe = (lo if direction < 0 else hi) + direction * step
            try:
                setting.validate(probe)
            except ks.SettingError:
                step //= 2
                continue
            lo, hi = (probe, hi) if direction < 0 else (lo, probe)
            step *= 2
    return lo, hi


def save(store: Store, clean: dict[str, Any], data_dir: Path, *, role: str = "technician") -> list[str]:
    """Store the validated values; returns the keys that changed (each one audited).

    The token (when given) goes to its 0600 file; the audit entry says ``token`` changed, never
    its value.  Sync is un-paused when the connection settings changed.
    """
    before = current(store)["values"]
    changed: list[str] = []
    with store.atomic():
        connection_changed = False
        if "token" in clean:
            kiosk_id = clean.get("kiosk_id") or before["kiosk_id"] or "kiosk"
            path = cfg.write_token(data_dir, kiosk_id, clean["token"])
            store.set_setting(cfg.K_TOKEN_FILE, str(path))
            changed.append("token")
            connection_changed = True
        for key, setting_key in (("backend_url", cfg.K_URL), ("ca_bundle", cfg.K_CA), ("proxy", cfg.K_PROXY)):
            if key in clean and clean[key] != before[key]:
                store.set_setting(setting_key, clean[key] or None)
                changed.append(key)
                connection_changed = True
        if "kiosk_id" in clean and clean["kiosk_id"] != before["kiosk_id"]:
            ks.put(store, "kiosk_id", clean["kiosk_id"])
            changed.append("kiosk_id")
            connection_changed = True
            token_file = store.get_setting(cfg.K_TOKEN_FILE)
            if "token" not in clean and token_file and Path(token_file).is_file():
                # the token file is named after the kiosk id: keep it under the new name
                token = cfg.read_token(token_file)
                store.set_setting(cfg.K_TOKEN_FILE, str(cfg.write_token(data_dir, clean["kiosk_id"], token)))
        for key in INT_SETTINGS + PLAIN_SETTINGS:
            if key in clean and str(clean[key]) != before[key]:
                ks.put(store, key, clean[key])
                changed.append(key)
        if connection_changed:
            store.set_setting(cfg.K_PAUSED, False)
            store.delete_setting(cfg.K_ALERT)
        for key in changed:
            detail = "" if key == "token" else str(clean[key])[:200]
            store.audit(role, "settings.change", key, detail)
    return changed
