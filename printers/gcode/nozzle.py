"""How hot a nozzle is while a file runs, for the cold-extrusion rule: it heats at a finite rate towards
its target and, once its heater is turned down or off, cools like a hot body in air (Newton's law).

Extruding a second after `M104 S0` is harmless (the end code's re-prime, a last wipe): the nozzle is
still far above the melting point. Extruding minutes later, or into a nozzle that never got hot, is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SETTLED_WITHIN_C = 1.0  # closer than this to its target, a nozzle counts as there


@dataclass
class Nozzle:
    ambient_c: float
    heat_rate_c_s: float
    cooling_s: float  # Newton time constant with the heater off
    target_c: float = 0.0
    start_c: float = math.nan  # temperature at `since_s`
    since_s: float = 0.0
    has_waited: bool = False  # an M109 has waited for this nozzle

    def __post_init__(self) -> None:
        if math.isnan(self.start_c):
            self.start_c = self.ambient_c

    def temp_at(self, t: float) -> float:
        dt = max(t - self.since_s, 0.0)
        if self.target_c >= self.start_c:
            return min(self.target_c, self.start_c + self.heat_rate_c_s * dt)
        floor = max(self.target_c, self.ambient_c)
        return max(floor, self.ambient_c + (self.start_c - self.ambient_c) * math.exp(-dt / self.cooling_s))

    def set_target(self, t: float, target_c: float) -> None:
        self.start_c = self.temp_at(t)
        self.since_s = t
        self.target_c = max(target_c, 0.0)

    def wait(self, t: float, *, is_cooling_awaited: bool) -> float:
        """M109: waits until the target is reached (when cooling only with R); returns when the wait ends."""
        now_c = self.temp_at(t)
        self.has_waited = True
        if now_c >= self.target_c and not is_cooling_awaited:
            return t
        end = t + self.seconds_to(now_c, self.target_c)
        self.start_c = max(self.target_c, self.ambient_c)
        self.since_s = end
        return end

    def seconds_to(self, from_c: float, to_c: float) -> float:
        """How long the temperature takes to go from `from_c` to `to_c` under the current target."""
        if to_c >= from_c:
            return (to_c - from_c) / self.heat_rate_c_s
        excess_to = to_c - self.ambient_c
        if excess_to <= 0:
            return math.inf
        return self.cooling_s * math.log(max(from_c - self.ambient_c, excess_to) / excess_to)

    def settles_at(self, hot_enough_c: float) -> float:
        """From when on the nozzle's being hot enough or not no longer changes without a new command."""
        now_c = self.start_c
        if self.target_c >= hot_enough_c:
            if now_c <= self.target_c:
                return self.since_s + self.seconds_to(now_c, self.target_c)
            return self.since_s + self.seconds_to(now_c, self.target_c + SETTLED_WITHIN_C)
        if now_c < hot_enough_c:
            return self.since_s
        return self.since_s + self.seconds_to(now_c, hot_enough_c)
