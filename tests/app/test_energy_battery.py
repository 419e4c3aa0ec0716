from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from app.energy.battery import BatterySpec, SocEstimator, soc_from_rest_voltage, usable_energy_wh
from app.energy.readings import ChargeState, Reading, ReadingError, latest_reading, load_readings, store_reading
from app.energy.site import SiteSettings
from app.services import Services

SPEC = BatterySpec.from_site(SiteSettings(battery_capacity_wh=1200, system_voltage_v=12, battery_reserve_pct=50))


def test_usable_energy_above_reserve() -> None:
    assert usable_energy_wh(SPEC, 75) == pytest.approx(0.25 * 1200 * 0.95)
    assert usable_energy_wh(SPEC, 40) == 0


def test_coulomb_counting_with_charge_efficiency() -> None:
    est = SocEstimator(SPEC, 50)
    est.update(10.0, 12.6, 3600)  # 10 A for an hour into 100 Ah at 95 %
    assert est.soc_pct == pytest.approx(59.5)


def test_peukert_drains_faster_at_high_current() -> None:
    slow, fast = SocEstimator(SPEC, 80), SocEstimator(SPEC, 80)
    slow.update(-5.0, 12.3, 3600)
    fast.update(-25.0, 12.0, 720)  # same amp-hours, five times the current
    assert fast.soc_pct < slow.soc_pct


def test_resync_at_full_charge() -> None:
    est = SocEstimator(SPEC, 80)
    for _ in range(4):
        est.update(2.0, 14.1, 60)  # tail current 2 A < 4 % of 100 Ah, absorption voltage
    assert est.soc_pct == 100 and est.last_resync == "full charge"


def test_resync_from_resting_voltage() -> None:
    est = SocEstimator(SPEC, 90)
    for _ in range(4):
        est.update(0.0, 12.2, 3600)
    assert est.soc_pct == pytest.approx(50) and est.last_resync == "resting voltage"


def test_lfp_flat_region_is_not_trusted() -> None:
    lfp = BatterySpec.from_site(SiteSettings(battery_chemistry="lfp", battery_reserve_pct=20))
    assert soc_from_rest_voltage(lfp, 13.25) is None
    assert soc_from_rest_voltage(lfp, 12.0) == pytest.approx(5)


def test_readings_are_stored_and_bad_ones_never(services: Services) -> None:
    at = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)
    good = Reading(at_utc=at, source="manual", pv_w=120, battery_v=13.1, soc_pct=70, charge_state=ChargeState.BULK)
    store_reading(services.session_factory, good)
    for bad in (replace(good, soc_pct=130), replace(good, pv_w=float("nan")),
                replace(good, at_utc=at.replace(tzinfo=None))):
        with pytest.raises(ReadingError):
            store_reading(services.session_factory,
                          replace(bad, at_utc=bad.at_utc + timedelta(minutes=1)) if bad.at_utc.tzinfo else bad)
    stored = load_readings(services.session_factory)
    assert len(stored) == 1 and stored[0].pv_w == 120 and stored[0].charge_state is ChargeState.BULK
    latest = latest_reading(services.session_factory)
    assert latest is not None and latest.at_utc == at
