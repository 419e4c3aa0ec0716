"""One cable, one host at a time: how every simulated device behind a URL takes and loses its host.

The simulated printer and the simulated charge controller differ in what they say and in what
they do with bytes a host writes; plugging a host in, refusing a second one, letting go of it
and switching off are the same for both, so they live here once.
"""

from __future__ import annotations

import errno
import threading
from typing import Generic, Protocol, TypeVar

from serial.serialutil import SerialException

from printers.sim.url import HostLink


class CabledEngine(Protocol):
    """The part of a device's engine the cable needs."""

    def attach(self, link: HostLink) -> bool:
        """Connect a host; False (nothing attached) while the cable is out."""

    def detach(self, link: HostLink) -> None: ...

    def stop(self) -> None: ...

    @property
    def is_plugged(self) -> bool: ...


E = TypeVar("E", bound=CabledEngine)


class SingleHostDevice(Generic[E]):
    """A simulated device one host at a time may open, as one USB cable allows.

    Subclasses set `device_word` ("printer", "controller"): the operator reads it in the message
    when the port can't open. They extend `stop()` to leave their `DeviceTable` first.
    """

    device_word = "device"

    def __init__(self, url: str, engine: E) -> None:
        self.url = url
        self.engine = engine
        self._lock = threading.Lock()
        self._host: HostLink | None = None

    @property
    def is_plugged(self) -> bool:
        return self.engine.is_plugged

    def connect_host(self) -> HostLink:
        with self._lock:
            if self._host is not None and not self._host.is_dropped:
                raise SerialException(errno.EBUSY,
                                      f"could not open port {self.url}: [Errno 16] Device or resource busy")
            host = HostLink()
            # A port left open across a cable pull is dead; the device takes the new connection.
            if not self.engine.attach(host):
                raise SerialException(
                    errno.ENOENT, f"could not open port {self.url}: the simulated {self.device_word} is unplugged"
                )
            self._host = host
            return host

    def disconnect_host(self, link: HostLink) -> None:
        with self._lock:
            if self._host is link:
                self._host = None
        self.engine.detach(link)

    def stop(self) -> None:
        """Switch the device off: its thread ends and a host still connected loses the link."""
        self.engine.stop()
        with self._lock:
            host, self._host = self._host, None
        if host is not None:
            host.drop()
