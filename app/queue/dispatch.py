"""Dispatch and safe pausing: start planned jobs on their printers, and step down a ladder when the
battery heads for its reserve mid-print.

The ladder, checked on every tick against the cautious forecast (domain notes §9.3):
1. the print finishes with the battery at or above the reserve: continue;
2. it finishes above the emergency floor (between the reserve and the controller's low-voltage
   disconnect) and little remains (< 30 min or < 20 %): continue, finishing beats failing;
3. the job's profile allows a cooler bed: lower the bed heat and look again next tick;
4. pause at the next layer change with the nozzle parked and the heaters off;
then resume automatically once the battery holds the reserve plus the re-heat and the rest of the job.

The operator can always override (continue anyway, hold, resume now); anything that would take the
battery below its reserve is asked first, through `ask`.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from app.queue.model import JobId
from i18n import _

# A start that was refused (unsafe for that printer, file changed, job taken elsewhere) is not tried
# again on the same printer before this: the plan moves on, and the operator reads why on the job.
RETRY_REFUSED_AFTER = timedelta(minutes=15)


class PrinterRunState(enum.Enum):
    OFFLINE = "offline"
    IDLE = "idle"
    PRINTING = "printing"
    PAUSING = "pausing"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"


class PrinterControl(Protocol):
    """What dispatch needs from a printer. Implemented over a real print session and by test fakes."""

    printer_id: str

    def run_state(self) -> PrinterRunState: ...

    def start_job(self, job_id: JobId) -> None: ...

    def pause_at_layer_change(self) -> None:
        """Finish the current layer, park the nozzle, switch the heaters off."""

    def lower_bed_temp(self, bed_c: float) -> bool:
        """Lower the bed target now; False when the printer can't do it in its current state."""

    def resume(self) -> None:
        """Re-heat, return to the stored position and go on."""

    def remaining_fraction(self) -> float: ...


class Rung(enum.Enum):
    CONTINUE = "continue"
    FINISH_ON_BUFFER = "finish_on_buffer"
    LOWER_BED = "lower_bed"
    PAUSE = "pause"
    WAIT = "wait"  # paused, not enough energy yet
    RESUME = "resume"


@dataclass(frozen=True)
class Outlook:
    """The battery's outlook for one running job, from the cautious forecast."""

    soc_now_pct: float
    min_soc_if_continue_pct: float  # lowest SoC ahead if the job runs to the end
    remaining_min: float
    remaining_fraction: float
    resume_need_pct: float  # SoC needed to resume: reserve + re-heat + the rest of the job


@dataclass(frozen=True)
class JobPowerPolicy:
    bed_c: float = 60.0
    min_bed_c: float = 0.0  # 0: the profile does not allow lowering the bed
    bed_step_c: float = 10.0


@dataclass(frozen=True)
class DispatchEvent:
    at_utc: datetime
    job: JobId
    printer: str
    kind: str  # started, continued, bed_lowered, paused, resumed, asked, overridden
    message: str


@dataclass(frozen=True)
class Decision:
    rung: Rung
    message: str


def decide(
    outlook: Outlook,
    *,
    reserve_pct: float,
    floor_pct: float,
    is_paused: bool,
    policy: JobPowerPolicy,
    bed_now_c: float,
) -> Decision:
    """One step of the ladder; pure, so it is tested on its own."""
    if is_paused:
        if outlook.soc_now_pct >= outlook.resume_need_pct:
            return Decision(Rung.RESUME, _("the battery is at {soc:.0f} %, enough to finish").format(
                soc=outlook.soc_now_pct))
        return Decision(
            Rung.WAIT,
            _("waiting for {need:.0f} % (now {soc:.0f} %) to re-heat and finish").format(
                need=outlook.resume_need_pct, soc=outlook.soc_now_pct),
        )
    if outlook.min_soc_if_continue_pct >= reserve_pct:
        return Decision(Rung.CONTINUE, _("the battery stays above its reserve"))
    is_nearly_done = outlook.remaining_min < 30.0 or outlook.remaining_fraction < 0.2
    if outlook.min_soc_if_continue_pct >= floor_pct and is_nearly_done:
        return Decision(
            Rung.FINISH_ON_BUFFER,
            _("only {minutes:.0f} min left: finishing dips to {low:.0f} %, above the {floor:.0f} % floor").format(
                minutes=outlook.remaining_min, low=outlook.min_soc_if_continue_pct, floor=floor_pct),
        )
    if policy.min_bed_c > 0 and bed_now_c - policy.bed_step_c >= policy.min_bed_c:
        return Decision(
            Rung.LOWER_BED,
            _("the battery would fall to {low:.0f} %: bed down to {bed:.0f} °C").format(
                low=outlook.min_soc_if_continue_pct, bed=bed_now_c - policy.bed_step_c),
        )
    return Decision(
        Rung.PAUSE,
        _("the battery would fall to {low:.0f} % (reserve {reserve:.0f} %): pausing at the next layer, "
          "nozzle parked, heaters off").format(low=outlook.min_soc_if_continue_pct, reserve=reserve_pct),
    )


@dataclass
class _Running:
    job: JobId
    printer: str
    bed_c: float
    policy: JobPowerPolicy
    is_overridden: bool = False  # the operator said: continue regardless
    is_held: bool = False  # the operator said: don't resume by yourself


@dataclass(frozen=True)
class PlannedStart:
    job: JobId
    printer: str
    start_utc: datetime
    policy: JobPowerPolicy = field(default_factory=JobPowerPolicy)


class Dispatcher:
    """Call `tick` every minute or on each reading (from one thread; the lock guards operator calls)."""

    def __init__(
        self,
        printers: dict[str, PrinterControl],
        *,
        reserve_pct: float,
        floor_pct: float,
        ask: Callable[[str], bool] | None = None,
        on_event: Callable[[DispatchEvent], None] | None = None,
    ) -> None:
        self.printers = printers
        self.reserve_pct = reserve_pct
        self.floor_pct = floor_pct
        self._ask = ask or (lambda question: False)  # no one to ask: take no risk
        self._on_event = on_event
        self._lock = threading.Lock()
        self.running: dict[str, _Running] = {}  # by printer
        self.events: list[DispatchEvent] = []
        self._refused: dict[tuple[JobId, str], datetime] = {}  # (job, printer) → when its start was refused

    def _emit(self, now: datetime, run: _Running | PlannedStart, kind: str, message: str) -> None:
        event = DispatchEvent(now, run.job, run.printer, kind, message)
        self.events.append(event)
        if self._on_event is not None:
            self._on_event(event)

    def tick(self, now: datetime, planned: list[PlannedStart], outlooks: dict[JobId, Outlook]) -> list[DispatchEvent]:
        """Start what is due, and walk the ladder for what runs. `outlooks` is keyed by job id."""
        first = len(self.events)
        with self._lock:
            self._finish_done(now)
            for start in sorted(planned, key=lambda p: p.start_utc):
                control = self.printers.get(start.printer)
                if start.start_utc > now or control is None or start.printer in self.running:
                    continue
                if control.run_state() is not PrinterRunState.IDLE:
                    continue
                refused_at = self._refused.get((start.job, start.printer))
                if refused_at is not None and now - refused_at < RETRY_REFUSED_AFTER:
                    continue
                try:
                    control.start_job(start.job)
                except Exception as exc:
                    self._refused[(start.job, start.printer)] = now
                    self._emit(now, start, "refused", _("Job {job} not started on {printer}: {why}").format(
                        job=start.job, printer=start.printer, why=exc))
                    continue
                self.running[start.printer] = _Running(start.job, start.printer, start.policy.bed_c, start.policy)
                self._emit(now, start, "started", _("Started {job} on {printer} as planned.").format(
                    job=start.job, printer=start.printer))
            for run in list(self.running.values()):
                outlook = outlooks.get(run.job)
                if outlook is not None:
                    self._step(now, run, outlook)
        return self.events[first:]

    def _finish_done(self, now: datetime) -> None:
        for printer, run in list(self.running.items()):
            state = self.printers[printer].run_state()
            if state in (PrinterRunState.DONE, PrinterRunState.FAILED, PrinterRunState.IDLE, PrinterRunState.OFFLINE):
                del self.running[printer]
                kind = "finished" if state is PrinterRunState.IDLE else state.value
                self._emit(now, run, kind, _run_ended(run.job, printer, state))

    def _step(self, now: datetime, run: _Running, outlook: Outlook) -> None:
        control = self.printers[run.printer]
        state = control.run_state()
        is_paused = state in (PrinterRunState.PAUSED, PrinterRunState.PAUSING)
        if state is PrinterRunState.PAUSING:
            return  # the pause is under way: wait for the layer change
        if run.is_overridden and not is_paused:
            return
        decision = decide(outlook, reserve_pct=self.reserve_pct, floor_pct=self.floor_pct, is_paused=is_paused,
                          policy=run.policy, bed_now_c=run.bed_c)
        if decision.rung is Rung.LOWER_BED:
            target = run.bed_c - run.policy.bed_step_c
            if control.lower_bed_temp(target):
                run.bed_c = target
                self._emit(now, run, "bed_lowered", _("{job}: {why}.").format(job=run.job, why=decision.message))
                return
            # Its own sentence rather than a cut of the bed one: a translation may place the colon elsewhere.
            decision = Decision(Rung.PAUSE, _("the battery would fall to {low:.0f} %: pausing at the next layer "
                                              "instead").format(low=outlook.min_soc_if_continue_pct))
        if decision.rung is Rung.PAUSE:
            control.pause_at_layer_change()
            self._emit(now, run, "paused", _("{job}: {why}.").format(job=run.job, why=decision.message))
        elif decision.rung is Rung.RESUME and not run.is_held:
            control.resume()
            self._emit(now, run, "resumed", _("{job}: {why}; resumed.").format(job=run.job, why=decision.message))
        elif decision.rung is Rung.FINISH_ON_BUFFER:
            self._emit(now, run, "continued", _("{job}: {why}.").format(job=run.job, why=decision.message))

    # ---- the operator -------------------------------------------------------------------------

    def override_continue(self, printer: str, now: datetime, outlook: Outlook | None = None) -> bool:
        """Keep printing whatever the forecast says; asked first when it would cross the reserve."""
        with self._lock:
            run = self.running.get(printer)
            if run is None:
                return False
            if outlook is not None and outlook.min_soc_if_continue_pct < self.reserve_pct:
                question = (
                    _("Keep printing {job}? The battery may fall to {low:.0f} % (reserve {reserve:.0f} %), "
                      "which can leave the lights short tonight.")
                ).format(job=run.job, low=outlook.min_soc_if_continue_pct, reserve=self.reserve_pct)
                self._emit(now, run, "asked", question)
                if not self._ask(question):
                    return False
            run.is_overridden = True
            self._emit(now, run, "overridden", _("{job}: the operator chose to keep printing.").format(job=run.job))
            return True

    def hold(self, printer: str, is_held: bool = True) -> None:
        with self._lock:
            if printer in self.running:
                self.running[printer].is_held = is_held

    def resume_now(self, printer: str, now: datetime, outlook: Outlook | None = None) -> bool:
        with self._lock:
            run = self.running.get(printer)
            if run is None or self.printers[printer].run_state() is not PrinterRunState.PAUSED:
                return False
            if outlook is not None and outlook.soc_now_pct < outlook.resume_need_pct:
                question = (
                    _("Resume {job} now? The battery is at {soc:.0f} %; finishing needs about {need:.0f} % "
                      "to stay above the reserve.")
                ).format(job=run.job, soc=outlook.soc_now_pct, need=outlook.resume_need_pct)
                self._emit(now, run, "asked", question)
                if not self._ask(question):
                    return False
            self.printers[printer].resume()
            run.is_held = False
            self._emit(now, run, "resumed", _("{job}: resumed by the operator.").format(job=run.job))
            return True


def _run_ended(job: JobId, printer: str, state: PrinterRunState) -> str:
    """How a running job left the dispatcher's hands, in the operator's words."""
    if state is PrinterRunState.IDLE:
        return _("{job} on {printer}: finished.").format(job=job, printer=printer)
    if state is PrinterRunState.DONE:
        return _("{job} on {printer}: done.").format(job=job, printer=printer)
    if state is PrinterRunState.FAILED:
        return _("{job} on {printer}: failed.").format(job=job, printer=printer)
    return _("{job} on {printer}: the printer went offline.").format(job=job, printer=printer)


def outlook_for(
    *,
    soc_now_pct: float,
    capacity_wh: float,
    reserve_pct: float,
    remaining_wh: float,
    remaining_min: float,
    remaining_fraction: float,
    min_soc_if_continue_pct: float,
    reheat_wh: float = 20.0,
    discharge_efficiency: float = 0.95,
) -> Outlook:
    """Build an Outlook; resuming needs the reserve plus re-heat plus the rest of the job from the battery."""
    need = reserve_pct + (reheat_wh + remaining_wh) / discharge_efficiency / capacity_wh * 100.0
    return Outlook(soc_now_pct, min_soc_if_continue_pct, remaining_min, remaining_fraction, min(need, 100.0))
