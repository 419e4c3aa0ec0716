"""The lab's settings for commands that read no database otherwise (`slice`, `gcode info`, the
command-line language): straight from the file, read-only, without loading SQLAlchemy."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from app.money import CostFormat

LAB_SECTION = "lab"  # app.settings.SECTION_KEYS[LabSettings]
UI_SECTION = "ui"  # app.settings.SECTION_KEYS[UiSettings]


def read_section(db_file: Path, section: str) -> dict[str, Any]:
    """A stored settings section, or {} (the defaults) when the file is new, busy or not readable."""
    if not db_file.is_file():
        return {}
    try:
        # Read-only: this process never changes the file, so it never races the process that owns it.
        connection = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        row = connection.execute("SELECT value FROM site_settings WHERE key = ?", (section,)).fetchone()
    except sqlite3.Error:  # no such table yet, locked, not a database: the defaults will do for a figure
        return {}
    finally:
        connection.close()
    try:
        value = json.loads(row[0]) if row is not None else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def read_lab_section(db_file: Path) -> dict[str, Any]:
    return read_section(db_file, LAB_SECTION)


def lab_cost_format_from_file(db_file: Path) -> CostFormat:
    lab = read_lab_section(db_file)
    return CostFormat(str(lab.get("currency") or "USD"), str(lab.get("currency_symbol") or ""))


def lab_default_material_from_file(db_file: Path) -> str | None:
    material = read_lab_section(db_file).get("default_material_id")
    return str(material) if material else None
