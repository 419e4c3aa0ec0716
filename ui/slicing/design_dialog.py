"""Slice & queue for any catalogue design: the frames' slicing panel, with the customer whose order it is
(or none, for the lab's own stock), "sold or not", and the design's licence in sight."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.fitting.customers import list_customers
from app.fitting.values import CustomerSummary
from app.orders import QueuedOrder, queue_sliced_design
from app.queue.order import SaleNeedsConfirmationError
from app.slice_inputs import NamedPart, design_material, design_parts, is_frame_style
from app.slicing import PrintMode, SliceOutcome
from app.tasks import TaskContext, TaskHandle
from ui.context import ScreenContext
from ui.slicing.dialog import SlicingPanel, fitting_size
from ui.widgets.questions import ask_yes_no


class DesignSlicingDialog(QDialog):
    """`DesignSlicingDialog(ctx, design_id, title, values)` makes the design's parts in the background (or
    takes `parts` already made by a customizer); "Add to queue" queues them for the chosen customer and
    emits `queued` with the QueuedOrder."""

    queued = Signal(object)

    def __init__(
        self,
        ctx: ScreenContext,
        design_id: str,
        title: str,
        values: Mapping[str, object] | None = None,
        parent: QWidget | None = None,
        *,
        parts: Sequence[Any] | None = None,
        customer_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.design_id = design_id
        self.values = dict(values or {})
        self._wanted_customer = customer_id
        self._loading: TaskHandle | None = None
        self._is_queueing = False
        self.setWindowTitle(self.tr("Slice & queue: {title}").format(title=title))
        self.resize(fitting_size(QSize(1100, 760), parent))
        is_frame_set = is_frame_style(design_id)
        self.panel = SlicingPanel(
            ctx, self, material_id=design_material(design_id, self.values) if is_frame_set else None,
            mode=PrintMode.FRAMES if is_frame_set else PrintMode.STANDARD,
        )
        self.customer_combo = QComboBox()
        self.customer_combo.setObjectName("orderCustomer")
        self.customer_combo.addItem(self.tr("No customer (the lab's own stock)"), None)
        self.for_sale_check = QCheckBox(self.tr("This print is sold (not a gift or personal use)"))
        self.licence_label = QLabel()
        self.licence_label.setObjectName("licenceLabel")
        self.licence_label.setWordWrap(True)
        self.order_label = QLabel()
        self.order_label.setObjectName("orderStatus")
        self.order_label.setWordWrap(True)
        order_form = QFormLayout()
        order_form.addRow(self.tr("Customer"), self.customer_combo)
        order_form.addRow("", self.for_sale_check)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.licence_label)
        layout.addLayout(order_form)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.order_label)
        layout.addWidget(close)
        self.panel.queue_requested.connect(lambda outcome: self.queue_outcome(outcome))
        self._load_order_choices()
        if parts is not None:
            self.panel.set_parts(list(parts), title)
        else:
            self._make_parts(title)

    # -- loading ---------------------------------------------------------------------------------

    def _load_order_choices(self) -> None:
        services, design_id = self.ctx.services, self.design_id

        def work(task: TaskContext) -> tuple[list[CustomerSummary], str]:
            return list_customers(services.session_factory), services.catalog.get(design_id).licence_notice

        self.ctx.tasks.run(self.tr("Loading customers"), work, on_result=self._order_choices_loaded,
                           on_error=lambda exc: self.order_label.setText(str(exc)), show_progress=False)

    def _order_choices_loaded(self, loaded: tuple[list[CustomerSummary], str]) -> None:
        customers, notice = loaded
        for customer in customers:
            self.customer_combo.addItem(customer.label, customer.id)
        if self._wanted_customer is not None:
            self.customer_combo.setCurrentIndex(max(self.customer_combo.findData(self._wanted_customer), 0))
        self.licence_label.setText(self.tr("Licence: {notice}").format(notice=notice))

    def _make_parts(self, title: str) -> None:
        """The design's meshes (files read and checked, or a frame generated) off the GUI thread."""
        services, design_id, values = self.ctx.services, self.design_id, self.values

        def work(task: TaskContext) -> list[NamedPart]:
            return design_parts(
                services.catalog, services.blobs, design_id, values, is_cancelled=lambda: task.is_cancelled
            )

        def made(parts: list[NamedPart]) -> None:
            self._loading = None
            self.order_label.setText("")
            self.panel.set_parts(parts, title)

        def failed(exc: BaseException) -> None:
            self._loading = None
            self.order_label.setText(str(exc))

        self.order_label.setText(self.tr("Reading the design's parts…"))
        self._loading = self.ctx.tasks.run(self.tr("Reading {title}").format(title=title), work, on_result=made,
                                           on_error=failed)

    # -- queueing --------------------------------------------------------------------------------

    def selected_customer_id(self) -> int | None:
        data = self.customer_combo.currentData()
        return int(data) if data is not None else None

    def queue_outcome(self, outcome: SliceOutcome, *, is_sale_confirmed: bool = False) -> None:
        """Queue the sliced G-code for the chosen customer (or the lab), tied to the design's licence."""
        if self._is_queueing:
            return
        services, design_id = self.ctx.services, self.design_id
        customer_id, is_for_sale = self.selected_customer_id(), self.for_sale_check.isChecked()

        def work(task: TaskContext) -> QueuedOrder:
            return queue_sliced_design(services.session_factory, services.blobs, services.paths, design_id, outcome,
                                       customer_id=customer_id, is_for_sale=is_for_sale,
                                       is_sale_confirmed=is_sale_confirmed)

        def failed(exc: BaseException) -> None:
            self._is_queueing = False
            if isinstance(exc, SaleNeedsConfirmationError) and not is_sale_confirmed:
                self._ask_sale_agreed(str(exc), lambda: self.queue_outcome(outcome, is_sale_confirmed=True))
                return
            self.order_label.setText(str(exc))

        self._is_queueing = True
        self.order_label.setText(self.tr("Adding to the queue…"))
        self.ctx.tasks.run(self.tr("Queueing {id}").format(id=design_id), work, on_result=self._queued,
                           on_error=failed, show_progress=False)

    def _ask_sale_agreed(self, problem: str, agreed: Callable[[], None]) -> QMessageBox:
        def answered(is_yes: bool) -> None:
            if is_yes:
                agreed()
            else:
                self.order_label.setText(self.tr("Not queued: untick \"sold\" to print it as a gift."))

        return ask_yes_no(self, self.tr("Licence"),
                          self.tr("{problem}\n\nHas the author agreed to this sale?").format(problem=problem),
                          object_name="saleQuestion", on_answer=answered)

    def _queued(self, order: QueuedOrder) -> None:
        self._is_queueing = False
        self.panel.discard()  # the queue keeps its own copy of the G-code: the slice has done its work
        self.queued.emit(order)
        self.accept()

    def reject(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.panel.discard()
        super().reject()
