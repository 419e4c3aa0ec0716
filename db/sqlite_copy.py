"""A consistent copy of a live SQLite database, through SQLite's backup API (safe with WAL and while
the app writes, unlike copying the file). Only the standard library: backups load nothing heavy."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def copy_database(source: Path, target: Path) -> None:
    origin = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()
