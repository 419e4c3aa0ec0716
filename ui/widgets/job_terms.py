"""A job's priority and its optional "needed by" time, as the planner takes them.

The time is shown and typed in the site's time zone (the one the plan speaks in), and handed out in UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

DEFAULT_LEAD_H = 24  # a new deadline starts a day ahead: the operator moves it from there


class JobTermsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone_name = "UTC"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.priority_spin = QSpinBox()
        self.priority_spin.setObjectName("jobPrioritySpin")
        self.priority_spin.setRange(-100, 100)
        self.priority_spin.setToolTip(self.tr("Higher prints first (-100 to 100)."))
        self.deadline_check = QCheckBox(self.tr("Needed by"))
        self.deadline_check.setObjectName("jobDeadlineCheck")
        self.deadline_check.setToolTip(self.tr("The planner fits the print in before this time, or says why it can't."))
        self.deadline_edit = QDateTimeEdit()
        self.deadline_edit.setObjectName("jobDeadlineEdit")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy HH:mm")  # digits: the same in every language
        self.deadline_edit.setEnabled(False)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        priority_label = QLabel(self.tr("Priority"))
        priority_label.setBuddy(self.priority_spin)
        layout.addWidget(priority_label)
        layout.addWidget(self.priority_spin)
        layout.addSpacing(8)
        layout.addWidget(self.deadline_check)
        layout.addWidget(self.deadline_edit, 1)
        self.set_terms(0, None)

    def set_zone(self, zone_name: str) -> None:
        """The site's time zone; the time shown keeps its instant."""
        deadline = self.deadline_utc()
        self.zone_name = zone_name
        self._show_time(deadline or _default_deadline())

    def set_terms(self, priority: int, deadline_utc: datetime | None) -> None:
        self.priority_spin.setValue(priority)
        self.deadline_check.setChecked(deadline_utc is not None)
        self._show_time(deadline_utc or _default_deadline())

    def priority(self) -> int:
        return self.priority_spin.value()

    def deadline_utc(self) -> datetime | None:
        if not self.deadline_check.isChecked():
            return None
        shown = self.deadline_edit.dateTime()
        day, time = shown.date(), shown.time()
        local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                         tzinfo=ZoneInfo(self.zone_name))
        return local.astimezone(timezone.utc)

    def _show_time(self, when_utc: datetime) -> None:
        local = when_utc.astimezone(ZoneInfo(self.zone_name))
        self.deadline_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                                 QTime(local.hour, local.minute)))


def _default_deadline() -> datetime:
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    return now.replace(minute=0) + timedelta(hours=DEFAULT_LEAD_H)
