"""The lab's stock of lenses: shape and size, power, how many are on the shelf."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.fitting.errors import LensStockError
from app.fitting.values import FLUID_MODULE_SHAPE, LensStockItem
from db.engine import unit_of_work
from db.models import LensStock
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

LENS_SHAPES: tuple[str, ...] = ("round", "oval", "uncut", FLUID_MODULE_SHAPE)
MIN_LENS_DIAMETER_MM = 20.0
MAX_LENS_DIAMETER_MM = 85.0
MAX_POWER_D = 20.0
MODULE_THICKNESS_RANGE_MM = (1.0, 12.0)
MODULE_PORT_RANGE_MM = (1.0, 8.0)


@dataclass(frozen=True)
class LensStockInput:
    shape: str = "round"
    diameter_mm: float = 40.0  # Ø for round pre-edged lenses and uncut blanks; width for ovals
    height_mm: float | None = None  # ovals only
    power_d: float = 0.0
    count: int = 0
    notes: str = ""
    thickness_mm: float | None = None  # fluid modules only
    port_diameter_mm: float | None = None  # fluid modules only


def _validate(data: LensStockInput) -> None:
    if data.shape not in LENS_SHAPES:
        raise LensStockError(_("Lens shape must be one of: {value}.").format(value=', '.join(LENS_SHAPES)))
    if not (math.isfinite(data.diameter_mm) and MIN_LENS_DIAMETER_MM <= data.diameter_mm <= MAX_LENS_DIAMETER_MM):
        raise LensStockError(
            _("A lens of {diameter_mm:g} mm is not plausible: enter "
              "{low:g}–{high:g} mm.").format(
                    diameter_mm=data.diameter_mm, low=MIN_LENS_DIAMETER_MM, high=MAX_LENS_DIAMETER_MM)
        )
    if data.shape == "oval":
        if data.height_mm is None or not (MIN_LENS_DIAMETER_MM <= data.height_mm <= data.diameter_mm):
            raise LensStockError(_("An oval lens needs a height between 20 mm and its width."))
    elif data.height_mm is not None:
        raise LensStockError(_("Only oval lenses have a separate height: leave it empty for round lenses "
                               "and blanks."))
    if data.shape == FLUID_MODULE_SHAPE:
        _validate_module(data)
    elif data.thickness_mm is not None or data.port_diameter_mm is not None:
        raise LensStockError(_("Only fluid modules have a thickness and a filling port: leave them empty "
                               "for lenses."))
    if not (math.isfinite(data.power_d) and abs(data.power_d) <= MAX_POWER_D):
        raise LensStockError(_("A power of {power_d:+g} D is not plausible: enter −20 to +20 D.").format(
                power_d=data.power_d))
    if data.count < 0:
        raise LensStockError(_("The count cannot be negative."))


def _validate_module(data: LensStockInput) -> None:
    """A fluid module needs its thickness (the frame's rim depth) and its port size (the rim's notch)."""
    lo, hi = MODULE_THICKNESS_RANGE_MM
    if data.thickness_mm is None or not (math.isfinite(data.thickness_mm) and lo <= data.thickness_mm <= hi):
        raise LensStockError(_("A fluid module needs its thickness at the edge: enter {lo:g}–{hi:g} mm.").format(
                lo=lo, hi=hi))
    lo, hi = MODULE_PORT_RANGE_MM
    if data.port_diameter_mm is None or not (
        math.isfinite(data.port_diameter_mm) and lo <= data.port_diameter_mm <= hi
    ):
        raise LensStockError(_("A fluid module needs the size of its filling port: enter {lo:g}–{hi:g} mm.").format(
                lo=lo, hi=hi))
    if data.port_diameter_mm > data.diameter_mm / 3:
        raise LensStockError(_("The filling port cannot be a third of the module's diameter: measure both "
                               "again."))
    if data.power_d != 0.0:
        raise LensStockError(_("A fluid module has no fixed power (the wearer tunes it): leave the power at 0."))


def _view(row: LensStock) -> LensStockItem:
    return LensStockItem(row.id, row.shape, row.diameter_mm, row.height_mm, row.power_d, row.count, row.notes,
                         row.thickness_mm, row.port_diameter_mm)


def list_lens_stock(session_factory: sessionmaker[Session], *, is_in_stock_only: bool = False) -> list[LensStockItem]:
    with session_factory() as session:
        stmt = select(LensStock).order_by(LensStock.power_d, LensStock.diameter_mm, LensStock.id)
        if is_in_stock_only:
            stmt = stmt.where(LensStock.count > 0)
        return [_view(row) for row in session.scalars(stmt)]


def add_lens_stock(session_factory: sessionmaker[Session], data: LensStockInput) -> LensStockItem:
    _validate(data)
    with unit_of_work(session_factory) as session:
        row = LensStock(
            shape=data.shape,
            diameter_mm=data.diameter_mm,
            height_mm=data.height_mm,
            power_d=data.power_d,
            count=data.count,
            notes=data.notes.strip(),
            thickness_mm=data.thickness_mm,
            port_diameter_mm=data.port_diameter_mm,
        )
        session.add(row)
        session.flush()
        return _view(row)


def update_lens_stock(session_factory: sessionmaker[Session], item_id: int, data: LensStockInput) -> LensStockItem:
    _validate(data)
    with unit_of_work(session_factory) as session:
        row = session.get(LensStock, item_id)
        if row is None:
            raise LensStockError(_("Lens stock line {item_id} does not exist (deleted?).").format(
                    item_id=item_id))
        row.shape, row.diameter_mm, row.height_mm = data.shape, data.diameter_mm, data.height_mm
        row.power_d, row.count, row.notes = data.power_d, data.count, data.notes.strip()
        row.thickness_mm, row.port_diameter_mm = data.thickness_mm, data.port_diameter_mm
        session.flush()
        return _view(row)


def adjust_lens_count(session_factory: sessionmaker[Session], item_id: int, delta: int) -> LensStockItem:
    """Take lenses from the shelf (negative) or put them back; never below zero."""
    with unit_of_work(session_factory) as session:
        row = session.get(LensStock, item_id)
        if row is None:
            raise LensStockError(_("Lens stock line {item_id} does not exist (deleted?).").format(
                    item_id=item_id))
        if row.count + delta < 0:
            raise LensStockError(_("Only {count} of these lenses are in stock: order more or pick another "
                                   "size.").format(
                    count=row.count))
        row.count += delta
        session.flush()
        return _view(row)


def delete_lens_stock(session_factory: sessionmaker[Session], item_id: int) -> None:
    with unit_of_work(session_factory) as session:
        row = session.get(LensStock, item_id)
        if row is not None:
            session.delete(row)
