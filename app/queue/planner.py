"""The solar-aware planner: greedy on slots with an exact battery check, and incremental re-planning.

Battery dynamics per slot (Wh), with net = PV − other loads − printers:
    g[t] = Δt·(η_c·min(max(net, 0), P_ch_max) − max(−net, 0)/η_d);   E[t+1] = min(E_max, E[t] + g[t])
With C[t] = Σ_{i<t} g[i] this is a walk reflected at E_max (the reserve is a constraint, not a
barrier): E[t] = E0 + C[t] − M[t], M[t] = max(0, max_{1≤k≤t}(E0 + C[k] − E_max)). An empty battery
is a barrier too: the charge controller's low-voltage disconnect cuts the loads, so in a slot that
would take the battery below 0 the gain is only −E[t] (the loads the battery cannot serve are shed).
That slot's net load is lowered to match, so the walk keeps the one-sided form above; a plan that
would need such a slot for a print is refused anyway, since the floor is never below 0.

Inserting a job on [s, e) only lowers g inside the window. Inside it we recompute C and M exactly
(a (starts × slots) numpy array for all starts at once); after it the new trajectory is
E'[t] = min(E0 + C[t] − D − A, E_max − (max_{e<k≤t} C[k] − C[t])), whose second branch is never below
the already-feasible old trajectory, so the whole future is checked in O(1) per start with a
suffix-minimum of C − floor. Feasibility uses the cautious PV forecast; the choice among feasible
starts uses the median forecast. The floor is the reserve, or (when the lab's own loads already
take the battery below the reserve) the trajectory without any new print: a plan never makes the
battery lower than it would be anyway.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import numpy as np
from numpy.typing import NDArray

from app.queue.model import (
    Assignment,
    FloatArray,
    JobKey,
    Plan,
    PlanInput,
    PlanInputError,
    PlanJob,
    Unscheduled,
)
from i18n import N_, _

# Cost weights (Wh): prefer direct sun over the battery (wear, losses) and earlier over later.
# Starts within this many Wh of the best margin count as equally good; the sunniest of them is named.
BEST_START_TIE_WH = 1.0
# Advice (what setting would make room) re-checks a job ~25 times; it is worked out for this many
# waiting and this many unscheduled jobs per full plan, the most important first, so a large queue
# stays within the planning time budget. A re-plan after a reading keeps the advice it had: the
# next full plan (every 15 minutes) works it out again.
ADVICE_JOBS = 2
# What the advice sentence is for: marked here, worded when the reason is.
GOAL_PRINT = N_("To print it")
GOAL_SOONER = N_("To start it sooner")
HALF_DAY_MIN = 720.0
BATTERY_WEIGHT = 0.2
EARLINESS_WH_PER_H = 0.5
STICKINESS_WH = 5.0  # keep a previous start on re-plans unless something is clearly better
_T = TypeVar("_T")
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))  # date.weekday() order


def job_profile_w(job: PlanJob, slot_min: float) -> FloatArray:
    """Mean power of the job in each slot it occupies; energy is conserved exactly."""
    n = max(1, math.ceil(job.duration_min / slot_min - 1e-9))
    dt_h = slot_min / 60.0
    if job.profile_w:
        prof = np.zeros(n)
        given = np.asarray(job.profile_w[:n], dtype=float)
        prof[: len(given)] = np.maximum(given, 0.0)
        return prof
    if job.energy_wh <= 0:
        return np.zeros(n)
    if n == 1:
        return np.array([job.energy_wh / dt_h])
    weights = np.ones(n - 1)
    last_fraction = job.duration_min / slot_min - (n - 1)
    weights[-1] = min(max(last_fraction, 1e-6), 1.0)
    first_wh = min(job.energy_wh, job.peak_w * dt_h) if job.peak_w > 0 else job.energy_wh / (1 + weights.sum())
    rest_wh = job.energy_wh - first_wh
    prof = np.empty(n)
    prof[0] = first_wh / dt_h
    prof[1:] = rest_wh * weights / weights.sum() / dt_h
    return prof


@dataclass
class _Series:
    """One battery trajectory (cautious or expected) for the committed plan."""

    pv: FloatArray
    other: FloatArray  # non-printer loads
    printers: FloatArray  # committed printer loads
    net: FloatArray
    g: FloatArray
    c: FloatArray  # length H+1, C[0] = 0
    m: FloatArray  # length H+1
    e: FloatArray  # length H+1


class Planner:
    """Holds the committed plan as numpy arrays so a new reading re-plans incrementally."""

    def __init__(self, plan_input: PlanInput) -> None:
        self.inp = plan_input
        h = plan_input.n_slots
        if h <= 0:
            raise PlanInputError(_("The plan has no slots: give a PV forecast with one value per slot."))
        for name in ("pv_expected_w", "load_w"):
            if len(getattr(plan_input, name)) != h:
                raise PlanInputError(_("{name} has {value} values for {h} slots: give one per slot.").format(
                        name=name, value=len(getattr(plan_input, name)), h=h))
        if not plan_input.printers:
            raise PlanInputError(_("There are no printers: add at least one printer."))
        if len(set(plan_input.printers)) != len(plan_input.printers):
            raise PlanInputError(_("Two printers share an id: give every printer its own id."))
        if len({j.id for j in plan_input.jobs}) != len(plan_input.jobs):
            raise PlanInputError(_("Two jobs share an id: give every job its own id."))
        if plan_input.slot_min <= 0:
            raise PlanInputError(_("slot_min must be more than 0 minutes (15 is usual)."))
        b = plan_input.battery
        self.h = h
        self.dt_h = plan_input.slot_min / 60.0
        self.e_max = b.capacity_wh
        self.e0 = min(max(b.energy_wh, 0.0), b.capacity_wh)
        self.e_res = b.reserve_wh
        self.eta_c = b.charge_efficiency
        self.eta_d = b.discharge_efficiency
        self.p_ch = b.max_charge_w
        self.p_dis = b.max_discharge_w
        self.start_ok = (
            np.ones(h, dtype=bool) if plan_input.start_ok is None else np.asarray(plan_input.start_ok, dtype=bool)
        )
        self.printer_index = {p: i for i, p in enumerate(plan_input.printers)}
        self.busy = np.zeros((len(plan_input.printers), h), dtype=bool)
        for printer, until in plan_input.printer_busy_until.items():
            if printer in self.printer_index:
                self.busy[self.printer_index[printer], : self._slot_ceil(until)] = True
        self.busy_cs = np.zeros((len(plan_input.printers), h + 1), dtype=np.int32)
        self._refresh_busy()
        self.cautious = self._series(np.asarray(plan_input.pv_cautious_w, dtype=float))
        self.expected = self._series(np.asarray(plan_input.pv_expected_w, dtype=float))
        self.floor = np.full(h + 1, self.e_res)
        self.fixed_load = np.zeros(h)
        self.placed: dict[JobKey, Assignment] = {}
        self.profiles: dict[JobKey, FloatArray] = {}
        self.reasons: dict[JobKey, str] = {}
        self.warnings: list[str] = []
        self._order: list[PlanJob] = []
        self._jobs = {j.id: j for j in plan_input.jobs}
        self._zone = ZoneInfo(plan_input.timezone)
        self._time_words: dict[datetime, str] = {}
        self.reason_kind: dict[JobKey, str] = {}  # why a job is unscheduled: time, printer or energy
        self.slack: dict[JobKey, float] = {}  # an upper bound of the best energy margin of an unscheduled job
        # Energy reasons (best start, low point, its charge %), worded only when asked for.
        self._pending: dict[JobKey, tuple[int, int, float]] = {}
        self._version = 0  # bumped whenever the committed plan changes; keys the caches below
        self._cache: dict[tuple[object, ...], object] = {}
        self._is_trial = False  # a what-if check for advice: nothing is committed or recorded
        self._advised = 0
        self._wait_advised = 0
        self._is_replanning = False
        self._advice_text: dict[JobKey, str] = {}

    # ---- public -------------------------------------------------------------------------------

    def plan(self) -> Plan:
        fixed = [j for j in self.inp.jobs if j.is_running or j.pinned_start_utc is not None]
        for job in fixed:
            self._place_fixed(job)
        self._set_floor()
        free = [j for j in self.inp.jobs if not (j.is_running or j.pinned_start_utc is not None)]
        free.sort(key=lambda j: (-j.priority, _deadline_key(j), -j.energy_wh, j.id))
        self._order = free
        for job in free:
            self._place(job)
        return self.result()

    def replan(
        self,
        *,
        soc_pct: float | None = None,
        pv_cautious_w: FloatArray | None = None,
        pv_expected_w: FloatArray | None = None,
        from_slot: int = 0,
        freeze_slots: int = 2,
    ) -> Plan:
        """Take a new reading and repair the plan (see `_repair`); advice is kept, not worked out again."""
        self._is_replanning = True
        try:
            return self._repair(
                soc_pct=soc_pct, pv_cautious_w=pv_cautious_w, pv_expected_w=pv_expected_w,
                from_slot=from_slot, freeze_slots=freeze_slots,
            )
        finally:
            self._is_replanning = False

    def _repair(
        self,
        *,
        soc_pct: float | None,
        pv_cautious_w: FloatArray | None,
        pv_expected_w: FloatArray | None,
        from_slot: int,
        freeze_slots: int,
    ) -> Plan:
        """Take a new reading and repair the plan from the first affected slot.

        Starts in the next `freeze_slots` slots are kept (no thrashing); later jobs are only moved
        when the cautious trajectory now dips below the floor, lowest priority first, and are then
        re-inserted greedily. Jobs that could not be placed get another chance.
        """
        old_e0 = self.e0
        old_pv = self.cautious.pv.copy()
        old_floor = self.floor.copy()
        if soc_pct is not None:
            self.e0 = min(max(self.inp.battery.capacity_wh * soc_pct / 100.0, 0.0), self.e_max)
        if pv_cautious_w is not None:
            self.cautious.pv[from_slot:] = np.asarray(pv_cautious_w, dtype=float)[from_slot:]
        if pv_expected_w is not None:
            self.expected.pv[from_slot:] = np.asarray(pv_expected_w, dtype=float)[from_slot:]
        self._recompute(self.cautious)
        self._recompute(self.expected)
        self._set_floor()
        self._version += 1
        removed: list[PlanJob] = []
        movable = [
            self._jobs[a.job]
            for a in sorted(self.placed.values(), key=lambda a: _rank(self._jobs[a.job]), reverse=True)
            if not (a.is_pinned or a.is_running) and a.start_slot >= freeze_slots
        ]
        while True:
            bad = np.flatnonzero(self.cautious.e[1:] < self.floor[1:] - 1e-6)
            if bad.size == 0 or not movable:
                break
            first_bad = int(bad[0])
            culprit = next((j for j in movable if self.placed[j.id].start_slot <= first_bad), movable[0])
            movable.remove(culprit)
            self._unplace(culprit.id)
            removed.append(culprit)
        # Jobs about to start stay put even so; the dispatcher's pause ladder guards them, and the
        # floor follows the trajectory so the exact insertion test keeps holding for the rest.
        self.floor = np.minimum(self.floor, self.cautious.e)
        self._version += 1
        # A job left out for lack of energy is retried only if the reading itself could have made room.
        # The battery walk is monotone in its inputs and a rise of one gain can lift the trajectory by no
        # more than itself, so no margin rises by more than the rise of E0, the summed rises of the gain
        # (at the steepest slope, 1/η_d, per watt of PV) and any drop of the floor. Room freed by moving
        # a job is offered to them at the next full plan (every 15 minutes), which keeps this path
        # within a reading's time budget. Jobs left out for printer time are retried only if a job moved.
        rise_pv = np.maximum(self.cautious.pv - old_pv, 0.0)
        bound = max(0.0, self.e0 - old_e0) + self.dt_h * float(rise_pv.sum()) / self.eta_d
        bound += max(0.0, float(np.max(old_floor - self.floor)))
        retry = list(removed)
        removed_ids = {j.id for j in removed}
        for j in self._order:
            if j.id in self.placed or j.id in removed_ids:
                continue
            kind = self.reason_kind.get(j.id)
            if kind == "energy":
                self.slack[j.id] = self.slack.get(j.id, 0.0) + bound
                if self.slack[j.id] >= -1e-6:
                    retry.append(j)
            elif kind == "printer" and removed:
                retry.append(j)
        retry.sort(key=_rank)
        for job in retry:
            self._place(job)
        return self.result()

    def result(self) -> Plan:
        cap = self.e_max
        total = self.cautious.printers
        self._advised = 0
        assignments = sorted(self.placed.values(), key=lambda a: (a.start_slot, a.printer))
        waiting = [k for k in self._pending if k not in self.reasons and k not in self.placed]
        for job_id in sorted(waiting, key=lambda k: _rank(self._jobs[k])):
            self.reasons[job_id] = self._word_energy_reason(self._jobs[job_id])
        unscheduled = [Unscheduled(j.id, self.reasons[j.id]) for j in self.inp.jobs if j.id not in self.placed]
        return Plan(
            start_utc=self.inp.start_utc,
            slot_min=self.inp.slot_min,
            assignments=tuple(assignments),
            unscheduled=tuple(unscheduled),
            soc_pct=tuple(np.clip(self.cautious.e[1:] / cap * 100.0, 0.0, 100.0).tolist()),
            soc_expected_pct=tuple(np.clip(self.expected.e[1:] / cap * 100.0, 0.0, 100.0).tolist()),
            pv_cautious_w=tuple(self.cautious.pv.tolist()),
            pv_expected_w=tuple(self.expected.pv.tolist()),
            load_w=tuple(self.cautious.other.tolist()),
            printer_load_w=tuple(total.tolist()),
            reserve_pct=self.inp.battery.reserve_pct,
            warnings=tuple(self.warnings),
        )

    def _cached(self, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
        full = (self._version, *key)
        if full not in self._cache:
            if len(self._cache) > 512:
                self._cache.clear()
            self._cache[full] = make()
        return self._cache[full]  # type: ignore[return-value]

    def _sufmin(self) -> FloatArray:
        return self._cached(("sufmin",), lambda: _suffix_min(self.cautious.c - self.floor))

    def _least_drop(self, power_w: float) -> FloatArray:
        """Cumulative gain drop of a constant load; rounded down to 5 W so jobs share it (still a lower bound)."""
        p = math.floor(power_w / 5.0) * 5.0
        c = self.cautious
        return self._cached(
            ("least", p), lambda: np.concatenate([[0.0], np.cumsum(c.g - self._gain(c.net - p))])
        )

    def _free_starts(self, rows: tuple[int, ...], d: int) -> NDArray[np.bool_]:
        """(printers × starts) mask of printers free for d slots from each start, for every start 0…H−d."""
        return self._cached(
            ("free", rows, d), lambda: (self.busy_cs[list(rows), d:] - self.busy_cs[list(rows), : self.h + 1 - d]) == 0
        )

    # ---- battery arithmetic ---------------------------------------------------------------

    def _series(self, pv: FloatArray) -> _Series:
        h = self.h
        s = _Series(
            pv=pv.copy(),
            other=np.asarray(self.inp.load_w, dtype=float).copy(),
            printers=np.zeros(h),
            net=np.zeros(h),
            g=np.zeros(h),
            c=np.zeros(h + 1),
            m=np.zeros(h + 1),
            e=np.zeros(h + 1),
        )
        self._recompute(s)
        return s

    def _gain(self, net: FloatArray) -> FloatArray:
        charge = np.minimum(np.maximum(net, 0.0), self.p_ch)
        return self.dt_h * (self.eta_c * charge - np.maximum(-net, 0.0) / self.eta_d)

    def _recompute(self, s: _Series) -> None:
        s.net = s.pv - s.other - s.printers
        s.g = self._gain(s.net)
        s.c[1:], s.m, s.e = self._walk(s.g)
        if s.e.min() < -1e-9:
            s.g = self._shed(s.g)
            # The net load the battery can serve: gain(net) = g again for the insertion test's arithmetic.
            s.net = np.where(s.g > self._gain(s.net) + 1e-12, s.g * self.eta_d / self.dt_h, s.net)
            s.c[1:], s.m, s.e = self._walk(s.g)

    def _walk(self, g: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        """(C[1:], M, E) of the walk reflected at E_max, from the slot gains."""
        c = np.concatenate([[0.0], np.cumsum(g)])
        over = self.e0 + c - self.e_max
        over[0] = 0.0
        m = np.maximum.accumulate(np.maximum(over, 0.0))
        return c[1:], m, self.e0 + c - m

    def _shed(self, g: FloatArray) -> FloatArray:
        """The gains with the loads an empty battery cannot serve left out: walk to the first slot that
        would go below 0, let it end at 0, and walk on from there (one numpy pass per time it empties)."""
        out: FloatArray = g.copy()
        start, e_start = 0, self.e0
        while start < len(out):
            c = np.cumsum(out[start:])
            e = e_start + c - np.maximum.accumulate(np.maximum(e_start + c - self.e_max, 0.0))
            below = np.flatnonzero(e < 0.0)
            if below.size == 0:
                break
            k = int(below[0])
            t = start + k
            out[t] = -(float(e[k - 1]) if k > 0 else e_start)
            start, e_start = t + 1, 0.0
        return out

    def _baseline(self) -> FloatArray:
        """The cautious trajectory with only running and pinned jobs."""
        c = self.cautious
        g = self._gain(c.pv - c.other - self.fixed_load)
        e = self._walk(g)[2]
        return self._walk(self._shed(g))[2] if e.min() < -1e-9 else e

    def _set_floor(self) -> None:
        base = self._baseline()
        self.floor = np.minimum(self.e_res, base)
        self.floor[0] = min(self.e_res, self.e0)
        if self._is_trial:
            return
        if np.any(base[1:] < self.e_res - 1e-6):
            first = int(np.flatnonzero(base[1:] < self.e_res - 1e-6)[0]) + 1
            at = self._fmt_time(self.inp.start_utc + timedelta(minutes=self.inp.slot_min * first))
            msg = _("Even without printing, the battery falls below its reserve ({reserve} %) by {time}: prints only "
                    "run on surplus sun until it recovers.").format(reserve=f"{self.inp.battery.reserve_pct:.0f}",
                                                                    time=at)
            if msg not in self.warnings:
                self.warnings.append(msg)

    # ---- placing --------------------------------------------------------------------------

    def _evaluate(
        self, s: _Series, starts: np.ndarray, prof: FloatArray
    ) -> tuple[FloatArray, FloatArray, FloatArray, np.ndarray]:
        """For each start: (window energies (K×d), D, A, the window's slot indices) on one series."""
        d = len(prof)
        idx = starts[:, None] + np.arange(d)[None, :]
        g_new = self._gain(s.net[idx] - prof[None, :])
        drop = s.g[idx] - g_new
        cum = np.cumsum(drop, axis=1)
        c_win = s.c[idx + 1] - cum
        m_win = np.maximum.accumulate(np.maximum(self.e0 + c_win - self.e_max, s.m[starts][:, None]), axis=1)
        e_win = self.e0 + c_win - m_win
        return e_win, cum[:, -1], m_win[:, -1], idx

    def _deadline_too_soon(self, job: PlanJob) -> bool:
        if job.deadline_utc is None:
            return False
        latest = (job.deadline_utc - self.inp.start_utc).total_seconds() / 60.0 - job.duration_min
        return latest < 0

    def _candidates(self, job: PlanJob, d: int) -> tuple[np.ndarray, np.ndarray, str]:
        """Starts allowed by time and printers, with the printer mask; or a reason why none are."""
        h = self.h
        if d > h:
            return np.empty(0, dtype=int), np.empty((0, 0), dtype=bool), (
                _("it takes {duration}, longer than the {days}-day plan").format(
                    duration=_fmt_dur(job.duration_min), days=f"{h * self.inp.slot_min / 1440:.0f}")
            )
        s_min = 0
        if job.release_utc is not None:
            s_min = max(0, self._slot_ceil(job.release_utc))
        s_max = h - d
        if job.deadline_utc is not None:
            latest = (job.deadline_utc - self.inp.start_utc).total_seconds() / 60.0 - job.duration_min
            s_max = min(s_max, math.floor(latest / self.inp.slot_min + 1e-9))
            if s_max < 0:
                return np.empty(0, dtype=int), np.empty((0, 0), dtype=bool), (
                    _("its deadline {deadline} is too soon for a {duration} print").format(
                        deadline=self._fmt_time(job.deadline_utc), duration=_fmt_dur(job.duration_min))
                )
        if s_max < s_min:
            return np.empty(0, dtype=int), np.empty((0, 0), dtype=bool), _("there is no time for it inside the plan")
        starts = np.arange(s_min, s_max + 1)
        starts = starts[self.start_ok[starts]]
        if starts.size == 0:
            return starts, np.empty((0, 0), dtype=bool), _("nobody is there to start it before its deadline")
        rows, why_none = self._rows(job)
        if not rows:
            return np.empty(0, dtype=int), np.empty((0, 0), dtype=bool), why_none
        free = self._free_starts(tuple(rows), d)[:, starts]
        any_free = free.any(axis=0)
        if not any_free.any():
            if job.printer:
                which = _("printer {printer} is busy").format(printer=job.printer)
            elif job.printers_allowed is not None and len(rows) < len(self.inp.printers):
                which = _("every printer that can take it is busy")
            else:
                which = _("every printer is busy")
            when = (_("{busy} before its deadline {deadline}").format(
                busy=which, deadline=self._fmt_time(job.deadline_utc))
                    if job.deadline_utc else _("{busy} in the plan").format(busy=which))
            return np.empty(0, dtype=int), free, when
        return starts[any_free], free[:, any_free], ""

    def _rows(self, job: PlanJob) -> tuple[list[int], str]:
        """The printers (rows) the job may run on, or a reason why there are none."""
        allowed = job.printers_allowed
        if job.printer is not None:
            if job.printer not in self.printer_index:
                return [], _("it needs printer {printer}, which is not in this lab").format(printer=job.printer)
            if allowed is not None and job.printer not in allowed:
                return [], _("it needs printer {printer}, which can't take it: {why}").format(
                    printer=job.printer, why=job.printer_note)
            return [self.printer_index[job.printer]], ""
        if allowed is None:
            return list(range(len(self.inp.printers))), ""
        rows = [self.printer_index[p] for p in self.inp.printers if p in allowed]
        if not rows:
            return [], job.printer_note or _("no printer of this lab can take it")
        return rows, ""

    def _headroom(self, d: int) -> tuple[FloatArray, FloatArray]:
        """Per start s (0…H−d), the most energy a d-slot job starting at s could take from the
        battery's walk and keep the floor: sufmin[s+d] + E0 − M[s] (D + A ≤ this; A ≥ M[s]). Cached."""

        def make() -> tuple[FloatArray, FloatArray]:
            sufmin = self._sufmin()
            room = sufmin[d : self.h + 1] + self.e0 - self.cautious.m[: self.h + 1 - d]
            return room, np.maximum.accumulate(room[::-1])[::-1]

        return self._cached(("headroom", d), make)

    def _surely_too_big(self, job: PlanJob, prof: FloatArray) -> bool:
        """True when the job cannot fit anywhere: it takes at least η_c of its energy from the
        battery's walk (no charge limit), more than the best headroom. Needs no printer or window work."""
        if math.isfinite(self.p_ch):
            return False
        least_wh = self.eta_c * float(prof.sum()) * self.dt_h
        # First the loosest bound, O(1): sufmin[s+d] ≤ sufmin[H] and M[s] ≥ 0 for every start and length.
        if self._sufmin()[self.h] + self.e0 >= least_wh - 1e-6:
            return False
        room, best_after = self._headroom(len(prof))
        s_min = max(0, self._slot_ceil(job.release_utc)) if job.release_utc is not None else 0
        if s_min >= len(room):
            return False
        if best_after[s_min] >= least_wh - 1e-6:
            return False
        # The best start depends on the length and the release only (the job's energy shifts every
        # margin alike), so jobs of the same length share it.
        d = len(prof)
        best = s_min + self._cached(
            ("best", d, s_min), lambda: self._best_start(np.arange(s_min, len(room)), room[s_min:], d)
        )
        self._set_energy_reason(job, best, d, float(room[best] - least_wh))
        return True

    def _place(self, job: PlanJob) -> bool:
        prof = job_profile_w(job, self.inp.slot_min)
        d = len(prof)
        if self._rows(job)[0] and d <= self.h and not self._deadline_too_soon(job) and self._surely_too_big(job, prof):
            return False
        starts, free, reason = self._candidates(job, d)
        if starts.size == 0:
            if not self._is_trial:
                self.reasons[job.id] = _("Not scheduled: {reason}.").format(reason=reason)
                self._pending.pop(job.id, None)
                # Only the busy-printers case hands back the printers' free mask (the reason is translated).
                self.reason_kind[job.id] = "printer" if free.size else "time"
            return False
        earliest = int(starts[0])
        c = self.cautious
        # Necessary condition before the exact test (cheap, O(H)): the future after the window must
        # absorb at least M[s] plus the least the job can take from the battery. The gain is monotone
        # in the load, so running the whole window at the profile's minimum power bounds D from below.
        sufmin = self._sufmin()
        least = self._least_drop(float(prof.min()))
        d_low = least[starts + d] - least[starts]
        slack = sufmin[starts + d] + self.e0 - c.m[starts] - d_low
        pre = slack >= -1e-6
        all_starts, all_slack = starts, slack
        if not pre.any():
            best = self._best_start(starts, slack, d)
            self._set_energy_reason(job, int(starts[best]), d, float(slack[best]))
            return False
        starts, free = starts[pre], free[:, pre]
        e_win, d_c, a_c, idx = self._evaluate(c, starts, prof)
        ok = np.all(e_win >= self.floor[idx + 1] - 1e-6, axis=1)
        ok &= sufmin[starts + d] + self.e0 - d_c - a_c >= -1e-6
        if math.isfinite(self.p_dis):
            draw = c.other[idx] + c.printers[idx] + _peak_profile(prof, job.peak_w)[None, :] - c.pv[idx]
            ok &= np.all(draw <= self.p_dis + 1e-9, axis=1)
        if not ok.any():
            shortfall = np.minimum(
                np.min(e_win - self.floor[idx + 1], axis=1), sufmin[starts + d] + self.e0 - d_c - a_c
            )
            best = self._best_start(starts, shortfall, d)
            self._set_energy_reason(job, int(starts[best]), d, float(shortfall[best]))
            return False
        if self._is_trial:
            return True
        starts, free = starts[ok], free[:, ok]
        x = self.expected
        _e_x, d_x, a_x, idx_x = self._evaluate(x, starts, prof)
        e_end_old = x.e[-1]
        suf_max = _suffix_max(x.c)
        e_end_new = np.minimum(
            self.e0 + x.c[-1] - d_x - a_x, self.e_max + x.c[-1] - suf_max[np.minimum(starts + d + 1, self.h + 1)]
        )
        horizon_loss = e_end_old - e_end_new
        from_battery = self.dt_h * np.maximum(prof[None, :] - np.maximum(x.net[idx_x], 0.0), 0.0).sum(axis=1)
        cost = horizon_loss + BATTERY_WEIGHT * from_battery + EARLINESS_WH_PER_H * starts * self.dt_h
        if job.previous_start_utc is not None:
            cost = cost - STICKINESS_WH * (starts == self._slot_round(job.previous_start_utc))
        best = int(np.argmin(cost))
        s = int(starts[best])
        rows = self._rows(job)[0]
        printer_row = rows[int(np.flatnonzero(free[:, best])[0])]
        energy = float(prof.sum() * self.dt_h)
        sun_share = 100.0 * (1.0 - from_battery[best] / energy) if energy > 0 else 100.0
        self._commit(job, prof, s, printer_row, battery_wh=float(from_battery[best]), sun_share=sun_share)
        # Name the best of the earlier starts (the sunniest of the least harmful), not merely the first;
        # from an earlier day when there is one, since "why not today?" is what the operator asks.
        earlier = all_starts <= s - round(HALF_DAY_MIN / self.inp.slot_min)
        if not earlier.any():
            earlier = all_starts < s
        compare = earliest
        if earlier.any():
            compare = int(all_starts[earlier][self._best_start(all_starts[earlier], all_slack[earlier], d)])
        reason = self._placed_reason(job, prof, s, earliest, compare)
        if job.printer_note and job.printers_allowed is None:
            reason = f"{reason} {job.printer_note}"
        self.placed[job.id] = _with_reason(self.placed[job.id], reason)
        return True

    def _place_fixed(self, job: PlanJob) -> None:
        prof = job_profile_w(job, self.inp.slot_min)
        # A pinned start that has passed without the print starting means "as soon as possible".
        s = 0 if job.is_running else max(0, self._slot_round(job.pinned_start_utc))  # type: ignore[arg-type]
        rows, why_none = self._rows(job)
        printer = job.pinned_printer or job.printer or self.inp.printers[rows[0] if rows else 0]
        if printer not in self.printer_index:
            self.reasons[job.id] = _("Not scheduled: it is pinned to printer {printer}, which is not in this "
                                     "lab.").format(printer=printer)
            return
        # A running job stays where it runs; a pinned one is only placed on a printer that can take it.
        if not job.is_running and self.printer_index[printer] not in rows:
            why = why_none or job.printer_note or _("its profile does not fit that printer")
            self.reasons[job.id] = _("Not scheduled: it is pinned to printer {printer}, which can't take it: "
                                     "{why}.").format(printer=printer, why=why)
            return
        if s < 0 or s >= self.h:
            self.reasons[job.id] = _("Not scheduled: its pinned start is outside the plan.")
            return
        prof = prof[: self.h - s]
        self.fixed_load[s : s + len(prof)] += prof
        self._commit(job, prof, s, self.printer_index[printer], battery_wh=0.0, sun_share=0.0)
        sentence = (_("Is printing on {printer} from {time}.") if job.is_running
                    else _("Is pinned by the operator on {printer} from {time}."))
        self.placed[job.id] = _with_reason(
            self.placed[job.id],
            sentence.format(printer=printer, time=self._fmt_time(self.placed[job.id].start_utc)),
        )
        if np.any(self.cautious.e[1:] < self.e_res - 1e-6) and not job.is_running:
            self.warnings.append(
                _("Job {job} is pinned where the battery may fall below its reserve: the planner keeps it "
                  "because the operator chose it.").format(job=job.id)
            )

    def _commit(self, job: PlanJob, prof: FloatArray, s: int, row: int, *, battery_wh: float, sun_share: float) -> None:
        d = len(prof)
        for series in (self.cautious, self.expected):
            series.printers[s : s + d] += prof
            self._recompute(series)
        self.busy[row, s : s + d] = True
        self._refresh_busy(row)
        self._version += 1
        start = self.inp.start_utc + timedelta(minutes=self.inp.slot_min * s)
        duration = job.duration_min
        self.profiles[job.id] = prof
        self.placed[job.id] = Assignment(
            job=job.id,
            printer=self.inp.printers[row],
            start_utc=start,
            end_utc=start + timedelta(minutes=duration),
            start_slot=s,
            reason="",
            battery_wh=battery_wh,
            sun_share_pct=max(0.0, min(100.0, sun_share)),
            is_pinned=job.pinned_start_utc is not None,
            is_running=job.is_running,
        )
        self.reasons.pop(job.id, None)

    def _unplace(self, job_id: JobKey) -> None:
        a = self.placed.pop(job_id)
        prof = self.profiles.pop(job_id)
        d = len(prof)
        for series in (self.cautious, self.expected):
            series.printers[a.start_slot : a.start_slot + d] -= prof
            self._recompute(series)
        row = self.printer_index[a.printer]
        self.busy[row, a.start_slot : a.start_slot + d] = False
        self._refresh_busy(row)
        self._version += 1

    def _refresh_busy(self, row: int | None = None) -> None:
        rows = range(self.busy.shape[0]) if row is None else [row]
        for r in rows:
            np.cumsum(self.busy[r], out=self.busy_cs[r, 1:])

    # ---- explanations ---------------------------------------------------------------------

    def _trajectory_with(self, prof: FloatArray, s: int) -> FloatArray:
        c = self.cautious
        net = c.net.copy()
        net[s : s + len(prof)] -= prof
        return self._walk(self._shed(self._gain(net)))[2]

    def _low_point(self, prof: FloatArray, s: int) -> tuple[float, int]:
        e = self._trajectory_with(prof, s)
        gap = e[1:] - self.floor[1:]
        t = int(np.argmin(gap)) + 1
        return float(e[t] / self.e_max * 100.0), t

    def _best_start(self, starts: NDArray[np.int_], margin: FloatArray, d: int) -> int:
        """Index of the start with the best margin; among near ties the one with the most expected sun
        in its window (with the whole job on the battery anyway, the sunniest start is the one to name)."""
        near = np.flatnonzero(margin >= float(np.max(margin)) - BEST_START_TIE_WH)
        if near.size == 1:
            return int(near[0])
        sun = self._cached(("sun",), lambda: np.concatenate([[0.0], np.cumsum(self.expected.pv)]))
        ends = np.minimum(starts[near] + d, self.h)
        return int(near[int(np.argmax(sun[ends] - sun[starts[near]]))])

    def _set_energy_reason(self, job: PlanJob, start_slot: int, d: int, slack_wh: float) -> None:
        """Explain from the best start's shortfall: the battery would dip `-slack` Wh below its floor."""
        if self._is_trial:
            return
        end_slot = min(start_slot + d, self.h)
        gap = self.cautious.c[end_slot:] - self.floor[end_slot:]
        t = min(end_slot + int(np.argmin(gap)), self.h) if gap.size else self.h
        low_pct = min(100.0, max(0.0, (self.floor[t] + min(slack_wh, 0.0)) / self.e_max * 100.0))
        self._pending[job.id] = (start_slot, t, low_pct)
        self.reasons.pop(job.id, None)
        self.reason_kind[job.id] = "energy"
        self.slack[job.id] = slack_wh

    def _word_energy_reason(self, job: PlanJob) -> str:
        start_slot, t, low_pct = self._pending[job.id]
        when = self._fmt_time(self.inp.start_utc + timedelta(minutes=self.inp.slot_min * t))
        start = self._fmt_time(self.inp.start_utc + timedelta(minutes=self.inp.slot_min * start_slot))
        reserve = self.e_res / self.e_max * 100.0
        numbers = {"start": start, "low": f"{low_pct:.0f}", "time": when, "reserve": f"{reserve:.0f}"}
        if job.deadline_utc:
            why = _("Not scheduled: even at its best start before its deadline {deadline}, {start}, the battery would "
                    "fall to about {low} % by {time} (reserve {reserve} %).").format(
                deadline=self._fmt_time(job.deadline_utc), **numbers)
        else:
            why = _("Not scheduled: even at its best start, {start}, the battery would fall to about {low} % by "
                    "{time} (reserve {reserve} %).").format(**numbers)
        if self._is_replanning or self._advised >= ADVICE_JOBS:
            return f"{why} {self._advice_text.get(job.id) or self._generic_advice()}"
        self._advised += 1
        self._advice_text[job.id] = self._advice(job)
        return f"{why} {self._advice_text[job.id]}"

    def _advice(self, job: PlanJob, goal: str = GOAL_PRINT) -> str:
        """One sentence: the smallest change of each setting that would let the job print, from the numbers."""
        b = self.inp.battery
        soc_now = self.e0 / self.e_max * 100.0
        reserve_now = self.e_res / self.e_max * 100.0
        parts = []
        reserves = [float(r) for r in range(math.ceil(reserve_now) - 1, math.floor(b.lowest_sound_reserve_pct) - 1, -1)]
        reserve = _first_fit(reserves, lambda r: self._fits_if(job, reserve_pct=r))
        if reserve is not None:
            parts.append(_("lower the reserve to {reserve} %").format(reserve=f"{reserve:.0f}"))
        socs = [float(v) for v in range(math.floor(soc_now) + 1, 101)]
        soc = _first_fit(socs, lambda v: self._fits_if(job, soc_pct=v))
        if soc is not None:
            parts.append(
                (_("enter a battery reading (it fits from {charge} %)") if b.is_soc_assumed
                 else _("charge the battery to {charge} %")).format(charge=f"{soc:.0f}")
            )
        # Within reach: up to four times the battery and five times the panels.
        sizes = [100.0 * k for k in range(math.floor(self.e_max / 100.0) + 1, math.ceil(4 * self.e_max / 100.0) + 1)]
        size = _first_fit(sizes, lambda c: self._fits_if(job, capacity_wh=c))
        if size is not None:
            parts.append(_("use a battery of at least {energy} Wh").format(energy=f"{size:.0f}"))
        wp = self.inp.panels_wp
        if wp > 0:
            panels = [50.0 * k for k in range(math.floor(wp / 50.0) + 1, math.ceil(5 * wp / 50.0) + 1)]
            more = _first_fit(panels, lambda p: self._fits_if(job, pv_scale=p / wp))
            if more is not None:
                parts.append(_("add panels up to {power} Wp in all").format(power=f"{more:.0f}"))
        if not parts and goal != GOAL_PRINT:
            return ""
        if not parts:
            energy = float(job_profile_w(job, self.inp.slot_min).sum() * self.dt_h)
            return _("No reserve, battery or panels within reach make room for its {energy} Wh: check the lab's "
                     "other loads on the Energy screen, or split it into shorter prints.").format(
                energy=f"{energy:.0f}")
        sentence = parts[0] if len(parts) == 1 else _("{choices}, or {last}").format(
            choices=", ".join(parts[:-1]), last=parts[-1])
        return _("{goal}, {changes}.").format(goal=_(goal), changes=sentence)

    def _generic_advice(self) -> str:
        return _("A lower reserve, a battery reading, a bigger battery or more panels would make room for it "
                 "(the figures are given for the first jobs waiting).")

    def _fits_if(
        self,
        job: PlanJob,
        *,
        reserve_pct: float | None = None,
        soc_pct: float | None = None,
        capacity_wh: float | None = None,
        pv_scale: float = 1.0,
    ) -> bool:
        """Would the job find a start with this one setting changed, the committed plan kept? Changes
        nothing: every setting below only raises the battery's walk or lowers its floor, so the
        committed jobs stay feasible and only this job is checked."""
        saved = (self.e0, self.e_res, self.e_max, self.floor, self.cautious.pv, self.expected.pv)
        soc = self.e0 / self.e_max * 100.0 if soc_pct is None else soc_pct
        reserve = self.e_res / self.e_max * 100.0 if reserve_pct is None else reserve_pct
        cap = self.e_max if capacity_wh is None else capacity_wh
        self.e_max, self.e0, self.e_res = cap, cap * soc / 100.0, cap * reserve / 100.0
        self.cautious.pv = saved[4] * pv_scale
        self._is_trial = True
        try:
            # A trial stops at feasibility, which is judged on the cautious series alone.
            self._recompute(self.cautious)
            self._set_floor()
            self.floor = np.minimum(self.floor, self.cautious.e)
            self._version += 1
            return self._place(job)
        finally:
            self.e0, self.e_res, self.e_max, self.floor, self.cautious.pv, self.expected.pv = saved
            self._recompute(self.cautious)
            self._is_trial = False
            self._version += 1

    def _placed_reason(self, job: PlanJob, prof: FloatArray, s: int, earliest: int, compare: int) -> str:
        a = self.placed[job.id]
        at = self._fmt_time(a.start_utc)
        sun = _("the sun pays about {share} % of its {energy} Wh").format(
            share=f"{a.sun_share_pct:.0f}", energy=f"{prof.sum() * self.dt_h:.0f}")
        if s == earliest:
            return _("Starts {time} on {printer}: {sun}.").format(time=at, printer=a.printer, sun=sun)
        soc, t = self._low_point(prof, compare)
        earlier_at = self._fmt_time(self.inp.start_utc + timedelta(minutes=self.inp.slot_min * compare))
        if soc < self.floor[t] / self.e_max * 100.0 - 1e-6:
            when = self._fmt_time(self.inp.start_utc + timedelta(minutes=self.inp.slot_min * t))
            why = _("Waits for {time} on {printer}: starting {earlier}, the battery would fall to {low} % by "
                    "{low_time} (reserve {reserve} %).").format(
                time=at, printer=a.printer, earlier=earlier_at, low=f"{soc:.0f}", low_time=when,
                reserve=f"{self.inp.battery.reserve_pct:.0f}")
            if self._is_replanning or self._wait_advised >= ADVICE_JOBS:
                return f"{why} {self._advice_text.get(job.id, '')}".rstrip()
            self._wait_advised += 1
            # What would let it start before its planned start: the same search with that as a deadline.
            sooner = replace(job, deadline_utc=a.start_utc + timedelta(minutes=job.duration_min - self.inp.slot_min))
            self._advice_text[job.id] = self._advice(sooner, goal=GOAL_SOONER)
            return f"{why} {self._advice_text[job.id]}".rstrip()
        return _("Waits for {time} on {printer} for more direct sun: {sun}.").format(
            time=at, printer=a.printer, sun=sun)

    def _fmt_time(self, when: datetime | None) -> str:
        if when is None:
            return ""
        if when not in self._time_words:
            self._time_words[when] = self._word_time(when)
        return self._time_words[when]

    def _word_time(self, when: datetime) -> str:
        zone = self._zone
        local = when.astimezone(zone)
        today = self.inp.start_utc.astimezone(zone).date()
        days = (local.date() - today).days
        if days == 0:
            day = _("today")
        elif days == 1:
            day = _("tomorrow")
        elif days == -1:
            day = _("yesterday")
        else:
            # strftime's %a/%b follow the C locale, English whatever the operator reads: weekday from a
            # translated table, then the ISO date, which reads the same in every language.
            day = f"{_(_WEEKDAYS[local.weekday()])} {local:%Y-%m-%d}"
        return f"{day} {local:%H:%M}"

    # ---- slots ----------------------------------------------------------------------------

    def _slot_ceil(self, when: datetime) -> int:
        return math.ceil((when - self.inp.start_utc).total_seconds() / 60.0 / self.inp.slot_min - 1e-9)

    def _slot_round(self, when: datetime) -> int:
        return round((when - self.inp.start_utc).total_seconds() / 60.0 / self.inp.slot_min)


def plan(plan_input: PlanInput) -> Plan:
    return Planner(plan_input).plan()


def simulate_soc_pct(plan_input: PlanInput, result: Plan, *, cautious: bool = True) -> FloatArray:
    """Independent slot-by-slot simulation of a plan (used by tests and the dispatcher's checks)."""
    h = plan_input.n_slots
    dt = plan_input.slot_min / 60.0
    loads = np.asarray(plan_input.load_w, dtype=float).copy()
    jobs = {j.id: j for j in plan_input.jobs}
    for a in result.assignments:
        prof = job_profile_w(jobs[a.job], plan_input.slot_min)[: h - a.start_slot]
        loads[a.start_slot : a.start_slot + len(prof)] += prof
    pv = np.asarray(plan_input.pv_cautious_w if cautious else plan_input.pv_expected_w, dtype=float)
    b = plan_input.battery
    e = min(max(b.energy_wh, 0.0), b.capacity_wh)
    out = np.empty(h)
    for t in range(h):
        net = pv[t] - loads[t]
        gain = dt * (b.charge_efficiency * min(max(net, 0.0), b.max_charge_w) - max(-net, 0.0) / b.discharge_efficiency)
        e = min(b.capacity_wh, max(0.0, e + gain))  # empty is empty: the low-voltage disconnect sheds the loads
        out[t] = e / b.capacity_wh * 100.0
    return out


def _first_fit(grid: list[float], fits: Callable[[float], bool]) -> float | None:
    """The first value of `grid` (ordered from the smallest change to the largest) where `fits`
    holds, by bisection: `fits` is monotone along the grid. None when even the last one fails."""
    if not grid or not fits(grid[-1]):
        return None
    lo, hi = 0, len(grid) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(grid[mid]):
            hi = mid
        else:
            lo = mid + 1
    return grid[lo]


def _suffix_min(values: FloatArray) -> FloatArray:
    """suffix[t] = min(values[t:]), with +inf past the end."""
    out = np.minimum.accumulate(values[::-1])[::-1]
    return np.concatenate([out, [np.inf]])


def _suffix_max(values: FloatArray) -> FloatArray:
    out = np.maximum.accumulate(values[::-1])[::-1]
    with_end: FloatArray = np.concatenate([out, [-np.inf]])
    return with_end


def _peak_profile(prof: FloatArray, peak_w: float) -> FloatArray:
    out: FloatArray = prof.copy()
    out[0] = max(out[0], peak_w)
    return out


def _deadline_key(job: PlanJob) -> float:
    return job.deadline_utc.timestamp() if job.deadline_utc is not None else math.inf


def _rank(job: PlanJob) -> tuple[int, float, float, JobKey]:
    return (-job.priority, _deadline_key(job), -job.energy_wh, job.id)


def _with_reason(a: Assignment, reason: str) -> Assignment:
    return replace(a, reason=reason)


def _fmt_dur(minutes: float) -> str:
    if minutes < 60:
        return f"{minutes:.0f} min"
    return f"{minutes / 60:.1f} h".replace(".0 h", " h")
