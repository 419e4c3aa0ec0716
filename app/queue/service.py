"""The lab's own plan: site settings + stored readings + learned forecast + the queue → a saved plan."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from app.energy.pv import site_load_slots_w, staffed_slots
from app.energy.site import BatteryChemistry
from app.energy.state import SLOT_MIN, EnergyNow, energy_now
from app.queue.compat import misfit
from app.queue.model import BatteryState, Plan, PlanInput, PlanJob
from app.queue.planner import Planner
from app.queue.store import LabPrinter, QueueJob, lab_printers, list_jobs, save_plan
from printers.profiles import PrinterProfile, ProfileError, UnknownProfileError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore

NO_PROFILE_NOTE = (
    "It has no printer profile (queued by an older Heliofab), so any printer may take it; its file is "
    "checked against that printer's profile before the first line is sent."
)


def build_lab_input(
    session_factory: sessionmaker[Session], settings: SettingsStore, profiles: ProfileStore, now: datetime | None = None
) -> tuple[PlanInput, EnergyNow]:
    state = energy_now(session_factory, settings, now)
    site = state.site
    n = len(state.forecast.cautious_w)
    start_s = state.start_utc.timestamp()
    lab = lab_printers(session_factory)
    printers = tuple(p.name for p in lab) or ("printer",)
    lab_profiles = _printer_profiles(profiles, lab)
    jobs = tuple(plan_job(j, lab, lab_profiles, profiles) for j in list_jobs(session_factory))
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
            lowest_sound_reserve_pct=30.0 if site.battery_chemistry == BatteryChemistry.LEAD_ACID.value else 10.0,
            is_soc_assumed=state.is_soc_assumed,
        ),
        printers=printers,
        jobs=jobs,
        start_ok=staffed_slots(site, start_s, n, SLOT_MIN),
        timezone=site.timezone,
        panels_wp=site.panels_wp,
    )
    return inp, state


def plan_lab_queue(
    session_factory: sessionmaker[Session],
    settings: SettingsStore,
    profiles: ProfileStore,
    now: datetime | None = None,
    *,
    is_saved: bool = True,
) -> tuple[Plan, EnergyNow]:
    inp, state = build_lab_input(session_factory, settings, profiles, now)
    plan = Planner(inp).plan()
    if is_saved:
        save_plan(session_factory, plan)
    return plan, state


def _printer_profiles(store: ProfileStore, lab: list[LabPrinter]) -> dict[str, PrinterProfile]:
    """The profiles of the lab's printers; one that can't be read is left out (its printer then takes
    only jobs with no recorded profile, whose file is checked when it starts)."""
    found: dict[str, PrinterProfile] = {}
    for printer in lab:
        if printer.profile_id not in found:
            try:
                found[printer.profile_id] = store.printer(printer.profile_id)
            except (ProfileError, UnknownProfileError):
                continue
    return found


def plan_job(
    job: QueueJob, lab: list[LabPrinter], profiles: dict[str, PrinterProfile], store: ProfileStore
) -> PlanJob:
    """The job as the planner sees it, with the printers whose profile can take it."""
    if job.printer_profile_id is None:
        return job.to_plan_job(None, NO_PROFILE_NOTE)
    try:
        made_for = store.printer(job.printer_profile_id)
    except UnknownProfileError:
        return job.to_plan_job((), (
            f"it was made for the printer profile '{job.printer_profile_id}', which has been deleted: "
            "queue its file again for one of this lab's printers"
        ))
    if not lab:
        # The plan then has one stand-in printer; the file is still checked when it starts.
        return job.to_plan_job(None, (
            f"No printer is set up in this lab yet: set up the lab's printers with their profiles so that jobs "
            f"made for {made_for.name} go only to printers that can take them."
        ))
    readable = [p for p in lab if p.profile_id in profiles]
    allowed = tuple(p.name for p in readable if misfit(made_for, profiles[p.profile_id]) is None)
    required = next((p for p in readable if p.name == job.printer), None)
    if required is not None and required.name not in allowed:
        return job.to_plan_job(allowed, f"{misfit(made_for, profiles[required.profile_id])} ({made_for.name})")
    if allowed:
        return job.to_plan_job(allowed, "")
    if not readable:
        return job.to_plan_job((), (
            "the profiles of this lab's printers can't be read: check them in the slicing window's profile editor"
        ))
    first = readable[0]
    why = misfit(made_for, profiles[first.profile_id])
    return job.to_plan_job((), (
        f"no printer of this lab can take a job made for {made_for.name} ({first.name}: {why}); "
        "set up such a printer or slice it again for one of yours"
    ))
