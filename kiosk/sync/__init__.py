"""Kiosk ⇄ regional backend sync.

``transport`` (the kiosk's one bounded HTTP transport), ``client`` (the backend's API), ``errors``,
``backoff``, ``config`` and ``core`` are Qt-free; ``qt`` is the thin Qt adapter
(a QObject service with its own worker thread, and a small status widget); ``cli`` adds the
``configure``, ``sync`` and ``status`` subcommands.  See ``docs/sync.md``.
"""
