"""A parameter set: the frozen, checked values of one declaration, made once from what the operator typed.

Everything after `resolve_parameters` (preview, checks, generator, export, slicing) receives a `ParameterSet`
and trusts it: its values are already parsed to their declared types and ranges, so nothing downstream
parses or range-checks them again.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import NoReturn

from catalog.frames.params import Parameter, ParameterError, ParamValue, number_of
from i18n import _


class ParameterSet(Mapping[str, ParamValue]):
    """name -> typed value for every parameter of `declaration`, in declaration order; immutable.

    Made only by `resolve_parameters` (or `with_changes`, which checks the changed values the same way),
    so holding one means the values were checked against the declaration it carries.
    """

    __slots__ = ("_declaration", "_owner", "_values")

    _declaration: tuple[Parameter, ...]
    _owner: str
    _values: Mapping[str, ParamValue]

    def __init__(self) -> None:
        raise TypeError(_("A ParameterSet is made by resolve_parameters(), which checks every value once."))

    @classmethod
    def _checked(cls, owner: str, declaration: tuple[Parameter, ...], values: dict[str, ParamValue]) -> ParameterSet:
        made = object.__new__(cls)
        object.__setattr__(made, "_owner", owner)
        object.__setattr__(made, "_declaration", declaration)
        object.__setattr__(made, "_values", MappingProxyType(values))
        return made

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(_("A ParameterSet cannot be changed ({name}): make a new one with "
                               "with_changes().").format(
                name=name))

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(_("A ParameterSet cannot be changed ({name}).").format(name=name))

    @property
    def owner(self) -> str:
        """The id of the design (frame style or OpenSCAD design) whose declaration checked these values."""
        return self._owner

    @property
    def declaration(self) -> tuple[Parameter, ...]:
        return self._declaration

    def __getitem__(self, name: str) -> ParamValue:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ParameterSet):
            return self._owner == other._owner and dict(self._values) == dict(other._values)
        if isinstance(other, Mapping):
            return dict(self._values) == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._owner, tuple(self._values.items())))

    def __repr__(self) -> str:
        return f"ParameterSet({self._owner!r}, {dict(self._values)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        # Worker processes and caches may pickle a set; it comes back as the same checked values.
        return (_rebuild, (self._owner, self._declaration, dict(self._values)))

    def number(self, name: str) -> float:
        """A FLOAT or INT parameter as a float."""
        return number_of(self._values, name)

    def text(self, name: str) -> str:
        """A CHOICE or STRING parameter."""
        value = self._values[name]
        if not isinstance(value, str):
            raise TypeError(_("{name} is not a text parameter of {owner}.").format(name=name, owner=self._owner))
        return value

    def flag(self, name: str) -> bool:
        value = self._values[name]
        if not isinstance(value, bool):
            raise TypeError(_("{name} is not a true/false parameter of {owner}.").format(
                    name=name, owner=self._owner))
        return value

    def as_dict(self) -> dict[str, ParamValue]:
        """A plain copy, for JSON documents and the database."""
        return dict(self._values)

    def with_changes(self, changes: Mapping[str, object]) -> ParameterSet:
        """These values with `changes` applied; only the changed values are checked (the rest already were)."""
        by_name = {p.name: p for p in self._declaration}
        _refuse_unknown(changes, by_name, ())
        values = dict(self._values)
        for name, raw in changes.items():
            values[name] = by_name[name].parse(raw)
        return ParameterSet._checked(self._owner, self._declaration, values)


def resolve_parameters(owner: str, declaration: tuple[Parameter, ...], overrides: Mapping[str, object], *,
                       retired: Iterable[str] = ()) -> ParameterSet:
    """Defaults plus overrides, each parsed by its declaration: the one place operator input is checked.

    Unknown names are refused with the closest known one; `retired` names (parameters an older Heliofab
    declared, found in saved fits and parameter-set files) are dropped without a word.
    """
    by_name = {p.name: p for p in declaration}
    _refuse_unknown(overrides, by_name, tuple(retired))
    values: dict[str, ParamValue] = {}
    for param in declaration:
        values[param.name] = param.parse(overrides[param.name]) if param.name in overrides else param.default
    return ParameterSet._checked(owner, declaration, values)


def _refuse_unknown(overrides: Mapping[str, object], by_name: Mapping[str, Parameter],
                    retired: tuple[str, ...]) -> None:
    unknown = sorted(set(overrides) - set(by_name) - set(retired))
    if not unknown:
        return
    name = unknown[0]
    close = difflib.get_close_matches(name, list(by_name), n=1)
    message = (_("Unknown parameter {name} (did you mean {close}?).").format(name=name, close=close[0]) if close
               else _("Unknown parameter {name} (list them with --list-params).").format(name=name))
    raise ParameterError(message, parameter=name)


def _rebuild(owner: str, declaration: tuple[Parameter, ...], values: dict[str, ParamValue]) -> ParameterSet:
    return ParameterSet._checked(owner, declaration, values)
