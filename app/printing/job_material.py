"""Which material a G-code file from elsewhere is booked with (grams and cost): the one the file names,
when the lab knows it, else the default material of the printer profile it is checked for."""

from __future__ import annotations

from app.profile_snapshot import ProfileReader
from printers.gcode import GcodeSource
from printers.gcode.parse import program_parts
from printers.profiles import (
    MaterialProfile,
    PrinterProfile,
    UnknownProfileError,
    find_material,
)


def material_for_file(
    source: GcodeSource, printer: PrinterProfile, profiles: ProfileReader | None = None
) -> MaterialProfile | None:
    """`source` is the file as its check holds it (parsed, or its lines): only its comments are read.
    Without `profiles`, the bundled materials are the ones known. None when neither name is known."""
    _, _, notes = program_parts(source)
    for material_id in (notes.material, printer.default_material_id):
        if not material_id:
            continue
        try:
            return profiles.material(material_id) if profiles is not None else find_material(material_id)
        except UnknownProfileError:
            continue  # a slicer's own name ("PLA Basic"): the printer's default prices it instead
    return None
