from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.gc_policy import thresholds
from ui.gc_guard import MainThreadGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qtbot) -> Iterator[MainThreadGarbageCollector]:  # type: ignore[no-untyped-def]
    was_enabled, was_thresholds = gc.isenabled(), gc.get_threshold()
    guard = MainThreadGarbageCollector()
    yield guard
    guard.deleteLater()
    gc.set_threshold(*was_thresholds)
    if was_enabled:
        gc.enable()


def test_collection_runs_on_the_gui_thread_timer(collector: MainThreadGarbageCollector) -> None:
    assert not gc.isenabled()
    for _ in range(thresholds()[0] + 10):
        _Cycle()
    assert gc.get_count()[0] > thresholds()[0]
    collector.check()
    assert gc.get_count()[0] < thresholds()[0]


def test_the_window_uses_the_process_thresholds(collector: MainThreadGarbageCollector) -> None:
    assert gc.get_threshold() == thresholds()


def test_start_up_objects_are_frozen_once_the_window_is_built(collector: MainThreadGarbageCollector) -> None:
    # Only what was made since the suite's last freeze is walked: unfreezing everything the run has
    # imported so far would make this one collection take seconds.
    before = gc.get_freeze_count()
    window_objects = [_Cycle() for _ in range(100)]  # alive when start-up is done, so kept to the end
    collector.start_up_done()
    assert gc.get_freeze_count() >= before + len(window_objects)
    assert not gc.isenabled()  # still collected on the GUI thread only
