from __future__ import annotations

import threading

from app.tasks import TaskCancelledError, TaskContext, TaskRunner, TaskState


def test_progress_result_and_cancel() -> None:
    runner = TaskRunner(max_workers=2)
    seen: list[float] = []
    done = threading.Event()

    def work(ctx: TaskContext) -> int:
        for i in range(5):
            ctx.progress(i / 5, f"step {i}")
        return 42

    handle = runner.submit("count", work, on_progress=lambda p: seen.append(p.fraction), on_done=lambda h: done.set())
    assert handle.future.result(timeout=5) == 42
    assert done.wait(5)
    assert seen == [0.0, 0.2, 0.4, 0.6, 0.8]
    assert handle.state is TaskState.SUCCEEDED

    started = threading.Event()
    release = threading.Event()

    def slow(ctx: TaskContext) -> None:
        started.set()
        release.wait(5)
        ctx.check_cancelled()

    handle = runner.submit("slow", slow)
    assert started.wait(5)
    handle.cancel()
    release.set()
    try:
        handle.future.result(timeout=5)
    except TaskCancelledError:
        pass
    assert handle.state is TaskState.CANCELLED
    runner.shutdown()
