"""Clerk and technician consoles: PINs, audit, maintenance (Qt-free core) and their commands."""
