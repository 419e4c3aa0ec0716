"""`sim://[NAME][?faults=…&speed=…&seed=…]`: the simulated Marlin printer as a pyserial port.

pyserial finds this module by the URL's scheme (`serial.protocol_handler_packages`); see
`printers.sim.device` for the options and for reaching the printer behind a name.
"""

from __future__ import annotations

from printers.sim.device import PRINTERS
from printers.sim.url import SimSerial


class Serial(SimSerial):
    table = PRINTERS  # type: ignore[assignment]


def is_url_present(url: str) -> bool:
    """Whether the port would open now: a named printer while its cable is plugged in."""
    return PRINTERS.is_present(url)
