"""Customers and fitting: measurements, PD from a card photo, size suggestions, lens stock, saved fits.

Everything here is Qt-free and runs the same from the CLI, the desktop app and tests. Customer data
stays on this laptop: nothing in this package writes to a catalogue bundle.
"""

from __future__ import annotations
