"""The parts of a plate sliced side by side, one per core, and the layers of one part too.

GEOS releases the GIL inside its offsets, overlays and simplifications (most of a part's slicing
time), so while one thread offsets a frame front another can offset a temple. Results come back in
the order of the jobs and the progress callback is only ever called from the calling thread, so the
G-code, and who sees the callback where, are the same as when the parts are sliced one after another.

`map_in_order` spreads the layers of one part (a Benchy, a frame front) over the cores the same way:
the calling thread works through the items itself and a shared pool of helpers joins in, so a part
sliced inside `run_jobs` never waits for a helper that has not started (no deadlock when every
worker is busy), and the results are those of the items computed one after another.

Threads only overlap GEOS's calls, not the Python between them. On Linux, in a process with no other
thread (the command line), a forked copy of the process takes the helpers' place (forked.py): the
parts, or a lone part's layers, and the check beside the estimate (`side_by_side`), on both cores.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TypeVar, cast

from printers.slicer import forked

T = TypeVar("T")
Item = TypeVar("Item")
JobProgress = Callable[[float], None]
Job = Callable[[JobProgress], T]
# (overall fraction done in [0, 1], index of the job that moved it)
ReportFn = Callable[[float, int], None]

MAX_WORKERS = 4  # each worker holds a part's layers: more would cost memory for little gain
_DONE = -1.0
# Progress from map_in_order at most this often (in fractions of its items): a report per layer
# would flood the window's progress bar for nothing.
_PROGRESS_STEP = 0.02
_helpers: ThreadPoolExecutor | None = None
_helpers_lock = threading.Lock()


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
    if workers is None:
        sharing = forked.sharing()
        if sharing is forked.Sharing.FORK and len(jobs) > 1 and usable_cores() > 1:
            return _run_shared_with_child(jobs, report, costs)
        if sharing is not forked.Sharing.THREADS:
            # Threads started here would keep this process from forking later.
            return _run_in_turn(jobs, report)
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


def map_in_order(
    work: Callable[[Item], T],
    items: Sequence[Item],
    progress: JobProgress | None = None,
    *,
    workers: int | None = None,
) -> list[T]:
    """[work(item) for item in items], the items shared out between the calling thread and up to
    `workers` - 1 helpers (by default one per usable core, at most MAX_WORKERS in all). `work` must
    not depend on which thread runs it or in which order. `progress`, called from the calling thread
    only, sees the fraction of items done and may raise to stop: the helpers finish the item in hand
    and take no other. When items raise, the exception of the first of them by order is raised, as
    it would be one after another (every item before it was taken earlier and is finished)."""
    if workers is None:
        sharing = forked.sharing()
        if sharing is forked.Sharing.FORK and len(items) >= forked.MIN_ITEMS and usable_cores() > 1:
            return forked.map_with_child(work, items, progress)
        if sharing is not forked.Sharing.THREADS:
            return _map_in_turn(work, items, progress)
    count = len(items)
    helpers = min(count, workers if workers is not None else min(usable_cores(), MAX_WORKERS)) - 1
    if helpers <= 0:
        return _map_in_turn(work, items, progress)
    results: list[T | None] = [None] * count
    errors: dict[int, BaseException] = {}
    lock = threading.Lock()
    stop = threading.Event()
    taken = 0
    done = 0

    def take() -> int | None:
        nonlocal taken
        with lock:
            if stop.is_set() or taken >= count:
                return None
            taken += 1
            return taken - 1

    def run(index: int) -> bool:
        """False once the item raised: its thread takes no other."""
        nonlocal done
        try:
            results[index] = work(items[index])
        except BaseException as exc:  # handed to the caller, the first by order
            with lock:
                errors[index] = exc
            stop.set()
            return False
        with lock:
            done += 1
        return True

    def help_out() -> None:
        while (index := take()) is not None and run(index):
            pass

    pool = _helper_pool()
    futures = [pool.submit(help_out) for _ in range(helpers)]
    reported = 0.0
    try:
        while (index := take()) is not None and run(index):
            fraction = done / count
            if progress is not None and fraction - reported >= _PROGRESS_STEP:
                reported = fraction
                progress(fraction)
    finally:
        stop.set()
        for future in futures:
            future.cancel()  # a helper still queued behind other work is not waited for
        wait(futures)
    if errors:
        raise errors[min(errors)]
    if progress is not None:
        progress(1.0)
    return cast(list[T], results)


def side_by_side(calls: Sequence[Callable[[], T]]) -> list[T]:
    """[call() for call in calls], shared with a forked child where this process may fork (see
    forked.py): two passes of pure Python over the same commands, such as the check and the
    estimate of a slice, take the time of the longer. Elsewhere one after another, as threads would
    only take turns. The first call stays in this process: give it the one with the larger result,
    which then needs no pickling."""
    if len(calls) > 1 and forked.sharing() is forked.Sharing.FORK and usable_cores() > 1:
        return forked.map_with_child(_call, calls, None, is_first_here=True)
    return [call() for call in calls]


def _call(call: Callable[[], T]) -> T:
    return call()


def _helper_pool() -> ThreadPoolExecutor:
    """One pool of helpers for every map_in_order, started on first use: parts sliced side by side
    share it rather than each starting threads of its own."""
    global _helpers
    with _helpers_lock:
        if _helpers is None:
            _helpers = ThreadPoolExecutor(
                max_workers=max(1, min(usable_cores(), MAX_WORKERS) - 1), thread_name_prefix="slicer-layers"
            )
        return _helpers


def _map_in_turn(work: Callable[[Item], T], items: Sequence[Item], progress: JobProgress | None) -> list[T]:
    results: list[T] = []
    reported = 0.0
    for index, item in enumerate(items):
        results.append(work(item))
        fraction = (index + 1) / len(items)
        if progress is not None and (fraction - reported >= _PROGRESS_STEP or index + 1 == len(items)):
            reported = fraction
            progress(fraction)
    return results


def _run_shared_with_child(jobs: Sequence[Job[T]], report: ReportFn, costs: Sequence[float] | None) -> list[T]:
    """The jobs shared with a forked child, costliest first; each job's layers are then done in turn
    by whichever process took it. Only this process's jobs report progress (the child's cannot reach
    the caller): the mean over the jobs, counting the child's as not started until the end. A job's
    error comes back as its result, so the first failing job by the jobs' order is raised, as with
    threads."""
    fractions = [0.0] * len(jobs)
    reported = 0.0
    caller = os.getpid()

    def run(index: int) -> tuple[T | None, Exception | None]:
        def progress(fraction: float) -> None:
            nonlocal reported
            if os.getpid() != caller:
                return  # the child's copy of `report` reaches nobody (and could write where the caller does)
            fractions[index] = max(fractions[index], min(max(fraction, 0.0), 1.0))
            overall = sum(fractions) / len(jobs)
            if overall > reported:
                reported = overall
                try:
                    report(overall, index)
                except Exception as exc:  # a cancel: the child stops with it
                    raise forked.StopAllError(exc) from exc

        try:
            return jobs[index](progress), None
        except forked.StopAllError:
            raise
        except Exception as exc:
            return None, exc

    order = _costliest_first(len(jobs), costs)
    outcomes: list[tuple[T | None, Exception | None]] = [(None, None)] * len(jobs)
    for index, outcome in zip(order, forked.map_with_child(run, order, None), strict=True):
        outcomes[index] = outcome
    for _, error in outcomes:
        if error is not None:
            raise error
    report(1.0, len(jobs) - 1)
    return [cast(T, result) for result, _ in outcomes]


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
