"""Database failures meant for the operator; importable without loading SQLAlchemy, so the CLI starts fast."""

from __future__ import annotations


class NotADatabaseError(Exception):
    """The DB path holds something that is not an SQLite database."""


class MigrationError(Exception):
    """The schema could not be brought to head; the message names the backup to restore."""


class DatabaseTooNewError(MigrationError):
    """The DB was written by a newer Heliofab."""
