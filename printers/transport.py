"""The serial line itself: open a port with clear errors, read whole lines, write frames.

A port is a name handed to pyserial, never a file to test for: `COM12` and `\\\\.\\COM12` on
Windows, `/dev/ttyUSB0` on Linux, `sim://` for the simulated printer. Everything is opened through
`serial.serial_for_url`, so URL schemes registered with `register_url_handlers` open like cables.
"""

from __future__ import annotations

import errno
import re
import threading
from collections.abc import Iterable
from types import ModuleType

import serial

from i18n import _

COMMON_BAUDS = (115200, 250000, 57600, 230400, 38400, 19200)

# Packages whose `protocol_<scheme>` modules pyserial may open; the simulated printer's is always there.
SIM_PRINTER_HANDLERS = "printers.sim.urlhandler"

_PORTS_HINT = "pick a port from `heliofab printers ports`"


class PortError(Exception):
    """The port can't be used: missing, busy, not allowed. The message says what to do."""


class LinkLostError(Exception):
    """The port went away while open (cable pulled, printer switched off)."""


class PortNameError(serial.SerialException):
    """A URL handler refuses a port name or its options; the message is the sentence to show as it is."""


def register_url_handlers(packages: Iterable[str] = (SIM_PRINTER_HANDLERS,)) -> None:
    """Let pyserial open the URL schemes these packages provide (pyserial's documented extension point)."""
    for package in packages:
        if package not in serial.protocol_handler_packages:
            serial.protocol_handler_packages.append(package)


def url_handler(port: str) -> ModuleType | None:
    """The module pyserial would open a `scheme://` port with, or None for a plain port name or an unknown scheme."""
    import importlib

    if "://" not in port:
        return None
    register_url_handlers()
    scheme = port.split("://", 1)[0].lower()
    for package in serial.protocol_handler_packages:
        try:
            importlib.import_module(package)
            return importlib.import_module(f".protocol_{scheme}", package)
        except ImportError:
            continue
    return None


def open_serial(port: str, baud: int, *, timeout_s: float | None, write_timeout_s: float | None = None,
                is_exclusive: bool = True, device: str = "printer") -> serial.Serial:
    """Open any port pyserial knows, by name or URL. Raises PortError with the sentence to show
    (`device` names what should be plugged into it: "printer", "charge controller").
    A URL handler's port (`sim://`) is not a `serial.Serial` but has its methods, which is all
    the callers use.

    `is_exclusive` locks a POSIX device against a second program (Windows always does so itself;
    URL handlers ignore it or, like the simulators, refuse a second host on their own).
    """
    register_url_handlers()
    try:
        return serial.serial_for_url(
            port, baud, timeout=timeout_s, write_timeout=write_timeout_s, exclusive=True if is_exclusive else None
        )
    except (serial.SerialException, OSError, ValueError) as exc:
        raise PortError(describe_open_error(port, exc, device=device)) from exc


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
        self._serial = open_serial(self.port, self.baud, timeout_s=self._read_timeout_s, write_timeout_s=5.0)
        try:
            self._serial.reset_input_buffer()
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise PortError(describe_open_error(self.port, exc)) from exc

    @property
    def is_open(self) -> bool:
        return self._serial is not None and self._serial.is_open

    def read_lines(self) -> list[bytes]:
        """Whatever whole lines arrived within the read timeout (possibly none)."""
        port = self._serial
        if port is None:
            raise LinkLostError(_("The port is closed."))
        try:
            waiting = port.in_waiting
            data = port.read(waiting if waiting > 0 else 1)
        except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
            raise LinkLostError(_("The connection to {port} was lost: {error}").format(
                    port=self.port, error=exc)) from exc
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
            raise LinkLostError(_("The port is closed."))
        with self._write_lock:
            try:
                port.write(data)
            except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
                raise LinkLostError(_("The connection to {port} was lost while writing: {error}").format(
                        port=self.port, error=exc)) from exc

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass  # already gone (unplugged): nothing left to release


# Windows reports the system error inside the text: "could not open port 'COM12':
# FileNotFoundError(2, 'The system cannot find the file specified.', None, 2)". The last number is the
# Windows error code, which says more than the errno before it.
_WINDOWS_ERROR = re.compile(r"""(\w+Error)\((\d+), (['"])(.*?)\3, None, (\d+)\)""")
_WIN_FILE_NOT_FOUND, _WIN_ACCESS_DENIED, _WIN_GEN_FAILURE, _WIN_SEM_TIMEOUT, _WIN_NOT_CONNECTED = 2, 5, 31, 121, 1167
_WIN_BAD_NAME = (3, 87, 123)  # path not found, parameter is incorrect, bad file name syntax


def describe_open_error(port: str, exc: BaseException, *, device: str = "printer") -> str:
    """One sentence for an operator: what went wrong opening `port` and what to do next."""
    if isinstance(exc, PortNameError):
        return str(exc)
    text = str(exc)
    if isinstance(exc, ValueError) and "protocol" in text:
        return (f"{port} is not a port Heliofab can open: give one such as COM3 or /dev/ttyUSB0 "
                "(see `heliofab printers ports`), or sim:// for the simulated printer.")
    windows = _WINDOWS_ERROR.search(text)
    if windows is not None:
        return _describe_windows_error(port, int(windows.group(5)), windows.group(4), device)
    code = getattr(exc, "errno", None)
    if code in (errno.EBUSY, errno.EAGAIN) or "exclusively lock" in text or "busy" in text.lower():
        return f"{port} is busy: another program (or another Heliofab window) is using it; close that first."
    if code == errno.EACCES or "Permission denied" in text:
        return (f"Not allowed to open {port}: add your user to the 'dialout' group (then log out and in), "
                "or run as an allowed user.")
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO) or "No such file" in text:
        return f"There is no port {port}: plug the {device} in, or {_PORTS_HINT}."
    # A path to a regular file (or a disk, a pipe) opens, then pyserial's termios call fails:
    # "Could not configure port: (25, 'Inappropriate ioctl for device')" (ENOTTY).
    if code == errno.ENOTTY or _is_not_a_tty(text):
        return (f"{port} is not a serial port (it is a file or another kind of device): give the {device}'s port, "
                f"such as COM3 or /dev/ttyUSB0, or {_PORTS_HINT}.")
    return f"Could not open {port}: {text}. Check the cable and {_PORTS_HINT}."


def _is_not_a_tty(text: str) -> bool:
    return "Inappropriate ioctl" in text or f"({errno.ENOTTY}, " in text


def _describe_windows_error(port: str, winerror: int, reason: str, device: str) -> str:
    if winerror == _WIN_FILE_NOT_FOUND:
        return f"There is no port {port}: plug the {device} in, or {_PORTS_HINT}."
    if winerror == _WIN_ACCESS_DENIED:
        # Windows answers "Access is denied" when another program holds the port open.
        return (f"{port} is busy: another program (Cura, the Arduino IDE, another Heliofab window) is using it; "
                "close that first.")
    if winerror in _WIN_BAD_NAME:
        return f"{port} is not a port name Windows knows: write it like COM3, or {_PORTS_HINT}."
    if winerror in (_WIN_GEN_FAILURE, _WIN_SEM_TIMEOUT, _WIN_NOT_CONNECTED):
        return (f"{port} is there but its device does not answer: unplug the USB cable, wait five seconds "
                "and plug it in again.")
    return f"Could not open {port}: {reason.rstrip('.')}. Check the cable and {_PORTS_HINT}."
