from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from app.energy.overview import add_manual_reading, energy_overview, load_site, save_site
from app.energy.site import SiteSettings
from app.queue.store import JobState, add_job, list_jobs
from app.queue.timeline import build_timeline, pin_job, reorder_jobs
from app.services import Services

NOW = datetime(2025, 3, 3, 4, 7, tzinfo=timezone.utc)
SITE = SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, altitude_m=1795, timezone="Africa/Nairobi",
                    panels_wp=400, tilt_deg=10, panel_azimuth_deg=0, battery_capacity_wh=1200, battery_reserve_pct=50)


def test_lab_plan_from_settings_readings_and_queue(services: Services) -> None:
    save_site(services.settings, SITE)
    assert load_site(services.settings) == SITE
    add_manual_reading(services.session_factory, soc_pct=80, pv_w=None, battery_v=12.8)
    first = add_job(services.session_factory, name="frame A", duration_min=50, energy_wh=95, peak_w=250, priority=2)
    second = add_job(services.session_factory, name="frame B", duration_min=45, energy_wh=85, peak_w=250)
    overview = energy_overview(services.session_factory, services.settings, datetime.now(timezone.utc))
    assert overview.latest is not None and overview.soc_pct == 80 and overview.usable_wh > 0
    timeline = build_timeline(
        services.session_factory, services.settings, services.profiles, datetime.now(timezone.utc)
    )
    assert {a.job for a in timeline.plan.assignments} == {first, second}
    assert all(j.state is JobState.PLANNED and j.plan_reason for j in list_jobs(services.session_factory))
    reorder_jobs(services.session_factory, [second, first])
    assert {j.id: j.priority for j in list_jobs(services.session_factory)} == {second: 2, first: 1}
    when = timeline.plan.start_utc + timedelta(hours=30)
    pin_job(services.session_factory, first, when, None)
    again = build_timeline(services.session_factory, services.settings, services.profiles, datetime.now(timezone.utc))
    pinned = again.plan.assignment_for(first)
    assert pinned is not None and pinned.is_pinned and pinned.start_utc == when


def test_no_soc_reading_plans_from_the_reserve(services: Services) -> None:
    save_site(services.settings, replace(SITE, battery_reserve_pct=60))
    overview = energy_overview(services.session_factory, services.settings, NOW)
    assert overview.soc_pct == 60 and overview.is_silent and "assuming" in overview.soc_note


def test_stale_soc_reading_is_discounted(services: Services) -> None:
    from app.energy.readings import Reading, store_reading

    save_site(services.settings, SITE)
    store_reading(services.session_factory, Reading(NOW - timedelta(hours=5), "manual", soc_pct=80))
    overview = energy_overview(services.session_factory, services.settings, NOW)
    assert overview.soc_pct == 70 and "ago" in overview.soc_note  # 2 %/h assumed drain over 5 h
