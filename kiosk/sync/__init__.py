"""Kiosk ⇄ regional backend sync.

``client`` (HTTP), ``backoff``, ``config`` and ``core`` are Qt-free; ``qt`` is the thin Qt adapter
(a QObject service with its own worker thread, and a small status widget); ``cli`` adds the
``configure``, ``sync`` and ``status`` subcommands.  See ``docs/sync.md``.
"""
