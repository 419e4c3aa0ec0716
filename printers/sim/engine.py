"""The simulated printer's life, whatever wire it hangs on: firmware, cable, pacing and faults.

One thread owns the firmware model. Host bytes come in through `receive()` (from whichever
thread the wire delivers them on), replies leave through the attached `SimLink`, optionally paced
like a real wire (10 bits a byte at the configured baud, each direction on its own). The thread
sleeps on a condition until the next firmware event or until something arrives: no polling.

The cable is modelled apart from the host: `unplug()` (or a `disconnect` fault) drops the link
and keeps the firmware's state and power; `replug()` lets a host attach again. Front ends (a
pseudo-terminal, a pyserial URL) only move bytes.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from printers.sim.faults import FaultInjector, FaultSpec
from printers.sim.firmware import ExecutedCommand, SimConfig, SimFirmware

UNPLUG_WAIT_S = 5.0
LOG_FLUSH_EVERY_S = 1.0
MAX_WAIT_S = 0.5


class SimLink(Protocol):
    """The host's end of the wire, as the engine sees it."""

    def deliver(self, data: bytes) -> None:
        """Bytes from the printer to the host; must not block (a real UART drops what nobody reads)."""

    def drop(self) -> None:
        """The cable is gone: the host's next read or write fails."""


class PrinterEngine:
    """A simulated Marlin board with its cable; `start()` runs it, `stop()` ends it."""

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        faults: FaultSpec | None = None,
        seed: int = 0,
        log_path: Path | None = None,
        thread_name: str = "sim-printer",
    ) -> None:
        self.config = config or SimConfig()
        self.injector = FaultInjector(faults or FaultSpec(), seed)
        self.firmware = SimFirmware(self.config, self.injector, time.monotonic())
        self.log_path = log_path
        self._thread_name = thread_name
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._is_stopping = False
        self._has_news = False
        self._is_plugged = True
        self._is_unplug_requested = False
        self._is_dropping = False
        self._link: SimLink | None = None
        self._rx = bytearray()
        self._arrived: deque[tuple[float, bytes]] = deque()  # whole lines with the time they finish arriving
        self._outgoing: deque[tuple[float, bytes]] = deque()  # replies with the time they may be written
        self._rx_wire_free_s = 0.0
        self._tx_wire_free_s = 0.0
        self._log_written = 0
        self.disconnects = 0

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self._thread_name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop flag, join the thread, flush the log. The front end closes its own wire after this."""
        with self._cond:
            self._is_stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            self._thread = None
        self.flush_log()

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the wire --------------------------------------------------------------------------

    @property
    def is_plugged(self) -> bool:
        with self._cond:
            return self._is_plugged

    def attach(self, link: SimLink) -> bool:
        """A host connects over the cable; False (and nothing attached) while it is unplugged."""
        with self._cond:
            if not self._is_plugged:
                return False
            self._clear_wire()
            self._link = link
            self._wake_locked()
            return True

    def detach(self, link: SimLink) -> None:
        """The host closed its port: the printer keeps running, its words go nowhere. Lines that
        reached the board before the close still run, as on a real UART (the host's last words are
        often the heaters-off lines it sends before closing)."""
        with self._cond:
            if self._link is link:
                self._link = None
                self._rx.clear()
                self._outgoing.clear()
                self._wake_locked()

    def receive(self, data: bytes, *, is_baud_right: bool = True) -> None:
        """Bytes the host wrote reach the board's UART."""
        with self._cond:
            if not self._is_plugged or self._link is None or not data:
                return
            now = time.monotonic()
            if not is_baud_right:
                # A host at the wrong rate: the UART sees framing errors both ways.
                self._outgoing.append((now, bytes(b ^ 0xA5 for b in data[:16])))
                self._wake_locked()
                return
            self._rx.extend(data)
            while True:
                end = self._rx.find(b"\n")
                cr = self._rx.find(b"\r")
                if cr != -1 and (end == -1 or cr < end):
                    end = cr
                if end == -1:
                    break
                line = bytes(self._rx[: end + 1])
                del self._rx[: end + 1]
                self.firmware.on_bytes_arrived(line)
                if self.config.baud:
                    self._rx_wire_free_s = max(self._rx_wire_free_s, now) + len(line) * 10 / self.config.baud
                    self._arrived.append((self._rx_wire_free_s, line))
                else:
                    self._arrived.append((now, line))
            self._wake_locked()

    def unplug(self) -> None:
        """Pull the cable: the host's next read fails; the printer keeps its state and power."""
        with self._cond:
            if not self._is_plugged:
                return
            self._is_unplug_requested = True
            self._wake_locked()
            self._cond.wait_for(lambda: not self._is_plugged and not self._is_dropping, timeout=UNPLUG_WAIT_S)

    def replug(self, *, is_reset: bool = False, connect: Callable[[], SimLink] | None = None) -> None:
        """Plug the cable back in; `is_reset` restarts the board as Arduino boards do on a new connection.

        `connect` makes the link of a wire that exists only while plugged (a new pseudo-terminal); it
        is attached in the same step, so the board's first words after a reset reach it.
        """
        with self._cond:
            # The previous link must be fully closed first, or its late close would hit the new one.
            self._cond.wait_for(lambda: not self._is_dropping, timeout=UNPLUG_WAIT_S)
            link = connect() if connect is not None else None
            if is_reset:
                self.firmware.reset()
            self._is_plugged = True
            if link is not None:
                self._clear_wire()
                self._link = link
            self._wake_locked()

    # -- what tests and the operator may look at -------------------------------------------

    def executed(self) -> list[ExecutedCommand]:
        with self._cond:
            return list(self.firmware.executed)

    def executed_commands(self) -> list[str]:
        return [entry.command for entry in self.executed()]

    def set_faults_enabled(self, is_enabled: bool) -> None:
        with self._cond:
            self.injector.set_enabled(is_enabled)

    def fault_counts(self) -> dict[str, int]:
        with self._cond:
            return {kind.value: count for kind, count in self.injector.counts.items()}

    def temperatures(self) -> tuple[float, float]:
        with self._cond:
            return self.firmware.temperatures

    def targets(self) -> tuple[float, float]:
        with self._cond:
            return self.firmware.targets

    def power_w(self) -> float:
        """The printer's draw now (W), from its heaters and motors; callable from any thread."""
        with self._cond:
            return self.firmware.power_w

    def flush_log(self) -> None:
        if self.log_path is None:
            return
        with self._cond:
            entries = self.firmware.executed[self._log_written :]
            self._log_written = len(self.firmware.executed)
        if entries:
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.writelines(f"{'' if e.line_no is None else e.line_no}\t{e.command}\n" for e in entries)

    # -- the thread ---------------------------------------------------------------------------

    def _wake_locked(self) -> None:
        self._has_news = True
        self._cond.notify_all()

    def _clear_wire(self) -> None:
        self._rx.clear()
        self._arrived.clear()
        self._outgoing.clear()

    def _run(self) -> None:
        next_log_flush_s = time.monotonic() + LOG_FLUSH_EVERY_S
        while True:
            dropped: SimLink | None = None
            link: SimLink | None = None
            due = b""
            with self._cond:
                if self._is_stopping:
                    return
                self._has_news = False
                now = time.monotonic()
                if self._is_unplug_requested or self.firmware.flags.disconnect:
                    self._is_unplug_requested = False
                    self.firmware.flags.disconnect = False
                    if self._is_plugged:
                        self._is_plugged = False
                        self.disconnects += 1
                        dropped, self._link = self._link, None
                        self._is_dropping = dropped is not None
                        self._clear_wire()
                    self._cond.notify_all()
                if self._is_plugged:
                    self._step(now)
                    self._has_news = self._has_news or self.firmware.flags.disconnect  # pull the cable at once
                    link = self._link
                    due = self._take_due(now) if link is not None else b""
                timeout = self._next_timeout(now)
            if dropped is not None:
                dropped.drop()
                with self._cond:
                    self._is_dropping = False
                    self._cond.notify_all()
            if due and link is not None:
                link.deliver(due)
            if now >= next_log_flush_s:
                self.flush_log()
                next_log_flush_s = now + LOG_FLUSH_EVERY_S
            with self._cond:
                if not self._has_news and not self._is_stopping:
                    self._cond.wait(timeout)

    def _step(self, now: float) -> None:
        """Feed arrived lines, run the firmware, queue its replies on the wire (lock held)."""
        firmware = self.firmware
        while self._arrived and self._arrived[0][0] <= now and firmware.can_accept:
            _, line = self._arrived.popleft()
            firmware.on_line(line, now)
            if firmware.flags.drain_input:
                break
            firmware.poll(now)
        firmware.poll(now)
        if firmware.flags.drain_input:
            # Marlin's gcode_line_error empties its receive buffer: lines already in it are lost.
            firmware.flags.drain_input = False
            self._rx.clear()
            while self._arrived and self._arrived[0][0] <= now:
                self._arrived.popleft()
        replies, firmware.outbox = firmware.outbox, []
        if self._link is None:
            return  # nobody on the other end: a real printer's words are lost too
        for data in replies:
            if self.config.baud:
                self._tx_wire_free_s = max(self._tx_wire_free_s, now) + len(data) * 10 / self.config.baud
                self._outgoing.append((self._tx_wire_free_s, data))
            else:
                self._outgoing.append((now, data))

    def _take_due(self, now: float) -> bytes:
        chunk = bytearray()
        while self._outgoing and self._outgoing[0][0] <= now:
            chunk += self._outgoing.popleft()[1]
        return bytes(chunk)

    def _next_timeout(self, now: float) -> float | None:
        if not self._is_plugged:
            return None  # nothing happens until the cable is back (replug wakes the thread)
        candidates = [self.firmware.next_event_s()]
        if self._arrived and self.firmware.can_accept:
            candidates.append(self._arrived[0][0])
        if self._outgoing:
            candidates.append(self._outgoing[0][0])
        return min(max(0.0, min(candidates) - now), MAX_WAIT_S)


class EngineControls:
    """What tests, the demo and the operator may do to a simulated printer, whatever its front end."""

    engine: PrinterEngine

    def unplug(self) -> None:
        """Pull the cable: the host's next read fails; the printer keeps its state and power."""
        self.engine.unplug()

    @property
    def is_plugged(self) -> bool:
        return self.engine.is_plugged

    def executed(self) -> list[ExecutedCommand]:
        return self.engine.executed()

    def executed_commands(self) -> list[str]:
        return self.engine.executed_commands()

    def set_faults_enabled(self, is_enabled: bool) -> None:
        self.engine.set_faults_enabled(is_enabled)

    def fault_counts(self) -> dict[str, int]:
        return self.engine.fault_counts()

    def temperatures(self) -> tuple[float, float]:
        return self.engine.temperatures()

    def targets(self) -> tuple[float, float]:
        return self.engine.targets()

    def power_w(self) -> float:
        return self.engine.power_w()
