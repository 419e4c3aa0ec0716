"""A customer's frames, from a saved fit to a job in the queue: regenerate, slice, check, queue.

This is the main path in one call, shared by the desktop app and `heliofab queue add-fit`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.fitting.fits import reprint_fit
from app.queue.order import order_link
from app.queue.store import add_gcode_job
from app.services import Services
from app.slicing import Estimate, PrintMode, SliceOutcome, slice_to_file
from db.models import Customer
from printers.slicer import SliceSettings

ProgressFn = Callable[[float, str], None]


@dataclass(frozen=True)
class QueuedOrder:
    job_id: int
    fit_id: int
    customer_id: int
    design_id: str
    licence: str
    attribution: str
    estimate: Estimate
    is_style_newer: bool

    def to_json(self) -> dict[str, object]:
        return {
            "job_id": self.job_id,
            "fit_id": self.fit_id,
            "customer_id": self.customer_id,
            "design_id": self.design_id,
            "licence": self.licence,
            "attribution": self.attribution,
            "estimate": asdict(self.estimate),
            "is_style_newer": self.is_style_newer,
        }


def queue_fit(
    services: Services,
    fit_id: int,
    *,
    printer_id: str,
    material_id: str | None = None,
    settings: SliceSettings | None = None,
    priority: int = 0,
    is_for_sale: bool = False,
    is_sale_confirmed: bool = False,
    progress: ProgressFn | None = None,
) -> QueuedOrder:
    """Raises FittingError, SliceError, UnsafeGcodeError, SaleNeedsConfirmationError or QueueError: nothing queued."""
    printer = services.profiles.printer(printer_id)
    reprint = reprint_fit(services, fit_id, bed_x_mm=printer.bed_x_mm, bed_y_mm=printer.bed_y_mm)
    # Check the licence before spending a minute slicing.
    with services.session_factory() as session:
        order_link(session, fit_id=fit_id, is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)
    parts = [(part.name, part.mesh) for part in reprint.frame.parts]
    # The fit chose its material (PETG for delivered frames, PLA for fit checks): slice for that one.
    material_id = material_id or str(reprint.fit.parameters.get("material", "")).lower() or None
    slices_dir = services.paths.tmp_dir / "slices"
    slices_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=slices_dir) as tmp:
        outcome = slice_to_file(
            services.profiles, parts, Path(tmp) / f"fit-{fit_id}.gcode", printer_id=printer_id,
            material_id=material_id, settings=settings, mode=PrintMode.FRAMES, progress=progress,
        )
        queued = queue_sliced_fit(
            services, fit_id, outcome, priority=priority, is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed
        )
    return replace(queued, is_style_newer=reprint.is_style_newer)


def queue_sliced_fit(
    services: Services,
    fit_id: int,
    outcome: SliceOutcome,
    *,
    priority: int = 0,
    is_for_sale: bool = False,
    is_sale_confirmed: bool = False,
) -> QueuedOrder:
    """Queue G-code already sliced (and checked) for a saved fit, tied to its customer, design and licence.

    Raises SaleNeedsConfirmationError or QueueError: nothing queued.
    """
    with services.session_factory() as session:
        link = order_link(session, fit_id=fit_id, is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)
        customer = session.get(Customer, link.customer_id) if link.customer_id is not None else None
        whose = customer.code if customer is not None else f"customer {link.customer_id}"
    job_id = add_gcode_job(
        services.session_factory, services.blobs, outcome.output, name=f"Frames {link.design_id} for {whose}",
        priority=priority, order=replace(link, material_cost=round(outcome.estimate.material_cost, 4)),
        printer_profile=outcome.printer, material=outcome.material,
    )
    return QueuedOrder(
        job_id=job_id, fit_id=fit_id, customer_id=link.customer_id or 0, design_id=link.design_id or "",
        licence=link.licence, attribution=link.attribution, estimate=outcome.estimate, is_style_newer=False,
    )
