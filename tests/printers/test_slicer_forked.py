"""Work shared with a forked child: the same results, errors and cancels as one item after another."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from printers.profiles import find_material, find_printer
from printers.slicer import forked, frames_settings, parallel, slice_parts, standard_settings
from printers.slicer.parallel import map_in_order, run_jobs
from tests.printers.shapes import frame_set

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the slicer forks on Linux only")

MK3 = find_printer("prusa-mk3")
PLA = find_material("pla")


class StopSlicingError(Exception):
    pass


class Handshake:
    """A pipe made before the fork: the child says it has started an item, the parent waits for that
    (at most a minute), so a test knows both processes took items without timing anything."""

    def __init__(self) -> None:
        self.parent = os.getpid()
        self._read, self._write = os.pipe()

    def in_child(self) -> bool:
        return os.getpid() != self.parent

    def child_started(self) -> None:
        os.write(self._write, b"c")

    def wait_for_child(self) -> None:
        ready, _, _ = select.select([self._read], [], [], 60.0)
        assert ready, "the child never started an item"
        os.read(self._read, 1)

    def close(self) -> None:
        os.close(self._read)
        os.close(self._write)


@pytest.fixture
def handshake() -> Iterator[Handshake]:
    made = Handshake()
    yield made
    made.close()


def test_both_processes_take_items_and_the_order_is_kept(handshake: Handshake) -> None:
    def work(value: int) -> tuple[int, int]:
        if handshake.in_child():
            handshake.child_started()
        elif value == 0:
            handshake.wait_for_child()
        return value * value, os.getpid()

    results = forked.map_with_child(work, range(200), None, is_first_here=True)

    assert [value for value, _ in results] == [n * n for n in range(200)]
    assert {pid for _, pid in results} - {os.getpid()}, "the child took no item"
    assert os.getpid() in {pid for _, pid in results}


def test_the_first_failing_item_by_order_is_raised_whichever_process_took_it() -> None:
    def work(value: int) -> int:
        time.sleep(0.001)
        if value in (7, 8, 90):
            raise ValueError(f"item {value}")
        return value

    for _ in range(5):  # items 7 and 8 go to either process
        with pytest.raises(ValueError, match="item 7"):
            forked.map_with_child(work, range(100), None)


def test_a_cancel_from_the_progress_kills_the_child_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    children: list[int] = []
    real_fork = os.fork

    def recorded_fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", recorded_fork)

    parent = os.getpid()

    def progress(fraction: float) -> None:
        if fraction > 0.05:
            raise StopSlicingError

    def work(value: int) -> int:
        if os.getpid() != parent:
            time.sleep(3600)  # were the child waited for, the test would hang here
        return value

    with pytest.raises(StopSlicingError):
        forked.map_with_child(work, range(1000), progress)

    assert len(children) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # killed and reaped: not even a zombie is left


def test_a_stop_raised_inside_an_item_stops_both_with_its_reason() -> None:
    def work(value: int) -> int:
        if value == 3:
            raise forked.StopAllError(StopSlicingError("cancelled"))
        time.sleep(0.005)
        return value

    with pytest.raises(StopSlicingError, match="cancelled"):
        forked.map_with_child(work, range(1000), None)


def test_the_items_of_a_child_that_dies_are_done_here() -> None:
    parent = os.getpid()

    def work(value: int) -> tuple[int, int]:
        if os.getpid() != parent and value > 10:
            os._exit(3)  # as if killed or out of memory
        time.sleep(0.002)
        return value * 2, os.getpid()

    results = forked.map_with_child(work, range(50), None)

    assert [value for value, _ in results] == [n * 2 for n in range(50)]
    assert {pid for _, pid in results} == {parent}  # what the child made went with it


def test_a_dead_childs_items_still_raise_in_order() -> None:
    parent = os.getpid()

    def work(value: int) -> int:
        if os.getpid() != parent:
            os._exit(3)
        time.sleep(0.002)
        if value in (5, 30):
            raise ValueError(f"item {value}")
        return value

    with pytest.raises(ValueError, match="item 5"):
        forked.map_with_child(work, range(50), None)


def test_an_error_in_the_child_stops_the_parent_taking_items(handshake: Handshake) -> None:
    done_here: list[int] = []

    def work(value: int) -> int:
        if handshake.in_child():
            handshake.child_started()
            raise ValueError(f"item {value}")
        if value == 0:
            handshake.wait_for_child()
        time.sleep(0.001)
        done_here.append(value)
        return value

    with pytest.raises(ValueError, match="item "):
        forked.map_with_child(work, range(1000), None, is_first_here=True)
    assert len(done_here) < 500  # the child took the tickets left when it failed


def test_results_that_will_not_pickle_are_made_again_here() -> None:
    parent = os.getpid()

    def work(value: int) -> tuple[int, object]:
        time.sleep(0.001)
        return value, (threading.Lock() if os.getpid() != parent else None)

    results = forked.map_with_child(work, range(50), None)

    assert [value for value, _ in results] == list(range(50))


def test_no_fork_to_be_had_means_in_turn_and_nothing_left_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    before = set(os.listdir("/proc/self/fd"))

    assert forked.map_with_child(lambda n: n + 1, range(30), None) == list(range(1, 31))
    assert set(os.listdir("/proc/self/fd")) == before


_ORPHAN = """
import os, sys, time
from printers.slicer import forked
parent = os.getpid()
def work(value):
    if os.getpid() != parent:
        with open(sys.argv[1], "a") as out:
            out.write(f"{os.getpid()} ")
        time.sleep(0.2)
    return value
def progress(fraction):
    if os.path.exists(sys.argv[1]) and open(sys.argv[1]).read():
        os._exit(0)  # the parent dies, as if killed, while the child is at work
    time.sleep(0.01)
forked.map_with_child(work, range(1000), progress)
"""


def test_a_child_whose_parent_died_stops_after_its_item(tmp_path: Path) -> None:
    record = tmp_path / "child.txt"
    subprocess.run([sys.executable, "-c", _ORPHAN, str(record)], cwd=Path(__file__).resolve().parents[2],
                   check=True, timeout=120)
    child = int(record.read_text().split()[0])
    deadline = time.monotonic() + 60.0
    while Path(f"/proc/{child}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)

    assert not Path(f"/proc/{child}").exists(), "the orphaned child went on with the other items"


def test_an_error_that_will_not_pickle_reaches_the_parent_as_text() -> None:
    parent = os.getpid()

    class Unpicklable(Exception):
        def __reduce__(self) -> str | tuple[object, ...]:
            raise TypeError("not this one")

    def work(value: int) -> int:
        time.sleep(0.002)
        if os.getpid() != parent:
            raise Unpicklable("the child's own")
        return value

    with pytest.raises(RuntimeError, match="the child's own"):
        forked.map_with_child(work, range(50), None)


def test_maps_inside_a_shared_item_run_in_turn() -> None:
    before = forked.sharing()
    inside = forked.map_with_child(lambda value: forked.sharing(), range(20), None)

    assert set(inside) == {forked.Sharing.IN_TURN}
    assert forked.sharing() is before  # and as it was after the share


@pytest.mark.parametrize(("blas_threads", "expected"), [("1", "fork"), ("2", "threads")])
def test_a_process_forks_only_with_no_other_thread_even_a_native_one(blas_threads: str, expected: str) -> None:
    code = "from printers.slicer import forked; print(forked.sharing().value)"  # loads numpy
    env = {**os.environ, "OPENBLAS_NUM_THREADS": blas_threads}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2], env=env)

    assert done.stdout.strip() == expected


def test_a_process_with_other_threads_uses_threads() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert forked.sharing() is forked.Sharing.THREADS
    finally:
        release.set()
        other.join()


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cores in a process that may fork, whatever threads earlier tests of this worker left."""
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    monkeypatch.setattr(forked, "sharing", lambda real=forked.sharing: (
        forked.Sharing.FORK if real() is forked.Sharing.THREADS else real()))


@pytest.mark.usefixtures("two_cores")
def test_jobs_shared_with_the_child_keep_their_order_and_progress_only_grows() -> None:
    seen: list[float] = []

    def job(value: int) -> parallel.Job[tuple[int, int]]:
        def run(progress: parallel.JobProgress) -> tuple[int, int]:
            for step in range(5):
                time.sleep(0.002)
                progress((step + 1) / 5)
            return value, os.getpid()

        return run

    results = run_jobs([job(n) for n in range(8)], lambda fraction, index: seen.append(fraction),
                       costs=[float(n) for n in range(8)])

    assert [value for value, _ in results] == list(range(8))
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)


@pytest.mark.usefixtures("two_cores")
def test_the_first_failing_job_by_the_jobs_order_is_raised() -> None:

    def job(value: int) -> parallel.Job[int]:
        def run(progress: parallel.JobProgress) -> int:
            time.sleep(0.01)
            if value in (2, 5):
                raise ValueError(f"job {value}")
            return value

        return run

    # Costliest first: job 5 starts before job 2, yet job 2's error is the one raised.
    with pytest.raises(ValueError, match="job 2"):
        run_jobs([job(n) for n in range(6)], lambda f, i: None, costs=[float(n) for n in range(6)])


@pytest.mark.usefixtures("two_cores")
def test_a_cancel_from_the_report_stops_the_shared_jobs() -> None:

    def endless(progress: parallel.JobProgress) -> int:
        for step in range(10**7):  # were the child's job waited for, the test would hang here
            time.sleep(0.001)
            progress(step / 10**7)
        return 0

    def report(fraction: float, index: int) -> None:
        if fraction > 1e-5:
            raise StopSlicingError

    with pytest.raises(StopSlicingError):
        run_jobs([endless, endless], report)


@pytest.mark.parametrize("build", ["frame set", "lone part"])
def test_a_slice_shared_with_a_child_is_the_slice_made_in_turn_or_by_threads(
    build: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trimesh

    if build == "frame set":
        parts, settings = frame_set(), frames_settings(MK3, PLA)
    else:
        hull = trimesh.creation.icosphere(subdivisions=3, radius=10.0)
        cabin = trimesh.creation.box(extents=(8.0, 6.0, 14.0))
        cabin.apply_translation((0.0, 0.0, 6.0))
        parts, settings = [("boat", trimesh.util.concatenate([hull, cabin]))], standard_settings(MK3)
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    made = {}
    for sharing in forked.Sharing:
        monkeypatch.setattr(forked, "sharing", lambda chosen=sharing: chosen)
        made[sharing] = slice_parts(parts, MK3, PLA, settings)
    shared = made[forked.Sharing.FORK]

    for other in (forked.Sharing.IN_TURN, forked.Sharing.THREADS):
        assert made[other].gcode == shared.gcode
        assert made[other].overhangs == shared.overhangs
        assert made[other].prism_parts == shared.prism_parts


def test_map_in_order_forks_only_when_it_is_worth_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    monkeypatch.setattr(forked, "sharing", lambda: forked.Sharing.FORK)
    forks: list[int] = []
    real = forked.map_with_child

    def counted(work: Callable[[int], int], items: Sequence[int], progress: None) -> list[int]:
        forks.append(len(items))
        return real(work, items, progress)

    monkeypatch.setattr(forked, "map_with_child", counted)

    assert map_in_order(lambda n: n + 1, range(forked.MIN_ITEMS - 1)) == list(range(1, forked.MIN_ITEMS))
    assert map_in_order(lambda n: n + 1, range(40)) == list(range(1, 41))
    monkeypatch.setattr(parallel, "usable_cores", lambda: 1)
    assert map_in_order(lambda n: n + 1, range(40)) == list(range(1, 41))

    assert forks == [40]


def test_side_by_side_gives_each_call_its_own_result_and_shares_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    monkeypatch.setattr(forked, "sharing", lambda: forked.Sharing.FORK)

    handshake = Handshake()

    def first_call() -> int:
        handshake.wait_for_child()  # the second call can only be the child's
        return os.getpid()

    def second_call() -> int:
        handshake.child_started()
        return os.getpid()

    try:
        first, second = parallel.side_by_side([first_call, second_call])
    finally:
        handshake.close()

    assert first == os.getpid()  # the first call, the one with the larger result, stays here
    assert second != os.getpid()
    monkeypatch.setattr(forked, "sharing", lambda: forked.Sharing.THREADS)
    assert parallel.side_by_side([os.getpid, os.getpid]) == [os.getpid()] * 2


def test_more_items_than_a_pipe_holds_tickets_for_are_shared_in_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_MAX_ITEMS", 16)
    seen: list[float] = []

    assert forked.map_with_child(lambda n: n * 3, range(100), seen.append) == [n * 3 for n in range(100)]
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
