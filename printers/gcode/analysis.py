"""G-code analysis for any file, ours or another slicer's: motion time, heat-up, filament, layers,
bounding box and an energy profile over time.

Only commands are timed. Slicers' estimate comments and M73 progress are ignored on purpose: the
numbers must be ours, and must hold for G-code from anywhere. What a slicer's comments say about the
material and the machine (filament diameter, layer height, tool change time) is used where the
commands cannot say it.
"""

from __future__ import annotations

import bisect
import enum
import math
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, cast

import numpy as np

from printers.gcode.arcs import arc_points
from printers.gcode.layers import LayerTracker
from printers.gcode.modal import Modal
from printers.gcode.motion import MachineLimits, plan_times
from printers.gcode.parse import (
    MOVE_RUN_CODE,
    GcodeCommand,
    GcodeSource,
    MoveRun,
    extended_params,
    program_parts,
)
from printers.profiles import (
    DEFAULT_MATERIAL_ID,
    DEFAULT_TOOL_CHANGE_S,
    GENERIC_PRINTER_ID,
    MaterialProfile,
    MotionLimits,
    PowerDraw,
    PrinterProfile,
    UnknownProfileError,
    find_material,
)

DEFAULT_FILAMENT_MM = 1.75
MIN_FILAMENT_MM, MAX_FILAMENT_MM = 1.0, 3.5
# A file may raise the printer's limits (M201/M203/M204/M205) up to this multiple of the profile's own:
# what Marlin's LIMITED_MAX_ACCEL_EDITING / LIMITED_MAX_FR_EDITING / LIMITED_JERK_EDITING allow, and
# enough for a file sliced for a quicker machine without crediting it with impossible speeds.
LIMIT_RAISE_FACTOR = 2.0
_MOVES = frozenset({"G0", "G1", "G2", "G3"})
# What moves the origin, homes or switches a mode: handed to the shared interpreter.
_MODE_CODES = frozenset({"G20", "G21", "G28", "G90", "G91", "G92", "M82", "M83"})


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
    layer_start_s: tuple[float, ...] = ()  # when each layer starts, counted from the file's first line
    tool_changes: int = 0  # T commands that switch to another tool or filament
    filament_diameter_mm: float = DEFAULT_FILAMENT_MM  # what the grams are counted for

    def elapsed_at_line(self, line_no: int) -> float:
        """Estimated seconds (heat-up included) when the printer reaches this file line; between layer
        starts it interpolates by line number, which is what a print session knows."""
        starts, lines = self.layer_start_s, self.layer_first_lines
        if not starts:
            return 0.0
        index = bisect.bisect_right(lines, line_no) - 1
        if index < 0:
            return starts[0] * max(line_no, 0) / max(lines[0], 1)
        if index + 1 < len(lines):
            span = lines[index + 1] - lines[index]
            share = (line_no - lines[index]) / span if span else 0.0
            return starts[index] + share * (starts[index + 1] - starts[index])
        share = (line_no - lines[index]) / max(self.total_lines - lines[index], 1)
        return starts[index] + min(share, 1.0) * (self.total_time_s - starts[index])

    def remaining_s(self, line_no: int) -> float:
        return max(self.total_time_s - self.elapsed_at_line(line_no), 0.0)

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
            "layer_start_s": [round(t, 1) for t in self.layer_start_s],
            "tool_changes": self.tool_changes,
            "filament_diameter_mm": round(self.filament_diameter_mm, 3),
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

    # X Y Z E deltas of every move, flat (four floats per move), and one feed per move, so len(feeds)
    # counts the moves: arrays of doubles (8 bytes a value, not a 32-byte float object and its pointer),
    # which numpy then reads in place.
    deltas: array[float] = field(default_factory=lambda: array("d"))
    feeds: array[float] = field(default_factory=lambda: array("d"))
    items: list[tuple[str, Any]] = field(default_factory=list)  # ("moves", (start, end, limits)), ("dwell", s), ...
    run_start: int = 0


class _RunSums(NamedTuple):
    pos: list[float]
    filament: float
    retractions: int
    extrusions: int
    travels: int
    first_extrusion: int | None  # offset in the run of its first extruding move that goes somewhere


def _runs_or_commands(
    blocks: Iterable[GcodeCommand | MoveRun], takes_runs: list[bool]
) -> Iterator[GcodeCommand | MoveRun]:
    for block in blocks:
        if block.code == MOVE_RUN_CODE and not takes_runs[0]:
            yield from cast(MoveRun, block).commands()
        else:
            yield block


def _take_run(
    run: MoveRun,
    pos: list[float],
    is_abs_e: bool,
    e_scale: float,
    feed: float,
    filament: float,
    prog: _Program,
    extruded_xyz: array[float],
) -> _RunSums:
    """A run of `G1 X Y E` moves at once, with the very arithmetic of the move-by-move path (each
    position and sum is accumulated in file order, so the figures are the same to the last bit)."""
    px, py, pz, pe = pos
    tx, ty = np.frombuffer(run.xs, dtype=np.float64), np.frombuffer(run.ys, dtype=np.float64)
    es = np.frombuffer(run.es, dtype=np.float64)
    count = len(tx)
    from_x, from_y = np.empty(count), np.empty(count)
    from_x[0], from_y[0], from_x[1:], from_y[1:] = px, py, tx[:-1], ty[:-1]
    te = es if is_abs_e else np.add.accumulate(np.concatenate(([pe], es)))[1:]
    from_e = np.empty(count)
    from_e[0], from_e[1:] = pe, te[:-1]
    de = (te - from_e) * e_scale
    prog.deltas.frombytes(np.column_stack((tx - from_x, ty - from_y, np.zeros(count), de)).tobytes())
    prog.feeds.frombytes(np.full(count, feed).tobytes())
    moved = (tx != from_x) | (ty != from_y)
    extruding = (de > 0) & moved
    if extruding.any():
        rows = np.column_stack((from_x, from_y, tx, ty, np.full(count, pz)))[extruding]
        extruded_xyz.frombytes(rows.tobytes())
    first = int(np.argmax(extruding)) if extruding.any() else None
    return _RunSums(
        pos=[float(tx[-1]), float(ty[-1]), pz, float(te[-1])],
        filament=float(np.add.accumulate(np.concatenate(([filament], de)))[-1]),
        retractions=int(np.count_nonzero(de < 0)),
        extrusions=int(np.count_nonzero(extruding)),
        travels=int(np.count_nonzero((de <= 0) & moved)),
        first_extrusion=first,
    )


def analyze_gcode(
    source: GcodeSource,
    printer: PrinterProfile | None = None,
    material: MaterialProfile | None = None,
    *,
    progress: Callable[[float], None] | None = None,
) -> GcodeAnalysis:
    """Without a material, the printer's default material (PLA) weighs and prices the filament.

    Raises GcodeReadError for a file that is not G-code text."""
    program, line_count, notes = program_parts(source)
    limits = MachineLimits.from_profile(printer.limits if printer is not None else MotionLimits())
    # An unknown printer has no limits of its own: the file's are the best knowledge there is.
    ceiling = None if printer is None or printer.id == GENERIC_PRINTER_ID else _raised(limits, LIMIT_RAISE_FACTOR)
    power = printer.power if printer is not None else PowerDraw()
    # The file was sliced for its filament: its E values are lengths of that filament.
    profile_filament_d = printer.filament_diameter_mm if printer is not None else DEFAULT_FILAMENT_MM
    filament_d = notes.filament_diameter_mm or profile_filament_d
    tool_change_s = notes.tool_change_s or (printer.tool_change_s if printer is not None else DEFAULT_TOOL_CHANGE_S)
    material = material or _default_material(printer)
    layers = LayerTracker(notes.layer_height_mm or (printer.standard_layer_height_mm if printer is not None else None))
    is_volumetric = notes.is_volumetric_e
    # mm of filament per E unit: 1, or 1/area while E counts cubic millimetres (M200 D, UltiGCode)
    e_scale = 1.0 / (math.pi * (filament_d / 2.0) ** 2) if is_volumetric else 1.0
    active_tool = 0
    tool_changes = 0

    prog = _Program()
    # Modes and positions follow the shared interpreter; the hot path below mirrors its modes in locals.
    modal = Modal()
    pos = modal.pos
    is_abs_xyz = is_abs_e = is_mm = True
    feed = 25.0
    filament = 0.0
    retractions = travel_moves = extrusion_moves = 0
    extruded_xyz = array("d")  # flat: from x, from y, to x, to y, z of every extruding move
    layer_first: dict[float, int] = {}
    layer_moves: dict[float, int] = {}  # index of the layer's first extruding move
    commands = 0

    extend_delta = prog.deltas.extend
    append_feed = prog.feeds.append
    extend_extruded = extruded_xyz.extend

    def flush(current: MachineLimits) -> None:
        end = len(prog.feeds)
        if end > prog.run_start:
            prog.items.append(("moves", (prog.run_start, end, current)))
        prog.run_start = end

    # The slicer's own program hands its runs of extruding moves over whole while positions are in
    # absolute millimetres (as its start G-code sets them); in any other mode a run comes as commands.
    takes_runs = [True]
    blocks = getattr(program, "blocks", None)
    # (A MoveRun is typed as a command here: its branch below is the only one its code reaches.)
    stream = cast(Iterable[GcodeCommand], _runs_or_commands(blocks(), takes_runs)) if blocks is not None else program
    for cmd in stream:
        commands += 1
        code = cmd.code
        if progress is not None and commands % 20000 == 0:
            progress(cmd.line_no / max(line_count, 1))
        if (code == "G1" or code == "G0") and is_mm:
            # The hot path (nearly every line of a print): scalars, no arc handling, Modal.target inlined.
            if cmd.has_bad_number:
                continue  # the safety check reports it; a NaN must not poison the estimate
            words = cmd.words
            f = words.get("F")
            if f is not None and f > 0:
                feed = f / 60.0
            px, py, pz, pe = pos
            if is_abs_xyz:
                tx, ty, tz = words.get("X", px), words.get("Y", py), words.get("Z", pz)
            else:
                tx, ty, tz = px + words.get("X", 0.0), py + words.get("Y", 0.0), pz + words.get("Z", 0.0)
            te = words.get("E", pe) if is_abs_e else pe + words.get("E", 0.0)
            de = (te - pe) * e_scale
            extend_delta((tx - px, ty - py, tz - pz, de))
            append_feed(feed)
            moved_xy = tx != px or ty != py
            if de < 0:
                retractions += 1
            elif de > 0 and moved_xy:
                extrusion_moves += 1
                extend_extruded((px, py, tx, ty, tz))
                if layers.starts_layer(pz, tz):
                    z = round(tz, 3)
                    if z not in layer_first:
                        layer_first[z] = cmd.line_no
                        layer_moves[z] = len(prog.feeds) - 1
            if de <= 0 and moved_xy:
                travel_moves += 1
            filament += de
            pos = [tx, ty, tz, te]
        elif code in _MOVES:
            # Arcs, and straight moves in inches.
            words = cmd.words
            if cmd.has_bad_number:
                continue  # the safety check reports it; a NaN must not poison the estimate
            modal.pos = pos
            if "F" in words and words["F"] > 0:
                feed = words["F"] * modal.unit_mm / 60.0
            target = modal.target(words)
            de = (target[3] - pos[3]) * e_scale
            if code in ("G2", "G3") and ("I" in words or "J" in words or "R" in words):
                points = arc_points(pos, target, modal.arc_words(words), clockwise=code == "G2")
            else:
                points = [target]
            start = pos
            for point in points:
                delta = (point[0] - start[0], point[1] - start[1], point[2] - start[2], (point[3] - start[3]) * e_scale)
                prog.deltas.extend(delta)
                prog.feeds.append(feed)
                start = point
            moved_xy = target[0] != pos[0] or target[1] != pos[1]
            if de < 0:
                retractions += 1
            if de > 0 and moved_xy:
                extrusion_moves += 1
                extruded_xyz.extend((pos[0], pos[1], target[0], target[1], target[2]))
                if layers.starts_layer(pos[2], target[2]):
                    z = round(target[2], 3)
                    if z not in layer_first:
                        layer_first[z] = cmd.line_no
                        layer_moves[z] = len(prog.feeds) - 1
            elif moved_xy:
                travel_moves += 1
            filament += de
            pos = target
        elif code in _MODE_CODES:
            if code == "G28":
                flush(limits)
            modal.pos = pos
            modal.apply(cmd)
            pos, is_abs_xyz, is_abs_e, is_mm = modal.pos, modal.is_abs_xyz, modal.is_abs_e, modal.is_mm
            takes_runs[0] = is_abs_xyz and is_mm
        elif code == MOVE_RUN_CODE:
            run = cast(MoveRun, cmd)
            before = commands - 1
            commands += len(run.xs) - 1
            if progress is not None and before // 20000 != commands // 20000:
                progress(run.line_no / max(line_count, 1))
            first_layer_move = len(prog.feeds)
            run_sums = _take_run(run, pos, is_abs_e, e_scale, feed, filament, prog, extruded_xyz)
            pos, filament = run_sums.pos, run_sums.filament
            retractions += run_sums.retractions
            extrusion_moves += run_sums.extrusions
            travel_moves += run_sums.travels
            if run_sums.first_extrusion is not None and layers.starts_layer(pos[2], pos[2]):
                z = round(pos[2], 3)
                if z not in layer_first:
                    layer_first[z] = run.line_no + run_sums.first_extrusion
                    layer_moves[z] = first_layer_move + run_sums.first_extrusion
        elif code == "G10" and not cmd.words:
            retractions += 1  # firmware retraction (bare G10; "G10 L2 …" sets offsets instead)
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
        elif code in ("M201", "M203", "M204", "M205") or code == "SET_VELOCITY_LIMIT":
            apply = _apply_limits if code[0] == "M" else _apply_klipper_limits
            changed = apply(limits, cmd, ceiling)
            if changed != limits:
                # Slicers repeat limits at every feature change; only a real change ends a run of moves.
                flush(limits)
                limits = changed
        elif code[:1] == "T" and code[1:].isdigit():
            tool = int(code[1:])
            if tool != active_tool:
                # Unloading one filament and loading the next (or parking one nozzle and fetching
                # another) takes the machine this long; the purge that follows is in the moves.
                flush(limits)
                prog.items.append(("dwell", tool_change_s))
                tool_changes += 1
                active_tool = tool
        elif code == "M200":
            # Marlin: M200 D<d> makes E a volume in mm³ of d mm filament; D0 or S0 makes it a length again.
            is_off = cmd.words.get("D", 1.0) == 0 or cmd.words.get("S") == 0
            is_volumetric = not is_off and (cmd.words.get("D", 0.0) > 0 or cmd.words.get("S") == 1 or is_volumetric)
            if cmd.words.get("D", 0.0) > 0:
                filament_d = cmd.words["D"]
            e_scale = 1.0 / (math.pi * (filament_d / 2.0) ** 2) if is_volumetric else 1.0
    flush(limits)

    print_s, heat_s, segments, move_start_s = _timeline(prog, power)
    filament = max(filament, 0.0)
    if notes.filament_diameter_mm is None and notes.filament_volume_mm3 and filament > 0 and not tool_changes:
        # The slicer stated the volume its E values add up to: that is the filament it sliced for.
        stated_d = math.sqrt(4.0 * notes.filament_volume_mm3 / (math.pi * filament))
        if MIN_FILAMENT_MM <= stated_d <= MAX_FILAMENT_MM:
            filament_d = stated_d
    area_mm2 = math.pi * (filament_d / 2.0) ** 2
    cm3 = filament * area_mm2 / 1000.0
    grams = material.grams_of(cm3 * 1000.0)
    energy_wh = sum(s.energy_wh for s in segments)
    bbox = None
    if extruded_xyz:
        ext = np.frombuffer(extruded_xyz, dtype=float).reshape(-1, 5)
        xs, ys = ext[:, [0, 2]], ext[:, [1, 3]]
        bbox = BoundingBox(
            float(xs.min()),
            float(ys.min()),
            float(ext[:, 4].min()),
            float(xs.max()),
            float(ys.max()),
            float(ext[:, 4].max()),
        )
    ordered = sorted(layer_first.items(), key=lambda kv: kv[1])
    return GcodeAnalysis(
        print_time_s=print_s,
        heat_up_s=heat_s,
        filament_mm=filament,
        filament_g=grams,
        filament_cm3=cm3,
        material_cost=material.cost_of(grams),
        energy_wh=energy_wh,
        peak_w=max((s.power_w for s in segments), default=0.0),
        layers=len(layer_first),
        bbox=bbox,
        retractions=retractions,
        travel_moves=travel_moves,
        extrusion_moves=extrusion_moves,
        total_lines=line_count,
        command_count=commands,
        layer_z_mm=tuple(z for z, _ in ordered),
        layer_first_lines=tuple(line for _, line in ordered),
        layer_start_s=tuple(float(move_start_s[layer_moves[z]]) for z, _ in ordered),
        energy_profile=tuple(segments),
        tool_changes=tool_changes,
        filament_diameter_mm=filament_d,
    )


def _apply_limits(limits: MachineLimits, cmd: GcodeCommand, ceiling: MachineLimits | None) -> MachineLimits:
    words = {k: v for k, v in cmd.words.items() if math.isfinite(v) and v >= 0}
    axes = {letter: axis for axis, letter in enumerate("XYZE")}
    if cmd.code == "M201":
        limits = limits.with_axes("max_accel_mm_s2", {axes[k]: v for k, v in words.items() if k in axes and v > 0})
    elif cmd.code == "M203":
        limits = limits.with_axes("max_feed_mm_s", {axes[k]: v for k, v in words.items() if k in axes and v > 0})
    elif cmd.code == "M204":
        if "S" in words:
            limits = replace(limits, print_accel_mm_s2=words["S"], travel_accel_mm_s2=words["S"])
        if "P" in words:
            limits = replace(limits, print_accel_mm_s2=words["P"])
        if "R" in words:
            limits = replace(limits, retract_accel_mm_s2=words["R"])
        if "T" in words:
            limits = replace(limits, travel_accel_mm_s2=words["T"])
    else:
        limits = limits.with_axes("max_jerk_mm_s", {axes[k]: v for k, v in words.items() if k in axes})
        if "S" in words:
            limits = replace(limits, min_feed_mm_s=words["S"])
        if "T" in words:
            limits = replace(limits, min_travel_feed_mm_s=words["T"])
    return _capped(limits, ceiling)


def _apply_klipper_limits(limits: MachineLimits, cmd: GcodeCommand, ceiling: MachineLimits | None) -> MachineLimits:
    """Klipper's SET_VELOCITY_LIMIT ACCEL=… VELOCITY=…: one acceleration and one top speed for every move."""
    values: dict[str, float] = {}
    for name, text in extended_params(cmd).items():
        try:
            value = float(text)
        except ValueError:
            continue
        if math.isfinite(value) and value > 0:
            values[name] = value
    if "ACCEL" in values:
        accel = values["ACCEL"]
        limits = replace(limits, print_accel_mm_s2=accel, retract_accel_mm_s2=accel, travel_accel_mm_s2=accel)
        limits = limits.with_axes("max_accel_mm_s2", {0: accel, 1: accel})
    if "VELOCITY" in values:
        limits = limits.with_axes("max_feed_mm_s", {0: values["VELOCITY"], 1: values["VELOCITY"]})
    return _capped(limits, ceiling)


def _raised(limits: MachineLimits, factor: float) -> MachineLimits:
    """The highest limits a file may set on this printer."""
    # Field names listed here, so the mapping's values are checked by the dataclass, not by mypy.
    scaled: dict[str, Any] = {
        name: tuple(v * factor for v in getattr(limits, name))
        for name in ("max_feed_mm_s", "max_accel_mm_s2", "max_jerk_mm_s")
    }
    return replace(
        limits,
        **scaled,
        print_accel_mm_s2=limits.print_accel_mm_s2 * factor,
        retract_accel_mm_s2=limits.retract_accel_mm_s2 * factor,
        travel_accel_mm_s2=limits.travel_accel_mm_s2 * factor,
    )


def _capped(limits: MachineLimits, ceiling: MachineLimits | None) -> MachineLimits:
    if ceiling is None:
        return limits
    capped: dict[str, Any] = {
        name: tuple(min(v, c) for v, c in zip(getattr(limits, name), getattr(ceiling, name), strict=True))
        for name in ("max_feed_mm_s", "max_accel_mm_s2", "max_jerk_mm_s")
    }
    return replace(
        limits,
        **capped,
        print_accel_mm_s2=min(limits.print_accel_mm_s2, ceiling.print_accel_mm_s2),
        retract_accel_mm_s2=min(limits.retract_accel_mm_s2, ceiling.retract_accel_mm_s2),
        travel_accel_mm_s2=min(limits.travel_accel_mm_s2, ceiling.travel_accel_mm_s2),
    )


def _default_material(printer: PrinterProfile | None) -> MaterialProfile:
    """The bundled material a printer uses when none is named; Heliofab's default one (PLA) when the
    printer's profile names a material this version does not ship."""
    if printer is not None:
        try:
            return find_material(printer.default_material_id)
        except UnknownProfileError:
            pass
    return find_material(DEFAULT_MATERIAL_ID)


def _timeline(prog: _Program, power: PowerDraw) -> tuple[float, float, list[EnergySegment], np.ndarray]:
    """Print and heat-up seconds, the energy segments, and when each move starts (heat-up included)."""
    deltas = np.frombuffer(prog.deltas, dtype=float).reshape(-1, 4)
    feeds = np.frombuffer(prog.feeds, dtype=float)
    hotend = _Heater(power.hotend_heat_rate_c_s, power.ambient_c)
    bed = _Heater(power.bed_heat_rate_c_s, power.ambient_c)
    t = 0.0
    move_start_s = np.zeros(len(deltas))
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
            move_s = plan_times(deltas[start:end], feeds[start:end], limits)
            move_start_s[start:end] = t + np.concatenate([[0.0], np.cumsum(move_s)[:-1]])
            seconds = float(move_s.sum())
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
                stops = [until] + [
                    h.reached_at() for h in (hotend, bed) if h.is_heating_at(t) and h.reached_at() < until
                ]
                step_end = min(stops)
                watts = power.idle_w
                if hotend.is_heating_at(t):
                    watts += power.hotend_heat_up_w
                if bed.is_heating_at(t):
                    watts += power.bed_heat_up_w
                add(step_end - t, watts, EnergyPhase.HEAT_UP)
                heat_s += step_end - t
                t = step_end
    return print_s, heat_s, segments, move_start_s
