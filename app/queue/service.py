"""The lab's own plan: site settings + stored readings + learned forecast + the queue → a saved plan."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from app.energy.pv import site_load_slots_w, staffed_slots
from app.energy.state import SLOT_MIN, EnergyNow, energy_now
from app.queue.model import BatteryState, Plan, PlanInput
from app.queue.planner import Planner
from app.queue.store import list_jobs, printer_names, save_plan
from app.services import Services


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
