"""Pausing Python's automatic cycle collector while a pass builds 10⁵ small objects.

Slicing, parsing and estimating build that many acyclic tuples, dicts and lists. While the heap grows,
the collector's full passes walk every object built so far each time it has grown by a quarter, and
that costs a tenth of the pass. Nothing those passes build forms a cycle, so nothing is lost by
collecting once, later.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0  # passes running now, in any thread
_was_enabled = False  # whether collection was on when the first of them started


def collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Runs `function` with automatic collection off. It comes back on when the last running pass ends,
    and only if it was on when the first began: the desktop app keeps it off from start-up and
    collects on its GUI thread, and that must stay so."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return wrapper


def _enter() -> None:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def _leave() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()
