"""An order, from a design to a job in the queue: parts, slice, check, queue, tied to the design's licence
and, when there is one, to the customer (and the saved fit their frames were made from).

This is the main path in one call, shared by the desktop app, `heliofab queue add-fit` and
`heliofab queue add-design`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.fitting.fits import reprint_fit
from app.queue.order import OrderLink, order_link
from app.queue.store import add_gcode_job
from app.slice_files import discard_slice
from app.slice_inputs import NamedPart, design_material, design_parts, is_frame_style
from app.slicing import Estimate, PrintMode, SliceOutcome, slice_to_file
from db.models import Customer, Design
from printers.slicer import SliceSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.catalog_service import CatalogService
    from app.paths import DataPaths
    from app.printer_profiles import ProfileStore
    from catalog.blobstore import BlobStore

ProgressFn = Callable[[float, str], None]


@dataclass(frozen=True)
class QueuedOrder:
    job_id: int
    fit_id: int | None
    customer_id: int | None
    design_id: str
    licence: str
    attribution: str
    estimate: Estimate
    is_style_newer: bool
    name: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "job_id": self.job_id,
            "name": self.name,
            "fit_id": self.fit_id,
            "customer_id": self.customer_id,
            "design_id": self.design_id,
            "licence": self.licence,
            "attribution": self.attribution,
            "estimate": asdict(self.estimate),
            "is_style_newer": self.is_style_newer,
        }


def queue_fit(
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    profiles: ProfileStore,
    paths: DataPaths,
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
    printer = profiles.printer(printer_id)
    reprint = reprint_fit(session_factory, fit_id, bed_x_mm=printer.bed_x_mm, bed_y_mm=printer.bed_y_mm)
    # Check the licence before spending a minute slicing.
    with session_factory() as session:
        order_link(session, fit_id=fit_id, is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)
    parts = [NamedPart(part.name, part.mesh) for part in reprint.frame.parts]
    # The fit chose its material (PETG for delivered frames, PLA for fit checks): slice for that one.
    material_id = material_id or str(reprint.fit.parameters.get("material", "")).lower() or None
    queued = _slice_and_queue(
        profiles, paths, parts, f"fit-{fit_id}", printer_id=printer_id, material_id=material_id, settings=settings,
        mode=PrintMode.FRAMES, progress=progress,
        queue=lambda outcome: queue_sliced_fit(
            session_factory, blobs, paths, fit_id, outcome, priority=priority, is_for_sale=is_for_sale,
            is_sale_confirmed=is_sale_confirmed,
        ),
    )
    return replace(queued, is_style_newer=reprint.is_style_newer)


def queue_design(
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    profiles: ProfileStore,
    catalog: CatalogService,
    paths: DataPaths,
    design_id: str,
    values: Mapping[str, object] | None = None,
    *,
    printer_id: str,
    material_id: str | None = None,
    settings: SliceSettings | None = None,
    customer_id: int | None = None,
    priority: int = 0,
    is_for_sale: bool = False,
    is_sale_confirmed: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> QueuedOrder:
    """Any catalogue design with these parameter values (none for a plain mesh design): made, sliced for
    the printer profile, checked and queued, tied to the customer when there is one and to the design's licence.

    Raises ValueError (no such design or customer), SaleNeedsConfirmationError, UnknownProfileError,
    SliceError (a value out of range, a part too large for the bed), UnsafeGcodeError or QueueError,
    each one sentence: nothing queued.
    """
    printer = profiles.printer(printer_id)
    # The design, the customer and the licence are checked before spending minutes rendering and slicing.
    with session_factory() as session:
        order_link(session, customer_id=customer_id, design_id=design_id, is_for_sale=is_for_sale,
                   is_sale_confirmed=is_sale_confirmed)
    parts = design_parts(catalog, blobs, design_id, values, bed_x_mm=printer.bed_x_mm,
                         bed_y_mm=printer.bed_y_mm, is_cancelled=is_cancelled)
    is_frame_set = is_frame_style(design_id)
    return _slice_and_queue(
        profiles, paths, parts, design_id, printer_id=printer_id,
        material_id=material_id or (design_material(design_id, values) if is_frame_set else None),
        settings=settings, mode=PrintMode.FRAMES if is_frame_set else PrintMode.STANDARD, progress=progress,
        queue=lambda outcome: queue_sliced_design(
            session_factory, blobs, paths, design_id, outcome, customer_id=customer_id, priority=priority,
            is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed,
        ),
    )


def queue_sliced_fit(
    session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths,
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
    with session_factory() as session:
        link = order_link(session, fit_id=fit_id, is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)
        customer = session.get(Customer, link.customer_id) if link.customer_id is not None else None
        whose = customer.code if customer is not None else f"customer {link.customer_id}"
    return _queue_sliced(session_factory, blobs, paths, link, outcome, f"Frames {link.design_id} for {whose}", priority)


def queue_sliced_design(
    session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths,
    design_id: str,
    outcome: SliceOutcome,
    *,
    customer_id: int | None = None,
    priority: int = 0,
    is_for_sale: bool = False,
    is_sale_confirmed: bool = False,
) -> QueuedOrder:
    """Queue G-code already sliced (and checked) from a catalogue design, tied to its licence and, when
    given, to the customer whose order it is.

    Raises ValueError (no such design or customer), SaleNeedsConfirmationError or QueueError: nothing queued.
    """
    with session_factory() as session:
        link = order_link(session, customer_id=customer_id, design_id=design_id, is_for_sale=is_for_sale,
                          is_sale_confirmed=is_sale_confirmed)
        design = session.get(Design, design_id)
        title = design.title if design is not None and design.title else design_id
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        name = f"{title} for {customer.code}" if customer is not None else title
    return _queue_sliced(session_factory, blobs, paths, link, outcome, name, priority)


def _queue_sliced(
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    paths: DataPaths,
    link: OrderLink,
    outcome: SliceOutcome,
    name: str,
    priority: int,
) -> QueuedOrder:
    job_id = add_gcode_job(
        session_factory, blobs, outcome.output, name=name, priority=priority,
        order=replace(link, material_cost=round(outcome.estimate.material_cost, 4)),
        printer_profile=outcome.printer, material=outcome.material,
    )
    # The job prints from its own copy in the store: a slice made in tmp/slices has done its work.
    discard_slice(outcome.output, paths.tmp_dir)
    return QueuedOrder(
        job_id=job_id, fit_id=link.fit_id, customer_id=link.customer_id, design_id=link.design_id or "",
        licence=link.licence, attribution=link.attribution, estimate=outcome.estimate, is_style_newer=False,
        name=name,
    )


def _slice_and_queue(
    profiles: ProfileStore,
    paths: DataPaths,
    parts: list[NamedPart],
    stem: str,
    *,
    printer_id: str,
    material_id: str | None,
    settings: SliceSettings | None,
    mode: PrintMode,
    progress: ProgressFn | None,
    queue: Callable[[SliceOutcome], QueuedOrder],
) -> QueuedOrder:
    """Slice into a private temporary folder and queue from there: a refusal leaves no file behind."""
    slices_dir = paths.tmp_dir / "slices"
    slices_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=slices_dir) as tmp:
        outcome = slice_to_file(
            profiles, parts, Path(tmp) / f"{_safe_stem(stem)}.gcode", printer_id=printer_id,
            material_id=material_id, settings=settings, mode=mode, progress=progress,
        )
        return queue(outcome)


def _safe_stem(text: str) -> str:
    # Design ids come from file names and zips: keep the temporary file name plain on every OS.
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:60] or "design"
