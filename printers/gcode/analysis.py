"""G-code analysis for any file, ours or another slicer's: motion time, heat-up, filament, layers,
bounding box and an energy profile over time.

Only commands are read. Slicers' estimate comments and M73 progress are ignored on purpose: the
numbers must be ours, and must hold for G-code from anywhere.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from printers.gcode.motion import MachineLimits, plan_times
from printers.gcode.parse import GcodeCommand, GcodeSource, iter_commands, source_lines
from printers.profiles import MaterialProfile, MotionLimits, PowerDraw, PrinterProfile

DEFAULT_FILAMENT_MM = 1.75
DEFAULT_DENSITY_G_CM3 = 1.24
_ARC_SEGMENT_MM = 1.0


class EnergyPhase(enum.Enum):
    HEAT_UP = "heat_up"
    PRINTING = "printing"
    IDLE = "idle"


@dataclass(frozen=True)
class EnergySegment:
    start_s: float
    duration_s: float
    power_w: float
    phase: EnergyPhase

    @property
    def energy_wh(self) -> float:
        return self.power_w * self.duration_s / 3600.0

    def to_json(self) -> dict[str, Any]:
        return {
            "start_s": round(self.start_s, 1),
            "duration_s": round(self.duration_s, 1),
            "power_w": round(self.power_w, 1),
            "phase": self.phase.value,
        }


@dataclass(frozen=True)
class BoundingBox:
    min_x: float
    min_y: float
    min_z: float
    max_x: float
    max_y: float
    max_z: float

    def to_json(self) -> dict[str, float]:
        return {k: round(v, 3) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class GcodeAnalysis:
    print_time_s: float  # motion + dwells, heat-up excluded (what slicers report)
    heat_up_s: float  # waiting for M109/M190
    filament_mm: float  # net filament pushed into the hotend
    filament_g: float
    filament_cm3: float
    material_cost: float
    energy_wh: float
    peak_w: float
    layers: int
    bbox: BoundingBox | None  # of extruding moves; None when nothing is extruded
    retractions: int
    travel_moves: int
    extrusion_moves: int
    total_lines: int  # lines in the file
    command_count: int  # lines a print session will send
    layer_z_mm: tuple[float, ...]
    layer_first_lines: tuple[int, ...]  # 1-based file line where each layer starts
    energy_profile: tuple[EnergySegment, ...] = field(default_factory=tuple)

    @property
    def total_time_s(self) -> float:
        return self.print_time_s + self.heat_up_s

    def to_json(self) -> dict[str, Any]:
        return {
            "print_time_s": round(self.print_time_s, 1),
            "heat_up_s": round(self.heat_up_s, 1),
            "total_time_s": round(self.total_time_s, 1),
            "filament_mm": round(self.filament_mm, 1),
            "filament_g": round(self.filament_g, 2),
            "filament_cm3": round(self.filament_cm3, 3),
            "material_cost": round(self.material_cost, 2),
            "energy_wh": round(self.energy_wh, 1),
            "peak_w": round(self.peak_w, 1),
            "layers": self.layers,
            "bbox": self.bbox.to_json() if self.bbox is not None else None,
            "retractions": self.retractions,
            "travel_moves": self.travel_moves,
            "extrusion_moves": self.extrusion_moves,
            "total_lines": self.total_lines,
            "command_count": self.command_count,
            "energy_profile": [s.to_json() for s in self.energy_profile],
        }


@dataclass
class _Heater:
    rate_c_s: float
    ambient_c: float
    target_c: float = 0.0
    start_c: float = 0.0
    set_at_s: float = 0.0

    def __post_init__(self) -> None:
        self.start_c = self.ambient_c

    def temp_at(self, t: float) -> float:
        if self.target_c >= self.start_c:
            return min(self.target_c, self.start_c + self.rate_c_s * (t - self.set_at_s))
        # Cooling is slow and never waited for by slicers' G-code; a floor at the target is enough.
        return max(self.target_c, self.ambient_c)

    def set_target(self, t: float, target_c: float) -> None:
        self.start_c = self.temp_at(t)
        self.set_at_s = t
        self.target_c = max(target_c, 0.0)

    def reached_at(self) -> float:
        return self.set_at_s + max(0.0, self.target_c - self.start_c) / self.rate_c_s

    def is_heating_at(self, t: float) -> bool:
        return self.target_c > self.start_c and t < self.reached_at()


@dataclass
class _Program:
    """What the single pass over the commands collects for timing."""

    deltas: list[tuple[float, float, float, float]] = field(default_factory=list)
    feeds: list[float] = field(default_factory=list)
    items: list[tuple[str, Any]] = field(default_factory=list)  # ("moves", (start, end, limits)), ("dwell", s), ...
    run_start: int = 0


def analyze_gcode(
    source: GcodeSource,
    printer: PrinterProfile | None = None,
    material: MaterialProfile | None = None,
    *,
    progress: Callable[[float], None] | None = None,
) -> GcodeAnalysis:
    """Raises GcodeReadError for a file that is not G-code text."""
    lines = source_lines(source)
    limits = MachineLimits.from_profile(printer.limits if printer is not None else MotionLimits())
    power = printer.power if printer is not None else PowerDraw()
    filament_d = printer.filament_diameter_mm if printer is not None else DEFAULT_FILAMENT_MM
    density = material.density_g_cm3 if material is not None else DEFAULT_DENSITY_G_CM3
    price = material.price_per_kg if material is not None else 0.0

    prog = _Program()
    pos = [0.0, 0.0, 0.0, 0.0]
    is_abs_xyz = True
    is_abs_e = True
    feed = 25.0
    filament = 0.0
    retractions = travel_moves = extrusion_moves = 0
    box = [math.inf, math.inf, math.inf, -math.inf, -math.inf, -math.inf]
    layer_first: dict[float, int] = {}
    commands = 0

    def flush(current: MachineLimits) -> None:
        end = len(prog.deltas)
        if end > prog.run_start:
            prog.items.append(("moves", (prog.run_start, end, current)))
        prog.run_start = end

    total = len(lines)
    for cmd in iter_commands(lines):
        commands += 1
        code = cmd.code
        if progress is not None and commands % 20000 == 0:
            progress(cmd.line_no / max(total, 1))
        if code in ("G0", "G1", "G2", "G3"):
            words = cmd.words
            if cmd.has_bad_number:
                continue  # the safety check reports it; a NaN must not poison the estimate
            if "F" in words and words["F"] > 0:
                feed = words["F"] / 60.0
            target = list(pos)
            for axis, letter in enumerate("XYZ"):
                if letter in words:
                    target[axis] = words[letter] if is_abs_xyz else pos[axis] + words[letter]
            if "E" in words:
                target[3] = words["E"] if is_abs_e else pos[3] + words["E"]
            de = target[3] - pos[3]
            if code in ("G2", "G3") and ("I" in words or "J" in words):
                points = _arc_points(pos, target, words, clockwise=code == "G2")
            else:
                points = [target]
            start = pos
            for point in points:
                delta = (point[0] - start[0], point[1] - start[1], point[2] - start[2], point[3] - start[3])
                prog.deltas.append(delta)
                prog.feeds.append(feed)
                start = point
            moved_xy = target[0] != pos[0] or target[1] != pos[1]
            if de < 0:
                retractions += 1
            if de > 0 and moved_xy:
                extrusion_moves += 1
                for x, y in ((pos[0], pos[1]), (target[0], target[1])):
                    box[0] = min(box[0], x)
                    box[1] = min(box[1], y)
                    box[3] = max(box[3], x)
                    box[4] = max(box[4], y)
                z = round(target[2], 3)
                box[2] = min(box[2], z)
                box[5] = max(box[5], z)
                if z not in layer_first:
                    layer_first[z] = cmd.line_no
            elif moved_xy:
                travel_moves += 1
            filament += de
            pos = target
        elif code == "G92":
            for axis, letter in enumerate("XYZE"):
                value = cmd.words.get(letter)
                if value is not None and math.isfinite(value):
                    pos[axis] = value
        elif code == "G28":
            flush(limits)
            named = [axis for axis, letter in enumerate("XYZ") if letter in cmd.words or letter in cmd.flags]
            for axis in named or [0, 1, 2]:
                pos[axis] = 0.0
        elif code == "G90":
            is_abs_xyz = is_abs_e = True
        elif code == "G91":
            is_abs_xyz = is_abs_e = False
        elif code == "M82":
            is_abs_e = True
        elif code == "M83":
            is_abs_e = False
        elif code == "G4":
            flush(limits)
            seconds = cmd.words.get("S", 0.0) or 0.0
            seconds += (cmd.words.get("P", 0.0) or 0.0) / 1000.0
            if math.isfinite(seconds) and seconds > 0:
                prog.items.append(("dwell", seconds))
        elif code == "M400":
            flush(limits)
        elif code in ("M104", "M109", "M140", "M190"):
            value = cmd.words.get("S", cmd.words.get("R"))
            heater = "hotend" if code in ("M104", "M109") else "bed"
            # Keeps heater changes in order with the moves around them (the energy profile needs it).
            flush(limits)
            if value is not None and math.isfinite(value):
                prog.items.append(("set", (heater, value)))
            if code in ("M109", "M190"):
                prog.items.append(("wait", heater))
        elif code in ("M201", "M203", "M204", "M205"):
            flush(limits)
            limits = _apply_limits(limits, cmd)
    flush(limits)

    print_s, heat_s, segments = _timeline(prog, power)
    filament = max(filament, 0.0)
    area_mm2 = math.pi * (filament_d / 2.0) ** 2
    cm3 = filament * area_mm2 / 1000.0
    grams = cm3 * density
    energy_wh = sum(s.energy_wh for s in segments)
    bbox = BoundingBox(*box) if extrusion_moves else None
    ordered = sorted(layer_first.items(), key=lambda kv: kv[1])
    return GcodeAnalysis(
        print_time_s=print_s,
        heat_up_s=heat_s,
        filament_mm=filament,
        filament_g=grams,
        filament_cm3=cm3,
        material_cost=grams / 1000.0 * price,
        energy_wh=energy_wh,
        peak_w=max((s.power_w for s in segments), default=0.0),
        layers=len(layer_first),
        bbox=bbox,
        retractions=retractions,
        travel_moves=travel_moves,
        extrusion_moves=extrusion_moves,
        total_lines=len(lines),
        command_count=commands,
        layer_z_mm=tuple(z for z, _ in ordered),
        layer_first_lines=tuple(line for _, line in ordered),
        energy_profile=tuple(segments),
    )


def _apply_limits(limits: MachineLimits, cmd: GcodeCommand) -> MachineLimits:
    words = {k: v for k, v in cmd.words.items() if math.isfinite(v) and v >= 0}
    axes = {letter: axis for axis, letter in enumerate("XYZE")}
    if cmd.code == "M201":
        return limits.with_axes("max_accel_mm_s2", {axes[k]: v for k, v in words.items() if k in axes and v > 0})
    if cmd.code == "M203":
        return limits.with_axes("max_feed_mm_s", {axes[k]: v for k, v in words.items() if k in axes and v > 0})
    if cmd.code == "M204":
        if "S" in words:
            limits = replace(limits, print_accel_mm_s2=words["S"], travel_accel_mm_s2=words["S"])
        if "P" in words:
            limits = replace(limits, print_accel_mm_s2=words["P"])
        if "R" in words:
            limits = replace(limits, retract_accel_mm_s2=words["R"])
        if "T" in words:
            limits = replace(limits, travel_accel_mm_s2=words["T"])
        return limits
    limits = limits.with_axes("max_jerk_mm_s", {axes[k]: v for k, v in words.items() if k in axes})
    if "S" in words:
        limits = replace(limits, min_feed_mm_s=words["S"])
    if "T" in words:
        limits = replace(limits, min_travel_feed_mm_s=words["T"])
    return limits


def _timeline(prog: _Program, power: PowerDraw) -> tuple[float, float, list[EnergySegment]]:
    deltas = np.asarray(prog.deltas, dtype=float).reshape(-1, 4)
    feeds = np.asarray(prog.feeds, dtype=float)
    hotend = _Heater(power.hotend_heat_rate_c_s, power.ambient_c)
    bed = _Heater(power.bed_heat_rate_c_s, power.ambient_c)
    t = 0.0
    print_s = heat_s = 0.0
    segments: list[EnergySegment] = []

    def add(duration: float, watts: float, phase: EnergyPhase) -> None:
        if duration <= 0:
            return
        last = segments[-1] if segments else None
        if last is not None and last.phase == phase and abs(last.power_w - watts) < 1e-6:
            segments[-1] = EnergySegment(last.start_s, last.duration_s + duration, watts, phase)
        else:
            segments.append(EnergySegment(t, duration, watts, phase))

    def running() -> tuple[float, EnergyPhase]:
        if hotend.target_c <= 0 and bed.target_c <= 0:
            return power.idle_w, EnergyPhase.IDLE
        return (power.printing_w if bed.target_c > 0 else power.printing_bed_off_w), EnergyPhase.PRINTING

    for kind, payload in prog.items:
        if kind == "moves":
            start, end, limits = payload
            seconds = float(plan_times(deltas[start:end], feeds[start:end], limits).sum())
            add(seconds, *running())
            t += seconds
            print_s += seconds
        elif kind == "dwell":
            add(payload, *running())
            t += payload
            print_s += payload
        elif kind == "set":
            heater, value = payload
            (hotend if heater == "hotend" else bed).set_target(t, value)
        elif kind == "wait":
            heater = hotend if payload == "hotend" else bed
            until = heater.reached_at()
            while t < until - 1e-9:
                # Split the wait where the other heater reaches its target: the draw drops there.
                stops = [until] + [h.reached_at() for h in (hotend, bed) if h.is_heating_at(t) and h.reached_at() < until]
                step_end = min(stops)
                watts = power.idle_w
                if hotend.is_heating_at(t):
                    watts += power.hotend_heat_up_w
                if bed.is_heating_at(t):
                    watts += power.bed_heat_up_w
                add(step_end - t, watts, EnergyPhase.HEAT_UP)
                heat_s += step_end - t
                t = step_end
    return print_s, heat_s, segments


def _arc_points(
    start: list[float], end: list[float], words: dict[str, float], *, clockwise: bool
) -> list[list[float]]:
    cx = start[0] + words.get("I", 0.0)
    cy = start[1] + words.get("J", 0.0)
    radius = math.hypot(start[0] - cx, start[1] - cy)
    a0 = math.atan2(start[1] - cy, start[0] - cx)
    a1 = math.atan2(end[1] - cy, end[0] - cx)
    sweep = a1 - a0
    if clockwise and sweep >= 0:
        sweep -= 2 * math.pi
    elif not clockwise and sweep <= 0:
        sweep += 2 * math.pi
    count = max(1, min(360, math.ceil(abs(sweep) * radius / _ARC_SEGMENT_MM)))
    points = []
    for i in range(1, count + 1):
        f = i / count
        angle = a0 + sweep * f
        points.append(
            [
                cx + radius * math.cos(angle) if i < count else end[0],
                cy + radius * math.sin(angle) if i < count else end[1],
                start[2] + (end[2] - start[2]) * f,
                start[3] + (end[3] - start[3]) * f,
            ]
        )
    return points
