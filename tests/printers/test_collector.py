from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from printers.collector import collector_paused


@pytest.fixture
def collection_on() -> Iterator[None]:
    # The suite keeps automatic collection off; these tests need to see it switched.
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@collector_paused
def _state() -> bool:
    return gc.isenabled()


def test_collection_is_off_during_the_pass_and_back_on_after(collection_on: None) -> None:
    assert _state() is False
    assert gc.isenabled()


def test_collection_left_off_by_the_app_stays_off() -> None:
    gc.disable()
    assert _state() is False
    assert not gc.isenabled()


def test_an_error_in_the_pass_still_restores_collection(collection_on: None) -> None:
    @collector_paused
    def fails() -> None:
        raise ValueError("bad part")

    with pytest.raises(ValueError):
        fails()
    assert gc.isenabled()


def test_overlapping_passes_in_two_threads_restore_it_once_both_end(collection_on: None) -> None:
    inside = threading.Event()
    release = threading.Event()
    seen_after_first: list[bool] = []

    @collector_paused
    def long_pass() -> None:
        inside.set()
        release.wait(10)

    @collector_paused
    def short_pass() -> None:
        pass

    worker = threading.Thread(target=long_pass)
    worker.start()
    assert inside.wait(10)
    short_pass()  # ends while the long pass still runs: collection must stay off
    seen_after_first.append(gc.isenabled())
    release.set()
    worker.join(10)
    assert seen_after_first == [False]
    assert gc.isenabled()
