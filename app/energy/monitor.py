"""The live link to the charge controller: a reader thread that validates and stores readings.

One named thread owns the port. Readings and problems go out through plain callbacks (from that
thread); the UI bridge re-delivers them on the GUI thread. Stop order: stop flag, join, close port.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app.energy.readings import ControllerSilentError, Reading, ReadingError, store_reading
from app.energy.site import ControllerKind

if TYPE_CHECKING:
    # numpy comes with the battery model: only a started monitor needs it, the caller builds it.
    from app.energy.battery import SocEstimator


@dataclass(frozen=True)
class MonitorCallbacks:
    on_reading: Callable[[Reading], None] | None = None
    on_problem: Callable[[str], None] | None = None
    on_silent: Callable[[str], None] | None = None


class EnergyMonitor:
    """Idle until `start(port, controller)`; `store_every_s` thins the once-a-second VE.Direct stream."""

    def __init__(self, session_factory: sessionmaker[Session], *, store_every_s: float = 60.0) -> None:
        self._session_factory = session_factory
        self.store_every_s = store_every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._callbacks = MonitorCallbacks()
        self.latest: Reading | None = None
        self._last_stored_s = 0.0
        self.port = ""
        self.controller = ""
        self._estimator: SocEstimator | None = None
        self._other_load_w = 0.0

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        port: str,
        controller: str,
        callbacks: MonitorCallbacks | None = None,
        *,
        estimator: SocEstimator | None = None,
        other_load_w: float = 0.0,
    ) -> None:
        """`estimator` fills in the state of charge for controllers that don't report it (Victron MPPTs):
        their current is the charger's output, so the lab's other loads (`other_load_w`) are taken off it."""
        self.stop()
        self._estimator = estimator
        self._other_load_w = other_load_w
        ControllerKind(controller)  # raises ValueError for an unknown kind
        self.port, self.controller = port, controller
        self._callbacks = callbacks or MonitorCallbacks()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="energy-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None

    def _run(self) -> None:
        from app.energy import modbus, vedirect
        from app.energy.serial_link import open_controller_port
        from printers.transport import PortError

        kind = ControllerKind(self.controller)
        baud = vedirect.BAUD if kind is ControllerKind.VEDIRECT else (
            modbus.RENOGY_BAUD if kind is ControllerKind.MODBUS_RENOGY else modbus.EPEVER_BAUD
        )
        try:
            port = open_controller_port(self.port, baud, timeout_s=0.5)
        except PortError as exc:
            self._problem(str(exc))
            return
        try:
            if kind is ControllerKind.VEDIRECT:
                parser = vedirect.VeDirectParser()
                while not self._stop.is_set():
                    try:
                        for reading in vedirect.read_vedirect(port, count=1, timeout_s=10.0, parser=parser):
                            self._accept(reading)
                    except ControllerSilentError as exc:
                        self._silent(str(exc))
                    for message in parser.messages:
                        self._problem(message)
                    parser.messages.clear()
            else:
                read = modbus.read_renogy if kind is ControllerKind.MODBUS_RENOGY else modbus.read_epever
                while not self._stop.is_set():
                    try:
                        self._accept(read(port))
                    except ControllerSilentError as exc:
                        self._silent(str(exc))
                    except modbus.ModbusError as exc:
                        self._problem(str(exc))
                    self._stop.wait(5.0)
        finally:
            port.close()

    def _accept(self, reading: Reading) -> None:
        try:
            from app.energy.readings import validate_reading

            validate_reading(reading)
        except ReadingError as exc:
            self._problem(str(exc))
            return
        reading = self._with_estimate(reading)
        self.latest = reading
        now_s = reading.at_utc.timestamp()
        if now_s - self._last_stored_s >= self.store_every_s:
            store_reading(self._session_factory, reading)
            self._last_stored_s = now_s
        if self._callbacks.on_reading:
            self._callbacks.on_reading(reading)

    def _with_estimate(self, reading: Reading) -> Reading:
        est = self._estimator
        previous = self.latest
        if est is None or reading.soc_pct is not None or reading.battery_a is None or not reading.battery_v:
            if est is not None and reading.soc_pct is not None:
                est.soc_pct = reading.soc_pct  # a measured value beats the count
            return reading
        dt_s = 0.0 if previous is None else max(0.0, (reading.at_utc - previous.at_utc).total_seconds())
        load_w = reading.load_w if reading.load_w is not None else self._other_load_w
        net_a = reading.battery_a - load_w / reading.battery_v
        return replace(reading, soc_pct=est.update(net_a, reading.battery_v, min(dt_s, 300.0)))

    def _problem(self, message: str) -> None:
        if self._callbacks.on_problem:
            self._callbacks.on_problem(message)

    def _silent(self, message: str) -> None:
        if self._callbacks.on_silent:
            self._callbacks.on_silent(message)


def manual_reading(*, soc_pct: float | None, pv_w: float | None, battery_v: float | None) -> Reading:
    return Reading(at_utc=datetime.now(timezone.utc), source="manual", soc_pct=soc_pct, pv_w=pv_w, battery_v=battery_v)
