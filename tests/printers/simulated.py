"""Simulated printers on real pseudo-terminals, and a check that every test closes what it opened.

Imported by the serial tests (fixtures are picked up from the importing module).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator

import pytest

from printers.sender import LinkPolicy
from printers.session import PrintSession, SessionOptions
from printers.sim.faults import FaultSpec
from printers.sim.firmware import SimConfig
from printers.sim.printer import SimulatedPrinter

HOUSEKEEPING = ("M110", "M115", "M155", "M105")

# Short timeouts: the simulator runs at speed 0, so a lost `ok` is noticed quickly.
FAST_OPTIONS = SessionOptions(
    policy=LinkPolicy(ok_timeout_s=0.3, resend_grace_s=0.1),
    connect_timeout_s=3.0,
    hello_retry_s=0.3,
    progress_interval_s=0.05,
)
FAST_SIM = SimConfig(wait_after_s=0.05)


def job_commands(n: int, *, layer_every: int = 0) -> list[str]:
    """Distinct moves, so a lost or doubled line can't hide."""
    lines: list[str] = []
    for i in range(n):
        if layer_every and i % layer_every == 0:
            lines.append(f";LAYER:{i // layer_every}")
        lines.append(f"G1 X{i % 200}.{i % 10} Y{(i * 7) % 200} E{i * 0.01:.3f} F3000")
    return lines


def executed_job_lines(sim: SimulatedPrinter) -> list[str]:
    return [c for c in sim.executed_commands() if not c.startswith(HOUSEKEEPING)]


@pytest.fixture
def nothing_left_open() -> Iterator[None]:
    threads_before = set(threading.enumerate())
    fds_before = set(os.listdir("/proc/self/fd"))
    yield
    leaked = [t.name for t in threading.enumerate() if t not in threads_before and t.is_alive()]
    assert not leaked, f"threads left running: {leaked}"
    leaked_fds = set(os.listdir("/proc/self/fd")) - fds_before
    # One fd may be the listdir handle itself.
    assert len(leaked_fds) <= 1, f"file descriptors left open: {leaked_fds}"


@pytest.fixture
def make_sim() -> Iterator[Callable[..., SimulatedPrinter]]:
    started: list[SimulatedPrinter] = []

    def make(config: SimConfig = FAST_SIM, faults: str = "", seed: int = 7, **kwargs: object) -> SimulatedPrinter:
        sim = SimulatedPrinter(config, faults=FaultSpec.parse(faults), seed=seed, **kwargs)  # type: ignore[arg-type]
        sim.start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture
def make_session() -> Iterator[Callable[..., PrintSession]]:
    sessions: list[PrintSession] = []

    def make(port: str, options: SessionOptions = FAST_OPTIONS, **kwargs: object) -> PrintSession:
        session = PrintSession(port, options=options, **kwargs)  # type: ignore[arg-type]
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
