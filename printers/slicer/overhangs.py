"""Where a part would print on air: overhangs steeper than the printer's limit, bridges longer than it
can span, and pieces that start in mid-air, found from consecutive layer areas and reported per part
with where they are ("part: a roof 14 mm above the bed, at the back, is unsupported: ...").

The built-in slicer makes no supports, so these are told before printing rather than found on the bed.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from i18n import N_, _, ngettext
from printers.slicer.sections import clean_area

_MIN_FEATURE_MM2 = 2.0  # smaller unsupported spots sag a little and print anyway
_GROUP_MM = 3.0  # findings this close on consecutive layers are one feature


class OverhangKind(enum.Enum):
    OVERHANG = "overhang"  # leans out from a wall further than the printer's limit
    ROOF = "roof"  # spans between supports, further than the printer can bridge
    FLOATING = "floating"  # starts in mid-air: nothing at all below it


@dataclass(frozen=True)
class Overhang:
    part: str
    kind: OverhangKind
    z_mm: float  # height above the bed where it starts
    area_mm2: float  # largest unsupported area on one layer
    where: str  # "at the back", "in the middle", ... of the part: stored in English, shown translated

    def sentence(self) -> str:
        what = {
            OverhangKind.OVERHANG: _("an overhang"),
            OverhangKind.ROOF: _("a roof too wide to bridge"),
            OverhangKind.FLOATING: _("a piece that starts in mid-air"),
        }[self.kind]
        height = f"{self.z_mm:.1f}" if self.z_mm < 10 else f"{self.z_mm:.0f}"
        return _(
            "{part}: {what} {height} mm above the bed, {where}, is unsupported ({area} mm²): lay the part on "
            "another side, or use the PrusaSlicer backend with supports."
        ).format(part=self.part, what=what, height=height, where=_(self.where), area=f"{self.area_mm2:.0f}")


@dataclass
class _Finding:
    kind: OverhangKind
    layer: int
    z_mm: float
    area_mm2: float
    centre: np.ndarray


def find_overhangs(
    name: str,
    areas: list[MultiPolygon],
    layer_tops_mm: list[float],
    layer_heights_mm: list[float],
    *,
    max_overhang_deg: float,
    max_bridge_mm: float,
    line_width_mm: float,
) -> list[Overhang]:
    """One Overhang per feature of one part (its areas, layer by layer, on the bed)."""
    findings: list[_Finding] = []
    for i in range(1, len(areas)):
        here, below = areas[i], areas[i - 1]
        if here.is_empty:
            continue
        height = layer_heights_mm[i]
        reach = height * math.tan(math.radians(max_overhang_deg))
        supported = below.buffer(reach + line_width_mm / 2, quad_segs=2) if not below.is_empty else below
        loose = clean_area(shapely.difference(here, supported), _MIN_FEATURE_MM2)
        for piece in loose.geoms:
            # A sliver narrower than a line leans on its neighbours (a slope just past the limit).
            if piece.buffer(-line_width_mm, quad_segs=1).is_empty:
                continue
            kind = _classify(piece, below, line_width_mm, max_bridge_mm)
            if kind is None:
                continue
            bottom = layer_tops_mm[i] - height
            centre = np.asarray(piece.centroid.coords[0])
            findings.append(_Finding(kind, i, bottom, piece.area, centre))
    return _group(name, findings, areas)


def _classify(piece: Polygon, below: MultiPolygon, width: float, max_bridge_mm: float) -> OverhangKind | None:
    if below.is_empty:
        return OverhangKind.FLOATING
    edge = piece.exterior.buffer(width, quad_segs=1)
    touching = clean_area(shapely.intersection(below, edge), 0.0)
    if touching.is_empty:
        return OverhangKind.FLOATING
    if len(touching.geoms) >= 2:
        # Held on two or more sides: a bridge, printable when no point of it lies further than half
        # the printer's longest bridge from a support.
        return None if 2.0 * _farthest_from(piece, touching) <= max_bridge_mm else OverhangKind.ROOF
    return OverhangKind.OVERHANG


def _farthest_from(piece: Polygon, anchors: MultiPolygon) -> float:
    """How far the point of `piece` farthest from `anchors` is (on a 0.5 mm grid and the outline)."""
    lo_x, lo_y, hi_x, hi_y = piece.bounds
    xs, ys = np.meshgrid(np.arange(lo_x, hi_x, 0.5), np.arange(lo_y, hi_y, 0.5))
    xs, ys = xs.ravel(), ys.ravel()
    inside = shapely.contains_xy(piece, xs, ys)
    points = np.concatenate([np.column_stack([xs[inside], ys[inside]]), np.asarray(piece.exterior.coords)])
    return float(np.max(shapely.distance(anchors, shapely.points(points))))


def _group(name: str, findings: list[_Finding], areas: list[MultiPolygon]) -> list[Overhang]:
    features: list[list[_Finding]] = []
    for finding in findings:
        for feature in features:
            last = feature[-1]
            if (
                finding.layer - last.layer <= 2
                and float(np.hypot(*(finding.centre - last.centre))) <= _GROUP_MM + math.sqrt(last.area_mm2)
            ):
                feature.append(finding)
                break
        else:
            features.append([finding])
    footprint = shapely.union_all([a for a in areas if not a.is_empty])
    result = []
    for feature in features:
        first = feature[0]
        kind = next((f.kind for f in feature if f.kind is OverhangKind.FLOATING), first.kind)
        largest = max(feature, key=lambda f: f.area_mm2)
        result.append(Overhang(name, kind, first.z_mm, largest.area_mm2, _where(largest.centre, footprint)))
    return result


def _where(point: np.ndarray, footprint: BaseGeometry) -> str:
    """Which part of the footprint, in the bed's directions (Y grows towards the back)."""
    if footprint.is_empty:
        return _PLACES[1, 1]
    lo_x, lo_y, hi_x, hi_y = footprint.bounds
    fx = (point[0] - lo_x) / max(hi_x - lo_x, 1e-9)
    fy = (point[1] - lo_y) / max(hi_y - lo_y, 1e-9)
    depth = 0 if fy < 1 / 3 else 2 if fy > 2 / 3 else 1
    side = 0 if fx < 1 / 3 else 2 if fx > 2 / 3 else 1
    return _PLACES[depth, side]


# (front/middle/back, left/middle/right): whole phrases, since word order differs between languages.
_PLACES = {
    (0, 0): N_("at the front left"), (0, 1): N_("at the front"), (0, 2): N_("at the front right"),
    (1, 0): N_("on the left"), (1, 1): N_("in the middle"), (1, 2): N_("on the right"),
    (2, 0): N_("at the back left"), (2, 1): N_("at the back"), (2, 2): N_("at the back right"),
}


def overhang_report(overhangs: list[Overhang] | tuple[Overhang, ...], *, per_part: int = 3) -> list[str]:
    """Sentences for the operator: the largest few features of each part, then how many more."""
    by_part: dict[str, list[Overhang]] = {}
    for overhang in overhangs:
        by_part.setdefault(overhang.part, []).append(overhang)
    lines: list[str] = []
    for part, found in by_part.items():
        sentences: list[str] = []
        for overhang in sorted(found, key=lambda o: -o.area_mm2):
            sentence = overhang.sentence()
            if sentence not in sentences:
                sentences.append(sentence)
        lines.extend(sentences[:per_part])
        if len(sentences) > per_part:
            more = len(sentences) - per_part
            lines.append(ngettext("{part}: {count} more unsupported place, smaller than these.",
                                  "{part}: {count} more unsupported places, smaller than these.",
                                  more).format(part=part, count=more))
    return lines
