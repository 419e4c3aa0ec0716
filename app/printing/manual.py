"""Driving a connected printer by hand, as Pronterface does: home, jog, load filament, preheat, cool down.

Every command goes through the printer's session (`PrintingService.send_commands`), which refuses them
while a job streams: a jog between two lines of a print would ruin it. Extruding is refused here,
before anything is sent, while the hotend is cold: Marlin's cold-extrusion guard (EXTRUDE_MINTEMP,
170 °C by default) would drop the move with only an `echo:cold extrusion prevented` in the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from i18n import _
from printers.profiles import MaterialProfile

if TYPE_CHECKING:
    from app.printing.service import PrintingService

COLD_EXTRUSION_MIN_C = 170.0  # Marlin's EXTRUDE_MINTEMP default
JOG_STEPS_MM = (0.1, 1.0, 10.0)
EXTRUDE_LENGTHS_MM = (5.0, 10.0, 50.0, 100.0)
XY_FEED_MM_MIN = 3000.0
Z_FEED_MM_MIN = 300.0  # lead-screw Z axes (Ender-3, MK3) top out near 5 mm/s
EXTRUDE_FEED_MM_MIN = 120.0  # 2 mm/s: slow enough for a cold-ish melt zone and a Bowden tube
HOME_AXES = ("", "XY", "Z")  # "" homes all axes


class ColdExtrusionError(ValueError):
    """Extruding was asked while the hotend is below the firmware's minimum: nothing was sent."""

    def __init__(self, hotend_c: float | None, min_c: float = COLD_EXTRUSION_MIN_C) -> None:
        self.hotend_c = hotend_c
        self.min_c = min_c
        now = "has not reported its temperature yet" if hotend_c is None else f"is at {hotend_c:.0f} °C"
        super().__init__(
            f"The hotend {now}: heat it to at least {min_c:.0f} °C before extruding or retracting "
            "(Marlin refuses to move filament through a cold nozzle)."
        )


@dataclass(frozen=True)
class TemperaturePreset:
    """A material's printing temperatures, for one-click preheating."""

    material_id: str
    name: str
    hotend_c: float
    bed_c: float


def temperature_presets(materials: Iterable[MaterialProfile]) -> list[TemperaturePreset]:
    """One preset per material profile, coolest hotend first (PLA before PETG)."""
    presets = [TemperaturePreset(m.id, m.name, m.hotend_c, m.bed_c) for m in materials]
    return sorted(presets, key=lambda p: (p.hotend_c, p.name))


def home_command(axes: str = "") -> str:
    """`G28` for every axis, `G28 X Y` or `G28 Z` for some."""
    wanted = axes.upper()
    if any(axis not in "XYZ" for axis in wanted):
        raise ValueError(_("Can't home axis {axes}: choose X, Y or Z.").format(axes=axes))
    return " ".join(["G28", *wanted])


def move_commands(axis: str, distance_mm: float, *, feed_mm_min: float | None = None) -> list[str]:
    """A relative move of one axis, the machine back in absolute mode after it."""
    name = axis.upper()
    if name not in ("X", "Y", "Z", "E"):
        raise ValueError(_("Can't move axis {axis}: choose X, Y, Z or E.").format(axis=axis))
    if feed_mm_min is None:
        feed_mm_min = {"Z": Z_FEED_MM_MIN, "E": EXTRUDE_FEED_MM_MIN}.get(name, XY_FEED_MM_MIN)
    # G91 makes E relative too on Marlin, and G90 puts it back: no M82/M83 bookkeeping needed.
    return ["G91", f"G1 {name}{distance_mm:g} F{feed_mm_min:g}", "G90"]


def check_extrusion(hotend_c: float | None, *, min_c: float = COLD_EXTRUSION_MIN_C) -> None:
    """Raise ColdExtrusionError unless the hotend is hot enough to move filament."""
    if hotend_c is None or hotend_c < min_c:
        raise ColdExtrusionError(hotend_c, min_c)


class ManualControl:
    """The hand controls of the Printers screen, on top of the printing service's sessions."""

    def __init__(self, printing: PrintingService) -> None:
        self._printing = printing

    def home(self, port: str, axes: str = "") -> None:
        self._printing.send_commands(port, [home_command(axes)])

    def move(self, port: str, axis: str, distance_mm: float) -> None:
        self._printing.send_commands(port, move_commands(axis, distance_mm))

    def extrude(self, port: str, length_mm: float) -> None:
        """Push (positive) or pull back (negative) filament; refused while the hotend is cold."""
        check_extrusion(self._printing.snapshot(port).hotend_c)
        self._printing.send_commands(port, move_commands("E", length_mm))

    def preheat(self, port: str, preset: TemperaturePreset) -> None:
        self._printing.set_temperatures(port, hotend_c=preset.hotend_c, bed_c=preset.bed_c)

    def cool_down(self, port: str) -> None:
        self._printing.set_temperatures(port, hotend_c=0, bed_c=0)
