from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from printers.profiles import find_material, find_printer
from printers.slicer import frames_settings, slice_parts
from printers.slicer.parallel import JobProgress, run_jobs, usable_cores
from tests.printers.shapes import frame_set

MK3 = find_printer("prusa-mk3")
PLA = find_material("pla")


class StopSlicingError(Exception):
    pass


def _job(value: int, steps: int = 5, started: threading.Event | None = None) -> Callable[[JobProgress], int]:
    def job(progress: JobProgress) -> int:
        if started is not None:
            started.set()
        for step in range(steps):
            progress((step + 1) / steps)
        return value * value

    return job


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_results_keep_the_jobs_order_and_progress_only_grows(workers: int) -> None:
    seen: list[tuple[float, int, str]] = []

    def report(fraction: float, index: int) -> None:
        seen.append((fraction, index, threading.current_thread().name))

    results = run_jobs([_job(n, steps=3 + n) for n in range(7)], report, workers=workers)

    assert results == [n * n for n in range(7)]
    fractions = [fraction for fraction, _, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert {name for _, _, name in seen} == {threading.current_thread().name}


def test_a_cancel_from_the_report_stops_the_jobs_still_running() -> None:
    steps_done: list[int] = []
    release = threading.Event()

    def endless(progress: JobProgress) -> int:
        for step in range(10_000):
            steps_done.append(step)
            progress(min(step / 10_000, 0.99))
            release.wait(0.001)
        return 0

    def report(fraction: float, index: int) -> None:
        if len(steps_done) > 20:
            raise StopSlicingError

    with pytest.raises(StopSlicingError):
        run_jobs([endless, endless], report, workers=2)
    stopped_at = len(steps_done)
    assert stopped_at < 2 * 10_000
    assert len(steps_done) == stopped_at  # no job goes on after run_jobs returned


def test_the_first_failing_job_by_order_is_raised() -> None:
    def failing(message: str) -> Callable[[JobProgress], int]:
        def job(progress: JobProgress) -> int:
            progress(0.5)
            raise ValueError(message)

        return job

    with pytest.raises(ValueError, match="first"):
        run_jobs([_job(1), failing("first"), _job(2), failing("second")], lambda f, i: None, workers=2)
    with pytest.raises(ValueError, match="first"):
        run_jobs([_job(1), failing("first"), failing("second")], lambda f, i: None, workers=1)


def test_the_costliest_jobs_start_first_and_results_keep_their_order() -> None:
    started: list[int] = []
    lock = threading.Lock()

    def job(index: int) -> Callable[[JobProgress], int]:
        def run(progress: JobProgress) -> int:
            with lock:
                started.append(index)
            progress(1.0)
            return index

        return run

    results = run_jobs([job(n) for n in range(3)], lambda f, i: None, costs=[1.0, 2.0, 3.0], workers=2)

    assert results == [0, 1, 2]
    assert started[-1] == 0  # two workers take the two costliest; the cheapest waits for one of them


def test_usable_cores_is_at_least_one() -> None:
    assert usable_cores() >= 1


def test_parts_sliced_side_by_side_give_the_same_gcode_as_one_after_another(monkeypatch: pytest.MonkeyPatch) -> None:
    import printers.slicer.engine as engine

    parts = frame_set()
    settings = frames_settings(MK3, PLA)
    results = []
    for workers in (2, 1):
        monkeypatch.setattr(
            engine, "run_jobs", lambda jobs, report, costs, w=workers: run_jobs(jobs, report, costs=costs, workers=w)
        )
        results.append(slice_parts(parts, MK3, PLA, settings))
    side_by_side, in_turn = results

    assert side_by_side.gcode == in_turn.gcode
    assert side_by_side.prism_parts == in_turn.prism_parts
    assert side_by_side.overhangs == in_turn.overhangs
