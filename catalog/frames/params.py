"""Parametric declarations: each parameter declared once (Customizer-style), then checked and parsed from it."""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from i18n import _

# A vector is a short tuple of numbers (OpenSCAD's Customizer offers one to four of them).
ParamValue = float | int | str | bool | tuple[float, ...]
_VECTOR_SPLIT_RE = re.compile(r"[\s,;]+")


class ParamType(enum.Enum):
    FLOAT = "float"
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    STRING = "string"
    VECTOR = "vector"


class ParameterError(ValueError):
    """A parameter value that cannot be used; the message names the parameter and what to change."""

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


@dataclass(frozen=True)
class Parameter:
    name: str
    label: str
    unit: str
    type: ParamType
    default: ParamValue
    group: str
    help: str
    min: float | None = None
    max: float | None = None
    step: float | None = None
    choices: tuple[str, ...] = ()
    # What a form shows for each choice ("Small" for 10), when the design names them.
    choice_labels: tuple[str, ...] = ()
    # Longest text a STRING takes, when the design limits it.
    max_length: int | None = None

    def with_default(self, default: ParamValue) -> Parameter:
        return replace(self, default=default)

    @property
    def shown_label(self) -> str:
        """The label in the operator's language; `label` stays the English one files and --json keep."""
        return _(self.label)

    @property
    def shown_group(self) -> str:
        return _(self.group)

    @property
    def shown_help(self) -> str:
        return _(self.help)

    def declaration(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "label": self.label,
            "unit": self.unit,
            "type": self.type.value,
            "default": list(self.default) if isinstance(self.default, tuple) else self.default,
            "min": self.min,
            "max": self.max,
            "step": self.step,
            "choices": list(self.choices) if self.choices else None,
            "group": self.group,
            "help": self.help,
        }
        # Only when used, so the frames' published declarations (and their content hashes) stay as they were.
        if self.choice_labels:
            data["choice_labels"] = list(self.choice_labels)
        if self.max_length is not None:
            data["max_length"] = self.max_length
        return data

    def choice_label(self, value: str) -> str:
        if self.choice_labels and value in self.choices:
            return self.choice_labels[self.choices.index(value)]
        return value

    def range_text(self) -> str:
        if self.type is ParamType.CHOICE:
            if self.choice_labels:
                return " | ".join(
                    c if c == label else f"{c} ({label})"
                    for c, label in zip(self.choices, self.choice_labels, strict=True)
                )
            return " | ".join(self.choices)
        if self.type is ParamType.BOOL:
            return "true | false"
        if self.type is ParamType.STRING:
            return f"text of up to {self.max_length} characters" if self.max_length is not None else "text"
        if self.type is ParamType.VECTOR:
            size = len(self.default) if isinstance(self.default, tuple) else 0
            each = f", each {self._number_range()}" if self.min is not None or self.max is not None else ""
            return f"{size} numbers{each}"
        return self._number_range()

    def _number_range(self) -> str:
        if self.min is None and self.max is None:
            return f"any number {self.unit}".rstrip()
        return f"{_fmt(self.min)}–{_fmt(self.max)} {self.unit}".rstrip()

    def parse(self, raw: object) -> ParamValue:
        """The value as this parameter's type, range-checked; strings are accepted (CLI, OpenSCAD sets)."""
        if self.type is ParamType.BOOL:
            return self._parse_bool(raw)
        if self.type is ParamType.CHOICE:
            return self._parse_choice(raw)
        if self.type is ParamType.STRING:
            return self._parse_string(raw)
        if self.type is ParamType.VECTOR:
            return self._parse_vector(raw)
        value = self._checked_range(self._parse_number(raw))
        if self.type is ParamType.INT:
            return round(value)
        return float(value)

    def _checked_range(self, value: float) -> float:
        if (self.min is not None and value < self.min - 1e-9) or (self.max is not None and value > self.max + 1e-9):
            raise ParameterError(
                _("{name} = {value} is out of range: choose {value2}.").format(
                        name=self.name, value=_fmt(value), value2=self.range_text()), parameter=self.name
            )
        return value

    def _parse_choice(self, raw: object) -> str:
        text = _choice_text(raw)
        if text in self.choices:
            return text
        # A form or a person may name the choice by its label ("Large" for 20).
        if text in self.choice_labels:
            return self.choices[self.choice_labels.index(text)]
        labels = self.choice_labels or self.choices
        named = [c if c == label else f"{c} ({label})" for c, label in zip(self.choices, labels, strict=True)]
        raise ParameterError(_("{name} must be one of {value}, not {text!r}.").format(
                name=self.name, value=', '.join(named), text=text), parameter=self.name)

    def _parse_string(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ParameterError(_("{name} needs text, not {raw!r}.").format(name=self.name, raw=raw),
                                 parameter=self.name)
        if self.max_length is not None and len(raw) > self.max_length:
            raise ParameterError(
                _("{name} takes at most {max_length} characters, not {value}: shorten it.").format(
                        name=self.name, max_length=self.max_length, value=len(raw)),
                parameter=self.name
            )
        if any(ord(ch) < 32 for ch in raw):
            raise ParameterError(_("{name} must be one line of text, without control characters.").format(
                    name=self.name),
                                 parameter=self.name)
        return raw

    def _parse_vector(self, raw: object) -> tuple[float, ...]:
        size = len(self.default) if isinstance(self.default, tuple) else 0
        items: list[object]
        if isinstance(raw, str):
            text = raw.strip().removeprefix("[").removesuffix("]").strip()
            items = [part for part in _VECTOR_SPLIT_RE.split(text) if part] if text else []
        elif isinstance(raw, (list, tuple)):
            items = list(raw)
        else:
            raise ParameterError(_("{name} needs {size} numbers like [1, 2, 3], not {raw!r}.").format(
                    name=self.name, size=size, raw=raw), parameter=self.name)
        if len(items) != size:
            raise ParameterError(
                _("{name} needs {size} numbers ({value}), not {value2}.").format(
                        name=self.name, size=size, value=self.range_text(), value2=len(items)), parameter=self.name
            )
        return tuple(self._checked_range(self._parse_number(item)) for item in items)

    def _parse_number(self, raw: object) -> float:
        if isinstance(raw, bool):
            raise ParameterError(_("{name} needs a number ({value}), not {raw}.").format(
                    name=self.name, value=self.range_text(), raw=raw), parameter=self.name)
        try:
            value = float(str(raw).strip()) if isinstance(raw, str) else float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ParameterError(
                _("{name} needs a number ({value}), not {raw!r}.").format(
                        name=self.name, value=self.range_text(), raw=raw), parameter=self.name
            ) from None
        if not math.isfinite(value):
            raise ParameterError(_("{name} needs a finite number ({value}).").format(
                    name=self.name, value=self.range_text()), parameter=self.name)
        if self.type is ParamType.INT and abs(value - round(value)) > 1e-9:
            raise ParameterError(_("{name} needs a whole number, not {value}.").format(
                    name=self.name, value=_fmt(value)), parameter=self.name)
        return value

    def _parse_bool(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ParameterError(_("{name} must be true or false, not {raw!r}.").format(name=self.name, raw=raw),
                             parameter=self.name)


def number_of(values: Mapping[str, ParamValue], name: str) -> float:
    """A number parameter's value as a float. The values were parsed by their declaration, so anything else
    here is a programming error, not an operator's."""
    value = values[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(_("{name} is not a number parameter ({value!r}).").format(name=name, value=value))
    return float(value)


def float_parameter(name: str, label: str, unit: str, default: float, lo: float, hi: float, step: float, group: str,
                    help_text: str) -> Parameter:
    """A number parameter written as the frame declarations read best: range and step before group and help."""
    return Parameter(name, label, unit, ParamType.FLOAT, default, group, help_text, lo, hi, step)


def choice_parameter(name: str, label: str, default: str, choices: tuple[str, ...], group: str,
                     help_text: str) -> Parameter:
    """A parameter that takes one of `choices` (no unit)."""
    return Parameter(name, label, "", ParamType.CHOICE, default, group, help_text, choices=choices)


def _choice_text(raw: object) -> str:
    # Numeric choices are declared as OpenSCAD writes them ("10", "2.5"): a number from JSON or a form
    # must read the same way, not as "10.0".
    if isinstance(raw, float) and not isinstance(raw, bool) and math.isfinite(raw):
        return f"{raw:g}" if abs(raw) < 1e15 else repr(raw)
    return str(raw).strip()


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"
