"""The Printers area: connect printers, watch temperatures, jog, a terminal, the running job, recovery."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.printing.service import InterruptedJob, PrinterSnapshot, SessionState
from ui.context import ScreenContext
from ui.print_faults import hold_text
from ui.resume_flow import ResumeFlow
from ui.screens.base import EmptyState, Screen
from ui.widgets.lazy_plot import LazyPlot

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget

BAUD_CHOICES = ("auto", "115200", "250000", "57600", "230400")
ACTIVE_STATES = (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED, SessionState.CANCELLING)


def _draw_temperatures(plot: PlotWidget, history: tuple[tuple[float, float, float | None], ...]) -> None:
    hotend_curve, bed_curve = plot.listDataItems()  # in the order PrintersScreen._setup_plot added them
    hotend_curve.setData([t for t, _, _ in history], [h for _, h, _ in history])
    bed = [(t, b) for t, _, b in history if b is not None]
    bed_curve.setData([t for t, _ in bed], [b for _, b in bed])


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class PrintersScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Printers"), parent)
        self.printing = ctx.services.printing
        self._selected_port: str | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # coalesce bursts of updates from the serial threads
        self._refresh_timer.timeout.connect(self._refresh_live)

        self.layout_.addLayout(self._build_connect_bar())
        self.empty_state = EmptyState(
            self.tr("No printer connected"),
            self.tr("Printers on USB are driven directly from this laptop, with recovery from cable pulls and power "
                    "loss."),
            self.tr("Plug a printer in, pick its port above and press Connect, or start the simulated printer to try "
                    "things out."),
        )
        self.layout_.addWidget(self.empty_state, 1)
        self.body = self._build_body()
        self.layout_.addWidget(self.body, 3)
        self.layout_.addWidget(self._build_interrupted())

        self._interrupted: list[InterruptedJob] = []
        self.resume_flow = ResumeFlow(ctx, self)
        self.resume_flow.finished.connect(self._resume_finished)
        self._unsubscribe = self.printing.subscribe(ctx.bridge.wrap(self._on_printer_changed))
        self.destroyed.connect(lambda *_: self._unsubscribe())
        # No refresh here: scanning ports and reading interrupted jobs waits until the area is shown
        # (the main window refreshes a screen whenever it shows it), not on every start-up.
        if ctx.services.options.is_demo and not self.printing.connected_ports():
            self._start_simulator()  # demo mode: a simulated printer to play with

    # -- building ---------------------------------------------------------------------------------

    def _build_connect_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.port_combo = QComboBox()
        self.port_combo.setMinimumWidth(320)
        self.port_combo.setEditable(True)
        self.baud_combo = QComboBox()
        self.baud_combo.addItems(list(BAUD_CHOICES))
        self.rescan_button = QPushButton(self.tr("Rescan ports"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.sim_button = QPushButton(self.tr("Start simulated printer"))
        self.rescan_button.clicked.connect(self._rescan_ports)
        self.connect_button.clicked.connect(self._connect_clicked)
        self.sim_button.clicked.connect(self._start_simulator)
        for widget in (QLabel(self.tr("Port")), self.port_combo, QLabel(self.tr("Baud")), self.baud_combo):
            bar.addWidget(widget)
        bar.addWidget(self.rescan_button)
        bar.addWidget(self.connect_button)
        bar.addStretch(1)
        bar.addWidget(self.sim_button)
        return bar

    def _build_body(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.printer_list = QListWidget()
        self.printer_list.setMaximumWidth(200)
        self.printer_list.currentItemChanged.connect(self._select_item)
        splitter.addWidget(self.printer_list)

        detail = QWidget()
        grid = QGridLayout(detail)
        self.status_label = QLabel()
        self.status_label.setObjectName("printerStatus")
        self.status_label.setWordWrap(True)
        grid.addWidget(self.status_label, 0, 0, 1, 2)
        grid.addWidget(self._build_temperatures(), 1, 0)
        grid.addWidget(self._build_job(), 1, 1)
        grid.addWidget(self._build_jog(), 2, 0)
        grid.addWidget(self._build_terminal(), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Scrolls rather than growing the window past a 1366×768 laptop screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(detail)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1000])
        return splitter

    def _setup_plot(self, plot: PlotWidget) -> None:
        import pyqtgraph as pg  # already loaded by LazyPlot, which builds the chart on first show

        plot.setLabel("left", self.tr("°C"))
        plot.setLabel("bottom", self.tr("seconds"))
        plot.addLegend(offset=(5, 5))
        plot.plot([], [], pen=pg.mkPen("#d9480f", width=2), name=self.tr("hotend"))
        plot.plot([], [], pen=pg.mkPen("#1971c2", width=2), name=self.tr("bed"))

    def _build_temperatures(self) -> QGroupBox:
        box = QGroupBox(self.tr("Temperatures"))
        layout = QVBoxLayout(box)
        self.plot = LazyPlot(self._setup_plot)
        self.plot.setMinimumHeight(170)
        layout.addWidget(self.plot)
        row = QHBoxLayout()
        self.temp_label = QLabel()
        self.hotend_spin = QDoubleSpinBox()
        self.hotend_spin.setRange(0, 300)
        self.hotend_spin.setSuffix(" °C")
        self.bed_spin = QDoubleSpinBox()
        self.bed_spin.setRange(0, 120)
        self.bed_spin.setSuffix(" °C")
        self.set_temp_button = QPushButton(self.tr("Set"))
        self.heaters_off_button = QPushButton(self.tr("Heaters off"))
        self.set_temp_button.clicked.connect(self._set_temperatures)
        self.heaters_off_button.clicked.connect(
            lambda: self._control(lambda p: self.printing.set_temperatures(p, hotend_c=0, bed_c=0)))
        for widget in (QLabel(self.tr("Hotend")), self.hotend_spin, QLabel(self.tr("Bed")), self.bed_spin):
            row.addWidget(widget)
        heat_row = QHBoxLayout()
        heat_row.addWidget(self.set_temp_button)
        heat_row.addWidget(self.heaters_off_button)
        layout.addWidget(self.temp_label)
        layout.addLayout(row)
        layout.addLayout(heat_row)
        return box

    def _build_job(self) -> QGroupBox:
        box = QGroupBox(self.tr("Job"))
        layout = QVBoxLayout(box)
        self.job_label = QLabel(self.tr("No job running."))
        self.job_label.setWordWrap(True)
        self.job_progress = QProgressBar()
        self.job_progress.setRange(0, 1000)
        self.job_detail = QLabel()
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print file…"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.layer_pause_button = QPushButton(self.tr("Pause at next layer"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.estop_button = QPushButton(self.tr("Emergency stop"))
        self.estop_button.setStyleSheet("background:#c92a2a; color:white; font-weight:bold;")
        self.print_button.clicked.connect(self._print_file)
        self.pause_button.clicked.connect(lambda: self._control(self.printing.pause))
        self.layer_pause_button.clicked.connect(lambda: self._control(self.printing.pause_at_next_layer))
        self.resume_button.clicked.connect(lambda: self._control(self.printing.resume))
        self.cancel_button.clicked.connect(lambda: self._control(self.printing.cancel))
        self.estop_button.clicked.connect(lambda: self._control(self.printing.emergency_stop))
        for button in (self.print_button, self.pause_button, self.resume_button):
            buttons.addWidget(button)
        more_buttons = QHBoxLayout()  # two rows: the screen must fit a 1366-pixel laptop
        more_buttons.addWidget(self.layer_pause_button)
        more_buttons.addWidget(self.cancel_button)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("printerPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("background:#fff3bf; padding:6px; font-weight:bold;")
        self.prompt_button = QPushButton()
        self.prompt_button.clicked.connect(lambda: self._control(self.printing.answer_prompt))
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.prompt_button)
        layout.addWidget(self.job_label)
        layout.addWidget(self.job_progress)
        layout.addWidget(self.job_detail)
        layout.addLayout(buttons)
        layout.addLayout(more_buttons)
        layout.addWidget(self.estop_button)
        layout.addStretch(1)
        return box

    def _build_jog(self) -> QGroupBox:
        box = QGroupBox(self.tr("Move"))
        grid = QGridLayout(box)
        self.step_combo = QComboBox()
        self.step_combo.addItems(["0.1", "1", "10"])
        self.step_combo.setCurrentIndex(1)
        grid.addWidget(QLabel(self.tr("Step (mm)")), 0, 0)
        grid.addWidget(self.step_combo, 0, 1)
        self.jog_buttons: list[QPushButton] = []
        for row, axis in enumerate(("X", "Y", "Z"), start=1):
            for col, sign in enumerate((-1, 1)):
                button = QPushButton(f"{axis}{'−' if sign < 0 else '+'}")
                button.clicked.connect(lambda _c=False, a=axis, s=sign: self._jog(a, s))
                grid.addWidget(button, row, col)
                self.jog_buttons.append(button)
        self.home_button = QPushButton(self.tr("Home all"))
        self.home_button.clicked.connect(lambda: self._control(self.printing.home))
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.clicked.connect(self._disconnect)
        grid.addWidget(self.home_button, 4, 0)
        grid.addWidget(self.disconnect_button, 4, 1)
        return box

    def _build_terminal(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terminal"))
        layout = QVBoxLayout(box)
        self.terminal = QPlainTextEdit()
        self.terminal.setReadOnly(True)
        self.terminal.setMaximumBlockCount(500)
        self.terminal.setObjectName("terminal")
        row = QHBoxLayout()
        self.command_edit = QLineEdit()
        self.command_edit.setPlaceholderText(self.tr("G-code, e.g. M105"))
        self.send_button = QPushButton(self.tr("Send"))
        self.command_edit.returnPressed.connect(self._send_command)
        self.send_button.clicked.connect(self._send_command)
        row.addWidget(self.command_edit, 1)
        row.addWidget(self.send_button)
        layout.addWidget(self.terminal)
        layout.addLayout(row)
        return box

    def _build_interrupted(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interrupted jobs"))
        box.setMaximumHeight(220)
        layout = QVBoxLayout(box)
        self.interrupted_hint = QLabel()
        self.interrupted_hint.setWordWrap(True)
        self.interrupted_table = QTableWidget(0, 5)
        self.interrupted_table.setHorizontalHeaderLabels(
            [self.tr("Job"), self.tr("Stopped at line"), self.tr("Height"), self.tr("Port"), self.tr("Why")]
        )
        self.interrupted_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.interrupted_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.interrupted_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.interrupted_table.setMinimumHeight(60)
        row = QHBoxLayout()
        self.resume_job_button = QPushButton(self.tr("Resume on its printer"))
        self.abandon_button = QPushButton(self.tr("Abandon"))
        self.resume_job_button.clicked.connect(self._resume_interrupted)
        self.abandon_button.clicked.connect(self._abandon_interrupted)
        row.addStretch(1)
        row.addWidget(self.resume_job_button)
        row.addWidget(self.abandon_button)
        layout.addWidget(self.interrupted_hint)
        layout.addWidget(self.interrupted_table)
        layout.addLayout(row)
        return box

    # -- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rescan_ports()
        self._refresh_live()
        self._refresh_interrupted()

    def _on_printer_changed(self, _port: str) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_live(self) -> None:
        snapshots = self.printing.snapshots()
        ports = [s.port for s in snapshots]
        self.empty_state.setVisible(not snapshots)
        self.body.setVisible(bool(snapshots))
        listed = [self.printer_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.printer_list.count())]
        if listed != ports:
            self.printer_list.blockSignals(True)
            self.printer_list.clear()
            for snap in snapshots:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, snap.port)
                self.printer_list.addItem(item)
            self.printer_list.blockSignals(False)
        for i, snap in enumerate(snapshots):
            label = f"{snap.port}\n{snap.state.value}" + (self.tr(" (simulated)") if snap.is_simulated else "")
            self.printer_list.item(i).setText(label)
        if self._selected_port not in ports:
            self._selected_port = ports[0] if ports else None
        if self._selected_port is not None:
            self.printer_list.blockSignals(True)
            self.printer_list.setCurrentRow(ports.index(self._selected_port))
            self.printer_list.blockSignals(False)
            self._show(next(s for s in snapshots if s.port == self._selected_port))

    def _show(self, snap: PrinterSnapshot) -> None:
        message = hold_text(snap) or snap.message
        self.status_label.setText(
            self.tr("{port}: {state} — {firmware}. {message}").format(
                port=snap.port, state=snap.state.value, firmware=snap.firmware or self.tr("unknown firmware"),
                message=message
            )
        )
        if snap.hotend_c is not None:
            self.temp_label.setText(
                self.tr("Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C").format(
                    h=snap.hotend_c,
                    ht=snap.hotend_target_c or 0,
                    b=f"{snap.bed_c:.1f}" if snap.bed_c is not None else "–",
                    bt=f"{snap.bed_target_c:.0f}" if snap.bed_target_c is not None else "–",
                )
            )
        else:
            self.temp_label.setText(self.tr("No temperature reported yet."))
        history = snap.temperature_history
        self.plot.draw(lambda plot: _draw_temperatures(plot, history))

        self.prompt_label.setVisible(bool(snap.prompt))
        self.prompt_button.setVisible(bool(snap.prompt))
        if snap.prompt:
            self.prompt_label.setText(self.tr("The printer asks: {text}").format(text=snap.prompt))
            self.prompt_button.setText(snap.prompt_buttons[0] if snap.prompt_buttons else self.tr("Continue"))
        is_active = snap.state in ACTIVE_STATES
        if snap.job_id is not None and (is_active or snap.last_result):
            last = f" — {snap.last_result}" if snap.last_result and not is_active else ""
            self.job_label.setText(self.tr("Job {id}: {name}").format(id=snap.job_id, name=snap.job_name) + last)
            self.job_progress.setValue(int(snap.fraction * 1000))
            self.job_detail.setText(
                self.tr("Line {line} of {total} · layer {layer} · {elapsed} elapsed · {left} left").format(
                    line=snap.confirmed_line, total=snap.total_lines, layer=snap.layer,
                    elapsed=_minutes(snap.elapsed_s), left=_minutes(snap.remaining_s)
                )
            )
        else:
            self.job_label.setText(self.tr("No job running. Print a checked G-code file, or dispatch one from the "
                                           "queue."))
            self.job_progress.setValue(0)
            self.job_detail.setText("")
        is_idle = snap.state is SessionState.OPERATIONAL
        self.print_button.setEnabled(is_idle)
        self.pause_button.setEnabled(snap.state is SessionState.PRINTING)
        self.layer_pause_button.setEnabled(snap.state is SessionState.PRINTING)
        self.resume_button.setEnabled(snap.state is SessionState.PAUSED)
        self.cancel_button.setEnabled(snap.state in (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED))
        self.estop_button.setEnabled(snap.state not in (SessionState.ERROR, SessionState.CLOSED))
        for widget in (*self.jog_buttons, self.home_button, self.send_button, self.set_temp_button,
                       self.heaters_off_button):
            widget.setEnabled(snap.state in (SessionState.OPERATIONAL, SessionState.PAUSED))
        text = "\n".join(snap.terminal[-200:])
        if self.terminal.toPlainText() != text:
            self.terminal.setPlainText(text)
            self.terminal.verticalScrollBar().setValue(self.terminal.verticalScrollBar().maximum())

    def _refresh_interrupted(self) -> None:
        printing = self.printing
        # The database and the port list are read in the background.
        self.ctx.tasks.run(
            self.tr("Reading interrupted jobs"), lambda _task: printing.interrupted_job_details(),
            on_result=self._show_interrupted, show_progress=False,
        )

    def _show_interrupted(self, jobs: list[InterruptedJob]) -> None:
        self._interrupted = jobs
        self.interrupted_table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            height = (self.tr("{z:.2f} mm (layer {layer})").format(z=job.z_mm, layer=job.layer) if job.z_mm is not None
                      else "–")
            port = job.port if job.is_port_present else self.tr("{port} (not plugged in)").format(port=job.port or "–")
            cells = [f"{job.id}: {job.name}", f"{job.line} / {job.total_lines}", height, port, job.reason]
            for col, text in enumerate(cells):
                self.interrupted_table.setItem(row, col, QTableWidgetItem(text))
        self.interrupted_hint.setText(
            self.tr("A job stopped by a cable pull, a printer reset, a crash or a power cut can go on from its last "
                    "confirmed line.")
            if jobs
            else self.tr("No interrupted jobs.")
        )
        self.resume_job_button.setEnabled(bool(jobs))
        self.abandon_button.setEnabled(bool(jobs))
        # An empty table only takes room from the printer controls on a small screen.
        for widget in (self.interrupted_table, self.resume_job_button, self.abandon_button):
            widget.setVisible(bool(jobs))

    # -- actions ---------------------------------------------------------------------------------

    def _rescan_ports(self) -> None:
        current = self.port_combo.currentText()
        self.port_combo.clear()
        for port in self.printing.ports():
            self.port_combo.addItem(f"{port.device} — {port.friendly_name}", port.device)
        if current:
            index = self.port_combo.findText(current)
            if index >= 0:
                self.port_combo.setCurrentIndex(index)

    def _chosen_port(self) -> str:
        data = self.port_combo.currentData()
        text = self.port_combo.currentText()
        return str(data) if data and text.startswith(str(data)) else text.split(" — ")[0].strip()

    def _chosen_baud(self) -> int | None:
        text = self.baud_combo.currentText()
        return None if text == "auto" else int(text)

    def _connect_clicked(self) -> None:
        port = self._chosen_port()
        if not port:
            self._warn(self.tr("Pick a port first (plug the printer in and press Rescan ports)."))
            return
        self.connect_port(port, self._chosen_baud())

    def connect_port(self, port: str, baud: int | None) -> None:
        self._selected_port = port
        self.ctx.tasks.run(
            self.tr("Connecting to {port}").format(port=port),
            lambda _ctx: self.printing.connect(port, baud=baud),
            on_result=lambda _snap: self.refresh(),
            on_error=lambda exc: self._warn(str(exc)),
        )

    def _start_simulator(self) -> None:
        port = self.printing.start_simulator(speed=1.0)
        self._rescan_ports()
        self.connect_port(port, 115200)

    def _disconnect(self) -> None:
        if self._selected_port is not None:
            port = self._selected_port
            self.ctx.tasks.run(self.tr("Disconnecting"),
                               lambda _ctx: self.printing.disconnect(port), on_result=lambda _r: self.refresh())

    def _select_item(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._selected_port = str(item.data(Qt.ItemDataRole.UserRole))
            self._refresh_live()

    def _control(self, action: object) -> None:
        port = self._selected_port
        if port is None:
            return
        try:
            action(port)  # type: ignore[operator]
        except Exception as exc:
            self._warn(str(exc))
        self._on_printer_changed(port)

    def _jog(self, axis: str, sign: int) -> None:
        step = float(self.step_combo.currentText()) * sign
        self._control(lambda port: self.printing.jog(port, axis, step))

    def _set_temperatures(self) -> None:
        hotend, bed = self.hotend_spin.value(), self.bed_spin.value()
        self._control(lambda port: self.printing.set_temperatures(port, hotend_c=hotend, bed_c=bed))

    def _send_command(self) -> None:
        command = self.command_edit.text().strip()
        if command:
            self._control(lambda port: self.printing.send(port, command))
            self.command_edit.clear()

    def _print_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Print G-code"), "", self.tr("G-code (*.gcode *.gco *.g)"))
        if path:
            self.print_path(Path(path))

    def print_path(self, path: Path) -> None:
        port = self._selected_port
        if port is None:
            return
        self.ctx.tasks.run(
            self.tr("Checking and starting {name}").format(name=path.name),
            lambda _ctx: self.printing.print_file(port, path),
            on_result=lambda _job: self._on_printer_changed(port),
            on_error=lambda exc: self._warn(str(exc)),
        )

    def _selected_interrupted(self) -> InterruptedJob | None:
        rows = self.interrupted_table.selectionModel().selectedRows() if self.interrupted_table.selectionModel() else []
        jobs = self._interrupted
        if rows:
            return jobs[rows[0].row()]
        return jobs[0] if jobs else None

    def _resume_interrupted(self) -> None:
        job = self._selected_interrupted()
        if job is None:
            self._warn(self.tr("Pick the interrupted job to resume first."))
            return
        if job.is_port_present:
            self._selected_port = job.port
        # Always the job's own port: a different printer would not hold the part.
        self.resume_flow.start(job)

    def _resume_finished(self, _job_id: int, is_resumed: bool, message: str) -> None:
        self.refresh()
        if not is_resumed:
            self._warn(message)

    def _abandon_interrupted(self) -> None:
        job = self._selected_interrupted()
        if job is not None:
            self.printing.abandon_job(job.id)
            self._refresh_interrupted()

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Printers"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("printersWarning")
        box.open()

