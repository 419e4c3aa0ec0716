"""Laying parts out flat on the bed: shelf packing of their footprints, largest first."""

from __future__ import annotations

from dataclasses import dataclass

from i18n import N_, _

# The parts' names as the operator reads them, whole, since the article and word order change by language.
_PART_WORDS = {
    "front": N_("the front"),
    "temple_right": N_("the temple right"),
    "temple_left": N_("the temple left"),
    "ring_right": N_("the ring right"),
    "ring_left": N_("the ring left"),
}


class BedLayoutError(ValueError):
    """The parts cannot all be placed on the bed."""


@dataclass(frozen=True)
class Placement:
    name: str
    x_mm: float  # lower-left corner of the footprint on the bed
    y_mm: float
    is_rotated: bool  # turned 90 degrees about z


def pack_boxes(sizes: list[tuple[str, float, float]], bed_x_mm: float, bed_y_mm: float, *, gap_mm: float,
               margin_mm: float) -> list[Placement]:
    usable_x, usable_y = bed_x_mm - 2 * margin_mm, bed_y_mm - 2 * margin_mm
    items = []
    for name, w, h in sizes:
        if w <= usable_x and h <= usable_y:
            items.append((name, w, h, False))
        elif h <= usable_x and w <= usable_y:
            items.append((name, h, w, True))
        else:
            part = _(_PART_WORDS[name]) if name in _PART_WORDS else _("the {part}").format(part=name.replace("_", " "))
            raise BedLayoutError(_("{part} is {length} mm long.").format(part=part, length=f"{max(w, h):.0f}"))
    order = sorted(items, key=lambda item: (-item[2], -item[1]))
    placements: list[Placement] = []
    shelves: list[list[float]] = []  # [y, height, used width]; first fit, tallest parts first
    for name, w, h, rotated in order:
        for shelf in shelves:
            if shelf[2] + w <= usable_x + 1e-9 and h <= shelf[1] + 1e-9:
                placements.append(Placement(name, margin_mm + shelf[2], margin_mm + shelf[0], rotated))
                shelf[2] += w + gap_mm
                break
        else:
            y = shelves[-1][0] + shelves[-1][1] + gap_mm if shelves else 0.0
            if y + h > usable_y + 1e-9:
                raise BedLayoutError(_("they need more than {depth} mm of bed depth.").format(depth=f"{usable_y:.0f}"))
            shelves.append([y, h, w + gap_mm])
            placements.append(Placement(name, margin_mm, margin_mm + y, rotated))
    by_name = {pl.name: pl for pl in placements}
    return [by_name[name] for name, _w, _h in sizes]
