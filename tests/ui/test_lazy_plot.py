"""Charts are built when their screen is first shown, and show what was drawn while they were hidden."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.services import Services
from ui.app import create_main_window
from ui.screens.energy import EnergyScreen
from ui.screens.printers import PrintersScreen
from ui.screens.report import ReportScreen
from ui.widgets.lazy_plot import LazyPlot

ROOT = Path(__file__).resolve().parents[2]


def _curve_ys(plot: Any) -> list[list[float]]:
    return [list(item.getData()[1]) for item in plot.listDataItems()]


def test_drawing_waits_for_the_first_show_then_applies_the_latest(qtbot: Any) -> None:
    setups: list[object] = []

    def setup(plot: Any) -> None:
        setups.append(plot)
        plot.plot([], [])

    chart = LazyPlot(setup)
    qtbot.addWidget(chart)
    chart.draw(lambda plot: plot.listDataItems()[0].setData([0, 1], [5, 6]))
    chart.draw(lambda plot: plot.listDataItems()[0].setData([0, 1], [7, 8]))
    assert not chart.is_built and not setups

    chart.show()
    qtbot.waitUntil(lambda: chart.is_built)
    assert len(setups) == 1
    assert _curve_ys(chart.plot_widget()) == [[7.0, 8.0]]

    chart.draw(lambda plot: plot.listDataItems()[0].setData([0], [9]))
    assert _curve_ys(chart.plot_widget()) == [[9.0]]
    chart.hide()
    chart.show()
    assert len(setups) == 1  # built once, whatever the number of shows


def test_chart_screens_build_their_chart_only_when_shown(qtbot: Any, services: Services) -> None:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    energy, printers, report = window.screens["energy"], window.screens["printers"], window.screens["report"]
    assert isinstance(energy, EnergyScreen) and isinstance(printers, PrintersScreen)
    assert isinstance(report, ReportScreen)
    assert not energy.plot.is_built and not printers.plot.is_built and not report.chart.is_built

    window.show_area("energy")
    qtbot.waitUntil(lambda: energy._overview is not None, timeout=10000)
    assert energy.plot.is_built
    # Clear sky, expected and cautious: one point per forecast slot each.
    assert [len(ys) for ys in _curve_ys(energy.plot.plot_widget())] == [len(energy._overview.clear_w)] * 3
    window.show_area("printers")
    assert printers.plot.is_built
    assert not report.chart.is_built


def test_window_at_rest_does_not_load_pyqtgraph(tmp_path: Path) -> None:
    """Checked in a fresh interpreter: this test process has loaded pyqtgraph for the tests above."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.services import StartupOptions, build_services\n"
        "from ui.app import create_main_window\n"
        "app = QApplication([])\n"
        "services = build_services(StartupOptions(data_dir=Path(sys.argv[1])))\n"
        "window = create_main_window(services)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('pyqtgraph' in sys.modules)\n"
        "window.close()\n"
        "services.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
