"""ISO 8601 times typed by an operator or read from a CSV, read the same on every supported Python.

Python 3.11 taught `datetime.fromisoformat` most of ISO 8601 (a trailing Z, offsets without a colon,
any number of fraction digits, the basic format without separators); 3.10 reads only what
`isoformat()` writes. A time that 3.11 accepts must not be refused on a lab laptop that has 3.10.
"""

from __future__ import annotations

import re
import sys
from datetime import datetime

_BASIC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?=$|[T ])")
_TIME = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?P<sep>[T ])"
    r"(?P<hh>\d{2})(?:(?P<colon>:?)(?P<mm>\d{2})(?:(?P=colon)(?P<ss>\d{2}))?)?(?:[.,](?P<frac>\d+))?"
    r"(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?$"
)


def parse_iso_datetime(text: str) -> datetime:
    """`datetime.fromisoformat` as Python 3.11 reads it; raises ValueError for anything else."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        if sys.version_info >= (3, 11):
            raise
    return datetime.fromisoformat(_as_written_by_isoformat(text))


def _as_written_by_isoformat(text: str) -> str:
    """The same instant spelled the way Python 3.10's fromisoformat can read it."""
    text = _BASIC_DATE.sub(r"\1-\2-\3", text)
    match = _TIME.match(text)
    if match is None:
        raise ValueError(f"Invalid isoformat string: {text!r}")
    out = f"{match['date']}{match['sep']}{match['hh']}:{match['mm'] or '00'}:{match['ss'] or '00'}"
    if match["frac"]:
        # Microseconds are the finest a datetime holds: longer fractions are cut, shorter ones padded.
        out += "." + match["frac"][:6].ljust(6, "0")
    zone = match["tz"]
    if zone == "Z":
        out += "+00:00"
    elif zone:
        digits = zone[1:].replace(":", "")
        out += f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"
    return out
