"""Slice settings: what the operator chooses per job (defaults: 0.2 mm, 2 perimeters, 20 % infill)."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from i18n import N_, _
from printers.profiles import MaterialProfile, PrinterProfile


class SeamPosition(enum.Enum):
    REAR = "rear"  # every loop starts at its rear-most point: seams line up, layer after layer
    NEAREST = "nearest"  # each loop starts where the nozzle already is: least travel


class PrintMode(enum.Enum):
    STANDARD = "standard"  # the printer's standard layer height and speeds
    FRAMES = "frames"  # frame sets: the profile's frames layer height and speeds, the bed lowered


# Solid shells are kept this thick whatever the layer height (4 layers of 0.2 mm).
SHELL_MM = 0.8


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
    # None: infill at ±45° on alternate layers. A number: at ± that many degrees off each island's
    # long axis (the frames mode: long lines along temples and rims).
    infill_along_part_deg: float | None = None
    # Solid infill as concentric loops instead of straight lines (the frames mode: rims and temples
    # are narrow rings and strips, where loops run at speed and lines turn every few millimetres).
    is_solid_concentric: bool = False
    mode: PrintMode = PrintMode.STANDARD
    # None: the printer profile's speed.
    first_layer_speed_mm_s: float | None = None
    travel_speed_mm_s: float | None = None
    # The bed set to bed_lowered_c once the print is bed_lowered_after_mm high; None keeps it.
    bed_lowered_c: float | None = None
    bed_lowered_after_mm: float = 1.0
    has_supports: bool = False  # only the PrusaSlicer backend makes supports
    seam: SeamPosition = SeamPosition.REAR

    def extrusion_width_mm(self, printer: PrinterProfile) -> float:
        return round(printer.nozzle_mm * self.width_factor, 3)

    def line_spacing_mm(self, printer: PrinterProfile, height_mm: float) -> float:
        """Centre distance of touching lines for Slic3r's rounded-rectangle bead."""
        return self.extrusion_width_mm(printer) - height_mm * (1.0 - math.pi / 4.0)

    def validate(self, printer: PrinterProfile) -> None:
        nozzle = printer.nozzle_mm
        if not 0.05 <= self.layer_height_mm <= 0.8 * nozzle:
            raise SettingsError(_(
                "Layer height {height} mm is out of range: choose 0.05 to {most} mm for a {nozzle} mm nozzle."
            ).format(height=self.layer_height_mm, most=f"{0.8 * nozzle:.2f}", nozzle=nozzle))
        if not 0.05 <= self.first_layer_height_mm <= 0.8 * nozzle:
            raise SettingsError(_(
                "First layer height {height} mm is out of range (0.05 to {most})."
            ).format(height=self.first_layer_height_mm, most=f"{0.8 * nozzle:.2f}"))
        if not 1 <= self.perimeters <= 10:
            raise SettingsError(_("Perimeters must be 1 to 10 (got {count}).").format(count=self.perimeters))
        if not 0 <= self.infill_pct <= 100:
            raise SettingsError(_("Infill must be 0 to 100 % (got {infill}).").format(infill=self.infill_pct))
        if not 0 <= self.top_layers <= 20 or not 0 <= self.bottom_layers <= 20:
            raise SettingsError(_("Top and bottom solid layers must be 0 to 20."))
        if not 0 <= self.solid_infill_below_area_mm2 <= 10_000:
            raise SettingsError(_("Solid infill threshold area must be 0 to 10000 mm²."))
        for label, speed in ((N_("First layer speed"), self.first_layer_speed_mm_s),
                             (N_("Travel speed"), self.travel_speed_mm_s)):
            if speed is not None and not 1 <= speed <= 1000:
                raise SettingsError(_("{label} {speed} mm/s is out of range: choose 1 to 1000 mm/s.").format(
                    label=_(label), speed=speed))
        if self.bed_lowered_c is not None and not 0 <= self.bed_lowered_c <= printer.max_bed_c:
            raise SettingsError(
                _("The lowered bed temperature must be 0 to {most} °C.").format(most=f"{printer.max_bed_c:g}")
            )
        if not 0 <= self.skirt_loops <= 5:
            raise SettingsError(_("Skirt loops must be 0 to 5."))


def first_layer_height_mm(layer_height_mm: float) -> float:
    """The first layer for a chosen layer height: never thinner than 0.2 mm, which bridges the small
    unevenness of a bed that thinner first layers fail to stick across."""
    return max(layer_height_mm, 0.2)


def standard_settings(printer: PrinterProfile) -> SliceSettings:
    layer = printer.standard_layer_height_mm
    return SliceSettings(layer_height_mm=layer, first_layer_height_mm=first_layer_height_mm(layer))


def frames_settings(printer: PrinterProfile, material: MaterialProfile) -> SliceSettings:
    """The frames print mode: what makes a frame set print in under an hour on this printer without
    making it weaker. Perimeters, wall widths and infill stay as in the standard mode; thicker layers
    (with as many solid shell millimetres), the profile's faster first layer and travel, solid infill
    as loops along rims and temples, sparse infill along each part, and the bed lowered as the
    material allows once the first layers are down."""
    layer = printer.frames_layer_height_mm
    shells = max(1, math.ceil(SHELL_MM / layer - 1e-6))
    return SliceSettings(
        layer_height_mm=layer,
        first_layer_height_mm=first_layer_height_mm(layer),
        top_layers=shells,
        bottom_layers=shells,
        infill_along_part_deg=15.0,
        is_solid_concentric=True,
        mode=PrintMode.FRAMES,
        first_layer_speed_mm_s=printer.frames_first_layer_speed_mm_s,
        travel_speed_mm_s=printer.frames_travel_speed_mm_s,
        bed_lowered_c=material.bed_lowered_c if printer.has_heated_bed else None,
        bed_lowered_after_mm=material.bed_lowered_after_mm,
    )


def settings_for_mode(mode: PrintMode, printer: PrinterProfile, material: MaterialProfile) -> SliceSettings:
    return frames_settings(printer, material) if mode is PrintMode.FRAMES else standard_settings(printer)
