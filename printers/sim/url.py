"""Simulated devices behind pyserial URLs (`sim://NAME?option=value`), the same on every OS.

pyserial opens a URL with the `Serial` class of a `protocol_<scheme>` module; `SimSerial` is that
class for any simulated device: it finds the device behind the URL, plugs a `HostLink` into it
and reads and writes through it. No pseudo-terminal, no file descriptor: bytes move in memory
and readers wait on a condition.

A URL without a name makes a fresh device for that one open port, stopped when the port closes.
A URL with a name denotes one device in the process (`DeviceTable`), made on first use and kept
across close and open, so a cable pull, a replug and the printer's state behave like a real one's.
"""

from __future__ import annotations

import errno
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from serial.serialutil import PortNotOpenError, SerialBase, SerialException

from i18n import _
from printers.transport import PortNameError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

HOST_BUFFER_BYTES = 65536  # what the host side holds before the oldest bytes are lost (a UART overrun)
_NAME = re.compile(r"[A-Za-z0-9_.-]*")


@dataclass(frozen=True)
class SimUrl:
    scheme: str
    name: str  # "" for a device of its own per open port
    options: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.name}"


def parse_sim_url(url: str, scheme: str, known_options: tuple[str, ...]) -> SimUrl:
    """Read `scheme://[NAME][?option=value&...]`; raises PortNameError with the sentence to show."""
    parts = urlsplit(url)
    if parts.scheme.lower() != scheme:
        raise PortNameError(_("{url} is not a {scheme}:// port.").format(url=url, scheme=scheme))
    name = parts.netloc
    if not _NAME.fullmatch(name) or parts.path.strip("/"):
        raise PortNameError(_(
            "Can't read the name in {url}: write {scheme}://NAME with letters, digits, '-', '_' or '.', or "
            "{scheme}:// alone."
        ).format(url=url, scheme=scheme))
    options: dict[str, str] = {}
    for key, values in parse_qs(parts.query, keep_blank_values=True).items():
        if key not in known_options:
            raise PortNameError(_("{scheme}:// has no option '{key}': use {options}.").format(
                scheme=scheme, key=key, options=", ".join(known_options)))
        options[key] = values[-1]
    return SimUrl(scheme, name, options)


class HostLink:
    """The host's end of one simulated wire: bytes the device delivered and the host has not read yet."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._buffer = bytearray()
        self._is_dropped = False
        self._is_closed = False

    @property
    def is_dropped(self) -> bool:
        with self._cond:
            return self._is_dropped

    def deliver(self, data: bytes) -> None:
        with self._cond:
            if self._is_dropped or self._is_closed:
                return
            self._buffer.extend(data)
            if len(self._buffer) > HOST_BUFFER_BYTES:
                del self._buffer[: len(self._buffer) - HOST_BUFFER_BYTES]
            self._cond.notify_all()

    def drop(self) -> None:
        """The cable is gone: reads fail once what already arrived is read, writes fail at once."""
        with self._cond:
            self._is_dropped = True
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._is_closed = True
            self._cond.notify_all()

    def cancel_read(self) -> None:
        with self._cond:
            self._cond.notify_all()

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._buffer)

    def clear(self) -> None:
        with self._cond:
            self._buffer.clear()

    def read(self, size: int, timeout_s: float | None) -> bytes:
        """Up to `size` bytes, waiting at most `timeout_s` (None: until `size` arrived), as pyserial reads."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        with self._cond:
            while len(self._buffer) < size and not self._is_closed:
                if self._is_dropped:
                    if self._buffer:
                        break
                    raise SerialException(
                        "device reports readiness to read but returned no data (device disconnected or multiple access "
                        "on port?)"
                    )
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                self._cond.wait(remaining)
            data = bytes(self._buffer[:size])
            del self._buffer[:size]
            return data


class SimDevice(Protocol):
    """A simulated device a `SimSerial` port can be plugged into."""

    def connect_host(self) -> HostLink:
        """Plug a host in; raise SerialException (errno ENOENT unplugged, EBUSY taken) when it can't."""

    def disconnect_host(self, link: HostLink) -> None: ...

    def receive_from_host(self, link: HostLink, data: bytes, baudrate: int) -> None:
        """Bytes the host wrote, at the rate its port is set to."""

    def stop(self) -> None: ...

    @property
    def is_plugged(self) -> bool: ...


D = TypeVar("D", bound=SimDevice)


class DeviceTable(Generic[D]):
    """The named devices of one scheme in this process.

    pyserial opens a port from its URL string alone, so the device behind a name has to be found
    by name, the way the OS finds COM12: one table per scheme, for the life of the process.
    """

    def __init__(self, scheme: str, options: tuple[str, ...], make: Callable[[SimUrl], D]) -> None:
        self.scheme = scheme
        self.options = options
        self._make = make
        self._lock = threading.Lock()
        self._devices: dict[str, D] = {}

    def parse(self, url: str) -> SimUrl:
        return parse_sim_url(url, self.scheme, self.options)

    def open(self, url: str) -> tuple[D, bool]:
        """The device behind `url`, made (and started) if need be; True when it belongs to this one open port."""
        parsed = self.parse(url)
        if not parsed.name:
            return self._make(parsed), True
        with self._lock:
            device = self._devices.get(parsed.name)
            if device is None:
                device = self._make(parsed)
                self._devices[parsed.name] = device
            return device, False

    def find(self, url: str) -> D | None:
        parsed = self.parse(url)
        with self._lock:
            return self._devices.get(parsed.name) if parsed.name else None

    def create(self, stem: str, make: Callable[[str], D]) -> D:
        """Make a device under a name no other has (`stem`, then `stem-2`…); `make` gets its URL."""
        with self._lock:
            name, n = stem, 1
            while name in self._devices:
                n += 1
                name = f"{stem}-{n}"
            device = make(f"{self.scheme}://{name}")
            self._devices[name] = device
            return device

    def discard(self, url: str, device: object) -> None:
        """Forget `device` if it is the one named by `url` (a switched-off device leaves the table)."""
        parsed = self.parse(url)
        with self._lock:
            if self._devices.get(parsed.name) is device:
                del self._devices[parsed.name]

    def is_present(self, url: str) -> bool:
        """Whether opening `url` would find a device: a named one while plugged; a new one always."""
        try:
            device = self.find(url)
        except PortNameError:
            return False
        return device is None or device.is_plugged


class SimSerial(SerialBase):
    """A pyserial port onto a simulated device; subclasses name their `table`."""

    BAUDRATES = (9600, 19200, 38400, 57600, 115200, 230400, 250000, 500000, 1000000)
    table: DeviceTable[SimDevice]

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # pyserial's own parameters, passed on as they are
        self._device: SimDevice | None = None
        self._host: HostLink | None = None
        self._is_own_device = False
        super().__init__(*args, **kwargs)

    def open(self) -> None:
        if self.is_open:
            raise SerialException("Port is already open.")
        if self.port is None:
            raise SerialException("Port must be configured before it can be used.")
        self._reconfigure_port()
        device, is_own = self.table.open(str(self.port))
        try:
            host = device.connect_host()
        except BaseException:
            if is_own:
                device.stop()
            raise
        self._device, self._host, self._is_own_device = device, host, is_own
        self.is_open = True

    def close(self) -> None:
        device, host = self._device, self._host
        self.is_open = False
        self._device = self._host = None
        if host is not None:
            host.close()
        if device is not None and host is not None:
            device.disconnect_host(host)
            if self._is_own_device:
                device.stop()

    def _reconfigure_port(self) -> None:
        if not isinstance(self.baudrate, int) or not 0 < self.baudrate < 2**32:
            raise ValueError(f"invalid baudrate: {self.baudrate!r}")

    def _link(self) -> HostLink:
        if not self.is_open or self._host is None:
            raise PortNotOpenError()
        return self._host

    @property
    def in_waiting(self) -> int:
        return self._link().waiting

    def read(self, size: int = 1) -> bytes:
        return self._link().read(size, self.timeout)

    def write(self, data: ReadableBuffer) -> int:
        host = self._link()
        if host.is_dropped:
            raise SerialException(errno.EIO, "write failed: [Errno 5] Input/output error")
        payload = bytes(memoryview(data))  # refuses a str or an int, as pyserial's own ports do
        assert self._device is not None
        self._device.receive_from_host(host, payload, self.baudrate)
        return len(payload)

    def reset_input_buffer(self) -> None:
        self._link().clear()

    def reset_output_buffer(self) -> None:
        self._link()  # bytes reach the device as they are written: nothing waits to go out

    @property
    def out_waiting(self) -> int:
        self._link()
        return 0

    def cancel_read(self) -> None:
        if self._host is not None:
            self._host.cancel_read()

    def _update_break_state(self) -> None:
        """Breaks mean nothing to the simulated boards."""

    def _update_rts_state(self) -> None:
        """RTS is not wired to the simulated boards (no reset on open)."""

    def _update_dtr_state(self) -> None:
        """DTR is not wired to the simulated boards (no reset on open)."""

    @property
    def cts(self) -> bool:
        self._link()
        return True

    @property
    def dsr(self) -> bool:
        self._link()
        return True

    @property
    def ri(self) -> bool:
        self._link()
        return False

    @property
    def cd(self) -> bool:
        self._link()
        return True
