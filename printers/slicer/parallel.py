"""The parts of a plate sliced side by side, one per core.

GEOS releases the GIL inside its offsets, overlays and simplifications (most of a part's slicing
time), so while one thread offsets a frame front another can offset a temple. Results come back in
the order of the jobs and the progress callback is only ever called from the calling thread, so the
G-code, and who sees the callback where, are the same as when the parts are sliced one after another.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
JobProgress = Callable[[float], None]
Job = Callable[[JobProgress], T]
# (overall fraction done in [0, 1], index of the job that moved it)
ReportFn = Callable[[float, int], None]

MAX_WORKERS = 4  # each worker holds a part's layers: more would cost memory for little gain
_DONE = -1.0


class _StoppedError(Exception):
    """Raised inside a job at its next progress call once another job failed or the caller cancelled."""


def usable_cores() -> int:
    """Cores this process may run on (its affinity where the OS says, else every core)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return max(1, os.cpu_count() or 1)


def run_jobs(
    jobs: Sequence[Job[T]],
    report: ReportFn,
    *,
    costs: Sequence[float] | None = None,
    workers: int | None = None,
) -> list[T]:
    """Every job's result, in the jobs' order. A job reports its own progress in [0, 1] through the
    callable it is given; `report` sees the mean over the jobs and may raise to cancel: the jobs
    still running stop at their next progress call and the exception reaches the caller. When a job
    raises, the others stop the same way and the first failing job's exception (by order) is raised.

    `costs`, one rough figure per job, start the costliest jobs first: a frame front started last
    would keep one core busy long after the other finished the temples.
    """
    count = min(len(jobs), workers if workers is not None else min(usable_cores(), MAX_WORKERS))
    if count <= 1:
        return _run_in_turn(jobs, report)
    fractions = [0.0] * len(jobs)
    events: queue.Queue[tuple[int, float]] = queue.Queue()
    stop = threading.Event()

    def progress_of(index: int) -> JobProgress:
        def progress(fraction: float) -> None:
            if stop.is_set():
                raise _StoppedError
            events.put((index, fraction))

        return progress

    def done_of(index: int) -> Callable[[Future[T]], None]:
        return lambda _: events.put((index, _DONE))

    pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="slicer")
    futures: dict[int, Future[T]] = {}
    try:
        for index in _costliest_first(len(jobs), costs):
            future = pool.submit(jobs[index], progress_of(index))
            future.add_done_callback(done_of(index))
            futures[index] = future
        pending = len(futures)
        while pending:
            index, fraction = events.get()
            if fraction == _DONE:
                pending -= 1
                if futures[index].exception() is not None:
                    break
                fraction = 1.0
            fractions[index] = max(fractions[index], fraction)
            report(sum(fractions) / len(fractions), index)
    finally:
        # Also on a cancel raised by `report`: the jobs running see `stop` and end at their next
        # progress call, the jobs not started never start.
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    in_order = [futures[index] for index in range(len(jobs))]
    for future in in_order:
        error = None if future.cancelled() else future.exception()
        if error is not None and not isinstance(error, _StoppedError):
            raise error
    return [future.result() for future in in_order]


def _costliest_first(count: int, costs: Sequence[float] | None) -> list[int]:
    if costs is None:
        return list(range(count))
    return sorted(range(count), key=lambda index: -costs[index])


def _run_in_turn(jobs: Sequence[Job[T]], report: ReportFn) -> list[T]:
    results: list[T] = []
    for index, job in enumerate(jobs):

        def progress(fraction: float, index: int = index) -> None:
            report((index + min(max(fraction, 0.0), 1.0)) / len(jobs), index)

        results.append(job(progress))
        report((index + 1) / len(jobs), index)
    return results
