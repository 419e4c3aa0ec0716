"""A simulated Victron MPPT on a pseudo-terminal: VE.Direct text blocks with a sun-shaped PV curve.

For tests and demo mode. The reader side opens `port_path` with pyserial exactly like a real
VE.Direct-USB cable. `time_scale` runs the simulated day faster than the wall clock.
"""

from __future__ import annotations

import math
import os
import threading
import time
import tty
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.energy.vedirect import BAUD


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
    serial: str = "HQ2222SIM01"


def checksum_byte(payload: bytes) -> bytes:
    return bytes([(256 - sum(payload) % 256) % 256])


def encode_block(fields: list[tuple[str, str]]) -> bytes:
    payload = b"".join(f"\r\n{k}\t{v}".encode("ascii") for k, v in fields) + b"\r\nChecksum\t"
    return payload + checksum_byte(payload)


class SimulatedCharger:
    """Start with `start()`, read `port_path`, stop with `stop()` (joins the writer thread, closes the pty)."""

    def __init__(
        self,
        config: SimChargerConfig | None = None,
        *,
        link: str | os.PathLike[str] | None = None,
        now_utc: Callable[[], datetime] | None = None,
    ) -> None:
        self.config = config or SimChargerConfig()
        self._link = Path(link) if link else None
        self._now = now_utc or (lambda: datetime.now(timezone.utc))
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._master: int | None = None
        self._slave: int | None = None
        self.port_path = ""
        self.blocks_sent = 0
        self._soc = self.config.soc_pct
        self._yield_wh = 0.0
        self._t0_wall = time.monotonic()
        self._t0_sim = self._now()

    # ---- the simulated plant ---------------------------------------------------------------

    def sim_time(self) -> datetime:
        elapsed = (time.monotonic() - self._t0_wall) * self.config.time_scale
        return datetime.fromtimestamp(self._t0_sim.timestamp() + elapsed, timezone.utc)

    def pv_w(self, when: datetime) -> float:
        c = self.config
        hour = (when.hour + when.minute / 60 + when.second / 3600 + c.utc_offset_h) % 24
        if not c.sunrise_h < hour < c.sunset_h:
            return 0.0
        x = (hour - c.sunrise_h) / (c.sunset_h - c.sunrise_h)
        clear = 0.8 * c.panels_wp * math.sin(math.pi * x) ** 1.3
        ripple = 1.0 - c.cloudiness * (0.5 + 0.5 * math.sin(when.timestamp() / 1700.0))
        return max(0.0, clear * ripple)

    def block(self, when: datetime, dt_s: float) -> list[tuple[str, str]]:
        c = self.config
        pv = self.pv_w(when)
        state = 3 if pv > 1 else 0  # bulk by day, off by night
        if self._soc >= 99.5 and pv > 1:
            state = 5  # float: the battery is full, so the harvest is curtailed
            pv = min(pv, 15.0)
        volts = c.battery_v + (0.6 if state == 3 else 0.4 if state == 5 else 0.0) + (self._soc - 50) * 0.01
        amps = pv * 0.97 / volts
        self._soc = min(100.0, self._soc + amps * volts * dt_s / 3600 / c.capacity_wh * 100 * 0.95)
        self._yield_wh += pv * dt_s / 3600
        return [
            ("PID", "0xA053"),
            ("FW", "159"),
            ("SER#", c.serial),
            ("V", str(int(round(volts * 1000)))),
            ("I", str(int(round(amps * 1000)))),
            ("VPV", str(int(round((36.0 if pv > 1 else 2.0) * 1000)))),
            ("PPV", str(int(round(pv)))),
            ("CS", str(state)),
            ("MPPT", "2" if state == 3 else "0"),
            ("OR", "0x00000000" if pv > 1 else "0x00000001"),
            ("ERR", "0"),
            ("LOAD", "ON"),
            ("IL", "0"),
            ("H19", str(int(self._yield_wh / 10) + 1234)),
            ("H20", str(int(self._yield_wh / 10))),
            ("H21", str(int(c.panels_wp * 0.8))),
            ("H22", "52"),
            ("H23", str(int(c.panels_wp * 0.75))),
            ("HSDS", "12"),
        ]

    # ---- the pseudo-terminal ---------------------------------------------------------------

    def start(self) -> str:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        self._master, self._slave = master, slave
        self.port_path = os.ttyname(slave)
        if self._link is not None:
            if self._link.is_symlink() or self._link.exists():
                self._link.unlink()
            self._link.symlink_to(self.port_path)
        self._thread = threading.Thread(target=self._run, name="sim-charger", daemon=True)
        self._thread.start()
        return str(self._link) if self._link else self.port_path

    def _run(self) -> None:
        assert self._master is not None
        c = self.config
        last = self.sim_time()
        while not self._stop.wait(c.interval_s):
            now = self.sim_time()
            data = encode_block(self.block(now, (now - last).total_seconds()))
            last = now
            self.blocks_sent += 1
            if c.corrupt_every and self.blocks_sent % c.corrupt_every == 0:
                data = data[:-1] + bytes([(data[-1] + 1) % 256])
            try:
                os.write(self._master, data)
            except OSError:
                return  # the reader side went away; stop quietly

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for fd in (self._master, self._slave):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._master = self._slave = None
        if self._link is not None and self._link.is_symlink():
            self._link.unlink()

    def __enter__(self) -> SimulatedCharger:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def open_port(path: str, baud: int = BAUD, timeout_s: float = 0.5):  # type: ignore[no-untyped-def]
    """Open a controller port with pyserial (8N1, no flow control)."""
    import serial

    return serial.Serial(path, baud, timeout=timeout_s)
