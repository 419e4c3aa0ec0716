"""The words of the frame checks: parameters named by the form's labels and values with the form's units,
all taken from the declaration in this one place, so a check never shows an internal name (`bridge_mm`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from catalog.frames.declarations import FRAME_PARAMETERS
from catalog.frames.fluid_declarations import CONVENTIONAL_ALIASES
from catalog.frames.params import Parameter, ParamValue
from i18n import _

# How a value reads after its number, by declared unit ("16 mm", "8°").
UNIT_TEXT = {"mm": " mm", "deg": "°", "D": " D", "per kg": " per kg"}


@dataclass(frozen=True)
class FrameFix:
    """One fix a check proposes: new values for one or more parameters, applied together."""

    changes: tuple[tuple[str, float], ...]

    def as_dict(self) -> dict[str, float]:
        return dict(self.changes)

    def merged(self, other: FrameFix) -> FrameFix:
        """Both fixes at once; where they set the same parameter, `other` wins."""
        values = dict(self.changes)
        values.update(other.changes)
        return FrameFix(tuple(values.items()))

    def to_json(self) -> dict[str, float]:
        return self.as_dict()


class FormWords:
    """Labels and units of one declaration; names another family calls differently go through its aliases."""

    def __init__(self, parameters: tuple[Parameter, ...]) -> None:
        self._by_name = {p.name: p for p in parameters}
        for conventional, own in CONVENTIONAL_ALIASES.items():
            if conventional not in self._by_name and own in self._by_name:
                self._by_name[conventional] = self._by_name[own]
        # Checks shared by every family may name a frame parameter a declaration lacks: its frame label.
        self._fallback = {p.name: p for p in FRAME_PARAMETERS}

    def _parameter(self, name: str) -> Parameter:
        found = self._by_name.get(name) or self._fallback.get(name)
        if found is None:
            raise KeyError(f"{name} is declared nowhere: a check names a parameter no form shows.")
        return found

    def own_name(self, name: str) -> str:
        """The name this declaration gives the parameter (a module frame's `module_diameter_mm` for
        `lens_width_mm`)."""
        return self._parameter(name).name

    def label(self, name: str) -> str:
        """The form's label in the operator's language."""
        return self._parameter(name).shown_label

    def value(self, name: str, value: ParamValue) -> str:
        unit = self._parameter(name).unit
        number = f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
        return number + UNIT_TEXT.get(unit, f" {unit}" if unit else "")

    def fix_text(self, fix: FrameFix) -> str:
        parts = [_("{label} to {value}").format(label=self.label(name), value=self.value(name, value))
                 for name, value in fix.changes]
        text = parts[0] if parts else ""
        for part in parts[1:]:
            text = _("{first} and {second}").format(first=text, second=part)
        return text

    def suggestion(self, fixes: tuple[FrameFix, ...], advice: str = "") -> str:
        """"Set Bridge (DBL) to 16 mm, or Lens width (A) to 46 mm." followed by the advice, if any."""
        if not fixes:
            # "Or lower X." follows a fix; standing alone it is the suggestion itself (in any language).
            prefix = _("Or") + " "
            rest = advice[len(prefix):]
            return rest[:1].upper() + rest[1:] if advice.startswith(prefix) else advice
        choices = [self.fix_text(f) for f in fixes]
        joined = choices[0]
        for choice in choices[1:]:
            joined = _("{choices}, or {last}").format(choices=joined, last=choice)
        return f"{_('Set {fixes}.').format(fixes=joined)} {advice}".strip()


def fix_of(values: Mapping[str, float]) -> FrameFix:
    return FrameFix(tuple((name, round(float(v), 2)) for name, v in values.items()))


def words_for(params: Mapping[str, ParamValue]) -> FormWords:
    """The words of the declaration that checked `params` (a ParameterSet carries it), else a frame's."""
    declaration = getattr(params, "declaration", None)
    return FormWords(declaration if isinstance(declaration, tuple) else FRAME_PARAMETERS)
