"""A consistent copy of a live SQLite database, through SQLite's backup API (safe with WAL and while
the app writes, unlike copying the file). Only the standard library: backups load nothing heavy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def copy_database(source: Path, target: Path) -> None:
    # A copy of the customer database is as private as the database (0600 where there are permissions).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
    origin = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()
