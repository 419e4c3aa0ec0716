"""The packaged monthly Linke turbidity climatology and its effect on the forecast."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from importlib import resources

import numpy as np
import pytest

from app.energy.pv import clear_sky_pv_slots_w
from app.energy.site import SiteError, SiteSettings, validate_site
from app.energy.turbidity import GRID_FILE, linke_turbidity_at, monthly_linke_turbidity
from app.energy.turbidity_model import build_grid


def test_the_packaged_grid_is_small_and_is_what_the_model_builds() -> None:
    raw = (resources.files("assets") / GRID_FILE).read_bytes()
    assert len(raw) < 100_000
    assert raw == build_grid().tobytes()


@pytest.mark.parametrize(
    ("place", "lat", "lon", "alt", "low", "high"),
    [
        ("Niamey", 13.51, 2.11, 207, 4.0, 6.5),
        ("Bamako", 12.64, -8.0, 350, 4.0, 6.5),
        ("Singapore", 1.35, 103.8, 15, 3.3, 5.0),
        ("Kumasi", 6.69, -1.62, 250, 3.3, 5.5),
        ("Paris", 48.85, 2.35, 35, 2.5, 4.5),
        ("Geneva", 46.2, 6.15, 400, 2.5, 4.5),
    ],
)
def test_monthly_values_are_plausible(place: str, lat: float, lon: float, alt: float, low: float, high: float) -> None:
    tl = monthly_linke_turbidity(lat, lon, alt)
    assert tl.shape == (12,)
    assert np.all(tl >= low) and np.all(tl <= high), (place, tl.round(1))


def test_sahel_is_dustiest_before_the_rains_and_temperate_skies_are_hazier_in_summer() -> None:
    niamey = monthly_linke_turbidity(13.51, 2.11, 207)
    assert niamey[3] > niamey[9] + 0.5  # April dust vs October after the rains
    paris = monthly_linke_turbidity(48.85, 2.35, 35)
    assert paris[6] > paris[0]


def test_altitude_clears_the_sky() -> None:
    assert np.all(monthly_linke_turbidity(-1.29, 36.82, 1795) < monthly_linke_turbidity(-1.29, 36.82, 0))


def test_days_between_months_interpolate_and_december_wraps() -> None:
    monthly = monthly_linke_turbidity(13.51, 2.11, 207)
    assert linke_turbidity_at(13.51, 2.11, 207, 15.5) == pytest.approx(monthly[0])
    assert min(monthly[11], monthly[0]) <= linke_turbidity_at(13.51, 2.11, 207, 365.0) <= max(monthly[11], monthly[0])


def test_a_new_site_forecasts_with_the_climatology() -> None:
    site = SiteSettings(latitude_deg=13.51, longitude_deg=2.11, altitude_m=207, timezone="Africa/Niamey")
    assert site.linke_turbidity == 0.0
    validate_site(site)
    start = datetime(2026, 4, 15, 0, tzinfo=timezone.utc).timestamp()
    climatology = clear_sky_pv_slots_w(site, start, 96, 15.0).sum()
    fixed = clear_sky_pv_slots_w(replace(site, linke_turbidity=3.0), start, 96, 15.0).sum()
    assert climatology < 0.95 * fixed  # April dust: TL about 6, well above 3
    clean = replace(site, latitude_deg=46.2, longitude_deg=6.15, altitude_m=400, timezone="Europe/Zurich")
    winter = datetime(2026, 1, 15, 0, tzinfo=timezone.utc).timestamp()
    ratio = clear_sky_pv_slots_w(clean, winter, 96, 15.0).sum() / clear_sky_pv_slots_w(
        replace(clean, linke_turbidity=3.0), winter, 96, 15.0).sum()
    assert 0.97 < ratio < 1.05


def test_turbidity_outside_the_model_range_is_refused_with_the_way_out() -> None:
    with pytest.raises(SiteError, match="use 0 for the month's usual value"):
        validate_site(SiteSettings(linke_turbidity=0.5))
