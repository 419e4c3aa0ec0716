"""Fitting self-adjustable glasses: fluid modules in the lens stock, size suggestions, the self-tuned record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.fitting.customers import add_customer, get_customer
from app.fitting.errors import FitInputError, LensStockError, SuggestionError
from app.fitting.fits import fit_to_json, get_fit, record_self_tuning, save_fit
from app.fitting.lens_stock import LensStockInput, add_lens_stock, list_lens_stock
from app.fitting.suggest import SuggestionRequest, style_choices, suggest_sizes
from app.fitting.values import CustomerInput, LensStockItem
from app.services import Services
from catalog.frames import check_frame

FRAME = "self-adjust-round"


def _module(services: Services, diameter: float = 40.0, count: int = 4) -> LensStockItem:
    return add_lens_stock(services.session_factory,
                          LensStockInput("fluid-module", diameter, None, 0.0, count, "Adspecs-type",
                                                   thickness_mm=3.5, port_diameter_mm=3.0))


def test_a_fluid_module_is_a_lens_stock_line_with_its_own_size(services: Services) -> None:
    module = _module(services)
    assert module.is_fluid_module and module.label == "fluid module Ø40 mm, 3.5 mm thick, port Ø3"
    assert list_lens_stock(services.session_factory)[0].thickness_mm == 3.5
    with pytest.raises(LensStockError, match=r"A fluid module needs its thickness at the edge: enter 1–12 mm\."):
        add_lens_stock(services.session_factory, LensStockInput("fluid-module", 40.0, port_diameter_mm=3.0, count=1))
    with pytest.raises(LensStockError, match="no fixed power"):
        add_lens_stock(services.session_factory, LensStockInput("fluid-module", 40.0, power_d=2.0, thickness_mm=3.5,
                                                port_diameter_mm=3.0))
    with pytest.raises(LensStockError, match="Only fluid modules have a thickness"):
        add_lens_stock(services.session_factory, LensStockInput("round", 44.0, thickness_mm=3.0))


def test_suggestions_for_the_module_frame_pass_its_checks() -> None:
    report = suggest_sizes(SuggestionRequest(FRAME, 32.0, 31.0, head_width_mm=148.0, lens_power_d=-2.5))
    assert 1 <= len(report.suggestions) <= 3
    for suggestion in report.suggestions:
        assert check_frame(FRAME, suggestion.parameters) == []
        assert suggestion.parameters["module_diameter_mm"] == suggestion.lens_width_mm
        assert suggestion.parameters["pd_right_mm"] == 32.0 and suggestion.parameters["pd_left_mm"] == 31.0
        assert any("no prescription needed" in reason for reason in suggestion.reasons)
    # Too large a module for the nose never reaches the list: the frame's own check refused it.
    assert report.rejections.get("module_fit", 0) > 0


def test_stock_modules_fix_the_module_whatever_the_power() -> None:
    stock = (
        LensStockItem(1, "fluid-module", 40.0, None, 0.0, 3, "", 3.5, 3.0),
        LensStockItem(2, "fluid-module", 44.0, None, 0.0, 2, "", 4.2, 2.5),
        LensStockItem(3, "fluid-module", 42.0, None, 0.0, 0, "", 3.5, 3.0),  # none left
        LensStockItem(4, "round", 44.0, None, 1.5, 6, ""),  # a lens, not a module
    )
    report = suggest_sizes(SuggestionRequest(FRAME, 31.5, 31.5, 150.0, -3.0, stock))
    assert {s.lens.id for s in report.suggestions if s.lens} == {1, 2}
    by_id = {s.lens.id: s for s in report.suggestions if s.lens}
    assert by_id[2].parameters["module_thickness_mm"] == 4.2 and by_id[2].parameters["port_diameter_mm"] == 2.5
    for suggestion in report.suggestions:
        assert check_frame(FRAME, suggestion.parameters) == []
    # Conventional styles never take a module for a lens.
    rimmed = suggest_sizes(SuggestionRequest("round-classic", 31.5, 31.5, 150.0, 1.5, stock))
    assert {s.lens.id for s in rimmed.suggestions if s.lens} == {4}
    with pytest.raises(SuggestionError, match="No fluid lens module in stock fits this frame"):
        suggest_sizes(SuggestionRequest(FRAME, 31.5, 31.5, 150.0, None, stock[3:]))


def test_the_syringe_clips_have_no_sizes_to_suggest() -> None:
    assert "self-adjust-syringe-clips" not in {c.id for c in style_choices()}
    assert FRAME in {c.id for c in style_choices()}
    with pytest.raises(SuggestionError, match="is not worn on the face"):
        suggest_sizes(SuggestionRequest("self-adjust-syringe-clips", 31.5, 31.5))


def test_a_fit_records_that_the_customer_tuned_the_lenses(services: Services) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="Kofi", code="K-1"))
    module = _module(services)
    fit = save_fit(services.session_factory, customer.id, FRAME, {"module_diameter_mm": 40, "bridge_mm": 23},
                   lens_module_id=module.id)
    assert not fit.is_self_tuned and fit.lens_module == "fluid module Ø40 mm, 3.5 mm thick"
    recorded = record_self_tuning(services.session_factory, fit.id, is_self_tuned=True, lens_module_id=module.id)
    assert recorded.is_self_tuned and recorded.lens_module_id == module.id
    assert get_fit(services.session_factory, fit.id).is_self_tuned
    summary = get_customer(services.session_factory, customer.id).fits[0]
    assert summary.is_self_tuned and summary.lens_module == "fluid module Ø40 mm, 3.5 mm thick"
    assert summary.lens_width_mm == 40
    assert fit_to_json(services.session_factory, fit.id)["is_self_tuned"] is True

    rimmed = save_fit(services.session_factory, customer.id, "round-classic", {})
    with pytest.raises(FitInputError, match="takes edged lenses, which the customer cannot tune"):
        record_self_tuning(services.session_factory, rimmed.id, is_self_tuned=True, lens_module_id=None)
    lens = add_lens_stock(services.session_factory, LensStockInput("round", 44.0, power_d=1.0, count=2))
    with pytest.raises(FitInputError, match=f"Lens stock line {lens.id} is not a fluid lens module"):
        record_self_tuning(services.session_factory, fit.id, is_self_tuned=True, lens_module_id=lens.id)


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_headless_path_suggest_customize_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "lab"
    assert _run(capsys, d, "customers", "add", "--name", "Ama", "--code", "C-1", "--pd-mm", "63",
                "--head-width-mm", "148")[0] == 0
    code, text = _run(capsys, d, "fit", "suggest", "--style", FRAME, "--customer", "C-1", "--json")
    assert code == 0, text
    best = json.loads(text)["suggestions"][0]
    sets = [f"{name}={best['parameters'][name]}" for name in ("pd_right_mm", "pd_left_mm", "module_diameter_mm",
                                                               "bridge_mm")]
    args = [arg for pair in (("--set", s) for s in [*sets, "syringe_clips=two"]) for arg in pair]
    code, text = _run(capsys, d, "customize", FRAME, *args, "--out", str(tmp_path / "out"), "--save-fit", "C-1")
    assert code == 0, text
    assert (tmp_path / "out" / "syringe_clip_left.stl").is_file()
    code, text = _run(capsys, d, "customize", FRAME, "--set", "port_angle_deg=180", "--check")
    assert code == 1 and "Set Filling port angle to 150°" in text and "port_angle_deg" not in text

    fit_id = json.loads(_run(capsys, d, "customers", "show", "C-1", "--json")[1])["fits"][0]["id"]
    from app.services import StartupOptions, build_services

    services = build_services(StartupOptions(data_dir=d))
    try:
        module = _module(services)
        record_self_tuning(services.session_factory, fit_id, is_self_tuned=True, lens_module_id=module.id)
    finally:
        services.close()
    code, text = _run(capsys, d, "customers", "show", "C-1")
    assert code == 0
    assert (f"Fit {fit_id}: the customer tuned the lenses themselves with a fluid module Ø40 mm, 3.5 mm thick; "
            "no prescription needed.") in text
    shown = json.loads(_run(capsys, d, "customers", "show", "C-1", "--json")[1])
    assert shown["fits"][0]["is_self_tuned"] is True
