"""The filament a part will take, by the slicer's model without its toolpaths: each layer's section gets
its perimeters, solid shells at the top and bottom, small regions solid and the rest at the infill
percentage. The customizer shows it live; slicing gives the exact figure."""

from __future__ import annotations

from collections.abc import Sequence

from shapely.geometry import MultiPolygon, Polygon

from printers.profiles import PrinterProfile
from printers.slicer.sections import is_prism, section_areas
from printers.slicer.settings import SliceSettings
from printers.slicer.triangles import MeshLike


def estimate_volume_mm3(meshes: Sequence[MeshLike], printer: PrinterProfile,
                        settings: SliceSettings) -> float:
    """The plastic the slicer would lay down for these parts (skirt and purge line left out)."""
    return sum(_part_volume_mm3(mesh, printer, settings) for mesh in meshes)


def _part_volume_mm3(mesh: MeshLike, printer: PrinterProfile, settings: SliceSettings) -> float:
    bottom, top = float(mesh.bounds[0][2]), float(mesh.bounds[1][2])
    layers = _layers(settings, top - bottom)
    if not layers:
        return 0.0
    width = settings.extrusion_width_mm(printer)
    mids = [bottom + z - h / 2 for z, h in layers]
    # A prism (a plate extruded straight up) has the same section at every height: cut it once.
    areas = [section_areas(mesh, [mids[len(mids) // 2]], width * width)[0]] * len(mids) if is_prism(mesh) else \
        section_areas(mesh, mids, width * width)
    count = len(layers)
    total = 0.0
    for i, ((_z, height), area) in enumerate(zip(layers, areas, strict=True)):
        if area.is_empty:
            continue
        is_solid = i < settings.bottom_layers or i >= count - settings.top_layers
        total += _layer_area_mm2(area, width, settings, is_solid=is_solid) * height
    return total


def _layer_area_mm2(area: MultiPolygon, width: float, settings: SliceSettings, *, is_solid: bool) -> float:
    if is_solid:
        return float(area.area)
    inner = area.buffer(-settings.perimeters * width, join_style="mitre")
    walls = float(area.area - inner.area)
    sparse = solid = 0.0
    for piece in _polygons(inner):
        # Slic3r's solid_infill_below_area: a small sparse region is filled solid.
        if piece.area < settings.solid_infill_below_area_mm2:
            solid += piece.area
        else:
            sparse += piece.area
    return walls + solid + sparse * settings.infill_pct / 100.0


def _layers(settings: SliceSettings, height_mm: float) -> list[tuple[float, float]]:
    """(top, thickness) of each layer, as the slicer stacks them: the first layer, then equal ones."""
    layers = [(settings.first_layer_height_mm, settings.first_layer_height_mm)]
    z = settings.first_layer_height_mm
    while z + settings.layer_height_mm / 2 < height_mm:
        z += settings.layer_height_mm
        layers.append((z, settings.layer_height_mm))
    return layers if height_mm > settings.first_layer_height_mm / 2 else []


def _polygons(geometry: object) -> list[Polygon]:
    if isinstance(geometry, Polygon):
        return [geometry] if not geometry.is_empty else []
    return [g for g in getattr(geometry, "geoms", []) if isinstance(g, Polygon)]
