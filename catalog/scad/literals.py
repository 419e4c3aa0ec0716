"""OpenSCAD literals both ways: reading a parameter's default, writing a value for `-D name=value`."""

from __future__ import annotations

import enum
import math
import re

from catalog.frames.params import ParamValue
from i18n import _

NUMBER_RE = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
STRING_RE = re.compile(r'^"(?:[^"\\]|\\.)*"$', re.DOTALL)
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
VECTOR_RE = re.compile(r"^\[(.*)\]$", re.DOTALL)
MAX_VECTOR_ITEMS = 4  # "a list of up to four numeric literals" (OpenSCAD User Manual, Customizer)
_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r"}


class LiteralKind(enum.Enum):
    NUMBER = "number"
    STRING = "string"
    BOOL = "bool"
    VECTOR = "vector"


class LiteralError(ValueError):
    """A value that cannot be written as an OpenSCAD literal."""


def is_number(text: str) -> bool:
    return bool(NUMBER_RE.match(text.strip()))


def read_literal(text: str) -> tuple[LiteralKind, ParamValue] | None:
    """The kind and value of a Customizer literal, or None for an expression (not a parameter)."""
    text = text.strip()
    if text in ("true", "false"):
        return LiteralKind.BOOL, text == "true"
    if NUMBER_RE.match(text):
        return LiteralKind.NUMBER, read_number(text)
    if STRING_RE.match(text):
        return LiteralKind.STRING, unescape(text[1:-1])
    match = VECTOR_RE.match(text)
    if match:
        items = [item.strip() for item in match.group(1).split(",")]
        if not 1 <= len(items) <= MAX_VECTOR_ITEMS or not all(NUMBER_RE.match(item) for item in items):
            return None
        return LiteralKind.VECTOR, tuple(float(item) for item in items)
    return None


def read_number(text: str) -> float | int:
    if _INTEGER_RE.match(text):
        return int(text)
    value = float(text)
    if not math.isfinite(value):
        raise LiteralError(_("{text} is not a finite number").format(text=text))
    return value


def unescape(body: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(body):
        ch = body[index]
        if ch == "\\" and index + 1 < len(body):
            nxt = body[index + 1]
            out.append(_ESCAPES.get(nxt, "\\" + nxt))
            index += 2
            continue
        out.append(ch)
        index += 1
    return "".join(out)


def format_number(value: float | int) -> str:
    if isinstance(value, bool) or not math.isfinite(float(value)):
        raise LiteralError(_("{value!r} is not a finite number").format(value=value))
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 1e15):
        return str(int(value))
    return repr(float(value))


def format_string(value: str) -> str:
    if any(ord(ch) < 32 for ch in value):
        raise LiteralError(_("text parameters are one line, without control characters"))
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_literal(kind: LiteralKind, value: ParamValue) -> str:
    """The exact OpenSCAD source text for a checked value (what `-D` hands to OpenSCAD)."""
    if kind is LiteralKind.BOOL:
        if not isinstance(value, bool):
            raise LiteralError(_("{value!r} is not true or false").format(value=value))
        return "true" if value else "false"
    if kind is LiteralKind.STRING:
        return format_string(str(value))
    if kind is LiteralKind.VECTOR:
        if not isinstance(value, tuple):
            raise LiteralError(_("{value!r} is not a list of numbers").format(value=value))
        return "[" + ", ".join(format_number(v) for v in value) + "]"
    if isinstance(value, str):
        # A numeric choice arrives as its declared text ("10"): checked again so only a number passes.
        if not NUMBER_RE.match(value.strip()):
            raise LiteralError(_("{value!r} is not a number").format(value=value))
        return format_number(read_number(value.strip()))
    if isinstance(value, (bool, tuple)):
        raise LiteralError(_("{value!r} is not a number").format(value=value))
    return format_number(value)
