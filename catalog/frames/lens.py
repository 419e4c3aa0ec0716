"""Lens contours: superellipse halves with taper and skews, reboxed to exactly A x B (ISO 8624 boxing)."""

from __future__ import annotations

import math

import numpy as np

LENS_POINTS = 360


def lens_contour(
    width_mm: float,
    height_mm: float,
    n_top: float,
    n_bottom: float,
    taper: float = 0.0,
    skew_top: float = 0.0,
    skew_bottom: float = 0.0,
    points: int = LENS_POINTS,
) -> np.ndarray:
    """(points, 2) counter-clockwise contour, box centre at the origin, +x temporal."""
    t = np.linspace(0.0, 2.0 * math.pi, points, endpoint=False)
    c, s = np.cos(t), np.sin(t)
    upper = s >= 0
    n = np.where(upper, n_top, n_bottom)
    x = np.sign(c) * np.abs(c) ** (2.0 / n)
    y = np.sign(s) * np.abs(s) ** (2.0 / n)
    x = x * (1.0 + taper * y)
    y2 = y * y
    x = x + np.where(upper, skew_top * y2, -skew_bottom * y2)
    x_lo, x_hi, y_lo, y_hi = x.min(), x.max(), y.min(), y.max()
    xs = (x - (x_lo + x_hi) / 2.0) * (width_mm / (x_hi - x_lo))
    ys = (y - (y_lo + y_hi) / 2.0) * (height_mm / (y_hi - y_lo))
    return np.column_stack([xs, ys])


def lens_sag_step_mm(contour: np.ndarray, base_curve_d: float) -> float:
    """Depth difference between the nearest and farthest edge points of a curved lens (0 for a round lens)."""
    if base_curve_d <= 0:
        return 0.0
    radius = 523.0 / base_curve_d
    r = np.hypot(contour[:, 0], contour[:, 1])
    r_max, r_min = float(r.max()), float(r.min())

    def sag(rr: float) -> float:
        return radius - math.sqrt(max(radius * radius - rr * rr, 0.0))

    return sag(r_max) - sag(r_min)
