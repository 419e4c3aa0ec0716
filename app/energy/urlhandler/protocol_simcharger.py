"""`simcharger://[NAME][?panels_wp=…&time_scale=…]`: the simulated VE.Direct controller as a pyserial port.

pyserial finds this module by the URL's scheme (`serial.protocol_handler_packages`); see
`app.energy.sim_charger_device` for the options and for reaching the controller behind a name.
"""

from __future__ import annotations

from app.energy.sim_charger_device import CHARGERS
from printers.sim.url import SimSerial


class Serial(SimSerial):
    table = CHARGERS  # type: ignore[assignment]


def is_url_present(url: str) -> bool:
    """Whether the port would open now: a named controller while its cable is plugged in."""
    return CHARGERS.is_present(url)
