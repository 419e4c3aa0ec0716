"""Runs core work in the background with a progress bar and a cancel button in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.tasks import TaskCancelledError, TaskContext, TaskHandle, TaskProgress, TaskRunner
from ui.bridge import GuiBridge


class TaskPanel(QWidget):
    """Shows the newest running task; hidden when nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._handle: TaskHandle | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def track(self, handle: TaskHandle) -> None:
        self._handle = handle
        self.label.setText(handle.title)
        self.bar.setRange(0, 0)
        self.show()

    def update_progress(self, progress: TaskProgress) -> None:
        if self._handle is None or progress.task_id != self._handle.task_id:
            return
        if progress.fraction < 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(progress.fraction * 1000))
        if progress.message:
            self.label.setText(f"{self._handle.title}: {progress.message}")

    def finish(self, handle: TaskHandle) -> None:
        if self._handle is not None and handle.task_id == self._handle.task_id:
            self._handle = None
            self.hide()

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()


class GuiTasks(QObject):
    """Submits work to the core TaskRunner and hands results back on the GUI thread."""

    task_failed = Signal(str, str)  # title, message

    def __init__(self, runner: TaskRunner, bridge: GuiBridge, panel: TaskPanel) -> None:
        super().__init__()
        self._runner = runner
        self._bridge = bridge
        self._panel = panel

    def run(
        self,
        title: str,
        work: Callable[[TaskContext], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        show_progress: bool = True,
    ) -> TaskHandle:
        def done(handle: TaskHandle) -> None:
            if show_progress:
                self._panel.finish(handle)
            if handle.future.cancelled():  # dropped unstarted at shutdown: nobody waits for it
                return
            exc = handle.future.exception()
            if exc is None:
                if on_result is not None and _receiver_alive(on_result):
                    on_result(handle.future.result())
            elif isinstance(exc, TaskCancelledError):
                return
            elif on_error is not None:
                if _receiver_alive(on_error):
                    on_error(exc)
            else:
                self.task_failed.emit(title, str(exc))

        try:
            handle = self._runner.submit(
                title,
                work,
                on_progress=self._bridge.wrap(self._panel.update_progress) if show_progress else None,
                on_done=self._bridge.wrap(done),
            )
        except RuntimeError:
            # The runner is shut down (the app is closing): a late timer's work is simply dropped.
            dropped: Future[Any] = Future()
            dropped.cancel()
            return TaskHandle(0, title, TaskContext(0, None), dropped)
        if show_progress:
            self._panel.track(handle)
        return handle


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget already deleted (a dialog closed before its
    background work finished): its result has nowhere to go."""
    method = callback.func if isinstance(callback, partial) else callback
    owner = getattr(method, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
