"""The Catalogue area: a paged grid of designs with lazily loaded thumbnails, search, filters and details."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog_service import ImportOutcome
from app.design_edit import is_editable
from app.tasks import TaskContext
from catalog.licences import readable_attribution
from catalog.records import DesignDetail, DesignSummary, SearchQuery
from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen
from ui.slicing import DesignSlicingDialog
from ui.widgets.design_details_dialog import DesignDetailsDialog

PAGE_SIZE = 120
ICON_PX = 128
THUMBNAIL_BATCH = 48
MAX_CACHED_ICONS = 2_000

ModelIndex = QModelIndex | QPersistentModelIndex


def decode_thumbnail(data: bytes, media_type: str, size_px: int = ICON_PX) -> QImage:
    """PNG (imports) or SVG (frame styles) to a square image with transparent margins."""
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        if media_type == "image/svg+xml":
            renderer = QSvgRenderer(QByteArray(data))
            if renderer.isValid():
                view = renderer.defaultSize()
                scale = min(size_px / max(view.width(), 1), size_px / max(view.height(), 1))
                w, h = view.width() * scale, view.height() * scale
                renderer.render(painter, QRectF((size_px - w) / 2, (size_px - h) / 2, w, h))
        else:
            source = QImage.fromData(data)
            if not source.isNull():
                scaled = source.scaled(size_px, size_px, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
                painter.drawImage((size_px - scaled.width()) // 2, (size_px - scaled.height()) // 2, scaled)
    finally:
        painter.end()
    return image


class DesignGridModel(QAbstractListModel):
    """Rows arrive a page at a time; thumbnails are asked for only when a tile is painted."""

    def __init__(self, screen: CatalogueScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        self.rows: list[DesignSummary] = []
        self.total = 0
        self.is_loading = False
        self._icons: dict[str, QIcon] = {}
        self._wanted: list[str] = []
        self._pending: set[str] = set()
        self._placeholder = self._make_placeholder()

    @staticmethod
    def _make_placeholder() -> QIcon:
        pixmap = QPixmap(ICON_PX, ICON_PX)
        pixmap.fill(QColor("#eceff1"))
        return QIcon(pixmap)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        design = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return design.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{design.title}\n{design.licence} · {design.trust.value}"
        if role == Qt.ItemDataRole.DecorationRole:
            sha = design.thumbnail_sha256
            if sha is None:
                return self._placeholder
            icon = self._icons.get(sha)
            if icon is None:
                self._want(sha)
                return self._placeholder
            return icon
        if role == Qt.ItemDataRole.UserRole:
            return design.id
        return None

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.is_loading and len(self.rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.is_loading = True
            self._screen.load_page(len(self.rows))

    def replace_rows(self, rows: list[DesignSummary], total: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = total
        self.is_loading = False
        self.endResetModel()

    def append_rows(self, rows: list[DesignSummary]) -> None:
        self.is_loading = False
        if not rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def _want(self, sha: str) -> None:
        if sha in self._pending:
            return
        self._pending.add(sha)
        self._wanted.append(sha)
        if len(self._wanted) == 1:
            QTimer.singleShot(0, self._request_batch)

    def _request_batch(self) -> None:
        batch, self._wanted = self._wanted[:THUMBNAIL_BATCH], self._wanted[THUMBNAIL_BATCH:]
        if batch:
            self._screen.load_thumbnails(batch)
        if self._wanted:
            QTimer.singleShot(0, self._request_batch)

    def set_thumbnails(self, found: dict[str, QImage], asked: list[str]) -> None:
        if len(self._icons) > MAX_CACHED_ICONS:
            self._icons.clear()
        for sha in asked:
            self._pending.discard(sha)
            if sha in found:
                self._icons[sha] = QIcon(QPixmap.fromImage(found[sha]))
            else:
                self._icons[sha] = self._placeholder
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1), [Qt.ItemDataRole.DecorationRole])


class CatalogueScreen(Screen):
    design_open_requested = Signal(str)  # a parametric design's id, for the customizer
    job_queued = Signal(int)  # a design sliced and queued here: the job's id

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Catalogue"), parent)
        self._generation = 0
        self._query = SearchQuery(limit=PAGE_SIZE)
        self._has_loaded_once = False

        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search designs: title, tags, author…"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.licence_combo = QComboBox()
        self.fits_check = QCheckBox(self.tr("Fits bed (mm)"))
        self.printer_combo = QComboBox()
        self.printer_combo.addItem(self.tr("Any bed size"), None)
        self.printer_combo.setEnabled(False)
        self.bed_spins = []
        for default in (220, 220, 250):
            spin = QSpinBox()
            spin.setRange(10, 2000)
            spin.setValue(default)
            spin.setEnabled(False)
            self.bed_spins.append(spin)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setObjectName("importDesigns")
        # Two rows, so French and Spanish labels fit a 1366-pixel laptop screen whole: what to look
        # for and the import first, then the rarer "fits this bed" filter.
        self.search_edit.setMinimumWidth(220)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.category_combo, 1)
        bar.addWidget(self.licence_combo, 1)
        bar.addWidget(self.import_button)
        self.layout_.addLayout(bar)
        bed_bar = QHBoxLayout()
        bed_bar.addWidget(self.fits_check)
        bed_bar.addWidget(self.printer_combo)
        for spin in self.bed_spins:
            bed_bar.addWidget(spin)
        bed_bar.addStretch(1)
        self.layout_.addLayout(bed_bar)
        self._fill_combo(self.category_combo, self.tr("All categories"), [])
        self._fill_combo(self.licence_combo, self.tr("All licences"), [])

        self.count_label = QLabel()
        self.layout_.addWidget(self.count_label)

        self.model = DesignGridModel(self)
        self.grid = QListView()
        self.grid.setObjectName("catalogueGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setIconSize(QSize(ICON_PX, ICON_PX))
        self.grid.setGridSize(QSize(ICON_PX + 48, ICON_PX + 52))
        self.grid.setWordWrap(True)
        self.grid.setModel(self.model)

        self.detail = QLabel()
        self.detail.setObjectName("designDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumWidth(280)
        self.detail.setText(self.tr("Choose a design to see its licence, author and files."))
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.detail)
        self.customize_button = QPushButton(self.tr("Open in customizer"))
        self.customize_button.setObjectName("openInCustomizer")
        self.customize_button.hide()  # shown for parametric designs (frame styles, OpenSCAD designs)
        self.customize_button.clicked.connect(self.open_in_customizer)
        self.slice_button = QPushButton(self.tr("Slice && queue…"))
        self.slice_button.setObjectName("sliceQueueDesign")
        self.slice_button.hide()  # shown once a design is chosen
        self.slice_button.clicked.connect(self.slice_and_queue)
        self.slicing_dialog: DesignSlicingDialog | None = None
        self._detail_id: str | None = None
        self._detail_title = ""
        self._is_parametric = False
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setObjectName("editDesignDetails")
        self.edit_button.setToolTip(self.tr("Name, author, licence, source and notes of a design this lab imported."))
        self.edit_button.hide()  # shown once a design is chosen
        self.edit_button.clicked.connect(self.edit_details)
        self.read_only_label = QLabel(self.tr("Bundled with Heliofab: its details are read-only."))
        self.read_only_label.setObjectName("readOnlyNote")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.hide()
        self.details_dialog: DesignDetailsDialog | None = None
        self._detail: DesignDetail | None = None
        detail_layout.addWidget(self.customize_button)
        detail_layout.addWidget(self.slice_button)
        detail_layout.addWidget(self.edit_button)
        detail_layout.addWidget(self.read_only_label)
        detail_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.empty_state = EmptyState(
            self.tr("No designs yet"),
            self.tr("The catalogue holds the frame styles and other designs this lab can print, with their licences."),
            self.tr("Import STL/3MF files or a design zip, or bring a catalogue on a USB stick from the Sync area."),
        )
        self.no_match = EmptyState(
            self.tr("No design matches"),
            self.tr("Nothing in the catalogue matches these words and filters."),
            self.tr("Clear the search box or choose “All categories” and “All licences”."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.no_match)
        self.layout_.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.licence_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.fits_check.toggled.connect(self._toggle_bed)
        self.printer_combo.currentIndexChanged.connect(self._printer_chosen)
        for spin in self.bed_spins:
            spin.valueChanged.connect(lambda _v: self._search_timer.start())
        self.grid.selectionModel().currentChanged.connect(self._show_current)
        self.import_button.clicked.connect(self._choose_import)

    # ---- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.apply_filters()

    def current_query(self) -> SearchQuery:
        bed = tuple(float(s.value()) for s in self.bed_spins) if self.fits_check.isChecked() else None
        return SearchQuery(
            text=self.search_edit.text().strip(),
            category=self.category_combo.currentData(),
            licence=self.licence_combo.currentData(),
            bed_mm=bed,  # type: ignore[arg-type]
            limit=PAGE_SIZE,
        )

    def apply_filters(self) -> None:
        self._generation += 1
        self._query = self.current_query()
        self.model.is_loading = True
        self.load_page(0)

    def load_page(self, offset: int) -> None:
        generation, query = self._generation, replace(self._query, offset=offset)
        catalog = self.ctx.services.catalog
        is_first = offset == 0

        def work(_task: TaskContext) -> tuple[list[DesignSummary], int, dict[str, Any] | None]:
            rows = catalog.search(query)
            total = catalog.count(query) if is_first else -1
            facets: dict[str, Any] | None = None
            if is_first:
                facets = {**catalog.facets(), "printers": catalog.printer_beds()}
            return rows, total, facets

        self.ctx.tasks.run(
            self.tr("Loading the catalogue"),
            work,
            on_result=lambda result: self._on_page(generation, is_first, result),
            show_progress=False,
        )

    def _on_page(self, generation: int, is_first: bool,
                 result: tuple[list[DesignSummary], int, dict[str, Any] | None]) -> None:
        if generation != self._generation:
            return
        rows, total, facets = result
        if is_first:
            self.model.replace_rows(rows, total)
            if facets is not None:
                self._update_facets(facets)
            self._has_loaded_once = True
        else:
            self.model.append_rows(rows)
        self._update_state()

    def load_thumbnails(self, shas: list[str]) -> None:
        catalog = self.ctx.services.catalog

        def work(_task: TaskContext) -> dict[str, QImage]:
            # Decoded here, off the GUI thread: a batch is up to 48 PNG or SVG images. QImage and
            # QPainter on an image are safe in a worker; only the QPixmap waits for the GUI thread.
            found = catalog.thumbnails(shas)
            return {sha: decode_thumbnail(data, media_type) for sha, (data, media_type) in found.items()}

        self.ctx.tasks.run(
            self.tr("Loading thumbnails"),
            work,
            on_result=lambda found: self.model.set_thumbnails(found, shas),
            show_progress=False,
        )

    def _update_state(self) -> None:
        total = self.model.total
        is_filtered = bool(self._query.text or self._query.category or self._query.licence or self._query.bed_mm)
        if total == 0:
            self.stack.setCurrentWidget(self.no_match if is_filtered else self.empty_state)
        else:
            self.stack.setCurrentIndex(0)
        self.count_label.setText(self.tr("%n design", "", total) if total == 1 else self.tr("%n designs", "", total))

    def _update_facets(self, facets: dict[str, Any]) -> None:
        printers = facets.get("printers", [])
        known = [self.printer_combo.itemData(i) for i in range(1, self.printer_combo.count())]
        if known != [p.bed_mm for p in printers]:
            self.printer_combo.blockSignals(True)
            while self.printer_combo.count() > 1:
                self.printer_combo.removeItem(1)
            for printer in printers:
                self.printer_combo.addItem(printer.name, printer.bed_mm)
            self.printer_combo.blockSignals(False)
        for combo, label, values in (
            (self.category_combo, self.tr("All categories"), facets.get("categories", [])),
            (self.licence_combo, self.tr("All licences"), facets.get("licences", [])),
        ):
            current = combo.currentData()
            known = [combo.itemData(i) for i in range(1, combo.count())]
            if known != values:
                combo.blockSignals(True)
                self._fill_combo(combo, label, values)
                position = combo.findData(current) if current else 0
                combo.setCurrentIndex(max(position, 0))
                combo.blockSignals(False)

    @staticmethod
    def _fill_combo(combo: QComboBox, all_label: str, values: list[str]) -> None:
        combo.clear()
        combo.addItem(all_label, None)
        for value in values:
            combo.addItem(value, value)

    def _toggle_bed(self, is_on: bool) -> None:
        for spin in self.bed_spins:
            spin.setEnabled(is_on)
        self.printer_combo.setEnabled(is_on)
        self.apply_filters()

    def _printer_chosen(self, _index: int) -> None:
        bed = self.printer_combo.currentData()
        if bed is None:
            return
        for spin, value in zip(self.bed_spins, bed, strict=True):
            spin.blockSignals(True)
            spin.setValue(round(value))
            spin.blockSignals(False)
        self.apply_filters()

    # ---- details and import ----------------------------------------------------------------------

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        design_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if design_id is None:
            return
        catalog = self.ctx.services.catalog
        self.ctx.tasks.run(
            self.tr("Loading the design"),
            lambda _task: catalog.get(design_id),
            on_result=self._show_detail,
            show_progress=False,
        )

    def _show_detail(self, detail: DesignDetail) -> None:
        s = detail.summary
        origin = {
            "bundled": self.tr("Bundled with Heliofab"),
            "local": self.tr("Made or imported in this lab"),
            "trusted": self.tr("From a trusted lab"),
            "unknown_publisher": self.tr("From a lab you have not trusted yet"),
            "unsigned": self.tr("Unsigned: origin unknown"),
        }[s.trust.value]
        # tr() outside the f-strings: lupdate does not see calls inside them.
        licence, credit = self.tr("Licence"), self.tr("Credit")
        origin_label, version, source = self.tr("Origin"), self.tr("Version"), self.tr("Source")
        not_for_sale = self.tr("Not for sale without checking: the licence restricts commercial use or is unknown.")
        lines = [
            f"<h3>{_escape(s.title)}</h3>",
            f"<p><b>{licence}:</b> {_escape(detail.licence_info.label)}<br>",
            f"<b>{credit}:</b> {_escape(readable_attribution(detail.attribution) or s.author or '-')}<br>",
            f"<b>{origin_label}:</b> {_escape(origin)}<br>",
            f"<b>{version}:</b> {s.version}</p>",
        ]
        if detail.licence_info.needs_sale_confirmation:
            lines.append(f"<p style='color:#b71c1c'>{not_for_sale}</p>")
        if s.bbox_mm:
            lines.append("<p>{:.0f} × {:.0f} × {:.0f} mm</p>".format(*s.bbox_mm))
        if detail.description:
            lines.append(f"<p>{_escape(detail.description)}</p>")
        if s.tags:
            lines.append(f"<p><i>{_escape(', '.join(s.tags))}</i></p>")
        if detail.source:
            lines.append(f"<p><b>{source}:</b> {_escape(detail.source)}</p>")
        self.detail.setText("".join(lines))
        self._detail = detail
        self._detail_id = s.id
        self._detail_title = s.title
        self._is_parametric = s.is_parametric
        self.customize_button.setVisible(s.is_parametric)
        self.slice_button.setVisible(True)
        self.edit_button.setVisible(True)
        self.edit_button.setEnabled(is_editable(detail))
        self.read_only_label.setVisible(not is_editable(detail))
        self.slice_button.setToolTip(
            self.tr("Choose its values in the customizer, then slice it and queue it from there.")
            if s.is_parametric
            else self.tr("Slice this design, see its time, grams, cost and energy, then queue it or save the G-code.")
        )

    def open_in_customizer(self) -> None:
        if self._detail_id is not None:
            self.design_open_requested.emit(self._detail_id)

    def edit_details(self) -> DesignDetailsDialog | None:
        """The chosen imported design's name, author, licence, source and notes; bundled ones are read-only."""
        if self._detail is None or not is_editable(self._detail):
            return None
        dialog = DesignDetailsDialog(self.ctx, self._detail, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._details_saved)
        dialog.finished.connect(lambda _code: setattr(self, "details_dialog", None))
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def _details_saved(self, detail: DesignDetail) -> None:
        self._show_detail(detail)
        self.apply_filters()  # the tile's name and the licence filter follow

    def slice_and_queue(self) -> DesignSlicingDialog | None:
        """A mesh design goes straight to the slicing window; a parametric one to its customizer first,
        whose "Slice & queue…" slices the values chosen there."""
        if self._detail_id is None:
            return None
        if self._is_parametric:
            self.open_in_customizer()
            return None
        dialog = DesignSlicingDialog(self.ctx, self._detail_id, self._detail_title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(lambda order: self.job_queued.emit(order.job_id))
        dialog.finished.connect(lambda _code: setattr(self, "slicing_dialog", None))
        self.slicing_dialog = dialog
        dialog.open()
        return dialog

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import designs"), "", self.tr("Designs (*.stl *.3mf *.zip)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        catalog = self.ctx.services.catalog

        def work(task: TaskContext) -> ImportOutcome:
            return catalog.import_path(path, progress=task.progress, is_cancelled=lambda: task.is_cancelled)

        self.ctx.tasks.run(self.tr("Importing {name}").format(name=path.name), work, on_result=self._imported)

    def _imported(self, outcome: ImportOutcome) -> None:
        summary = outcome.plan.summary()
        # One message per count, so each language agrees its word with its own number ("1 nouveau", "2 nouveaux").
        conflicts = summary["conflict"]
        kept = (self.tr("%n kept as it was", "", conflicts) if conflicts == 1
                else self.tr("%n kept as they were", "", conflicts))
        text = ", ".join((
            self.tr("%n new", "", summary["new"]),
            self.tr("%n updated", "", summary["updated"]),
            self.tr("%n unchanged", "", summary["unchanged"]),
            kept,
        )) + "."
        if outcome.warnings:
            text += "\n\n" + "\n".join(outcome.warnings[:8])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.apply_filters()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
