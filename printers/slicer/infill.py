"""Infill lines: a numpy even-odd scanline hatch, then joined into zig-zag chains so the nozzle
keeps extruding from line to line instead of travelling (and retracting) between loose segments.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry


def hatch_chains(region: MultiPolygon, spacing_mm: float, angle_deg: float) -> list[np.ndarray]:
    """Polylines (k, 2) covering `region` with lines `spacing_mm` apart at `angle_deg`."""
    if region.is_empty or spacing_mm <= 0:
        return []
    theta = math.radians(angle_deg)
    cos_t, sin_t = math.cos(theta), math.sin(theta)
    # Rotate the region by -angle so hatch lines are horizontal.
    rot = np.array([[cos_t, sin_t], [-sin_t, cos_t]])
    edges = _edges(region) @ rot.T  # (E, 2, 2)
    if len(edges) == 0:
        return []
    ys = edges[:, :, 1]
    y_min, y_max = ys.min(), ys.max()
    first = math.floor(y_min / spacing_mm) * spacing_mm + spacing_mm * 0.5
    scan = np.arange(first, y_max, spacing_mm)
    if len(scan) == 0:
        return []
    y0 = edges[:, 0, 1][:, None]
    y1 = edges[:, 1, 1][:, None]
    x0 = edges[:, 0, 0][:, None]
    x1 = edges[:, 1, 0][:, None]
    crosses = ((y0 <= scan) & (scan < y1)) | ((y1 <= scan) & (scan < y0))
    edge_idx, line_idx = np.nonzero(crosses)
    if len(edge_idx) == 0:
        return []
    yy = scan[line_idx]
    ex0, ey0, ex1, ey1 = x0[edge_idx, 0], y0[edge_idx, 0], x1[edge_idx, 0], y1[edge_idx, 0]
    xs = ex0 + (yy - ey0) * (ex1 - ex0) / (ey1 - ey0)
    order = np.lexsort((xs, line_idx))
    line_idx = line_idx[order]
    xs = xs[order]
    starts = xs[0::2]
    ends = xs[1::2]
    seg_line = line_idx[0::2]
    keep = ends - starts > spacing_mm * 0.25
    starts, ends, seg_line = starts[keep], ends[keep], seg_line[keep]
    if len(starts) == 0:
        return []
    rotated = rotate_region(region, angle_deg).buffer(spacing_mm * 0.02, quad_segs=2)
    shapely.prepare(rotated)
    chains = _zigzag(starts, ends, seg_line, scan, spacing_mm, rotated)
    inverse = rot  # rotating back by +angle is the transpose of the forward rotation
    return [chain @ inverse for chain in chains]


def _edges(region: MultiPolygon) -> np.ndarray:
    rings = []
    for polygon in region.geoms:
        rings.append(np.asarray(polygon.exterior.coords))
        rings.extend(np.asarray(r.coords) for r in polygon.interiors)
    parts = [np.stack([ring[:-1], ring[1:]], axis=1) for ring in rings if len(ring) >= 2]
    return np.concatenate(parts) if parts else np.zeros((0, 2, 2))


def _zigzag(
    starts: np.ndarray,
    ends: np.ndarray,
    seg_line: np.ndarray,
    scan: np.ndarray,
    spacing: float,
    rotated: shapely.Geometry,
) -> list[np.ndarray]:
    """Chains of segments joined at alternating ends when the link stays inside the region (rotated frame).

    Segments come sorted by scanline, then by x; on one scanline both their starts and their ends
    increase with x, which lets one searchsorted find every segment's nearest neighbour on the next line.
    """
    count = len(starts)
    next_lo = np.searchsorted(seg_line, seg_line + 1, side="left")
    next_hi = np.searchsorted(seg_line, seg_line + 1, side="right")
    has_next = next_lo < next_hi
    max_dx = 3.0 * spacing
    # link[side][i]: the segment on the next scanline that segment i's end on `side` (0 left, 1 right)
    # joins, or -1. Candidates: the nearest same-side end, when close enough and the link stays inside.
    link = np.full((2, count), -1, dtype=np.int64)
    for side, xs in ((0, starts), (1, ends)):
        origin = xs.min()
        stride = float(xs.max() - origin) + 1.0
        keys = seg_line * stride + (xs - origin)
        right = np.searchsorted(keys, (seg_line + 1) * stride + (xs - origin))
        right = np.clip(right, next_lo, np.maximum(next_hi - 1, next_lo))
        left = np.maximum(right - 1, next_lo)
        right = np.minimum(right, count - 1)
        left = np.minimum(left, count - 1)
        take_left = np.abs(xs[left] - xs) <= np.abs(xs[right] - xs)
        best = np.where(take_left, left, right)
        near = has_next & (np.abs(xs[best] - xs) <= max_dx)
        index = np.flatnonzero(near)
        if len(index) == 0:
            continue
        target = best[index]
        ys_here = scan[seg_line[index]]
        ys_next = scan[seg_line[target]]
        segments = np.stack(
            [np.column_stack([xs[index], ys_here]), np.column_stack([xs[target], ys_next])], axis=1
        )
        inside = shapely.covers(rotated, shapely.linestrings(segments))
        link[side, index[inside]] = target[inside]
    s_l = starts.tolist()
    e_l = ends.tolist()
    y_l = scan[seg_line].tolist()
    links = link.tolist()
    used = [False] * count
    chains: list[np.ndarray] = []
    for i in range(count):  # already in scanline order
        if used[i]:
            continue
        points = []
        current = i
        side_in = 0  # enter at the left end, leave at the right
        while True:
            used[current] = True
            y = y_l[current]
            a, b = (s_l[current], e_l[current]) if side_in == 0 else (e_l[current], s_l[current])
            points.append((a, y))
            points.append((b, y))
            side_out = 1 - side_in
            nxt = links[side_out][current]
            if nxt < 0 or used[nxt]:
                break
            current = nxt
            side_in = side_out
        chains.append(np.asarray(points))
    return chains


def rotate_region(region: MultiPolygon, angle_deg: float) -> BaseGeometry:
    """The region turned by -angle, the frame in which hatch lines are horizontal."""
    theta = math.radians(angle_deg)
    cos_t, sin_t = math.cos(theta), math.sin(theta)
    return shapely.affinity.affine_transform(region, [cos_t, sin_t, -sin_t, cos_t, 0.0, 0.0])


def link_chains(chains: list[np.ndarray], region: MultiPolygon, max_link_mm: float) -> list[np.ndarray]:
    """Chains joined end to start, nearest first, where the joining line is short and stays in the
    region (as PrusaSlicer anchors infill lines): the nozzle keeps extruding instead of stopping,
    travelling and starting again, which on narrow parts costs more time than the lines themselves."""
    if len(chains) < 2:
        return chains
    allowed = region.buffer(max_link_mm * 0.05, quad_segs=2)
    shapely.prepare(allowed)
    starts = np.array([c[0] for c in chains])
    ends = np.array([c[-1] for c in chains])
    is_taken = np.zeros(len(chains), dtype=bool)
    is_taken[0] = True
    current = [chains[0]]
    pos = chains[0][-1]
    linked: list[np.ndarray] = []
    limit = max_link_mm * max_link_mm
    for _ in range(len(chains) - 1):
        d_start = np.where(is_taken, np.inf, np.sum((starts - pos) ** 2, axis=1))
        d_end = np.where(is_taken, np.inf, np.sum((ends - pos) ** 2, axis=1))
        best = int(np.argmin(np.minimum(d_start, d_end)))
        is_reversed = d_end[best] < d_start[best]
        chain = chains[best][::-1] if is_reversed else chains[best]
        is_taken[best] = True
        gap = min(d_start[best], d_end[best])
        if gap <= limit and allowed.covers(shapely.LineString([pos, chain[0]])):
            current.append(chain)
        else:
            linked.append(np.concatenate(current))
            current = [chain]
        pos = chain[-1]
    linked.append(np.concatenate(current))
    return linked
