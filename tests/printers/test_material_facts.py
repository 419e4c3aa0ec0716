"""Density and price have one home, the material profile: every weight and cost is read from it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from printers.gcode import analyze_gcode
from printers.profiles import MaterialProfile, PrinterProfile, bundled_materials, find_material, find_printer
from tests.printers.gcode_samples import good_program

ASSET = Path(__file__).resolve().parents[2] / "assets" / "printers" / "materials.json"


@pytest.fixture
def ender() -> PrinterProfile:
    return find_printer("creality-ender3")


def test_a_profile_weighs_and_prices_volume() -> None:
    petg = MaterialProfile("petg-local", "Local PETG", density_g_cm3=1.27, price_per_kg=30.0)
    assert petg.grams_of(10_000.0) == pytest.approx(12.7)  # 10 cm³
    assert petg.cost_of(12.7) == pytest.approx(0.381)


def test_the_bundled_facts_are_the_asset_file() -> None:
    shipped = {m["id"]: m for m in json.loads(ASSET.read_text(encoding="utf-8"))}
    for material in bundled_materials():
        assert material.density_g_cm3 == shipped[material.id]["density_g_cm3"]
        assert material.price_per_kg == shipped[material.id]["price_per_kg"]


def test_gcode_weight_and_cost_follow_the_material_chosen(ender: PrinterProfile) -> None:
    pla, petg = find_material("pla"), find_material("petg")
    as_pla = analyze_gcode(good_program(), ender, pla)
    as_petg = analyze_gcode(good_program(), ender, petg)
    assert as_pla.filament_g == pytest.approx(pla.grams_of(as_pla.filament_cm3 * 1000))
    assert as_petg.filament_g == pytest.approx(petg.grams_of(as_petg.filament_cm3 * 1000))
    assert as_petg.material_cost == pytest.approx(petg.cost_of(as_petg.filament_g))
    dearer = dataclasses.replace(petg, price_per_kg=petg.price_per_kg * 2)
    assert analyze_gcode(good_program(), ender, dearer).material_cost == pytest.approx(2 * as_petg.material_cost)


def test_an_unknown_default_material_falls_back_to_the_bundled_default(ender: PrinterProfile) -> None:
    # A printer profile from a newer Heliofab may name a material this version does not ship: its file is
    # still weighed and priced, as the bundled default material (PLA), not left at no price.
    odd = dataclasses.replace(ender, default_material_id="nylon-cf")
    analysis = analyze_gcode(good_program(), odd)
    pla = find_material("pla")
    assert analysis.filament_g == pytest.approx(pla.grams_of(analysis.filament_cm3 * 1000))
    assert analysis.material_cost == pytest.approx(pla.cost_of(analysis.filament_g)) and analysis.material_cost > 0
