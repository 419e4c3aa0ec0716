"""The simulated Marlin printer behind `sim://` URLs: one engine, one cable, one host at a time.

`sim://` alone is a fresh printer for one open port. `sim://NAME` is one printer in the process,
made on first use: tests and the demo reach it with `printer_for_url` to unplug, replug or reset it
and to read what it executed. Options, read when the printer is made (the same as `heliofab
sim-printer`): `faults=corrupt=0.003,lost_ok=0.002,reset@1200`, `speed=1` (times faster than real time:
10 ten times faster, 0 instant), `seed=0`,
`baud=N` (answer only a host at N baud), `wire_baud=N` (pace the wire), `advanced_ok=0|1`, `log=FILE`.
"""

from __future__ import annotations

from pathlib import Path

from i18n import _
from printers.sim.cable import SingleHostDevice
from printers.sim.engine import EngineControls, PrinterEngine
from printers.sim.faults import FaultSpec, FaultSpecError
from printers.sim.firmware import SimConfig
from printers.sim.url import DeviceTable, HostLink, SimUrl
from printers.transport import PortNameError

SCHEME = "sim"
OPTIONS = ("faults", "speed", "seed", "baud", "wire_baud", "advanced_ok", "log")
DEFAULT_SPEED = 1.0  # real time, like `heliofab sim-printer`


class SimPrinterDevice(EngineControls, SingleHostDevice[PrinterEngine]):
    """A simulated printer a `sim://` port plugs into; `stop()` switches it off."""

    device_word = "printer"

    def receive_from_host(self, link: HostLink, data: bytes, baudrate: int) -> None:
        port_baud = self.engine.config.port_baud
        self.engine.receive(data, is_baud_right=port_baud is None or baudrate == port_baud)

    def replug(self, *, is_reset: bool = False) -> str:
        """Plug the cable back in; `is_reset` restarts the board as Arduino boards do. Returns the port."""
        self.engine.replug(is_reset=is_reset)
        return self.url

    def stop(self) -> None:
        """Switch the printer off: its thread ends and a host still connected loses the link."""
        PRINTERS.discard(self.url, self)
        super().stop()


def _number(parsed: SimUrl, key: str, default: float, *, is_int: bool = False, minimum: float = 0.0) -> float:
    text = parsed.options.get(key)
    if text is None or text == "":
        return default
    try:
        value = int(text) if is_int else float(text)
    except ValueError:
        value = minimum - 1
    if not value >= minimum:
        message = (_("sim:// option {key}={text} is not a whole number of at least {minimum}: write e.g. "
                     "{key}={example}.") if is_int else
                   _("sim:// option {key}={text} is not a number of at least {minimum}: write e.g. {key}={example}."))
        raise PortNameError(message.format(key=key, text=text, minimum=f"{minimum:g}", example=f"{default:g}"))
    return value


def make_printer(parsed: SimUrl) -> SimPrinterDevice:
    """A started simulated printer configured from the URL's options."""
    try:
        faults = FaultSpec.parse(parsed.options.get("faults", ""))
    except FaultSpecError as exc:
        raise PortNameError(str(exc)) from exc
    advanced_ok = parsed.options.get("advanced_ok", "1").strip().lower()
    if advanced_ok not in ("0", "1", "yes", "no", "true", "false"):
        raise PortNameError(_("sim:// option advanced_ok={value} is not 0 or 1.").format(value=advanced_ok))
    config = SimConfig(
        speed=_number(parsed, "speed", DEFAULT_SPEED),
        baud=int(_number(parsed, "wire_baud", 0, is_int=True)) or None,
        port_baud=int(_number(parsed, "baud", 0, is_int=True)) or None,
        is_advanced_ok=advanced_ok in ("1", "yes", "true"),
    )
    log = parsed.options.get("log")
    engine = PrinterEngine(
        config, faults=faults, seed=int(_number(parsed, "seed", 0, is_int=True)), log_path=Path(log) if log else None,
        thread_name=f"sim-printer:{parsed.name or 'port'}",
    )
    engine.start()
    return SimPrinterDevice(parsed.url, engine)


PRINTERS: DeviceTable[SimPrinterDevice] = DeviceTable(SCHEME, OPTIONS, make_printer)


def is_sim_printer_url(port: str) -> bool:
    return port.lower().startswith(f"{SCHEME}://")


def printer_for_url(url: str) -> SimPrinterDevice:
    """The named simulated printer behind `url`, made if it does not exist yet (tests, demo)."""
    device, is_own = PRINTERS.open(url)
    if is_own:
        device.stop()
        raise PortNameError(_("{url} has no name, so no printer outlives its port: write {scheme}://NAME.").format(
            url=url, scheme=SCHEME))
    return device


def start_printer(stem: str = "printer", *, config: SimConfig | None = None, faults: FaultSpec | None = None,
                  seed: int = 0) -> SimPrinterDevice:
    """Make a new named simulated printer with these settings; its `url` opens like a cable."""

    def make(url: str) -> SimPrinterDevice:
        engine = PrinterEngine(config, faults=faults, seed=seed, thread_name=f"sim-printer:{url}")
        engine.start()
        return SimPrinterDevice(url, engine)

    return PRINTERS.create(stem, make)


def stop_printer(url: str) -> None:
    """Switch a named simulated printer off and forget it."""
    device = PRINTERS.find(url)
    if device is not None:
        device.stop()
