"""Pupillary distances: plausible ranges, near from far, ruler entry, and the combined result.

Monocular PDs are measured from each pupil to the nose midline. "Right" and "left" are always the
customer's own eyes, never sides of a photo.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.fitting.errors import MeasurementError, PdSpreadError
from app.fitting.rounding import shown_mm
from i18n import N_, _

# The sides check_mono_pd and the prescriptions are worded with.
SIDE_WORDS = (N_("right"), N_("left"))

# Binocular far PD: adults almost all 45–80 mm, children (≥ 1 y) down to ≈ 43; a little slack for
# measurement error, but 20 or 120 mm is a mistake, not a face.
FAR_PD_MIN_MM = 38.0
FAR_PD_MAX_MM = 82.0
MONO_PD_MIN_MM = 17.0
MONO_PD_MAX_MM = 42.0
# A near PD is 2–5 mm under the far PD at reading distance; more than that is a typing error.
NEAR_PD_MAX_DROP_MM = 8.0

DEFAULT_NEAR_WORKING_DISTANCE_MM = 400.0
# Spectacle plane to the eye's centre of rotation, in the optical trade's NPD = DPD·WD/(WD + 27).
SPECTACLE_TO_ROTATION_MM = 27.0

MAX_PHOTOS_PER_SET = 3
MAX_SET_SPREAD_MM = 1.5


class PdMethod(enum.Enum):
    RULER = "ruler"
    PHOTO = "photo"
    PUPILLOMETER = "pupillometer"


@dataclass(frozen=True)
class MonoPd:
    right_mm: float  # the customer's right eye
    left_mm: float

    @property
    def total_mm(self) -> float:
        return self.right_mm + self.left_mm

    def to_json(self) -> dict[str, float]:
        return {"right": shown_mm(self.right_mm), "left": shown_mm(self.left_mm)}


@dataclass(frozen=True)
class PdResult:
    far_pd_mm: float
    near_pd_mm: float
    mono_far: MonoPd
    mono_near: MonoPd
    method: PdMethod
    is_mono_measured: bool  # False when monocular PDs are half the binocular one
    photo_count: int = 0
    spread_mm: float = 0.0
    near_working_distance_mm: float = DEFAULT_NEAR_WORKING_DISTANCE_MM
    warnings: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "far_pd_mm": shown_mm(self.far_pd_mm),
            "near_pd_mm": shown_mm(self.near_pd_mm),
            "mono_far_pd_mm": self.mono_far.to_json(),
            "mono_near_pd_mm": self.mono_near.to_json(),
            "method": self.method.value,
            "is_mono_measured": self.is_mono_measured,
            "photo_count": self.photo_count,
            "spread_mm": round(self.spread_mm, 2),
            "near_working_distance_mm": self.near_working_distance_mm,
            "warnings": list(self.warnings),
        }


def near_from_far(far_mm: float, working_distance_mm: float = DEFAULT_NEAR_WORKING_DISTANCE_MM) -> float:
    """Spectacle-plane near PD for a reading distance: 63 mm far gives 59.0 mm at 40 cm."""
    return far_mm * working_distance_mm / (working_distance_mm + SPECTACLE_TO_ROTATION_MM)


def check_far_pd(far_mm: float, *, label: str = N_("far PD")) -> None:
    """`label` is marked with N_() by the caller and worded here."""
    if not math.isfinite(far_mm) or not FAR_PD_MIN_MM <= far_mm <= FAR_PD_MAX_MM:
        raise MeasurementError(
            _("A {label} of {far_mm:g} mm is impossible (faces measure {FAR_PD_MIN_MM:g}–{FAR_PD_MAX_MM:g} "
              "mm): measure again.").format(
                    label=_(label), far_mm=far_mm, FAR_PD_MIN_MM=FAR_PD_MIN_MM, FAR_PD_MAX_MM=FAR_PD_MAX_MM)
        )


def check_mono_pd(mono_mm: float, side: str) -> None:
    if not math.isfinite(mono_mm) or not MONO_PD_MIN_MM <= mono_mm <= MONO_PD_MAX_MM:
        raise MeasurementError(
            _("A {side} monocular PD of {mono_mm:g} mm is impossible (expected "
              "{MONO_PD_MIN_MM:g}–{MONO_PD_MAX_MM:g} mm): measure that eye again.").format(
                    side=_(side), mono_mm=mono_mm, MONO_PD_MIN_MM=MONO_PD_MIN_MM, MONO_PD_MAX_MM=MONO_PD_MAX_MM)
        )


def check_near_pd(near_mm: float, far_mm: float) -> None:
    if not math.isfinite(near_mm) or near_mm > far_mm or far_mm - near_mm > NEAR_PD_MAX_DROP_MM:
        raise MeasurementError(
            _("A near PD of {near_mm:g} mm does not go with a far PD of {far_mm:g} mm (near is 2–5 mm "
              "less): check both numbers.").format(
                    near_mm=near_mm, far_mm=far_mm)
        )


def pd_from_ruler(
    far_pd_mm: float | None = None,
    *,
    near_pd_mm: float | None = None,
    mono_far_right_mm: float | None = None,
    mono_far_left_mm: float | None = None,
    near_working_distance_mm: float = DEFAULT_NEAR_WORKING_DISTANCE_MM,
    method: PdMethod = PdMethod.RULER,
) -> PdResult:
    """A PD typed in from a PD ruler (or pupillometer): far binocular and/or both monoculars; near optional."""
    has_monos = mono_far_right_mm is not None and mono_far_left_mm is not None
    if (mono_far_right_mm is None) != (mono_far_left_mm is None):
        raise MeasurementError(_("Enter both monocular PDs (right and left eye), or neither."))
    if far_pd_mm is None and not has_monos:
        raise MeasurementError(_("Enter the far PD, or both monocular PDs."))
    if has_monos:
        assert mono_far_right_mm is not None and mono_far_left_mm is not None
        check_mono_pd(mono_far_right_mm, "right")
        check_mono_pd(mono_far_left_mm, "left")
        mono = MonoPd(mono_far_right_mm, mono_far_left_mm)
        if far_pd_mm is not None and abs(far_pd_mm - mono.total_mm) > 1.0:
            raise MeasurementError(
                _("The monocular PDs add up to {total_mm:g} mm but the far PD is {far_pd_mm:g} mm: check "
                  "the numbers.").format(
                        total_mm=mono.total_mm, far_pd_mm=far_pd_mm)
            )
        far = mono.total_mm if far_pd_mm is None else far_pd_mm
    else:
        assert far_pd_mm is not None
        far = far_pd_mm
        mono = MonoPd(far / 2.0, far / 2.0)
    check_far_pd(far)
    if near_pd_mm is None:
        near = near_from_far(far, near_working_distance_mm)
    else:
        check_near_pd(near_pd_mm, far)
        near = near_pd_mm
    ratio = near / far
    return PdResult(
        far_pd_mm=far,
        near_pd_mm=near,
        mono_far=mono,
        mono_near=MonoPd(mono.right_mm * ratio, mono.left_mm * ratio),
        method=method,
        is_mono_measured=has_monos,
        near_working_distance_mm=near_working_distance_mm,
    )


def combine_readings(readings: Sequence[PdResult]) -> PdResult:
    """Average one to three photo readings; refuse a set whose far PDs spread over 1.5 mm."""
    if not readings:
        raise MeasurementError(_("There is no photo to measure: add one to three photos."))
    if len(readings) > MAX_PHOTOS_PER_SET:
        raise MeasurementError(_("Use at most {MAX_PHOTOS_PER_SET} photos per measurement.").format(
                MAX_PHOTOS_PER_SET=MAX_PHOTOS_PER_SET))
    spreads = {
        N_("far PD"): _spread([r.far_pd_mm for r in readings]),
        N_("right-eye PD"): _spread([r.mono_far.right_mm for r in readings]),
        N_("left-eye PD"): _spread([r.mono_far.left_mm for r in readings]),
    }
    worst_name, worst = max(spreads.items(), key=lambda item: item[1])
    if worst > MAX_SET_SPREAD_MM:
        raise PdSpreadError(
            _("The photos disagree by {worst:.1f} mm on the {worst_name} (at most {MAX_SET_SPREAD_MM:g} "
              "mm): retake them at the same distance with the card flat on the brow.").format(
                    worst=worst, worst_name=_(worst_name), MAX_SET_SPREAD_MM=MAX_SET_SPREAD_MM)
        )
    n = len(readings)
    warnings: list[str] = []
    for r in readings:
        warnings.extend(w for w in r.warnings if w not in warnings)
    if n < MAX_PHOTOS_PER_SET and readings[0].method is PdMethod.PHOTO:
        warnings.append(f"Only {n} photo(s): three photos average out clicking errors.")
    return PdResult(
        far_pd_mm=sum(r.far_pd_mm for r in readings) / n,
        near_pd_mm=sum(r.near_pd_mm for r in readings) / n,
        mono_far=MonoPd(
            sum(r.mono_far.right_mm for r in readings) / n, sum(r.mono_far.left_mm for r in readings) / n
        ),
        mono_near=MonoPd(
            sum(r.mono_near.right_mm for r in readings) / n, sum(r.mono_near.left_mm for r in readings) / n
        ),
        method=readings[0].method,
        is_mono_measured=all(r.is_mono_measured for r in readings),
        photo_count=sum(max(r.photo_count, 1) for r in readings),
        spread_mm=spreads["far PD"],
        near_working_distance_mm=readings[0].near_working_distance_mm,
        warnings=tuple(warnings),
    )


def _spread(values: Sequence[float]) -> float:
    return max(values) - min(values)
