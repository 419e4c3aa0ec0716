"""Exactly-once as a property: the sender against the firmware model, with random faults, no pty.

A discrete-event loop on a fake clock: frames go to the firmware model with line noise, lost
lines and spurious resends; replies come back with lost and garbled `ok`s and busy storms.
Whatever the seed and the rates, the firmware runs the job's lines once each, in order.
"""

from __future__ import annotations

from collections import deque

from hypothesis import given, settings
from hypothesis import strategies as st

from printers.protocol import parse_reply
from printers.sender import LinkPolicy, Sender
from printers.sim.faults import FaultInjector, FaultKind, FaultSpec
from printers.sim.firmware import SimConfig, SimFirmware

LATENCY_S = 0.001


def run_link(job: list[str], *, spec: FaultSpec, seed: int, is_advanced_ok: bool) -> list[str]:
    faults = FaultInjector(spec, seed)
    firmware = SimFirmware(SimConfig(is_advanced_ok=is_advanced_ok, wait_after_s=1.0), faults, now_s=0.0)
    sender = Sender(LinkPolicy(ok_timeout_s=3.0, resend_grace_s=0.5), now_s=0.0)
    sender.enqueue_host("M110 N0")
    sender.enqueue_job([(command, index) for index, command in enumerate(job)])
    now = 0.0
    to_printer: deque[tuple[float, bytes]] = deque()
    to_host: deque[tuple[float, bytes]] = deque()
    for _ in range(200_000):
        sender.on_tick(now)
        for line in sender.frames_to_send(now):
            to_printer.append((now + LATENCY_S, line.frame))
        while to_printer and to_printer[0][0] <= now and firmware.can_accept:
            firmware.on_line(to_printer.popleft()[1], now)
            if firmware.flags.drain_input:
                firmware.flags.drain_input = False
                while to_printer and to_printer[0][0] <= now:
                    to_printer.popleft()  # Marlin flushes what already sits in its receive buffer
        firmware.poll(now)
        for data in firmware.outbox:
            to_host.append((now + LATENCY_S, data))
        firmware.outbox = []
        has_replies = bool(to_host) and to_host[0][0] <= now
        while to_host and to_host[0][0] <= now:
            sender.on_reply(parse_reply(to_host.popleft()[1].decode("ascii", errors="replace")), now)
        if has_replies:
            continue  # the session's reader wakes the writer at once
        if sender.is_idle and not to_printer and not to_host:
            break
        events = [t for t, _ in list(to_printer)[:1] + list(to_host)[:1]]
        deadline = sender.next_deadline_s()
        events += [deadline] if deadline is not None else []
        events.append(firmware.next_event_s())
        now = max(now + 1e-6, min(events))
    assert sender.is_idle, "the link never finished"
    return [entry.command for entry in firmware.executed if not entry.command.startswith("M110")]


rates = st.floats(min_value=0.0, max_value=0.05)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**16),
    corrupt=rates,
    drop=rates,
    garble=rates,
    lost_ok=rates,
    spurious=rates,
    busy=rates,
    is_advanced_ok=st.booleans(),
)
def test_every_line_runs_once_in_order_whatever_the_faults(
    seed: int, corrupt: float, drop: float, garble: float, lost_ok: float, spurious: float, busy: float,
    is_advanced_ok: bool
) -> None:
    job = [f"G1 X{i % 50} Y{i * 3 % 50} E{i * 0.01:.2f}" for i in range(300)]
    spec = FaultSpec(
        rates={
            FaultKind.CORRUPT: corrupt,
            FaultKind.DROP_LINE: drop,
            FaultKind.GARBLE_REPLY: garble,
            FaultKind.LOST_OK: lost_ok,
            FaultKind.SPURIOUS_RESEND: spurious,
            FaultKind.BUSY_STORM: busy,
        }
    )
    assert run_link(job, spec=spec, seed=seed, is_advanced_ok=is_advanced_ok) == job
