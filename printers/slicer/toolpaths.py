"""Per-layer toolpaths of one part: perimeters by negative offsets, then solid or sparse infill."""

from __future__ import annotations

import enum
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar, cast

import numpy as np
import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from printers.slicer.infill import hatch_chains, link_chains
from printers.slicer.sections import clean_area

_QUAD_SEGS = 3
RESOLUTION_MM = 0.0125
_MAX_LINK_MM = 2.0  # longest infill link extruded rather than travelled
# Centre lines already found, by the exact gap (its WKB) and the width limits: a prismatic part's
# layers of one kind leave the very same gaps, and half the searches were repeats. Bounded, as a
# long print's gaps are not all alike.
_MEDIAL_CACHE_SIZE = 4096
# Solid loops by the exact area they fill and the bead: a frame's two temples, and layers of different
# outlines, often have the very same solid area.
_CONCENTRIC_CACHE_SIZE = 64

K = TypeVar("K")
V = TypeVar("V")


class _BoundedCache(Generic[K, V]):
    """Results shared by the slicing threads, emptied when full. The result is made outside the lock:
    two threads may make the same one at once, which costs time but never a wrong answer."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._found: dict[K, V] = {}
        self._lock = threading.Lock()

    def get_or_make(self, key: K, make: Callable[[], V]) -> V:
        with self._lock:
            found = self._found.get(key)
        if found is None:
            found = make()
            with self._lock:
                if len(self._found) >= self._size:
                    self._found.clear()
                self._found[key] = found
        return found


_medial_cache: _BoundedCache[tuple[bytes, float, float], tuple[tuple[np.ndarray, float], ...]] = \
    _BoundedCache(_MEDIAL_CACHE_SIZE)
_concentric_cache: _BoundedCache[tuple[bytes, Bead], tuple[ToolPath, ...]] = _BoundedCache(_CONCENTRIC_CACHE_SIZE)


class PathRole(enum.Enum):
    SKIRT = "skirt"
    EXTERNAL_PERIMETER = "external_perimeter"
    PERIMETER = "perimeter"
    SOLID_INFILL = "solid_infill"
    SPARSE_INFILL = "sparse_infill"
    GAP_FILL = "gap_fill"  # thin walls and the gaps between loops: one centred line of varying width


@dataclass(frozen=True)
class ToolPath:
    role: PathRole
    points: np.ndarray  # (k, 2); a closed loop repeats its first point at the end
    is_loop: bool
    width_mm: float | None = None  # None: the layer's bead; thin walls and gap fill have their own


@dataclass(frozen=True)
class Island:
    """One connected piece of a layer: its loops (innermost first) and its infill."""

    outline: Polygon
    loops: tuple[ToolPath, ...]
    fills: tuple[ToolPath, ...]


@dataclass(frozen=True)
class Bead:
    width_mm: float
    spacing_mm: float


@dataclass
class Shell:
    """What an island's layers share whatever their infill: the loops, the area left for infill and
    the centred lines in the gaps; and, computed once when asked, its solid fill as loops."""

    loops: tuple[ToolPath, ...]
    fill_region: MultiPolygon
    gap_fills: tuple[ToolPath, ...]
    # Solid loops by the solid area they fill (its WKB digest): the same on every layer that has it.
    concentric: dict[bytes, tuple[ToolPath, ...]] = field(default_factory=dict)


def island_shell(polygon: Polygon, bead: Bead, perimeters: int) -> Shell:
    w, s = bead.width_mm, bead.spacing_mm
    min_area = w * w
    loops: list[ToolPath] = []
    # Each loop runs on the opening of its offset (offset2, as Slic3r's classic perimeters): where the
    # wall is too narrow for a loop on each side, the two would overlap and lay twice the plastic the
    # wall holds. What the loops leave uncovered gets one centred line of its own width (thin walls
    # and gap fill).
    rings: list[BaseGeometry] = []
    # Area the openings took away or that small pieces dropped: where there is none, the loops and the
    # infill cover the island and the (costly) search for gaps is skipped.
    lost_mm2 = 0.0
    innermost: BaseGeometry = Polygon()
    for k in range(perimeters - 1, -1, -1):
        # PrusaSlicer keeps an inner loop where 60 % of a line's spacing fits (INSET_OVERLAP_TOLERANCE
        # 0.4). The outer loop needs a whole spacing between its two sides: a wall narrower than a line
        # and a spacing gets one centred line of its own width instead of two overlapping loops.
        raw = polygon.buffer(-(w / 2 + k * s), quad_segs=_QUAD_SEGS)
        shell = _opening(raw, (0.5 if k == 0 else 0.3) * s)
        lost_mm2 += raw.area - shell.area
        role = PathRole.EXTERNAL_PERIMETER if k == 0 else PathRole.PERIMETER
        for piece in clean_area(_resolution(shell), 0.0).geoms:
            for ring in (piece.exterior, *piece.interiors):
                coords = np.asarray(ring.coords)
                if piece.area >= min_area * 0.25 and len(coords) >= 4 and ring.length >= 2 * w:
                    loops.append(ToolPath(role, coords, True))
                    rings.append(ring)
                else:
                    lost_mm2 += piece.area if ring is piece.exterior else 0.0
        if k == perimeters - 1:
            innermost = raw
    # Infill lines end a quarter spacing inside the innermost loop's centre line, so they overlap
    # it and bond (PrusaSlicer's infill_overlap of 25 %).
    fill_offset = w / 2 + (perimeters - 1) * s + 0.25 * s
    # Infill areas too narrow for 60 % of a line collapse (PrusaSlicer's offset2 of the fill surface).
    raw_fill = polygon.buffer(-(fill_offset + 0.3 * s), quad_segs=_QUAD_SEGS)
    fill_region = clean_area(_opening(raw_fill, 0.3 * s), min_area)
    lost_mm2 += raw_fill.area - fill_region.area
    gap_fills: list[ToolPath] = []
    # A gap also opens between the innermost loops when the inside is too narrow for any infill.
    if lost_mm2 > 0.01 * w * w or (raw_fill.is_empty and not innermost.is_empty):
        # One GEOS call for every loop's bead (the same buffers, without a Python call for each).
        covered = list(shapely.buffer(np.array(rings, dtype=object), w / 2, quad_segs=2))
        gap_fills.extend(thin_wall_paths(polygon, covered, fill_region, bead))
    return Shell(tuple(loops), fill_region, tuple(gap_fills))


def island_paths(
    polygon: Polygon,
    bead: Bead,
    perimeters: int,
    sparse_mask: MultiPolygon | None,
    is_all_solid: bool,
    infill_spacing_mm: float,
    angle_deg: float,
    solid_below_area_mm2: float = 0.0,
    is_solid_concentric: bool = False,
    shell: Shell | None = None,
) -> Island:
    """sparse_mask: where the layers above and below are all solid, so sparse infill may go; None
    means the whole inside is sparse (a prism's middle layers). `shell`: this polygon's, when the
    caller keeps them for layers of the same outline."""
    s = bead.spacing_mm
    min_area = bead.width_mm * bead.width_mm
    shell = shell or island_shell(polygon, bead, perimeters)
    fill_region = shell.fill_region
    fills: list[ToolPath] = list(shell.gap_fills)
    if not fill_region.is_empty:
        if is_all_solid:
            solid, sparse = fill_region, MultiPolygon()
        elif sparse_mask is None:
            solid, sparse = MultiPolygon(), fill_region
        else:
            solid = clean_area(shapely.difference(fill_region, sparse_mask), min_area)
            sparse = clean_area(shapely.intersection(fill_region, sparse_mask), min_area)
        small = [piece for piece in sparse.geoms if piece.area < solid_below_area_mm2]
        if small:
            solid = clean_area(shapely.union_all([solid, *small]), min_area)
            sparse = MultiPolygon([piece for piece in sparse.geoms if piece.area >= solid_below_area_mm2])
        if is_solid_concentric and not solid.is_empty:
            # Loops do not depend on the layer's angle: made once per solid area of an outline.
            digest = hashlib.blake2b(shapely.to_wkb(solid), digest_size=16).digest()
            if digest not in shell.concentric:
                shell.concentric[digest] = _shared_concentric_paths(digest, solid, bead)
            fills.extend(shell.concentric[digest])
        else:
            for chain in link_chains(hatch_chains(solid, s, angle_deg), solid, _MAX_LINK_MM):
                fills.append(ToolPath(PathRole.SOLID_INFILL, chain, False))
        if infill_spacing_mm > 0:
            sparse_chains = hatch_chains(sparse, infill_spacing_mm, angle_deg)
            for chain in link_chains(sparse_chains, sparse, max(_MAX_LINK_MM, 1.5 * infill_spacing_mm)):
                fills.append(ToolPath(PathRole.SPARSE_INFILL, chain, False))
    return Island(polygon, shell.loops, tuple(fills))


def _shared_concentric_paths(digest: bytes, solid: MultiPolygon, bead: Bead) -> tuple[ToolPath, ...]:
    """concentric_paths, made once per slice for each distinct solid area (the paths are never
    changed after they are made, so layers and parts share them)."""
    return _concentric_cache.get_or_make((digest, bead), lambda: tuple(concentric_paths(solid, bead)))


def concentric_paths(region: MultiPolygon, bead: Bead) -> list[ToolPath]:
    """Solid infill as loops one spacing apart, outermost first, then one centred line along what
    they leave in the middle: on rims and temples each loop runs the whole way round at speed, where
    straight lines across them are short and turn at every end."""
    paths: list[ToolPath] = []
    s, w = bead.spacing_mm, bead.width_mm
    # Every loop is an offset of the region: offsets of its outline thinned to the G-code's resolution
    # are the same within that resolution, in a third to two thirds of the time on rims and temples.
    region = clean_area(_resolution(region), 0.0)
    # The region's edge is where lines end (overlapping the innermost perimeter); a loop's centre
    # goes half a spacing inside the edge of the area it fills.
    k = 0
    rings: list[np.ndarray] = []
    thin_parts: list[BaseGeometry] = []  # strips an opening took away: no loop covers them
    while True:
        raw = region.buffer(-(0.25 * s + k * s), quad_segs=_QUAD_SEGS)
        shell = clean_area(_opening(raw, 0.3 * s), 0.0)
        if raw.area - shell.area > 0.01 * w * w:
            thin_parts.append(shapely.difference(raw, shell.buffer(s / 2, quad_segs=2)))
        if shell.is_empty:
            break
        for piece in clean_area(_resolution(shell), 0.0).geoms:
            for ring in (piece.exterior, *piece.interiors):
                coords = np.asarray(ring.coords)
                if len(coords) >= 4 and ring.length >= 2 * w:
                    rings.append(coords)
        k += 1
    # Each ring starts at its point nearest the previous ring's end, so one step of about a line's
    # spacing links them into a single path (link_chains) instead of a travel per ring.
    pos = rings[0][0] if rings else None
    for index, ring in enumerate(rings):
        start = int(np.argmin(np.sum((ring[:-1] - pos) ** 2, axis=1)))
        rolled = np.roll(ring[:-1], -start, axis=0)
        rings[index] = np.vstack([rolled, rolled[:1]])
        pos = rings[index][-1]
    for chain in link_chains(rings, region, 2.0 * s):
        paths.append(ToolPath(PathRole.SOLID_INFILL, chain, False))
    # What no loop covers lies along the centre lines of the strips the openings took away; those
    # strips are the gaps inset by half a spacing, so the gap is as wide as the strip and a spacing.
    if thin_parts:
        for strip in clean_area(shapely.union_all(thin_parts), 0.0).geoms:
            for line, width in medial_axis(strip, min_width_mm=0.0, max_width_mm=0.6 * s):
                if width + s >= w / 3:
                    paths.append(ToolPath(PathRole.GAP_FILL, line, False, min(width + s, w + s)))
    return paths


def _resolution(area: BaseGeometry) -> BaseGeometry:
    """An offset curve's points, thinned to PrusaSlicer's 0.0125 mm G-code resolution: offsetting adds
    an arc at every convex corner, doubling the moves of a smooth outline for nothing.

    Douglas-Peucker first: a fifteenth of the time of GEOS's topology-preserving simplifier, and the
    same area wherever the result is valid; where it is not (features closer than the resolution),
    the topology-preserving one."""
    simpler = shapely.simplify(area, RESOLUTION_MM, preserve_topology=False)
    if simpler.is_valid and simpler.is_empty == area.is_empty:
        return simpler
    return shapely.simplify(area, RESOLUTION_MM, preserve_topology=True)


def _opening(area: BaseGeometry, radius: float) -> BaseGeometry:
    """Erode then dilate: strips narrower than 2 * radius vanish, the rest keeps its shape."""
    return area.buffer(-radius, quad_segs=_QUAD_SEGS).buffer(radius, quad_segs=_QUAD_SEGS)


def thin_wall_paths(
    polygon: Polygon, covered: list[Polygon], fill_region: MultiPolygon, bead: Bead
) -> list[ToolPath]:
    """Centre lines of what neither loops nor infill cover, each as wide as the strip it runs in
    (between a third of the bead and the bead itself); strips narrower than that stay empty, as in
    PrusaSlicer."""
    w = bead.width_mm
    taken = shapely.union_all([*covered, fill_region.buffer(bead.spacing_mm * 0.5, quad_segs=2)])
    gaps = clean_area(shapely.difference(polygon, taken), 0.0)
    paths: list[ToolPath] = []
    # Slivers along the loops (offsetting noise) are narrower than any line: one cheap erosion drops
    # them before the costly centre-line search (every gap's in one GEOS call).
    candidates = np.array([gap for gap in gaps.geoms if gap.area >= (w / 3) * w], dtype=object)
    if len(candidates) == 0:
        return paths
    is_sliver = shapely.is_empty(shapely.buffer(candidates, -w / 6 * 0.9, quad_segs=1))
    for gap in candidates[~is_sliver]:
        for line, width in medial_axis(gap, min_width_mm=w / 3, max_width_mm=w + bead.spacing_mm):
            paths.append(ToolPath(PathRole.GAP_FILL, line, False, width))
    return paths


def medial_axis(
    area: Polygon, *, min_width_mm: float, max_width_mm: float
) -> list[tuple[np.ndarray, float]]:
    """Centre lines of a narrow polygon with their mean width (see _find_medial_axis), found once for
    each distinct gap: the lines are copies, so a caller may change them."""
    key = (shapely.to_wkb(area), float(min_width_mm), float(max_width_mm))
    found = _medial_cache.get_or_make(
        key, lambda: tuple(_find_medial_axis(area, min_width_mm=min_width_mm, max_width_mm=max_width_mm)))
    return [(line.copy(), width) for line, width in found]


# Corner k + 1 of a triangle, for k = 0, 1, 2 (a roll by one, without np.roll's cost on small arrays).
_NEXT_CORNER = [1, 2, 0]


def _find_medial_axis(
    area: Polygon, *, min_width_mm: float, max_width_mm: float
) -> list[tuple[np.ndarray, float]]:
    """Approximate centre lines of a narrow polygon with their mean width (the chordal axis: the
    outline is sampled densely, Delaunay-triangulated, and inside every triangle the midpoints of
    its chords, the edges that cross the strip, are joined). A chord's length is the strip's width
    there; chords outside [min_width, max_width] are left out. GEOS's Voronoi would give the same
    lines, a hundred times slower on the round outlines of turned parts."""
    step = max(max_width_mm / 3, 0.05)  # a few samples across the strip are enough for its centre
    rings = [area.exterior, *area.interiors]
    samples = []
    ring_of = []
    for number, ring in enumerate(rings):
        coords = shapely.get_coordinates(shapely.segmentize(shapely.simplify(ring, step * 0.1), step))[:-1]
        samples.append(coords)
        ring_of.append(np.full(len(coords), number))
    points = np.concatenate(samples)
    if len(points) < 4:
        return []
    ring_ids = np.concatenate(ring_of)
    position = np.concatenate([np.arange(len(c)) for c in samples])
    ring_size = np.array([len(c) for c in samples])[ring_ids]
    index = {(x, y): i for i, (x, y) in enumerate(points.tolist())}
    triangles = shapely.get_parts(shapely.delaunay_triangles(shapely.multipoints(points)))
    if len(triangles) == 0:
        return []
    corners = shapely.get_coordinates(triangles).reshape(-1, 4, 2)[:, :3]
    try:
        ids = np.array([index[(x, y)] for x, y in corners.reshape(-1, 2).tolist()]).reshape(-1, 3)
    except KeyError:
        return []
    centres = corners.mean(axis=1)
    inside = shapely.contains_xy(area, centres[:, 0], centres[:, 1])
    corners, ids, centres = corners[inside], ids[inside], centres[inside]
    if len(ids) == 0:
        return []
    a, b = ids, ids[:, _NEXT_CORNER]  # edge k runs from corner k to corner k + 1
    gap = np.abs(position[a] - position[b])
    on_outline = (ring_ids[a] == ring_ids[b]) & ((gap == 1) | (gap == ring_size[a] - 1))
    chords = ~on_outline
    following = corners[:, _NEXT_CORNER]
    mids = (corners + following) / 2.0
    lengths = np.hypot(*(corners - following).transpose(2, 0, 1))
    is_wide_enough = chords & (lengths >= min_width_mm) & (lengths <= max_width_mm)
    count = chords.sum(axis=1)
    # A strip's triangles have two chords: join their midpoints. Forks have three: join each
    # midpoint to the triangle's centre.
    # A strip's chords cross it straight or aslant: the shorter of a triangle's two is its width.
    order = np.argsort(~chords, axis=1, kind="stable")[:, :2]
    rows = np.arange(len(chords))[:, None]
    shorter = np.min(lengths[rows, order], axis=1)
    pairs = np.flatnonzero((count == 2) & (shorter >= min_width_mm) & (shorter <= max_width_mm))
    order = order[pairs]
    first = mids[pairs, order[:, 0]]
    second = mids[pairs, order[:, 1]]
    forks, sides = np.nonzero((count == 3)[:, None] & is_wide_enough)
    starts = np.concatenate([first, centres[forks]])
    ends = np.concatenate([second, mids[forks, sides]])
    widths = np.concatenate([shorter[pairs], lengths[forks, sides]])
    if len(starts) == 0:
        return []
    segments = np.stack([starts, ends], axis=1)
    seg_lengths = np.hypot(*(segments[:, 1] - segments[:, 0]).T)
    # A merged line is some of these segments end to end: when all of them together are shorter than
    # a line may be, none is kept (most gaps between a frame's loops end here, before any merging).
    if float(np.sum(seg_lengths)) < max_width_mm * (1.0 - 1e-9):
        return []
    lines = cast(np.ndarray, shapely.linestrings(segments))  # one line per segment
    # One collection from an array of lines: shapely's stubs cannot tell a scalar result from an array.
    merged = shapely.get_parts(shapely.line_merge(cast(MultiLineString, shapely.multilinestrings(lines))))
    # Weighted by length: the short spurs of a fork measure odd chords, the long runs the strip.
    width = float(np.sum(widths * seg_lengths) / max(float(np.sum(seg_lengths)), 1e-9))
    # The chords' midpoints zig-zag by a few µm: simplified, a centre line is a few long moves.
    return [
        (shapely.get_coordinates(shapely.simplify(line, 0.01, preserve_topology=False)), width)
        for line in merged
        if line.length >= max_width_mm
    ]
