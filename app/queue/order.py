"""The order a print job belongs to: whose frames, which fit and design, under which licence."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from catalog.licences import licence_info
from db.models import Customer, Design, Fit, PrintJob
from i18n import _


class SaleNeedsConfirmationError(ValueError):
    """A print for sale of a design whose licence forbids or doesn't grant commercial use."""


@dataclass(frozen=True)
class OrderLink:
    customer_id: int | None = None
    fit_id: int | None = None
    design_id: str | None = None
    licence: str = ""
    attribution: str = ""
    is_for_sale: bool = False
    material_cost: float = 0.0

    def apply_to(self, job: PrintJob) -> None:
        job.customer_id = self.customer_id
        job.fit_id = self.fit_id
        job.design_id = self.design_id
        job.licence = self.licence
        job.attribution = self.attribution
        job.is_for_sale = self.is_for_sale
        job.material_cost = self.material_cost


def order_link(
    session: Session,
    *,
    customer_id: int | None = None,
    fit_id: int | None = None,
    design_id: str | None = None,
    is_for_sale: bool = False,
    is_sale_confirmed: bool = False,
    material_cost: float = 0.0,
) -> OrderLink:
    """Fill in what the fit and the design say; refuse an unconfirmed sale of a non-commercial design."""
    if fit_id is not None:
        fit = session.get(Fit, fit_id)
        if fit is None:
            raise ValueError(_("There is no saved fit {fit_id}: see `heliofab customers show` for the fits.").format(
                    fit_id=fit_id))
        customer_id = customer_id if customer_id is not None else fit.customer_id
        design_id = design_id or fit.design_id
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise ValueError(_("There is no customer {customer_id}: see `heliofab customers list` for their "
                           "codes.").format(
                customer_id=customer_id))
    licence = attribution = ""
    if design_id is not None:
        design = session.get(Design, design_id)
        if design is None:
            raise ValueError(_("There is no design '{design_id}' in the catalogue: see `heliofab catalog "
                               "list`.").format(
                    design_id=design_id))
        licence, attribution = design.licence, design.attribution
        info = licence_info(licence)
        if is_for_sale and info.needs_sale_confirmation and not is_sale_confirmed:
            raise SaleNeedsConfirmationError(
                _("'{title}' is licensed {name}, which does not allow selling prints: print it as a gift or"
                  " for personal use, or confirm that its author agreed to the sale.").format(
                        title=design.title, name=info.label)
            )
    return OrderLink(customer_id, fit_id, design_id, licence, attribution, is_for_sale, material_cost)
