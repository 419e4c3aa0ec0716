"""Slice settings: what the operator chooses per job (defaults: 0.2 mm, 2 perimeters, 20 % infill)."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from printers.profiles import PrinterProfile


class SeamPosition(enum.Enum):
    REAR = "rear"  # every loop starts at its rear-most point: seams line up, layer after layer
    NEAREST = "nearest"  # each loop starts where the nozzle already is: least travel


class SettingsError(ValueError):
    """A slice setting out of range; the message names it and the allowed range."""


@dataclass(frozen=True)
class SliceSettings:
    layer_height_mm: float = 0.2
    first_layer_height_mm: float = 0.2
    perimeters: int = 2
    infill_pct: float = 20.0
    top_layers: int = 4
    bottom_layers: int = 4
    skirt_loops: int = 1
    skirt_distance_mm: float = 3.0
    part_spacing_mm: float = 6.0
    width_factor: float = 1.125  # extrusion width / nozzle, as PrusaSlicer's default 0.45 mm on 0.4
    # Sparse regions smaller than this get solid infill: sparse lines there would hang on nothing
    # (PrusaSlicer's solid_infill_below_area, default 70 mm²).
    solid_infill_below_area_mm2: float = 70.0
    seam: SeamPosition = SeamPosition.REAR

    def extrusion_width_mm(self, printer: PrinterProfile) -> float:
        return round(printer.nozzle_mm * self.width_factor, 3)

    def line_spacing_mm(self, printer: PrinterProfile, height_mm: float) -> float:
        """Centre distance of touching lines for Slic3r's rounded-rectangle bead."""
        return self.extrusion_width_mm(printer) - height_mm * (1.0 - math.pi / 4.0)

    def validate(self, printer: PrinterProfile) -> None:
        nozzle = printer.nozzle_mm
        if not 0.05 <= self.layer_height_mm <= 0.8 * nozzle:
            raise SettingsError(
                f"Layer height {self.layer_height_mm} mm is out of range: choose 0.05 to {0.8 * nozzle:.2f} mm "
                f"for a {nozzle} mm nozzle."
            )
        if not 0.05 <= self.first_layer_height_mm <= 0.8 * nozzle:
            raise SettingsError(
                f"First layer height {self.first_layer_height_mm} mm is out of range (0.05 to {0.8 * nozzle:.2f})."
            )
        if not 1 <= self.perimeters <= 10:
            raise SettingsError(f"Perimeters must be 1 to 10 (got {self.perimeters}).")
        if not 0 <= self.infill_pct <= 100:
            raise SettingsError(f"Infill must be 0 to 100 % (got {self.infill_pct}).")
        if not 0 <= self.top_layers <= 20 or not 0 <= self.bottom_layers <= 20:
            raise SettingsError("Top and bottom solid layers must be 0 to 20.")
        if not 0 <= self.solid_infill_below_area_mm2 <= 10_000:
            raise SettingsError("Solid infill threshold area must be 0 to 10000 mm².")
        if not 0 <= self.skirt_loops <= 5:
            raise SettingsError("Skirt loops must be 0 to 5.")


def first_layer_height_mm(layer_height_mm: float) -> float:
    """The first layer for a chosen layer height: never thinner than 0.2 mm, which bridges the small
    unevenness of a bed that thinner first layers fail to stick across."""
    return max(layer_height_mm, 0.2)
