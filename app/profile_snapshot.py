"""Printer and material profiles read straight from the lab's database file, for commands that only
read them (`slice`, `gcode info`).

Opening the database the usual way loads SQLAlchemy and checks the migrations: about half a second
before the first layer is sliced. When the file is already at the schema this version writes and
every bundled preset is in it, the profiles (a lab's own edits included) are rows of one table that
the standard library's sqlite3 reads read-only in a few milliseconds. In any other case (a new or
older database, presets still to seed, a locked or unreadable file) there is no snapshot, and the
caller opens the database the usual way, which migrates and seeds it.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Protocol

from db.migrate import SCHEMA_HEAD
from printers.profiles import (
    MaterialProfile,
    PrinterProfile,
    ProfileError,
    UnknownProfileError,
    bundled_materials,
    bundled_printers,
)

PRINTER_KIND = "printer"
MATERIAL_KIND = "material"
MATERIAL_PREFIX = "material:"  # printers and materials share one table; the prefix keeps their ids apart


class ProfileReader(Protocol):
    """What slicing and G-code checks ask of the profiles: the store, or a snapshot of it."""

    def printers(self) -> list[PrinterProfile]: ...

    def materials(self) -> list[MaterialProfile]: ...

    def printer(self, profile_id: str) -> PrinterProfile: ...

    def material(self, material_id: str) -> MaterialProfile: ...


class ProfileSnapshot:
    """The profiles as the database held them when read; answers as ProfileStore does."""

    def __init__(self, printers: list[PrinterProfile], materials: list[MaterialProfile]) -> None:
        self._printers = sorted(printers, key=lambda p: p.id)
        self._materials = sorted(materials, key=lambda m: m.id)

    def printers(self) -> list[PrinterProfile]:
        return list(self._printers)

    def materials(self) -> list[MaterialProfile]:
        return list(self._materials)

    def printer(self, profile_id: str) -> PrinterProfile:
        for printer in self._printers:
            if printer.id == profile_id:
                return printer
        raise unknown_printer(profile_id, self._printers)

    def material(self, material_id: str) -> MaterialProfile:
        return pick_material(self._materials, material_id)


def unknown_printer(profile_id: str, printers: list[PrinterProfile]) -> UnknownProfileError:
    known = ", ".join(p.id for p in printers)
    return UnknownProfileError(f"No printer profile is called '{profile_id}': choose one of {known}.")


def pick_material(materials: list[MaterialProfile], material_id: str) -> MaterialProfile:
    """The material with this id or name (any case); raises UnknownProfileError listing the known ones."""
    for material in materials:
        if material.id.lower() == material_id.lower() or material.name.lower() == material_id.lower():
            return material
    known = ", ".join(m.id for m in materials)
    raise UnknownProfileError(f"No material is called '{material_id}': choose one of {known}.")


def read_profile_snapshot(db_file: Path) -> ProfileSnapshot | None:
    """The profiles of this database file, or None when it must be opened (migrated, seeded) first."""
    if not db_file.is_file():
        return None
    try:
        # Read-only: this process never changes the file, so it never races the process that owns it.
        connection = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if version != [(SCHEMA_HEAD,)]:
            return None
        rows = connection.execute("SELECT id, kind, data, is_builtin FROM printer_profiles").fetchall()
    except sqlite3.Error:  # no such table yet, locked, not a database: the usual path says which
        return None
    finally:
        connection.close()
    try:
        return _snapshot(rows)
    except (ValueError, TypeError, KeyError, ProfileError):
        return None  # a row the store would read differently: let the store read it


def _snapshot(rows: list[tuple[str, str, str, int]]) -> ProfileSnapshot | None:
    printers: list[PrinterProfile] = []
    materials: list[MaterialProfile] = []
    for key, kind, data, is_builtin in rows:
        fields = {**json.loads(data), "is_builtin": bool(is_builtin)}
        if kind == PRINTER_KIND:
            printers.append(PrinterProfile.from_dict({**fields, "id": key}))
        elif kind == MATERIAL_KIND:
            materials.append(MaterialProfile.from_dict({**fields, "id": key.removeprefix(MATERIAL_PREFIX)}))
    # A bundled preset not seeded yet (a newer version's): the store seeds it on its first read.
    if not {p.id for p in bundled_printers()} <= {p.id for p in printers}:
        return None
    if not {m.id for m in bundled_materials()} <= {m.id for m in materials}:
        return None
    return ProfileSnapshot(printers, materials)
