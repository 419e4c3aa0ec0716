"""Every operator message of the frame checks speaks the form's words: labels and units, no internal names."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.customize import vetted_preview
from catalog.frames import FrameGenerator
from catalog.frames.params import ParamType
from catalog.frames.wording import FormWords, FrameFix

# An internal name: snake_case with an underscore (`bridge_mm`, `crest_above_datum_mm`, `hinge_y_mm`).
INTERNAL_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
GENERATOR = FrameGenerator()
STYLES = [s for s in GENERATOR.catalogue.list()]
BEDS = [(220.0, 220.0), (150.0, 150.0), (100.0, 100.0)]


@st.composite
def any_values(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """Any style with any allowed value of any of its parameters: most sets fail several checks."""
    style = draw(st.sampled_from(STYLES))
    values: dict[str, object] = {}
    for param in style.parameters:
        if not draw(st.booleans()):
            continue  # keep the style's default for about half of them
        if param.type in (ParamType.FLOAT, ParamType.INT) and param.min is not None and param.max is not None:
            step = float(param.step or 0.1)
            count = round((float(param.max) - float(param.min)) / step)
            values[param.name] = round(float(param.min) + draw(st.integers(0, count)) * step, 4)
        elif param.type is ParamType.CHOICE:
            values[param.name] = draw(st.sampled_from(param.choices))
    return style.id, values


def _internal_names(text: str, allowed: set[str]) -> list[str]:
    return [name for name in INTERNAL_NAME.findall(text) if name not in allowed]


def _assert_form_words(style_id: str, findings: list) -> None:  # type: ignore[type-arg]
    style = GENERATOR.style(style_id)
    # Choice values are what the form's drop-downs show ("pin_1mm"), so they may appear as they are.
    allowed = {choice for p in style.parameters for choice in p.choices}
    for finding in findings:
        for text in (finding.message, finding.suggestion, finding.advice):
            assert not _internal_names(text, allowed), f"{finding.check}: {text!r}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=any_values(), bed=st.sampled_from(BEDS))
def test_no_check_message_names_an_internal_parameter(case: tuple[str, dict[str, object]],
                                                      bed: tuple[float, float]) -> None:
    style_id, values = case
    preview = GENERATOR.preview(style_id, values, bed_x_mm=bed[0], bed_y_mm=bed[1])
    _assert_form_words(style_id, [*preview.problems, *preview.warnings])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=any_values())
def test_no_vetted_fix_names_an_internal_parameter(case: tuple[str, dict[str, object]]) -> None:
    style_id, values = case
    preview = vetted_preview(GENERATOR, style_id, values)
    _assert_form_words(style_id, [*preview.problems, *preview.warnings])


def test_fixes_read_with_the_form_labels_and_units() -> None:
    words = FormWords(GENERATOR.style("round-classic").parameters)
    fix = FrameFix((("bridge_mm", 16.0), ("lens_width_mm", 47.5)))
    assert words.suggestion((fix,), "Or lower Nose crest height.") == (
        "Set Bridge (DBL) to 16 mm and Lens width (A) to 47.5 mm. Or lower Nose crest height.")
    assert words.suggestion((), "Or lower Nose crest height.") == "Lower Nose crest height."
    assert words.value("pantoscopic_tilt_deg", 8.0) == "8°"


def test_a_module_frame_reads_lens_fixes_as_its_module() -> None:
    preview = GENERATOR.preview("self-adjust-round", {"bridge_mm": 19})
    (centration,) = [p for p in preview.problems if p.check == "centration"]
    assert {name for fix in centration.fixes for name, _ in fix.changes} == {"bridge_mm", "module_diameter_mm"}
    assert "Module diameter to 44 mm" in centration.suggestion
