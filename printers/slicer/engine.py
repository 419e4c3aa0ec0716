"""The built-in slicer: parts on a plate -> layers -> toolpaths -> ordered -> G-code text.

Prismatic parts (every vertex on the bottom or top plane, as flat frame fronts and temples) are
sectioned once and their toolpaths reused on every layer of the same kind.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Protocol, cast

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from i18n import _
from printers.gcode.parse import ParsedGcode
from printers.profiles import MaterialProfile, PrinterProfile, check_material_fits
from printers.slicer.meshes import MeshError, Part, load_part, prepare_part
from printers.slicer.overhangs import Overhang, find_overhangs
from printers.slicer.parallel import map_in_order, run_jobs
from printers.slicer.plate import DoesNotFitError, arrange_parts
from printers.slicer.sections import clean_area, is_prism, section_areas
from printers.slicer.settings import SeamPosition, SettingsError, SliceSettings
from printers.slicer.startend import TemplateError, render_template
from printers.slicer.toolpaths import (
    Bead,
    Island,
    PathRole,
    Shell,
    ToolPath,
    island_paths,
    island_shell,
)
from printers.slicer.triangles import MeshLike
from printers.slicer.writer import PlannedLayer, write_gcode

ProgressFn = Callable[[float, str], None]


class NamedMesh(Protocol):
    """Anything with a name and a mesh, ours or trimesh's (a generated frame's parts, for one);
    read-only, so frozen dataclasses qualify."""

    @property
    def name(self) -> str: ...

    @property
    def mesh(self) -> MeshLike: ...


PartInput = MeshLike | str | Path | Part | tuple[str, MeshLike] | NamedMesh
MIN_RETRACT_TRAVEL_MM = 2.0
_NO_AREA = MultiPolygon()


class SliceError(ValueError):
    """Slicing refused: bad part, does not fit, bad setting. The message says what to do."""


@dataclass(frozen=True)
class SliceResult:
    gcode: str
    layer_count: int
    part_names: tuple[str, ...]
    repaired_parts: tuple[str, ...]
    prism_parts: tuple[str, ...]
    retractions: int
    travels: int
    line_count: int
    timings_ms: dict[str, float]
    placements: tuple[np.ndarray, ...] = ()  # per part: 4x4 transform from its input coordinates to the bed
    repairs: tuple[str, ...] = ()  # one sentence per repaired part: "benchy: 2 holes closed."
    overhangs: tuple[Overhang, ...] = ()  # what would print on air, per part, with where it is
    program: ParsedGcode | None = None  # the same G-code as parsed commands, for the check and the estimate


@dataclass
class _PartLayers:
    """What slicing one part made (without the part: a forked child hands this back pickled)."""

    islands: list[list[Island]]  # per layer of this part
    areas: list[MultiPolygon]
    is_prism: bool = False
    overhangs: list[Overhang] = field(default_factory=list)


def slice_parts(
    inputs: Sequence[PartInput],
    printer: PrinterProfile,
    material: MaterialProfile,
    settings: SliceSettings | None = None,
    *,
    progress: ProgressFn | None = None,
) -> SliceResult:
    """Raises SliceError with an operator-readable sentence; `progress` may raise to cancel."""
    settings = settings or SliceSettings(layer_height_mm=printer.standard_layer_height_mm)
    report = progress or (lambda fraction, message: None)
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    try:
        settings.validate(printer)
    except SettingsError as exc:
        raise SliceError(str(exc)) from exc
    mismatch = check_material_fits(printer, material)
    if mismatch:
        raise SliceError(mismatch)
    if not inputs:
        raise SliceError(_("Nothing to slice: give at least one part."))
    try:
        parts = [_as_part(item, index) for index, item in enumerate(inputs)]
        width = settings.extrusion_width_mm(printer)
        margin = (
            max(6.0, settings.skirt_distance_mm + settings.skirt_loops * width + 3.0) if settings.skirt_loops else 6.0
        )
        parts = arrange_parts(parts, printer, spacing_mm=settings.part_spacing_mm, margin_mm=margin)
        start_gcode = render_template(printer.start_gcode, printer, material, settings)
        end_gcode = render_template(printer.end_gcode, printer, material, settings)
    except (MeshError, DoesNotFitError, TemplateError) as exc:
        raise SliceError(str(exc)) from exc
    timings["load_ms"] = _lap(clock)

    heights = _layer_heights(settings, max(p.mesh.bounds[1][2] for p in parts))
    if not heights:
        raise SliceError(_("The parts are thinner than one layer: choose a smaller layer height."))

    def part_report(fraction: float, index: int) -> None:
        report(0.5 * fraction, _("slicing {part}").format(part=parts[index].name))

    # The parts are sliced side by side on the cores there are; results keep the parts' order. A
    # part's bounding volume stands for its cost: the largest start first.
    per_part = run_jobs(
        [partial(_slice_and_survey, part, heights, printer, settings) for part in parts],
        part_report,
        costs=[float(np.prod(part.mesh.extents)) for part in parts],
    )
    prisms = [part.name for part, pl in zip(parts, per_part, strict=True) if pl.is_prism]
    overhangs = [overhang for pl in per_part for overhang in pl.overhangs]
    timings["toolpaths_ms"] = _lap(clock) - timings["load_ms"]

    planned: list[PlannedLayer] = []
    pos = np.array([0.0, 0.0])
    bead_first = Bead(width, settings.line_spacing_mm(printer, heights[0][1]))
    for layer_index, (z, height) in enumerate(heights):
        if layer_index % 10 == 0:
            report(0.5 + 0.4 * layer_index / len(heights),
                   _("layer {number} of {count}").format(number=layer_index + 1, count=len(heights)))
        islands = [isl for pl in per_part if layer_index < len(pl.islands) for isl in pl.islands[layer_index]]
        areas = [pl.areas[layer_index] for pl in per_part if layer_index < len(pl.areas)]
        for pl in per_part:
            # The planned layer holds what is printed: a large part's outlines and islands go as they
            # are ordered, not after the G-code of every layer is written.
            if layer_index < len(pl.islands):
                pl.islands[layer_index] = []
                pl.areas[layer_index] = _NO_AREA
        area = shapely.union_all(areas) if areas else MultiPolygon()
        prefix: list[ToolPath] = []
        if layer_index == 0 and settings.skirt_loops:
            prefix = _skirt(area, settings, bead_first)
        entry = None if layer_index == 0 else pos.copy()
        paths, pos = _order_layer(prefix, islands, pos, settings.seam)
        retracts = _needs_retract(paths, area, width, entry=entry)
        planned.append(PlannedLayer(z, height, tuple(paths), tuple(retracts)))
    timings["ordering_ms"] = _lap(clock) - timings["load_ms"] - timings["toolpaths_ms"]

    report(0.9, _("writing G-code"))
    header = [
        "generated by Heliofab's built-in slicer",
        f"printer = {printer.id}",
        f"material = {material.id}",
        f"layer_height_mm = {settings.layer_height_mm:g}",
        f"first_layer_height_mm = {settings.first_layer_height_mm:g}",
        f"perimeters = {settings.perimeters}",
        f"infill_pct = {settings.infill_pct:g}",
        f"mode = {settings.mode.value}",
        f"parts = {', '.join(p.name for p in parts)}",
    ]
    stats = write_gcode(planned, printer, material, settings, start_gcode, end_gcode, header)
    text = "\n".join(stats.lines) + "\n"
    timings["gcode_ms"] = _lap(clock) - sum(timings.values())
    timings["total_ms"] = _lap(clock)
    report(1.0, _("done"))
    return SliceResult(
        gcode=text,
        layer_count=len(planned),
        part_names=tuple(p.name for p in parts),
        repaired_parts=tuple(p.name for p in parts if p.was_repaired),
        repairs=tuple(_("{part}: {repairs}.").format(part=p.name, repairs="; ".join(p.repairs))
                      for p in parts if p.repairs),
        overhangs=tuple(overhangs),
        prism_parts=tuple(prisms),
        retractions=stats.retractions,
        travels=stats.travels,
        line_count=len(stats.lines),
        timings_ms=timings,
        placements=tuple(p.transform for p in parts),
        program=stats.program(),
    )


def write_text_atomically(path: Path, text: str) -> None:
    """Temp file + rename: a failed or cancelled slice never leaves a half-written G-code file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staged = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        staged.write_text(text, encoding="utf-8")
        os.replace(staged, path)
    finally:
        if staged.exists():
            staged.unlink()


def _as_part(item: PartInput, index: int) -> Part:
    if _is_mesh(item):
        name = str((getattr(item, "metadata", None) or {}).get("name") or f"part {index + 1}")
        return prepare_part(name, cast(MeshLike, item))
    if isinstance(item, (str, Path)):
        return load_part(item)
    if isinstance(item, tuple):
        name, mesh = item
        return prepare_part(str(name), mesh)
    held = getattr(item, "mesh", None)
    if _is_mesh(held):
        return prepare_part(str(getattr(item, "name", "") or f"part {index + 1}"), cast(MeshLike, held))
    raise MeshError(
        _("Part {number} is neither a mesh nor a file: give an STL path or a mesh.").format(number=index + 1)
    )


def _is_mesh(item: object) -> bool:
    # Duck-typed, so a trimesh mesh is taken without importing trimesh to recognise it.
    return hasattr(item, "vertices") and hasattr(item, "faces")


def _layer_heights(settings: SliceSettings, top_mm: float) -> list[tuple[float, float]]:
    """(z of the layer top, layer height) for every layer whose middle lies inside the tallest part."""
    layers = []
    z = settings.first_layer_height_mm
    height = settings.first_layer_height_mm
    while z - height / 2 < top_mm - 1e-6:
        layers.append((round(z, 4), height))
        height = settings.layer_height_mm
        z += height
    return layers


def _slice_and_survey(
    part: Part,
    heights: list[tuple[float, float]],
    printer: PrinterProfile,
    settings: SliceSettings,
    progress: Callable[[float], None],
) -> _PartLayers:
    """One part's layers and what of it would print on air; runs on a worker thread of run_jobs."""
    layers = _slice_part(part, heights, printer, settings, progress)
    if all(area.is_empty for area in layers.areas):
        raise SliceError(
            f"{part.name} has no closed outline at any height (it is an open surface, not a solid): "
            "repair it in a mesh editor or export the solid again."
        )
    if not layers.is_prism:  # a prism's walls are vertical: nothing hangs
        count = len(layers.areas)
        layers.overhangs = find_overhangs(
            part.name,
            layers.areas,
            [z for z, _ in heights[:count]],
            [h for _, h in heights[:count]],
            max_overhang_deg=printer.max_overhang_deg,
            max_bridge_mm=printer.max_bridge_mm,
            line_width_mm=settings.extrusion_width_mm(printer),
        )
    return layers


def _slice_part(
    part: Part,
    heights: list[tuple[float, float]],
    printer: PrinterProfile,
    settings: SliceSettings,
    progress: Callable[[float], None],
) -> _PartLayers:
    top = part.mesh.bounds[1][2]
    count = sum(1 for z, h in heights if z - h / 2 < top - 1e-6)
    width = settings.extrusion_width_mm(printer)
    min_area = width * width
    mids = [z - h / 2 for z, h in heights[:count]]
    prism = is_prism(part.mesh)
    if prism:
        area = section_areas(part.mesh, [top / 2], min_area)[0]
        areas = [area] * count
    else:
        areas = section_areas(part.mesh, mids, min_area)
    keys = [_area_key(a) for a in areas]
    windows = None if prism else _WindowMasks(areas, keys, settings.bottom_layers, settings.top_layers)
    beads = [Bead(width, settings.line_spacing_mm(printer, height)) for _, height in heights[:count]]
    angles = [45.0 if i % 2 == 0 else -45.0 for i in range(count)]

    # The layers are shared out over the cores in three rounds, each a pure function of what the
    # rounds before made, so the toolpaths are those of one layer after another: first every
    # layer's sparse mask (its neighbours' areas are read-only by then), then the shells of every
    # distinct outline and height, then the islands of every distinct layer. A cancel takes effect
    # at the progress calls in between.
    def layer_mask(i: int) -> tuple[bool, MultiPolygon | None]:
        solid_all = i < settings.bottom_layers or i >= count - settings.top_layers or i == 0
        if not solid_all and windows is not None:
            sparse_mask, solid_all = windows.mask(i)
            return solid_all, sparse_mask
        return solid_all, None

    masks = map_in_order(layer_mask, range(count), _phase(progress, 0.0, 0.1))

    # The loops, gaps and solid loops of an outline do not depend on the infill: layers with a
    # sparse mask of their own share them too.
    shell_layer: dict[tuple[str, float], int] = {}
    for i in range(count):
        shell_layer.setdefault((keys[i], round(heights[i][1], 4)), i)

    def shells_of(i: int) -> list[Shell]:
        return [island_shell(polygon, beads[i], settings.perimeters) for polygon in areas[i].geoms]

    firsts = list(shell_layer.values())
    shells = dict(zip(shell_layer, map_in_order(shells_of, firsts, _phase(progress, 0.1, 0.4)), strict=True))

    # A layer without a sparse mask of its own has the islands of any other with the same outline,
    # solidity, angle and height: those are made once.
    job_of: list[int] = []  # per layer, the index of the job that makes its islands
    jobs: list[int] = []  # per job, the first layer it serves
    shared: dict[tuple[object, ...], int] = {}
    for i, (solid_all, sparse_mask) in enumerate(masks):
        if sparse_mask is None:
            key: tuple[object, ...] = (keys[i], solid_all, angles[i], round(heights[i][1], 4))
            if key not in shared:
                shared[key] = len(jobs)
                jobs.append(i)
            job_of.append(shared[key])
        else:
            job_of.append(len(jobs))
            jobs.append(i)

    def islands_of(i: int) -> list[Island]:
        solid_all, sparse_mask = masks[i]
        return _islands(
            areas[i], beads[i], settings, sparse_mask, solid_all and sparse_mask is None, angles[i],
            shells[(keys[i], round(heights[i][1], 4))],
        )

    made = map_in_order(islands_of, jobs, _phase(progress, 0.4, 1.0))
    islands = [made[job] for job in job_of]
    return _PartLayers(islands, areas, prism)


def _phase(progress: Callable[[float], None], start: float, end: float) -> Callable[[float], None]:
    """A round's own progress in [0, 1] as the part's, between `start` and `end`."""
    return lambda fraction: progress(start + (end - start) * fraction)


def _islands(
    area: MultiPolygon,
    bead: Bead,
    settings: SliceSettings,
    sparse_mask: MultiPolygon | None,
    solid_all: bool,
    angle: float,
    shells: list[Shell] | None = None,
) -> list[Island]:
    """`shells`: this area's, per polygon, when the caller keeps them for layers of the same outline
    and height; filled in when empty."""
    spacing = bead.spacing_mm / (settings.infill_pct / 100.0) if settings.infill_pct > 0 else 0.0
    polygons = list(area.geoms)
    if shells is not None and not shells:
        shells.extend(island_shell(polygon, bead, settings.perimeters) for polygon in polygons)
    return [
        island_paths(
            polygon, bead, settings.perimeters, sparse_mask, solid_all, spacing,
            _infill_angle(polygon, angle, settings.infill_along_part_deg),
            settings.solid_infill_below_area_mm2,
            settings.is_solid_concentric,
            shells[index] if shells else None,
        )
        for index, polygon in enumerate(polygons)
    ]


def _infill_angle(polygon: Polygon, angle: float, along_deg: float | None) -> float:
    """The layer's ±45°, or ±along_deg off the island's long axis: on long narrow parts (temples,
    rims) lines along the part are long enough to reach their speed, where lines across it are a
    few millimetres of accelerating and braking."""
    if along_deg is None:
        return angle
    corners = shapely.get_coordinates(polygon.minimum_rotated_rectangle)  # the rectangle's ring, closed
    sides = np.diff(corners[:3], axis=0)
    longest = sides[int(np.argmax(np.hypot(sides[:, 0], sides[:, 1])))]
    axis = float(np.degrees(np.arctan2(longest[1], longest[0])))
    return axis + (along_deg if angle > 0 else -along_deg)


class _WindowMasks:
    """Intersections of every window of k = below + above + 1 consecutive layer areas, in about three
    GEOS overlays per layer instead of k - 1 (van Herk / Gil-Werman: per block of k layers, running
    intersections from the left and from the right; any window is one suffix ∩ one prefix).

    Equal neighbours (same WKB key) are skipped: P ⊆ A[j-1] = A[j] leaves P unchanged.
    """

    def __init__(self, areas: list[MultiPolygon], keys: list[str], below: int, above: int) -> None:
        self.areas, self.keys, self.below, self.above = areas, keys, below, above
        self.k = below + above + 1
        n = len(areas)
        self.prefix: list[tuple[BaseGeometry, str | None]] = [(MultiPolygon(), None)] * n
        self.suffix: list[tuple[BaseGeometry, str | None]] = [(MultiPolygon(), None)] * n
        for start in range(0, n, self.k):
            end = min(start + self.k, n)
            self.prefix[start] = (areas[start], keys[start])
            for j in range(start + 1, end):
                self.prefix[j] = self._extend(self.prefix[j - 1], j, j - 1)
            self.suffix[end - 1] = (areas[end - 1], keys[end - 1])
            for j in range(end - 2, start - 1, -1):
                self.suffix[j] = self._extend(self.suffix[j + 1], j, j + 1)

    def _extend(self, acc: tuple[BaseGeometry, str | None], j: int, neighbour: int) -> tuple[BaseGeometry, str | None]:
        geometry, key = acc
        if key is not None and self.keys[j] == key:
            return acc
        if self.keys[j] == self.keys[neighbour]:
            return geometry, None
        return shapely.intersection(geometry, self.areas[j]), None

    def mask(self, i: int) -> tuple[MultiPolygon | None, bool]:
        """(None, False): all sparse; (None, True): all solid; else the sparse mask."""
        lo, hi = i - self.below, i + self.above
        if lo < 0 or hi >= len(self.areas):
            return None, True
        left_geometry, left_key = self.suffix[lo]
        if lo % self.k == 0:
            geometry, key = left_geometry, left_key
        else:
            right_geometry, right_key = self.prefix[hi]
            if left_key is not None and left_key == right_key:
                geometry, key = left_geometry, left_key
            else:
                geometry, key = shapely.intersection(left_geometry, right_geometry), None
        if key == self.keys[i]:
            return None, False
        return clean_area(geometry, 0.0), False


def _area_key(area: MultiPolygon) -> str:
    return hashlib.blake2b(shapely.to_wkb(area, output_dimension=2), digest_size=16).hexdigest()


def _skirt(area: BaseGeometry, settings: SliceSettings, bead: Bead) -> list[ToolPath]:
    if area.is_empty:
        return []
    hull = area.convex_hull
    loops = []
    for k in range(settings.skirt_loops - 1, -1, -1):
        ring = hull.buffer(settings.skirt_distance_mm + bead.width_mm / 2 + k * bead.spacing_mm, quad_segs=4)
        loops.append(ToolPath(PathRole.SKIRT, np.asarray(ring.exterior.coords), True))
    return loops


def _order_layer(
    prefix: list[ToolPath], islands: list[Island], pos: np.ndarray, seam: SeamPosition
) -> tuple[list[ToolPath], np.ndarray]:
    """Nearest island next; in it loops innermost first (seam at the nearest vertex), then infill
    chains nearest end first."""
    out: list[ToolPath] = []
    for path in prefix:
        placed = _start_loop(path, pos, SeamPosition.NEAREST)
        out.append(placed)
        pos = placed.points[-1]
    remaining = list(islands)
    while remaining:
        outlines = np.array([isl.outline for isl in remaining], dtype=object)
        nearest = int(np.argmin(shapely.distance(outlines, shapely.Point(pos))))
        island = remaining.pop(nearest)
        loops = list(island.loops)
        while loops:
            role = loops[0].role
            group = [lp for lp in loops if lp.role == role]
            loops = [lp for lp in loops if lp.role != role]
            while group:
                dists = [float(np.min(np.sum((g.points - pos) ** 2, axis=1))) for g in group]
                placed = _start_loop(group.pop(int(np.argmin(dists))), pos, seam)
                out.append(placed)
                pos = placed.points[-1]
        fills = island.fills
        if fills:
            starts = np.array([f.points[0] for f in fills])
            ends = np.array([f.points[-1] for f in fills])
            taken = np.zeros(len(fills), dtype=bool)
            for _step in range(len(fills)):
                d_start = np.sum((starts - pos) ** 2, axis=1)
                d_end = np.sum((ends - pos) ** 2, axis=1)
                distances = np.where(taken, np.inf, np.minimum(d_start, d_end))
                best = int(np.argmin(distances))
                taken[best] = True
                chosen = fills[best]
                if d_end[best] < d_start[best]:
                    chosen = replace(chosen, points=chosen.points[::-1])
                out.append(chosen)
                pos = chosen.points[-1]
    return out, pos


def _start_loop(path: ToolPath, pos: np.ndarray, seam: SeamPosition) -> ToolPath:
    """The loop rolled to start at its seam: the nearest vertex, or its rear-most vertex (the left
    one of a flat top edge), the same on every layer so the seams stack into one line."""
    ring = path.points[:-1]
    if seam is SeamPosition.REAR:
        # Rounded to 10 µm so offsetting noise cannot flip the choice between two corners.
        start = int(np.lexsort((np.round(ring[:, 0], 2), -np.round(ring[:, 1], 2)))[0])
    else:
        start = int(np.argmin(np.sum((ring - pos) ** 2, axis=1)))
    rolled = np.roll(ring, -start, axis=0)
    return replace(path, points=np.vstack([rolled, rolled[:1]]))


def _needs_retract(paths: list[ToolPath], area: BaseGeometry, width: float, *, entry: np.ndarray | None) -> list[bool]:
    """A travel retracts only when it is long and leaves the part (crosses a hole or open air)."""
    if not paths:
        return []
    froms: list[np.ndarray | None] = [entry] + [p.points[-1] for p in paths[:-1]]
    result = [False] * len(paths)
    candidates = []
    lines = []
    for i, (src, path) in enumerate(zip(froms, paths, strict=True)):
        if src is None:
            continue  # the first travel of the print comes from the purge line
        dst = path.points[0]
        if float(np.hypot(*(dst - src))) <= MIN_RETRACT_TRAVEL_MM:
            continue
        candidates.append(i)
        lines.append((tuple(src), tuple(dst)))
    if candidates:
        allowed = area.buffer(width * 0.5, quad_segs=2)
        shapely.prepare(allowed)
        inside = np.asarray(shapely.covers(allowed, shapely.linestrings(np.asarray(lines))))
        for i, ok in zip(candidates, inside.tolist(), strict=True):
            result[i] = not ok
    return result


def _lap(since: float) -> float:
    return (time.perf_counter() - since) * 1000.0
