"""How cautious the forecast is: a lab without a controller, a silent controller, and runs of days."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np

from app.energy.forecast import forecast, learn_cloud_model
from app.energy.site import ControllerKind, SiteSettings

SITE = SiteSettings(latitude_deg=12.64, longitude_deg=-8.0, altitude_m=350, timezone="Africa/Bamako")
START = datetime(2026, 1, 15, 0, tzinfo=timezone.utc).timestamp()
DAY = 96


def _daily(values: np.ndarray) -> np.ndarray:
    return values.reshape(-1, DAY).sum(axis=1) / 4.0


def test_a_lab_without_a_controller_is_not_treated_as_a_silent_one() -> None:
    model = learn_cloud_model(SITE, [])
    manual = forecast(SITE, model, START, DAY, 15.0, last_reading_s=None)
    wired = forecast(replace(SITE, controller=ControllerKind.VEDIRECT.value), model, START, DAY, 15.0,
                     last_reading_s=None)
    assert manual.is_controller_silent and wired.is_controller_silent
    assert np.allclose(wired.cautious_w * 2, manual.cautious_w)  # only a controller that fell silent halves it


def test_the_cautious_running_total_follows_the_square_root_rule() -> None:
    model = learn_cloud_model(SITE, [])
    fc = forecast(SITE, model, START, 7 * DAY, 15.0)
    clear, median, low = _daily(fc.clear_w), _daily(fc.expected_w), _daily(fc.cautious_w)
    shortfall = (median - low) / clear  # per day, as a share of the clear sky
    expected = 0.7 - 0.35  # the cold-start median and low quantile
    assert np.allclose(shortfall[:2], expected, atol=1e-6)
    assert np.allclose(shortfall[2:], [expected * (np.sqrt(n + 1) - np.sqrt(n)) for n in range(1, 6)], atol=1e-6)
    assert np.all(np.diff(low[1:]) > 0) and np.all(low <= median)
