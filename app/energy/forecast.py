"""PV forecast learned on site: clear sky × the site's own clear-sky index, with a cautious quantile.

k_obs = P_measured / P_clear, only where the sun is well up and the controller was harvesting all it
could: absorption/float and current-limited samples are censored (the battery, not the sky, limited
them). A system factor (P95 of k_obs) absorbs soiling, shading and model bias; the rest is cloud.
Per local hour: the median for cost and a low quantile for the reserve, blended with persistence
of the last hour's index for the next few hours.

The low quantile is a one-day figure. Over several days the planner cares about the running total,
and a run of bad days is rarer than one bad day: with independent days the shortfall of an n-day
total below its median grows as √n, so day n adds only (√n − √(n−1)) of a day's shortfall (1, 0.41,
0.32, 0.27 …). Weather spells make neighbouring days alike, so the first two days keep the full
shortfall and the rule starts after them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from app.energy.pv import clear_sky_pv_slots_w, clear_sky_pv_w, local_hours
from app.energy.site import ControllerKind, SiteSettings
from app.energy.sunpos import FloatArray, solar_position

COLD_START_MEDIAN_K = 0.7
COLD_START_CAUTIOUS_K = 0.35
MIN_DAYS_FOR_CLIMATOLOGY = 14
CAUTIOUS_QUANTILE = 0.2
PERSISTENCE_TAU_H = 2.5
MIN_ELEVATION_DEG = 8.0
# With no reading for this long the controller is considered silent: no persistence, lower quantile.
SILENT_AFTER_S = 15 * 60.0
FULL_SHORTFALL_DAYS = 2  # weather spells: the first days keep the whole one-day shortfall
SILENT_CAUTIOUS_SCALE = 0.5


@dataclass(frozen=True)
class PvSample:
    unix_s: float
    pv_w: float
    is_censored: bool  # absorption/float/current-limited/error: the sky was not the limit


@dataclass(frozen=True)
class CloudModel:
    """The learned clear-sky index, by local hour (24 bins)."""

    system_factor: float
    median_k: tuple[float, ...]
    cautious_k: tuple[float, ...]
    n_samples: int
    n_days: float
    is_cold_start: bool


@dataclass(frozen=True)
class Forecast:
    clear_w: FloatArray
    expected_w: FloatArray
    cautious_w: FloatArray
    k_now: float | None
    is_controller_silent: bool


def clear_sky_index(site: SiteSettings, samples: list[PvSample]) -> tuple[FloatArray, FloatArray]:
    """(unix times, k_obs) of the usable samples."""
    usable = [s for s in samples if not s.is_censored and math.isfinite(s.pv_w) and s.pv_w >= 0]
    if not usable:
        return np.empty(0), np.empty(0)
    t = np.array([s.unix_s for s in usable])
    p = np.array([s.pv_w for s in usable])
    clear = clear_sky_pv_w(site, t)
    sun = solar_position(t, site.latitude_deg, site.longitude_deg, altitude_m=site.altitude_m)
    elev = 90.0 - sun.apparent_zenith_deg
    keep = (elev > MIN_ELEVATION_DEG) & (clear > 0.05 * site.panels_wp)
    return t[keep], np.clip(p[keep] / np.where(keep, clear, 1.0)[keep], 0.0, 1.5)


def learn_cloud_model(site: SiteSettings, samples: list[PvSample]) -> CloudModel:
    t, k = clear_sky_index(site, samples)
    n_days = float((t.max() - t.min()) / 86400.0) if t.size else 0.0
    if t.size < 20 or n_days < MIN_DAYS_FOR_CLIMATOLOGY:
        return CloudModel(1.0, (COLD_START_MEDIAN_K,) * 24, (COLD_START_CAUTIOUS_K,) * 24, int(t.size), n_days, True)
    f_sys = float(np.clip(np.quantile(k, 0.95), 0.3, 1.2))
    kc = np.clip(k / f_sys, 0.0, 1.2)
    hours = np.floor(local_hours(site.timezone, t)).astype(int)
    median = np.full(24, float(np.median(kc)))
    low = np.full(24, float(np.quantile(kc, CAUTIOUS_QUANTILE)))
    for hour in range(24):
        in_bin = kc[hours == hour]
        if in_bin.size >= 10:
            median[hour] = float(np.median(in_bin))
            low[hour] = float(np.quantile(in_bin, CAUTIOUS_QUANTILE))
    return CloudModel(
        f_sys, tuple((median * f_sys).tolist()), tuple((low * f_sys).tolist()), int(t.size), n_days, False
    )


def recent_index(site: SiteSettings, samples: list[PvSample], now_s: float, window_s: float = 3600.0) -> float | None:
    """Exponentially weighted clear-sky index over the last hour (half-life 20 min), or None."""
    recent = [s for s in samples if now_s - window_s <= s.unix_s <= now_s]
    t, k = clear_sky_index(site, recent)
    if t.size == 0:
        return None
    weights = np.exp(-(now_s - t) / (20 * 60.0 / math.log(2)))
    return float(np.sum(weights * k) / np.sum(weights))


def _shortfall_share(n_slots: int, slot_min: float) -> FloatArray:
    """Per slot, the share of the one-day shortfall (median − low quantile) that its day adds to the
    running total's low quantile: 1 for the first days, then √n − √(n−1)."""
    day = np.floor(slot_min * np.arange(n_slots) / 1440.0) + 1.0
    late = np.maximum(day - FULL_SHORTFALL_DAYS, 0.0)
    share = np.sqrt(late + 1.0) - np.sqrt(late)
    return np.asarray(np.where(day <= FULL_SHORTFALL_DAYS, 1.0, share))


def forecast(
    site: SiteSettings,
    model: CloudModel,
    start_s: float,
    n_slots: int,
    slot_min: float,
    *,
    k_now: float | None = None,
    last_reading_s: float | None = None,
) -> Forecast:
    """Slot forecast from `start_s`. A silent controller (no reading lately) drops persistence and halves
    the cautious series: not knowing must never make the plan more optimistic. A lab with no controller
    (readings typed by hand) has nothing to fall silent: its cautious series is the learned (or
    cold-start) quantile, already the figure for not knowing today's sky."""
    clear = clear_sky_pv_slots_w(site, start_s, n_slots, slot_min)
    hours = np.floor(local_hours(site.timezone, start_s + slot_min * 60.0 * (np.arange(n_slots) + 0.5))).astype(int)
    k_med = np.asarray(model.median_k)[hours]
    k_low = np.asarray(model.cautious_k)[hours]
    is_silent = last_reading_s is None or start_s - last_reading_s > SILENT_AFTER_S
    if k_now is not None and not is_silent:
        lead_h = slot_min / 60.0 * (np.arange(n_slots) + 0.5)
        w = np.exp(-lead_h / PERSISTENCE_TAU_H)
        k_med = w * k_now + (1 - w) * k_med
        k_low = np.minimum(w * k_now + (1 - w) * k_low, k_med)
    if is_silent and site.controller != ControllerKind.MANUAL.value:
        k_low = k_low * SILENT_CAUTIOUS_SCALE
    k_low = np.minimum(k_low, k_med)
    k_low = k_med - (k_med - k_low) * _shortfall_share(n_slots, slot_min)
    return Forecast(clear, clear * k_med, clear * np.minimum(k_low, k_med), k_now, is_silent)
