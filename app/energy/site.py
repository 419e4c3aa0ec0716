"""The site: where the panels are, how big the battery is, what else draws power. A typed settings section."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.settings import register_section
from i18n import _


class SiteError(ValueError):
    """A site description that can't be right; the message says which value to fix."""


class BatteryChemistry(enum.Enum):
    LEAD_ACID = "lead-acid"
    LFP = "lfp"


class ControllerKind(enum.Enum):
    VEDIRECT = "vedirect"
    MODBUS_RENOGY = "modbus-renogy"
    MODBUS_EPEVER = "modbus-epever"
    MANUAL = "manual"
    SIMULATED = "sim"


@dataclass(frozen=True)
class SiteSettings:
    """Flat on purpose: it is stored as one JSON section and edited field by field on the Energy screen."""

    latitude_deg: float = 0.0
    longitude_deg: float = 0.0
    altitude_m: float = 0.0
    timezone: str = "UTC"
    # Panels.
    panels_wp: float = 200.0
    tilt_deg: float = 15.0
    panel_azimuth_deg: float = 180.0  # clockwise from north: 180 faces south, 0 faces north (southern hemisphere)
    losses_pct: float = 14.0
    temp_coeff_per_c: float = -0.004
    albedo: float = 0.2
    # 0: the month's value from the packaged climatology (app.energy.turbidity); else a fixed one, 1–10.
    linke_turbidity: float = 0.0
    clear_sky_model: str = "ineichen"  # or "haurwitz" when altitude/turbidity are unknown
    ambient_temp_c: float = 25.0
    # Controller.
    controller: str = ControllerKind.MANUAL.value
    controller_port: str = ""
    controller_efficiency: float = 0.96
    controller_max_a: float = 0.0  # 0: no current limit known
    system_voltage_v: float = 12.0
    # Battery.
    battery_chemistry: str = BatteryChemistry.LEAD_ACID.value
    battery_capacity_wh: float = 1200.0
    battery_reserve_pct: float = 50.0
    charge_efficiency: float = 0.95
    discharge_efficiency: float = 0.95
    max_discharge_w: float = 0.0  # 0: no limit known (inverter, LVD-safe draw)
    # Other loads.
    # Day and night: controller, router, a charger left plugged in. 5 W is 120 Wh a day, a tenth of the
    # wizard's 1.2 kWh battery; 10 W with the lights made a new lab's day balance negative on a cautious
    # sky, so it printed nothing for days.
    base_load_w: float = 5.0
    evening_load_w: float = 30.0  # lights
    evening_from_hour: float = 18.0
    evening_to_hour: float = 22.0
    # When someone is there to start and clear prints (local hours).
    staffed_from_hour: float = 7.0
    staffed_to_hour: float = 18.0

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


register_section(SiteSettings, "energy.site")


def validate_site(site: SiteSettings) -> None:
    """Raise SiteError naming the first value that makes no sense."""
    _finite(site)
    if not -90.0 <= site.latitude_deg <= 90.0:
        raise SiteError(_("Latitude {latitude_deg}° is outside -90…90°: enter the site's latitude in "
                          "degrees.").format(
                latitude_deg=site.latitude_deg))
    if not -180.0 <= site.longitude_deg <= 180.0:
        raise SiteError(_("Longitude {longitude_deg}° is outside -180…180°: enter the site's longitude in "
                          "degrees.").format(
                longitude_deg=site.longitude_deg))
    if not -500.0 <= site.altitude_m <= 9000.0:
        raise SiteError(_("Altitude {altitude_m} m is not on Earth's surface: enter metres above sea level.").format(
                altitude_m=site.altitude_m))
    check_timezone(site.timezone)
    if not 0.0 < site.panels_wp <= 100_000.0:
        raise SiteError(_("Panel power {panels_wp} Wp is not plausible: enter the panels' total watt-peak.").format(
                panels_wp=site.panels_wp))
    if not 0.0 <= site.tilt_deg <= 90.0:
        raise SiteError(_("Panel tilt {tilt_deg}° is outside 0…90°: 0 is flat, 90 is vertical.").format(
                tilt_deg=site.tilt_deg))
    if not 0.0 <= site.panel_azimuth_deg <= 360.0:
        raise SiteError(_("Panel azimuth {panel_azimuth_deg}° is outside 0…360°: 180 faces south, 0 north.").format(
                panel_azimuth_deg=site.panel_azimuth_deg))
    if not 0.0 <= site.losses_pct < 100.0:
        raise SiteError(_("Losses of {losses_pct} % are not plausible: typical systems lose 10–20 %.").format(
                losses_pct=site.losses_pct))
    if not 0.0 <= site.albedo <= 1.0:
        raise SiteError(_("Albedo {albedo} is outside 0…1: use 0.2, or 0.6–0.8 on snow.").format(
                albedo=site.albedo))
    if site.clear_sky_model not in ("ineichen", "haurwitz"):
        raise SiteError(_("Unknown clear-sky model '{clear_sky_model}': use ineichen or haurwitz.").format(
                clear_sky_model=site.clear_sky_model))
    if site.linke_turbidity != 0.0 and not 1.0 <= site.linke_turbidity <= 10.0:
        raise SiteError(
            _("Linke turbidity {linke_turbidity} is outside 1…10: use 0 for the month's usual value at the "
              "site.").format(
                    linke_turbidity=site.linke_turbidity)
        )
    validate_battery(
        capacity_wh=site.battery_capacity_wh,
        reserve_pct=site.battery_reserve_pct,
        charge_efficiency=site.charge_efficiency,
        discharge_efficiency=site.discharge_efficiency,
    )
    try:
        ControllerKind(site.controller)
    except ValueError as exc:
        known = ", ".join(k.value for k in ControllerKind)
        raise SiteError(_("Unknown charge controller '{controller}': choose one of {known}.").format(
                controller=site.controller, known=known)) from exc
    try:
        BatteryChemistry(site.battery_chemistry)
    except ValueError as exc:
        raise SiteError(_("Unknown battery chemistry '{battery_chemistry}': choose lead-acid or lfp.").format(
                battery_chemistry=site.battery_chemistry)) from exc
    if not 6.0 <= site.system_voltage_v <= 60.0:
        raise SiteError(_("System voltage {system_voltage_v} V is not a battery bank voltage: use 12, 24 or"
                          " 48.").format(
                system_voltage_v=site.system_voltage_v))
    for name in ("base_load_w", "evening_load_w", "max_discharge_w", "controller_max_a"):
        if getattr(site, name) < 0:
            raise SiteError(_("{value} can't be negative: enter 0 or more.").format(
                    value=name.replace('_', ' ')))


def validate_battery(
    *, capacity_wh: float, reserve_pct: float, charge_efficiency: float, discharge_efficiency: float
) -> None:
    if not math.isfinite(capacity_wh) or not 10.0 <= capacity_wh <= 1_000_000.0:
        raise SiteError(
            _("A battery of {capacity_wh} Wh is not plausible: enter its capacity in watt-hours (volts × "
              "amp-hours, e.g. 12 V × 100 Ah = 1200 Wh).").format(
                    capacity_wh=capacity_wh)
        )
    if not math.isfinite(reserve_pct) or not 0.0 <= reserve_pct < 100.0:
        raise SiteError(_("A reserve of {reserve_pct} % is outside 0…99 %: use 50 % for lead-acid, 20 % for"
                          " LFP.").format(
                reserve_pct=reserve_pct))
    for name, value in (("charge", charge_efficiency), ("discharge", discharge_efficiency)):
        if not math.isfinite(value) or not 0.5 <= value <= 1.0:
            message = (_("A charge efficiency of {value} is outside 0.5…1: lead-acid is about 0.9, LFP 0.99.")
                       if name == "charge" else
                       _("A discharge efficiency of {value} is outside 0.5…1: lead-acid is about 0.9, LFP 0.99."))
            raise SiteError(message.format(value=value))


def check_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SiteError(
            _("Unknown time zone '{name}': use a name like Africa/Nairobi, America/Lima or UTC.").format(
                    name=name)
        ) from exc


def _finite(site: SiteSettings) -> None:
    for name, value in vars(site).items():
        if isinstance(value, float) and not math.isfinite(value):
            raise SiteError(_("{value} is not a number: enter a value.").format(value=name.replace('_', ' ')))
