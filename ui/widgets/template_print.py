"""Printing the 1:1 paper template straight to a printer, at 100 %.

A PDF opened in another program is printed "fit to page" by default, which shrinks the template
by a few per cent: the customer then tries on frames that are not the ones that will be printed.
Here the page is painted by Qt at the printer's own resolution, one template millimetre to one
paper millimetre, with the template centred on the paper so the printer's margins only clip its
blank border.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog, QWidget

MM_PER_INCH = 25.4
_LENGTH_MM = re.compile(r'\b(width|height)="([0-9.]+)mm"')


class TemplatePrintError(Exception):
    """The template cannot be printed (it has no size in millimetres, or the printer refused it)."""


@dataclass(frozen=True)
class TemplatePlacement:
    """Where the template went on the page, in the painter's device pixels."""

    target: QRectF
    device_px_per_mm: float
    size_mm: QSizeF


def svg_size_mm(svg: str) -> QSizeF:
    """The template's paper size, from its width="297mm" height="210mm"."""
    found = dict(_LENGTH_MM.findall(svg[:2000]))
    if "width" not in found or "height" not in found:
        raise TemplatePrintError(QCoreApplication.translate(
            "TemplatePrint", "This template has no size in millimetres, so it cannot be printed at 1:1."))
    return QSizeF(float(found["width"]), float(found["height"]))


def template_printer(size_mm: QSizeF) -> QPrinter:
    """A printer set for the template: its paper size and orientation, 100 %, margins kept (full-page
    mode off, so nothing is painted where the printer cannot print)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    is_landscape = size_mm.width() > size_mm.height()
    portrait = QSizeF(min(size_mm.width(), size_mm.height()), max(size_mm.width(), size_mm.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if is_landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    printer.setFullPage(False)
    printer.setDocName(QCoreApplication.translate("TemplatePrint", "Heliofab paper template"))
    return printer


def render_template(printer: QPrinter, svg: str) -> TemplatePlacement:
    """Paint the template at 1:1 on one page of `printer`, centred on the paper."""
    size_mm = svg_size_mm(svg)
    dpi = printer.resolution()
    px_per_mm = dpi / MM_PER_INCH
    layout = printer.pageLayout()
    paper = QRectF(layout.fullRectPixels(dpi))
    printable = QRectF(layout.paintRectPixels(dpi))
    width, height = size_mm.width() * px_per_mm, size_mm.height() * px_per_mm
    # Full-page mode is off: the painter's origin is the printable area's corner, not the paper's.
    origin_x = paper.left() - printable.left() if printer.fullPage() is False else 0.0
    origin_y = paper.top() - printable.top() if printer.fullPage() is False else 0.0
    target = QRectF(origin_x + (paper.width() - width) / 2, origin_y + (paper.height() - height) / 2, width, height)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise TemplatePrintError(QCoreApplication.translate(
            "TemplatePrint", "The template could not be read, so nothing was printed: make it again."))
    painter = QPainter()
    if not painter.begin(printer):
        raise TemplatePrintError(QCoreApplication.translate(
            "TemplatePrint", "The printer refused the page: check it is switched on and has paper, then try again."))
    try:
        renderer.render(painter, target)
    finally:
        painter.end()
    return TemplatePlacement(target, px_per_mm, size_mm)


def ask_print_template(parent: QWidget, svg: str, on_done: Callable[[str, bool], None]) -> QPrintDialog:
    """Ask which printer (window-modal, so the window keeps painting), then print at 100 %.

    `on_done(message, is_error)` says how it went in the operator's words."""
    printer = template_printer(svg_size_mm(svg))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("TemplatePrint", "Print the paper template at 100 %"))
    dialog.setObjectName("templatePrintDialog")

    def accepted() -> None:
        try:
            render_template(printer, svg)
        except TemplatePrintError as exc:
            on_done(str(exc), True)
            return
        name = printer.printerName() or printer.outputFileName()
        message = QCoreApplication.translate(
            "TemplatePrint", "Template sent to {printer} at 100 %: check its 100 mm line measures 100 mm.")
        on_done(message.format(printer=name), False)

    dialog.accepted.connect(accepted)
    # QDialog.open: window-modal; PySide6 types QPrintDialog.open only with a receiver and a slot.
    QDialog.open(dialog)
    return dialog
