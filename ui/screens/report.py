"""The Lab report area: items made, filament, minutes and energy per month and per customer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.money import CostFormat, lab_cost_format
from app.reports import LabReport, ReportTotals, build_lab_report, report_csv
from app.tasks import TaskContext
from catalog.blobstore import atomic_write_bytes
from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen
from ui.widgets.lazy_plot import LazyPlot

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget


class ReportScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Lab report"), parent)
        self._cost_format = CostFormat()  # the lab's currency, read with each report
        self._report: LabReport | None = None
        self.pages = QStackedWidget()
        self.empty_state = EmptyState(
            self.tr("No finished prints yet"),
            self.tr("The report shows what the lab made each month and for each customer: filament, "
                    "printing minutes, energy from the sun and from the battery, and material cost per item."),
            self.tr("It fills in by itself as print jobs complete."),
        )
        self.pages.addWidget(self.empty_state)

        content = QWidget()
        layout = QHBoxLayout(content)
        self.chart = LazyPlot(self._setup_chart)
        self.chart.setMinimumWidth(420)
        self.tabs = QTabWidget()
        self.month_table = self._make_table()
        self.customer_table = self._make_table()
        self.tabs.addTab(self.month_table, self.tr("Per month"))
        self.tabs.addTab(self.customer_table, self.tr("Per customer"))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.tabs, 2)
        self.pages.addWidget(content)
        self.layout_.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_csv)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.layout_.addLayout(buttons)

    def refresh(self) -> None:
        factory, settings = self.ctx.services.session_factory, self.ctx.services.settings

        def work(_: TaskContext) -> tuple[LabReport, CostFormat]:
            return build_lab_report(factory), lab_cost_format(settings)

        self.ctx.tasks.run(self.tr("Building the lab report"), work, on_result=self._report_built, show_progress=False)

    def _report_built(self, built: tuple[LabReport, CostFormat]) -> None:
        report, self._cost_format = built
        self.show_report(report)

    def show_report(self, report: LabReport) -> None:
        self._report = report
        self.export_button.setEnabled(bool(report.items))
        if not report.items:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._fill(self.month_table, report.by_month)
        self._fill(self.customer_table, report.by_customer)
        self._draw_chart(report.by_month)

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Period or customer"), self.tr("Made"), self.tr("Failed"), self.tr("Filament (g)"),
                   self.tr("Minutes"), self.tr("Wh from sun"), self.tr("Wh from battery"), self.tr("Cost per item")]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _fill(self, table: QTableWidget, totals: list[ReportTotals]) -> None:
        table.setRowCount(len(totals))
        for row, t in enumerate(totals):
            values = [t.key, str(t.items_made), str(t.failed_prints), f"{t.filament_g:.1f}", f"{t.minutes:.0f}",
                      f"{t.energy_from_sun_wh:.0f}", f"{t.energy_from_battery_wh:.0f}",
                      self._cost_format.format(t.cost_per_item)]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))

    def _setup_chart(self, chart: PlotWidget) -> None:
        chart.setLabel("left", self.tr("Energy (Wh)"))
        chart.setTitle(self.tr("Energy per month: sun (yellow) and battery (grey)"))

    def _draw_chart(self, months: list[ReportTotals]) -> None:
        self.chart.draw(lambda chart: _draw_months(chart, months))

    def _export_csv(self) -> None:
        if self._report is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the lab report"), "lab-report.csv", "CSV (*.csv)")
        if not name:
            return
        data = report_csv(self._report).encode("utf-8")

        def work(_: TaskContext) -> None:
            atomic_write_bytes(Path(name), data)

        self.ctx.tasks.run(self.tr("Writing the lab report"), work)


def _draw_months(chart: PlotWidget, months: list[ReportTotals]) -> None:
    import pyqtgraph as pg  # already loaded by LazyPlot, which builds the chart on first show

    chart.clear()
    xs = list(range(len(months)))
    sun = [t.energy_from_sun_wh for t in months]
    battery = [t.energy_from_battery_wh for t in months]
    chart.addItem(pg.BarGraphItem(x=xs, height=sun, width=0.6, brush="#f9a825"))
    chart.addItem(pg.BarGraphItem(x=xs, y0=sun, height=battery, width=0.6, brush="#455a64"))
    chart.getAxis("bottom").setTicks([[(x, t.key) for x, t in zip(xs, months, strict=True)]])
