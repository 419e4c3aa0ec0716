"""Fixes that do not contradict each other, and a bridge that follows the customer's PD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.customize import FrameGenerator, fitted_bridge_mm, vetted_preview, with_bridge_following_pd
from catalog.frames.checks import FrameProblem
from catalog.frames.wording import FrameFix

GENERATOR = FrameGenerator()
# Narrow PD, small lenses, a narrow bridge: centration fails, and its "wider lens" fix (44 mm) puts the seat
# into the nose cut-out, a nose_clearance failure the set did not have.
CONTRADICTING = ("round-classic", {"pd_right_mm": 29, "pd_left_mm": 29, "lens_width_mm": 40, "bridge_mm": 14})


def _failures_after(style_id: str, values: dict[str, object], fix: FrameFix) -> set[str]:
    params = GENERATOR.resolve(style_id, values).with_changes(fix.as_dict())
    return {p.check for p in GENERATOR.preview(style_id, params).problems}


def contradicting_sets() -> list[tuple[str, dict[str, object], FrameProblem, FrameFix]]:
    """Searches a small space of narrow PDs for sets where a check's own fix breaks another check."""
    found = []
    for style_id in ("round-classic", "wayfarer"):
        for pd in (28, 29, 30):
            for lens in (40, 44, 48):
                for bridge in (14, 18, 22):
                    values: dict[str, object] = {"pd_right_mm": pd, "pd_left_mm": pd, "lens_width_mm": lens,
                                                 "bridge_mm": bridge}
                    preview = GENERATOR.preview(style_id, values)
                    failing = {p.check for p in preview.problems}
                    for problem in preview.problems:
                        for fix in problem.fixes:
                            try:
                                if _failures_after(style_id, values, fix) - failing:
                                    found.append((style_id, values, problem, fix))
                            except ValueError:
                                continue
    return found


def test_the_search_finds_fixes_that_contradict_other_checks() -> None:
    found = contradicting_sets()
    assert found, "no set in the space has a fix that breaks another check: widen the search"
    assert any(style == CONTRADICTING[0] and values == CONTRADICTING[1] for style, values, _, _ in found)


def test_a_fix_that_breaks_another_check_is_not_offered() -> None:
    style_id, values = CONTRADICTING
    raw = GENERATOR.preview(style_id, values)
    (centration,) = [p for p in raw.problems if p.check == "centration"]
    wider = FrameFix((("lens_width_mm", 44.0),))
    assert wider in centration.fixes
    assert "nose_clearance" in _failures_after(style_id, values, wider)

    vetted = vetted_preview(GENERATOR, style_id, values)
    (offered,) = [p for p in vetted.problems if p.check == "centration"]
    assert wider not in offered.fixes
    assert offered.fixes == (FrameFix((("bridge_mm", 18.0),)),)
    assert offered.suggestion == "Set Bridge (DBL) to 18 mm."


@pytest.mark.parametrize("case", range(6))
def test_every_offered_fix_mends_its_check_and_breaks_none(case: int) -> None:
    style_id, values, _problem, _fix = contradicting_sets()[case * 3 % len(contradicting_sets())]
    vetted = vetted_preview(GENERATOR, style_id, values)
    failing = {p.check for p in vetted.problems}
    for problem in vetted.problems:
        for fix in problem.fixes:
            after = _failures_after(style_id, values, fix)
            assert problem.check not in after
            assert not after - failing, f"{fix} for {problem.check} breaks {after - failing}"


def test_a_fix_joined_with_the_one_it_needs_is_offered_as_one() -> None:
    # A much smaller lens on a narrow PD: the seat then needs a thicker front.
    style_id, values = "round-classic", {"pd_right_mm": 28, "pd_left_mm": 28, "lens_width_mm": 48, "bridge_mm": 22}
    vetted = vetted_preview(GENERATOR, style_id, values)
    (centration,) = [p for p in vetted.problems if p.check == "centration"]
    joined = [f for f in centration.fixes if len(f.changes) == 2]
    assert joined and dict(joined[0].changes)["lens_width_mm"] == 34.0 and "frame_thickness_mm" in dict(
        joined[0].changes)
    assert "Lens width (A) to 34 mm and Front thickness to" in centration.suggestion
    assert not _failures_after(style_id, values, joined[0]) - {p.check for p in vetted.problems}


def test_the_bridge_follows_the_pd_and_lens_width() -> None:
    values = {"pd_right_mm": 30.5, "pd_left_mm": 31.0, "lens_width_mm": 47.0}
    followed = with_bridge_following_pd(GENERATOR, "wayfarer", values)
    assert followed["bridge_mm"] == pytest.approx(14.5)
    assert fitted_bridge_mm(GENERATOR.resolve("wayfarer", followed)) == pytest.approx(14.5)
    assert "centration" not in {p.check for p in GENERATOR.preview("wayfarer", followed).problems}
    # No bridge in the style's range centres these lenses: the values stay, and the check says why.
    assert "bridge_mm" not in with_bridge_following_pd(GENERATOR, "wayfarer", {**values, "lens_width_mm": 30.0})
    assert fitted_bridge_mm({"pd_right_mm": 30}) is None


def _customize(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "customize", "wayfarer", "--check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_cli_bridge_follows_pd_unless_set(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _customize(capsys, tmp_path, "--pd", "62", "--set", "lens_width_mm=46", "--json")
    assert code == 0, out
    data = json.loads(out)
    assert data["parameters"]["bridge_mm"] == pytest.approx(16.0)
    assert data["parameters"]["pd_right_mm"] == pytest.approx(31.0)
    code, out, _ = _customize(capsys, tmp_path, "--pd", "30.5/31.5", "--set", "lens_width_mm=46",
                              "--set", "bridge_mm=18")
    assert code == 1
    assert "Problem: With PD 62 mm and 46 mm lenses" in out
    assert "Set Bridge (DBL) to 16 mm" in out and "bridge_mm" not in out
    code, _, err = _customize(capsys, tmp_path, "--pd", "wide")
    assert code == 2 and "--pd needs the PD in mm" in err


@st.composite
def narrow_faces(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """Sets around the nose and centration limits, where one check's fix most often breaks another."""
    style_id = draw(st.sampled_from(["round-classic", "wayfarer", "soft-rectangle", "kids-round", "aviator"]))
    return style_id, {
        "pd_right_mm": draw(st.integers(48, 68)) / 2,
        "pd_left_mm": draw(st.integers(48, 68)) / 2,
        "lens_width_mm": draw(st.integers(64, 104)) / 2,
        "bridge_mm": draw(st.integers(20, 48)) / 2,
        "crest_above_datum_mm": draw(st.integers(0, 20)) / 2,
        "frame_thickness_mm": draw(st.integers(30, 50)) / 10,
    }


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=narrow_faces())
def test_no_offered_fix_breaks_another_check(case: tuple[str, dict[str, object]]) -> None:
    style_id, values = case
    vetted = vetted_preview(GENERATOR, style_id, values)
    failing = {p.check for p in vetted.problems}
    for problem in vetted.problems:
        for fix in problem.fixes:
            after = _failures_after(style_id, values, fix)
            assert problem.check not in after and not after - failing, (problem.check, fix, after)
