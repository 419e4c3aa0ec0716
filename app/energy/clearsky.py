"""Clear-sky irradiance: Ineichen–Perez with Linke turbidity, Haurwitz as the fallback."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.energy.sunpos import FloatArray, pressure_hpa_from_altitude

SOLAR_CONSTANT_WM2 = 1366.1
DEFAULT_LINKE_TURBIDITY = 3.0
# Ineichen's clearness runs away at high altitude (pvlib #285); cap GHI at this share of I0·cosZ.
MAX_CLEARNESS = 0.9


@dataclass(frozen=True)
class ClearSky:
    ghi_wm2: FloatArray
    dni_wm2: FloatArray
    dhi_wm2: FloatArray


def extra_radiation_wm2(day_of_year: FloatArray | float) -> FloatArray:
    """Spencer (1971), as pvlib's `get_extra_radiation(method='spencer')`."""
    b = 2.0 * np.pi * (np.asarray(day_of_year, dtype=float) - 1.0) / 365.0
    return SOLAR_CONSTANT_WM2 * (
        1.00011 + 0.034221 * np.cos(b) + 0.00128 * np.sin(b) + 0.000719 * np.cos(2 * b) + 0.000077 * np.sin(2 * b)
    )


def day_of_year(unix_s: FloatArray) -> FloatArray:
    days = np.floor(np.asarray(unix_s, dtype=float) / 86400.0).astype("datetime64[D]")
    years = days.astype("datetime64[Y]")
    day: FloatArray = (days - years).astype(np.float64) + 1.0
    return day


def relative_airmass(apparent_zenith_deg: FloatArray) -> FloatArray:
    """Kasten & Young (1989); NaN with the sun below the horizon."""
    z = np.asarray(apparent_zenith_deg, dtype=float)
    with np.errstate(invalid="ignore"):
        am = 1.0 / (np.cos(np.radians(z)) + 0.50572 * (96.07995 - z) ** -1.6364)
    return np.where(z > 90.0, np.nan, am)


def ineichen(
    apparent_zenith_deg: FloatArray,
    altitude_m: float | FloatArray,
    dni_extra_wm2: FloatArray,
    linke_turbidity: float | FloatArray = DEFAULT_LINKE_TURBIDITY,
) -> ClearSky:
    """Ineichen & Perez (2002) without the Perez enhancement factor (horizon artefacts)."""
    z = np.asarray(apparent_zenith_deg, dtype=float)
    h = np.asarray(altitude_m, dtype=float)
    tl = np.asarray(linke_turbidity, dtype=float)
    cos_z = np.cos(np.radians(z))
    is_up = cos_z > 0
    am = relative_airmass(z)
    ama = np.where(is_up, np.nan_to_num(am) * pressure_hpa_from_altitude(h) * 100.0 / 101325.0, 0.0)
    fh1 = np.exp(-h / 8000.0)
    fh2 = np.exp(-h / 1250.0)
    cg1 = 5.09e-5 * h + 0.868
    cg2 = 3.92e-5 * h + 0.0387
    safe_cos = np.where(is_up, cos_z, 1.0)
    ghi = cg1 * dni_extra_wm2 * safe_cos * np.exp(-cg2 * ama * (fh1 + fh2 * (tl - 1.0)))
    ghi = np.minimum(ghi, MAX_CLEARNESS * dni_extra_wm2 * safe_cos)
    b = 0.664 + 0.163 / fh1
    bnci = b * dni_extra_wm2 * np.exp(-0.09 * ama * (tl - 1.0))
    bnci_2 = ghi * np.clip((1.0 - (0.1 - 0.2 * np.exp(-tl)) / (0.1 + 0.882 / fh1)) / safe_cos, 0.0, 1e20)
    dni = np.minimum(bnci, bnci_2)
    ghi = np.where(is_up, np.maximum(ghi, 0.0), 0.0)
    dni = np.where(is_up, np.maximum(dni, 0.0), 0.0)
    dhi = np.where(is_up, np.maximum(ghi - dni * cos_z, 0.0), 0.0)
    return ClearSky(ghi_wm2=ghi, dni_wm2=dni, dhi_wm2=dhi)


def haurwitz_ghi_wm2(apparent_zenith_deg: FloatArray) -> FloatArray:
    """Haurwitz (1945): zenith only; used when the site's altitude or turbidity is unknown."""
    cos_z = np.cos(np.radians(np.asarray(apparent_zenith_deg, dtype=float)))
    safe = np.where(cos_z > 0.01, cos_z, 1.0)  # below ~0.6° elevation exp(-0.059/cosZ) overflows to noise (pvlib #363)
    return np.where(cos_z > 0.01, 1098.0 * safe * np.exp(-0.059 / safe), 0.0)


def erbs_split(ghi_wm2: FloatArray, zenith_deg: FloatArray, dni_extra_wm2: FloatArray) -> ClearSky:
    """Erbs et al. (1982): diffuse fraction from the clearness index, to split a GHI into DNI and DHI."""
    ghi = np.asarray(ghi_wm2, dtype=float)
    cos_z = np.cos(np.radians(np.asarray(zenith_deg, dtype=float)))
    is_up = (cos_z > 0.01) & (ghi > 0)
    safe_cos = np.where(is_up, cos_z, 1.0)
    kt = np.clip(np.where(is_up, ghi / (dni_extra_wm2 * safe_cos), 0.0), 0.0, 1.0)
    df = np.where(
        kt <= 0.22,
        1.0 - 0.09 * kt,
        np.where(kt <= 0.80, 0.9511 - 0.1604 * kt + 4.388 * kt**2 - 16.638 * kt**3 + 12.336 * kt**4, 0.165),
    )
    dhi = np.where(is_up, ghi * df, 0.0)
    dni = np.where(is_up, (ghi - dhi) / safe_cos, 0.0)
    return ClearSky(ghi_wm2=np.where(is_up, ghi, 0.0), dni_wm2=dni, dhi_wm2=dhi)


def haurwitz(apparent_zenith_deg: FloatArray, dni_extra_wm2: FloatArray) -> ClearSky:
    """The fallback clear sky: Haurwitz GHI split by Erbs; for sites whose altitude or turbidity is unknown."""
    return erbs_split(haurwitz_ghi_wm2(apparent_zenith_deg), apparent_zenith_deg, dni_extra_wm2)
