"""Hand controls: the G-code they send, presets from the material profiles, and the cold-extrusion refusal."""

from __future__ import annotations

import pytest

from app.printing.manual import (
    COLD_EXTRUSION_MIN_C,
    ColdExtrusionError,
    check_extrusion,
    home_command,
    move_commands,
    temperature_presets,
)
from app.printing.service import progress_percent
from printers.profiles import bundled_materials


@pytest.mark.parametrize(("axes", "command"), [("", "G28"), ("XY", "G28 X Y"), ("z", "G28 Z")])
def test_home(axes: str, command: str) -> None:
    assert home_command(axes) == command


def test_home_refuses_an_unknown_axis() -> None:
    with pytest.raises(ValueError, match="choose X, Y or Z"):
        home_command("E")


@pytest.mark.parametrize(
    ("axis", "distance", "move"),
    [("X", 10.0, "G1 X10 F3000"), ("y", -0.1, "G1 Y-0.1 F3000"), ("Z", 1.0, "G1 Z1 F300"), ("E", -5.0, "G1 E-5 F120")],
)
def test_moves_are_relative_and_leave_absolute_mode(axis: str, distance: float, move: str) -> None:
    assert move_commands(axis, distance) == ["G91", move, "G90"]


def test_presets_come_from_the_material_profiles() -> None:
    materials = bundled_materials()
    presets = temperature_presets(reversed(materials))
    by_id = {m.id: m for m in materials}
    assert [p.material_id for p in presets][:2] == ["pla", "petg"]  # coolest first
    for preset in presets:
        assert (preset.hotend_c, preset.bed_c) == (by_id[preset.material_id].hotend_c, by_id[preset.material_id].bed_c)


@pytest.mark.parametrize("hotend_c", [None, 21.5, COLD_EXTRUSION_MIN_C - 0.5])
def test_extruding_a_cold_hotend_is_refused_in_a_sentence(hotend_c: float | None) -> None:
    with pytest.raises(ColdExtrusionError, match="heat it to at least 170 °C") as caught:
        check_extrusion(hotend_c)
    assert caught.value.hotend_c == hotend_c
    assert str(caught.value).endswith(".")


def test_a_hot_hotend_may_extrude() -> None:
    check_extrusion(COLD_EXTRUSION_MIN_C)
    check_extrusion(205.0)


@pytest.mark.parametrize(
    ("fraction", "percent"), [(0.0, 0), (0.056, 5), (0.29, 29), (0.999, 99), (1.0, 100), (1.2, 100)]
)
def test_progress_percent_is_rounded_down_once(fraction: float, percent: int) -> None:
    assert progress_percent(fraction) == percent
