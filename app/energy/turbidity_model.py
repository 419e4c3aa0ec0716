"""How the packaged Linke turbidity climatology is made: a coarse regime model of aerosol and water vapour.

The SoDa/Remund (2003) monthly maps that pvlib uses are not shipped with Heliofab. Instead the
package carries `assets/linke_turbidity.bin`, written by `python -m app.energy.turbidity_model`:
a 5° × 5° grid, 12 months, of the two quantities that set the Linke turbidity, each as uint8:

- precipitable water w (cm, stored × 20): a zonal band around the rain belt (ITCZ), whose latitude
  follows the months (about 8° S in February, 14° N in August, as the West African monsoon), plus a
  mid-latitude term larger in the local summer; halved over the hot deserts;
- aerosol optical depth at 550 nm (stored × 200): a clean background, plus the regions whose seasons
  are well documented: Saharan and Sahelian dust (spring to early summer, and the Harmattan of
  December to March with the West African dry-season fires), Arabian dust, the Indo-Gangetic plain
  and eastern China, and the biomass-burning seasons of southern Africa, the Amazon and mainland
  South-East Asia.

The turbidity itself is computed at look-up time with the site's altitude by Ineichen's conversion
function (Solar Energy 82 (2008) 1095–1097, precise to about 0.12 TL against radiative transfer):
    TL = 0.8662·(3.91·e^(0.689/p)·τ550 + 0.376·ln w + 2 + 0.54/p − 0.5/p² + 0.16/p³),  p = e^(−h/8434.5)
Accuracy: the regime model is coarse. Against published monthly Remund values it is meant to land
within about ±0.7 TL (±5–8 % of clear-sky GHI at noon) in the regions above and worse at region edges,
on mountains and on small islands. That is enough for a first week: the forecast's learned system
factor (P95 of measured/clear-sky power, `app.energy.forecast.learn_cloud_model`) absorbs the
remaining bias once the site has two weeks of readings.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

GRID_DEG = 5.0
N_LAT = int(180 / GRID_DEG)
N_LON = int(360 / GRID_DEG)
WATER_SCALE = 20.0  # uint8 steps per cm of precipitable water
AOD_SCALE = 200.0  # uint8 steps per unit of aerosol optical depth

FloatArray = NDArray[np.float64]

# (south, north, west, east, base AOD, seasonal amplitude, month of the peak): regional aerosol loads.
_AEROSOL_REGIONS = (
    (10.0, 32.0, -20.0, 35.0, 0.20, 0.14, 5.0),  # Sahara and Sahel dust, strongest in spring and early summer
    (5.0, 18.0, -20.0, 30.0, 0.06, 0.10, 1.0),  # Harmattan dust and dry-season fires over the Sahel
    (12.0, 35.0, 35.0, 62.0, 0.28, 0.15, 6.0),  # Arabian Peninsula and Gulf dust
    (18.0, 32.0, 66.0, 92.0, 0.42, 0.12, 5.0),  # Indo-Gangetic plain
    (22.0, 42.0, 102.0, 122.0, 0.40, 0.08, 4.0),  # eastern China
    (-20.0, 0.0, 10.0, 40.0, 0.10, 0.20, 8.5),  # southern African fires, July–October
    (-15.0, 0.0, -65.0, -45.0, 0.08, 0.20, 9.0),  # Amazon fires, August–October
    (10.0, 22.0, 95.0, 108.0, 0.12, 0.18, 3.0),  # mainland South-East Asian fires, February–April
    (36.0, 60.0, -10.0, 40.0, 0.08, 0.04, 6.0),  # European haze, more in summer
    (30.0, 48.0, -95.0, -70.0, 0.08, 0.05, 7.0),  # eastern North American summer haze
)
# (south, north, west, east): hot deserts, where the air is drier than the zonal band says.
_DESERTS = (
    (18.0, 32.0, -17.0, 35.0),
    (15.0, 32.0, 35.0, 60.0),
    (-32.0, -20.0, 120.0, 145.0),
    (-28.0, -18.0, 12.0, 25.0),
    (-30.0, -15.0, -72.0, -68.0),
    (25.0, 37.0, -117.0, -105.0),
)


def grid_centres() -> tuple[FloatArray, FloatArray]:
    """Cell-centre latitudes (north to south is not used: south to north) and longitudes (west to east)."""
    lat = -90.0 + GRID_DEG * (np.arange(N_LAT, dtype=np.float64) + 0.5)
    lon = -180.0 + GRID_DEG * (np.arange(N_LON, dtype=np.float64) + 0.5)
    return lat, lon


def _soft_box(lat: FloatArray, lon: FloatArray, box: tuple[float, float, float, float],
              edge_deg: float = 3.0) -> FloatArray:
    """1 inside the box, falling to 0 over a few degrees outside: no cliffs at region edges."""
    south, north, west, east = box

    def ramp(x: FloatArray, lo: float, hi: float) -> FloatArray:
        return np.asarray(1.0 / (1.0 + np.exp(-(x - lo) / (edge_deg / 2))) / (1.0 + np.exp((x - hi) / (edge_deg / 2))))

    return ramp(lat, south, north) * ramp(lon, west, east)


def rain_belt_latitude(month: float) -> float:
    """Latitude of the tropical rain belt: about 8° S in February, 14° N in August."""
    return float(3.0 + 11.0 * np.cos(2.0 * np.pi * (month - 8.0) / 12.0))


def precipitable_water_cm(lat: FloatArray, lon: FloatArray, month: float) -> FloatArray:
    band = 4.2 * np.exp(-(((lat - rain_belt_latitude(month)) / 15.0) ** 2))
    summer_month = np.where(lat >= 0, 7.0, 1.0)
    summer = 0.5 + 0.5 * np.cos(2.0 * np.pi * (month - summer_month) / 12.0)
    mid = (0.6 + 1.4 * summer) * np.exp(-(((np.abs(lat) - 40.0) / 20.0) ** 2))
    dry = np.zeros_like(lat)
    for box in _DESERTS:
        dry = np.maximum(dry, _soft_box(lat, lon, box))
    return np.asarray((0.3 + band + mid) * (1.0 - 0.45 * dry))


def aerosol_optical_depth(lat: FloatArray, lon: FloatArray, month: float) -> FloatArray:
    aod = 0.06 + 0.10 * np.exp(-((lat / 30.0) ** 2))  # organic and sea-salt haze of the tropics; clean poles
    for south, north, west, east, base, amplitude, peak in _AEROSOL_REGIONS:
        seasonal = base + amplitude * np.cos(2.0 * np.pi * (month - peak) / 12.0)
        aod = aod + np.maximum(seasonal, 0.0) * _soft_box(lat, lon, (south, north, west, east))
    return np.asarray(aod)


def build_grid() -> NDArray[np.uint8]:
    """(2, 12, N_LAT, N_LON) uint8: [0] water × 20, [1] AOD550 × 200; rows south to north, columns west to east."""
    lat, lon = grid_centres()
    la, lo = np.meshgrid(lat, lon, indexing="ij")
    out = np.empty((2, 12, N_LAT, N_LON), dtype=np.uint8)
    for m in range(12):
        out[0, m] = np.clip(np.rint(precipitable_water_cm(la, lo, m + 1.0) * WATER_SCALE), 1, 255)
        out[1, m] = np.clip(np.rint(aerosol_optical_depth(la, lo, m + 1.0) * AOD_SCALE), 1, 255)
    return out


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "assets" / "linke_turbidity.bin"
    target.write_bytes(build_grid().tobytes())
    print(f"Wrote {target} ({target.stat().st_size} bytes).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
