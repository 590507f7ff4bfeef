"""Kiosk settings, each declared once: key, type, default, description and validation.

Values live in the store's ``settings`` table (JSON).  Reading an unknown key or writing an
invalid value raises :class:`SettingError` with a message fit for a technician.  Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from offline_db.store import Store


class SettingError(ValueError):
    """A setting value is not valid; the message says what is expected."""


class Setting(NamedTuple):  # a NamedTuple, not a dataclass: this module loads at every start
    key: str
    type_: type
    default: Any
    description: str
    check: Callable[[Any], str | None] | None = None  # returns an error message or None

    def validate(self, value: Any) -> Any:
        if self.type_ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type_ is bool and not isinstance(value, bool):
            raise SettingError(f"{self.key}: expected true or false, got {value!r}")
        if not isinstance(value, self.type_) or (self.type_ is int and isinstance(value, bool)):
            raise SettingError(f"{self.key}: expected {self.type_.__name__}, got {value!r}")
        if self.check:
            problem = self.check(value)
            if problem:
                raise SettingError(f"{self.key}: {problem}")
        return value


def _range(lo: float, hi: float) -> Callable[[Any], str | None]:
    return lambda v: None if lo <= v <= hi else f"must be between {lo} and {hi}"


def _one_of(*choices: str) -> Callable[[Any], str | None]:
    return lambda v: None if v in choices else f"must be one of {', '.join(choices)}"


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in [
        Setting("idle_timeout_s", int, 90, "Seconds without a touch before the idle warning", _range(30, 600)),
        Setting("idle_warning_s", int, 20, "Seconds the idle warning counts down (WCAG 2.2.1: >= 20)",
                _range(20, 120)),
        Setting("default_language", str, "ru", "Language a citizen session starts in", _one_of("ru", "en")),
        Setting("office_id", str, "", "Office this kiosk stands in (empty: the first office)"),
        Setting("kiosk_id", str, "", "Kiosk identifier given by the regional backend"),
        Setting("tts_engine", str, "", "Qt TextToSpeech engine ('' = platform default, 'mock' in tests)"),
        Setting("tts_voice", str, "", "Read-aloud voice name ('' = engine default)"),
        Setting("printer", str, "", "Printer name ('' = system default; 'pdf:DIR' saves PDFs to DIR)"),
        Setting("receipt_format", str, "auto", "Receipt paper: auto (the printer's own medium: its roll, "
                "or A4), roll80 or a4", _one_of("auto", "roll80", "a4")),
        Setting("print_timeout_s", int, 20, "Seconds a receipt may take to come out before its job is cancelled",
                _range(3, 120)),
        Setting("sync_interval_s", int, 60, "Seconds between automatic syncs", _range(5, 86400)),
        Setting("sync_batch_size", int, 100, "Outbox items per push request", _range(1, 1000)),
        Setting("queue_kiosk_index", int, 1, "This kiosk's offline ticket number range in its office (1..9; "
                "given by the regional backend at first contact)",
                _range(1, 9)),
        Setting("status_url", str, "", "Status page URL put in receipt QR codes before the number ('' = number only)"),
        Setting("pii_retention_h", int, 24, "Hours personal data stays in delivered items", _range(1, 720)),
        Setting("console_idle_s", int, 120, "Seconds without a touch before a clerk/technician console session ends",
                _range(30, 1800)),
    ]
}


def get(store: Store, key: str) -> Any:
    try:
        setting = SETTINGS[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}") from None
    value = store.get_setting(key, setting.default)
    try:
        return setting.validate(value)
    except SettingError:
        return setting.default


def put(store: Store, key: str, value: Any) -> None:
    try:
        setting = SETTINGS[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}") from None
    store.set_setting(key, setting.validate(value))


def parse_cli_value(key: str, text: str) -> Any:
    """Turn ``text`` from a command line into the setting's type (raises SettingError)."""
    try:
        setting = SETTINGS[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}") from None
    if setting.type_ is bool:
        if text.lower() in ("1", "true", "yes", "on"):
            return True
        if text.lower() in ("0", "false", "no", "off"):
            return False
        raise SettingError(f"{key}: expected true or false, got {text!r}")
    try:
        return setting.validate(setting.type_(text))
    except ValueError as exc:
        if isinstance(exc, SettingError):
            raise
        raise SettingError(f"{key}: expected {setting.type_.__name__}, got {text!r}") from None
