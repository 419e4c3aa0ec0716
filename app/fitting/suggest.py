"""Size suggestions: every lens size × bridge for a style, kept only when the frame checks pass.

The checks are the frame generator's own (`FrameGenerator.preview(...).problems`, which is what
`catalog.frames.check_frame` returns): a suggestion is never a size the customizer would then
refuse. Ranking uses the generator's derived numbers and the check results themselves:
- centration error: the generator's decentration, how far each lens's box centre sits from its pupil;
- nose margin: how much narrower the bridge could be before a nose check fails, found by asking
  the checks about narrower bridges at the same lens size;
- width vs head: the front's overall width against the head width at the ears.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.fitting.errors import SuggestionError
from app.fitting.rounding import format_mm, stored_mm
from app.fitting.values import LensStockItem, MeasurementView
from catalog.frames import (
    FrameGenerator,
    FramePreview,
    FrameProblem,
    ParameterError,
    UnknownStyleError,
    get_style,
    list_styles,
)
from catalog.frames.styles import FAMILY_FLUID
from i18n import _

LENS_STEP_MM = 0.5
BRIDGE_STEP_MM = 0.5
LENS_SPAN_MM = 6.0  # search the style's own lens width ± this when no stock lens fixes it
STOCK_POWER_TOLERANCE_D = 0.125
BLANK_EDGING_MARGIN_MM = 2.0  # min. blank = ED + 2·decentration + 2 mm
TOP_N = 3
# A front this much narrower than the head at the ears sits well; more looks small, less presses.
IDEAL_WIDTH_GAP_MM = (4.0, 16.0)
NOSE_CHECK_MARK = "nose"


@dataclass(frozen=True)
class SuggestionRequest:
    style_id: str
    pd_right_mm: float  # the customer's own right eye (far PD, or near PD for readers)
    pd_left_mm: float
    head_width_mm: float | None = None
    lens_power_d: float | None = None
    lenses: tuple[LensStockItem, ...] = ()  # empty: any lens size the lab can edge or order
    extra_params: dict[str, Any] = field(default_factory=dict)  # e.g. measured nose widths


@dataclass(frozen=True)
class Suggestion:
    rank: int
    style_id: str
    parameters: dict[str, Any]  # every parameter, resolved: hand these to the customizer
    lens_width_mm: float
    lens_height_mm: float
    bridge_mm: float  # the bridge parameter asked of the generator (0.5 mm grid)
    frame_bridge_mm: float  # the bridge the printed frame has (lenses centred on the pupils): the one shown
    centration_error_mm: float  # worst side
    nose_margin_mm: float
    is_nose_margin_lower_bound: bool  # no narrower bridge was rejected for the nose
    overall_width_mm: float
    head_width_mm: float
    lens: LensStockItem | None
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "style_id": self.style_id,
            "lens_width_mm": self.lens_width_mm,
            "lens_height_mm": self.lens_height_mm,
            "bridge_mm": self.bridge_mm,
            "frame_bridge_mm": stored_mm(self.frame_bridge_mm),
            "centration_error_mm": round(self.centration_error_mm, 2),
            "nose_margin_mm": round(self.nose_margin_mm, 2),
            "is_nose_margin_lower_bound": self.is_nose_margin_lower_bound,
            "overall_width_mm": round(self.overall_width_mm, 1),
            "head_width_mm": self.head_width_mm,
            "lens": None if self.lens is None else self.lens.to_json(),
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "parameters": self.parameters,
        }


@dataclass(frozen=True)
class SuggestionReport:
    request: SuggestionRequest
    suggestions: tuple[Suggestion, ...]
    candidates_checked: int
    candidates_passed: int
    rejections: dict[str, int]  # check id → how many candidates it refused

    def to_json(self) -> dict[str, Any]:
        return {
            "style_id": self.request.style_id,
            "pd_right_mm": self.request.pd_right_mm,
            "pd_left_mm": self.request.pd_left_mm,
            "head_width_mm": self.request.head_width_mm,
            "candidates_checked": self.candidates_checked,
            "candidates_passed": self.candidates_passed,
            "rejections": dict(sorted(self.rejections.items())),
            "suggestions": [s.to_json() for s in self.suggestions],
        }


@dataclass(frozen=True)
class _LensOption:
    width_mm: float
    height_mm: float
    stock: LensStockItem | None
    is_centred_stock: bool  # pre-edged stock: the optical centre is the box centre
    blank_diameter_mm: float | None


def _grid(low: float, high: float, step: float) -> list[float]:
    count = math.floor((high - low) / step + 1e-9)
    return [round(low + i * step, 3) for i in range(count + 1)]


def _param_range(style_id: str, name: str) -> tuple[float, float, float]:
    param = get_style(style_id).parameter(name)
    assert param.min is not None and param.max is not None
    return float(param.min), float(param.max), float(param.default)  # type: ignore[arg-type]


def _is_module_style(style_id: str) -> bool:
    return get_style(style_id).family == FAMILY_FLUID


def _module_options(request: SuggestionRequest) -> list[_LensOption]:
    """Self-adjustable frames: round modules (those on the shelf, or any diameter the frame takes).

    A module's power is whatever the wearer tunes it to, so the requested power does not filter them."""
    lo, hi, default_d = _param_range(request.style_id, "module_diameter_mm")
    if not request.lenses:
        diameters = _grid(max(lo, default_d - LENS_SPAN_MM), min(hi, default_d + LENS_SPAN_MM), LENS_STEP_MM)
        return [_LensOption(d, d, None, True, None) for d in diameters]
    return [
        _LensOption(item.diameter_mm, item.diameter_mm, item, True, None)
        for item in request.lenses
        if item.is_fluid_module and item.count > 0 and lo <= item.diameter_mm <= hi
    ]


def _lens_options(request: SuggestionRequest) -> list[_LensOption]:
    if _is_module_style(request.style_id):
        return _module_options(request)
    lo, hi, default_a = _param_range(request.style_id, "lens_width_mm")
    b_lo, b_hi, default_b = _param_range(request.style_id, "lens_height_mm")
    ratio = default_b / default_a

    def height_for(width: float) -> float:
        return min(max(round(width * ratio * 2) / 2, b_lo), b_hi)

    if not request.lenses:
        widths = _grid(max(lo, default_a - LENS_SPAN_MM), min(hi, default_a + LENS_SPAN_MM), LENS_STEP_MM)
        return [_LensOption(w, height_for(w), None, False, None) for w in widths]
    options: list[_LensOption] = []
    for item in request.lenses:
        if item.count <= 0 or item.is_fluid_module:
            continue
        if request.lens_power_d is not None and abs(item.power_d - request.lens_power_d) > STOCK_POWER_TOLERANCE_D:
            continue
        if item.shape == "round" and lo <= item.diameter_mm <= hi:
            options.append(_LensOption(item.diameter_mm, item.diameter_mm, item, True, None))
        elif item.shape == "oval" and item.height_mm is not None and lo <= item.diameter_mm <= hi:
            options.append(_LensOption(item.diameter_mm, item.height_mm, item, True, None))
        elif item.shape == "uncut":
            for width in _grid(max(lo, default_a - LENS_SPAN_MM), min(hi, default_a + LENS_SPAN_MM), LENS_STEP_MM):
                options.append(_LensOption(width, height_for(width), item, False, item.diameter_mm))
    return options


def _overrides(request: SuggestionRequest, lens: _LensOption, bridge_mm: float) -> dict[str, Any]:
    values: dict[str, Any] = dict(request.extra_params)
    values.update(
        pd_right_mm=round(request.pd_right_mm, 1),
        pd_left_mm=round(request.pd_left_mm, 1),
        lens_width_mm=lens.width_mm,
        lens_height_mm=lens.height_mm,
        bridge_mm=bridge_mm,
    )
    if request.head_width_mm is not None:
        values["head_width_mm"] = round(request.head_width_mm)
    if lens.stock is not None and lens.stock.is_fluid_module:
        values["module_diameter_mm"] = lens.width_mm
        if lens.stock.thickness_mm is not None:
            values["module_thickness_mm"] = lens.stock.thickness_mm
        if lens.stock.port_diameter_mm is not None:
            values["port_diameter_mm"] = lens.stock.port_diameter_mm
    elif _is_module_style(request.style_id):
        values["module_diameter_mm"] = lens.width_mm
    declared = {p.name for p in get_style(request.style_id).parameters}
    # Styles that declare the lens power use it for their centration tolerance.
    if request.lens_power_d is not None and "lens_power_d" in declared:
        values["lens_power_d"] = request.lens_power_d
    return {k: v for k, v in values.items() if k in declared}


def _centration_error(lens: _LensOption, bridge_mm: float, request: SuggestionRequest) -> float:
    box_centre = (lens.width_mm + bridge_mm) / 2.0
    return max(abs(box_centre - request.pd_right_mm), abs(box_centre - request.pd_left_mm))


def suggest_sizes(
    request: SuggestionRequest,
    *,
    top_n: int = TOP_N,
    generator: FrameGenerator | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> SuggestionReport:
    """Enumerate lens sizes × bridges, keep those passing every frame check, rank, return the best."""
    generator = generator or FrameGenerator()
    try:
        style = get_style(request.style_id)
    except UnknownStyleError as exc:
        raise SuggestionError(str(exc)) from exc
    if not style.is_frame:
        frames = ", ".join(s.id for s in list_styles() if s.is_frame)
        raise SuggestionError(_("{style} is not worn on the face, so it has no sizes: choose a frame style "
                                "({frames}).").format(style=style.title, frames=frames))
    for side, pd in (("right", request.pd_right_mm), ("left", request.pd_left_mm)):
        if not (math.isfinite(pd) and 15.0 <= pd <= 45.0):
            message = (_("A right monocular PD of {pd:g} mm is impossible: measure the PD again.") if side == "right"
                       else _("A left monocular PD of {pd:g} mm is impossible: measure the PD again."))
            raise SuggestionError(message.format(pd=pd))
    bridge_lo, bridge_hi, _step = _param_range(style.id, "bridge_mm")
    lens_options = _lens_options(request)
    if not lens_options:
        if style.family == FAMILY_FLUID:
            raise SuggestionError(
                _("No fluid lens module in stock fits this frame: add the modules to the lens stock (shape "
                  "fluid-module), or suggest without stock.")
            )
        raise SuggestionError(
            _("No lens in stock fits this style and power: add lenses to the stock, or suggest without stock.")
        )

    rejections: Counter[str] = Counter()
    first_problem: dict[str, FrameProblem] = {}
    passed: list[tuple[_LensOption, float, FramePreview]] = []
    nose_ok_dbls: list[float] = []
    has_nose_failure = False
    checked = 0
    pd_total = request.pd_right_mm + request.pd_left_mm
    for index, lens in enumerate(lens_options):
        # The generator centres each lens on its pupil, so the real bridge is PD − A whatever is asked;
        # asking for that bridge (on the 0.5 mm grid) is the one consistent choice per lens size.
        bridge = round((pd_total - lens.width_mm) / BRIDGE_STEP_MM) * BRIDGE_STEP_MM
        if on_progress is not None:
            on_progress(index / len(lens_options))
        if not bridge_lo <= bridge <= bridge_hi:
            rejections["bridge_range"] += 1
            first_problem.setdefault(
                "bridge_range",
                FrameProblem(
                    "bridge_range",
                    _("A {lens:g} mm lens needs a {bridge:g} mm bridge for this PD, outside {low:g}–{high:g} "
                      "mm.").format(lens=lens.width_mm, bridge=bridge, low=bridge_lo, high=bridge_hi),
                    _("Choose another lens size or style."),
                    "lens_width_mm",
                ),
            )
            continue
        checked += 1
        if lens.blank_diameter_mm is not None:
            decentration = _centration_error(lens, bridge, request)
            needed = math.hypot(lens.width_mm, lens.height_mm) + 2 * decentration + BLANK_EDGING_MARGIN_MM
            if needed > lens.blank_diameter_mm:
                rejections["blank_too_small"] += 1
                continue
        try:
            preview = generator.preview(style.id, _overrides(request, lens, bridge))
        except ParameterError as exc:
            rejections["parameter_range"] += 1
            first_problem.setdefault(
                "parameter_range", FrameProblem("parameter_range", str(exc), "", getattr(exc, "parameter", None))
            )
            continue
        problems = preview.problems
        if any(NOSE_CHECK_MARK in p.check for p in problems):
            has_nose_failure = True
        else:
            nose_ok_dbls.append(_real_dbl(preview, bridge))
        if problems:
            for problem in problems:
                rejections[problem.check] += 1
                first_problem.setdefault(problem.check, problem)
            continue
        passed.append((lens, bridge, preview))
    if on_progress is not None:
        on_progress(1.0)

    if not passed:
        raise SuggestionError(_nothing_passes_message(rejections, first_problem))

    nose_limit = min(nose_ok_dbls) if has_nose_failure and nose_ok_dbls else None
    scored = [_score(request, lens, bridge, preview, nose_limit) for lens, bridge, preview in passed]
    scored.sort(key=lambda s: (s.score, abs(s.centration_error_mm), -s.nose_margin_mm))
    chosen: list[Suggestion] = []
    seen: set[tuple[float, float]] = set()
    for candidate in scored:
        key = (candidate.lens_width_mm, candidate.bridge_mm)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(_with_rank(candidate, len(chosen) + 1))
        if len(chosen) == top_n:
            break
    return SuggestionReport(request, tuple(chosen), checked, len(passed), dict(rejections))


def _score(
    request: SuggestionRequest,
    lens: _LensOption,
    bridge: float,
    preview: FramePreview,
    nose_limit_dbl: float | None,
) -> Suggestion:
    params, derived = preview.params, preview.derived
    decentration = derived.get("decentration_mm")
    if isinstance(decentration, dict) and decentration:
        centration = max(abs(float(v)) for v in decentration.values())
    else:
        centration = _centration_error(lens, bridge, request)
    dbl = _real_dbl(preview, bridge)
    # Without any nose failure among the sizes tried, the margin is only known to be at least this.
    is_lower_bound = nose_limit_dbl is None
    nose_margin = dbl - (min(bridge, dbl) if nose_limit_dbl is None else nose_limit_dbl)
    width = float(derived.get("overall_width_mm", 0.0))
    head = float(params.get("head_width_mm", request.head_width_mm or 150.0))  # type: ignore[arg-type]
    gap = head - width
    low, high = IDEAL_WIDTH_GAP_MM
    width_penalty = max(0.0, low - gap) + max(0.0, gap - high)
    # Past 2 mm of bridge margin more nose room buys nothing but a looser-looking bridge.
    nose_penalty = max(0.0, 2.0 - nose_margin) + 0.15 * max(0.0, nose_margin - 4.0)
    stock_bonus = -0.2 if lens.stock is not None and lens.stock.count >= 2 else 0.0
    warning_penalty = 0.5 * len(preview.warnings)
    score = 2.0 * centration + 1.0 * nose_penalty + 0.3 * width_penalty + stock_bonus + warning_penalty

    if not lens.is_centred_stock:
        centres = _("Lens centres {error:.1f} mm from the pupils")
    elif _is_module_style(request.style_id):
        centres = _("Lens centres {error:.1f} mm from the pupils (lens modules have their optical centre in the "
                    "middle)")
    else:
        centres = _("Lens centres {error:.1f} mm from the pupils (pre-edged stock lenses: keep this small)")
    reasons = [
        centres.format(error=centration),
        (
            _("Bridge {bridge} mm clears the nose (no narrower bridge was tried)").format(bridge=format_mm(dbl))
            if is_lower_bound
            else _("Bridge {bridge} mm: {margin} mm wider than the narrowest that clears the nose").format(
                bridge=format_mm(dbl), margin=format_mm(nose_margin))
        ),
        _("Front ≈ {width:.0f} mm wide, {gap:.0f} mm under the head width ({head:.0f} mm)").format(
            width=width, gap=gap, head=head)
        if gap >= 0
        else _("Front ≈ {width:.0f} mm wide, {gap:.0f} mm wider than the head ({head:.0f} mm)").format(
            width=width, gap=-gap, head=head),
    ]
    if _is_module_style(request.style_id):
        reasons.append(
            _("Module Ø{size:g} mm: the wearer tunes it with the syringe, no prescription needed").format(
                size=lens.width_mm)
        )
    if lens.stock is not None:
        reasons.append(_("Stock lens: {lens}, {count} on the shelf").format(lens=lens.stock.label,
                                                                            count=lens.stock.count))
    reasons.extend(_("Note: {warning}").format(warning=w.message) for w in preview.warnings)
    return Suggestion(
        rank=0,
        style_id=request.style_id,
        parameters=dict(params),
        lens_width_mm=lens.width_mm,
        lens_height_mm=lens.height_mm,
        bridge_mm=bridge,
        frame_bridge_mm=dbl,
        centration_error_mm=centration,
        nose_margin_mm=nose_margin,
        is_nose_margin_lower_bound=is_lower_bound,
        overall_width_mm=width,
        head_width_mm=head,
        lens=lens.stock,
        score=score,
        reasons=tuple(reasons),
    )


def _real_dbl(preview: FramePreview, asked_mm: float) -> float:
    value = preview.derived.get("dbl_mm", asked_mm)
    return float(value) if isinstance(value, int | float) else asked_mm


def _with_rank(suggestion: Suggestion, rank: int) -> Suggestion:
    return replace(suggestion, rank=rank)


def _nothing_passes_message(rejections: Counter[str], first: dict[str, FrameProblem]) -> str:
    if not rejections:
        return _("No lens size and bridge passes the frame checks: try another style.")
    worst, _count = rejections.most_common(1)[0]
    if worst == "blank_too_small":
        return _("The stock lens blanks are too small for this style and PD: use larger blanks or a smaller style.")
    problem = first[worst]
    if problem.suggestion:
        return _("No size of this style fits: {problem} {advice}").format(problem=problem.message,
                                                                          advice=problem.suggestion)
    return _("No size of this style fits: {problem}").format(problem=problem.message)


# Measured once and stable for years: an older value still applies when today's visit didn't take it.
CARRIED_FORWARD_FIELDS = ("head_width_mm", "nose_crest_width_mm", "nose_bridge_width_mm")


def latest_known(base: MeasurementView, measurements: Sequence[MeasurementView]) -> MeasurementView:
    """`base` (the newest PD), with head and nose widths filled in from other visits where it has none."""
    newest = base
    filled = {}
    for name in CARRIED_FORWARD_FIELDS:
        if getattr(newest, name) is None:
            older = next((getattr(m, name) for m in reversed(measurements) if getattr(m, name) is not None), None)
            if older is not None:
                filled[name] = older
    return replace(newest, **filled) if filled else newest


def suggestion_power_d(measurement: MeasurementView) -> float | None:
    """The one lens power a size is suggested for: the stronger eye's (by magnitude, either sign).

    The power sets the centration tolerance, and the stronger lens is the one a decentred frame
    hurts most, so its tolerance must hold for both eyes."""
    powers = [p for p in (measurement.lens_power_right_d, measurement.lens_power_left_d) if p is not None]
    return max(powers, key=abs) if powers else None


def latest_suggestion_power_d(measurements: Sequence[MeasurementView]) -> float | None:
    """`suggestion_power_d` of the newest visit that recorded a lens power (oldest first in `measurements`)."""
    for measurement in reversed(measurements):
        power = suggestion_power_d(measurement)
        if power is not None:
            return power
    return None


def request_from_measurement(
    style_id: str,
    measurement: MeasurementView,
    *,
    is_near: bool = False,
    lenses: Sequence[LensStockItem] = (),
    power_d: float | None = None,
) -> SuggestionRequest:
    """A request from a stored measurement: monocular PDs (halves when only binocular was measured),
    head width, nose widths (DBR10/15) and, unless given, the stronger lens power."""
    total = measurement.near_pd_mm if is_near else measurement.far_pd_mm
    right = measurement.mono_near_right_mm if is_near else measurement.mono_far_right_mm
    left = measurement.mono_near_left_mm if is_near else measurement.mono_far_left_mm
    if right is None or left is None:
        if total is None:
            raise SuggestionError(_("This measurement has no PD: measure the PD first."))
        right = left = total / 2.0
    extra: dict[str, Any] = {}
    if measurement.nose_crest_width_mm is not None:
        extra["nose_dbr10_mm"] = measurement.nose_crest_width_mm
    if measurement.nose_bridge_width_mm is not None:
        extra["nose_dbr15_mm"] = measurement.nose_bridge_width_mm
    if power_d is None:
        power_d = suggestion_power_d(measurement)
    return SuggestionRequest(
        style_id, right, left, measurement.head_width_mm, power_d, tuple(lenses), extra_params=extra
    )


@dataclass(frozen=True)
class StyleChoice:
    id: str
    title: str
    audience: str  # "adult" | "child"


def style_choices() -> list[StyleChoice]:
    """The frame styles a size can be suggested for, as the screens list them."""
    return [StyleChoice(s.id, s.title, s.audience) for s in list_styles() if s.is_frame]
