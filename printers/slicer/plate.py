"""Putting several parts on one plate: shelf packing, centred on the bed, or a clear refusal."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import shapely

from i18n import _
from printers.profiles import PrinterProfile
from printers.slicer.meshes import Part


class DoesNotFitError(ValueError):
    """The parts do not fit the printer's build volume; the message says by how much and what to do."""


def arrange_parts(parts: list[Part], printer: PrinterProfile, *, spacing_mm: float, margin_mm: float) -> list[Part]:
    usable_x = printer.bed_x_mm - 2 * margin_mm
    usable_y = printer.bed_y_mm - 2 * margin_mm
    kept = _keep_given_layout(parts, usable_x, usable_y, spacing_mm, margin_mm, printer)
    if kept is not None:
        return kept
    placed: list[Part] = []
    for part in parts:
        mesh = part.mesh.copy()
        transform = part.transform.copy()
        size = mesh.extents
        if size[2] > printer.bed_z_mm:
            raise DoesNotFitError(_(
                "{part} is {height} mm tall but {printer} prints at most {most} mm: "
                "lay it flat or choose a larger printer."
            ).format(part=part.name, height=f"{size[2]:.0f}", printer=printer.name, most=f"{printer.bed_z_mm:.0f}"))
        if (size[0] > usable_x or size[1] > usable_y) and size[1] <= usable_x and size[0] <= usable_y:
            # Turning a part a quarter turn is free and often makes a long temple fit.
            mesh.apply_transform(_quarter_turn())
            transform = _quarter_turn() @ transform
            size = mesh.extents
        if size[0] > usable_x or size[1] > usable_y:
            raise DoesNotFitError(_(
                "{part} is {size} mm, larger than the {usable} mm usable bed of {printer}: "
                "choose a larger printer or a smaller size."
            ).format(part=part.name, size=f"{size[0]:.0f}×{size[1]:.0f}", usable=f"{usable_x:.0f}×{usable_y:.0f}",
                     printer=printer.name))
        placed.append(replace(part, mesh=mesh, transform=transform))

    order = sorted(range(len(placed)), key=lambda i: -placed[i].mesh.extents[1])
    offsets: dict[int, tuple[float, float]] = {}
    x = y = row_depth = 0.0
    width_used = 0.0
    for i in order:
        sx, sy = placed[i].mesh.extents[:2]
        if x > 0 and x + sx > usable_x:
            y += row_depth + spacing_mm
            x = row_depth = 0.0
        offsets[i] = (x, y)
        x += sx + spacing_mm
        width_used = max(width_used, x - spacing_mm)
        row_depth = max(row_depth, sy)
    depth_used = y + row_depth
    if depth_used > usable_y:
        raise DoesNotFitError(_(
            "These {count} parts need {depth} mm of bed depth but {printer} has {usable} mm: print fewer parts at once."
        ).format(count=len(parts), depth=f"{depth_used:.0f}", printer=printer.name, usable=f"{usable_y:.0f}"))
    start_x = margin_mm + (usable_x - width_used) / 2
    start_y = margin_mm + (usable_y - depth_used) / 2
    result = []
    for i, part in enumerate(placed):
        mesh = part.mesh
        lo = mesh.bounds[0]
        ox, oy = offsets[i]
        shift = np.eye(4)
        shift[:3, 3] = [start_x + ox - lo[0], start_y + oy - lo[1], -lo[2]]
        mesh.apply_transform(shift)
        result.append(replace(part, mesh=mesh, transform=shift @ part.transform))
    return result


def _keep_given_layout(
    parts: list[Part], usable_x: float, usable_y: float, spacing_mm: float, margin_mm: float, printer: PrinterProfile
) -> list[Part] | None:
    """Parts that arrive already laid out (a frame generator packs its own) keep their layout, moved
    as one to the middle of the bed, when it fits and no two footprints come closer than half the
    spacing; otherwise None and the shelf packing takes over."""
    if len(parts) < 2:
        return None
    footprints = [shapely.convex_hull(shapely.multipoints(p.mesh.vertices[:, :2])) for p in parts]
    lo = np.min([p.mesh.bounds[0] for p in parts], axis=0)
    hi = np.max([p.mesh.bounds[1] for p in parts], axis=0)
    width, depth = hi[0] - lo[0], hi[1] - lo[1]
    if width > usable_x or depth > usable_y or any((p.mesh.extents[2] > printer.bed_z_mm) for p in parts):
        return None
    for i in range(len(footprints)):
        for j in range(i + 1, len(footprints)):
            if shapely.distance(footprints[i], footprints[j]) < spacing_mm / 2:
                return None
    shift = np.eye(4)
    shift[:3, 3] = [
        margin_mm + (usable_x - width) / 2 - lo[0],
        margin_mm + (usable_y - depth) / 2 - lo[1],
        0.0,
    ]
    placed = []
    for part in parts:
        mesh = part.mesh.copy()
        mesh.apply_transform(shift)
        placed.append(replace(part, mesh=mesh, transform=shift @ part.transform))
    return placed


def _quarter_turn() -> np.ndarray:
    return np.array([[0.0, -1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
