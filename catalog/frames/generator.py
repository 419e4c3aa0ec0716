"""The frame generator: parameters -> checked 2D outlines -> watertight meshes laid out on the bed."""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import manifold3d
import trimesh
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from catalog.frames.checks import (
    BED_MARGIN_MM,
    FrameProblem,
    find_problems,
    find_warnings,
)
from catalog.frames.declarations import RETIRED_NAMES
from catalog.frames.fluid import (
    build_fluid_outlines,
    clip_problems,
    fluid_problems,
    labels_for,
    reworded,
)
from catalog.frames.layout import BedLayoutError, Placement, pack_boxes
from catalog.frames.mesh import (
    plate,
    plate_along_y,
    stepped_plate,
    to_manifold,
    to_trimesh,
    union,
)
from catalog.frames.outlines import (
    FrameOutlines,
    beam_start_mm,
    build_outlines,
    front_knuckle_section,
    nasal_gap_mm,
    ring_outline,
    temple_knuckle_section,
)
from catalog.frames.parameter_set import ParameterSet, resolve_parameters
from catalog.frames.params import ParameterError, ParamValue
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers
from catalog.frames.styles import (
    FAMILY_FLUID,
    FAMILY_RIMMED,
    FAMILY_SYRINGE_CLIPS,
    FrameStyle,
    StyleCatalogue,
    self_adjustable_styles,
)
from catalog.frames.syringe import clip_geometry
from catalog.frames.wording import FormWords
from i18n import _

DEFAULT_BED_MM = 220.0


class FrameRejectedError(ValueError):
    """The parameter set fails at least one validity check; nothing was generated."""

    def __init__(self, problems: list[FrameProblem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" ({len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        super().__init__(f"{first.text()}{more}")  # the check's own words; its id stays in `problems`


@dataclass(frozen=True)
class FramePart:
    name: str
    mesh: trimesh.Trimesh
    volume_mm3: float = 0.0
    placement: Placement | None = None

    @property
    def bounds_mm(self) -> list[list[float]]:
        return [[round(float(v), 3) for v in row] for row in self.mesh.bounds]


@dataclass(frozen=True)
class FrameResult:
    style_id: str
    params: ParameterSet
    parts: list[FramePart]
    front_outline: BaseGeometry
    lens_centres_mm: tuple[tuple[float, float], tuple[float, float]]
    derived: dict[str, Any]
    outlines: FrameOutlines
    warnings: list[FrameProblem] = field(default_factory=list)
    bed_mm: tuple[float, float] = (DEFAULT_BED_MM, DEFAULT_BED_MM)

    def part(self, name: str) -> FramePart:
        for part in self.parts:
            if part.name == name:
                return part
        raise KeyError(name)

    @property
    def volume_mm3(self) -> float:
        """Solid volume of every part: the material profile the frame is made of turns it into grams and cost."""
        return sum(part.volume_mm3 for part in self.parts)

    @property
    def material(self) -> str:
        """The material the operator chose for this frame (a material profile's id or name)."""
        return self.params.text("material")


@dataclass(frozen=True)
class FramePreview:
    """What the live preview needs: outlines, problems, warnings and derived numbers; no meshes."""

    style_id: str
    params: ParameterSet
    outlines: FrameOutlines
    problems: list[FrameProblem]
    warnings: list[FrameProblem]
    derived: dict[str, Any]
    family: str = FAMILY_RIMMED
    bed_mm: tuple[float, float] = (DEFAULT_BED_MM, DEFAULT_BED_MM)

    @property
    def is_valid(self) -> bool:
        return not self.problems


class FrameGenerator:
    """Holds the style catalogue and a small cache of outlines, so a live editor rebuilds only what changed."""

    def __init__(self, catalogue: StyleCatalogue | None = None, *, cache_size: int = 16) -> None:
        self.catalogue = catalogue or StyleCatalogue()
        self._outline_cache: OrderedDict[tuple[Any, ...], FrameOutlines] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()  # the live preview and an export may run on two worker threads

    def style(self, style_id: str) -> FrameStyle:
        return self.catalogue.get(style_id)

    def resolve(self, style_id: str, overrides: Mapping[str, object]) -> ParameterSet:
        """The one check of operator input: defaults, overrides and saved values made a ParameterSet."""
        style = self.style(style_id)
        return resolve_parameters(style.id, style.parameters, overrides, retired=RETIRED_NAMES)

    def parameter_set(self, style_id: str, params: ParameterSet | Mapping[str, object]) -> ParameterSet:
        """`params` as this style's ParameterSet: a set already made for the style is trusted as it is;
        anything else is operator input and is resolved (checked) here, once."""
        if not isinstance(params, ParameterSet):
            return self.resolve(style_id, params)
        style = self.style(style_id)
        if params.owner != style.id or params.declaration != style.parameters:
            # Values checked against another declaration mean nothing here; say so rather than guess.
            raise ParameterError(f"These values were made for {params.owner}, not {style.id}: load them again "
                                 f"for {style.title}.")
        return params

    def outlines(self, params: ParameterSet, family: str = FAMILY_RIMMED) -> FrameOutlines:
        key = (family, params)
        with self._lock:
            hit = self._outline_cache.get(key)
            if hit is not None:
                self._outline_cache.move_to_end(key)
                return hit
        if family == FAMILY_FLUID:
            built = build_fluid_outlines(params)
        elif family == FAMILY_SYRINGE_CLIPS:
            built = build_fluid_outlines(self._clip_context(params))
        else:
            built = build_outlines(params)
        with self._lock:
            self._outline_cache[key] = built
            if len(self._outline_cache) > self._cache_size:
                self._outline_cache.popitem(last=False)
        return built

    def preview(self, style_id: str, params: ParameterSet | Mapping[str, object], *,
                bed_x_mm: float = DEFAULT_BED_MM, bed_y_mm: float = DEFAULT_BED_MM) -> FramePreview:
        style = self.style(style_id)
        params = self.parameter_set(style_id, params)
        outlines = self.outlines(params, style.family)
        bed = (bed_x_mm, bed_y_mm)
        if style.family == FAMILY_RIMMED:
            problems = find_problems(outlines, footprints(outlines), bed_x_mm, bed_y_mm)
            return FramePreview(style_id, params, outlines, problems, find_warnings(outlines), derive(outlines),
                                bed_mm=bed)
        labels = labels_for(style.parameters)
        if style.family == FAMILY_SYRINGE_CLIPS:
            problems = clip_problems(outlines.params, labels) + bed_problems(outlines, bed_x_mm, bed_y_mm,
                                                                             is_frame=False)
            return FramePreview(style_id, params, outlines, problems, [], derive_clips(outlines), style.family, bed)
        own = fluid_problems(outlines, labels)
        words = FormWords(style.parameters)
        shared = [reworded(p, style.parameters)
                  for p in find_problems(outlines, footprints(outlines), bed_x_mm, bed_y_mm, words=words)]
        if any(p.check == "module_fit" for p in own):
            # The same cause as the shared nose check, said once and in terms of the module.
            shared = [p for p in shared if p.check != "nose_clearance"]
        warnings = [reworded(w, style.parameters) for w in find_warnings(outlines, words=words)]
        derived = derive(outlines)
        derived["module_diameter_mm"] = params.number("module_diameter_mm")
        derived["port_angle_deg"] = params.number("port_angle_deg")
        return FramePreview(style_id, params, outlines, shared + own, warnings, derived, style.family, bed)

    def _clip_context(self, params: Mapping[str, ParamValue]) -> dict[str, ParamValue]:
        """The self-adjustable frame the clips ride on, as its style's defaults with the clips' own values."""
        frames = [s for s in self.catalogue.list() if s.family == FAMILY_FLUID]
        frame = frames[0] if frames else next(s for s in self_adjustable_styles() if s.family == FAMILY_FLUID)
        values: dict[str, ParamValue] = frame.defaults()
        values.update(params)
        values["syringe_clips"] = "two"
        return values

    def check(self, style_id: str, params: ParameterSet | Mapping[str, object], *,
              bed_x_mm: float = DEFAULT_BED_MM, bed_y_mm: float = DEFAULT_BED_MM) -> list[FrameProblem]:
        return self.preview(style_id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm).problems

    def generate(self, style_id: str, params: ParameterSet | Mapping[str, object], *,
                 bed_x_mm: float = DEFAULT_BED_MM, bed_y_mm: float = DEFAULT_BED_MM,
                 preview: FramePreview | None = None) -> FrameResult:
        """The parts of a frame; `preview` is the check of these same values and bed when the caller has it."""
        is_same = preview is not None and preview.style_id == style_id and preview.params is params
        if preview is None or not is_same or preview.bed_mm != (bed_x_mm, bed_y_mm):
            preview = self.preview(style_id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
        if preview.problems:
            raise FrameRejectedError(preview.problems)
        o = preview.outlines
        p = preview.params
        solids = build_solids(o, is_frame=preview.family != FAMILY_SYRINGE_CLIPS)
        sizes = []
        for name, solid in solids:
            lo, hi = solid.bounding_box()[:3], solid.bounding_box()[3:]
            sizes.append((name, hi[0] - lo[0], hi[1] - lo[1]))
        try:
            placements = pack_boxes(sizes, bed_x_mm, bed_y_mm, gap_mm=p.number("part_gap_mm"), margin_mm=BED_MARGIN_MM)
        except BedLayoutError as exc:
            raise FrameRejectedError([FrameProblem("bed_fit",
                                                   _("The parts do not fit on the bed: {error}").format(error=exc),
                                                   _("Use a larger printer or shorter temples."), "temple_length_mm")]
                                     ) from None
        parts: list[FramePart] = []
        for (name, solid), place in zip(solids, placements, strict=True):
            if place.is_rotated:
                solid = solid.rotate((0.0, 0.0, 90.0))
            box = solid.bounding_box()
            solid = solid.translate((place.x_mm - box[0], place.y_mm - box[1], -box[2]))
            parts.append(FramePart(name, to_trimesh(solid), float(solid.volume()), place))
        return FrameResult(
            style_id=style_id,
            params=p,
            parts=parts,
            front_outline=o.front_outline,
            lens_centres_mm=o.lens_centres_mm,
            derived=dict(preview.derived),
            outlines=o,
            warnings=preview.warnings,
            bed_mm=(bed_x_mm, bed_y_mm),
        )




def footprints(o: FrameOutlines, *, is_frame: bool = True) -> list[tuple[str, float, float]]:
    """Bed footprints (w, h) of every part, from outlines alone, for the bed check before any mesh exists."""
    extras = []
    for name, section, _height in o.extras:
        a0, b0, a1, b1 = section.bounds
        extras.append((name, a1 - a0, b1 - b0))
    if not is_frame:
        return extras
    x0, y0, x1, y1 = o.front_solid.bounds
    u0, v0, u1, v1 = o.temple_profile.bounds
    heel = o.hinge.pin_gap_mm / math.cos(math.radians(max(abs(o.splay_right_deg), abs(o.splay_left_deg)))) + 0.5
    temple = (u1 - min(u0, -heel), v1 - v0)
    sizes = [("front", x1 - x0, y1 - y0), ("temple_right", *temple), ("temple_left", *temple)]
    for name, seat in (("ring_right", o.seats[0]), ("ring_left", o.seats[1])):
        a0, b0, a1, b1 = seat.bounds
        sizes.append((name, a1 - a0, b1 - b0))
    return sizes + extras


def bed_problems(o: FrameOutlines, bed_x_mm: float, bed_y_mm: float, *, is_frame: bool) -> list[FrameProblem]:
    try:
        pack_boxes(footprints(o, is_frame=is_frame), bed_x_mm, bed_y_mm, gap_mm=_f(o.params, "part_gap_mm"),
                   margin_mm=BED_MARGIN_MM)
    except BedLayoutError as exc:
        too_small = _("The parts do not fit on the {bed_x_mm:g} × {bed_y_mm:g} mm bed: {error}")
        return [FrameProblem("bed_fit", too_small.format(bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm, error=exc),
                             _("Use a larger printer."), "part_gap_mm")]
    return []


def derive_clips(o: FrameOutlines) -> dict[str, Any]:
    """The clips' own numbers, beside those of the frame they are drawn on."""
    clip = clip_geometry(o.params)
    derived = derive(o)
    a0, b0, a1, b1 = clip.section.bounds
    derived.update(
        barrel_bore_mm=round(clip.barrel_bore_mm, 2),
        cradle_mouth_mm=round(clip.mouth_mm, 2),
        sleeve_hole_mm=[round(v, 2) for v in clip.sleeve_hole_mm],
        clip_footprint_mm=[round(a1 - a0, 1), round(b1 - b0, 1)],
        marking=f"Luer clip \u00d8{_f(o.params, 'syringe_barrel_d_mm'):g}",
    )
    return derived


def derive(o: FrameOutlines) -> dict[str, Any]:
    p = o.params
    a_mm = _f(p, "lens_width_mm")
    dbl = nasal_gap_mm(o)
    lx0, ly0, lx1, ly1 = o.lens_left.bounds
    rx0, _ry0, rx1, _ry1 = o.lens_right.bounds
    gc_right, gc_left = (rx0 + rx1) / 2.0, (lx0 + lx1) / 2.0
    fx0, fy0, fx1, fy1 = o.front_solid.bounds
    return {
        "frame_pd_mm": round(a_mm + dbl, 3),
        "dbl_mm": round(dbl, 3),
        "bridge_requested_mm": _f(p, "bridge_mm"),
        "lens_width_mm": round(lx1 - lx0, 3),
        "lens_height_mm": round(ly1 - ly0, 3),
        "box_centre_right_x_mm": round(gc_right, 3),
        "box_centre_left_x_mm": round(gc_left, 3),
        # Box centre to pupil, per lens (0 by construction: the lenses are placed on the pupils).
        "decentration_right_mm": round(abs(-_f(p, "pd_right_mm") - gc_right), 3),
        "decentration_left_mm": round(abs(_f(p, "pd_left_mm") - gc_left), 3),
        "decentration_mm": round(max(abs(-_f(p, "pd_right_mm") - gc_right), abs(_f(p, "pd_left_mm") - gc_left)), 3),
        "overall_width_mm": round(fx1 - fx0, 2),
        "front_height_mm": round(fy1 - fy0, 2),
        "temple_length_mm": round(o.temple_length_mm, 1),
        "temple_splay_right_deg": round(o.splay_right_deg, 1),
        "temple_splay_left_deg": round(o.splay_left_deg, 1),
        "lens_sag_step_mm": round(o.sag_step_mm, 2),
        "hinge_hole_d_mm": round(2 * o.hinge.hole_r_mm, 2),
        "marking": f"{a_mm:g}\u25a1{dbl:g}-{_f(p, 'temple_length_mm'):g}",
    }


def build_solids(o: FrameOutlines, *, is_frame: bool = True) -> list[tuple[str, manifold3d.Manifold]]:
    extras = [(name, to_manifold(*plate(section, 0.0, height))) for name, section, height in o.extras]
    if not is_frame:
        return extras
    p = o.params
    thickness = _f(p, "frame_thickness_mm")
    front = o.front_solid
    assert isinstance(front, Polygon)
    pieces = [to_manifold(*stepped_plate(front.exterior, [a.exterior for a in o.apertures],
                                         [s.exterior for s in o.seats], 0.0, _f(p, "front_lip_thickness_mm"),
                                         thickness))]
    for pin_x in (o.hinge.pin_x_right_mm, o.hinge.pin_x_left_mm):
        section = front_knuckle_section(o.hinge, pin_x, thickness)
        for y0, y1 in o.hinge.front_bands:
            pieces.append(to_manifold(*plate_along_y(section, y0, y1)))
    front_solid = union(pieces)
    if o.port_cuts:
        # The port notches open the seat wall from the back only: the front lip stays whole in front of the port.
        lip = _f(p, "front_lip_thickness_mm")
        cuts = [to_manifold(*plate(cut, lip, thickness + 1.0)) for cut in o.port_cuts]
        front_solid = front_solid - union(cuts)
    solids = [("front", front_solid)]
    temple_t = _f(p, "temple_thickness_mm")
    beam = to_manifold(*plate(o.temple_profile, 0.0, temple_t))
    reach = beam_start_mm(o.hinge, _f(p, "temple_height_mm"), math.radians(_f(p, "pantoscopic_tilt_deg"))) + 1.0
    v0, v1 = o.hinge.temple_band
    # Bed axes (u back, v up, w inward from the outer face) keep the handedness of the left temple; the right
    # one is its mirror image, which lying outer face down is the side profile upside down.
    for name, splay in (("temple_right", o.splay_right_deg), ("temple_left", o.splay_left_deg)):
        tongue = to_manifold(*plate_along_y(temple_knuckle_section(o.hinge, temple_t, splay, reach), v0, v1))
        temple = union([beam, tongue])
        if name == "temple_right":
            temple = temple.mirror((0.0, 1.0, 0.0))
        solids.append((name, temple))
    ring_t = _f(p, "ring_thickness_mm")
    for index, name in enumerate(("ring_right", "ring_left")):
        ring = ring_outline(o.seats[index], o.ring_inners[index])
        solids.append((name, to_manifold(*plate(ring, 0.0, ring_t))))
    return solids + extras
