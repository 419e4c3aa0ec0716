from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.fitting.errors import SuggestionError
from app.fitting.suggest import (
    SuggestionRequest,
    latest_suggestion_power_d,
    request_from_measurement,
    suggest_sizes,
    suggestion_power_d,
)
from app.fitting.values import LensStockItem, MeasurementView
from catalog.frames import check_frame, list_styles


@pytest.mark.parametrize("style", [s.id for s in list_styles() if s.is_frame])
def test_every_suggestion_passes_the_real_frame_checks(style: str) -> None:
    child = next(s for s in list_styles() if s.id == style).audience == "child"
    pd = (24.5, 24.0) if child else (32.0, 31.0)
    report = suggest_sizes(SuggestionRequest(style, *pd, head_width_mm=132.0 if child else 148.0))
    assert 1 <= len(report.suggestions) <= 3
    assert [s.rank for s in report.suggestions] == list(range(1, len(report.suggestions) + 1))
    for suggestion in report.suggestions:
        assert check_frame(style, suggestion.parameters) == []
        assert suggestion.parameters["pd_right_mm"] == pd[0]
        assert suggestion.parameters["pd_left_mm"] == pd[1]
        assert suggestion.reasons and "pupils" in suggestion.reasons[0]
    scores = [s.score for s in report.suggestions]
    assert scores == sorted(scores)


@settings(max_examples=8, deadline=None)
@given(pd_right=st.floats(27.0, 36.0), asym=st.floats(-1.5, 1.5), head=st.floats(135.0, 165.0))
def test_suggestions_pass_checks_for_any_adult(pd_right: float, asym: float, head: float) -> None:
    request = SuggestionRequest("round-classic", round(pd_right, 1), round(pd_right + asym, 1), head_width_mm=head)
    try:
        report = suggest_sizes(request)
    except SuggestionError:
        return  # an honest "nothing fits" is allowed; a failing suggestion is not
    for suggestion in report.suggestions:
        assert check_frame("round-classic", suggestion.parameters) == []


def test_stock_lenses_fix_the_lens_size() -> None:
    stock = (
        LensStockItem(1, "round", 44.0, None, 1.5, 6, ""),
        LensStockItem(2, "round", 40.0, None, 1.5, 2, ""),
        LensStockItem(3, "round", 46.0, None, -2.0, 9, ""),  # wrong power
        LensStockItem(4, "round", 42.0, None, 1.5, 0, ""),  # none left
    )
    report = suggest_sizes(SuggestionRequest("round-classic", 31.5, 31.5, 150.0, 1.5, stock))
    widths = {s.lens_width_mm for s in report.suggestions}
    assert widths <= {44.0, 40.0}
    for suggestion in report.suggestions:
        assert suggestion.lens is not None and suggestion.lens.power_d == 1.5
        assert any("Stock lens" in r for r in suggestion.reasons)
        assert check_frame("round-classic", suggestion.parameters) == []


def test_no_stock_lens_fits_is_a_clear_message() -> None:
    stock = (LensStockItem(1, "round", 44.0, None, 1.5, 6, ""),)
    with pytest.raises(SuggestionError, match="No lens in stock"):
        suggest_sizes(SuggestionRequest("round-classic", 31.5, 31.5, 150.0, -4.0, stock))


def test_bad_requests() -> None:
    with pytest.raises(SuggestionError, match="No frame style"):
        suggest_sizes(SuggestionRequest("nope", 31.5, 31.5))
    with pytest.raises(SuggestionError, match="impossible"):
        suggest_sizes(SuggestionRequest("oval-everyday", 60.0, 60.0))


def test_a_face_no_size_fits_gets_the_checks_reason() -> None:
    # Tiny PD with an adult style: every lens size needs a bridge outside the style's range.
    with pytest.raises(SuggestionError, match="No size of this style fits"):
        suggest_sizes(SuggestionRequest("wayfarer", 18.0, 18.0, 150.0))


def test_json_shape() -> None:
    data = suggest_sizes(SuggestionRequest("oval-everyday", 32.0, 31.0, 148.0)).to_json()
    assert set(data["suggestions"][0]) >= {"lens_width_mm", "bridge_mm", "centration_error_mm", "nose_margin_mm",
                                           "overall_width_mm", "reasons", "parameters"}  # fmt: skip


def _measurement(**kw: object) -> MeasurementView:
    base: dict[str, object] = {name: None for name in MeasurementView.__dataclass_fields__}
    base.update(id=1, customer_id=1, taken_at=datetime.now(timezone.utc), method="ruler", details={}, notes="")
    base.update(kw)
    return MeasurementView(**base)  # type: ignore[arg-type]


def test_a_wider_measured_nose_asks_for_a_wider_bridge() -> None:
    plain = suggest_sizes(SuggestionRequest("oval-everyday", 31.0, 31.0, 150.0))
    wide = suggest_sizes(
        SuggestionRequest("oval-everyday", 31.0, 31.0, 150.0, extra_params={"nose_dbr10_mm": 20, "nose_dbr15_mm": 26})
    )
    assert wide.suggestions[0].bridge_mm > plain.suggestions[0].bridge_mm
    for suggestion in wide.suggestions:
        assert suggestion.parameters["nose_dbr10_mm"] == 20
        assert check_frame("oval-everyday", suggestion.parameters) == []


def test_request_from_a_stored_measurement() -> None:
    m = _measurement(
        far_pd_mm=63.0, near_pd_mm=59.0, mono_far_right_mm=32.0, mono_far_left_mm=31.0, head_width_mm=146.0,
        nose_crest_width_mm=17.0, nose_bridge_width_mm=21.0, lens_power_right_d=-1.0, lens_power_left_d=-1.75,
    )  # fmt: skip
    request = request_from_measurement("oval-everyday", m)
    assert (request.pd_right_mm, request.pd_left_mm, request.head_width_mm) == (32.0, 31.0, 146.0)
    assert request.extra_params == {"nose_dbr10_mm": 17.0, "nose_dbr15_mm": 21.0}
    assert request.lens_power_d == -1.75
    near = request_from_measurement("reader-half-moon", m, is_near=True)
    assert near.pd_right_mm == near.pd_left_mm == 29.5
    with pytest.raises(SuggestionError, match="no PD"):
        request_from_measurement("oval-everyday", _measurement(head_width_mm=150.0))


@pytest.mark.parametrize(
    ("right", "left", "expected"),
    [(-1.0, -1.75, -1.75), (2.5, -0.5, 2.5), (-3.0, 1.0, -3.0), (None, 1.25, 1.25), (0.75, None, 0.75),
     (None, None, None)],
)
def test_a_suggestion_is_made_for_the_stronger_eye(right: float | None, left: float | None,
                                                   expected: float | None) -> None:
    m = _measurement(far_pd_mm=63.0, lens_power_right_d=right, lens_power_left_d=left)
    assert suggestion_power_d(m) == expected
    assert request_from_measurement("oval-everyday", m).lens_power_d == expected


def test_the_newest_visit_with_a_power_gives_the_suggestion_power() -> None:
    older = _measurement(id=1, lens_power_right_d=-0.5, lens_power_left_d=-4.0)
    newer = _measurement(id=2, lens_power_right_d=None, lens_power_left_d=-2.0)
    without_power = _measurement(id=3, far_pd_mm=62.0)
    assert latest_suggestion_power_d([older, newer, without_power]) == -2.0
    assert latest_suggestion_power_d([older]) == -4.0
    assert latest_suggestion_power_d([without_power]) is None
    assert latest_suggestion_power_d([]) is None
