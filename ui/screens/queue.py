"""The Print Queue area: a timeline of PV forecast, battery and jobs per printer, and the queue in order."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.energy.state import shown_soc_note
from app.printing.port_names import PortChoice, choice_for, scan_port_choices
from app.printing.service import InterruptedJob, SessionState, on_job_finished
from app.queue.dispatch import DispatchEvent
from app.queue.intake import ProfileChoice, printer_profile_choices, queue_gcode_file
from app.queue.model import JobKey
from app.queue.print_now import PrintNowCost, lab_print_now_cost
from app.queue.store import JobState, QueueJob, remove_job, set_terms
from app.queue.timeline import QueueTimeline, build_timeline, pin_job, reorder_jobs, unpin_job
from i18n import current_language
from ui.context import ScreenContext
from ui.print_faults import hold_text
from ui.resume_flow import ResumeFlow
from ui.screens.base import EmptyState, Screen
from ui.widgets.job_terms import JobTermsEditor
from ui.widgets.port_words import port_words
from ui.widgets.questions import ask_yes_no
from ui.widgets.queue_file_dialog import QueueFileDialog

ACTIVE_PRINTER_STATES = (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED, SessionState.CANCELLING)
BATTERY_QUESTION_WAIT_S = 120.0  # no answer by then counts as no: the print does not start on the battery
_LEFT = 70.0
_BAND_MIN_H = 50.0  # the sun and battery bands share the height the job rows leave, between these
_BAND_MAX_H = 240.0
_ROW_H = 34.0
_GAP = 12.0
_AXIS_H = 30.0
SIDE_W = 460  # the order, its reason and its actions: wide enough for French labels side by side


def weekday_time(local: datetime) -> str:
    """A day and time such as "lun. 11:15" in the window's language (strftime's %a is always English)."""
    day = QLocale(current_language()).dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {local:%H:%M}"


class TimelineView(QWidget):
    """Draws the plan; drag a job sideways to pin it to a new start (snapped to the slot)."""

    job_pinned = Signal(int, object, str)  # job id, start (aware datetime), printer
    job_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: QueueTimeline | None = None
        self.hours = 48.0
        self.setMinimumHeight(int(2 * _BAND_MIN_H + 3 * _GAP + _ROW_H + _AXIS_H))
        self.setMouseTracking(True)
        self._bars: list[tuple[QRectF, int, str, datetime]] = []
        self._drag: tuple[int, str, float, QRectF] | None = None
        self._drag_dx = 0.0

    def set_timeline(self, timeline: QueueTimeline | None) -> None:
        self.timeline = timeline
        rows = len(timeline.printers) if timeline else 1
        self.setMinimumHeight(int(2 * _BAND_MIN_H + 3 * _GAP + rows * _ROW_H + _AXIS_H))
        self.update()

    def _band_h(self, rows: int) -> float:
        """The sun and battery bands take what the printer rows leave: the chart fills its space."""
        spare = (self.height() - 3 * _GAP - rows * _ROW_H - _AXIS_H) / 2.0
        return min(_BAND_MAX_H, max(_BAND_MIN_H, spare))

    def set_hours(self, hours: float) -> None:
        self.hours = hours
        self.update()

    # geometry
    def _x(self, hours_from_start: float) -> float:
        width = max(10.0, self.width() - _LEFT - 10.0)
        return _LEFT + width * hours_from_start / self.hours

    def _hours_at(self, x: float) -> float:
        width = max(10.0, self.width() - _LEFT - 10.0)
        return (x - _LEFT) / width * self.hours

    def paintEvent(self, event: Any) -> None:  # Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        t = self.timeline
        if t is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Planning…"))
            return
        plan = t.plan
        slot_h = plan.slot_min / 60.0
        n = min(len(plan.pv_expected_w), int(self.hours / slot_h))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        # Day/night shading from the expected PV and hour ticks.
        band_h = self._band_h(len(t.printers))
        top_pv, top_soc = 8.0, 8.0 + band_h + _GAP
        rows_top = top_soc + band_h + _GAP
        bottom = rows_top + len(t.printers) * _ROW_H
        painter.setPen(QPen(QColor("#eceff1")))
        for h in range(0, int(self.hours) + 1, 6 if self.hours <= 72 else 24):
            x = self._x(h)
            painter.drawLine(QPointF(x, top_pv), QPointF(x, bottom))
            local = (plan.start_utc + timedelta(hours=h)).astimezone(_zone(t.timezone))
            painter.setPen(QPen(QColor("#607d8b")))
            painter.drawText(QPointF(x + 2, bottom + 14), weekday_time(local))
            painter.setPen(QPen(QColor("#eceff1")))
        # PV forecast.
        peak = max(1.0, max(plan.pv_expected_w[:n] or (1.0,)))
        for series, colour in ((plan.pv_expected_w, "#fbc02d"), (plan.pv_cautious_w, "#ef6c00")):
            path = QPainterPath(QPointF(self._x(0), top_pv + band_h))
            for i in range(n):
                path.lineTo(QPointF(self._x(i * slot_h), top_pv + band_h * (1 - series[i] / peak)))
            path.lineTo(QPointF(self._x(n * slot_h), top_pv + band_h))
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.setBrush(QBrush(fill))
            painter.setPen(QPen(QColor(colour), 1.5))
            painter.drawPath(path)
        painter.setPen(QPen(QColor("#37474f")))
        painter.drawText(QPointF(4, top_pv + 12), self.tr("sun"))
        painter.drawText(QPointF(4, top_pv + 26), f"{peak:.0f} W")
        # State of charge (cautious) and the reserve.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        y_res = top_soc + band_h * (1 - plan.reserve_pct / 100.0)
        painter.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(_LEFT, y_res), QPointF(self._x(self.hours), y_res))
        soc_path = QPainterPath()
        for i in range(n):
            point = QPointF(self._x((i + 1) * slot_h), top_soc + band_h * (1 - plan.soc_pct[i] / 100.0))
            if i == 0:
                soc_path.moveTo(point)
            else:
                soc_path.lineTo(point)
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawPath(soc_path)
        painter.setPen(QPen(QColor("#37474f")))
        painter.drawText(QPointF(4, top_soc + 12), self.tr("battery"))
        painter.drawText(QPointF(4, y_res + 4), f"{plan.reserve_pct:.0f} %")
        # Printer rows and job bars.
        names: dict[JobKey, str] = {j.id: j.name for j in t.jobs}
        self._bars = []
        for row, printer in enumerate(t.printers):
            y = rows_top + row * _ROW_H
            painter.setPen(QPen(QColor("#37474f")))
            painter.drawText(QPointF(4, y + _ROW_H * 0.6), printer[:9])
            painter.setPen(QPen(QColor("#eceff1")))
            painter.drawLine(QPointF(_LEFT, y + _ROW_H), QPointF(self._x(self.hours), y + _ROW_H))
            for a in plan.assignments:
                if a.printer != printer:
                    continue
                h0 = (a.start_utc - plan.start_utc).total_seconds() / 3600.0
                h1 = (a.end_utc - plan.start_utc).total_seconds() / 3600.0
                if h0 > self.hours:
                    continue
                rect = QRectF(self._x(h0), y + 4, max(4.0, self._x(h1) - self._x(h0)), _ROW_H - 8)
                is_dragged = self._drag is not None and self._drag[0] == a.job
                if is_dragged:
                    rect.translate(self._drag_dx, 0)
                bar = (QColor("#8e24aa") if a.is_pinned
                       else QColor("#2e7d32") if a.sun_share_pct >= 80 else QColor("#f57c00"))
                painter.setBrush(QBrush(bar))
                painter.setPen(QPen(bar.darker(130)))
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QPen(QColor("#ffffff")))
                painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter,
                                 names.get(a.job, str(a.job)))
                if isinstance(a.job, int):  # a lab job (always, on this screen) can be dragged to a new start
                    self._bars.append((rect, a.job, printer, a.start_utc))
        # Now line.
        now_h = (t.now_utc - plan.start_utc).total_seconds() / 3600.0
        painter.setPen(QPen(QColor("#d50000"), 2))
        painter.drawLine(QPointF(self._x(now_h), top_pv), QPointF(self._x(now_h), bottom))
        painter.drawText(QPointF(self._x(now_h) + 3, top_pv + 10), self.tr("now"))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        for rect, job_id, printer, _start in self._bars:
            if rect.contains(pos):
                self._drag = (job_id, printer, pos.x(), rect)
                self._drag_dx = 0.0
                self.job_selected.emit(job_id)
                return

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag_dx = event.position().x() - self._drag[2]
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.timeline is None:
            return
        job_id, printer, _x0, rect = self._drag
        self._drag = None
        if abs(self._drag_dx) < 4:
            self.update()
            return
        plan = self.timeline.plan
        hours = self._hours_at(rect.left() + self._drag_dx)
        slots = max(0, round(hours * 60.0 / plan.slot_min))
        start = plan.start_utc + timedelta(minutes=slots * plan.slot_min)
        self.job_pinned.emit(job_id, start, printer)


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


class QueueScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Print Queue"), parent)
        self.empty_state = EmptyState(
            self.tr("The queue is empty"),
            self.tr("Print jobs wait here; each is planned for when the sun and the battery can pay for it."),
            self.tr("Slice a customized frame or a catalogue design to add a job."),
        )
        self.stack = QStackedWidget()
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addWidget(self.empty_state, 1)
        self.empty_add_button = QPushButton(self.tr("Add a sliced G-code file…"))
        self.empty_add_button.clicked.connect(self._add_gcode)
        empty_layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty_message = QLabel("")  # why a file was not queued, while the queue is still empty
        self.empty_message.setWordWrap(True)
        empty_layout.addWidget(self.empty_message, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(empty_page)
        content = QWidget()
        self.stack.addWidget(content)
        self.layout_.addWidget(self.stack, 1)

        layout = QVBoxLayout(content)
        bar = QHBoxLayout()
        self.replan_button = QPushButton(self.tr("Re-plan now"))
        self.replan_button.clicked.connect(self.refresh)
        self.span_combo = QComboBox()
        for hours, text in ((24, self.tr("1 day")), (48, self.tr("2 days")), (72, self.tr("3 days")),
                            (168, self.tr("7 days"))):
            self.span_combo.addItem(text, hours)
        self.span_combo.setCurrentIndex(1)
        self.span_combo.currentIndexChanged.connect(lambda _: self.view.set_hours(float(self.span_combo.currentData())))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add G-code…"))
        self.add_button.clicked.connect(self._add_gcode)
        self.auto_check = QCheckBox(self.tr("Start and pause prints by themselves"))
        self.auto_check.setToolTip(
            self.tr("Starts planned prints on connected printers and pauses them safely when the battery runs low.")
        )
        self.auto_check.toggled.connect(self._toggle_dispatch)
        bar.addWidget(self.replan_button)
        bar.addWidget(self.add_button)
        bar.addWidget(self.span_combo)
        bar.addWidget(self.auto_check)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.summary)  # full width: the fewest lines, in any language

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.view: TimelineView = TimelineView()
        self.view.job_pinned.connect(self._pin)
        self.view.job_selected.connect(self._select_job)
        splitter.addWidget(self.view)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Order (drag to reorder; first prints first)")))
        self.job_list = QListWidget()
        self.job_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.job_list.setMinimumHeight(64)  # two jobs; it gives way first so the reason and actions stay in view
        self.job_list.model().rowsMoved.connect(lambda *args: self._reorder())
        self.job_list.currentItemChanged.connect(lambda item, _prev: self._show_reason(item))
        side_layout.addWidget(self.job_list, 1)
        self.reason = QLabel("")
        self.reason.setObjectName("whyThen")
        self.reason.setWordWrap(True)
        self.reason.setMinimumHeight(60)  # the planner's reason is a sentence or two: never squeeze it away
        self.reason.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.reason)
        side_layout.addLayout(self._build_actions())
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, SIDE_W])
        layout.addWidget(splitter, 1)
        self.progress_label = QLabel(self.tr("No printer is printing."))
        self.progress_label.setObjectName("printProgress")
        self.progress_label.setWordWrap(True)
        self.layout_.addWidget(self.progress_label)  # below both pages: "finished" shows when the queue empties
        self.layout_.addWidget(self._build_interrupted())
        self._timeline: QueueTimeline | None = None
        self._wanted_job: int | None = None
        # The lab's one dispatcher (a core service): this screen shows and steers it.
        self.dispatch = ctx.services.dispatch
        self.dispatch.ask = self._ask_from_worker
        self.dispatch.on_event = ctx.bridge.wrap(self._dispatch_event)
        self.dispatch.on_plan_changed = ctx.bridge.wrap(self._plan_changed)
        self.auto_check.setChecked(self.dispatch.is_running)
        self.destroyed.connect(lambda *_: self.dispatch.stop())
        self._printing_job: tuple[str, int] | None = None  # (port, job id) started from this screen
        self._was_printing = False
        self._port_choices: list[PortChoice] = []
        self._plans_asked = 0
        self._plan_shown = 0
        self._last_reading: object = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(300)  # a print notifies per line: show at most ~3 updates a second
        self._progress_timer.timeout.connect(self._show_progress)
        unsubscribe = ctx.services.printing.subscribe(ctx.bridge.wrap(lambda _port: self._progress_timer.start()))
        self.destroyed.connect(lambda *_: unsubscribe())

    def _build_actions(self) -> QGridLayout:
        """What can be done to the chosen job, under its reason: its terms, its place, printing it now."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.terms = JobTermsEditor()
        grid.addWidget(self.terms, 0, 0, 1, 2)
        self.terms_message = QLabel("")
        self.terms_message.setObjectName("termsMessage")
        self.terms_message.setWordWrap(True)
        self.terms_message.setVisible(False)
        grid.addWidget(self.terms_message, 1, 0, 1, 2)
        self.apply_terms_button = QPushButton(self.tr("Apply and re-plan"))
        self.apply_terms_button.setObjectName("applyTermsButton")
        self.apply_terms_button.setToolTip(self.tr("Give the chosen waiting job this priority and needed-by time, "
                                                   "then plan the queue again."))
        self.apply_terms_button.clicked.connect(self._apply_terms)
        self.remove_button = QPushButton(self.tr("Remove from the queue…"))
        self.remove_button.setObjectName("removeJobButton")
        self.remove_button.clicked.connect(self._ask_remove)
        grid.addWidget(self.apply_terms_button, 2, 0)
        grid.addWidget(self.remove_button, 2, 1)
        self.unpin_button = QPushButton(self.tr("Let the planner choose again (unpin)"))
        self.unpin_button.clicked.connect(self._unpin)
        grid.addWidget(self.unpin_button, 3, 0, 1, 2)
        self.port_combo = QComboBox()
        self.port_combo.setObjectName("printPortCombo")
        self.port_combo.setToolTip(self.tr("Connected printers (connect one in the Printers area)."))
        # Empty until a printer is connected: the empty list says why "Print now…" is greyed out.
        self.port_combo.setPlaceholderText(self.tr("No printer connected"))
        self.print_now_button = QPushButton(self.tr("Print now…"))
        self.print_now_button.setObjectName("printNowButton")
        self.print_now_button.setToolTip(self.tr("Start the chosen job now on the chosen printer, whatever the plan "
                                                 "says."))
        self.print_now_button.clicked.connect(self._ask_print_now)
        grid.addWidget(self.port_combo, 4, 0)
        grid.addWidget(self.print_now_button, 4, 1)
        grid.setColumnStretch(0, 1)
        return grid

    def refresh(self) -> None:
        services = self.ctx.services
        # Plans can come back out of order (a slow one started before a job was queued): show the newest only.
        self._plans_asked += 1
        asked = self._plans_asked
        self.ctx.tasks.run(
            self.tr("Planning the print queue"),
            lambda task: build_timeline(services.session_factory, services.settings, services.profiles),
            on_result=lambda timeline: self._show_newest(asked, timeline),
            on_error=lambda exc: self.summary.setText(str(exc)),
        )
        self.ctx.tasks.run(
            self.tr("Reading interrupted jobs"),
            lambda task: services.printing.interrupted_job_details(),
            on_result=self._show_interrupted,
            show_progress=False,
        )

    # ---- interrupted prints -----------------------------------------------------------------------

    def _build_interrupted(self) -> QWidget:
        """Prints stopped part-way (a cable, a printer restart, Heliofab or the laptop stopping): each
        goes on from its last confirmed line, on the port it printed on."""
        self._interrupted: list[InterruptedJob] = []
        self.interrupted_box = QWidget()
        self.interrupted_box.setObjectName("interruptedPrints")
        layout = QVBoxLayout(self.interrupted_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Interrupted prints (they go on from their last confirmed line)")))
        row = QHBoxLayout()
        self.interrupted_list = QListWidget()
        self.interrupted_list.setObjectName("interruptedList")
        self.interrupted_list.setMaximumHeight(90)
        row.addWidget(self.interrupted_list, 1)
        self.resume_button = QPushButton(self.tr("Resume…"))
        self.resume_button.setObjectName("resumeInterruptedButton")
        self.resume_button.setToolTip(self.tr("Resume the chosen print on the printer it was printing on."))
        self.resume_button.clicked.connect(self._resume_selected)
        row.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.resume_flow = ResumeFlow(self.ctx, self)
        self.resume_flow.finished.connect(self._resume_finished)
        self.interrupted_box.setVisible(False)
        return self.interrupted_box

    def interrupted_text(self, job: InterruptedJob) -> str:
        where = self.tr(", height {z:.2f} mm").format(z=job.z_mm) if job.z_mm is not None else ""
        port = job.port if job.is_port_present else self.tr("{port}, not plugged in now").format(port=job.port or "–")
        return self.tr("#{id} {name}: interrupted at line {line} of {total}, layer {layer}{where} (on {port})").format(
            id=job.id, name=job.name, line=job.line, total=job.total_lines, layer=job.layer, where=where, port=port)

    def _show_interrupted(self, jobs: list[InterruptedJob]) -> None:
        self._interrupted = jobs
        selected = self.interrupted_list.currentRow()
        self.interrupted_list.clear()
        for job in jobs:
            item = QListWidgetItem(self.interrupted_text(job))
            item.setData(Qt.ItemDataRole.UserRole, job.id)
            item.setToolTip(job.reason)
            self.interrupted_list.addItem(item)
        if jobs:
            self.interrupted_list.setCurrentRow(min(max(selected, 0), len(jobs) - 1))
        self.interrupted_box.setVisible(bool(jobs))
        self._mark_interrupted_in_order()

    def _mark_interrupted_in_order(self) -> None:
        """In the order list, an interrupted job says where it stopped rather than "not planned yet"."""
        by_id = {job.id: job for job in self._interrupted}
        for row in range(self.job_list.count()):
            item = self.job_list.item(row)
            job = by_id.get(int(item.data(Qt.ItemDataRole.UserRole)))
            if job is not None:
                first = item.text().split("\n")[0]
                item.setText(first + "\n    " + self.tr("interrupted at line {line} of {total}: resume it "
                                                        "below").format(
                    line=job.line, total=job.total_lines))

    def _resume_selected(self) -> None:
        row = self.interrupted_list.currentRow()
        if not 0 <= row < len(self._interrupted):
            self.progress_label.setText(self.tr("Choose the interrupted print to resume first."))
            return
        job = self._interrupted[row]
        self.progress_label.setText(self.tr("Resuming job #{id}…").format(id=job.id))
        self.resume_flow.start(job)

    def _resume_finished(self, _job_id: int, _is_resumed: bool, message: str) -> None:
        self.progress_label.setText(message)
        self.refresh()

    def _show_newest(self, asked: int, timeline: QueueTimeline) -> None:
        if asked < self._plan_shown:
            return
        self._plan_shown = asked
        self._show(timeline)

    def _show(self, timeline: QueueTimeline) -> None:
        self._timeline = timeline
        if not timeline.jobs:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.view.set_timeline(timeline)
        plan = timeline.plan
        low = min(plan.soc_pct) if plan.soc_pct else 0.0
        text = self.tr("{0} planned, {1} waiting. Battery lowest {2:.0f} % (reserve {3:.0f} %); {4}.").format(
            len(plan.assignments), len(plan.unscheduled), low, plan.reserve_pct, shown_soc_note(timeline.soc_note)
        )
        if plan.warnings:
            text += " " + " ".join(plan.warnings)
        self.summary.setText(text)
        reasons = {a.job: a.reason for a in plan.assignments} | {u.job: u.reason for u in plan.unscheduled}
        starts = {a.job: a.start_utc for a in plan.assignments}
        zone = _zone(timeline.timezone)
        selected = self.selected_job_id()
        self.job_list.blockSignals(True)
        self.job_list.clear()
        for job in sorted(timeline.jobs, key=lambda j: (-j.priority, j.id)):
            pin = " 📌" if job.is_pinned else ""
            start = starts.get(job.id)
            if job.state is JobState.PRINTING:
                when = self.tr("printing now")
            elif start is not None:
                when = self.tr("starts {time}").format(time=weekday_time(start.astimezone(zone)))
            else:
                when = self.tr("not planned yet")
            item = QListWidgetItem(
                f"#{job.id} {job.name}{pin}\n    {when} · {job.duration_min:.0f} min · {job.energy_wh:.0f} Wh")
            item.setData(Qt.ItemDataRole.UserRole, job.id)
            item.setToolTip(reasons.get(job.id, ""))
            self.job_list.addItem(item)
        self.job_list.blockSignals(False)
        self._mark_interrupted_in_order()
        wanted = self._wanted_job
        if wanted is not None and any(job.id == wanted for job in timeline.jobs):
            self._wanted_job = None  # else a plan made before it was queued: the next one brings it
        chosen = wanted if wanted is not None else selected
        if chosen is not None:
            self._select_job(chosen)
        if self.job_list.currentItem() is None and self.job_list.count():
            self.job_list.setCurrentRow(0)
        self._show_reason(self.job_list.currentItem())
        self._fill_ports()
        self._name_ports()

    def _show_reason(self, item: QListWidgetItem | None) -> None:
        self.reason.setText(self.tr("Why then: {reason}").format(reason=item.toolTip())
                            if item is not None and item.toolTip() else "")
        self._show_terms(self._job(int(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None)

    def _job(self, job_id: int) -> QueueJob | None:
        jobs = self._timeline.jobs if self._timeline is not None else ()
        return next((job for job in jobs if job.id == job_id), None)

    def _show_terms(self, job: QueueJob | None) -> None:
        """The chosen job's priority and deadline; only a waiting job's can change."""
        self.terms_message.setVisible(False)
        if self._timeline is not None:
            self.terms.set_zone(self._timeline.timezone)
        is_waiting = job is not None and job.state in (JobState.QUEUED, JobState.PLANNED)
        if job is not None:
            self.terms.set_terms(job.priority, job.deadline_utc)
        self.terms.setEnabled(is_waiting)
        self.apply_terms_button.setEnabled(is_waiting)
        self.remove_button.setEnabled(job is not None and job.state not in (JobState.PRINTING, JobState.PAUSED))

    def _apply_terms(self) -> None:
        job_id = self.selected_job_id()
        if job_id is None:
            return
        priority, deadline = self.terms.priority(), self.terms.deadline_utc()
        if deadline is not None and deadline <= datetime.now(timezone.utc):
            self.terms_message.setText(self.tr("That needed-by time has passed: choose a later one, or untick "
                                               "Needed by."))
            self.terms_message.setVisible(True)
            return
        factory = self.ctx.services.session_factory
        self._wanted_job = job_id
        self._run_then_refresh(self.tr("Changing the job's priority and deadline"),
                               lambda: set_terms(factory, job_id, priority, deadline))

    def _ask_remove(self) -> None:
        job = self._job(self.selected_job_id() or -1)
        if job is None:
            return
        factory = self.ctx.services.session_factory

        def answered(is_yes: bool) -> None:
            if is_yes:
                self._run_then_refresh(self.tr("Removing the job"), lambda: remove_job(factory, job.id))

        ask_yes_no(self, self.tr("Remove from the queue"),
                   self.tr("Take job #{id} {name} out of the queue? It will not be printed; queue its file "
                           "again to print it later.").format(id=job.id, name=job.name),
                   object_name="removeJobQuestion", on_answer=answered)

    def selected_job_id(self) -> int | None:
        item = self.job_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def show_job(self, job_id: int) -> None:
        """Re-plan and select `job_id` (a job just queued from elsewhere)."""
        self._wanted_job = job_id
        self.refresh()

    def battery_read(self, reading_key: object) -> None:
        """A new battery reading came in: re-plan from it while the queue is in view (it re-plans when shown)."""
        if reading_key == self._last_reading:
            return
        self._last_reading = reading_key
        if self.isVisible():
            self.refresh()

    # ---- printing now --------------------------------------------------------------------------

    def _name_ports(self) -> None:
        """Read the lab's printers and what is behind each port (in the background), then name the ports."""
        services = self.ctx.services
        self.ctx.tasks.run(
            self.tr("Looking for printers"),
            lambda _task: scan_port_choices(services.printing, services.session_factory, services.profiles),
            on_result=self._named_ports, on_error=lambda _exc: None, show_progress=False,
        )

    def _named_ports(self, choices: list[PortChoice]) -> None:
        self._port_choices = choices
        self._fill_ports()

    def port_name(self, port: str) -> str:
        """"Ender by the window (Creality Ender-3 class, USB)", as the Printers screen names the port."""
        return choice_for(port, self._port_choices).title(port_words())

    def _fill_ports(self) -> None:
        current = self.port_combo.currentData()
        self.port_combo.clear()
        for snapshot in self.ctx.services.printing.snapshots():
            label = self.tr("{name} ({state})").format(name=self.port_name(snapshot.port), state=snapshot.state.label)
            self.port_combo.addItem(label, snapshot.port)
            self.port_combo.setItemData(self.port_combo.count() - 1, snapshot.port, Qt.ItemDataRole.ToolTipRole)
        if current is not None:
            index = self.port_combo.findData(current)
            if index >= 0:
                self.port_combo.setCurrentIndex(index)
        if self.port_combo.currentIndex() < 0 and self.port_combo.count() > 0:
            # With a placeholder text Qt leaves a filled list on no choice: the first printer is the choice.
            self.port_combo.setCurrentIndex(0)
        self.print_now_button.setEnabled(self.port_combo.count() > 0)

    def _ask_print_now(self) -> None:
        """Work out what printing now does to the battery (the planner's what-if), then ask with it."""
        job_id, port = self.selected_job_id(), self.port_combo.currentData()
        if job_id is None or port is None:
            self.progress_label.setText(self.tr("Choose a job and a connected printer first."))
            return
        services = self.ctx.services
        self.print_now_button.setEnabled(False)  # one question at a time
        self.ctx.tasks.run(
            self.tr("Working out what printing now costs"),
            lambda _task: lab_print_now_cost(services.session_factory, services.settings, services.profiles,
                                             job_id, str(port)),
            on_result=lambda cost: self._confirm_print_now(job_id, str(port), self.print_now_text(cost)),
            on_error=lambda exc: self._confirm_print_now(job_id, str(port), self.tr(
                "What printing now does to the battery could not be worked out: {reason}").format(reason=exc)),
            show_progress=False,
        )

    def print_now_text(self, cost: PrintNowCost) -> str:
        """The cost in the planner's figures: "Printing now would take the battery down to 27 % against your
        40 % reserve, around 21:40."
        """
        when = self._clock(cost.low_utc, cost.timezone)
        if cost.is_below_reserve:
            text = self.tr("Printing now would take the battery down to {low:.0f} % against your {reserve:.0f} % "
                           "reserve, around {time}.").format(low=cost.low_pct, reserve=cost.reserve_pct, time=when)
            if cost.is_below_anyway:
                text += " " + self.tr("Without it, the lab's other loads would take it to {without:.0f} % "
                                      "anyway.").format(without=cost.without_pct)
            return text
        return self.tr("Printing now keeps the battery above your {reserve:.0f} % reserve: at its lowest about "
                       "{low:.0f} %, around {time}.").format(low=cost.low_pct, reserve=cost.reserve_pct, time=when)

    def _clock(self, when_utc: datetime, zone_name: str) -> str:
        """21:40 today, "tomorrow 06:15", or the date for later days, in the site's time zone."""
        zone = _zone(zone_name)
        local = when_utc.astimezone(zone)
        days = (local.date() - datetime.now(timezone.utc).astimezone(zone).date()).days
        if days == 0:
            return f"{local:%H:%M}"
        if days == 1:
            return self.tr("tomorrow {time}").format(time=f"{local:%H:%M}")
        return f"{local:%d/%m %H:%M}"

    def _confirm_print_now(self, job_id: int, port: str, cost_text: str) -> None:
        self.print_now_button.setEnabled(self.port_combo.count() > 0)
        job = self._job(job_id)
        question = self.tr("{cost}\n\nStart job #{job} {name} now on {printer}? Check that the bed is clear and "
                           "the filament loaded.").format(cost=cost_text, job=job_id,
                                                          name=job.name if job is not None else "",
                                                          printer=self.port_name(port))
        ask_yes_no(self, self.tr("Print now"), question, object_name="printNowQuestion",
                   on_answer=lambda is_yes: self.print_now(job_id, port) if is_yes else None)

    def print_now(self, job_id: int, port: str) -> None:
        """Start the job on the printer at `port` (in the background: it reads the G-code and talks serial)."""
        printing = self.ctx.services.printing
        self._printing_job = (port, job_id)
        self.progress_label.setText(self.tr("Starting job #{job} on {port}…").format(job=job_id,
                                                                                  port=self.port_name(port)))

        def failed(exc: BaseException) -> None:
            self._printing_job = None
            self.progress_label.setText(str(exc))

        callbacks = on_job_finished(self.ctx.bridge.wrap(lambda outcome, message: self._finished(job_id, outcome,
                                                                                                 message)))
        self.ctx.tasks.run(self.tr("Starting the print"),
                           lambda task: printing.start_job(port, job_id, callbacks=callbacks),
                           on_result=lambda _: self.refresh(), on_error=failed, show_progress=False)

    def _finished(self, job_id: int, outcome: str, message: str) -> None:
        """The job's end is recorded (what it used is booked on it): say so and re-plan the rest."""
        if self._printing_job is not None and self._printing_job[1] == job_id:
            self._printing_job = None
        self.progress_label.setText(self.tr("Job #{job} finished: {outcome}. {message}").format(
            job=job_id, outcome=outcome, message=message).strip())
        self.refresh()

    def _show_progress(self) -> None:
        snapshots = self.ctx.services.printing.snapshots()
        printing = [s for s in snapshots if s.job_id is not None and s.state in ACTIVE_PRINTER_STATES]
        if printing:
            lines = []
            for s in printing:
                remaining = self.tr(", about {min:.0f} min left").format(min=s.remaining_s / 60.0) \
                    if s.remaining_s is not None else ""
                lines.append(self.tr("#{job} {name} on {port}: {pct:.0f} %, layer {layer}{remaining}").format(
                    job=s.job_id, name=s.job_name, port=s.port, pct=s.percent, layer=s.layer,
                    remaining=remaining))
                if s.hold_kind:
                    lines.append(hold_text(s))
            self.progress_label.setText("\n".join(lines))
        elif self._was_printing and self._printing_job is None:
            # A print the dispatcher started has ended: say how, and re-plan what is left.
            results = [f"{s.port}: {s.last_result}" for s in snapshots if s.last_result]
            self.progress_label.setText(self.tr("Print ended. {results}").format(results="; ".join(results)).strip())
            self.refresh()
        self._was_printing = bool(printing)
        if self.port_combo.count() != len(snapshots):
            self._fill_ports()

    def _select_job(self, job_id: int) -> None:
        for row in range(self.job_list.count()):
            if self.job_list.item(row).data(Qt.ItemDataRole.UserRole) == job_id:
                self.job_list.setCurrentRow(row)

    def _run_then_refresh(self, title: str, work: Any) -> None:
        self.ctx.tasks.run(
            title,
            lambda task: work(),
            on_result=lambda _: self.refresh(),
            on_error=lambda exc: self.summary.setText(str(exc)),
            show_progress=False,
        )

    def _reorder(self) -> None:
        ids = [int(self.job_list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.job_list.count())]
        services = self.ctx.services
        self._run_then_refresh(self.tr("Reordering"), lambda: reorder_jobs(services.session_factory, ids))

    def _pin(self, job_id: int, start: datetime, printer: str) -> None:
        services = self.ctx.services
        known = self._timeline.known_printers if self._timeline is not None else ()
        chosen = printer if printer in known else None
        self._run_then_refresh(self.tr("Pinning"), lambda: pin_job(services.session_factory, job_id, start, chosen))

    def _unpin(self) -> None:
        item = self.job_list.currentItem()
        if item is None:
            return
        job_id = int(item.data(Qt.ItemDataRole.UserRole))
        services = self.ctx.services
        self._run_then_refresh(self.tr("Unpinning"), lambda: unpin_job(services.session_factory, job_id))

    # ---- adding and automatic dispatch ---------------------------------------------------------

    def _add_gcode(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Queue a G-code file"), "",
                                              self.tr("G-code (*.gcode *.gco *.g)"))
        if not path:
            return
        services = self.ctx.services
        # The profiles come from the database: read them in the background, then ask.
        self.ctx.tasks.run(
            self.tr("Reading the printer profiles"),
            lambda task: printer_profile_choices(services.session_factory, services.profiles),
            on_result=lambda choices: self._ask_profile(Path(path), choices),
            on_error=lambda exc: self._show_queue_error(str(exc)),
            show_progress=False,
        )

    def _ask_profile(self, path: Path, choices: list[ProfileChoice]) -> None:
        """Which printer the file was sliced for (it is checked against that profile before it is queued),
        its priority and when it is needed by."""
        zone = self._timeline.timezone if self._timeline is not None else "UTC"
        dialog = QueueFileDialog(path.name, choices, zone, self)
        # Asked from a task's callback: open() returns at once, so other callbacks keep coming meanwhile.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda profile_id, priority, deadline: self.queue_file(
            path, profile_id, priority=priority, deadline_utc=deadline))
        dialog.open()

    def queue_file(self, path: Path, printer_profile_id: str, *, priority: int = 0,
                   deadline_utc: datetime | None = None) -> None:
        """Check `path` for the profile and queue it (in the background); an unsafe file is refused, with its line."""
        services = self.ctx.services
        self.empty_message.setText("")
        self.ctx.tasks.run(
            self.tr("Checking and analysing the G-code"),
            lambda task: queue_gcode_file(
                services.session_factory, services.blobs, services.profiles, path,
                printer_profile_id=printer_profile_id, priority=priority, deadline_utc=deadline_utc,
            ),
            on_result=lambda job_id: self.show_job(int(job_id)),
            on_error=lambda exc: self._show_queue_error(str(exc)),
            show_progress=False,
        )

    def _show_queue_error(self, message: str) -> None:
        self.summary.setText(message)
        self.empty_message.setText(message)

    def _toggle_dispatch(self, is_on: bool) -> None:
        if is_on:
            self.dispatch.start()
            self.summary.setText(self.tr("Prints start on their own at their planned time on connected printers."))
        else:
            self.dispatch.stop()

    def _dispatch_event(self, event: DispatchEvent) -> None:
        self.summary.setText(event.message)
        self.refresh()

    def _plan_changed(self, message: str) -> None:
        self.summary.setText(message)
        self.refresh()

    def _ask_from_worker(self, question: str) -> bool:
        """Called on the dispatch thread: ask on the GUI thread and wait (no answer in 2 min means no)."""
        answer = {"is_yes": False}
        done = threading.Event()
        asked: list[QMessageBox] = []

        def show() -> None:
            # open(), not exec(): the question waits for the operator without keeping the bridge in
            # this callback, so printers' progress goes on reaching the window meanwhile.
            def answered(is_yes: bool) -> None:
                answer["is_yes"] = is_yes
                done.set()

            box = ask_yes_no(self, self.tr("Battery"), question, object_name="batteryQuestion", on_answer=answered)
            box.destroyed.connect(lambda *_: done.set())  # the window closed: nobody will answer
            asked.append(box)

        def withdraw() -> None:
            # Too late to answer: the dispatcher has taken it as a no, so the question goes away.
            for box in asked:
                if shiboken6.isValid(box) and box.isVisible():
                    box.done(int(QMessageBox.StandardButton.No))

        self.ctx.bridge.post(show)
        if not done.wait(BATTERY_QUESTION_WAIT_S):
            self.ctx.bridge.post(withdraw)
        return answer["is_yes"]
