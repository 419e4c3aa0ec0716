"""PV power at the battery bus: clear sky × plane of array × PVWatts DC with Faiman cell temperature."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from app.energy.clearsky import ClearSky, day_of_year, extra_radiation_wm2, haurwitz, ineichen
from app.energy.poa import poa_irradiance_wm2
from app.energy.site import SiteSettings
from app.energy.sunpos import FloatArray, SolarPosition, solar_position
from app.energy.turbidity import linke_turbidity_at


@dataclass(frozen=True)
class SiteIrradiance:
    position: SolarPosition
    clear_sky: ClearSky
    poa_wm2: FloatArray


def site_irradiance(site: SiteSettings, unix_s: FloatArray) -> SiteIrradiance:
    position = solar_position(unix_s, site.latitude_deg, site.longitude_deg, altitude_m=site.altitude_m)
    dni_extra = extra_radiation_wm2(day_of_year(unix_s))
    if site.clear_sky_model == "haurwitz":
        sky = haurwitz(position.apparent_zenith_deg, dni_extra)
    else:
        sky = ineichen(position.apparent_zenith_deg, site.altitude_m, dni_extra, site_linke_turbidity(site, unix_s))
    poa = poa_irradiance_wm2(
        tilt_deg=site.tilt_deg,
        panel_azimuth_deg=site.panel_azimuth_deg,
        sun_zenith_deg=position.apparent_zenith_deg,
        sun_azimuth_deg=position.azimuth_deg,
        ghi_wm2=sky.ghi_wm2,
        dni_wm2=sky.dni_wm2,
        dhi_wm2=sky.dhi_wm2,
        albedo=site.albedo,
    )
    return SiteIrradiance(position, sky, poa)


def site_linke_turbidity(site: SiteSettings, unix_s: FloatArray) -> FloatArray | float:
    """The site's fixed turbidity, or (0) the climatology's for each time's day of the year. Either way
    the forecast's learned system factor corrects what is left once the site has its own readings."""
    if site.linke_turbidity > 0:
        return site.linke_turbidity
    return linke_turbidity_at(site.latitude_deg, site.longitude_deg, site.altitude_m, day_of_year(unix_s))


def cell_temperature_c(poa_wm2: FloatArray, air_temp_c: float | FloatArray, wind_ms: float = 1.0) -> FloatArray:
    """Faiman: u0 = 25, u1 = 6.84 (pvlib defaults)."""
    return np.asarray(air_temp_c + np.asarray(poa_wm2) / (25.0 + 6.84 * wind_ms))


def pv_dc_w(poa_wm2: FloatArray, cell_temp_c: FloatArray, panels_wp: float, temp_coeff_per_c: float) -> FloatArray:
    derating = 1.0 + temp_coeff_per_c * (cell_temp_c - 25.0)
    return np.asarray(np.maximum(panels_wp * np.asarray(poa_wm2) / 1000.0 * derating, 0.0))


def pv_to_battery_w(site: SiteSettings, dc_w: FloatArray) -> FloatArray:
    out = np.asarray(dc_w) * site.controller_efficiency * (1.0 - site.losses_pct / 100.0)
    if site.controller_max_a > 0:
        out = np.minimum(out, site.controller_max_a * site.system_voltage_v)
    return np.asarray(out)


def clear_sky_pv_w(site: SiteSettings, unix_s: FloatArray) -> FloatArray:
    irr = site_irradiance(site, np.asarray(unix_s, dtype=float))
    dc = pv_dc_w(irr.poa_wm2, cell_temperature_c(irr.poa_wm2, site.ambient_temp_c), site.panels_wp,
                 site.temp_coeff_per_c)
    return pv_to_battery_w(site, dc)


def clear_sky_pv_slots_w(
    site: SiteSettings, start_unix_s: float, n_slots: int, slot_min: float, substeps: int = 3
) -> FloatArray:
    """Mean clear-sky PV power in each slot, averaged over `substeps` sub-steps (midpoints)."""
    slot_s = slot_min * 60.0
    offsets = (np.arange(substeps) + 0.5) * slot_s / substeps
    times = start_unix_s + slot_s * np.arange(n_slots)[:, None] + offsets[None, :]
    means: FloatArray = clear_sky_pv_w(site, times.ravel()).reshape(n_slots, substeps).mean(axis=1)
    return means


def site_load_slots_w(site: SiteSettings, start_unix_s: float, n_slots: int, slot_min: float) -> FloatArray:
    """Base load plus the evening lights, from local clock hours (DST aware through zoneinfo)."""
    hours = local_hours(site.timezone, start_unix_s + slot_min * 60.0 * (np.arange(n_slots) + 0.5))
    load = np.full(n_slots, site.base_load_w, dtype=float)
    load += np.where(_in_hours(hours, site.evening_from_hour, site.evening_to_hour), site.evening_load_w, 0.0)
    return load


def staffed_slots(site: SiteSettings, start_unix_s: float, n_slots: int, slot_min: float) -> np.ndarray:
    hours = local_hours(site.timezone, start_unix_s + slot_min * 60.0 * np.arange(n_slots))
    return _in_hours(hours, site.staffed_from_hour, site.staffed_to_hour)


def local_hours(timezone: str, unix_s: ArrayLike) -> FloatArray:
    """Local clock hour (0–24) of each time; offsets looked up once per distinct UTC hour, so DST is right."""
    from datetime import datetime
    from datetime import timezone as dt_timezone
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(timezone)
    unix = np.asarray(unix_s, dtype=float)
    hour_keys = np.floor(unix / 3600.0)
    offsets = np.empty_like(unix)
    for key in np.unique(hour_keys):
        at = datetime.fromtimestamp(float(key) * 3600.0, dt_timezone.utc).astimezone(zone)
        offset = at.utcoffset()
        offsets[hour_keys == key] = 0.0 if offset is None else offset.total_seconds()
    hours: FloatArray = np.mod((unix + offsets) / 3600.0, 24.0)
    return hours


def _in_hours(hours: FloatArray, start_h: float, end_h: float) -> np.ndarray:
    if start_h <= end_h:
        return (hours >= start_h) & (hours < end_h)
    return (hours >= start_h) | (hours < end_h)  # spans midnight
