"""SVG drawings of a frame: a catalogue thumbnail and the 1:1 paper template."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

import numpy as np
from shapely import affinity
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from catalog.frames.generator import FramePreview
from catalog.frames.outlines import FrameOutlines, polygon_parts
from catalog.frames.styles import FAMILY_SYRINGE_CLIPS
from catalog.frames.syringe import clip_geometry

ID1_CARD_MM = (85.60, 53.98)
SCALE_BAR_MM = 100.0
A4_LANDSCAPE_MM = (297.0, 210.0)


def path_data(geom: BaseGeometry, *, flip_y: bool = True) -> str:
    """SVG path 'd' for polygons (holes included; use fill-rule evenodd)."""
    out: list[str] = []
    for poly in polygon_parts(geom):
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            if flip_y:
                xy = xy * np.array([1.0, -1.0])
            out.append("M" + " L".join(f"{x:.2f},{y:.2f}" for x, y in xy) + " Z")
    return " ".join(out)


def _bounds(geoms: Iterable[BaseGeometry]) -> tuple[float, float, float, float]:
    boxes = np.array([g.bounds for g in geoms])
    return float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()), float(boxes[:, 3].max())


def _notches_as_cut(o: FrameOutlines) -> list[BaseGeometry]:
    """The port notches as the front will show them: the cutters run a little past the rim, into the air."""
    return [cut.intersection(o.front_solid) for cut in o.port_cuts]


def thumbnail_svg_for(preview: FramePreview) -> str:
    """A small picture drawn from the style's own default geometry: front above, temple below."""
    if preview.family == FAMILY_SYRINGE_CLIPS:
        return _clip_thumbnail(preview)
    o = preview.outlines
    front = o.front_outline
    fx0, fy0, fx1, _fy1 = front.bounds
    temple = affinity.scale(o.temple_profile, 0.8, 0.8, origin=(0, 0))
    tx0, _ty0, tx1, ty1 = temple.bounds
    temple = affinity.translate(temple, fx0 + (fx1 - fx0 - (tx1 - tx0)) / 2 - tx0, fy0 - 6 - ty1)
    x0, y0, x1, y1 = _bounds([front, temple])
    pad = 4.0
    width, height = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
    view = f"{x0 - pad:.2f} {-y1 - pad:.2f} {width:.2f} {height:.2f}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view}" width="320" height="{320 * height / width:.0f}">'
        f"<title>{escape(preview.style_id)}</title>"
        f'<rect x="{x0 - pad:.2f}" y="{-y1 - pad:.2f}" width="{width:.2f}" height="{height:.2f}" fill="#f6f4ef"/>'
        f'<path d="{path_data(front)}" fill="#3b4a5a" fill-rule="evenodd"/>'
        f'<path d="{path_data(o.lens_right)} {path_data(o.lens_left)}" '
        f'fill="#cfe3f1" fill-opacity="0.55" stroke="none"/>'
        f'<path d="{path_data(temple)}" fill="#3b4a5a"/>'
        + "".join(f'<path d="{path_data(notch)}" fill="#b08d57"/>' for notch in _notches_as_cut(o))
        + "</svg>"
    )


def _clip_thumbnail(preview: FramePreview) -> str:
    """The clip's section as printed: the sleeve for the temple and the cradle with a syringe barrel in it."""
    clip = clip_geometry(preview.outlines.params)
    x0, y0, x1, y1 = clip.section.bounds
    pad = 2.0
    width, height = x1 - x0 + 2 * pad, y1 - y0 + 2 * pad
    barrel = Point(clip.barrel_centre_mm).buffer(clip.barrel_bore_mm / 2, quad_segs=16)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0 - pad:.2f} {-y1 - pad:.2f} {width:.2f} {height:.2f}" '
        f'width="320" height="{320 * height / width:.0f}">'
        f"<title>{escape(preview.style_id)}</title>"
        f'<rect x="{x0 - pad:.2f}" y="{-y1 - pad:.2f}" width="{width:.2f}" height="{height:.2f}" fill="#f6f4ef"/>'
        f'<path d="{path_data(barrel)}" fill="#cfe3f1" fill-opacity="0.8"/>'
        f'<path d="{path_data(clip.section)}" fill="#3b4a5a" fill-rule="evenodd"/>'
        "</svg>"
    )


def template_svg_for(preview: FramePreview) -> str:
    """A 1:1 A4 landscape template: front and lens contours, temple profile, 100 mm bar and an ID-1 card."""
    if preview.family == FAMILY_SYRINGE_CLIPS:
        return _clip_template(preview)
    o = preview.outlines
    page_w, page_h = A4_LANDSCAPE_MM
    p = preview.params
    front = o.front_outline
    _fx0, fy0, _fx1, fy1 = front.bounds
    # Page coordinates: mm from the top-left corner, y down. Front centred near the top.
    fox = page_w / 2.0
    foy = 15.0 + fy1

    def place_front(geom: BaseGeometry) -> BaseGeometry:
        return affinity.translate(geom, fox, -foy)

    temple = o.temple_profile
    tx0, _ty0, _tx1, ty1 = temple.bounds
    temple_y = foy - fy0 + 12.0 + ty1
    temple_placed = affinity.translate(temple, 15.0 - tx0, -temple_y)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{page_w:g}mm" height="{page_h:g}mm" '
        f'viewBox="0 0 {page_w:g} {page_h:g}">',
        f"<title>Heliofab paper template: {escape(preview.style_id)}</title>",
        '<g fill="none" stroke="#000" stroke-width="0.25">',
        f'<path id="front" d="{path_data(place_front(front))}" fill-rule="evenodd"/>',
        f'<path id="lens-contours" d="{path_data(place_front(o.lens_right))} '
        f'{path_data(place_front(o.lens_left))}" stroke-dasharray="1.5 1"/>',
        f'<path id="temple" d="{path_data(temple_placed)}"/>',
        "</g>",
    ]
    if o.port_cuts:
        # Seen from the front the notches hide behind the lip: dotted, where the filling ports will sit.
        notches = " ".join(path_data(place_front(notch)) for notch in _notches_as_cut(o))
        parts.append(f'<path id="port-notches" d="{notches}" fill="none" stroke="#805a1e" stroke-width="0.25" '
                     'stroke-dasharray="0.6 0.6"/>')
    for (cx, cy), label in zip(o.lens_centres_mm, ("R", "L"), strict=True):
        x, y = fox + cx, foy - cy
        parts.append(f'<path d="M{x - 3:.2f},{y:.2f} H{x + 3:.2f} M{x:.2f},{y - 3:.2f} V{y + 3:.2f}" '
                     'stroke="#c00" stroke-width="0.2"/>')
        parts.append(f'<text x="{x + 1:.2f}" y="{y - 1:.2f}" font-size="3" font-family="sans-serif">{label}</text>')
    _add_scale_and_card(parts)
    d = preview.derived
    info = (f"{escape(preview.style_id)}  {escape(str(d['marking']))}  PD R {p['pd_right_mm']} / L {p['pd_left_mm']} mm"
            f"  width {d['overall_width_mm']} mm  tilt {p['pantoscopic_tilt_deg']}°")
    if "module_diameter_mm" in p:
        info += f"  module Ø{p['module_diameter_mm']} mm, port at {p['port_angle_deg']}°"
    parts.append(f'<text x="15" y="9" font-size="4" font-family="sans-serif">{info}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _clip_template(preview: FramePreview) -> str:
    """The clip's section at 1:1: lay the syringe barrel and the temple on it to check both fit before printing."""
    page_w, page_h = A4_LANDSCAPE_MM
    clip = clip_geometry(preview.outlines.params)
    x0, _y0, _x1, y1 = clip.section.bounds
    placed = affinity.translate(clip.section, 40.0 - x0, -(40.0 + y1))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{page_w:g}mm" height="{page_h:g}mm" '
        f'viewBox="0 0 {page_w:g} {page_h:g}">',
        f"<title>Heliofab paper template: {escape(preview.style_id)}</title>",
        (f'<path id="clip-section" d="{path_data(placed)}" fill="none" stroke="#000" stroke-width="0.25" '
         'fill-rule="evenodd"/>'),
    ]
    _add_scale_and_card(parts)
    p = preview.params
    info = (f"{escape(preview.style_id)}  syringe barrel Ø{p['syringe_barrel_d_mm']} mm (bore "
            f"{clip.barrel_bore_mm:.1f})"
            f"  temple {p['temple_thickness_mm']} × {p['temple_height_mm']} mm  length {p['clip_length_mm']} mm")
    parts.append(f'<text x="15" y="9" font-size="4" font-family="sans-serif">{info}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _add_scale_and_card(parts: list[str]) -> None:
    page_w, page_h = A4_LANDSCAPE_MM
    bar_y = page_h - 20.0
    parts.append(f'<g id="scale-bar" stroke="#000" stroke-width="0.3"><path d="M15,{bar_y} H{15 + SCALE_BAR_MM:g}"/>')
    for tick in range(0, 101, 10):
        h = 3.0 if tick % 50 == 0 else 1.5
        parts.append(f'<path d="M{15 + tick},{bar_y} V{bar_y - h}"/>')
    parts.append("</g>")
    parts.append(f'<text x="15" y="{bar_y + 5}" font-size="3.5" font-family="sans-serif">100 mm: measure this line; '
                 "print at 100 % (no fit-to-page)</text>")
    card_w, card_h = ID1_CARD_MM
    card_x, card_y = page_w - 15.0 - card_w, page_h - 12.0 - card_h
    parts.append(f'<rect id="id1-card" x="{card_x:.2f}" y="{card_y:.2f}" width="{card_w}" height="{card_h}" rx="3.18" '
                 'fill="none" stroke="#000" stroke-width="0.3"/>')
    parts.append(f'<text x="{card_x + 4:.2f}" y="{card_y + 8:.2f}" font-size="3.5" font-family="sans-serif">'
                 "Lay a bank card here: it must match</text>")
