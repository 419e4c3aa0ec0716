from __future__ import annotations

import dataclasses

import pytest

from app.printer_profiles import ProfileStore
from app.services import Services
from db.engine import unit_of_work
from db.models import Printer
from printers.profiles import (
    FirmwareFlavour,
    MaterialProfile,
    PrinterProfile,
    ProfileError,
    UnknownProfileError,
    bundled_materials,
    bundled_printers,
    check_material_fits,
    find_material,
    find_printer,
)


def test_bundled_presets_cover_common_printers_and_materials() -> None:
    printers = {p.id: p for p in bundled_printers()}
    assert {"creality-ender3", "prusa-mk3", "anycubic-i3-mega", "mini-bedless"} <= set(printers)
    assert not printers["mini-bedless"].has_heated_bed
    assert {m.id for m in bundled_materials()} >= {"pla", "petg"}
    for printer in printers.values():
        assert printer.is_builtin
        assert "M109" in printer.start_gcode and "G28" in printer.start_gcode
        assert ("M190" in printer.start_gcode) == printer.has_heated_bed
        assert printer.power.printing_w > printer.power.idle_w


def test_round_trip_through_json() -> None:
    for printer in bundled_printers():
        assert PrinterProfile.from_dict(printer.to_dict()) == printer
    for material in bundled_materials():
        assert MaterialProfile.from_dict(material.to_dict()) == material


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"bed_x_mm": 0}, "bed_x_mm"),
        ({"max_hotend_c": -5}, "max_hotend_c"),
        ({"nozzle_mm": "wide"}, "nozzle_mm"),
        ({"has_heated_bed": "yes"}, "has_heated_bed"),
        ({"firmware": "smoothie"}, "firmware"),
        ({"standard_layer_height_mm": 0.6}, "standard_layer_height_mm"),
        ({"travel_speed_mm_s": float("nan")}, "travel_speed_mm_s"),
    ],
)
def test_invalid_profiles_name_the_field(change: dict[str, object], field: str) -> None:
    data = {**find_printer("creality-ender3").to_dict(), **change}
    with pytest.raises(ProfileError, match=field):
        PrinterProfile.from_dict(data)


def test_unknown_fields_from_newer_versions_are_ignored() -> None:
    data = {**find_printer("prusa-mk3").to_dict(), "future_feature": 3}
    assert PrinterProfile.from_dict(data).firmware is FirmwareFlavour.MARLIN2


def test_lookup_and_material_fit() -> None:
    with pytest.raises(UnknownProfileError, match="creality-ender3"):
        find_printer("no-such-printer")
    assert find_material("PETG").id == "petg"
    hot = dataclasses.replace(find_material("petg"), hotend_c=280, first_layer_hotend_c=280)
    message = check_material_fits(find_printer("creality-ender3"), hot)
    assert message is not None and "280" in message
    assert check_material_fits(find_printer("creality-ender3"), find_material("pla")) is None


def test_store_is_seeded_and_editable(services: Services) -> None:
    store = services.profiles
    assert {p.id for p in store.printers()} == {p.id for p in bundled_printers()}
    assert {m.id for m in store.materials()} == {m.id for m in bundled_materials()}
    ender = store.printer("creality-ender3")
    edited = store.save_printer(dataclasses.replace(ender, max_hotend_c=250.0))
    assert edited.max_hotend_c == 250.0 and edited.is_builtin
    assert store.seed_builtin() == 0  # seeding again never overwrites the edit
    assert store.printer("creality-ender3").max_hotend_c == 250.0
    store.reset_builtin("creality-ender3")
    assert store.printer("creality-ender3").max_hotend_c == ender.max_hotend_c


def test_own_profiles_can_be_added_and_deleted(services: Services) -> None:
    store = ProfileStore(services.session_factory)
    mine = dataclasses.replace(find_printer("creality-ender3"), id="lab-ender", name="Lab Ender", is_builtin=False)
    store.save_printer(mine)
    assert store.printer("lab-ender").name == "Lab Ender"
    store.save_material(dataclasses.replace(find_material("pla"), id="pla-local", name="Local PLA", price_per_kg=12.0))
    assert store.material("pla-local").price_per_kg == 12.0
    with pytest.raises(ProfileError, match="bundled"):
        store.delete("prusa-mk3")
    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="bench printer", profile_id="lab-ender"))
    with pytest.raises(ValueError, match="bench printer"):
        store.delete("lab-ender")
    store.delete("pla-local")
    with pytest.raises(UnknownProfileError):
        store.material("pla-local")


def test_invalid_edit_leaves_the_stored_profile_alone(services: Services) -> None:
    store = services.profiles
    before = store.printer("prusa-mk3")
    with pytest.raises(ProfileError):
        store.save_printer(dataclasses.replace(before, bed_x_mm=-1.0))
    assert store.printer("prusa-mk3") == before
