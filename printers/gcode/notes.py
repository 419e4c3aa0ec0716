"""What a slicer's comments say about the settings it sliced with: filament diameter, layer height,
the time a tool change takes and the material. Only commands move the printer; these notes let the estimate weigh the
filament the file was made for and count layers of the height it was sliced at.

Each slicer writes them its own way: PrusaSlicer, Slic3r and Orca `; filament_diameter = 2.85` (lists
for several extruders), Cura `;SETTING_3 ... material_diameter = 2.85` and `;Layer height: 0.2`,
Simplify3D `;   filamentDiameters,2.85|2.85`, ideaMaker `;Filament Diameter #1: 2.850`,
MatterSlice `; filamentDiameter = 2.85`, FlashPrint `;filament_diameter0: 1.75`. Cura's Ultimaker
header states the volume of filament instead (`;EXTRUDER_TRAIN.0.MATERIAL.VOLUME_USED:3778`), and its
UltiGCode flavour (like PrusaSlicer's `use_volumetric_e = 1`) counts E in cubic millimetres.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_VALUE = r"\s*[:=,]\s*([0-9]*\.?[0-9]+)"
_DIAMETER = re.compile(
    r"(?:filament_?diameters?0?|material_diameter|filament diameter(?: #1)?)" + _VALUE, re.IGNORECASE | re.ASCII
)
_LAYER_HEIGHT = re.compile(r"(?:layer_?height|layer height)" + _VALUE, re.IGNORECASE | re.ASCII)
_TOOL_CHANGE = re.compile(
    r"(filament_load_time|filament_unload_time|machine_load_filament_time|machine_unload_filament_time|"
    r"machine_tool_change_time)" + _VALUE,
    re.ASCII,
)
# Filament is 1.75 or 2.85 (3.0) mm; a stated value outside this is a typo or another setting.
_DIAMETER_RANGE_MM = (1.0, 3.5)
_LAYER_RANGE_MM = (0.01, 2.0)
_MAX_TOOL_CHANGE_S = 600.0
_VOLUME_USED = re.compile(r"EXTRUDER_TRAIN\.0\.MATERIAL\.VOLUME_USED\s*:\s*([0-9]*\.?[0-9]+)", re.ASCII)
# The material the file was sliced for: Heliofab's own header `; material = petg`, PrusaSlicer, Orca and
# SuperSlicer `; filament_type = PETG` (`PLA;PETG` with several extruders: the first is the one used first).
_MATERIAL = re.compile(r"(?:material|filament_type)\s*=\s*([^;]*)", re.IGNORECASE | re.ASCII)
_VOLUMETRIC = re.compile(r"(?:FLAVOR\s*:\s*UltiGCode|use_volumetric_e\s*=\s*1)\b", re.IGNORECASE | re.ASCII)


@dataclass(frozen=True)
class SlicerNotes:
    filament_diameter_mm: float | None = None
    layer_height_mm: float | None = None
    tool_change_s: float | None = None  # unload + load (+ the tool change itself) the slicer assumed
    filament_volume_mm3: float | None = None  # of the first extruder, where a slicer states volume, not length
    is_volumetric_e: bool = False  # E values are cubic millimetres of filament, not millimetres
    material: str | None = None  # as the slicer names it ("petg", "PETG"); whether the lab knows it is not checked here


def read_slicer_notes(lines: Iterable[str]) -> SlicerNotes:
    """The first value of each setting found in the comment lines; None for what no comment states."""
    diameter: float | None = None
    layer: float | None = None
    tool_times: dict[str, float] = {}
    volume: float | None = None
    is_volumetric = False
    material: str | None = None
    for raw in lines:
        if not raw.startswith(";"):
            continue
        # Cura packs its settings into ";SETTING_3" lines with escaped line breaks.
        for part in raw.lstrip(";").replace("\\\\n", "\n").replace("\\n", "\n").split("\n"):
            text = part.strip()
            if not text:
                continue
            if diameter is None:
                match = _DIAMETER.match(text)
                if match is not None:
                    diameter = _within(match.group(1), _DIAMETER_RANGE_MM)
            if layer is None:
                match = _LAYER_HEIGHT.match(text)
                if match is not None:
                    layer = _within(match.group(1), _LAYER_RANGE_MM)
            if volume is None:
                match = _VOLUME_USED.match(text)
                if match is not None:
                    volume = _within(match.group(1), (0.0, 1e9))
            if material is None:
                match = _MATERIAL.match(text)
                if match is not None:
                    material = match.group(1).strip().strip("\"'") or None
            if not is_volumetric and _VOLUMETRIC.match(text) is not None:
                is_volumetric = True
            match = _TOOL_CHANGE.match(text)
            if match is not None and match.group(1) not in tool_times:
                value = _within(match.group(2), (0.0, _MAX_TOOL_CHANGE_S))
                if value is not None:
                    tool_times[match.group(1)] = value
    tool_change = sum(tool_times.values())
    return SlicerNotes(
        diameter, layer, tool_change if tool_change > 0 else None, volume or None, is_volumetric, material or None
    )


def _within(text: str, bounds: tuple[float, float]) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if bounds[0] <= value <= bounds[1] else None
