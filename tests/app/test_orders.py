from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from app.fitting.customers import add_customer, get_customer
from app.fitting.fits import save_fit
from app.fitting.values import CustomerInput
from app.orders import QueuedOrder, queue_sliced_fit
from app.queue.order import SaleNeedsConfirmationError
from app.queue.store import list_jobs
from app.services import Services
from app.slicing import Estimate
from db.models import JobState

GCODE = "\n".join(
    ["M140 S60", "M104 S205", "M190 S60", "M109 S205", "G28", "G90", "M82", "G92 E0", ";LAYER:0"]
    + [f"G1 X{10 + i} Y{10 + i % 7} E{0.05 * (i + 1):.3f} F1200" for i in range(200)]
    + ["M104 S0", "M140 S0", "M84", ""]
)
ESTIMATE = Estimate(print_minutes=3.0, heat_up_minutes=2.0, filament_g=0.4, filament_m=0.13, material_cost=0.01,
                    energy_wh=6.0, peak_w=220.0, layers=1)


def _sliced(gcode: Path, services: Services) -> SimpleNamespace:
    # Only what queueing reads of a SliceOutcome: the file, the estimate, and the profiles it was sliced for.
    return SimpleNamespace(output=gcode, estimate=ESTIMATE, printer=services.profiles.printer("creality-ender3"),
                           material=services.profiles.material("PETG"))


def _queue(services: Services, fit_id: int, outcome: object, **options: bool) -> QueuedOrder:
    return queue_sliced_fit(
        services.session_factory, services.blobs, services.paths, fit_id, outcome, **options  # type: ignore[arg-type]
    )


def _fit(services: Services) -> tuple[int, int]:
    customer = add_customer(services.session_factory, CustomerInput(name="Efua Mensah"))
    fit = save_fit(services.session_factory, customer.id, "round-classic", {"pd_right_mm": 31.0, "pd_left_mm": 31.0})
    return customer.id, fit.id


def test_sliced_fit_is_queued_for_its_customer_with_the_licence(services: Services, tmp_path: Path) -> None:
    customer_id, fit_id = _fit(services)
    gcode = tmp_path / "fit.gcode"
    gcode.write_text(GCODE, encoding="utf-8")
    order = _queue(services, fit_id, _sliced(gcode, services))
    assert order.customer_id == customer_id and order.design_id == "round-classic" and order.licence
    job = next(j for j in list_jobs(services.session_factory) if j.id == order.job_id)
    assert job.state is JobState.QUEUED and job.duration_min > 0
    # kept for the planner and the check
    assert (job.printer_profile_id, job.material_id) == ("creality-ender3", "petg")
    orders = get_customer(services.session_factory, customer_id).orders
    assert [o.id for o in orders] == [order.job_id] and orders[0].fit_id == fit_id


def test_selling_a_non_commercial_design_needs_confirmation(services: Services, tmp_path: Path) -> None:
    customer_id, fit_id = _fit(services)
    services.catalog.edit("round-classic", licence="CC-BY-NC-4.0")
    gcode = tmp_path / "fit.gcode"
    gcode.write_text(GCODE, encoding="utf-8")
    with pytest.raises(SaleNeedsConfirmationError):
        _queue(services, fit_id, _sliced(gcode, services), is_for_sale=True)
    assert get_customer(services.session_factory, customer_id).orders == ()  # nothing queued
    order = _queue(services, fit_id, _sliced(gcode, services), is_for_sale=True, is_sale_confirmed=True)
    assert order.licence == "CC-BY-NC-4.0"
