"""The technician's settings texts: field labels and hints, value errors, connection-test steps in plain words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.console import connection

from ..i18n import fmt


def labels() -> dict[str, tuple[str, str]]:
    """Field label and hint, translated."""
    return {
        "backend_url": (QCoreApplication.translate("Console", "Regional system address"), QCoreApplication.translate("Console", "https://… (plain http only for localhost)")),
        "kiosk_id": (QCoreApplication.translate("Console", "Kiosk ID"), QCoreApplication.translate("Console", "Given by the regional system, e.g. uly-kiosk-07")),
        "token": (QCoreApplication.translate("Console", "Kiosk token"), ""),
        "ca_bundle": (QCoreApplication.translate("Console", "CA bundle file (optional)"), QCoreApplication.translate("Console", "A PEM file with the certificates to trust")),
        "proxy": (QCoreApplication.translate("Console", "Proxy (optional)"), QCoreApplication.translate("Console", "e.g. http://proxy:3128")),
        "sync_interval_s": (QCoreApplication.translate("Console", "Sync interval, seconds"), ""),
        "sync_batch_size": (QCoreApplication.translate("Console", "Items per delivery batch"), ""),
        "office_id": (QCoreApplication.translate("Console", "Office"), QCoreApplication.translate("Console", "The office this kiosk stands in")),
        "idle_timeout_s": (QCoreApplication.translate("Console", "Citizen idle timeout, seconds"), ""),
        "console_idle_s": (QCoreApplication.translate("Console", "Console idle timeout, seconds"), ""),
        "default_language": (QCoreApplication.translate("Console", "Default language"), QCoreApplication.translate("Console", "The language a citizen sees first")),
        "printer": (QCoreApplication.translate("Console", "Printer"), QCoreApplication.translate("Console", "Empty: the system printer; pdf:FOLDER saves PDF files")),
        "tts_voice": (QCoreApplication.translate("Console", "Read-aloud voice"), QCoreApplication.translate("Console", "Empty: the default voice")),
    }


def error_text(code: str, params: dict[str, Any]) -> str:
    messages = {
        "https_required": QCoreApplication.translate("Console", "Use https: plain http is allowed only for localhost."),
        "bad_url": QCoreApplication.translate("Console", "Enter an address like https://backend.region.ru"),
        "url_query": QCoreApplication.translate("Console", "The address must not contain ? or #."),
        "bad_port": QCoreApplication.translate("Console", "The port in the address is not a number from 1 to 65535."),
        "bad_kiosk_id": QCoreApplication.translate("Console", "A kiosk ID has 1 to 64 characters and no spaces, like uly-kiosk-07."),
        "required": QCoreApplication.translate("Console", "Enter the token the regional system gave this kiosk."),
        "bad_token": QCoreApplication.translate("Console", "A token is one line of at least 8 characters without spaces."),
        "no_file": QCoreApplication.translate("Console", "There is no such file."),
        "not_pem": QCoreApplication.translate("Console", "This file holds no certificate (no BEGIN CERTIFICATE line)."),
        "bad_proxy": QCoreApplication.translate("Console", "Enter a proxy like http://proxy:3128"),
        "range": fmt(QCoreApplication.translate("Console", "Enter a whole number from %1 to %2."), params.get("min", ""), params.get("max", "")),
        "unknown_office": QCoreApplication.translate("Console", "There is no office with this ID."),
        "bad_language": QCoreApplication.translate("Console", "Enter ru or en."),
        "too_long": QCoreApplication.translate("Console", "Too long or has characters that cannot be printed."),
        "no_dir": QCoreApplication.translate("Console", "There is no such folder."),
    }
    return messages.get(code, QCoreApplication.translate("Console", "This value is not valid."))


STEP_NAMES = ("resolve", "connect", "tls", "auth", "version")


def step_name(step: str) -> str:
    return {"resolve": QCoreApplication.translate("Console", "Name resolution"), "connect": QCoreApplication.translate("Console", "Connection (TCP)"),
            "tls": QCoreApplication.translate("Console", "Secure connection (TLS) and certificate"), "auth": QCoreApplication.translate("Console", "Kiosk token"),
            "version": QCoreApplication.translate("Console", "API version")}[step]


def certificate_reason(reason: str) -> str:
    """OpenSSL's verify message in plain words (an unknown message is shown as it is)."""
    lowered = (reason or "").lower()
    known = (
        (("unable to get local issuer", "unable to get issuer", "self signed certificate in certificate chain",
          "self-signed certificate in certificate chain"),
         QCoreApplication.translate("Console", "it was issued by a certificate authority this kiosk does not trust")),
        (("self signed", "self-signed"), QCoreApplication.translate("Console", "it is self-signed")),
        (("expired",), QCoreApplication.translate("Console", "it has expired")),
        (("not yet valid",), QCoreApplication.translate("Console", "it is not valid yet (check the kiosk's clock)")),
        (("hostname mismatch", "ip address mismatch", "not valid for"),
         QCoreApplication.translate("Console", "it was issued for a different address")),
    )
    for words, text in known:
        if any(word in lowered for word in words):
            return text
    return reason


def certificate_date(text: str) -> str:
    """A certificate's ``notAfter`` ("Mar  1 12:00:00 2027 GMT") as a date people read (01.03.2027)."""
    import datetime as dt
    import ssl

    try:
        return dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text), dt.UTC).strftime("%d.%m.%Y")
    except (ValueError, TypeError, OverflowError):
        return text


def step_text(result: connection.StepResult) -> str:
    i = result.info
    texts = {
        "resolved": fmt(QCoreApplication.translate("Console", "%1 found: %2"), i.get("host"), i.get("addresses")),
        "bad_url": QCoreApplication.translate("Console", "The regional system address is not valid."),
        "unknown_host": fmt(QCoreApplication.translate("Console", "The name %1 is not known. Check the address and the DNS settings."), i.get("host")),
        "connected": fmt(QCoreApplication.translate("Console", "%1 port %2 answers (%3 ms)."), i.get("host"), i.get("port"), i.get("ms")),
        "timeout": fmt(QCoreApplication.translate("Console", "%1 port %2 did not answer in time. A firewall or the network may block it."),
                       i.get("host"), i.get("port")),
        "refused": fmt(QCoreApplication.translate("Console", "%1 refused the connection on port %2: the regional system is not running there."),
                       i.get("host"), i.get("port")),
        "unreachable": fmt(QCoreApplication.translate("Console", "%1 port %2 cannot be reached: %3"), i.get("host"), i.get("port"), i.get("error")),
        "plain_http": QCoreApplication.translate("Console", "Not used: plain http to this computer."),
        "via_proxy": QCoreApplication.translate("Console", "Checked through the proxy in the next step."),
        "verified": fmt(QCoreApplication.translate("Console", "Certificate of %1 is valid until %2 (issued by %3)."), i.get("subject"),
                        certificate_date(str(i.get("expires") or "")), i.get("issuer")),
        "certificate": fmt(QCoreApplication.translate("Console", "The certificate is not trusted: %1. Check the CA bundle file above."),
                           certificate_reason(str(i.get("reason") or ""))),
        "handshake": fmt(QCoreApplication.translate("Console", "The secure connection failed: %1"), i.get("error")),
        "ca_bundle": fmt(QCoreApplication.translate("Console", "The CA bundle cannot be used: %1"), i.get("error")),
        "no_token": QCoreApplication.translate("Console", "No token is saved. Enter the kiosk token and save."),
        "accepted": QCoreApplication.translate("Console", "The regional system accepted the kiosk token."),
        "token_rejected": QCoreApplication.translate("Console", "The regional system does not know this token. Enter the token again."),
        "revoked": QCoreApplication.translate("Console", "The regional system has revoked this kiosk's token. Ask its administrator for a new one."),
        "no_answer": fmt(QCoreApplication.translate("Console", "No usable answer: %1"), i.get("error")),
        "supported": fmt(QCoreApplication.translate("Console", "Supported (version %1)."), i.get("version")),
        "unsupported": fmt(QCoreApplication.translate("Console", "API version %1 is not supported (this kiosk speaks %2)."), i.get("version"),
                           i.get("supported")),
        "not_health": fmt(QCoreApplication.translate("Console", "The health check did not answer properly: %1"), i.get("error")),
        "previous_failed": QCoreApplication.translate("Console", "Not checked: an earlier step failed."),
    }
    return texts.get(result.code, result.code)
