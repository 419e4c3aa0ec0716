"""The customizer's grams are the slicer's: the estimate follows the frames mode's walls, shells and infill."""

from __future__ import annotations

import dataclasses

import pytest

from app.customize import FrameGenerator, frame_filament
from app.profile_snapshot import ProfileSnapshot
from printers.gcode.analysis import analyze_gcode
from printers.profiles import bundled_materials, bundled_printers, find_material, find_printer
from printers.slicer import frames_settings, slice_parts
from printers.slicer.estimate import estimate_volume_mm3

GENERATOR = FrameGenerator()


@pytest.fixture(scope="module")
def profiles() -> ProfileSnapshot:
    return ProfileSnapshot(bundled_printers(), bundled_materials())


@pytest.mark.parametrize("style_id", ["round-classic", "wayfarer"])
def test_the_estimate_is_within_ten_percent_of_the_sliced_grams(style_id: str, profiles: ProfileSnapshot) -> None:
    result = GENERATOR.generate(style_id, {"material": "PETG"})
    printer, material = find_printer("prusa-mk3"), find_material("petg")
    sliced = slice_parts([(p.name, p.mesh) for p in result.parts], printer, material,
                         frames_settings(printer, material))
    sliced_g = analyze_gcode(sliced.gcode.splitlines(), printer=printer, material=material).filament_g
    estimate = frame_filament(result, profiles, printer)
    solid_g = material.grams_of(result.volume_mm3)
    assert estimate.grams == pytest.approx(sliced_g, rel=0.10), (estimate.grams, sliced_g)
    assert abs(estimate.grams - sliced_g) < abs(solid_g - sliced_g)  # closer than the solid volume ever was
    assert estimate.cost == pytest.approx(material.cost_of(estimate.grams))


def test_more_walls_and_infill_weigh_more() -> None:
    result = GENERATOR.generate("wayfarer", {})
    printer, material = find_printer("prusa-mk3"), find_material("petg")
    meshes = [p.mesh for p in result.parts]
    base = frames_settings(printer, material)
    light = estimate_volume_mm3(meshes, printer, base)
    walls = estimate_volume_mm3(meshes, printer, dataclasses.replace(base, perimeters=4))
    dense = estimate_volume_mm3(meshes, printer, dataclasses.replace(base, infill_pct=100.0,
                                                                     solid_infill_below_area_mm2=0.0))
    assert light < walls < result.volume_mm3
    assert dense == pytest.approx(result.volume_mm3, rel=0.05)  # solid all through: the solid volume
