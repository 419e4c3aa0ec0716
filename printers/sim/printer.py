"""The simulated printer on a real pseudo-terminal: pyserial opens its slave like a USB port.

One thread owns the master end: it reads host bytes, hands whole lines to the firmware model,
and writes the model's replies back, optionally paced like a real wire (10 bits a byte at the
configured baud, each direction on its own). `unplug()` closes the master, which pyserial sees
as the cable being pulled; `replug()` makes a fresh pty and moves the `--link` symlink to it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import select
import termios
import threading
import time
import tty
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from printers.sim.faults import FaultInjector, FaultSpec
from printers.sim.firmware import ExecutedCommand, SimConfig, SimFirmware


_STANDARD_SPEEDS = frozenset(
    getattr(termios, f"B{rate}") for rate in (9600, 19200, 38400, 57600, 115200, 230400) if hasattr(termios, f"B{rate}")
)


class SimulatedPrinterError(Exception):
    """The simulated printer could not start (no pty, or the link path is taken)."""


class SimulatedPrinter:
    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        faults: FaultSpec | None = None,
        seed: int = 0,
        link_path: Path | None = None,
        log_path: Path | None = None,
    ) -> None:
        self.config = config or SimConfig()
        self.injector = FaultInjector(faults or FaultSpec(), seed)
        self.firmware = SimFirmware(self.config, self.injector, time.monotonic())
        self.link_path = link_path
        self.log_path = log_path
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_name = ""
        self._wake_r, self._wake_w = -1, -1
        self._log_written = 0
        self._disconnects = 0

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> str:
        """Open the pty and start answering; returns the port path to open."""
        self._wake_r, self._wake_w = os.pipe()
        self._open_pty()
        self._thread = threading.Thread(target=self._run, name="sim-printer", daemon=True)
        self._thread.start()
        return self.port

    @property
    def port(self) -> str:
        return str(self.link_path) if self.link_path is not None else self._slave_name

    @property
    def device_path(self) -> str:
        """The pty slave itself (what `--link` points at)."""
        return self._slave_name

    def stop(self) -> None:
        """Stop flag, join the thread, close the pty, remove the link, flush the log."""
        self._stop.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            self._thread = None
        self._close_pty()
        for fd in (self._wake_r, self._wake_w):
            if fd >= 0:
                os.close(fd)
        self._wake_r = self._wake_w = -1
        if self.link_path is not None:
            with contextlib.suppress(FileNotFoundError):
                if self.link_path.is_symlink():
                    self.link_path.unlink()
        self._flush_log()

    def __enter__(self) -> SimulatedPrinter:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def _open_pty(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        # The printer's output goes nowhere when no host reads it; never block the firmware on it.
        flags = fcntl.fcntl(master, fcntl.F_GETFL)
        fcntl.fcntl(master, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        with self._lock:
            self._master, self._slave = master, slave
            self._slave_name = os.ttyname(slave)
        if self.link_path is not None:
            tmp = self.link_path.with_name(self.link_path.name + ".tmp")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            if self.link_path.exists() and not self.link_path.is_symlink():
                self._close_pty()
                raise SimulatedPrinterError(f"{self.link_path} already exists and is not a link: choose another --link path.")
            os.symlink(self._slave_name, tmp)
            os.replace(tmp, self.link_path)

    def _close_pty(self) -> None:
        with self._lock:
            fds = [fd for fd in (self._master, self._slave) if fd is not None]
            self._master = self._slave = None
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)

    def _wake(self) -> None:
        if self._wake_w >= 0:
            with contextlib.suppress(OSError):
                os.write(self._wake_w, b"x")

    # -- test and demo controls --------------------------------------------------------------

    def unplug(self) -> None:
        """Pull the cable: the host's next read fails; the printer keeps its state and power."""
        with self._lock:
            self._pending_unplug = True
        self._wake()
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            with self._lock:
                if self._master is None:
                    return
            time.sleep(0.005)

    _pending_unplug = False

    def replug(self, *, is_reset: bool = False) -> str:
        """Plug the cable back in (a new pty); `is_reset` restarts the board as Arduino boards do."""
        with self._lock:
            if is_reset:
                self.firmware.reset()
        self._open_pty()
        self._wake()
        return self.port

    @property
    def is_plugged(self) -> bool:
        with self._lock:
            return self._master is not None

    def executed(self) -> list[ExecutedCommand]:
        with self._lock:
            return list(self.firmware.executed)

    def executed_commands(self) -> list[str]:
        return [entry.command for entry in self.executed()]

    def set_faults_enabled(self, is_enabled: bool) -> None:
        with self._lock:
            self.injector.set_enabled(is_enabled)

    def fault_counts(self) -> dict[str, int]:
        with self._lock:
            return {kind.value: count for kind, count in self.injector.counts.items()}

    def temperatures(self) -> tuple[float, float]:
        with self._lock:
            return self.firmware.temperatures

    def targets(self) -> tuple[float, float]:
        with self._lock:
            return self.firmware.targets

    def _flush_log(self) -> None:
        if self.log_path is None:
            return
        with self._lock:
            entries = self.firmware.executed[self._log_written :]
            self._log_written = len(self.firmware.executed)
        if entries:
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.writelines(f"{'' if e.line_no is None else e.line_no}\t{e.command}\n" for e in entries)

    # -- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        rx = bytearray()
        arrived: deque[tuple[float, bytes]] = deque()  # whole lines with the time they finish arriving
        outgoing: deque[tuple[float, bytes]] = deque()  # replies with the time they may be written
        rx_wire_free_s = tx_wire_free_s = 0.0
        next_log_flush_s = time.monotonic() + 1.0
        while not self._stop.is_set():
            now = time.monotonic()
            with self._lock:
                master = self._master
                if self._pending_unplug or self.firmware.flags.disconnect:
                    self._pending_unplug = False
                    self.firmware.flags.disconnect = False
                    rx.clear()
                    arrived.clear()
                    outgoing.clear()
                    master = None
                    self._disconnects += 1
                if master is None and self._master is not None:
                    self._close_pty_locked()
            if master is not None:
                with self._lock:
                    self._feed(arrived, now)
                    self.firmware.poll(now)
                    if self.firmware.flags.drain_input:
                        # Marlin's gcode_line_error empties its receive buffer: lines already in it are lost.
                        self.firmware.flags.drain_input = False
                        rx.clear()
                        while arrived and arrived[0][0] <= now:
                            arrived.popleft()
                    replies, self.firmware.outbox = self.firmware.outbox, []
                for data in replies:
                    if self.config.baud:
                        tx_wire_free_s = max(tx_wire_free_s, now) + len(data) * 10 / self.config.baud
                        outgoing.append((tx_wire_free_s, data))
                    else:
                        outgoing.append((now, data))
                self._write_due(master, outgoing, now)
            timeout = self._next_timeout(arrived, outgoing, now)
            fds = [self._wake_r] + ([master] if master is not None else [])
            try:
                readable, _, _ = select.select(fds, [], [], timeout)
            except (OSError, ValueError):
                continue
            if self._wake_r in readable:
                os.read(self._wake_r, 4096)
            if master is not None and master in readable:
                try:
                    data = os.read(master, 65536)
                except OSError as exc:
                    if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                        continue
                    data = b""  # EIO: no process has the slave open any more; keep waiting
                    time.sleep(0.01)
                if data and not self._is_host_baud_right(master):
                    # A host at the wrong rate: the UART sees framing errors both ways.
                    with contextlib.suppress(OSError):
                        os.write(master, bytes(b ^ 0xA5 for b in data[:16]))
                    data = b""
                if data:
                    rx.extend(data)
                    now = time.monotonic()
                    while True:
                        end = rx.find(b"\n")
                        cr = rx.find(b"\r")
                        if cr != -1 and (end == -1 or cr < end):
                            end = cr
                        if end == -1:
                            break
                        line = bytes(rx[: end + 1])
                        del rx[: end + 1]
                        with self._lock:
                            self.firmware.on_bytes_arrived(line)
                        if self.config.baud:
                            rx_wire_free_s = max(rx_wire_free_s, now) + len(line) * 10 / self.config.baud
                            arrived.append((rx_wire_free_s, line))
                        else:
                            arrived.append((now, line))
            if now >= next_log_flush_s:
                self._flush_log()
                next_log_flush_s = now + 1.0

    def _is_host_baud_right(self, master: int) -> bool:
        if self.config.port_baud is None:
            return True
        # The pty's termios is shared by both ends: the master sees the rate pyserial set on the slave.
        speed = termios.tcgetattr(master)[4]
        expected = getattr(termios, f"B{self.config.port_baud}", None)
        if expected is None:
            return speed not in _STANDARD_SPEEDS  # a non-standard rate (250000) is set as a custom speed
        return bool(speed == expected)

    def _close_pty_locked(self) -> None:
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None

    def _feed(self, arrived: deque[tuple[float, bytes]], now: float) -> None:
        while arrived and arrived[0][0] <= now and self.firmware.can_accept:
            _, line = arrived.popleft()
            self.firmware.on_line(line, now)
            if self.firmware.flags.drain_input:
                return
            self.firmware.poll(now)

    def _write_due(self, master: int, outgoing: deque[tuple[float, bytes]], now: float) -> None:
        chunk = bytearray()
        while outgoing and outgoing[0][0] <= now:
            chunk += outgoing.popleft()[1]
        if not chunk:
            return
        try:
            os.write(master, bytes(chunk))
        except OSError:
            pass  # nobody reading (host gone or buffer full): a real printer's words are lost too

    def _next_timeout(self, arrived: deque[tuple[float, bytes]], outgoing: deque[tuple[float, bytes]], now: float) -> float:
        with self._lock:
            candidates = [self.firmware.next_event_s()]
            can_feed = self.firmware.can_accept
        if arrived and can_feed:
            candidates.append(arrived[0][0])
        if outgoing:
            candidates.append(outgoing[0][0])
        return min(max(0.0, min(candidates) - now), 0.5)


@contextlib.contextmanager
def running_simulator(config: SimConfig | None = None, **kwargs: object) -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter(config, **kwargs)  # type: ignore[arg-type]
    printer.start()
    try:
        yield printer
    finally:
        printer.stop()
