"""Infill lines: a numpy even-odd scanline hatch, then joined into zig-zag chains so the nozzle
keeps extruding from line to line instead of travelling (and retracting) between loose segments.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon


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
    """Chains of segments joined at alternating ends when the link stays inside the region (rotated frame)."""
    count = len(starts)
    by_line: dict[int, list[int]] = {}
    for i, line in enumerate(seg_line.tolist()):
        by_line.setdefault(line, []).append(i)
    max_dx = 3.0 * spacing
    # Candidate links: from each segment's end (side 1 = right, 0 = left) to the nearest same-side end
    # of a segment on the next scanline.
    cand_from: list[tuple[int, int]] = []
    cand_to: list[int] = []
    link_coords = []
    s_l = starts.tolist()
    e_l = ends.tolist()
    for i in range(count):
        nxt = by_line.get(int(seg_line[i]) + 1)
        if not nxt:
            continue
        for side, xs_here, xs_list in ((0, s_l, s_l), (1, e_l, e_l)):
            x_here = xs_here[i]
            best = min(nxt, key=lambda j, xl=xs_list, x=x_here: abs(xl[j] - x))
            if abs(xs_list[best] - x_here) <= max_dx:
                cand_from.append((i, side))
                cand_to.append(best)
                link_coords.append(((x_here, scan[seg_line[i]]), (xs_list[best], scan[seg_line[best]])))
    valid: dict[tuple[int, int], int] = {}
    if link_coords:
        links = shapely.linestrings(np.asarray(link_coords))
        ok = shapely.covers(rotated, links)
        for key, target, good in zip(cand_from, cand_to, ok.tolist(), strict=True):
            if good:
                valid[key] = target
    used = np.zeros(count, dtype=bool)
    chains: list[np.ndarray] = []
    for line in sorted(by_line):
        for i in by_line[line]:
            if used[i]:
                continue
            points = []
            current = i
            side_in = 0  # enter at the left end, leave at the right
            while True:
                used[current] = True
                y = scan[seg_line[current]]
                a, b = (s_l[current], e_l[current]) if side_in == 0 else (e_l[current], s_l[current])
                points.append((a, y))
                points.append((b, y))
                side_out = 1 - side_in
                nxt = valid.get((current, side_out))
                if nxt is None or used[nxt]:
                    break
                current = nxt
                side_in = side_out
            chains.append(np.asarray(points))
    return chains


def rotate_region(region: MultiPolygon, angle_deg: float) -> shapely.Geometry:
    """The region turned by -angle, the frame in which hatch lines are horizontal."""
    theta = math.radians(angle_deg)
    cos_t, sin_t = math.cos(theta), math.sin(theta)
    return shapely.affinity.affine_transform(region, [cos_t, sin_t, -sin_t, cos_t, 0.0, 0.0])
