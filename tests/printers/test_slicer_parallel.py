from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import trimesh

from printers.profiles import find_material, find_printer
from printers.slicer import SliceSettings, frames_settings, parallel, slice_parts, standard_settings
from printers.slicer.parallel import JobProgress, map_in_order, run_jobs, usable_cores
from tests.printers.shapes import extrude, frame_front_outline, frame_set

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


@pytest.fixture
def cores(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[int], None]]:
    """Pretend the machine has N cores: the parts' pool and the layers' helpers both size by it."""
    pools: list[ThreadPoolExecutor] = []

    def use(count: int) -> None:
        monkeypatch.setattr(parallel, "usable_cores", lambda: count)
        pool = ThreadPoolExecutor(max_workers=max(1, count - 1), thread_name_prefix="test-layers")
        pools.append(pool)
        monkeypatch.setattr(parallel, "_helpers", pool)

    yield use
    for pool in pools:
        pool.shutdown(wait=True)


def _square(value: int) -> int:
    return value * value


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_map_in_order_keeps_the_items_order_and_reports_from_the_calling_thread(
    workers: int, cores: Callable[[int], None]
) -> None:
    cores(4)
    seen: list[tuple[float, str]] = []

    def progress(fraction: float) -> None:
        seen.append((fraction, threading.current_thread().name))

    assert map_in_order(_square, range(200), progress, workers=workers) == [n * n for n in range(200)]
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert {name for _, name in seen} == {threading.current_thread().name}


def test_map_in_order_raises_the_first_failing_item_by_order(cores: Callable[[int], None]) -> None:
    cores(4)

    def work(value: int) -> int:
        if value in (7, 90):
            raise ValueError(f"item {value}")
        return value

    for workers in (1, 2, 4):
        with pytest.raises(ValueError, match="item 7"):
            map_in_order(work, range(100), workers=workers)


def test_a_cancel_from_the_progress_stops_the_helpers(cores: Callable[[int], None]) -> None:
    cores(4)
    done: list[int] = []
    lock = threading.Lock()

    def work(value: int) -> int:
        time.sleep(0.001)
        with lock:
            done.append(value)
        return value

    def progress(fraction: float) -> None:
        if fraction > 0.1:
            raise StopSlicingError

    with pytest.raises(StopSlicingError):
        map_in_order(work, range(2000), progress, workers=4)
    stopped_at = len(done)
    assert stopped_at < 2000
    time.sleep(0.05)
    assert len(done) == stopped_at  # no helper goes on after map_in_order returned


def test_layers_of_parts_sliced_side_by_side_share_the_helpers_without_waiting_on_each_other(
    cores: Callable[[int], None],
) -> None:
    cores(2)  # one helper for four parts: most maps run on their calling thread alone

    def part(offset: int) -> Callable[[JobProgress], list[int]]:
        return lambda progress: map_in_order(lambda n: n + offset, range(300), progress)

    results = run_jobs([part(k * 1000) for k in range(4)], lambda f, i: None, workers=4)

    assert results == [[n + k * 1000 for n in range(300)] for k in range(4)]


def _benchy_like() -> trimesh.Trimesh:
    """A rounded hull, a cabin box overlapping it (two shells united, no boolean), a thin-walled
    funnel that needs gap fill: layers that all differ, with sparse masks of their own."""
    hull = trimesh.creation.icosphere(subdivisions=3, radius=10.0)
    hull.apply_scale((1.6, 1.0, 0.7))
    hull.apply_translation((0, 0, 7.0))
    cabin = trimesh.creation.box((8.0, 9.0, 8.0))
    cabin.apply_translation((-4.0, 0.0, 9.0))
    funnel = trimesh.creation.annulus(r_min=1.8, r_max=2.45, height=6.0)
    funnel.apply_translation((5.0, 0.0, 13.0))
    mesh = trimesh.util.concatenate([hull, cabin, funnel])
    mesh.metadata["name"] = "boat"
    return mesh


def _bevelled_front() -> trimesh.Trimesh:
    """A frame front whose top face is smaller than its bottom: every layer's outline differs."""
    mesh = extrude(frame_front_outline(), 4.0, "front")
    top = mesh.vertices[:, 2] > 2.0
    vertices = mesh.vertices.copy()
    vertices[top, :2] *= 0.98
    mesh.vertices = vertices
    return mesh


def _slice_on(count: int, cores: Callable[[int], None], parts: list[trimesh.Trimesh], settings: SliceSettings) -> str:
    cores(count)
    return slice_parts(parts, MK3, PLA, settings).gcode


@pytest.mark.parametrize(
    ("parts", "mode"),
    [
        (lambda: [_benchy_like()], "standard"),
        (lambda: [_bevelled_front()], "frames"),
        (lambda: frame_set()[:1], "frames"),
        (lambda: [_bevelled_front(), *frame_set()[1:]], "frames"),
    ],
    ids=["benchy-like", "bevelled-front", "prism-front", "frame-set"],
)
def test_the_layers_of_a_part_sliced_on_1_2_or_4_threads_give_the_same_gcode(
    parts: Callable[[], list[trimesh.Trimesh]], mode: str, cores: Callable[[int], None]
) -> None:
    settings = frames_settings(MK3, PLA) if mode == "frames" else standard_settings(MK3)
    gcodes = [_slice_on(count, cores, parts(), settings) for count in (1, 2, 4)]

    assert gcodes[0].count("\n") > 1000
    assert gcodes[1] == gcodes[0]
    assert gcodes[2] == gcodes[0]


def test_one_part_sliced_on_its_layers_reports_from_the_calling_thread_and_cancels(
    cores: Callable[[int], None],
) -> None:
    cores(4)
    seen: list[tuple[float, str]] = []

    def progress(fraction: float, message: str) -> None:
        seen.append((fraction, threading.current_thread().name))

    whole = slice_parts([_benchy_like()], MK3, PLA, standard_settings(MK3), progress=progress)
    assert {name for _, name in seen} == {threading.current_thread().name}
    fractions = [fraction for fraction, _ in seen]
    assert fractions == sorted(fractions)
    assert len([f for f in fractions if f < 0.5]) > 10  # the layers' rounds report as they go

    def cancel(fraction: float, message: str) -> None:
        if 0.1 < fraction < 0.5:
            raise StopSlicingError

    with pytest.raises(StopSlicingError):
        slice_parts([_benchy_like()], MK3, PLA, standard_settings(MK3), progress=cancel)
    # The helpers stopped cleanly: the next slice is the same as before.
    assert slice_parts([_benchy_like()], MK3, PLA, standard_settings(MK3)).gcode == whole.gcode
