"""The lab's own plan: site settings + stored readings + learned forecast + the queue → a saved plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from app.energy.forecast import Forecast, PvSample, forecast, learn_cloud_model, recent_index
from app.energy.pv import site_load_slots_w, staffed_slots
from app.energy.readings import Reading, load_readings
from app.energy.site import SiteSettings, validate_site
from app.queue.model import BatteryState, Plan, PlanInput
from app.queue.planner import Planner
from app.queue.store import list_jobs, printer_names, save_plan
from app.queue.scenario import HORIZON_DAYS
from app.services import Services

SLOT_MIN = 15.0
HISTORY_DAYS = 30
# Without a fresh state of charge the planner assumes the battery drained at this rate since the last one.
UNKNOWN_DRAIN_PCT_PER_H = 2.0


@dataclass(frozen=True)
class EnergyNow:
    site: SiteSettings
    latest: Reading | None
    soc_pct: float
    soc_note: str
    forecast: Forecast
    start_utc: datetime


def slot_floor(now: datetime) -> datetime:
    now = now.astimezone(UTC)
    return now.replace(minute=(now.minute // 15) * 15, second=0, microsecond=0)


def energy_now(services: Services, now: datetime | None = None) -> EnergyNow:
    site = services.settings.load(SiteSettings)
    validate_site(site)
    now = now or datetime.now(UTC)
    start = slot_floor(now)
    readings = load_readings(services.session_factory, since_utc=now - timedelta(days=HISTORY_DAYS))
    samples = [PvSample(r.at_utc.timestamp(), r.pv_w, r.is_censored) for r in readings if r.pv_w is not None]
    model = learn_cloud_model(site, samples)
    latest = readings[-1] if readings else None
    k_now = recent_index(site, samples, now.timestamp())
    fc = forecast(
        site, model, start.timestamp(), int(HORIZON_DAYS * 1440 / SLOT_MIN), SLOT_MIN,
        k_now=k_now, last_reading_s=latest.at_utc.timestamp() if latest else None,
    )
    soc, note = _soc_estimate(site, readings, now)
    return EnergyNow(site, latest, soc, note, fc, start)


def _soc_estimate(site: SiteSettings, readings: list[Reading], now: datetime) -> tuple[float, str]:
    with_soc = [r for r in readings if r.soc_pct is not None]
    if not with_soc:
        # No measurement at all: assume the battery sits at its reserve, so nothing is planned on hope.
        return site.battery_reserve_pct, "no state of charge measured yet: assuming the reserve"
    last = with_soc[-1]
    age_h = max(0.0, (now - last.at_utc).total_seconds() / 3600.0)
    soc = float(last.soc_pct)  # type: ignore[arg-type]
    if age_h > 0.25:
        soc = max(0.0, soc - UNKNOWN_DRAIN_PCT_PER_H * age_h)
        return soc, f"last measured {age_h:.1f} h ago: assuming {UNKNOWN_DRAIN_PCT_PER_H:.0f} %/h drain since"
    return soc, "measured"


def build_lab_input(services: Services, now: datetime | None = None) -> tuple[PlanInput, EnergyNow]:
    state = energy_now(services, now)
    site = state.site
    n = len(state.forecast.cautious_w)
    start_s = state.start_utc.timestamp()
    printers = tuple(printer_names(services.session_factory)) or ("printer",)
    jobs = tuple(j.to_plan_job() for j in list_jobs(services.session_factory))
    inp = PlanInput(
        start_utc=state.start_utc,
        slot_min=SLOT_MIN,
        pv_cautious_w=np.asarray(state.forecast.cautious_w),
        pv_expected_w=np.asarray(state.forecast.expected_w),
        load_w=site_load_slots_w(site, start_s, n, SLOT_MIN),
        battery=BatteryState(
            capacity_wh=site.battery_capacity_wh,
            soc_pct=state.soc_pct,
            reserve_pct=site.battery_reserve_pct,
            charge_efficiency=site.charge_efficiency,
            discharge_efficiency=site.discharge_efficiency,
            max_charge_w=site.controller_max_a * site.system_voltage_v if site.controller_max_a > 0 else float("inf"),
            max_discharge_w=site.max_discharge_w if site.max_discharge_w > 0 else float("inf"),
        ),
        printers=printers,
        jobs=jobs,
        start_ok=staffed_slots(site, start_s, n, SLOT_MIN),
        timezone=site.timezone,
    )
    return inp, state


def plan_lab_queue(services: Services, now: datetime | None = None, *, is_saved: bool = True) -> tuple[Plan, EnergyNow]:
    inp, state = build_lab_input(services, now)
    plan = Planner(inp).plan()
    if is_saved:
        save_plan(services.session_factory, plan)
    return plan, state
