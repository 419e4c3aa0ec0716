from __future__ import annotations

from datetime import datetime, timezone

from app.energy.readings import load_readings
from app.energy.sim_charger import SimChargerConfig, SimulatedCharger
from app.services import Services
from tests.app.energy_helpers import ReadingCollector


def test_monitor_reads_the_simulated_charger_and_stores(services: Services) -> None:
    collector = ReadingCollector(3)
    services.energy.store_every_s = 0.0
    config = SimChargerConfig(interval_s=0.05, time_scale=60.0)
    with SimulatedCharger(config, now_utc=lambda: datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)) as sim:
        services.energy.start(sim.port_path, "vedirect", collector.callbacks())
        assert collector.wait(10)
        services.energy.stop()
    assert not services.energy.is_running
    assert len(load_readings(services.session_factory)) >= 3


def test_estimator_fills_in_soc_for_an_mppt(services: Services) -> None:
    from app.energy.battery import BatterySpec, SocEstimator
    from app.energy.site import SiteSettings

    collector = ReadingCollector(4)
    estimator = SocEstimator(BatterySpec.from_site(SiteSettings()), 60.0)
    config = SimChargerConfig(interval_s=0.05, time_scale=600.0)
    with SimulatedCharger(config, now_utc=lambda: datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)) as sim:
        services.energy.start(sim.port_path, "vedirect", collector.callbacks(), estimator=estimator, other_load_w=10.0)
        assert collector.wait(10)
        services.energy.stop()
    got = collector.readings
    assert all(r.soc_pct is not None for r in got)
    assert got[-1].soc_pct >= 60.0  # charging at noon
