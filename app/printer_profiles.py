"""Printer and material profiles stored in the DB (table printer_profiles), seeded with the bundled presets.

Rows keep the typed profile as JSON; the core only ever sees frozen PrinterProfile/MaterialProfile.
An operator may edit a bundled preset (the edit is kept) and put it back to the shipped values.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.profile_snapshot import pick_material, unknown_printer
from db.engine import unit_of_work
from db.models import Printer
from db.models.printing import PrinterProfile as ProfileRow
from i18n import _
from printers.profiles import (
    MaterialProfile,
    PrinterProfile,
    ProfileError,
    UnknownProfileError,
    bundled_materials,
    bundled_printers,
)

__all__ = [
    "MaterialProfile",
    "PrinterProfile",
    "ProfileError",
    "ProfileInUseError",
    "ProfileStore",
    "UnknownProfileError",
]

PRINTER_KIND = "printer"
MATERIAL_KIND = "material"


class ProfileInUseError(ValueError):
    """A profile still bound to a printer of this lab cannot be deleted."""


class ProfileStore:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._is_seeded = False

    def seed_builtin(self) -> int:
        """Adds bundled presets missing from the DB; never overwrites an operator's edit. Returns how many."""
        try:
            added = self._seed()
        except IntegrityError:
            added = 0  # another thread or process seeded the same rows first; theirs are as good
        self._is_seeded = True
        return added

    def _ensure_seeded(self) -> None:
        if not self._is_seeded:
            self.seed_builtin()

    def _seed(self) -> int:
        added = 0
        with unit_of_work(self._session_factory) as session:
            existing = set(session.scalars(select(ProfileRow.id)))
            for printer in bundled_printers():
                if printer.id not in existing:
                    session.add(_row(PRINTER_KIND, printer.id, printer.name, printer.to_dict(), True))
                    added += 1
            for material in bundled_materials():
                if _material_key(material.id) not in existing:
                    session.add(
                        _row(MATERIAL_KIND, _material_key(material.id), material.name, material.to_dict(), True)
                    )
                    added += 1
        return added

    def printers(self) -> list[PrinterProfile]:
        self._ensure_seeded()
        with self._session_factory() as session:
            rows = session.scalars(select(ProfileRow).where(ProfileRow.kind == PRINTER_KIND).order_by(ProfileRow.id))
            return [_printer(row) for row in rows]

    def lab_printer_ids(self) -> list[str]:
        """Profiles of this lab's enabled printers, the first registered first: what to slice for by default."""
        with self._session_factory() as session:
            ids = session.scalars(select(Printer.profile_id).where(Printer.is_enabled).order_by(Printer.id))
            return list(dict.fromkeys(ids))

    def materials(self) -> list[MaterialProfile]:
        self._ensure_seeded()
        with self._session_factory() as session:
            rows = session.scalars(select(ProfileRow).where(ProfileRow.kind == MATERIAL_KIND).order_by(ProfileRow.id))
            return [_material(row) for row in rows]

    def printer(self, profile_id: str) -> PrinterProfile:
        self._ensure_seeded()
        with self._session_factory() as session:
            row = session.get(ProfileRow, profile_id)
            if row is None or row.kind != PRINTER_KIND:
                raise unknown_printer(profile_id, self.printers())
            return _printer(row)

    def material(self, material_id: str) -> MaterialProfile:
        return pick_material(self.materials(), material_id)

    def save_printer(self, profile: PrinterProfile) -> PrinterProfile:
        """Validates, then inserts or replaces; raises ProfileError with the field at fault."""
        checked = PrinterProfile.from_dict(profile.to_dict())
        self._save(PRINTER_KIND, checked.id, checked.name, checked.to_dict())
        return self.printer(checked.id)

    def save_material(self, material: MaterialProfile) -> MaterialProfile:
        checked = MaterialProfile.from_dict(material.to_dict())
        self._save(MATERIAL_KIND, _material_key(checked.id), checked.name, checked.to_dict())
        return self.material(checked.id)

    def reset_builtin(self, profile_id: str) -> None:
        """Puts a bundled preset back to its shipped values."""
        shipped = {p.id: p.to_dict() for p in bundled_printers()}
        shipped.update({_material_key(m.id): m.to_dict() for m in bundled_materials()})
        if profile_id not in shipped and _material_key(profile_id) not in shipped:
            raise UnknownProfileError(_("'{profile_id}' is not a bundled preset, so it has no shipped "
                                        "values.").format(
                    profile_id=profile_id))
        key = profile_id if profile_id in shipped else _material_key(profile_id)
        with unit_of_work(self._session_factory) as session:
            row = session.get(ProfileRow, key)
            if row is not None:
                row.data = shipped[key]
                row.name = str(shipped[key]["name"])

    def delete(self, profile_id: str) -> None:
        with unit_of_work(self._session_factory) as session:
            row = session.get(ProfileRow, profile_id) or session.get(ProfileRow, _material_key(profile_id))
            if row is None:
                raise UnknownProfileError(_("No profile is called '{profile_id}'.").format(
                        profile_id=profile_id))
            if row.is_builtin:
                raise ProfileError(_("{name} is a bundled preset: edit it or reset it instead of deleting "
                                     "it.").format(
                        name=row.name))
            in_use = session.scalars(select(Printer.name).where(Printer.profile_id == row.id)).first()
            if in_use is not None:
                raise ProfileInUseError(_("Printer '{in_use}' uses {name}: give it another profile first.").format(
                        in_use=in_use, name=row.name))
            session.delete(row)

    def _save(self, kind: str, key: str, name: str, data: dict[str, object]) -> None:
        with unit_of_work(self._session_factory) as session:
            row = session.get(ProfileRow, key)
            if row is None:
                session.add(_row(kind, key, name, data, False))
            else:
                if row.kind != kind:
                    raise ProfileError(_("'{key}' is already used by a {kind} profile: choose another id.").format(
                            key=key, kind=row.kind))
                row.name = name
                row.data = {**data, "is_builtin": row.is_builtin}


def _material_key(material_id: str) -> str:
    # Printers and materials share one table; a prefix keeps their ids apart.
    return f"material:{material_id}"


def _row(kind: str, key: str, name: str, data: dict[str, object], is_builtin: bool) -> ProfileRow:
    return ProfileRow(id=key, kind=kind, name=name, data={**data, "is_builtin": is_builtin}, is_builtin=is_builtin)


def _printer(row: ProfileRow) -> PrinterProfile:
    return PrinterProfile.from_dict({**row.data, "id": row.id, "is_builtin": row.is_builtin})


def _material(row: ProfileRow) -> MaterialProfile:
    return MaterialProfile.from_dict({**row.data, "id": row.id.removeprefix("material:"), "is_builtin": row.is_builtin})
