"""The serial line itself: open a port with clear errors, read whole lines, write frames."""

from __future__ import annotations

import errno
import os
import threading

import serial

COMMON_BAUDS = (115200, 250000, 57600, 230400, 38400, 19200)


class PortError(Exception):
    """The port can't be used: missing, busy, not allowed. The message says what to do."""


class LinkLostError(Exception):
    """The port went away while open (cable pulled, printer switched off)."""


class SerialTransport:
    """A pyserial port read by one thread and written by another (pyserial allows that on POSIX)."""

    def __init__(self, port: str, baud: int, *, read_timeout_s: float = 0.1) -> None:
        self.port = port
        self.baud = baud
        self._read_timeout_s = read_timeout_s
        self._serial: serial.Serial | None = None
        self._buffer = bytearray()
        self._write_lock = threading.Lock()

    def open(self) -> None:
        if not os.path.exists(self.port):
            raise PortError(f"There is no port {self.port}: plug the printer in, or pick a port from `heliofab printers ports`.")
        try:
            self._serial = serial.Serial(
                self.port, self.baud, timeout=self._read_timeout_s, write_timeout=5.0, exclusive=True
            )
        except serial.SerialException as exc:
            raise PortError(_explain(self.port, exc)) from exc
        except OSError as exc:
            raise PortError(_explain(self.port, exc)) from exc
        self._serial.reset_input_buffer()

    @property
    def is_open(self) -> bool:
        return self._serial is not None and self._serial.is_open

    def read_lines(self) -> list[bytes]:
        """Whatever whole lines arrived within the read timeout (possibly none)."""
        port = self._serial
        if port is None:
            raise LinkLostError("The port is closed.")
        try:
            waiting = port.in_waiting
            data = port.read(waiting if waiting > 0 else 1)
        except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
            raise LinkLostError(f"The connection to {self.port} was lost: {exc}") from exc
        if not data:
            return []
        self._buffer.extend(data)
        lines: list[bytes] = []
        while True:
            end = self._buffer.find(b"\n")
            if end == -1:
                if len(self._buffer) > 4096:  # a device that never sends a newline: drop its noise
                    lines.append(bytes(self._buffer))
                    self._buffer.clear()
                break
            lines.append(bytes(self._buffer[:end]).rstrip(b"\r"))
            del self._buffer[: end + 1]
        return lines

    def write(self, data: bytes) -> None:
        port = self._serial
        if port is None:
            raise LinkLostError("The port is closed.")
        with self._write_lock:
            try:
                port.write(data)
            except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
                raise LinkLostError(f"The connection to {self.port} was lost while writing: {exc}") from exc

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass  # already gone (unplugged): nothing left to release


def _explain(port: str, exc: BaseException) -> str:
    code = getattr(exc, "errno", None)
    text = str(exc)
    if code in (errno.EBUSY, errno.EAGAIN) or "exclusively lock" in text or "busy" in text.lower():
        return f"{port} is busy: another program (or another Heliofab window) is using it; close that first."
    if code == errno.EACCES or "Permission denied" in text:
        return f"Not allowed to open {port}: add your user to the 'dialout' group (then log out and in), or run as an allowed user."
    if code == errno.ENOENT or "No such file" in text:
        return f"There is no port {port}: plug the printer in, or pick a port from `heliofab printers ports`."
    return f"Could not open {port}: {text}. Check the cable and pick a port from `heliofab printers ports`."
