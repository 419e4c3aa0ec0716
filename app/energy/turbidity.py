"""Monthly Linke turbidity for any place, from the packaged climatology (see `turbidity_model`).

Bilinear between the 5° cells (longitude wraps), linear between mid-month values, and the site's
altitude applied through Ineichen's (2008) conversion from water vapour and aerosol to TL.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy as np

from app.energy.sunpos import FloatArray
from app.energy.turbidity_model import AOD_SCALE, GRID_DEG, N_LAT, N_LON, WATER_SCALE
from i18n import _

GRID_FILE = "linke_turbidity.bin"
# Ineichen–Perez is only defined for turbidities in this range.
MIN_TL = 1.5
MAX_TL = 8.0
ATMOSPHERE_SCALE_HEIGHT_M = 2000.0  # water vapour and boundary-layer aerosol
# Mid-month day of year (non-leap) for each of the 12 climatology months.
_MID_MONTH_DOY = np.array([15.5, 45.0, 74.5, 105.0, 135.5, 166.0, 196.5, 227.5, 258.0, 288.5, 319.0, 349.5])


class TurbidityDataError(RuntimeError):
    """The packaged climatology is missing or damaged: the installation is broken."""


@cache
def _grid() -> np.ndarray:
    try:
        raw = (resources.files("assets") / GRID_FILE).read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise TurbidityDataError(_(
            "The turbidity climatology {file} is missing from this installation: reinstall Heliofab."
        ).format(file=GRID_FILE)) from exc
    expected = 2 * 12 * N_LAT * N_LON
    if len(raw) != expected:
        raise TurbidityDataError(_(
            "The turbidity climatology {file} has {size} bytes instead of {expected}: reinstall Heliofab."
        ).format(file=GRID_FILE, size=len(raw), expected=expected))
    grid = np.frombuffer(raw, dtype=np.uint8).reshape(2, 12, N_LAT, N_LON).astype(float)
    return np.stack([grid[0] / WATER_SCALE, grid[1] / AOD_SCALE])


def linke_from_atmosphere(aod550: FloatArray | float, water_cm: FloatArray | float, altitude_m: float) -> FloatArray:
    """Ineichen (2008), Solar Energy 82:1095–1097: TL from the 550 nm aerosol depth and precipitable water."""
    inv_p = np.exp(altitude_m / 8434.5)  # 1 / (relative pressure)
    tl = (
        3.91 * np.exp(0.689 * inv_p) * np.asarray(aod550, dtype=float)
        + 0.376 * np.log(np.maximum(np.asarray(water_cm, dtype=float), 0.05))
        + (2.0 + 0.54 * inv_p - 0.5 * inv_p**2 + 0.16 * inv_p**3)
    )
    return np.asarray(np.clip(tl, MIN_TL, MAX_TL))


def _at_place(latitude_deg: float, longitude_deg: float) -> np.ndarray:
    """(2, 12) water and AOD at the place, bilinear between cell centres."""
    grid = _grid()
    y = np.clip((latitude_deg + 90.0) / GRID_DEG - 0.5, 0.0, N_LAT - 1.0)
    x = ((longitude_deg + 180.0) / GRID_DEG - 0.5) % N_LON
    y0, x0 = int(np.floor(y)), int(np.floor(x))
    y1, x1 = min(y0 + 1, N_LAT - 1), (x0 + 1) % N_LON
    fy, fx = y - y0, x - x0
    values: np.ndarray = (
        grid[:, :, y0, x0] * (1 - fy) * (1 - fx)
        + grid[:, :, y0, x1] * (1 - fy) * fx
        + grid[:, :, y1, x0] * fy * (1 - fx)
        + grid[:, :, y1, x1] * fy * fx
    )
    return values


def monthly_linke_turbidity(latitude_deg: float, longitude_deg: float, altitude_m: float) -> FloatArray:
    """The 12 monthly turbidities (January first) at the place.

    The grid describes the column above sea level; a site on a plateau is above part of the
    water vapour and haze, both of which thin out with a scale height of about 2 km."""
    water, aod = _at_place(latitude_deg, longitude_deg)
    above = np.exp(-max(altitude_m, 0.0) / ATMOSPHERE_SCALE_HEIGHT_M)
    return linke_from_atmosphere(aod * above, water * above, altitude_m)


def linke_turbidity_at(
    latitude_deg: float, longitude_deg: float, altitude_m: float, day_of_year: FloatArray | float
) -> FloatArray:
    """TL on each day of year, linear between mid-month values (December wraps to January)."""
    monthly = monthly_linke_turbidity(latitude_deg, longitude_deg, altitude_m)
    days = np.concatenate([[_MID_MONTH_DOY[-1] - 365.0], _MID_MONTH_DOY, [_MID_MONTH_DOY[0] + 365.0]])
    values = np.concatenate([[monthly[-1]], monthly, [monthly[0]]])
    return np.asarray(np.interp(np.asarray(day_of_year, dtype=float), days, values))
