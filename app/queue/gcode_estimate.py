"""From a G-code file to what the planner needs: duration, energy, peak and a per-slot power profile."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from printers.gcode import GcodeReadError, GcodeSource, analyze_gcode
from printers.gcode.analysis import EnergySegment
from printers.profiles import MaterialProfile, PrinterProfile


class GcodeEstimateError(ValueError):
    """The file can't be analysed; the message says what to do."""


@dataclass(frozen=True)
class GcodeEstimate:
    duration_min: float
    energy_wh: float
    peak_w: float
    profile_w: tuple[float, ...]
    filament_g: float
    total_lines: int
    material_cost: float = 0.0


def profile_per_slot(segments: tuple[EnergySegment, ...], duration_s: float,
                     slot_min: float = 15.0) -> tuple[float, ...]:
    """Mean power in each slot: the energy of each segment split exactly across slot boundaries."""
    slot_s = slot_min * 60.0
    n = max(1, math.ceil(duration_s / slot_s - 1e-9))
    energy_j = [0.0] * n
    for seg in segments:
        t, end = seg.start_s, seg.start_s + seg.duration_s
        while t < end - 1e-9:
            i = min(int(t // slot_s), n - 1)
            cut = min(end, (i + 1) * slot_s) if i < n - 1 else end
            energy_j[i] += seg.power_w * (cut - t)
            t = cut
    return tuple(e / slot_s for e in energy_j)


def estimate_from_gcode(
    path: Path,
    slot_min: float = 15.0,
    *,
    printer: PrinterProfile | None = None,
    material: MaterialProfile | None = None,
    program: GcodeSource | None = None,
) -> GcodeEstimate:
    """Time, energy profile and grams; with the printer's power figures and the material's density when known.

    `program` is the file at `path` as the safety check that just read it holds it (tokenized, or its
    lines when the file is too large to keep tokenized), so the file is not read again."""
    try:
        analysis = analyze_gcode(program if program is not None else path, printer, material)
    except GcodeReadError as exc:
        raise GcodeEstimateError(str(exc)) from exc
    duration_s = analysis.print_time_s + analysis.heat_up_s
    if duration_s <= 0:
        raise GcodeEstimateError(f"{path.name} has no moves to print: slice the model again.")
    return GcodeEstimate(
        duration_min=duration_s / 60.0,
        energy_wh=analysis.energy_wh,
        peak_w=analysis.peak_w,
        profile_w=profile_per_slot(analysis.energy_profile, duration_s, slot_min),
        filament_g=analysis.filament_g,
        total_lines=analysis.total_lines,
        material_cost=analysis.material_cost,
    )
