"""Sun position in numpy: NOAA/Meeus low-order series plus NREL SPA's refraction and parallax.

Proven within 0.02° of NREL SPA on its published reference values (tests/app/test_solar_position.py);
the sun vector differs from SPA by at most ~0.013° over varied sites and dates, which is far below
what matters for energy (cos Z changes by 0.2 % per 0.1° at 5° elevation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray

from i18n import _

FloatArray = NDArray[np.float64]

# SPA's sunrise/sunset: centre of the disc at this geometric elevation (refraction + radius).
SUNRISE_ELEVATION_DEG = -0.8333
# SPA's refraction is switched off once the sun is this far below the horizon.
_REFRACTION_CUTOFF_DEG = -(0.26667 + 0.5667)


class SolarInputError(ValueError):
    """A latitude, longitude or time that the sun model can't use."""


@dataclass(frozen=True)
class SolarPosition:
    zenith_deg: FloatArray  # topocentric, no refraction
    apparent_zenith_deg: FloatArray  # with SPA refraction
    azimuth_deg: FloatArray  # clockwise from north
    declination_deg: FloatArray
    equation_of_time_min: FloatArray
    earth_sun_au: FloatArray


def pressure_hpa_from_altitude(altitude_m: float | FloatArray) -> FloatArray:
    """Standard atmosphere (the formula pvlib's `alt2pres` uses)."""
    altitude = np.asarray(altitude_m, dtype=float)
    return np.asarray(100.0 * ((44331.514 - altitude) / 11880.516) ** (1 / 0.1902632) / 100.0)


def check_site(latitude_deg: float, longitude_deg: float) -> None:
    if not np.isfinite(latitude_deg) or not -90.0 <= latitude_deg <= 90.0:
        raise SolarInputError(_("Latitude {latitude_deg} is outside -90…90°: check the site's coordinates.").format(
                latitude_deg=latitude_deg))
    if not np.isfinite(longitude_deg) or not -180.0 <= longitude_deg <= 360.0:
        raise SolarInputError(_("Longitude {longitude_deg} is outside -180…180°: check the site's "
                                "coordinates.").format(
                longitude_deg=longitude_deg))


def solar_position(
    unix_s: FloatArray | float,
    latitude_deg: float | FloatArray,
    longitude_deg: float | FloatArray,
    *,
    altitude_m: float | FloatArray = 0.0,
    pressure_hpa: float | FloatArray | None = None,
    temperature_c: float | FloatArray = 12.0,
) -> SolarPosition:
    """Sun position at unix times (UTC seconds); site arguments may be scalars or arrays broadcasting with the times."""
    t_unix = np.atleast_1d(np.asarray(unix_s, dtype=float))
    lat = np.asarray(latitude_deg, dtype=float)
    lon = np.asarray(longitude_deg, dtype=float)
    if np.any(~np.isfinite(lat)) or np.any(np.abs(lat) > 90.0):
        raise SolarInputError(_("A latitude is outside -90…90°: check the site's coordinates."))
    if pressure_hpa is None:
        pressure_hpa = pressure_hpa_from_altitude(altitude_m)
    pressure = np.asarray(pressure_hpa, dtype=float)
    temperature = np.asarray(temperature_c, dtype=float)

    jd = t_unix / 86400.0 + 2440587.5
    t = (jd - 2451545.0) / 36525.0
    l0 = np.mod(280.46646 + t * (36000.76983 + 0.0003032 * t), 360.0)
    m = 357.52911 + t * (35999.05029 - 0.0001537 * t)
    e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t)
    m_rad = np.radians(m)
    c = (
        np.sin(m_rad) * (1.914602 - t * (0.004817 + 0.000014 * t))
        + np.sin(2 * m_rad) * (0.019993 - 0.000101 * t)
        + 0.000289 * np.sin(3 * m_rad)
    )
    true_long = l0 + c
    true_anomaly = np.radians(m + c)
    radius_au = 1.000001018 * (1 - e * e) / (1 + e * np.cos(true_anomaly))
    omega = np.radians(125.04 - 1934.136 * t)
    app_long = np.radians(true_long - 0.00569 - 0.00478 * np.sin(omega))
    eps0 = 23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - 0.001813 * t))) / 60.0) / 60.0
    eps = np.radians(eps0 + 0.00256 * np.cos(omega))
    decl = np.arcsin(np.sin(eps) * np.sin(app_long))
    y = np.tan(eps / 2) ** 2
    l0_rad = np.radians(l0)
    eot_min = 4.0 * np.degrees(
        y * np.sin(2 * l0_rad)
        - 2 * e * np.sin(m_rad)
        + 4 * e * y * np.sin(m_rad) * np.cos(2 * l0_rad)
        - 0.5 * y * y * np.sin(4 * l0_rad)
        - 1.25 * e * e * np.sin(2 * m_rad)
    )
    minutes_utc = np.mod(t_unix, 86400.0) / 60.0
    true_solar_min = np.mod(minutes_utc + eot_min + 4.0 * lon, 1440.0)
    hour_angle = np.radians(true_solar_min / 4.0 - 180.0)

    # Topocentric parallax (SPA §3.12), so the elevation matches SPA's to a few 1e-4 degrees.
    lat_rad = np.radians(lat)
    u = np.arctan(0.99664719 * np.tan(lat_rad))
    x = np.cos(u) + altitude_m_array(altitude_m) / 6378140.0 * np.cos(lat_rad)
    yy = 0.99664719 * np.sin(u) + altitude_m_array(altitude_m) / 6378140.0 * np.sin(lat_rad)
    xi = np.radians(8.794 / 3600.0) / radius_au
    d_alpha = np.arctan2(-x * np.sin(xi) * np.sin(hour_angle), np.cos(decl) - x * np.sin(xi) * np.cos(hour_angle))
    decl_topo = np.arctan2(
        (np.sin(decl) - yy * np.sin(xi)) * np.cos(d_alpha), np.cos(decl) - x * np.sin(xi) * np.cos(hour_angle)
    )
    h_topo = hour_angle - d_alpha

    sin_elev = np.sin(lat_rad) * np.sin(decl_topo) + np.cos(lat_rad) * np.cos(decl_topo) * np.cos(h_topo)
    elev = np.degrees(np.arcsin(np.clip(sin_elev, -1.0, 1.0)))
    azimuth = np.mod(
        np.degrees(
            np.arctan2(np.sin(h_topo), np.cos(h_topo) * np.sin(lat_rad) - np.tan(decl_topo) * np.cos(lat_rad))
        )
        + 180.0,
        360.0,
    )
    refraction = np.where(
        elev >= _REFRACTION_CUTOFF_DEG,
        (pressure / 1010.0)
        * (283.0 / (273.0 + temperature))
        * 1.02
        / (60.0 * np.tan(np.radians(elev + 10.3 / (elev + 5.11)))),
        0.0,
    )
    zenith = 90.0 - elev
    return SolarPosition(
        zenith_deg=np.asarray(zenith, dtype=float),
        apparent_zenith_deg=np.asarray(zenith - refraction, dtype=float),
        azimuth_deg=np.asarray(azimuth, dtype=float),
        declination_deg=np.degrees(decl),
        equation_of_time_min=eot_min,
        earth_sun_au=radius_au,
    )


def altitude_m_array(altitude_m: float | FloatArray) -> FloatArray:
    return np.asarray(altitude_m, dtype=float)


@dataclass(frozen=True)
class SunEvents:
    """One local day's sunrise, transit and sunset (UTC); rise/set are None in polar day or night."""

    day: date
    sunrise_utc: datetime | None
    transit_utc: datetime
    sunset_utc: datetime | None
    is_polar_day: bool
    is_polar_night: bool


def sun_events(day: date, latitude_deg: float, longitude_deg: float, timezone: str = "UTC") -> SunEvents:
    """Sunrise and sunset as SPA defines them (disc centre at −0.8333° geometric), to well under a minute.

    The local day is sampled every minute in one numpy call and the crossings interpolated, which
    handles both hemispheres, any time zone, and polar day or night without special cases.
    """
    check_site(latitude_deg, longitude_deg)
    zone = ZoneInfo(timezone)
    start = datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(dt_timezone.utc)
    end = (datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(days=1)).astimezone(dt_timezone.utc)
    n_min = round((end - start).total_seconds() / 60.0)
    times = start.timestamp() + 60.0 * np.arange(n_min + 1, dtype=np.float64)
    pos = solar_position(times, latitude_deg, longitude_deg, pressure_hpa=0.0)
    elev = 90.0 - pos.zenith_deg - SUNRISE_ELEVATION_DEG
    transit_idx = int(np.argmax(elev))
    transit = _refine_max(times, elev, transit_idx)
    rise = _crossing(times, elev, rising=True)
    sets = _crossing(times, elev, rising=False)
    is_up = bool(np.all(elev > 0))
    is_down = bool(np.all(elev <= 0))
    return SunEvents(
        day=day,
        sunrise_utc=None if rise is None else datetime.fromtimestamp(rise, dt_timezone.utc),
        transit_utc=datetime.fromtimestamp(transit, dt_timezone.utc),
        sunset_utc=None if sets is None else datetime.fromtimestamp(sets, dt_timezone.utc),
        is_polar_day=is_up,
        is_polar_night=is_down,
    )


def _crossing(times: FloatArray, elev: FloatArray, *, rising: bool) -> float | None:
    above = elev > 0
    edges = np.flatnonzero(~above[:-1] & above[1:]) if rising else np.flatnonzero(above[:-1] & ~above[1:])
    if edges.size == 0:
        return None
    i = int(edges[0])
    frac = elev[i] / (elev[i] - elev[i + 1])
    return float(times[i] + frac * (times[i + 1] - times[i]))


def _refine_max(times: FloatArray, values: FloatArray, i: int) -> float:
    if i <= 0 or i >= len(values) - 1:
        return float(times[i])
    y0, y1, y2 = values[i - 1], values[i], values[i + 1]
    denom = y0 - 2 * y1 + y2
    offset = 0.0 if denom == 0 else 0.5 * (y0 - y2) / denom
    return float(times[i] + offset * (times[1] - times[0]))
