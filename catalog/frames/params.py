"""Parametric declarations: each parameter declared once (Customizer-style), then checked and parsed from it."""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ParamValue = float | int | str | bool


class ParamType(enum.Enum):
    FLOAT = "float"
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"


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

    def with_default(self, default: ParamValue) -> Parameter:
        return Parameter(
            self.name, self.label, self.unit, self.type, default, self.group, self.help,
            self.min, self.max, self.step, self.choices,
        )

    def declaration(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "unit": self.unit,
            "type": self.type.value,
            "default": self.default,
            "min": self.min,
            "max": self.max,
            "step": self.step,
            "choices": list(self.choices) if self.choices else None,
            "group": self.group,
            "help": self.help,
        }

    def range_text(self) -> str:
        if self.type is ParamType.CHOICE:
            return " | ".join(self.choices)
        if self.type is ParamType.BOOL:
            return "true | false"
        return f"{_fmt(self.min)}–{_fmt(self.max)} {self.unit}".rstrip()

    def parse(self, raw: object) -> ParamValue:
        """The value as this parameter's type, range-checked; strings are accepted (CLI, OpenSCAD sets)."""
        if self.type is ParamType.BOOL:
            return self._parse_bool(raw)
        if self.type is ParamType.CHOICE:
            text = str(raw).strip()
            if text not in self.choices:
                raise ParameterError(
                    f"{self.name} must be one of {', '.join(self.choices)}, not {text!r}.", parameter=self.name
                )
            return text
        value = self._parse_number(raw)
        if self.min is not None and value < self.min - 1e-9 or self.max is not None and value > self.max + 1e-9:
            raise ParameterError(
                f"{self.name} = {_fmt(value)} is out of range: choose {self.range_text()}.", parameter=self.name
            )
        if self.type is ParamType.INT:
            return int(round(value))
        return float(value)

    def _parse_number(self, raw: object) -> float:
        if isinstance(raw, bool):
            raise ParameterError(f"{self.name} needs a number ({self.range_text()}), not {raw}.", parameter=self.name)
        try:
            value = float(str(raw).strip()) if isinstance(raw, str) else float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ParameterError(
                f"{self.name} needs a number ({self.range_text()}), not {raw!r}.", parameter=self.name
            ) from None
        if not math.isfinite(value):
            raise ParameterError(f"{self.name} needs a finite number ({self.range_text()}).", parameter=self.name)
        if self.type is ParamType.INT and abs(value - round(value)) > 1e-9:
            raise ParameterError(f"{self.name} needs a whole number, not {_fmt(value)}.", parameter=self.name)
        return value

    def _parse_bool(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ParameterError(f"{self.name} must be true or false, not {raw!r}.", parameter=self.name)


def resolve_declared(parameters: tuple[Parameter, ...], overrides: Mapping[str, object]) -> dict[str, ParamValue]:
    """Defaults plus overrides, each parsed by its declaration; unknown names are refused."""
    by_name = {p.name: p for p in parameters}
    unknown = sorted(set(overrides) - set(by_name))
    if unknown:
        name = unknown[0]
        close = [n for n in by_name if n.split("_")[0] == name.split("_")[0]]
        hint = f" (did you mean {close[0]}?)" if close else " (list them with --list-params)"
        raise ParameterError(f"Unknown parameter {name}{hint}.", parameter=name)
    values: dict[str, ParamValue] = {}
    for param in parameters:
        values[param.name] = param.parse(overrides[param.name]) if param.name in overrides else param.default
    return values


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"
