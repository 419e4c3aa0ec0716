"""A simulated Victron MPPT: VE.Direct text blocks with a sun-shaped PV curve.

For tests and demo mode. The battery feels its loads: the lab's other loads (`other_load_w`) and,
when one is coupled with `ChargerEngine.set_load`, a simulated printer's draw, both on the
controller's load output (reported as IL), so a print at night runs the battery down.
`ChargerEngine` is the controller and its cable, whatever the wire: a `simcharger://` pyserial URL
on every OS (`app.energy.sim_charger_device`), or the pseudo-terminal of `SimulatedCharger` (POSIX
only, for trying other programs). The reader side opens the port with pyserial exactly like a real
VE.Direct-USB cable. `time_scale` runs the simulated day faster than the wall clock.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from app.energy.vedirect import BAUD
from i18n import _


@dataclass(frozen=True)
class SimChargerConfig:
    panels_wp: float = 200.0
    battery_v: float = 12.8
    soc_pct: float = 70.0
    capacity_wh: float = 1200.0
    sunrise_h: float = 6.0
    sunset_h: float = 18.0
    cloudiness: float = 0.15  # depth of the slow cloud ripple on top of the clear curve
    utc_offset_h: float = 0.0  # local solar time = UTC + this
    interval_s: float = 1.0  # one block per second, like the real thing
    time_scale: float = 1.0
    corrupt_every: int = 0  # every n-th block gets a wrong checksum (to exercise the reader); 0: never
    other_load_w: float = 0.0  # the lab's own loads on the load output (router, lights)
    serial: str = "HQ2222SIM01"


def checksum_byte(payload: bytes) -> bytes:
    return bytes([(256 - sum(payload) % 256) % 256])


def encode_block(fields: list[tuple[str, str]]) -> bytes:
    payload = b"".join(f"\r\n{k}\t{v}".encode("ascii") for k, v in fields) + b"\r\nChecksum\t"
    return payload + checksum_byte(payload)


class ChargerPlant:
    """The panels and the battery: what the controller measures at a given simulated moment."""

    def __init__(self, config: SimChargerConfig, now_utc: Callable[[], datetime] | None = None) -> None:
        self.config = config
        self._now = now_utc or (lambda: datetime.now(timezone.utc))
        self._soc = config.soc_pct
        self._yield_wh = 0.0
        self._t0_wall = time.monotonic()
        self._t0_sim = self._now()
        self._load_source: Callable[[], float] | None = None

    def set_load(self, source: Callable[[], float] | None) -> None:
        """Couple a consumer (a simulated printer's `power_w`), asked at each block; None uncouples."""
        self._load_source = source

    @property
    def soc_pct(self) -> float:
        return self._soc

    def load_w(self) -> float:
        source = self._load_source
        return self.config.other_load_w + (max(0.0, float(source())) if source is not None else 0.0)

    def sim_time(self) -> datetime:
        elapsed = (time.monotonic() - self._t0_wall) * self.config.time_scale
        return datetime.fromtimestamp(self._t0_sim.timestamp() + elapsed, timezone.utc)

    def pv_w(self, when: datetime) -> float:
        c = self.config
        hour = (when.hour + when.minute / 60 + when.second / 3600 + c.utc_offset_h) % 24
        if not c.sunrise_h < hour < c.sunset_h:
            return 0.0
        x = (hour - c.sunrise_h) / (c.sunset_h - c.sunrise_h)
        clear = 0.8 * c.panels_wp * math.pow(math.sin(math.pi * x), 1.3)
        ripple = 1.0 - c.cloudiness * (0.5 + 0.5 * math.sin(when.timestamp() / 1700.0))
        return max(0.0, clear * ripple)

    def block(self, when: datetime, dt_s: float) -> list[tuple[str, str]]:
        c = self.config
        pv = self.pv_w(when)
        state = 3 if pv > 1 else 0  # bulk by day, off by night
        if self._soc >= 99.5 and pv > 1:
            state = 5  # float: the battery is full, so the harvest is curtailed
            pv = min(pv, 15.0)
        load = self.load_w() if self._soc > 0.0 else 0.0  # empty: the low-voltage disconnect cuts the load
        volts = c.battery_v + (0.6 if state == 3 else 0.4 if state == 5 else 0.0) + (self._soc - 50) * 0.01
        volts -= 0.02 * load / c.battery_v  # sag under load (about 20 mΩ of cable and battery)
        amps = pv * 0.97 / volts
        net_w = amps * volts - load
        # Charging stores 95 % of what goes in; discharging takes 1/0.95 of what comes out.
        stored_wh = net_w * dt_s / 3600 * (0.95 if net_w > 0 else 1 / 0.95)
        self._soc = max(0.0, min(100.0, self._soc + stored_wh / c.capacity_wh * 100))
        self._yield_wh += pv * dt_s / 3600
        return [
            ("PID", "0xA053"),
            ("FW", "159"),
            ("SER#", c.serial),
            ("V", str(round(volts * 1000))),
            ("I", str(round(amps * 1000))),
            ("VPV", str(round((36.0 if pv > 1 else 2.0) * 1000))),
            ("PPV", str(round(pv))),
            ("CS", str(state)),
            ("MPPT", "2" if state == 3 else "0"),
            ("OR", "0x00000000" if pv > 1 else "0x00000001"),
            ("ERR", "0"),
            ("LOAD", "ON" if self._soc > 0 else "OFF"),
            ("IL", str(round(load / volts * 1000))),
            ("H19", str(int(self._yield_wh / 10) + 1234)),
            ("H20", str(int(self._yield_wh / 10))),
            ("H21", str(int(c.panels_wp * 0.8))),
            ("H22", "52"),
            ("H23", str(int(c.panels_wp * 0.75))),
            ("HSDS", "12"),
        ]


class ChargerLink(Protocol):
    """The host's end of the VE.Direct cable, as the engine sees it."""

    def deliver(self, data: bytes) -> None:
        """Bytes from the controller; must not block (nobody reading means the bytes are lost)."""

    def drop(self) -> None:
        """The cable is gone: the host's next read fails."""


class ChargerEngine:
    """The controller: one thread sends a block each interval down the cable, if one is plugged in."""

    def __init__(self, config: SimChargerConfig | None = None, *, now_utc: Callable[[], datetime] | None = None,
                 thread_name: str = "sim-charger") -> None:
        self.config = config or SimChargerConfig()
        self.plant = ChargerPlant(self.config, now_utc)
        self.blocks_sent = 0
        self._thread_name = thread_name
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._link: ChargerLink | None = None
        self._is_plugged = True

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self._thread_name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def is_plugged(self) -> bool:
        with self._lock:
            return self._is_plugged

    def attach(self, link: ChargerLink) -> bool:
        """A host connects; False (nothing attached) while the cable is out."""
        with self._lock:
            if not self._is_plugged:
                return False
            self._link = link
            return True

    def detach(self, link: ChargerLink) -> None:
        with self._lock:
            if self._link is link:
                self._link = None

    def unplug(self) -> None:
        """Pull the cable: the host's reads fail; the plant goes on (the sun does not wait)."""
        with self._lock:
            self._is_plugged = False
            link, self._link = self._link, None
        if link is not None:
            link.drop()

    def replug(self) -> None:
        with self._lock:
            self._is_plugged = True

    def set_load(self, source: Callable[[], float] | None) -> None:
        """Put a consumer on the load output: `source()` gives its draw in W (a simulated printer's `power_w`)."""
        self.plant.set_load(source)

    def _run(self) -> None:
        c = self.config
        last = self.plant.sim_time()
        while not self._stop.wait(c.interval_s):
            now = self.plant.sim_time()
            data = encode_block(self.plant.block(now, (now - last).total_seconds()))
            last = now
            with self._lock:
                link = self._link if self._is_plugged else None
                if self._is_plugged:
                    self.blocks_sent += 1
                    if c.corrupt_every and self.blocks_sent % c.corrupt_every == 0:
                        data = data[:-1] + bytes([(data[-1] + 1) % 256])
            if link is not None:
                link.deliver(data)


class SimulatedChargerError(Exception):
    """The pseudo-terminal simulator can't run here."""


def require_pty() -> None:
    """Raise SimulatedChargerError on systems without pseudo-terminals (Windows)."""
    if os.name != "posix" or sys.platform == "win32":
        raise SimulatedChargerError(_(
            "The pseudo-terminal simulator needs a POSIX system (Linux, macOS): "
            "use --port simcharger:// instead, it works everywhere."
        ))


class SimulatedCharger:
    """The controller on a pseudo-terminal (POSIX only): start with `start()`, read `port_path`,
    stop with `stop()` (joins the engine's thread, closes the pty)."""

    def __init__(
        self,
        config: SimChargerConfig | None = None,
        *,
        link: str | os.PathLike[str] | None = None,
        now_utc: Callable[[], datetime] | None = None,
    ) -> None:
        self.engine = ChargerEngine(config, now_utc=now_utc)
        self.config = self.engine.config
        self._link = Path(link) if link else None
        self._lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self.port_path = ""

    @property
    def blocks_sent(self) -> int:
        return self.engine.blocks_sent

    def start(self) -> str:
        import fcntl
        import tty

        require_pty()
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        # Nobody reading must not stall the controller: a full pty drops the block instead.
        fcntl.fcntl(master, fcntl.F_SETFL, fcntl.fcntl(master, fcntl.F_GETFL) | os.O_NONBLOCK)
        self._master, self._slave = master, slave
        self.port_path = os.ttyname(slave)
        if self._link is not None:
            if self._link.is_symlink() or self._link.exists():
                self._link.unlink()
            self._link.symlink_to(self.port_path)
        self.engine.attach(self)
        self.engine.start()
        return str(self._link) if self._link else self.port_path

    def deliver(self, data: bytes) -> None:
        with self._lock:
            if self._master is None:
                return
            with contextlib.suppress(OSError):
                os.write(self._master, data)

    def drop(self) -> None:
        self._close()

    def _close(self) -> None:
        with self._lock:
            fds = [fd for fd in (self._master, self._slave) if fd is not None]
            self._master = self._slave = None
        for fd in fds:
            with contextlib.suppress(OSError):
                os.close(fd)

    def stop(self) -> None:
        self.engine.stop()
        self._close()
        if self._link is not None and self._link.is_symlink():
            self._link.unlink()

    def __enter__(self) -> SimulatedCharger:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def open_port(path: str, baud: int = BAUD, timeout_s: float = 0.5):  # type: ignore[no-untyped-def]
    """Open a controller port with pyserial (8N1, no flow control), by name or URL."""
    from app.energy.serial_link import open_controller_port

    return open_controller_port(path, baud, timeout_s=timeout_s)
