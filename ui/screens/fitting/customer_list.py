"""The list of customers beside the fitting tabs: search, choose, start a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.fitting.rounding import format_mm
from app.fitting.values import CustomerSummary


class CustomerList(QWidget):
    customer_chosen = Signal(int)  # the customer's id
    first_match_opened = Signal()  # Enter in the search opened the first match
    query_changed = Signal(str)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(270)  # room for "Name (code) · PD 63.0" at 1366×768
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search name or code (Ctrl+F)"))
        self.search.textChanged.connect(self.query_changed)
        self.search.returnPressed.connect(self._open_first_match)
        self.customer_list = QListWidget()
        self.customer_list.setObjectName("customerList")
        self.customer_list.currentItemChanged.connect(self._customer_selected)
        self.new_button = QPushButton(self.tr("New customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.search)
        layout.addWidget(self.customer_list, 1)
        layout.addWidget(self.new_button)

    def query(self) -> str:
        return self.search.text()

    def show_customers(self, rows: list[CustomerSummary], select_id: int | None) -> None:
        self.customer_list.blockSignals(True)
        self.customer_list.clear()
        selected_row = -1
        for index, row in enumerate(rows):
            pd = "" if row.last_far_pd_mm is None else self.tr(" · PD {pd}").format(
                pd=format_mm(row.last_far_pd_mm))
            item = QListWidgetItem(f"{row.label}{pd}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.customer_list.addItem(item)
            if row.id == select_id:
                selected_row = index
        if selected_row >= 0:
            # Quietly: the customer kept is the one already shown, so it is not opened a second time.
            self.customer_list.setCurrentRow(selected_row)
        self.customer_list.blockSignals(False)

    def clear_selection(self) -> None:
        self.customer_list.clearSelection()

    def _open_first_match(self) -> None:
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)
            self.first_match_opened.emit()

    def _customer_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.customer_chosen.emit(int(current.data(Qt.ItemDataRole.UserRole)))
