"""The simulated printer on a real pseudo-terminal (POSIX only): pyserial opens its slave like a USB port.

This is how other hosts (OctoPrint, Pronterface, a shell with `screen`) are tried against the
simulator; inside Heliofab the `sim://` URL does the same on every OS. The firmware, the pacing and
the faults live in `PrinterEngine`; this front end only moves bytes between the pty and the engine.
One reader thread owns the master end. `unplug()` closes the master, which pyserial sees as the
cable being pulled; `replug()` makes a fresh pty and moves the `--link` symlink to it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from i18n import _
from printers.sim.engine import UNPLUG_WAIT_S, EngineControls, PrinterEngine
from printers.sim.faults import FaultInjector, FaultSpec
from printers.sim.firmware import SimConfig, SimFirmware

_STANDARD_RATES = (9600, 19200, 38400, 57600, 115200, 230400)


class SimulatedPrinterError(Exception):
    """The simulated printer could not start (no pty on this system, or the link path is taken)."""


def require_pty() -> None:
    """Raise SimulatedPrinterError on systems without pseudo-terminals (Windows)."""
    if os.name != "posix" or sys.platform == "win32":
        raise SimulatedPrinterError(_(
            "The pseudo-terminal simulator needs a POSIX system (Linux, macOS): use --port sim:// instead, it works "
            "everywhere."
        ))


class SimulatedPrinter(EngineControls):
    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        faults: FaultSpec | None = None,
        seed: int = 0,
        link_path: Path | None = None,
        log_path: Path | None = None,
    ) -> None:
        self.engine = PrinterEngine(config, faults=faults, seed=seed, log_path=log_path)
        self.link_path = link_path
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._reader: threading.Thread | None = None
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_name = ""
        self._wake_r, self._wake_w = -1, -1
        self._is_close_requested = False
        self._closed = threading.Event()

    @property
    def config(self) -> SimConfig:
        return self.engine.config

    @property
    def firmware(self) -> SimFirmware:
        return self.engine.firmware

    @property
    def injector(self) -> FaultInjector:
        return self.engine.injector

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> str:
        """Open the pty and start answering; returns the port path to open."""
        require_pty()
        self._wake_r, self._wake_w = os.pipe()
        self._open_pty()
        self.engine.start()
        self.engine.attach(self)
        self._reader = threading.Thread(target=self._read_loop, name="sim-printer-pty", daemon=True)
        self._reader.start()
        return self.port

    @property
    def port(self) -> str:
        return str(self.link_path) if self.link_path is not None else self._slave_name

    @property
    def device_path(self) -> str:
        """The pty slave itself (what `--link` points at)."""
        return self._slave_name

    def stop(self) -> None:
        """Stop the engine, stop and join the reader, close the pty, remove the link, flush the log."""
        self.engine.stop()
        self._stop.set()
        self._wake()
        if self._reader is not None:
            self._reader.join(timeout=5.0)
            self._reader = None
        with self._lock:
            self._close_pty_locked()
        for fd in (self._wake_r, self._wake_w):
            if fd >= 0:
                os.close(fd)
        self._wake_r = self._wake_w = -1
        if self.link_path is not None:
            with contextlib.suppress(FileNotFoundError):
                if self.link_path.is_symlink():
                    self.link_path.unlink()

    def __enter__(self) -> SimulatedPrinter:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _open_pty(self) -> SimulatedPrinter:
        import fcntl
        import tty

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
                with self._lock:
                    self._close_pty_locked()
                raise SimulatedPrinterError(_("{path} already exists and is not a link: choose another --link "
                                              "path.").format(path=self.link_path))
            os.symlink(self._slave_name, tmp)
            os.replace(tmp, self.link_path)
        self._wake()  # the reader now watches the new master
        return self

    def _close_pty_locked(self) -> None:
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None

    def _wake(self) -> None:
        if self._wake_w >= 0:
            with contextlib.suppress(OSError):
                os.write(self._wake_w, b"x")

    # -- the engine's view of the wire (SimLink) ---------------------------------------------

    def deliver(self, data: bytes) -> None:
        with self._lock:
            master = self._master
            if master is None:
                return
            try:
                os.write(master, data)
            except OSError:
                pass  # nobody reading (host gone or buffer full): a real printer's words are lost too

    def drop(self) -> None:
        # The reader thread closes the fds: closing them here could pull an fd out from under its select().
        with self._lock:
            if self._master is None:
                return
            self._is_close_requested = True
            self._closed.clear()
        self._wake()
        self._closed.wait(UNPLUG_WAIT_S)

    # -- test and demo controls (the rest come from EngineControls) ----------------------------

    def replug(self, *, is_reset: bool = False) -> str:
        """Plug the cable back in (a new pty); `is_reset` restarts the board as Arduino boards do."""
        self.engine.replug(is_reset=is_reset, connect=self._open_pty)
        return self.port

    # -- the reader thread ----------------------------------------------------------------------

    def _read_loop(self) -> None:
        import select

        while not self._stop.is_set():
            with self._lock:
                if self._is_close_requested:
                    self._is_close_requested = False
                    self._close_pty_locked()
                    self._closed.set()
                master = self._master
            fds = [self._wake_r] + ([master] if master is not None else [])
            try:
                readable, _, _ = select.select(fds, [], [])
            except (OSError, ValueError):
                # The master was closed and replaced between the lock and select: look again.
                continue
            if self._wake_r in readable:
                os.read(self._wake_r, 4096)
            if master is None or master not in readable:
                continue
            try:
                data = os.read(master, 65536)
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK):
                    # EIO: no process has the slave open; wait to be woken rather than spin on it.
                    select.select([self._wake_r], [], [], 0.05)
                continue
            if data:
                self.engine.receive(data, is_baud_right=self._is_host_baud_right(master))

    def _is_host_baud_right(self, master: int) -> bool:
        import termios

        port_baud = self.config.port_baud
        if port_baud is None:
            return True
        # The pty's termios is shared by both ends: the master sees the rate pyserial set on the slave.
        try:
            speed = termios.tcgetattr(master)[4]
        except termios.error:
            return True
        expected = getattr(termios, f"B{port_baud}", None)
        if expected is None:
            standard = {getattr(termios, f"B{rate}") for rate in _STANDARD_RATES if hasattr(termios, f"B{rate}")}
            return speed not in standard  # a non-standard rate (250000) is set as a custom speed
        return bool(speed == expected)


@contextlib.contextmanager
def running_simulator(config: SimConfig | None = None, **kwargs: object) -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter(config, **kwargs)  # type: ignore[arg-type]
    printer.start()
    try:
        yield printer
    finally:
        printer.stop()
