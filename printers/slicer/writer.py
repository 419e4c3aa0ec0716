"""G-code text from ordered toolpaths: relative extrusion (M83), Slic3r's bead cross-section,
retraction only for travels that leave the part.

Every line is recorded twice: as text, and as the parsed command that text reads as, so the safety
check and the estimate can run on the slicer's output without parsing it back (the text is checked
again before any print streams it). Extruding moves, nearly every line, are recorded as their three
numbers and become commands again each time the program is read."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from typing import overload

import numpy as np

from printers.gcode.parse import (
    PARSE_ONCE_MAX_LINES,
    GcodeCommand,
    MoveRun,
    ParsedGcode,
    parse_command,
    strip_comment,
)
from printers.profiles import MaterialProfile, PrinterProfile
from printers.slicer.settings import SliceSettings
from printers.slicer.toolpaths import PathRole, ToolPath


@dataclass(frozen=True)
class PlannedLayer:
    z_mm: float
    height_mm: float
    paths: tuple[ToolPath, ...]
    retract_before: tuple[bool, ...]  # per path: retract for the travel that reaches it


@dataclass
class WriterStats:
    retractions: int = 0
    travels: int = 0
    extrusions: int = 0
    lines: list[str] = field(default_factory=list)
    commands: RecordedCommands = field(init=False)

    def __post_init__(self) -> None:
        self.commands = RecordedCommands(self.lines)

    def program(self) -> ParsedGcode | None:
        """None past PARSE_ONCE_MAX_LINES: holding every parsed command of a long print costs more memory
        than its passes save, and the check and the estimate then stream the text."""
        if len(self.lines) > PARSE_ONCE_MAX_LINES:
            return None
        return ParsedGcode(len(self.lines), self.commands)


@dataclass(frozen=True, slots=True)
class _Run:
    """Consecutive extruding moves: file lines first_line... and their numbers at [start, stop)."""

    first_line: int
    start: int
    stop: int


class RecordedCommands(Sequence[GcodeCommand]):
    """The parsed commands of the written lines, in file order. An extruding move as a GcodeCommand with
    its word dict costs about 300 bytes (33 MB on a Benchy) where its numbers are 24: runs of them keep
    only the numbers (the text is the line itself) and are built again as each pass reads them."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._items: list[GcodeCommand | _Run] = []
        self._ends = array("q")  # per item: how many commands up to and including it
        self._xs, self._ys, self._es = array("d"), array("d"), array("d")

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def append(self, command: GcodeCommand) -> None:
        self._items.append(command)
        self._ends.append(len(self) + 1)

    def extend_moves(self, first_line: int, xs: list[float], ys: list[float], es: list[float]) -> None:
        if not xs:
            return
        start = len(self._xs)
        self._xs.extend(xs)
        self._ys.extend(ys)
        self._es.extend(es)
        self._items.append(_Run(first_line, start, len(self._xs)))
        self._ends.append(len(self) + len(xs))

    def clear(self) -> None:
        if not self._items:
            return  # called for every line past the limit
        self._items.clear()
        self._ends = array("q")
        self._xs, self._ys, self._es = array("d"), array("d"), array("d")

    def __iter__(self) -> Iterator[GcodeCommand]:
        for item in self._items:
            if isinstance(item, _Run):
                yield from self._moves(item)
            else:
                yield item

    def blocks(self) -> Iterator[GcodeCommand | MoveRun]:
        """The commands in file order, each run of extruding moves as one MoveRun of its numbers."""
        for item in self._items:
            if isinstance(item, _Run):
                lo, hi = item.start, item.stop
                yield MoveRun(item.first_line, self._xs[lo:hi], self._ys[lo:hi], self._es[lo:hi],
                              partial(self._moves, item))
            else:
                yield item

    @overload
    def __getitem__(self, index: int) -> GcodeCommand: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[GcodeCommand]: ...

    def __getitem__(self, index: int | slice) -> GcodeCommand | Sequence[GcodeCommand]:
        if isinstance(index, slice):
            return list(self)[index]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("command index out of range")
        slot = bisect_right(self._ends, position)
        item = self._items[slot]
        if not isinstance(item, _Run):
            return item
        offset = position - (self._ends[slot - 1] if slot else 0)
        return next(self._moves(_Run(item.first_line + offset, item.start + offset, item.start + offset + 1)))

    def _moves(self, run: _Run) -> Iterator[GcodeCommand]:
        lo, hi, first = run.start, run.stop, run.first_line
        numbers = zip(self._xs[lo:hi], self._ys[lo:hi], self._es[lo:hi], strict=True)
        words = [{"X": x, "Y": y, "E": e} for x, y, e in numbers]
        texts = self._lines[first - 1 : first - 1 + hi - lo]
        fields = zip(range(first, first + hi - lo), repeat("G1"), words, texts, repeat(_NO_FLAGS), repeat(False))
        return map(_new_command, fields)


class _Output:
    """Appends lines and their parsed commands; line numbers are 1-based, as in the file."""

    def __init__(self, stats: WriterStats) -> None:
        self.lines = stats.lines
        self.commands = stats.commands

    def add(self, line: str) -> None:
        self.lines.append(line)
        if len(self.lines) > PARSE_ONCE_MAX_LINES:
            self.commands.clear()  # too long to hold parsed: program() gives None
            return
        text = strip_comment(line)
        if text:
            self.commands.append(parse_command(text, len(self.lines)))

    def add_all(self, lines: list[str]) -> None:
        for line in lines:
            self.add(line)

    def add_extrusions(self, xs: list[float], ys: list[float], es: list[float]) -> None:
        """Extruding moves whose values are already rounded to what the text shows (3 and 5 decimals),
        so the command's words equal what a parser reads back from the line."""
        first = len(self.lines) + 1
        self.lines.extend(map(_EXTRUSION_LINE, zip(xs, ys, es, strict=True)))
        if len(self.lines) > PARSE_ONCE_MAX_LINES:
            self.commands.clear()
            return
        self.commands.extend_moves(first, xs, ys, es)


_NO_FLAGS: frozenset[str] = frozenset()
# An extruding move's line from its (x, y, e): %-formatting mapped in C, a third faster than an f-string
# in a generator over the 10⁵ moves of a frame set, with the same digits.
_EXTRUSION_LINE = "G1 X%.3f Y%.3f E%.5f".__mod__
# GcodeCommand from one tuple of its fields, in C (NamedTuple's own constructors are Python functions):
# a frame set has 10⁵ moves.
_new_command = partial(tuple.__new__, GcodeCommand)


def e_per_mm(width_mm: float, height_mm: float, filament_diameter_mm: float) -> float:
    bead = (width_mm - height_mm) * height_mm + math.pi * (height_mm / 2.0) ** 2
    return bead / (math.pi * (filament_diameter_mm / 2.0) ** 2)


def write_gcode(
    layers: list[PlannedLayer],
    printer: PrinterProfile,
    material: MaterialProfile,
    settings: SliceSettings,
    start_gcode: str,
    end_gcode: str,
    header: list[str],
) -> WriterStats:
    stats = WriterStats()
    out = _Output(stats)
    out.add_all([f"; {line}" for line in header])
    lim = printer.limits
    # Written into the file so any estimator (ours, a printer's) times it with the same limits.
    out.add(
        f"M201 X{lim.max_accel_x_mm_s2:g} Y{lim.max_accel_y_mm_s2:g} "
        f"Z{lim.max_accel_z_mm_s2:g} E{lim.max_accel_e_mm_s2:g}"
    )
    out.add(
        f"M203 X{lim.max_feed_x_mm_s:g} Y{lim.max_feed_y_mm_s:g} Z{lim.max_feed_z_mm_s:g} E{lim.max_feed_e_mm_s:g}"
    )
    out.add(f"M204 P{lim.print_accel_mm_s2:g} R{lim.retract_accel_mm_s2:g} T{lim.travel_accel_mm_s2:g}")
    out.add(f"M205 X{lim.jerk_x_mm_s:g} Y{lim.jerk_y_mm_s:g} Z{lim.jerk_z_mm_s:g} E{lim.jerk_e_mm_s:g}")
    out.add_all(start_gcode.splitlines())
    out.add("G90")
    out.add("M83")
    width = settings.extrusion_width_mm(printer)
    retract = printer.retract_length_mm
    retract_f = printer.retract_speed_mm_s * 60.0
    travel_f = (settings.travel_speed_mm_s or printer.travel_speed_mm_s) * 60.0
    first_speed = settings.first_layer_speed_mm_s or printer.first_layer_speed_mm_s
    is_bed_lowered = False
    z_f = printer.z_speed_mm_s * 60.0
    fan_s = round(255 * material.fan_pct / 100)
    x = y = math.nan
    for index, layer in enumerate(layers):
        is_first = index == 0
        out.add(f";LAYER:{index} Z{layer.z_mm:.3f}")
        if index == 1 and fan_s > 0:
            out.add(f"M106 S{fan_s}")
        if index == 1 and material.hotend_c != material.first_layer_hotend_c:
            out.add(f"M104 S{material.hotend_c:g}")
        if index == 1 and printer.has_heated_bed and material.bed_c != material.first_layer_bed_c:
            out.add(f"M140 S{material.bed_c:g}")
        if (
            settings.bed_lowered_c is not None
            and printer.has_heated_bed
            and not is_bed_lowered
            and index > 0
            and layer.z_mm - layer.height_mm >= settings.bed_lowered_after_mm - 1e-6
        ):
            # The first layers hold the part; from here a cooler bed still keeps it down.
            out.add(f"M140 S{settings.bed_lowered_c:g} ; bed lowered for the rest of the print")
            is_bed_lowered = True
        out.add(f"G1 Z{layer.z_mm:.3f} F{z_f:.0f}")
        e_mm = e_per_mm(width, layer.height_mm, printer.filament_diameter_mm)
        if not layer.paths:
            continue
        moves = _LayerMoves(layer.paths, e_mm, layer.height_mm, printer.filament_diameter_mm)
        current_role: PathRole | None = None
        for k, (path, needs_retract) in enumerate(zip(layer.paths, layer.retract_before, strict=True)):
            if path.role != current_role:
                out.add(f";TYPE:{path.role.value}")
                current_role = path.role
            if needs_retract and retract > 0:
                out.add(f"G1 E-{retract:.3f} F{retract_f:.0f}")
                stats.retractions += 1
            start_x, start_y = moves.firsts[k]
            if not (math.isclose(start_x, x, abs_tol=1e-4) and math.isclose(start_y, y, abs_tol=1e-4)):
                out.add(f"G0 X{start_x:.3f} Y{start_y:.3f} F{travel_f:.0f}")
                stats.travels += 1
            if needs_retract and retract > 0:
                out.add(f"G1 E{retract:.3f} F{retract_f:.0f}")
            speed = first_speed if is_first else _speed_mm_s(path.role, printer)
            out.add(f"G1 F{speed * 60:.0f}")
            lo, hi = moves.bounds[k], moves.bounds[k + 1]
            out.add_extrusions(moves.xs[lo:hi], moves.ys[lo:hi], moves.es[lo:hi])
            stats.extrusions += len(path.points) - 1
            x, y = moves.lasts[k]
    out.add("M107")
    out.add_all(end_gcode.splitlines())
    return stats


class _LayerMoves:
    """Every extruding move of one layer's paths, computed in one pass over all their points (numpy
    costs tens of µs per call, and a layer has hundreds of paths), rounded to what the text shows.

    Path k's moves are xs/ys/es[bounds[k]:bounds[k + 1]]; moves shorter than 0.1 µm are left out.
    """

    def __init__(self, paths: tuple[ToolPath, ...], e_mm: float, height_mm: float, filament_mm: float) -> None:
        points = np.concatenate([path.points for path in paths])
        counts = np.array([len(path.points) for path in paths])
        # Paths of their own width (gap fill) lay their own cross-section; the rest the layer's bead.
        path_e = [e_mm if p.width_mm is None else e_per_mm(p.width_mm, height_mm, filament_mm) for p in paths]
        point_e = np.repeat(np.asarray(path_e), counts)
        ends = np.cumsum(counts)
        starts = ends - counts
        lengths = np.hypot(np.diff(points[:, 0]), np.diff(points[:, 1]))  # move j goes from point j to j + 1
        is_move = lengths > 1e-4
        is_move[ends[:-1] - 1] = False  # from one path's last point to the next one's first: a travel
        kept = np.flatnonzero(is_move)
        self.xs: list[float] = np.round(points[kept + 1, 0], 3).tolist()
        self.ys: list[float] = np.round(points[kept + 1, 1], 3).tolist()
        self.es: list[float] = np.round(lengths[kept] * point_e[kept], 5).tolist()
        self.bounds: list[int] = np.searchsorted(kept, np.append(starts, ends[-1])).tolist()
        self.firsts: list[list[float]] = points[starts].tolist()
        self.lasts: list[list[float]] = points[ends - 1].tolist()


def _speed_mm_s(role: PathRole, printer: PrinterProfile) -> float:
    return {
        PathRole.SKIRT: printer.perimeter_speed_mm_s,
        PathRole.EXTERNAL_PERIMETER: printer.external_perimeter_speed_mm_s,
        PathRole.PERIMETER: printer.perimeter_speed_mm_s,
        PathRole.SOLID_INFILL: printer.solid_infill_speed_mm_s,
        PathRole.SPARSE_INFILL: printer.infill_speed_mm_s,
        PathRole.GAP_FILL: printer.solid_infill_speed_mm_s,  # as the PrusaSlicer backend's gap_fill_speed
    }[role]
