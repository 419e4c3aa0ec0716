"""Optional external backend: PrusaSlicer's CLI, driven with one flat INI written from our profiles.

PrusaSlicer 2.5 cannot select its vendor bundles from the CLI (a bundle given to --load silently
falls back to defaults), so every key that matters is written here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from printers.profiles import FirmwareFlavour, MaterialProfile, PrinterProfile
from printers.slicer.settings import SliceSettings
from printers.slicer.startend import render_template

PRUSA_EXECUTABLE = "prusa-slicer"
# "Objects could not fit on the bed" aborts: rc 134 through a shell, -6 (SIGABRT) from subprocess.
_DOES_NOT_FIT_RCS = frozenset({134, -6})
_PROGRESS = re.compile(r"^\d+ => ")
_LOG_LINE = re.compile(r"^\[[^\]]*\] \[[^\]]*\] \[(\w+)\]\s*(.*)$")


class ExternalSlicerError(RuntimeError):
    """PrusaSlicer is missing or failed; the message says what to do."""


@dataclass(frozen=True)
class ExternalSliceResult:
    output: Path
    seconds: float
    own_estimate_s: float | None  # PrusaSlicer's "; estimated printing time (normal mode)" comment


def find_prusa_slicer() -> str | None:
    return shutil.which(PRUSA_EXECUTABLE)


def prusa_ini(printer: PrinterProfile, material: MaterialProfile, settings: SliceSettings) -> str:
    lim = printer.limits
    flavour = {
        FirmwareFlavour.MARLIN: "marlin",
        FirmwareFlavour.MARLIN2: "marlin2",
        FirmwareFlavour.KLIPPER: "klipper",
        FirmwareFlavour.REPRAP: "reprapfirmware",
    }[printer.firmware]
    start = render_template(printer.start_gcode, printer, material, settings)
    end = render_template(printer.end_gcode, printer, material, settings)
    width = settings.extrusion_width_mm(printer)
    values: dict[str, object] = {
        "gcode_flavor": flavour,
        "bed_shape": f"0x0,{printer.bed_x_mm:g}x0,{printer.bed_x_mm:g}x{printer.bed_y_mm:g},0x{printer.bed_y_mm:g}",
        "max_print_height": f"{printer.bed_z_mm:g}",
        "nozzle_diameter": f"{printer.nozzle_mm:g}",
        "filament_diameter": f"{printer.filament_diameter_mm:g}",
        "filament_density": f"{material.density_g_cm3:g}",
        "temperature": f"{material.hotend_c:g}",
        "first_layer_temperature": f"{material.first_layer_hotend_c:g}",
        "bed_temperature": f"{material.bed_c if printer.has_heated_bed else 0:g}",
        "first_layer_bed_temperature": f"{material.first_layer_bed_c if printer.has_heated_bed else 0:g}",
        "layer_height": f"{settings.layer_height_mm:g}",
        "first_layer_height": f"{settings.first_layer_height_mm:g}",
        "perimeters": settings.perimeters,
        "top_solid_layers": settings.top_layers,
        "bottom_solid_layers": settings.bottom_layers,
        "fill_density": f"{settings.infill_pct:g}%",
        "fill_pattern": "rectilinear",
        "fill_angle": 45,
        "solid_infill_below_area": f"{settings.solid_infill_below_area_mm2:g}",
        "seam_position": settings.seam.value,
        "support_material": 1 if settings.has_supports else 0,
        "skirts": settings.skirt_loops,
        "skirt_distance": f"{settings.skirt_distance_mm:g}",
        "brim_width": 0,
        "extrusion_width": f"{width:g}",
        "first_layer_extrusion_width": f"{width:g}",
        "perimeter_speed": f"{printer.perimeter_speed_mm_s:g}",
        "external_perimeter_speed": f"{printer.external_perimeter_speed_mm_s:g}",
        "infill_speed": f"{printer.infill_speed_mm_s:g}",
        "solid_infill_speed": f"{printer.solid_infill_speed_mm_s:g}",
        "top_solid_infill_speed": f"{printer.solid_infill_speed_mm_s:g}",
        "first_layer_speed": f"{settings.first_layer_speed_mm_s or printer.first_layer_speed_mm_s:g}",
        "travel_speed": f"{settings.travel_speed_mm_s or printer.travel_speed_mm_s:g}",
        "gap_fill_speed": f"{printer.solid_infill_speed_mm_s:g}",
        "small_perimeter_speed": f"{printer.perimeter_speed_mm_s:g}",
        "bridge_speed": f"{printer.perimeter_speed_mm_s:g}",
        "retract_length": f"{printer.retract_length_mm:g}",
        "retract_speed": f"{printer.retract_speed_mm_s:g}",
        "retract_lift": 0,
        "retract_before_travel": 2,
        "use_relative_e_distances": 1,
        "cooling": 1 if material.fan_pct > 0 else 0,
        "min_fan_speed": material.fan_pct,
        "max_fan_speed": material.fan_pct,
        "slowdown_below_layer_time": 0,
        "fan_below_layer_time": 0,
        "disable_fan_first_layers": 1,
        "machine_limits_usage": "emit_to_gcode",
        "machine_max_acceleration_x": f"{lim.max_accel_x_mm_s2:g}",
        "machine_max_acceleration_y": f"{lim.max_accel_y_mm_s2:g}",
        "machine_max_acceleration_z": f"{lim.max_accel_z_mm_s2:g}",
        "machine_max_acceleration_e": f"{lim.max_accel_e_mm_s2:g}",
        "machine_max_acceleration_extruding": f"{lim.print_accel_mm_s2:g}",
        "machine_max_acceleration_retracting": f"{lim.retract_accel_mm_s2:g}",
        "machine_max_acceleration_travel": f"{lim.travel_accel_mm_s2:g}",
        "machine_max_feedrate_x": f"{lim.max_feed_x_mm_s:g}",
        "machine_max_feedrate_y": f"{lim.max_feed_y_mm_s:g}",
        "machine_max_feedrate_z": f"{lim.max_feed_z_mm_s:g}",
        "machine_max_feedrate_e": f"{lim.max_feed_e_mm_s:g}",
        "machine_max_jerk_x": f"{lim.jerk_x_mm_s:g}",
        "machine_max_jerk_y": f"{lim.jerk_y_mm_s:g}",
        "machine_max_jerk_z": f"{lim.jerk_z_mm_s:g}",
        "machine_max_jerk_e": f"{lim.jerk_e_mm_s:g}",
        "machine_min_extruding_rate": f"{lim.min_feed_mm_s:g}",
        "machine_min_travel_rate": f"{lim.min_travel_feed_mm_s:g}",
        "start_gcode": start.replace("\n", "\\n"),
        "end_gcode": end.replace("\n", "\\n"),
        "layer_gcode": _layer_gcode(printer, settings),
    }
    return "".join(f"{key} = {value}\n" for key, value in values.items())


def _layer_gcode(printer: PrinterProfile, settings: SliceSettings) -> str:
    """PrusaSlicer's per-layer G-code; with a lowered bed (the frames mode), its macro language sets
    the bed once the print is high enough, as the built-in slicer does."""
    if settings.bed_lowered_c is None or not printer.has_heated_bed:
        return "G92 E0"
    # layer_z is the top of the layer being started; the built-in slicer compares its bottom.
    first = settings.bed_lowered_after_mm + settings.layer_height_mm
    last = first + settings.layer_height_mm
    return (f"G92 E0\\n{{if layer_z > {first - 1e-3:.4f} and layer_z < {last - 1e-3:.4f}}}"
            f"M140 S{settings.bed_lowered_c:g}{{endif}}")


def slice_with_prusa(
    inputs: Sequence[Path],
    output: Path,
    printer: PrinterProfile,
    material: MaterialProfile,
    settings: SliceSettings,
    *,
    timeout_s: float = 600.0,
) -> ExternalSliceResult:
    """Several parts go on one plate (--merge); rc 134 means they do not fit the bed."""

    exe = find_prusa_slicer()
    if exe is None:
        raise ExternalSlicerError("PrusaSlicer is not installed: use the built-in slicer or install prusa-slicer.")
    with tempfile.TemporaryDirectory(prefix="heliofab-prusa-") as tmp:
        ini = Path(tmp) / "heliofab.ini"
        ini.write_text(prusa_ini(printer, material, settings), encoding="utf-8")
        partial = Path(tmp) / "out.gcode"
        args = [exe, "--loglevel", "1", "--load", str(ini), "--export-gcode", "-o", str(partial)]
        if len(inputs) > 1:
            args.append("--merge")
        args += [str(p) for p in inputs]
        started = time.perf_counter()
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ExternalSlicerError(
                f"PrusaSlicer took longer than {timeout_s:.0f} s: try the built-in slicer."
            ) from exc
        seconds = time.perf_counter() - started
        if done.returncode in _DOES_NOT_FIT_RCS or "could not fit" in done.stderr:
            bed = f"the {printer.bed_x_mm:.0f}×{printer.bed_y_mm:.0f} mm bed of {printer.name}"
            raise ExternalSlicerError(
                f"The part does not fit on {bed}: choose a larger printer or a smaller size."
                if len(inputs) == 1
                else f"The {len(inputs)} parts do not fit on {bed}: print fewer parts at once or choose a larger "
                     "printer."
            )
        if done.returncode != 0 or not partial.is_file():
            raise ExternalSlicerError(
                f"PrusaSlicer failed (exit {done.returncode}): {failure_reason(done.stderr, done.stdout)} "
                "Try the built-in slicer, or fix the part as PrusaSlicer says."
            )
        estimate = _own_estimate_s(partial)
        output.parent.mkdir(parents=True, exist_ok=True)
        staged = output.with_name(output.name + ".part")
        shutil.copyfile(partial, staged)
        os.replace(staged, output)
    return ExternalSliceResult(output, seconds, estimate)


def failure_reason(stderr: str, stdout: str) -> str:
    """PrusaSlicer's own words, whole: its error may span several lines ("There is an object with no
    extrusions in the first layer." then "Object name: box.stl"), among progress lines ("90 =>
    Exporting G-code") and log lines ("[2026-01-01 10:00:00.0] [0x7f] [error] ..."), which go; an
    [error] log line counts when nothing else says why."""
    said: list[str] = []
    logged: list[str] = []
    for text in (stderr, stdout):
        for raw in text.splitlines():
            line = raw.strip()
            if not line or _PROGRESS.match(line):
                continue
            log = _LOG_LINE.match(line)
            if log:
                if log.group(1) in ("error", "fatal") and log.group(2) not in logged:
                    logged.append(log.group(2))
                continue
            if line not in said:
                said.append(line)
    reason = " ".join(said or logged) or "it gave no reason."
    return reason if reason.endswith((".", "!", "?")) else reason + "."


def _own_estimate_s(path: Path) -> float | None:
    """PrusaSlicer's own figure, read only to compare against in benchmarks."""
    marker = "; estimated printing time (normal mode) = "
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(marker):
                return parse_duration(line[len(marker) :].strip())
    return None


def parse_duration(text: str) -> float:
    """'1h 07m 48s' or '1d 2h 3m 4s' -> seconds."""
    total = 0.0
    units = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
    for token in text.split():
        if token and token[-1] in units:
            total += float(token[:-1]) * units[token[-1]]
    return total
