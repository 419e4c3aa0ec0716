"""The Printers area: connect printers, watch temperatures, jog, a terminal, the running job, recovery.

On a 1366×768 laptop everything an operator drives a printer with is on screen at once, as in
Pronterface: the connection row, the temperatures with their presets, the jog pad, the job and the
terminal, side by side in three columns (splitters, no scrolling).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.printing.manual import ColdExtrusionError, ManualControl, TemperaturePreset, temperature_presets
from app.printing.port_names import PortChoice, PortWords, choice_for, scan_port_choices
from app.printing.service import InterruptedJob, PrinterSnapshot, SessionState
from ui.context import ScreenContext
from ui.print_faults import hold_text
from ui.resume_flow import ResumeFlow
from ui.screens.base import EmptyState, Screen
from ui.widgets.jog_pad import JogPad
from ui.widgets.lazy_plot import LazyPlot
from ui.widgets.port_words import port_words
from ui.widgets.printer_terminal import PrinterTerminal
from ui.widgets.temperature_controls import TemperatureControls
from ui.widgets.temperature_plot import draw_temperatures, setup_temperature_plot

BAUD_CHOICES = ("auto", "115200", "250000", "57600", "230400")
ACTIVE_STATES = (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED, SessionState.CANCELLING)
# The session takes hand commands (jog, terminal, temperatures) only in these states.
HAND_STATES = (SessionState.OPERATIONAL, SessionState.PAUSED)


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
        self.manual = ManualControl(self.printing)
        self._selected_port: str | None = None
        self._terminal_port: str | None = None
        self._choices: list[PortChoice] = []
        self._presets_loaded = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)  # coalesce bursts of updates from the serial threads
        self._refresh_timer.timeout.connect(self._refresh_live)

        self.layout_.addLayout(self._build_connect_bar())
        self.layout_.addLayout(self._build_printer_row())
        self.empty_state = EmptyState(
            self.tr("No printer connected"),
            self.tr("Printers on USB are driven directly from this laptop, with recovery from cable pulls and power "
                    "loss."),
            self.tr("Plug a printer in, pick its port above and press Connect, or start the simulated printer to try "
                    "things out."),
        )
        self.layout_.addWidget(self.empty_state, 1)
        self.body = self._build_body()
        self.layout_.addWidget(self.body, 1)
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
        self.port_combo.setMinimumWidth(220)
        self.port_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.port_combo.setEditable(True)  # COM12, /dev/ttyUSB0 or sim://NAME may be typed
        port_edit = self.port_combo.lineEdit()
        if port_edit is not None:
            port_edit.setPlaceholderText(self.tr("Press Rescan ports, or type a port"))
        self.show_all_check = QCheckBox(self.tr("Show all ports"))
        self.show_all_check.setToolTip(self.tr("Also list serial ports with no device behind them, such as the "
                                               "computer's own /dev/ttyS0 or COM1."))
        self.show_all_check.toggled.connect(self._rescan_ports)
        self.baud_combo = QComboBox()
        self.baud_combo.addItems(list(BAUD_CHOICES))
        self.rescan_button = QPushButton(self.tr("Rescan ports"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.setToolTip(self.tr("Close the connection to the printer shown below"))
        self.sim_button = QPushButton(self.tr("Start simulated printer"))
        self.rescan_button.clicked.connect(self._rescan_ports)
        self.connect_button.clicked.connect(self._connect_clicked)
        self.disconnect_button.clicked.connect(self._disconnect)
        self.sim_button.clicked.connect(self._start_simulator)
        for widget in (QLabel(self.tr("Port")), self.port_combo, self.show_all_check, QLabel(self.tr("Baud")),
                       self.baud_combo, self.rescan_button, self.connect_button, self.disconnect_button):
            bar.addWidget(widget)
        return bar

    def _build_printer_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # The connected printers side by side, as tabs would be: a column of them cost the jog pad its room.
        self.printer_list = QListWidget()
        self.printer_list.setFlow(QListView.Flow.LeftToRight)
        self.printer_list.setWrapping(False)
        self.printer_list.setFixedHeight(34)
        self.printer_list.setMaximumWidth(560)
        self.printer_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.printer_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.printer_list.currentItemChanged.connect(self._select_item)
        self.status_label = QLabel()
        self.status_label.setObjectName("printerStatus")
        self.status_label.setWordWrap(True)
        row.addWidget(self.printer_list)
        row.addWidget(self.status_label, 1)
        row.addWidget(self.sim_button)  # here, not in the port row: a translated row must fit 1366 pixels
        return row

    def _build_body(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        self.temperatures = TemperatureControls()
        self.temperatures.temperatures_requested.connect(self._set_temperatures)
        self.temperatures.preset_requested.connect(self._preheat)
        self.temperatures.cool_down_requested.connect(lambda: self._control(self.manual.cool_down))
        self.jog_pad = JogPad()
        self.jog_pad.home_requested.connect(lambda axes: self._control(lambda port: self.manual.home(port, axes)))
        self.jog_pad.move_requested.connect(self._move)
        self.jog_pad.extrude_requested.connect(self._extrude)
        column.addWidget(self.temperatures)
        column.addWidget(self.jog_pad)
        column.addStretch(1)
        splitter.addWidget(controls)

        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 0, 0, 0)
        middle_column.addWidget(self._build_job())
        self.plot = LazyPlot(lambda plot: setup_temperature_plot(
            plot, degrees=self.tr("°C"), seconds=self.tr("seconds"), hotend=self.tr("hotend"), bed=self.tr("bed")))
        self.plot.setMinimumHeight(140)
        # A chart's preferred size is a big one: counted in, it made the whole area taller than a laptop
        # screen and the window scrolled. It takes the height the job box leaves instead.
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        middle_column.addWidget(self.plot, 1)
        splitter.addWidget(middle)

        self.terminal_box = PrinterTerminal()
        self.terminal_box.command_entered.connect(self._send_command)
        self.terminal = self.terminal_box.log
        self.command_edit = self.terminal_box.command_edit
        self.send_button = self.terminal_box.send_button
        splitter.addWidget(self.terminal_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        return splitter

    def _build_job(self) -> QGroupBox:
        box = QGroupBox(self.tr("Job"))
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        self.job_label = QLabel(self.tr("No job running."))
        self.job_label.setWordWrap(True)
        self.job_progress = QProgressBar()
        self.job_progress.setRange(0, 1000)
        self.job_progress.setFormat("")  # set with the snapshot's percent: one rounding for every screen
        self.job_detail = QLabel()
        self.job_detail.setWordWrap(True)
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
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pause_button, self.resume_button):
            buttons.addWidget(button)
        more_buttons = QHBoxLayout()  # three rows: the column stays narrow enough for the terminal beside it
        for button in (self.layer_pause_button, self.cancel_button):
            more_buttons.addWidget(button)
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
        return box

    def _build_interrupted(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interrupted jobs"))
        box.setMaximumHeight(190)
        self.interrupted_box = box
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
        # Its preferred height would push the area past a laptop screen: it takes what the controls leave.
        self.interrupted_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        row = QHBoxLayout()
        self.resume_job_button = QPushButton(self.tr("Resume on its printer"))
        self.abandon_button = QPushButton(self.tr("Abandon"))
        self.resume_job_button.clicked.connect(self._resume_interrupted)
        self.abandon_button.clicked.connect(self._abandon_interrupted)
        row.addWidget(self.interrupted_hint, 1)
        row.addWidget(self.resume_job_button)
        row.addWidget(self.abandon_button)
        layout.addLayout(row)
        layout.addWidget(self.interrupted_table)
        box.setVisible(False)  # until jobs are found: an empty table only takes room from the controls
        return box

    def port_words(self) -> PortWords:
        """The words port names are made of, in the window's language."""
        return port_words()

    def port_name(self, port: str) -> str:
        """"Ender by the window (Creality Ender-3 class, USB)" for a port, as the port list names it."""
        return choice_for(port, self._choices).title(self.port_words())

    # -- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rescan_ports()
        self._load_presets()
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
        self.printer_list.setVisible(len(snapshots) > 1)  # one printer: its name is in the status line
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
            item = self.printer_list.item(i)
            item.setText(self.tr("{name}: {state}").format(name=self.port_name(snap.port), state=snap.state.label))
            item.setToolTip(snap.port)
        if self._selected_port not in ports:
            self._selected_port = ports[0] if ports else None
        self.disconnect_button.setEnabled(self._selected_port is not None)
        if self._selected_port is None:
            self.status_label.setText("")
            return
        self.printer_list.blockSignals(True)
        self.printer_list.setCurrentRow(ports.index(self._selected_port))
        self.printer_list.blockSignals(False)
        self._show(next(s for s in snapshots if s.port == self._selected_port))

    def _show(self, snap: PrinterSnapshot) -> None:
        message = hold_text(snap) or snap.message
        self.status_label.setText(
            self.tr("{port}: {state} — {firmware}. {message}").format(
                port=self.port_name(snap.port), state=snap.state.label,
                firmware=snap.firmware or self.tr("unknown firmware"), message=message
            )
        )
        self.status_label.setToolTip(snap.port)
        self.temperatures.show_reading(snap.hotend_c, snap.hotend_target_c, snap.bed_c, snap.bed_target_c)
        history, targets = snap.temperature_history, (snap.hotend_target_c, snap.bed_target_c)
        self.plot.draw(lambda plot: draw_temperatures(plot, history, targets))

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
            self.job_progress.setFormat(self.tr("{percent} %").format(percent=snap.percent))
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
            self.job_progress.setFormat("")
            self.job_detail.setText("")
        is_idle = snap.state is SessionState.OPERATIONAL
        self.print_button.setEnabled(is_idle)
        self.pause_button.setEnabled(snap.state is SessionState.PRINTING)
        self.layer_pause_button.setEnabled(snap.state is SessionState.PRINTING)
        self.resume_button.setEnabled(snap.state is SessionState.PAUSED)
        self.cancel_button.setEnabled(snap.state in (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED))
        self.estop_button.setEnabled(snap.state not in (SessionState.ERROR, SessionState.CLOSED))
        is_allowed = snap.state in HAND_STATES
        reason = "" if is_allowed else self._why_no_hand_control(snap.state)
        self.jog_pad.set_sending_allowed(is_allowed, reason)
        self.temperatures.set_sending_allowed(is_allowed, reason)
        self.terminal_box.set_sending_allowed(is_allowed, reason)
        if self._terminal_port != snap.port:
            self._terminal_port = snap.port
            self.terminal_box.clear()
        self.terminal_box.show_lines(snap.terminal, snap.terminal_count)

    def _why_no_hand_control(self, state: SessionState) -> str:
        if state in ACTIVE_STATES:
            return self.tr("A job is printing: pause it to move the head, load filament or send commands.")
        return self.tr("The printer is {state}: reconnect it to control it by hand.").format(state=state.label)

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
        )
        self.resume_job_button.setEnabled(bool(jobs))
        self.abandon_button.setEnabled(bool(jobs))
        # An empty box only takes room from the printer controls on a small screen.
        self.interrupted_box.setVisible(bool(jobs))

    # -- actions ---------------------------------------------------------------------------------

    def _rescan_ports(self) -> None:
        printing, services = self.printing, self.ctx.services
        is_showing_all = self.show_all_check.isChecked()
        # Enumerating ports touches the OS and the lab's printers are in the database: in the background.
        self.ctx.tasks.run(
            self.tr("Looking for printers"),
            lambda _task: scan_port_choices(printing, services.session_factory, services.profiles,
                                            is_showing_all=is_showing_all),
            on_result=self._show_ports, show_progress=False,
        )

    def _show_ports(self, choices: list[PortChoice]) -> None:
        self._choices = choices
        current = self._chosen_port()
        words = self.port_words()
        self.port_combo.clear()
        for choice in choices:
            self.port_combo.addItem(f"{choice.title(words)} — {choice.device}", choice.device)
            self.port_combo.setItemData(self.port_combo.count() - 1, self._port_details(choice),
                                        Qt.ItemDataRole.ToolTipRole)
        index = self.port_combo.findData(current) if current else -1
        if index >= 0:
            self.port_combo.setCurrentIndex(index)
        elif current:
            self.port_combo.setEditText(current)  # typed by hand: keep it
        port_edit = self.port_combo.lineEdit()
        if port_edit is not None:
            port_edit.setCursorPosition(0)  # the printer's name first, where a long entry is cut
        self._refresh_live()  # connected printers take their names from the list

    def _port_details(self, choice: PortChoice) -> str:
        port = choice.port
        facts = [(self.tr("Port"), port.device), (self.tr("Description"), port.description),
                 (self.tr("Manufacturer"), port.manufacturer), (self.tr("Product"), port.product),
                 (self.tr("USB id"), port.vid_pid)]
        return "\n".join(f"{label}: {value}" for label, value in facts if value and value != "n/a")

    def _load_presets(self) -> None:
        if self._presets_loaded:
            return
        profiles = self.ctx.services.profiles
        self.ctx.tasks.run(self.tr("Reading material profiles"),
                           lambda _task: temperature_presets(profiles.materials()),
                           on_result=self._show_presets, show_progress=False)

    def _show_presets(self, presets: list[TemperaturePreset]) -> None:
        self._presets_loaded = True
        self.temperatures.set_presets(presets)
        self._refresh_live()  # enables them as the printer's state allows

    def _chosen_port(self) -> str:
        text = self.port_combo.currentText().strip()
        index = self.port_combo.currentIndex()
        if index >= 0 and text == self.port_combo.itemText(index):
            return str(self.port_combo.itemData(index))
        return text.rsplit(" — ", 1)[-1].strip()

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
            self.tr("Connecting to {port}").format(port=self.port_name(port)),
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

    def _control(self, action: Callable[[str], object]) -> None:
        port = self._selected_port
        if port is None:
            return
        try:
            action(port)
        except ColdExtrusionError as exc:
            self._warn(self._cold_text(exc))
        except Exception as exc:
            self._warn(str(exc))
        self._on_printer_changed(port)

    def _cold_text(self, exc: ColdExtrusionError) -> str:
        if exc.hotend_c is None:
            return self.tr("The hotend has not reported its temperature yet: heat it to at least {min} °C before "
                           "extruding or retracting (Marlin refuses to move filament through a cold nozzle).").format(
                min=f"{exc.min_c:.0f}")
        return self.tr("The hotend is at {now} °C: heat it to at least {min} °C before extruding or retracting "
                       "(Marlin refuses to move filament through a cold nozzle).").format(
            now=f"{exc.hotend_c:.0f}", min=f"{exc.min_c:.0f}")

    def _move(self, axis: str, distance_mm: float) -> None:
        self._control(lambda port: self.manual.move(port, axis, distance_mm))

    def _extrude(self, length_mm: float) -> None:
        self._control(lambda port: self.manual.extrude(port, length_mm))

    def _set_temperatures(self, hotend_c: float, bed_c: float) -> None:
        self._control(lambda port: self.printing.set_temperatures(port, hotend_c=hotend_c, bed_c=bed_c))

    def _preheat(self, preset: TemperaturePreset) -> None:
        self.temperatures.hotend_spin.setValue(preset.hotend_c)
        self.temperatures.bed_spin.setValue(preset.bed_c)
        self._control(lambda port: self.manual.preheat(port, preset))

    def _send_command(self, command: str) -> None:
        self._control(lambda port: self.printing.send(port, command))

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

