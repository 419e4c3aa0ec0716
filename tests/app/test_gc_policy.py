"""The process's collection policy: the command line's settings, and what they leave to the host."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.gc_policy import YOUNG_THRESHOLD, collect_automatically, freeze_startup_objects, thresholds


@pytest.fixture
def collector_state() -> Iterator[None]:
    was_enabled, was_thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.set_threshold(*was_thresholds)
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_command_line_collects_automatically_with_the_process_thresholds(collector_state: None) -> None:
    gc.enable()  # as a fresh interpreter starts
    collect_automatically()
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds() and thresholds()[0] == YOUNG_THRESHOLD
    assert gc.get_freeze_count() > 0  # what start-up made is out of the collector's reach


def test_what_a_command_made_is_frozen_before_the_interpreter_exits() -> None:
    # An exit handler registered first runs last: it sees the collector as the interpreter's own
    # final collections will.
    code = (
        "import atexit, gc\n"
        "atexit.register(lambda: print(gc.get_freeze_count() - frozen_at_start))\n"
        "from app.gc_policy import collect_automatically\n"
        "collect_automatically()\n"
        "collect_automatically()\n"
        "frozen_at_start = gc.get_freeze_count()\n"
        "made_by_the_command = [[n] for n in range(5000)]\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert int(done.stdout.strip()) > 4000  # without it: 0, they would be left to those collections


def test_a_host_that_switched_collection_off_keeps_it_off(collector_state: None) -> None:
    gc.disable()  # the test suite, or a window that collects on its own thread
    collect_automatically()
    assert not gc.isenabled()


def test_freezing_after_start_up_collects_the_start_up_garbage_first(collector_state: None) -> None:
    gc.disable()
    # Only what was made since the suite's last freeze is walked: unfreezing everything the run has
    # imported so far would make this one collection take seconds.
    before = gc.get_freeze_count()
    start_up_objects = [_Cycle() for _ in range(100)]  # alive when start-up is done, so kept to the end
    cycle = _Cycle()
    collected: list[int] = []
    gc.callbacks.append(lambda phase, info: collected.append(info["collected"]) if phase == "stop" else None)
    try:
        del cycle
        freeze_startup_objects()
    finally:
        gc.callbacks.pop()
    assert sum(collected) >= 1  # the cycle was freed, not frozen for the life of the process
    assert gc.get_count()[0] < 10 and gc.get_freeze_count() >= before + len(start_up_objects)
