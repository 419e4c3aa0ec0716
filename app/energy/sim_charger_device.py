"""The simulated VE.Direct charge controller behind `simcharger://` URLs, on every OS.

`simcharger://` alone is a fresh controller for one open port; `simcharger://NAME` is one
controller in the process, made on first use and kept across close and open (demo mode, tests).
Options, read when the controller is made: `panels_wp=200`, `battery_v=12.8`, `soc_pct=70`,
`capacity_wh=1200`, `utc_offset_h=0`, `interval_s=1`, `time_scale=1`, `corrupt_every=0`, `cloudiness=0.15`,
`other_load_w=0` (the lab's loads on the load output).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.energy.serial_link import register_charger_handlers
from app.energy.sim_charger import ChargerEngine, SimChargerConfig
from i18n import _
from printers.sim.cable import SingleHostDevice
from printers.sim.url import DeviceTable, HostLink, SimUrl
from printers.transport import PortNameError

SCHEME = "simcharger"
_NUMBER_OPTIONS = ("panels_wp", "battery_v", "soc_pct", "capacity_wh", "utc_offset_h", "interval_s", "time_scale",
                   "cloudiness", "other_load_w")
OPTIONS = (*_NUMBER_OPTIONS, "corrupt_every")


class SimChargerDevice(SingleHostDevice[ChargerEngine]):
    """A simulated controller a `simcharger://` port plugs into; `stop()` switches it off."""

    device_word = "controller"

    @property
    def port_path(self) -> str:
        """The port to open (the same word the pseudo-terminal simulator uses)."""
        return self.url

    @property
    def blocks_sent(self) -> int:
        return self.engine.blocks_sent

    def receive_from_host(self, link: HostLink, data: bytes, baudrate: int) -> None:
        """VE.Direct's text protocol only talks: what a host writes is ignored, as a real MPPT ignores noise."""

    def unplug(self) -> None:
        self.engine.unplug()

    def replug(self) -> str:
        self.engine.replug()
        return self.url

    def stop(self) -> None:
        CHARGERS.discard(self.url, self)
        super().stop()


def _config(parsed: SimUrl, base: SimChargerConfig) -> SimChargerConfig:
    # Option names are checked against the config's fields above, so the mapping may hold any of them.
    changes: dict[str, Any] = {}
    for key, text in parsed.options.items():
        try:
            value: float | int = int(text) if key == "corrupt_every" else float(text)
        except ValueError as exc:
            message = _("{scheme}:// option {key}={text} is not a number: write e.g. {key}={example}.")
            raise PortNameError(message.format(scheme=SCHEME, key=key, text=text,
                                               example=f"{getattr(base, key):g}")) from exc
        if value < 0 and key != "utc_offset_h":
            raise PortNameError(_("{scheme}:// option {key}={text} can't be negative.").format(
                scheme=SCHEME, key=key, text=text))
        changes[key] = value
    if changes.get("interval_s", base.interval_s) <= 0:
        raise PortNameError(_("{scheme}:// option interval_s must be more than 0 (1 is one block a second, like a "
                              "real MPPT).").format(scheme=SCHEME))
    return dataclasses.replace(base, **changes)


def _start(url: str, config: SimChargerConfig) -> SimChargerDevice:
    engine = ChargerEngine(config, thread_name=f"sim-charger:{url}")
    engine.start()
    return SimChargerDevice(url, engine)


def make_charger(parsed: SimUrl) -> SimChargerDevice:
    return _start(parsed.url, _config(parsed, SimChargerConfig()))


CHARGERS: DeviceTable[SimChargerDevice] = DeviceTable(SCHEME, OPTIONS, make_charger)


def charger_for_url(url: str) -> SimChargerDevice:
    """The named simulated controller behind `url`, made if it does not exist yet (tests, demo)."""
    register_charger_handlers()
    device, is_own = CHARGERS.open(url)
    if is_own:
        device.stop()
        raise PortNameError(_("{url} has no name, so no controller outlives its port: write {scheme}://NAME.").format(
            url=url, scheme=SCHEME))
    return device


def start_charger(stem: str = "charger", config: SimChargerConfig | None = None) -> SimChargerDevice:
    """Make a new named simulated controller; its `url` opens like a VE.Direct-USB cable."""
    register_charger_handlers()
    return CHARGERS.create(stem, lambda url: _start(url, config or SimChargerConfig()))


def stop_charger(url: str) -> None:
    """Switch a named simulated controller off and forget it."""
    device = CHARGERS.find(url)
    if device is not None:
        device.stop()
