"""Turn a PD result (ruler or photo) into a measurement to store."""

from __future__ import annotations

from typing import Any

from app.fitting.pd import PdResult
from app.fitting.values import MeasurementInput


def measurement_from_pd(
    pd: PdResult,
    *,
    head_width_mm: float | None = None,
    front_to_bend_mm: float | None = None,
    lens_power_right_d: float | None = None,
    lens_power_left_d: float | None = None,
    photo_sha256: str | None = None,
    details: dict[str, Any] | None = None,
    notes: str = "",
) -> MeasurementInput:
    """Monocular PDs are stored only when really measured, not when they are halves."""
    extra: dict[str, Any] = {
        "near_working_distance_mm": pd.near_working_distance_mm,
        "photo_count": pd.photo_count,
        "spread_mm": round(pd.spread_mm, 2),
        "is_mono_measured": pd.is_mono_measured,
    }
    extra.update(details or {})
    return MeasurementInput(
        method=pd.method.value,
        far_pd_mm=round(pd.far_pd_mm, 2),
        near_pd_mm=round(pd.near_pd_mm, 2),
        mono_far_right_mm=round(pd.mono_far.right_mm, 2) if pd.is_mono_measured else None,
        mono_far_left_mm=round(pd.mono_far.left_mm, 2) if pd.is_mono_measured else None,
        mono_near_right_mm=round(pd.mono_near.right_mm, 2) if pd.is_mono_measured else None,
        mono_near_left_mm=round(pd.mono_near.left_mm, 2) if pd.is_mono_measured else None,
        head_width_mm=head_width_mm,
        front_to_bend_mm=front_to_bend_mm,
        lens_power_right_d=lens_power_right_d,
        lens_power_left_d=lens_power_left_d,
        photo_sha256=photo_sha256,
        details=extra,
        notes=notes,
    )
