"""An acceleration-aware time model of Marlin's planner: per-axis feed caps, classic per-axis jerk at
junctions, backward/forward passes and trapezoid (or triangle) speed profiles.

It follows the block planner that PrusaSlicer's own estimator imitates, so both read the same G-code
the same way; a naive sum of length/feed reads 15-20 % low on real prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from printers.profiles import MotionLimits

_MIN_PREV_FEED = 0.0001


@dataclass(frozen=True)
class MachineLimits:
    """Limits in force; the G-code may change them with M201/M203/M204/M205."""

    max_feed_mm_s: tuple[float, float, float, float]  # X Y Z E
    max_accel_mm_s2: tuple[float, float, float, float]
    max_jerk_mm_s: tuple[float, float, float, float]
    print_accel_mm_s2: float
    retract_accel_mm_s2: float
    travel_accel_mm_s2: float
    min_feed_mm_s: float = 0.0
    min_travel_feed_mm_s: float = 0.0

    @classmethod
    def from_profile(cls, limits: MotionLimits) -> MachineLimits:
        return cls(
            max_feed_mm_s=(
                limits.max_feed_x_mm_s,
                limits.max_feed_y_mm_s,
                limits.max_feed_z_mm_s,
                limits.max_feed_e_mm_s,
            ),
            max_accel_mm_s2=(
                limits.max_accel_x_mm_s2,
                limits.max_accel_y_mm_s2,
                limits.max_accel_z_mm_s2,
                limits.max_accel_e_mm_s2,
            ),
            max_jerk_mm_s=(limits.jerk_x_mm_s, limits.jerk_y_mm_s, limits.jerk_z_mm_s, limits.jerk_e_mm_s),
            print_accel_mm_s2=limits.print_accel_mm_s2,
            retract_accel_mm_s2=limits.retract_accel_mm_s2,
            travel_accel_mm_s2=limits.travel_accel_mm_s2,
            min_feed_mm_s=limits.min_feed_mm_s,
            min_travel_feed_mm_s=limits.min_travel_feed_mm_s,
        )

    def with_axes(self, field_name: str, values: dict[int, float]) -> MachineLimits:
        current = list(getattr(self, field_name))
        for axis, value in values.items():
            current[axis] = value
        # The field is named at run time (one of the per-axis tuples), so the change is a plain mapping.
        changes: dict[str, Any] = {field_name: tuple(current)}
        return replace(self, **changes)


def plan_times(deltas: np.ndarray, feeds_mm_s: np.ndarray, limits: MachineLimits) -> np.ndarray:
    """Seconds per move for one uninterrupted run of moves (a planner flush ends it).

    deltas: (n, 4) signed X Y Z E deltas in mm; feeds_mm_s: (n,) requested feed rates.

    Memory: a print has 10⁵ moves, and the estimate runs beside the slicer's output. Each stage below is a
    function, so its temporaries are freed when it returns, and per-axis values are worked one axis at a
    time (n values) rather than as (n, 4) arrays: the peak stays a few arrays of n floats.
    """
    count = len(deltas)
    if count == 0:
        return np.zeros(0)
    xyz = np.sqrt((deltas[:, :3] ** 2).sum(axis=1))
    distance = np.where(xyz > 0, xyz, np.abs(deltas[:, 3]))
    times = np.zeros(count)
    valid = distance > 1e-9
    if not valid.any():
        return times
    index = np.flatnonzero(valid)
    blocks = _blocks(deltas[index], distance[index], feeds_mm_s[index], xyz[index] == 0, limits)
    del xyz, distance, valid
    entry = _entry_speeds(blocks)
    times[index] = _block_times(blocks, entry)
    return times


@dataclass(frozen=True)
class _Blocks:
    """The planner's view of each move that moves: length, cruise feed, acceleration, speed limits."""

    dist: np.ndarray
    feed: np.ndarray
    accel: np.ndarray
    safe: np.ndarray  # the speed it may start or stop at from standstill (jerk-limited)
    max_entry: np.ndarray  # the highest speed at its junction with the move before


def _blocks(d: np.ndarray, dist: np.ndarray, feeds: np.ndarray, is_e_only: np.ndarray,
            limits: MachineLimits) -> _Blocks:
    is_extruding = d[:, 3] != 0
    min_feed = np.where(is_extruding, limits.min_feed_mm_s, limits.min_travel_feed_mm_s)
    feed = np.maximum(feeds, min_feed)
    feed = np.maximum(feed, 1e-3)
    inv = 1.0 / dist
    axis_feed = d * (feed * inv)[:, None]
    ratio = np.ones(len(feed))
    for axis, cap in enumerate(limits.max_feed_mm_s):
        speed = np.abs(axis_feed[:, axis])
        np.minimum(ratio, np.where(speed > cap, cap / np.maximum(speed, 1e-12), 1.0), out=ratio)
    feed = feed * ratio
    axis_feed *= ratio[:, None]
    accel = _accelerations(d, inv, is_extruding, is_e_only, limits)
    del d, inv, ratio
    safe = _safe_speeds(axis_feed, feed, limits.max_jerk_mm_s)
    max_entry = _junction_speeds(axis_feed, feed, safe, limits.max_jerk_mm_s)
    return _Blocks(dist, feed, accel, safe, max_entry)


def _accelerations(
    d: np.ndarray, inv: np.ndarray, is_extruding: np.ndarray, is_e_only: np.ndarray, limits: MachineLimits
) -> np.ndarray:
    """The move's acceleration (print, retract or travel), capped so that no axis exceeds its own."""
    accel = np.where(
        ~is_extruding,
        limits.travel_accel_mm_s2,
        np.where(is_e_only, limits.retract_accel_mm_s2, limits.print_accel_mm_s2),
    )
    axis_cap = np.full(len(accel), np.inf)
    for axis, cap in enumerate(limits.max_accel_mm_s2):
        unit = np.abs(d[:, axis]) * inv
        with np.errstate(divide="ignore"):
            np.minimum(axis_cap, np.where(accel * unit > cap, cap / np.maximum(unit, 1e-12), np.inf), out=axis_cap)
    accel = np.minimum(accel, axis_cap)
    floored: np.ndarray = np.maximum(accel, 1e-3)
    return floored


def _safe_speeds(axis_feed: np.ndarray, feed: np.ndarray, jerk: tuple[float, ...]) -> np.ndarray:
    safe: np.ndarray = feed.copy()
    for axis, axis_jerk in enumerate(jerk):
        np.minimum(safe, np.where(np.abs(axis_feed[:, axis]) > axis_jerk, axis_jerk, feed), out=safe)
    return safe


def _junction_speeds(axis_feed: np.ndarray, feed: np.ndarray, safe: np.ndarray, jerk: tuple[float, ...]) -> np.ndarray:
    """Marlin's classic jerk: the highest speed through each junction between two moves."""
    vmax_junction: np.ndarray = safe.copy()
    if len(feed) < 2:
        return vmax_junction
    prev_feed = feed[:-1]
    cur_feed = feed[1:]
    prev_larger = prev_feed > cur_feed
    smaller_factor = np.where(prev_larger, cur_feed / prev_feed, prev_feed / cur_feed)
    junction = np.where(prev_larger, cur_feed, prev_feed)
    exit_scale = np.where(prev_larger, smaller_factor, 1.0)
    v_factor = np.ones(len(cur_feed))
    for axis, axis_limit in enumerate(jerk):
        # Marlin applies the axes in turn, each scaling the ones after it.
        v_exit = axis_feed[:-1, axis] * exit_scale * v_factor
        v_entry = axis_feed[1:, axis] * v_factor
        axis_jerk = np.where(
            v_exit > v_entry,
            np.where((v_entry > 0) | (v_exit < 0), v_exit - v_entry, np.maximum(v_exit, -v_entry)),
            np.where((v_entry < 0) | (v_exit > 0), v_entry - v_exit, np.maximum(-v_exit, v_entry)),
        )
        over = axis_jerk > axis_limit
        v_factor = np.where(over, v_factor * axis_limit / np.maximum(axis_jerk, 1e-12), v_factor)
    junction = junction * v_factor
    threshold = junction * 0.99
    coasting = (safe[:-1] > threshold) & (safe[1:] > threshold)
    junction = np.where(coasting, safe[1:], junction)
    vmax_junction[1:] = np.where(prev_feed > _MIN_PREV_FEED, junction, safe[1:])
    return vmax_junction


def _entry_speeds(blocks: _Blocks) -> np.ndarray:
    """The planner's backward and forward passes: each move's entry speed."""
    v_allowable = np.sqrt(blocks.safe**2 + 2.0 * blocks.accel * blocks.dist)
    entry_l = np.minimum(blocks.max_entry, v_allowable).tolist()
    nominal_l = (blocks.feed <= v_allowable).tolist()
    del v_allowable
    max_entry_l = blocks.max_entry.tolist()
    accel_l = blocks.accel.tolist()
    dist_l = blocks.dist.tolist()
    n = len(entry_l)
    for i in range(n - 2, -1, -1):
        if entry_l[i] != max_entry_l[i]:
            nxt = entry_l[i + 1]
            if not nominal_l[i] and max_entry_l[i] > nxt:
                entry_l[i] = min(max_entry_l[i], math.sqrt(nxt * nxt + 2.0 * accel_l[i] * dist_l[i]))
            else:
                entry_l[i] = max_entry_l[i]
    del max_entry_l
    for i in range(1, n):
        prev = entry_l[i - 1]
        if not nominal_l[i - 1] and prev < entry_l[i]:
            entry_l[i] = min(entry_l[i], math.sqrt(prev * prev + 2.0 * accel_l[i - 1] * dist_l[i - 1]))
    return np.asarray(entry_l)


def _block_times(blocks: _Blocks, entry: np.ndarray) -> np.ndarray:
    """Seconds of each move's trapezoid (or triangle) speed profile."""
    feed, accel, dist = blocks.feed, blocks.accel, blocks.dist
    n = len(entry)
    v_out = np.empty(n)
    v_out[:-1] = entry[1:]
    v_out[-1] = blocks.safe[-1]
    v_in = np.minimum(entry, feed)
    v_out = np.minimum(v_out, feed)
    accel_d = np.maximum(0.0, (feed**2 - v_in**2) / (2 * accel))
    decel_d = np.maximum(0.0, (feed**2 - v_out**2) / (2 * accel))
    cruise_d = dist - accel_d - decel_d
    del accel_d, decel_d
    triangle = cruise_d < 0
    accel_d_tri = np.clip((2 * accel * dist - v_in**2 + v_out**2) / (4 * accel), 0.0, dist)
    peak = np.where(triangle, np.sqrt(np.maximum(v_in**2 + 2 * accel * accel_d_tri, 0.0)), feed)
    # When the planner hands a block an exit speed it cannot reach within its length (tiny segments
    # at a feed change), the speed at its end is what the length allows, not the exit speed.
    end_speed = np.sqrt(np.clip(peak**2 - 2 * accel * (dist - accel_d_tri), v_out**2, None))
    end_speed = np.where(triangle, np.minimum(end_speed, peak), v_out)
    t_accel = (peak - v_in) / accel
    t_decel = np.maximum(peak - end_speed, 0.0) / accel
    t_cruise = np.where(triangle, 0.0, cruise_d / feed)
    times: np.ndarray = np.maximum(t_accel, 0.0) + t_decel + t_cruise
    return times
