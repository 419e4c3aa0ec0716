"""Per-layer toolpaths of one part: perimeters by negative offsets, then solid or sparse infill."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon

from printers.slicer.infill import hatch_chains
from printers.slicer.sections import clean_area

_QUAD_SEGS = 3


class PathRole(enum.Enum):
    SKIRT = "skirt"
    EXTERNAL_PERIMETER = "external_perimeter"
    PERIMETER = "perimeter"
    SOLID_INFILL = "solid_infill"
    SPARSE_INFILL = "sparse_infill"


@dataclass(frozen=True)
class ToolPath:
    role: PathRole
    points: np.ndarray  # (k, 2); a closed loop repeats its first point at the end
    is_loop: bool


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


def island_paths(
    polygon: Polygon,
    bead: Bead,
    perimeters: int,
    sparse_mask: MultiPolygon | None,
    is_all_solid: bool,
    infill_spacing_mm: float,
    angle_deg: float,
    solid_below_area_mm2: float = 0.0,
) -> Island:
    """sparse_mask: where the layers above and below are all solid, so sparse infill may go; None
    means the whole inside is sparse (a prism's middle layers)."""
    w, s = bead.width_mm, bead.spacing_mm
    min_area = w * w
    loops: list[ToolPath] = []
    for k in range(perimeters - 1, -1, -1):
        shell = polygon.buffer(-(w / 2 + k * s), quad_segs=_QUAD_SEGS)
        role = PathRole.EXTERNAL_PERIMETER if k == 0 else PathRole.PERIMETER
        for piece in clean_area(shell, min_area * 0.25).geoms:
            for ring in (piece.exterior, *piece.interiors):
                coords = np.asarray(ring.coords)
                if len(coords) >= 4 and ring.length >= 2 * w:
                    loops.append(ToolPath(role, coords, True))
    fill_offset = w / 2 + (perimeters - 1) * s + 0.85 * s
    fill_region = clean_area(polygon.buffer(-fill_offset, quad_segs=_QUAD_SEGS), min_area)
    fills: list[ToolPath] = []
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
        for chain in hatch_chains(solid, s, angle_deg):
            fills.append(ToolPath(PathRole.SOLID_INFILL, chain, False))
        if infill_spacing_mm > 0:
            for chain in hatch_chains(sparse, infill_spacing_mm, angle_deg):
                fills.append(ToolPath(PathRole.SPARSE_INFILL, chain, False))
    return Island(polygon, tuple(loops), tuple(fills))
