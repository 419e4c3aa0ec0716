"""Background work with progress and cancel, Qt-free; the UI bridge re-delivers callbacks on its thread."""

from __future__ import annotations

import enum
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from i18n import _

log = logging.getLogger(__name__)


class TaskCancelledError(Exception):
    """Raised inside a task when the operator cancelled it."""


class TaskState(enum.Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class TaskProgress:
    task_id: int
    fraction: float  # 0..1, or -1 when unknown
    message: str


class TaskContext:
    """Handed to the work function: report progress, check for cancel."""

    def __init__(self, task_id: int, on_progress: Callable[[TaskProgress], None] | None) -> None:
        self.task_id = task_id
        self._cancel = threading.Event()
        self._on_progress = on_progress

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelledError(_("cancelled by the operator"))

    def progress(self, fraction: float, message: str = "") -> None:
        self.check_cancelled()
        if self._on_progress is not None:
            self._on_progress(TaskProgress(self.task_id, fraction, message))


@dataclass
class TaskHandle:
    task_id: int
    title: str
    context: TaskContext
    future: Future[Any]

    def cancel(self) -> None:
        self.context.cancel()

    @property
    def state(self) -> TaskState:
        if not self.future.done():
            return TaskState.RUNNING
        if self.future.cancelled():
            return TaskState.CANCELLED
        exc = self.future.exception()
        if exc is None:
            return TaskState.SUCCEEDED
        return TaskState.CANCELLED if isinstance(exc, TaskCancelledError) else TaskState.FAILED


class TaskRunner:
    """A small pool (the target laptop has 2 cores) for slicing, imports, sync and planning."""

    def __init__(self, max_workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="heliofab-task")
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._running: dict[int, TaskHandle] = {}

    def submit(
        self,
        title: str,
        work: Callable[[TaskContext], Any],
        *,
        on_progress: Callable[[TaskProgress], None] | None = None,
        on_done: Callable[[TaskHandle], None] | None = None,
    ) -> TaskHandle:
        task_id = next(self._ids)
        context = TaskContext(task_id, on_progress)
        future = self._pool.submit(work, context)
        handle = TaskHandle(task_id, title, context, future)
        with self._lock:
            self._running[task_id] = handle

        def finished(_: Future[Any]) -> None:
            with self._lock:
                self._running.pop(task_id, None)
            if handle.state is TaskState.FAILED:
                # The screen shows the operator one sentence; whoever reads the log needs the traceback.
                log.warning("Background task %r failed", title, exc_info=future.exception())
            if on_done is not None:
                on_done(handle)

        future.add_done_callback(finished)
        return handle

    def running(self) -> list[TaskHandle]:
        with self._lock:
            return list(self._running.values())

    def shutdown(self, *, cancel: bool = True) -> None:
        if cancel:
            for handle in self.running():
                handle.cancel()
        self._pool.shutdown(wait=True, cancel_futures=cancel)
