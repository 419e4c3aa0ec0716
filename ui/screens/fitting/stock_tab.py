"""Tab 4, Lens stock: the lab's lenses and fluid lens modules on the shelf."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.fitting import lens_stock as stock_api
from app.fitting.errors import FittingError
from app.fitting.values import LensStockItem
from ui.context import ScreenContext
from ui.screens.fitting.common import FittingTab, mm_cell, number_edit, optional_float

# The stored shape names, marked for lupdate: the combo and the table show them through self.tr(shape).
_SHAPE_NAMES = (
    QT_TRANSLATE_NOOP("StockTab", "round"),
    QT_TRANSLATE_NOOP("StockTab", "oval"),
    QT_TRANSLATE_NOOP("StockTab", "uncut"),
    QT_TRANSLATE_NOOP("StockTab", "fluid-module"),
)


class StockTab(FittingTab):
    stock_shown = Signal(list)  # the LensStockItems now listed

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.stock_table = QTableWidget(0, 8)
        self.stock_table.setObjectName("stockTable")
        self.stock_table.setHorizontalHeaderLabels(
            [self.tr("Shape"), self.tr("Diameter/width (mm)"), self.tr("Height (mm)"), self.tr("Power (D)"),
             self.tr("Count"), self.tr("Thickness (mm)"), self.tr("Port (mm)"), self.tr("Notes")]
        )  # fmt: skip
        self.stock_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stock_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.stock_table.verticalHeader().hide()
        layout.addWidget(self.stock_table, 1)
        add_box = QGroupBox(self.tr("Add lenses"))
        grid = QGridLayout(add_box)
        self.stock_shape = QComboBox()
        for shape in stock_api.LENS_SHAPES:
            self.stock_shape.addItem(self.tr(shape), shape)
        self.stock_diameter = number_edit(self.tr("e.g. 44"))
        self.stock_height = number_edit(self.tr("ovals only"))
        self.stock_power = number_edit(self.tr("e.g. +1.5"))
        self.stock_count = number_edit(self.tr("e.g. 10"))
        # A fluid lens module's own size: how deep the rim must be, and the port the rim's notch must pass.
        self.stock_thickness = number_edit(self.tr("modules only"))
        self.stock_port = number_edit(self.tr("modules only"))
        # Lenses on the first line, a fluid module's own sizes and the buttons on the second: the form
        # fits beside the customer list at 1366×768 in the longer languages too.
        fields = [(self.tr("Shape"), self.stock_shape), (self.tr("Ø / width"), self.stock_diameter),
                  (self.tr("Height"), self.stock_height), (self.tr("Power"), self.stock_power),
                  (self.tr("Count"), self.stock_count), (self.tr("Module thickness"), self.stock_thickness),
                  (self.tr("Filling port"), self.stock_port)]
        for index, (label, widget) in enumerate(fields):
            grid_row, column = (0, index) if index < 5 else (2, index - 5)
            grid.addWidget(QLabel(label), grid_row, column)
            grid.addWidget(widget, grid_row + 1, column)
        self.add_stock_button = QPushButton(self.tr("Add"))
        self.add_stock_button.clicked.connect(lambda: self.add_stock_line())
        grid.addWidget(self.add_stock_button, 3, 2)
        self.update_stock_button = QPushButton(self.tr("Update selected"))
        self.update_stock_button.clicked.connect(self.update_stock_line)
        grid.addWidget(self.update_stock_button, 3, 3, 1, 2)
        grid.setVerticalSpacing(2)
        self.stock_table.currentCellChanged.connect(lambda *_a: self._stock_selected())
        self.stock_count.returnPressed.connect(lambda: self.add_stock_line())
        layout.addWidget(add_box)
        row = QHBoxLayout()
        take = QPushButton(self.tr("Take one (−1)"))
        take.clicked.connect(lambda: self._adjust_stock(-1))
        put = QPushButton(self.tr("Put back (+1)"))
        put.clicked.connect(lambda: self._adjust_stock(+1))
        remove = QPushButton(self.tr("Delete line"))
        remove.clicked.connect(self._delete_stock_line)
        for button in (take, put, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def reload_stock(self) -> None:
        services = self.ctx.services
        self._run(
            self.tr("Load lens stock"), lambda: stock_api.list_lens_stock(services.session_factory), self.show_stock
        )

    def show_stock(self, items: list[LensStockItem]) -> None:
        self.stock_table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [self.tr(item.shape), f"{item.diameter_mm:g}", mm_cell(item.height_mm), f"{item.power_d:+.2f}",
                     str(item.count), mm_cell(item.thickness_mm), mm_cell(item.port_diameter_mm),
                     item.notes]  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.stock_table.setItem(row, column, cell)
        self.stock_table.resizeColumnsToContents()
        self.stock_table.horizontalHeader().setStretchLastSection(True)
        self.stock_shown.emit(list(items))

    def _stock_selected(self) -> None:
        row = self.stock_table.currentRow()
        cells = [self.stock_table.item(row, column) for column in range(7)] if row >= 0 else []
        texts = [cell.text() for cell in cells if cell is not None]
        if len(texts) < 7:
            return  # no line chosen, or one being filled in
        self.stock_shape.setCurrentIndex(max(0, self.stock_shape.findData(texts[0])))
        self.stock_diameter.setText(texts[1])
        self.stock_height.setText("" if texts[2] == "–" else texts[2])
        self.stock_power.setText(texts[3])
        self.stock_count.setText(texts[4])
        for column, edit in ((5, self.stock_thickness), (6, self.stock_port)):
            edit.setText("" if texts[column] == "–" else texts[column])

    def update_stock_line(self) -> None:
        item_id = self._selected_stock_id()
        if item_id is None:
            self._say(self.tr("Choose a line of the stock first."), is_error=True)
            return
        self.add_stock_line(update_id=item_id)

    def add_stock_line(self, update_id: int | None = None) -> None:
        try:
            diameter = optional_float(self.stock_diameter)
            if diameter is None:
                raise FittingError("Enter the lens diameter (or width for ovals).")
            count = optional_float(self.stock_count) or 0.0
            if count != int(count):
                raise FittingError("The count is a whole number of lenses.")
            data = stock_api.LensStockInput(
                shape=str(self.stock_shape.currentData()),
                diameter_mm=diameter,
                height_mm=optional_float(self.stock_height),
                power_d=optional_float(self.stock_power) or 0.0,
                count=int(count),
                thickness_mm=optional_float(self.stock_thickness),
                port_diameter_mm=optional_float(self.stock_port),
            )
        except FittingError as exc:
            self._show_error(exc)
            return
        services = self.ctx.services

        def work() -> LensStockItem:
            if update_id is None:
                return stock_api.add_lens_stock(services.session_factory, data)
            return stock_api.update_lens_stock(services.session_factory, update_id, data)

        def done(_item: object) -> None:
            for edit in (self.stock_diameter, self.stock_height, self.stock_power, self.stock_count,
                         self.stock_thickness, self.stock_port):
                edit.clear()
            self.reload_stock()

        self._run(self.tr("Save lenses"), work, done)

    def _selected_stock_id(self) -> int | None:
        item = self.stock_table.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _adjust_stock(self, delta: int) -> None:
        item_id, services = self._selected_stock_id(), self.ctx.services
        if item_id is not None:
            self._run(
                self.tr("Update lens stock"),
                lambda: stock_api.adjust_lens_count(services.session_factory, item_id, delta),
                lambda _i: self.reload_stock(),
            )

    def _delete_stock_line(self) -> None:
        item_id, services = self._selected_stock_id(), self.ctx.services
        if item_id is not None:
            self._run(
                self.tr("Delete lens line"),
                lambda: stock_api.delete_lens_stock(services.session_factory, item_id),
                lambda _r: self.reload_stock(),
            )
