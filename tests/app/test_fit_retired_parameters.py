"""Fits saved by a version that declared the filament price as a frame parameter still load and reprint."""

from __future__ import annotations

from app.fitting.customers import add_customer
from app.fitting.fits import fit_file_parameters, get_fit, parameter_changes, reprint_fit, save_fit, update_paper_check
from app.fitting.values import CustomerInput
from app.services import Services
from catalog.frames import resolve_params
from db.engine import unit_of_work
from db.models import Fit

STYLE = "oval-everyday"


def _old_fit(services: Services) -> int:
    customer = add_customer(services.session_factory, CustomerInput(name="Kofi", code="KO-1"))
    params = fit_file_parameters(STYLE, {"pd_right_mm": 32, "pd_left_mm": 31, "bridge_mm": 18,
                                         "crest_above_datum_mm": 5})
    record = save_fit(services.session_factory, customer.id, STYLE, params, derived={"frame_pd_mm": 63.0})
    with unit_of_work(services.session_factory) as session:
        row = session.get(Fit, record.id)
        assert row is not None
        # As an older Heliofab stored it: the price per kg among the frame's parameters.
        row.parameters = {**row.parameters, "filament_price_per_kg": 35.0}
    return record.id


def test_an_old_fit_with_the_retired_price_reprints(services: Services) -> None:
    fit_id = _old_fit(services)
    reprint = reprint_fit(services.session_factory, fit_id)
    assert reprint.frame.params["bridge_mm"] == 18.0
    assert "filament_price_per_kg" not in reprint.frame.params
    assert reprint.frame.volume_mm3 > 0


def test_an_old_fit_with_the_retired_price_takes_paper_check_changes(services: Services) -> None:
    fit_id = _old_fit(services)
    adjusted = get_fit(services.session_factory, fit_id).parameters.with_changes({"bridge_mm": 18.5})
    updated = update_paper_check(services.session_factory, fit_id, adjusted, {"note": "pinched"})
    assert updated.parameters["bridge_mm"] == 18.5
    assert "filament_price_per_kg" not in updated.parameters  # dropped when the fit was saved again


def test_reopening_an_old_fit_records_no_change_to_the_retired_price() -> None:
    stored = {**resolve_params(STYLE, {"bridge_mm": 18}).as_dict(), "filament_price_per_kg": 35.0}
    saved = resolve_params(STYLE, {**stored, "bridge_mm": 18.5})
    assert parameter_changes(stored, saved) == {"bridge_mm": {"from": 18.0, "to": 18.5}}
