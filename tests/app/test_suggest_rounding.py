"""A suggestion's header, its reasons and the CLI say the same bridge, by the one rounding rule."""

from __future__ import annotations

import re

import pytest

from app.cli import main
from app.fitting.rounding import format_mm
from app.fitting.suggest import SuggestionRequest, suggest_sizes


@pytest.mark.parametrize(("right", "left"), [(31.5, 31.5), (32.15, 30.9), (30.05, 29.95)])
def test_reason_and_header_name_the_same_bridge(right: float, left: float) -> None:
    report = suggest_sizes(SuggestionRequest("oval-everyday", right, left, 148.0))
    assert report.suggestions
    for suggestion in report.suggestions:
        shown = format_mm(suggestion.frame_bridge_mm)
        bridge_reason = next(r for r in suggestion.reasons if r.startswith("Bridge "))
        assert re.match(r"Bridge (\d+\.\d) mm", bridge_reason)
        assert bridge_reason.startswith(f"Bridge {shown} mm")
        # The frame's lenses sit on the pupils: its bridge is the PD less one lens width.
        assert suggestion.frame_bridge_mm == pytest.approx(right + left - suggestion.lens_width_mm, abs=0.05)
        assert suggestion.to_json()["frame_bridge_mm"] == pytest.approx(suggestion.frame_bridge_mm, abs=0.005)


def test_cli_suggest_line_shows_the_frame_bridge(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    code = main(["--data-dir", str(tmp_path), "fit", "suggest", "--style", "oval-everyday", "--pd-mm", "62.6"])
    out = capsys.readouterr().out
    assert code == 0, out
    headers = re.findall(r"bridge (\d+\.\d) mm", out)
    reasons = re.findall(r"Bridge (\d+\.\d) mm", out)
    assert headers and headers == reasons[: len(headers)]
