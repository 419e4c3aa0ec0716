from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np
import pytest

from app.energy.clearsky import extra_radiation_wm2, haurwitz_ghi_wm2, ineichen, relative_airmass
from app.energy.forecast import PvSample, forecast, learn_cloud_model
from app.energy.poa import poa_irradiance_wm2
from app.energy.pv import clear_sky_pv_slots_w, local_hours
from app.energy.site import SiteError, SiteSettings, validate_site

NAIROBI = SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, altitude_m=1795, timezone="Africa/Nairobi",
                       panels_wp=200, tilt_deg=10, panel_azimuth_deg=0)


def test_ineichen_at_zenith_30_deg_matches_hand_calculation() -> None:
    sky = ineichen(np.array([30.0]), 0.0, np.array([1366.1]), 3.0)
    am = relative_airmass(np.array([30.0]))[0]
    ghi = 0.868 * 1366.1 * np.cos(np.radians(30)) * np.exp(-0.0387 * am * (1 + 1 * 2))
    assert sky.ghi_wm2[0] == pytest.approx(ghi, rel=1e-6)  # standard pressure at sea level, to 6 digits
    assert sky.dhi_wm2[0] == pytest.approx(sky.ghi_wm2[0] - sky.dni_wm2[0] * np.cos(np.radians(30)), abs=1e-9)


def test_night_is_exactly_zero() -> None:
    sky = ineichen(np.array([95.0, 120.0]), 500.0, np.array([1366.0, 1366.0]))
    assert np.all(sky.ghi_wm2 == 0) and np.all(sky.dni_wm2 == 0) and np.all(sky.dhi_wm2 == 0)
    assert np.all(haurwitz_ghi_wm2(np.array([91.0, 180.0])) == 0)


def test_extra_radiation_peaks_in_january() -> None:
    assert extra_radiation_wm2(3) > extra_radiation_wm2(185) + 80


def test_poa_flat_panel_is_ghi_and_sun_behind_panel_leaves_diffuse() -> None:
    flat = poa_irradiance_wm2(tilt_deg=0, panel_azimuth_deg=180, sun_zenith_deg=np.array([40.0]),
                              sun_azimuth_deg=np.array([90.0]), ghi_wm2=np.array([700.0]),
                              dni_wm2=np.array([800.0]), dhi_wm2=np.array([87.2]))
    assert flat[0] == pytest.approx(700.0 * 0 + 800 * np.cos(np.radians(40)) + 87.2, rel=1e-9)
    behind = poa_irradiance_wm2(tilt_deg=60, panel_azimuth_deg=180, sun_zenith_deg=np.array([80.0]),
                                sun_azimuth_deg=np.array([0.0]), ghi_wm2=np.array([100.0]),
                                dni_wm2=np.array([300.0]), dhi_wm2=np.array([48.0]), albedo=0.2)
    assert behind[0] == pytest.approx(48.0 * (1 + 0.5) / 2 + 100 * 0.2 * (1 - 0.5) / 2, rel=1e-9)


def test_daily_clear_sky_yield_is_plausible_and_zero_in_polar_night() -> None:
    start = datetime(2025, 3, 3, 0, 0, tzinfo=timezone.utc).timestamp()
    pv = clear_sky_pv_slots_w(NAIROBI, start, 96, 15.0)
    kwh = pv.sum() * 0.25 / 1000
    assert 0.8 < kwh < 1.5  # 200 Wp near the equator
    arctic = replace(NAIROBI, latitude_deg=78.2, longitude_deg=15.6, timezone="Arctic/Longyearbyen",
                     panel_azimuth_deg=180)
    winter = clear_sky_pv_slots_w(arctic, datetime(2024, 12, 21, tzinfo=timezone.utc).timestamp(), 96, 15.0)
    assert np.all(winter == 0)


def test_local_hours_follow_daylight_saving() -> None:
    t_winter = datetime(2025, 1, 15, 12, 0, tzinfo=timezone.utc).timestamp()
    t_summer = datetime(2025, 7, 15, 12, 0, tzinfo=timezone.utc).timestamp()
    hours = local_hours("Europe/Paris", np.array([t_winter, t_summer]))
    assert hours.tolist() == [13.0, 14.0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"latitude_deg": 91.0}, "Latitude"),
        ({"timezone": "Mars/Olympus"}, "time zone"),
        ({"battery_capacity_wh": 0.0}, "Wh"),
        ({"battery_capacity_wh": 5e9}, "Wh"),
        ({"battery_reserve_pct": 120.0}, "reserve"),
        ({"panels_wp": float("nan")}, "not a number"),
        ({"clear_sky_model": "guess"}, "clear-sky"),
    ],
)
def test_bad_sites_get_clear_messages(change: dict[str, object], message: str) -> None:
    with pytest.raises(SiteError, match=message):
        validate_site(replace(NAIROBI, **change))  # type: ignore[arg-type]


def test_forecast_learns_cloudiness_and_ignores_float_samples() -> None:
    from app.energy.pv import clear_sky_pv_w

    start = datetime(2025, 1, 1, tzinfo=timezone.utc).timestamp()
    times = start + 900.0 * np.arange(96 * 30)
    clear = clear_sky_pv_w(NAIROBI, times)
    rng = np.random.default_rng(4)
    k = rng.uniform(0.3, 0.6, size=times.size)
    samples = [PvSample(float(t), float(c * kk), False) for t, c, kk in zip(times, clear, k, strict=True)]
    # Float-stage samples read low because the battery is full: they must not drag the forecast down.
    samples += [PvSample(float(t) + 1, float(c * 0.05), True) for t, c in zip(times, clear, strict=True)]
    model = learn_cloud_model(NAIROBI, samples)
    assert not model.is_cold_start
    fc = forecast(NAIROBI, model, times[-1] + 900, 96, 15.0, k_now=None, last_reading_s=times[-1])
    day = fc.clear_w > 50
    ratio = fc.expected_w[day] / fc.clear_w[day]
    assert np.all(ratio > 0.38) and np.all(ratio < 0.52)  # the median of k ~ U(0.3, 0.6), not the float readings
    assert np.all(fc.cautious_w <= fc.expected_w + 1e-9)


def test_silent_controller_makes_forecast_more_cautious() -> None:
    model = learn_cloud_model(NAIROBI, [])
    start = datetime(2025, 3, 3, 3, tzinfo=timezone.utc).timestamp()
    fresh = forecast(NAIROBI, model, start, 96, 15.0, k_now=0.9, last_reading_s=start - 60)
    silent = forecast(NAIROBI, model, start, 96, 15.0, k_now=0.9, last_reading_s=start - 3 * 3600)
    assert silent.is_controller_silent and not fresh.is_controller_silent
    assert np.all(silent.cautious_w <= fresh.cautious_w + 1e-9)
    assert silent.cautious_w.sum() < fresh.cautious_w.sum()


def test_haurwitz_fallback_is_close_to_ineichen_in_ordinary_air() -> None:
    from app.energy.clearsky import haurwitz

    z = np.array([20.0, 45.0, 70.0, 100.0])
    extra = np.full(4, 1366.1)
    fallback = haurwitz(z, extra)
    reference = ineichen(z, 0.0, extra, 3.0)
    assert fallback.ghi_wm2[3] == 0 and fallback.dni_wm2[3] == 0
    assert np.allclose(fallback.ghi_wm2[:3], reference.ghi_wm2[:3], rtol=0.15)
    closure = fallback.dni_wm2 * np.cos(np.radians(z)) + fallback.dhi_wm2
    assert np.allclose(closure[:3], fallback.ghi_wm2[:3])
    site = replace(NAIROBI, clear_sky_model="haurwitz")
    start = datetime(2025, 3, 3, 0, 0, tzinfo=timezone.utc).timestamp()
    assert clear_sky_pv_slots_w(site, start, 96, 15.0).sum() > 0
