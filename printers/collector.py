"""Pausing Python's automatic cycle collector while a pass builds 10⁵ small objects.

Slicing, parsing and estimating build that many acyclic tuples, dicts and lists. While the heap grows,
the collector's full passes walk every object built so far each time it has grown by a quarter, and
that costs a tenth of the pass. Nothing those passes build forms a cycle, so nothing is lost by
collecting once, later.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Runs `function` with automatic collection off, and turns it back on only if it was on: the
    desktop app keeps it off and collects on its GUI thread, and that must stay so."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper
