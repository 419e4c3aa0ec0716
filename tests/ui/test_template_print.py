"""The paper template printed through Qt: one template millimetre is one paper millimetre."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSizeF
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from app.customize import template_svg_text
from catalog.frames import FrameGenerator
from ui.widgets.template_print import (
    MM_PER_INCH,
    TemplatePrintError,
    render_template,
    svg_size_mm,
    template_printer,
)


@pytest.fixture
def template_svg() -> str:
    return template_svg_text(FrameGenerator().preview("round-classic", {}))


def _pdf_printer(svg: str, path: Path) -> QPrinter:
    printer = template_printer(svg_size_mm(svg))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_template_is_painted_at_one_to_one(qtbot: Any, template_svg: str, tmp_path: Path) -> None:
    printer = _pdf_printer(template_svg, tmp_path / "template.pdf")
    assert printer.fullPage() is False  # margins kept: nothing painted where a printer cannot print
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    placement = render_template(printer, template_svg)
    dpi = printer.resolution()
    assert placement.device_px_per_mm == pytest.approx(dpi / MM_PER_INCH)
    # The whole 297 × 210 mm page maps onto exactly 297 × 210 mm of paper: 100 %, no fit-to-page.
    assert placement.target.width() == pytest.approx(297.0 * dpi / MM_PER_INCH, rel=1e-6)
    assert placement.target.height() == pytest.approx(210.0 * dpi / MM_PER_INCH, rel=1e-6)
    # Centred on the paper: painter origin is the printable corner, so the target starts at minus the margin.
    margins = printer.pageLayout().marginsPixels(dpi)
    paper = printer.pageLayout().fullRectPixels(dpi)
    assert placement.target.left() == pytest.approx(-margins.left() + (paper.width() - placement.target.width()) / 2,
                                                    abs=1.0)


def test_printed_pdf_page_is_the_paper_and_the_scale_bar_is_100_mm(template_svg: str, tmp_path: Path) -> None:
    path = tmp_path / "template.pdf"
    printer = _pdf_printer(template_svg, path)
    placement = render_template(printer, template_svg)
    data = path.read_bytes()
    box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box is not None
    width_pt, height_pt = float(box.group(3)) - float(box.group(1)), float(box.group(4)) - float(box.group(2))
    # A4 landscape in PDF points (1/72 inch).
    assert width_pt * MM_PER_INCH / 72 == pytest.approx(297.0, abs=0.5)
    assert height_pt * MM_PER_INCH / 72 == pytest.approx(210.0, abs=0.5)
    # The template's 100 mm scale bar, through the same mapping, is 100 mm of paper.
    bar = re.search(r'<path d="M15,([\d.]+) H([\d.]+)"', template_svg)
    assert bar is not None
    bar_mm = float(bar.group(2)) - 15.0
    view_box = QSvgRenderer(QByteArray(template_svg.encode())).viewBoxF()
    scale = placement.target.width() / view_box.width()  # device px per unit of the template's drawing
    assert bar_mm * scale / printer.resolution() * MM_PER_INCH == pytest.approx(100.0, abs=1e-6)


def test_a_template_without_a_size_in_mm_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplatePrintError, match="millimetres"):
        svg_size_mm('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"></svg>')
    assert svg_size_mm('<svg width="297mm" height="210mm">').width() == pytest.approx(297.0)
    assert isinstance(svg_size_mm('<svg width="210mm" height="297mm">'), QSizeF)
