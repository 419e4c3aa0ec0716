"""Reading a G-code file the app did not necessarily make: analysis, safety check, layer preview.

Kept apart from slicing so that `heliofab gcode info` and the preview load the G-code reader alone,
not the slicer and its mesh libraries.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.printing.job_material import material_for_file
from app.profile_snapshot import ProfileReader
from printers.gcode import (
    GcodeAnalysis,
    PreviewLayer,
    SafetyReport,
    analyze_gcode,
    check_gcode,
    preview_layers,
    program_for_passes,
    read_gcode_lines,
)
from printers.profiles import PrinterProfile, generic_printer


@dataclass(frozen=True)
class GcodeInfo:
    path: Path
    printer: PrinterProfile
    analysis: GcodeAnalysis
    safety: SafetyReport


def inspect_gcode(
    profiles: ProfileReader,
    path: Path,
    *,
    printer_id: str | None = None,
    material_id: str | None = None,
    allow_firmware_changes: bool = False,
) -> GcodeInfo:
    """Analysis and safety check of any G-code file; without a printer, a generic large machine is assumed."""
    printer = profiles.printer(printer_id) if printer_id else generic_printer()
    program = program_for_passes(read_gcode_lines(path))
    material = profiles.material(material_id) if material_id else material_for_file(program, printer, profiles)
    safety = check_gcode(program, printer, allow_firmware_changes)
    analysis = analyze_gcode(program, printer, material)
    return GcodeInfo(Path(path), printer, analysis, safety)


def preview_gcode(path: Path) -> list[PreviewLayer]:
    """Per-layer extrusion and travel segments of a G-code file, for the layer preview."""
    return preview_layers(Path(path))
