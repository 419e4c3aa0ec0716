from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.fitting.customers import add_customer, delete_customer, get_customer
from app.fitting.errors import CustomerNotFoundError, FitFormatError, FitInputError, FitNotFoundError
from app.fitting.fits import (
    export_fit,
    fit_file_parameters,
    get_fit,
    import_fit,
    lens_choice,
    list_fits,
    parameter_changes,
    reprint_fit,
    save_fit,
    update_paper_check,
    write_reprint,
)
from app.fitting.overlay import outline_rings_mm, place_outline
from app.fitting.pd_photo import PhotoClicks, PhotoSetup
from app.fitting.suggest import SuggestionRequest, suggest_sizes
from app.fitting.values import CustomerInput, LensStockItem
from app.services import Services
from catalog.frames import generate_frame
from db.models import Design, Fit
from tests.app.fitting_scene import Scene


def _suggested(style: str = "oval-everyday") -> dict[str, object]:
    return dict(suggest_sizes(SuggestionRequest(style, 32.0, 31.0, 148.0)).suggestions[0].parameters)


def test_save_fit_records_everything_and_creates_the_design_row(services: Services) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="Amina", code="AM-1"))
    params = _suggested()
    record = save_fit(
        services.session_factory,
        customer.id,
        "oval-everyday",
        params,
        derived={"frame_pd_mm": 63.0},
        lenses={"right": {"stock_id": 1, "power_d": 1.5}, "left": {"stock_id": 1, "power_d": 1.5}},
        paper_check_changes={"bridge_mm": {"from": 19.5, "to": 20.0}},
        notes="first pair",
    )
    assert record.parameters["lens_width_mm"] == params["lens_width_mm"]
    assert len(record.parameters) > 30  # every parameter, not only the overrides
    assert record.design_version >= 1 and record.customer_code == "AM-1"
    with services.session_factory() as session:
        assert session.get(Design, "oval-everyday") is not None
    fits = list_fits(services.session_factory, customer.id)
    assert fits[0].has_paper_check_changes and fits[0].frame_pd_mm == 63.0
    assert get_customer(services.session_factory, customer.id).summary.fit_count == 1
    adjusted = record.parameters.with_changes({"crest_above_datum_mm": 7})
    updated = update_paper_check(services.session_factory, record.id, adjusted, {"note": "sat low"})
    assert updated.parameters["crest_above_datum_mm"] == 7.0
    assert updated.paper_check_changes == {"bridge_mm": {"from": 19.5, "to": 20.0}, "note": "sat low"}


def test_bad_fits_save_nothing(services: Services) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="A"))
    with pytest.raises(FitInputError, match="No frame style"):
        fit_file_parameters("nope", {})
    with pytest.raises(FitInputError, match="lens_width_mm"):
        fit_file_parameters("oval-everyday", {"lens_width_mm": 500})
    defaults = fit_file_parameters("oval-everyday", {})
    with pytest.raises(CustomerNotFoundError):
        save_fit(services.session_factory, 999, "oval-everyday", defaults)
    with pytest.raises(FitInputError, match="cannot be saved"):
        save_fit(services.session_factory, customer.id, "oval-everyday", defaults, derived={"x": object()})
    with services.session_factory() as session:
        assert session.scalar(select(func.count(Fit.id))) == 0
    with pytest.raises(FitNotFoundError):
        get_fit(services.session_factory, 1)


def test_export_import_round_trip(services: Services, tmp_path: Path) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="Private Name", code="AM-1", contact="+123"))
    record = save_fit(services.session_factory, customer.id, "oval-everyday", _suggested(), {"frame_pd_mm": 63.0}, {},
                      {"note": "ok"})
    path = export_fit(services.session_factory, record.id, tmp_path / "fit.json")
    data = json.loads(path.read_text())
    assert data["kind"] == "heliofab-fit" and data["frame_model"].startswith("oval-everyday@")
    assert "Private Name" not in path.read_text() and "+123" not in path.read_text()
    set_values = next(iter(data["openscad_parameter_sets"]["parameterSets"].values()))
    assert all(isinstance(v, str) for v in set_values.values())
    again = import_fit(services.session_factory, path)  # by the code in the file
    assert again.id != record.id and again.parameters == record.parameters
    assert again.paper_check_changes == {"note": "ok"}
    other = add_customer(services.session_factory, CustomerInput(name="B"))
    assert import_fit(services.session_factory, path, customer_id=other.id).customer_id == other.id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a Heliofab fit file"),
        ('{"kind": "heliofab-fit", "schema_version": 99}', "format 99"),
        ('{"kind": "heliofab-fit", "schema_version": 1, "design_id": "oval-everyday"}', "design_version"),
    ],
)
def test_damaged_fit_files_are_refused(services: Services, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "f.json"
    path.write_text(content)
    with pytest.raises(FitFormatError, match=message):
        import_fit(services.session_factory, path)
    with services.session_factory() as session:
        assert session.scalar(select(func.count(Fit.id))) == 0


def test_import_for_unknown_code_asks_for_a_customer(services: Services, tmp_path: Path) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="A", code="GONE"))
    record = save_fit(services.session_factory, customer.id, "oval-everyday", _suggested())
    path = export_fit(services.session_factory, record.id, tmp_path / "fit.json")
    delete_customer(services.session_factory, services.blobs, customer.id)
    with pytest.raises(CustomerNotFoundError, match="GONE"):
        import_fit(services.session_factory, path)


def test_reprint_regenerates_the_same_parts(services: Services, tmp_path: Path) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="A"))
    params = _suggested()
    record = save_fit(services.session_factory, customer.id, "oval-everyday", params)
    reprint = reprint_fit(services.session_factory, record.id)
    fresh = generate_frame("oval-everyday", params)
    assert [p.name for p in reprint.frame.parts] == [p.name for p in fresh.parts]
    assert reprint.frame.derived["frame_pd_mm"] == fresh.derived["frame_pd_mm"]
    assert not reprint.is_style_newer
    paths = write_reprint(reprint, tmp_path / "out")
    assert {p.suffix for p in paths} == {".stl", ".json"}
    assert all(p.stat().st_size > 0 for p in paths)


def test_overlay_puts_lens_centres_on_the_far_pupils() -> None:
    scene = Scene(mono_right_mm=32.0, mono_left_mm=31.0, card_roll_deg=3.0)
    clicks = PhotoClicks(tuple(scene.card_px()), scene.pupils_px(), (1600, 1200), scene.nose_px(), PhotoSetup())  # type: ignore[arg-type]
    params = _suggested()
    frame = generate_frame("oval-everyday", params)
    overlay = place_outline(outline_rings_mm(frame.front_outline), frame.lens_centres_mm, clicks)
    (rcx, rcy), (lcx, lcy) = overlay.lens_centres_px
    (rpx, rpy), (lpx, lpy) = overlay.far_pupils_px
    # True scale at the card plane vs the pupils' slightly farther plane: within a few pixels (< 1 mm).
    mm = overlay.mm_per_px
    assert abs(rcx - rpx) * mm < 1.0 and abs(lcx - lpx) * mm < 1.0
    assert abs(rcy - rpy) * mm < 1.0 and abs(lcy - lpy) * mm < 1.0
    assert rcx < lcx  # the customer's right lens is on the image's left
    xs = [x for line in overlay.polylines_px for x, _ in line]
    width_mm = (max(xs) - min(xs)) * mm
    assert width_mm == pytest.approx(frame.derived["overall_width_mm"], rel=0.03)
    assert PhotoClicks.from_json(clicks.to_json()) == clicks


def test_parameter_changes_and_lens_choice() -> None:
    before = {"bridge_mm": 19.0, "crest_above_datum_mm": 6, "material": "PETG", "x": 1.0}
    after = {"bridge_mm": 19.0, "crest_above_datum_mm": 7.0, "material": "PLA", "x": 1}
    assert parameter_changes(before, after) == {
        "crest_above_datum_mm": {"from": 6, "to": 7.0},
        "material": {"from": "PETG", "to": "PLA"},
    }
    assert parameter_changes(before, before) == {}
    stock = LensStockItem(3, "round", 44.0, None, 1.5, 4, "")
    assert lens_choice(stock, lens_width_mm=44.0, lens_height_mm=44.0)["stock_id"] == 3
    assert lens_choice(None, lens_width_mm=44.0, lens_height_mm=35.0, power_d=-1.0)["source"] == "edged"
