"""Print a saved fit again: its stored parameters regenerated, sliced and queued for its customer.

The path is the customizer's "Slice & queue" (the slicing dialog, then `queue_sliced_fit`), with the
fit that already exists: no new fit is saved, so the customer's record keeps one fit per frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.fitting import fits as fit_api
from app.orders import QueuedOrder, queue_sliced_fit
from app.queue.order import SaleNeedsConfirmationError
from app.slicing import SliceOutcome
from ui.context import ScreenContext
from ui.slicing import SlicingDialog
from ui.widgets.questions import ask_yes_no


class FitReprinter(QObject):
    """Runs "Print again" for one fit at a time; says how it went through `said`."""

    said = Signal(str, bool)  # message, is_error
    queued = Signal(object)  # the QueuedOrder

    def __init__(self, ctx: ScreenContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.dialog: SlicingDialog | None = None

    def print_again(self, fit_id: int, *, is_for_sale: bool) -> None:
        services = self.ctx.services
        self.said.emit(self.tr("Making fit #{id} again from its saved values…").format(id=fit_id), False)

        def opened(reprint: fit_api.Reprint) -> None:
            parts = [(part.name, part.mesh) for part in reprint.frame.parts]
            title = self.tr("Fit #{id} again: {style} for {code}").format(
                id=fit_id, style=reprint.fit.design_id, code=reprint.fit.customer_code)
            # The fit chose its material (PETG for delivered frames): slice for it, as the customizer does.
            material = str(reprint.fit.parameters.get("material", "")).lower() or None
            dialog = SlicingDialog(self.ctx, parts, title, self._parent, material_id=material)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.outcome_accepted.connect(lambda outcome: self.queue(fit_id, outcome, is_for_sale=is_for_sale))
            dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
            self.dialog = dialog
            if reprint.is_style_newer:
                self.said.emit(self.tr("The style changed since fit #{id} was saved: check it on the paper "
                                       "template before printing.").format(id=fit_id), False)
            dialog.open()

        self.ctx.tasks.run(self.tr("Print again"), lambda _task: fit_api.reprint_fit(services.session_factory, fit_id),
                           on_result=opened, on_error=self._failed, show_progress=True)

    def queue(self, fit_id: int, outcome: SliceOutcome, *, is_for_sale: bool, is_sale_confirmed: bool = False) -> None:
        services = self.ctx.services

        def work(_task: object) -> QueuedOrder:
            return queue_sliced_fit(services.session_factory, services.blobs, services.paths, fit_id, outcome,
                                    is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SaleNeedsConfirmationError) and not is_sale_confirmed:
                self._ask_sale_agreed(str(exc), lambda: self.queue(fit_id, outcome, is_for_sale=is_for_sale,
                                                                   is_sale_confirmed=True))
                return
            self._failed(exc)

        def done(order: QueuedOrder) -> None:
            self.said.emit(self.tr("Queued job #{job} for fit #{id} ({licence}).").format(
                job=order.job_id, id=fit_id, licence=order.licence), False)
            self.queued.emit(order)

        self.ctx.tasks.run(self.tr("Queueing the frames"), work, on_result=done, on_error=failed, show_progress=False)

    def _ask_sale_agreed(self, problem: str, agreed: Callable[[], None]) -> None:
        def answered(is_yes: bool) -> None:
            if is_yes:
                agreed()
            else:
                self.said.emit(self.tr("Not queued: untick \"sold\" to print it as a gift."), True)

        ask_yes_no(self._parent, self.tr("Licence"),
                   self.tr("{problem}\n\nHas the author agreed to this sale?").format(problem=problem),
                   object_name="saleQuestion", on_answer=answered)

    def _failed(self, exc: BaseException) -> None:
        self.said.emit(str(exc), True)
