"""The Customers & Fitting area: the customer list beside four tabs (customer, measure PD, suggest
sizes, lens stock), one status line, and what the area says to the rest of the window.

Keyboard: Ctrl+F search, Ctrl+N new customer, Ctrl+S save the customer, Alt+1…4 the tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app.customize import CustomizedFrame
from app.fitting import customers as customer_api
from app.fitting import fits as fit_api
from app.fitting import lens_stock as stock_api
from app.fitting.values import FLUID_MODULE_SHAPE, CustomerDetail, CustomerSummary, LensStockItem
from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen
from ui.screens.fitting.common import FeedbackBanner
from ui.screens.fitting.customer_list import CustomerList
from ui.screens.fitting.customer_tab import CustomerTab
from ui.screens.fitting.measure_tab import MeasureTab
from ui.screens.fitting.stock_tab import StockTab
from ui.screens.fitting.suggest_tab import SuggestTab


@dataclass(frozen=True)
class FitDraft:
    """What the customizer was handed, so its "Save as fit" is stored for the right customer with the
    changes made there (the customer shown may have changed meanwhile)."""

    customer_id: int
    style_id: str
    baseline: dict[str, Any]
    lenses: dict[str, Any]
    measurement_id: int | None


class FittingScreen(Screen):
    # customer id (0: none chosen), style id, every parameter: a suggestion or a fit goes to the customizer.
    fit_requested = Signal(int, str, dict)
    fit_saved = Signal(int)  # the new fit's id
    announced = Signal(str)  # news for the whole window (its status bar)
    # Whose values the customizer shows ("Fit #3 for Ama (saved 2026-12-05)"; "" when no customer's).
    fit_owner_shown = Signal(str)

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Customers & Fitting"), parent)
        self.customer: CustomerDetail | None = None
        self.draft: FitDraft | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.customers = CustomerList()
        splitter.addWidget(self.customers)
        self.right = QStackedWidget()
        self.empty_state = EmptyState(
            self.tr("No customer chosen"),
            self.tr(
                "Customers, their measurements (pupillary distance, head width) and saved fits are kept on this "
                "laptop only."
            ),
            self.tr("Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card."),
        )
        self.right.addWidget(self.empty_state)
        self.customer_tab = CustomerTab(ctx)
        self.measure_tab = MeasureTab(ctx)
        self.suggest_tab = SuggestTab(ctx)
        self.stock_tab = StockTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customer_tab, self.tr("&1 Customer"))
        self.tabs.addTab(self.measure_tab, self.tr("&2 Measure PD"))
        self.tabs.addTab(self.suggest_tab, self.tr("&3 Suggest sizes"))
        self.tabs.addTab(self.stock_tab, self.tr("&4 Lens stock"))
        self.right.addWidget(self.tabs)
        # The news of the last action sits above the tabs, in view at 1366×768, not below the fold.
        right_pane = QWidget()
        right_layout = QVBoxLayout(right_pane)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        self.status = FeedbackBanner()
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.right, 1)
        splitter.addWidget(right_pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.layout_.addWidget(splitter, 1)
        self._connect_tabs()

        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+F", self.customers.search.setFocus),
            ("Ctrl+N", self.new_customer),
            ("Ctrl+S", self.customer_tab.save_customer),
        ]
        shortcuts += [(f"Alt+{i + 1}", partial(self.tabs.setCurrentIndex, i)) for i in range(self.tabs.count())]
        for keys, action in shortcuts:
            QShortcut(QKeySequence(keys), self).activated.connect(action)

    def _connect_tabs(self) -> None:
        self.customers.query_changed.connect(lambda _text: self.reload_customers())
        self.customers.customer_chosen.connect(self._choose_customer)
        self.customers.first_match_opened.connect(self.customer_tab.name_edit.setFocus)
        self.customers.new_requested.connect(self.new_customer)
        for tab in (self.customer_tab, self.measure_tab, self.suggest_tab, self.stock_tab):
            tab.said.connect(lambda message, is_error: self._say(message, is_error=is_error))
            tab.customer_changed.connect(self._customer_changed)
        self.customer_tab.customer_saved.connect(self._customer_saved)
        self.customer_tab.customer_deleted.connect(self._customer_deleted)
        self.customer_tab.fit_opened.connect(
            lambda style_id, params, lenses, fit_id, saved_on: self.open_in_customizer(
                style_id, params, lenses, saved_fit=(fit_id, saved_on)))
        self.suggest_tab.fit_opened.connect(self.open_in_customizer)
        self.stock_tab.stock_shown.connect(self.customer_tab.show_modules)
        # News is about the tab it came from: another tab starts with a clean banner.
        self.tabs.currentChanged.connect(lambda _index: self.status.clear_message())

    def _say(self, message: str, *, is_error: bool = False) -> None:
        self.status.say(message, is_error=is_error)

    def _show_error(self, exc: BaseException) -> None:
        self._say(str(exc), is_error=True)

    def refresh(self) -> None:
        services, query = self.ctx.services, self.customers.query()
        keep = self.customer.id if self.customer else None

        def work(_task: object) -> tuple[list[CustomerSummary], list[LensStockItem]]:
            session_factory = services.session_factory
            return customer_api.list_customers(session_factory, query), stock_api.list_lens_stock(session_factory)

        def done(result: tuple[list[CustomerSummary], list[LensStockItem]]) -> None:
            self.customers.show_customers(result[0], keep)
            self.stock_tab.show_stock(result[1])

        self.ctx.tasks.run(self.tr("Load customers"), work, on_result=done, on_error=self._show_error,
                           show_progress=False)

    # ------------------------------------------------------------------ the customer shown
    def reload_customers(self, select_id: int | None = None) -> None:
        services, query = self.ctx.services, self.customers.query()
        keep = select_id if select_id is not None else (self.customer.id if self.customer else None)
        self.ctx.tasks.run(
            self.tr("Load customers"),
            lambda _task: customer_api.list_customers(services.session_factory, query),
            on_result=lambda rows: self.customers.show_customers(rows, keep),
            on_error=self._show_error,
            show_progress=False,
        )

    def load_customer(self, customer_id: int) -> None:
        services = self.ctx.services
        self.ctx.tasks.run(
            self.tr("Open customer"),
            lambda _task: customer_api.get_customer(services.session_factory, customer_id),
            on_result=self._show_customer,
            on_error=self._show_error,
            show_progress=False,
        )

    def _customer_changed(self, customer_id: int) -> None:
        """A measurement, fit or record changed: the list's last PD and the tabs show it at once."""
        self.reload_customers(select_id=customer_id)
        self.load_customer(customer_id)

    def _choose_customer(self, customer_id: int) -> None:
        if self.customer is None or self.customer.id != customer_id:
            self.status.clear_message()  # news about the customer shown before is not about this one
        self.load_customer(customer_id)

    def _show_customer(self, detail: CustomerDetail) -> None:
        self.customer = detail
        self.right.setCurrentWidget(self.tabs)
        self.customer_tab.show_customer(detail)
        self.measure_tab.set_customer(detail.id)
        self.suggest_tab.set_customer(detail)

    def _set_no_customer(self) -> None:
        self.customer = None
        self.status.clear_message()
        self.measure_tab.set_customer(None)
        self.suggest_tab.set_customer(None)

    def new_customer(self) -> None:
        self._set_no_customer()
        self.customers.clear_selection()
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(0)
        self.customer_tab.clear_for_new()
        self._say(self.tr("New customer: type a name or a code, then Enter."))

    def _customer_saved(self, customer_id: int) -> None:
        self.reload_customers(select_id=customer_id)
        self.load_customer(customer_id)
        saved_message = self.status.text()  # "Saved Ama." stays in view on the Measure tab
        self.tabs.setCurrentIndex(1)
        self._say(saved_message)
        self.measure_tab.far_pd_edit.setFocus()

    def _customer_deleted(self) -> None:
        self._set_no_customer()
        self.right.setCurrentWidget(self.empty_state)
        self.reload_customers()

    # ------------------------------------------------------------------ to and from the customizer
    def open_in_customizer(
        self, style_id: str, params: dict[str, Any], lenses: dict[str, Any], *,
        saved_fit: tuple[int, str] | None = None,
    ) -> None:
        """Ask the window to show `params` in the customizer; its "Save as fit" comes back to `save_fit`
        for the customer shown now (none: the customizer offers no "Save as fit")."""
        if self.customer is None:
            self.draft = None
            self.fit_owner_shown.emit("")
        else:
            latest = self.customer.latest_measurement
            self.draft = FitDraft(self.customer.id, style_id, dict(params), dict(lenses),
                                  latest.id if latest is not None else None)
            self.fit_owner_shown.emit(self._owner_text(self.customer.summary.label, saved_fit))
        self.fit_requested.emit(self.customer.id if self.customer else 0, style_id, params)

    def _owner_text(self, customer: str, saved_fit: tuple[int, str] | None) -> str:
        if saved_fit is None:
            return self.tr("For {customer}: not saved as a fit yet").format(customer=customer)
        fit_id, saved_on = saved_fit
        return self.tr("Fit #{id} for {customer} (saved {date})").format(id=fit_id, customer=customer, date=saved_on)

    def save_fit(self, frame: CustomizedFrame) -> None:
        """Store what the customizer shows as a fit of the customer it was opened for."""
        draft = self.draft
        if draft is None:
            return
        style_id, lenses, services = draft.style_id, draft.lenses, self.ctx.services
        changes = fit_api.parameter_changes(draft.baseline, frame.params) if frame.style_id == style_id else {
            "style": {"from": style_id, "to": frame.style_id}
        }
        # A suggestion made from a fluid module on the shelf: the fit keeps which module it was made for.
        is_module = lenses.get("shape") == FLUID_MODULE_SHAPE and frame.style_id == style_id
        module_id = lenses.get("stock_id") if is_module else None

        def work(_task: object) -> Any:
            return fit_api.save_fit(
                services.session_factory,
                draft.customer_id,
                frame.style_id,
                frame.params,
                fit_api.plain_derived(frame.derived),
                lenses,
                changes,
                measurement_id=draft.measurement_id,
                design_version=frame.style_version,
                lens_module_id=module_id,
            )

        def done(record: Any) -> None:
            message = self.tr("Saved fit #{id} for {code}.").format(id=record.id, code=record.customer_code)
            self._say(message)
            is_shown = self.customer is not None and self.customer.id == record.customer_id
            owner = self.customer.summary.label if is_shown and self.customer is not None else record.customer_code
            self.fit_owner_shown.emit(self._owner_text(owner, (record.id, f"{record.created_at:%Y-%m-%d}")))
            self.fit_saved.emit(record.id)
            self.announced.emit(message)
            if self.customer is not None and self.customer.id == draft.customer_id:
                self.load_customer(draft.customer_id)

        self.ctx.tasks.run(self.tr("Save fit"), work, on_result=done, on_error=self._show_error, show_progress=False)
