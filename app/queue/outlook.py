"""The battery outlook of a running print, for the dispatcher's pause ladder."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.queue.dispatch import Outlook, outlook_for
from app.queue.model import PlanInput, PlanJob
from app.queue.planner import Planner, job_profile_w

LOOKAHEAD_H = 24.0  # "tonight" and the morning after


def running_outlook(inp: PlanInput, job: PlanJob, remaining_fraction: float, *, reheat_wh: float = 20.0) -> Outlook:
    """Cautious outlook if `job` (running, `remaining_fraction` left) prints to the end, with only the
    lab's other loads and other running jobs in `inp`."""
    remaining_fraction = float(np.clip(remaining_fraction, 0.0, 1.0))
    remaining_min = job.duration_min * remaining_fraction
    full = job_profile_w(job, inp.slot_min)
    # The heat-up is behind a running job: keep the tail of the profile.
    keep = max(1, int(np.ceil(len(full) * remaining_fraction)))
    tail = tuple(full[-keep:].tolist())
    running = replace(job, duration_min=max(remaining_min, 1.0), profile_w=tail, is_running=True)
    others = tuple(j for j in inp.jobs if j.is_running and j.id != job.id)
    planner = Planner(replace(inp, jobs=(running, *others)))
    plan = planner.plan()
    n = min(len(plan.soc_pct), max(1, int(LOOKAHEAD_H * 60 / inp.slot_min)))
    remaining_wh = float(np.sum(tail)) * inp.slot_min / 60.0
    return outlook_for(
        soc_now_pct=inp.battery.soc_pct,
        capacity_wh=inp.battery.capacity_wh,
        reserve_pct=inp.battery.reserve_pct,
        remaining_wh=remaining_wh,
        remaining_min=remaining_min,
        remaining_fraction=remaining_fraction,
        min_soc_if_continue_pct=float(min(plan.soc_pct[:n])),
        reheat_wh=reheat_wh,
        discharge_efficiency=inp.battery.discharge_efficiency,
    )
