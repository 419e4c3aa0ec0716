"""A waiting job's priority and "needed by" deadline, changed after it was queued, steer the next plan."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.energy.overview import add_manual_reading, save_site
from app.energy.site import SiteSettings
from app.queue.store import QueueError, add_job, list_jobs, set_terms
from app.queue.timeline import build_timeline
from app.services import Services

SITE = SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, altitude_m=1795, timezone="Africa/Nairobi",
                    panels_wp=400, tilt_deg=10, panel_azimuth_deg=0, battery_capacity_wh=1200, battery_reserve_pct=40)


def _starts(services: Services) -> dict[object, datetime]:
    timeline = build_timeline(services.session_factory, services.settings, services.profiles)
    return {a.job: a.start_utc for a in timeline.plan.assignments}


def test_a_raised_priority_prints_first(services: Services) -> None:
    save_site(services.settings, SITE)
    add_manual_reading(services.session_factory, soc_pct=90, pv_w=None, battery_v=12.8)
    first = add_job(services.session_factory, name="frame A", duration_min=90, energy_wh=120, peak_w=200)
    second = add_job(services.session_factory, name="frame B", duration_min=90, energy_wh=120, peak_w=200)
    before = _starts(services)
    assert before[first] < before[second]  # one printer: the older job of equal priority goes first

    set_terms(services.session_factory, second, 5, None)

    after = _starts(services)
    assert after[second] < after[first]
    assert {j.id: j.priority for j in list_jobs(services.session_factory)}[second] == 5


def test_a_deadline_is_kept_and_cleared(services: Services) -> None:
    save_site(services.settings, SITE)
    job = add_job(services.session_factory, name="frame A", duration_min=60, energy_wh=80, peak_w=200)
    needed_by = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=2)

    set_terms(services.session_factory, job, 0, needed_by)
    assert list_jobs(services.session_factory)[0].deadline_utc == needed_by

    set_terms(services.session_factory, job, 0, None)
    assert list_jobs(services.session_factory)[0].deadline_utc is None


def test_a_deadline_too_soon_leaves_the_job_unplanned_with_its_reason(services: Services) -> None:
    save_site(services.settings, SITE)
    job = add_job(services.session_factory, name="frame A", duration_min=180, energy_wh=200, peak_w=200)
    set_terms(services.session_factory, job, 0, datetime.now(timezone.utc) + timedelta(minutes=30))

    timeline = build_timeline(services.session_factory, services.settings, services.profiles)

    assert timeline.plan.assignment_for(job) is None
    assert "deadline" in timeline.plan.unscheduled[0].reason


@pytest.mark.parametrize("priority", [-101, 101])
def test_a_priority_out_of_range_is_refused(services: Services, priority: int) -> None:
    job = add_job(services.session_factory, name="frame A", duration_min=60, energy_wh=80, peak_w=200)
    with pytest.raises(QueueError, match="outside -100…100"):
        set_terms(services.session_factory, job, priority, None)


def test_an_unknown_job_is_named(services: Services) -> None:
    with pytest.raises(QueueError, match="no job 42"):
        set_terms(services.session_factory, 42, 1, None)
