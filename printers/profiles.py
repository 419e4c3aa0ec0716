"""Printer and material profiles: typed, frozen, JSON round-trip; bundled presets from assets/printers/."""

from __future__ import annotations

import dataclasses
import enum
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TypeVar

from i18n import _

T = TypeVar("T")


class ProfileError(ValueError):
    """A profile that is malformed or out of range; the message names the field."""


class UnknownProfileError(KeyError):
    """No printer or material profile has this id."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown profile"


DEFAULT_MATERIAL_ID = "pla"  # a printer profile's material when it names none
DEFAULT_TOOL_CHANGE_S = 27.0  # unload + load of one tool change (PrusaSlicer's MMU2S PLA: 12 s + 15 s)


class FirmwareFlavour(enum.Enum):
    MARLIN = "marlin"
    MARLIN2 = "marlin2"
    KLIPPER = "klipper"
    REPRAP = "reprap"


@dataclass(frozen=True)
class MotionLimits:
    """What the time estimator assumes when the G-code does not set them (M201/M203/M204/M205)."""

    max_feed_x_mm_s: float = 500.0
    max_feed_y_mm_s: float = 500.0
    max_feed_z_mm_s: float = 12.0
    max_feed_e_mm_s: float = 120.0
    max_accel_x_mm_s2: float = 1000.0
    max_accel_y_mm_s2: float = 1000.0
    max_accel_z_mm_s2: float = 200.0
    max_accel_e_mm_s2: float = 5000.0
    print_accel_mm_s2: float = 1000.0
    retract_accel_mm_s2: float = 1000.0
    travel_accel_mm_s2: float = 1000.0
    jerk_x_mm_s: float = 8.0
    jerk_y_mm_s: float = 8.0
    jerk_z_mm_s: float = 0.4
    jerk_e_mm_s: float = 5.0
    min_feed_mm_s: float = 0.0
    min_travel_feed_mm_s: float = 0.0


@dataclass(frozen=True)
class PowerDraw:
    """Electrical draw of the whole printer, measured at the wall (or the inverter), in watts."""

    idle_w: float = 8.0
    hotend_heat_up_w: float = 40.0  # extra while the hotend heater runs flat out
    bed_heat_up_w: float = 180.0  # extra while the bed heater runs flat out
    printing_w: float = 110.0  # steady printing with the bed held at temperature
    printing_bed_off_w: float = 45.0  # steady printing with no bed heat
    hotend_heat_rate_c_s: float = 2.0
    bed_heat_rate_c_s: float = 0.6
    ambient_c: float = 22.0
    # A nozzle whose heater is off cools like a hot body in air (Newton): this time constant says how fast
    # (a bare 40 W hotend with its heat-sink fan on loses about 60 % of its excess heat in two minutes).
    hotend_cooling_s: float = 120.0


@dataclass(frozen=True)
class PrinterProfile:
    id: str
    name: str
    bed_x_mm: float
    bed_y_mm: float
    bed_z_mm: float
    nozzle_mm: float = 0.4
    filament_diameter_mm: float = 1.75
    max_hotend_c: float = 260.0
    max_bed_c: float = 100.0
    has_heated_bed: bool = True
    firmware: FirmwareFlavour = FirmwareFlavour.MARLIN2
    # Some printers reach a little outside the bed (the Prusa MK3 draws its purge line at Y-3).
    min_x_mm: float = 0.0
    min_y_mm: float = 0.0
    limits: MotionLimits = field(default_factory=MotionLimits)
    # Speeds and retraction for our own slicer (mm/s and mm).
    perimeter_speed_mm_s: float = 40.0
    external_perimeter_speed_mm_s: float = 30.0
    infill_speed_mm_s: float = 60.0
    solid_infill_speed_mm_s: float = 45.0
    first_layer_speed_mm_s: float = 20.0
    travel_speed_mm_s: float = 150.0
    z_speed_mm_s: float = 10.0
    retract_length_mm: float = 0.8
    retract_speed_mm_s: float = 35.0
    standard_layer_height_mm: float = 0.2
    start_gcode: str = ""
    end_gcode: str = ""
    power: PowerDraw = field(default_factory=PowerDraw)
    # Marlin's software endstops (on unless M211 S0) stop a move at the edge of the travel instead of
    # driving the carriage into the frame: a relative "present the bed" move at the end is then harmless.
    has_software_endstops: bool = True
    # The firmware's line buffer (Marlin's MAX_CMD_SIZE, terminator included): a longer line, with its
    # line number and checksum, is cut short and the command is garbled.
    max_line_chars: int = 96
    tool_count: int = 1  # extruders, or filament slots of a multi-material unit (T0 .. T<n-1>)
    tool_change_s: float = DEFAULT_TOOL_CHANGE_S
    default_material_id: str = DEFAULT_MATERIAL_ID  # for grams and cost when no material is named
    # What prints without supports: walls leaning out further than this from vertical, and bridges
    # longer than this between two supports, are reported before printing.
    max_overhang_deg: float = 45.0
    max_bridge_mm: float = 10.0
    # The frames print mode (default for frame sets): layer height, first layer and travel speeds
    # this printer is trusted with for flat frame parts; walls and perimeters stay as they are.
    frames_layer_height_mm: float = 0.2
    frames_first_layer_speed_mm_s: float = 20.0
    frames_travel_speed_mm_s: float = 150.0
    is_builtin: bool = False

    def validate(self) -> None:
        _positive(self, "bed_x_mm", "bed_y_mm", "bed_z_mm", "nozzle_mm", "filament_diameter_mm", "max_hotend_c")
        _positive(self, "max_line_chars", "tool_count")
        if self.tool_change_s < 0:
            raise ProfileError(_("tool_change_s cannot be negative."))
        _positive(self, "perimeter_speed_mm_s", "infill_speed_mm_s", "first_layer_speed_mm_s", "travel_speed_mm_s")
        if not 0.05 <= self.standard_layer_height_mm <= self.nozzle_mm:
            raise ProfileError(_("standard_layer_height_mm must lie between 0.05 and the nozzle "
                                 "({nozzle_mm} mm).").format(
                    nozzle_mm=self.nozzle_mm))
        if self.max_bed_c < 0 or (self.has_heated_bed and self.max_bed_c <= 0):
            raise ProfileError(_("max_bed_c must be above 0 for a printer with a heated bed."))
        if self.retract_length_mm < 0 or self.retract_length_mm > 15:
            raise ProfileError(_("retract_length_mm must lie between 0 and 15 mm."))
        if not 0 < self.max_overhang_deg < 90 or self.max_bridge_mm < 0:
            raise ProfileError(_("max_overhang_deg must lie between 0 and 90, and max_bridge_mm cannot be "
                                 "negative."))
        if not 0.05 <= self.frames_layer_height_mm <= 0.8 * self.nozzle_mm:
            raise ProfileError(_("frames_layer_height_mm must lie between 0.05 and {value:.2f} mm.").format(
                    value=0.8 * self.nozzle_mm))
        _positive(self, "frames_first_layer_speed_mm_s", "frames_travel_speed_mm_s")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _to_jsonable(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrinterProfile:
        profile = _from_dict(cls, data)
        profile.validate()
        return profile


@dataclass(frozen=True)
class MaterialProfile:
    """A filament's facts (density, price, temperatures): the only place Heliofab keeps them. Frames, G-code
    estimates and job accounting all weigh and price filament through the profile of the material chosen."""

    id: str
    name: str
    density_g_cm3: float = 1.24
    price_per_kg: float = 20.0
    hotend_c: float = 210.0
    first_layer_hotend_c: float = 215.0
    bed_c: float = 60.0
    first_layer_bed_c: float = 60.0
    fan_pct: int = 100
    # The bed set to this after bed_lowered_after_mm of print (the frames mode), where the material
    # holds on a cooler bed once its first layers are down: most of a print's energy is the bed.
    # None: the bed stays at bed_c.
    bed_lowered_c: float | None = None
    bed_lowered_after_mm: float = 1.0
    is_builtin: bool = False

    def validate(self) -> None:
        _positive(self, "density_g_cm3", "hotend_c", "first_layer_hotend_c")
        if self.price_per_kg < 0 or self.bed_c < 0 or self.first_layer_bed_c < 0:
            raise ProfileError(_("Prices and bed temperatures cannot be negative."))
        if not 0 <= self.fan_pct <= 100:
            raise ProfileError(_("fan_pct must lie between 0 and 100."))
        if self.bed_lowered_c is not None:
            if isinstance(self.bed_lowered_c, bool) or not isinstance(self.bed_lowered_c, (int, float)):
                raise ProfileError(_("bed_lowered_c must be a number or null."))
            if not 0 <= self.bed_lowered_c <= self.bed_c:
                raise ProfileError(_("bed_lowered_c must lie between 0 and bed_c."))
        if self.bed_lowered_after_mm < 0:
            raise ProfileError(_("bed_lowered_after_mm cannot be negative."))

    def grams_of(self, volume_mm3: float) -> float:
        """The weight of this volume of the material: the one place a density turns volume into grams."""
        return volume_mm3 / 1000.0 * self.density_g_cm3

    def cost_of(self, grams: float) -> float:
        """The price of this weight of the material, in the lab's currency."""
        return grams / 1000.0 * self.price_per_kg

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _to_jsonable(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MaterialProfile:
        profile = _from_dict(cls, data)
        profile.validate()
        return profile


def check_material_fits(printer: PrinterProfile, material: MaterialProfile) -> str | None:
    """A plain sentence when this material cannot be printed on this printer, else None."""
    hottest = max(material.hotend_c, material.first_layer_hotend_c)
    if hottest > printer.max_hotend_c:
        return (
            f"{material.name} needs {hottest:.0f} °C but {printer.name} allows at most {printer.max_hotend_c:.0f} °C: "
            "choose another material."
        )
    bed = max(material.bed_c, material.first_layer_bed_c)
    if printer.has_heated_bed and bed > printer.max_bed_c:
        return f"{material.name} needs a {bed:.0f} °C bed but {printer.name} allows {printer.max_bed_c:.0f} °C."
    return None


def bundled_printers() -> list[PrinterProfile]:
    return [PrinterProfile.from_dict({**d, "is_builtin": True}) for d in _read_asset("printers.json")]


def bundled_materials() -> list[MaterialProfile]:
    return [MaterialProfile.from_dict({**d, "is_builtin": True}) for d in _read_asset("materials.json")]


def find_printer(profile_id: str, profiles: list[PrinterProfile] | None = None) -> PrinterProfile:
    for profile in profiles if profiles is not None else bundled_printers():
        if profile.id == profile_id:
            return profile
    known = ", ".join(p.id for p in (profiles if profiles is not None else bundled_printers()))
    raise UnknownProfileError(_("No printer profile is called '{profile_id}': choose one of {known}.").format(
            profile_id=profile_id, known=known))


def find_material(material_id: str, materials: list[MaterialProfile] | None = None) -> MaterialProfile:
    pool = materials if materials is not None else bundled_materials()
    for material in pool:
        if material.id.lower() == material_id.lower() or material.name.lower() == material_id.lower():
            return material
    known = ", ".join(m.id for m in pool)
    raise UnknownProfileError(_("No material is called '{material_id}': choose one of {known}.").format(
            material_id=material_id, known=known))


def _read_asset(name: str) -> list[dict[str, Any]]:
    # One segment per step: joinpath() takes several only from Python 3.11, and not in every loader's reader.
    text = (resources.files("assets") / "printers" / name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, list):
        raise ProfileError(_("assets/printers/{name} must hold a list of profiles.").format(name=name))
    return data


def _positive(obj: Any, *names: str) -> None:
    for name in names:
        if not getattr(obj, name) > 0:
            raise ProfileError(_("{name} must be above 0 (it is {value}).").format(
                    name=name, value=getattr(obj, name)))


def _to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    return obj


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    if not isinstance(data, dict):
        raise ProfileError(_("A {kind} must be a JSON object.").format(kind=cls.__name__))
    kwargs: dict[str, Any] = {}
    hints = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    for name, value in data.items():
        if name not in hints:
            continue  # a field from a newer Heliofab
        if name == "limits":
            kwargs[name] = _from_dict(MotionLimits, value)
        elif name == "power":
            kwargs[name] = _from_dict(PowerDraw, value)
        elif name == "firmware":
            try:
                kwargs[name] = FirmwareFlavour(value)
            except ValueError as exc:
                raise ProfileError(_("firmware '{value}' is not one of marlin, marlin2, klipper, reprap.").format(
                        value=value)) from exc
        else:
            default = hints[name].default
            if isinstance(default, bool) and not isinstance(value, bool):
                raise ProfileError(_("{name} must be true or false.").format(name=name))
            if isinstance(default, (int, float)) and not isinstance(default, bool):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ProfileError(_("{name} must be a number.").format(name=name))
                if value != value or value in (float("inf"), float("-inf")):
                    raise ProfileError(_("{name} must be a finite number.").format(name=name))
                if isinstance(default, int) and value != int(value):
                    raise ProfileError(_("{name} must be a whole number.").format(name=name))
                value = int(value) if isinstance(default, int) else value
            if isinstance(default, str) and not isinstance(value, str):
                raise ProfileError(_("{name} must be text.").format(name=name))
            kwargs[name] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ProfileError(_("{kind} is missing a field: {error}.").format(kind=cls.__name__, error=exc)) from exc


GENERIC_PRINTER_ID = "generic"
GENERIC_REACH_OUTSIDE_MM = 5.0
GENERIC_TOOL_COUNT = 8  # Marlin builds for at most 8 extruders


def generic_printer() -> PrinterProfile:
    """For checking G-code when the printer is not known: a large machine, so only the printer-independent
    rules (numbers, homing, heating before extrusion, firmware changes) can fail."""
    return PrinterProfile(
        id=GENERIC_PRINTER_ID,
        name="an unspecified printer",
        bed_x_mm=1000.0,
        bed_y_mm=1000.0,
        bed_z_mm=1000.0,
        max_hotend_c=300.0,
        max_bed_c=120.0,
        # Purge lines and wipes of common printers sit a few millimetres in front of or beside the bed
        # (Prusa's at Y-3); anything further out is another machine's layout.
        min_x_mm=-GENERIC_REACH_OUTSIDE_MM,
        min_y_mm=-GENERIC_REACH_OUTSIDE_MM,
        tool_count=GENERIC_TOOL_COUNT,
    )
