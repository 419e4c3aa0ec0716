"""The Customizer annotations of a `.scad` file, read as parameter declarations.

The rules are OpenSCAD's own (User Manual, "Customizer"):
- parameters are top-level assignments of a literal (number, string, boolean, or up to four numbers)
  in the main file, before the first `{` (OpenSCAD stops at that line: a module or function written
  without braces does not end the list);
- `/* [Tab name] */` alone on a line starts a tab; `[Hidden]` hides what follows, `[Global]` is shown
  with every tab;
- the `//` comment on the line above is the description; the comment after the assignment gives the
  widget: `[a:b]` or `[a:step:b]` ranges, `[max]` (0 to max), `[x, y]` or `[10:Small, 20:Large]`
  choices, and for a string a bare number limits its length.

Only comments and literals are read; nothing is evaluated.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from catalog.frames.params import Parameter, ParamType, ParamValue
from catalog.scad.literals import LiteralKind, is_number, read_literal, read_number, unescape

DEFAULT_TAB = "Parameters"
GLOBAL_TAB = "Global"
HIDDEN_TAB = "hidden"

# Comments and strings are skipped as wholes, so a `{` inside them does not end the parameters.
_TOKEN_RE = re.compile(r'//[^\n]*|/\*.*?(?:\*/|\Z)|"(?:[^"\\\n]|\\.)*"|\{', re.DOTALL)
_TAB_RE = re.compile(r"^\s*/\*\s*\[([^\]]*)\]\s*\*/\s*$")
_ASSIGN_RE = re.compile(
    r'^\s*(?P<name>[A-Za-z_$][\w$]*)\s*=\s*'
    r'(?P<value>"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^;"\[\]]*?)\s*;'
    r"\s*(?://(?P<comment>.*))?$"
)
_DESCRIPTION_RE = re.compile(r"^\s*//(?P<text>.*)$")
_INLINE_BLOCK_RE = re.compile(r"/\*.*?\*/")


@dataclass(frozen=True)
class CustomizerDeclaration:
    """A design's parameters in file order, with the OpenSCAD kind of each value."""

    parameters: tuple[Parameter, ...]
    kinds: dict[str, LiteralKind] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()
    stop_line: int | None = None  # 1-based line of the first `{`, where the parameters end

    def groups(self) -> list[str]:
        seen: list[str] = []
        for param in self.parameters:
            if param.group not in seen:
                seen.append(param.group)
        return seen

    def parameter(self, name: str) -> Parameter:
        for param in self.parameters:
            if param.name == name:
                return param
        raise KeyError(name)


def parse_customizer(text: str) -> CustomizerDeclaration:
    """Every Customizer parameter of `text` (the main `.scad` file's source)."""
    head_end, stop_line, block_spans = _scan_head(text)
    params: dict[str, Parameter] = {}
    kinds: dict[str, LiteralKind] = {}
    hidden: list[str] = []
    tab = DEFAULT_TAB
    previous_comment: str | None = None
    offset = 0
    spans = iter(block_spans)
    span = next(spans, None)
    for line in text[:head_end].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        while span is not None and span[1] <= start:
            span = next(spans, None)
        raw = line.rstrip("\r\n")
        tab_match = _TAB_RE.match(raw)
        if tab_match:
            tab = _tab_name(tab_match.group(1))
            previous_comment = None
            continue
        if span is not None and span[0] <= start < span[1]:
            previous_comment = None  # inside a block comment: commented-out code is not a parameter
            continue
        code = _INLINE_BLOCK_RE.sub(" ", raw) if "/*" in raw else raw
        description = _DESCRIPTION_RE.match(code)
        if description:
            previous_comment = description.group("text").strip()
            continue
        assignment = _ASSIGN_RE.match(code)
        if assignment:
            name = assignment.group("name")
            param_kind = _declare(assignment.group("value"), assignment.group("comment"), name, tab, previous_comment)
            if param_kind is not None:
                # As in OpenSCAD, a variable assigned twice takes its last value.
                params.pop(name, None)
                kinds.pop(name, None)
                if name in hidden:
                    hidden.remove(name)
                if tab == HIDDEN_TAB:
                    hidden.append(name)
                else:
                    params[name], kinds[name] = param_kind
        previous_comment = None
    ordered = sorted(params.values(), key=lambda p: 0 if p.group == GLOBAL_TAB else 1)
    return CustomizerDeclaration(tuple(ordered), kinds, tuple(hidden), stop_line)


def _scan_head(text: str) -> tuple[int, int | None, list[tuple[int, int]]]:
    """Where the parameters end (start of the line holding the first `{`), and the block comments before it."""
    spans: list[tuple[int, int]] = []
    for match in _TOKEN_RE.finditer(text):
        token = match.group()
        if token == "{":
            line_start = text.rfind("\n", 0, match.start()) + 1
            return line_start, text.count("\n", 0, match.start()) + 1, spans
        if token.startswith("/*"):
            spans.append((match.start(), match.end()))
    return len(text), None, spans


def _tab_name(raw: str) -> str:
    name = raw.strip()
    if name.casefold() == "hidden":
        return HIDDEN_TAB
    if name.casefold() == "global":
        return GLOBAL_TAB
    return name or DEFAULT_TAB


def _declare(value_text: str, comment: str | None, name: str, tab: str,
             description: str | None) -> tuple[Parameter, LiteralKind] | None:
    literal = read_literal(value_text)
    if literal is None:
        return None  # an expression: OpenSCAD's Customizer does not offer it either
    kind, default = literal
    spec = (comment or "").strip()
    label = _label(name)
    help_text = description or ""
    group = tab
    if kind is LiteralKind.BOOL:
        return Parameter(name, label, "", ParamType.BOOL, default, group, help_text), kind
    if kind is LiteralKind.STRING:
        return _string_parameter(name, label, str(default), group, help_text, spec), kind
    bracket = _bracket(spec)
    if kind is LiteralKind.VECTOR:
        assert isinstance(default, tuple)
        lo, step, hi = _range(bracket) if bracket is not None else (None, None, None)
        step = step or _step_for([*default, *(v for v in (lo, hi) if v is not None)])
        return Parameter(name, label, "", ParamType.VECTOR, default, group, help_text, lo, hi, step), kind
    assert isinstance(default, (int, float)) and not isinstance(default, bool)
    if bracket is not None and _is_choice_list(bracket):
        choices, labels = _choices(bracket)
        if not all(is_number(c) for c in choices):
            return None  # a number with text choices is not something the Customizer can offer
        choices, labels = _with_default(_number_text(default), choices, labels)
        return _choice_parameter(name, label, _number_text(default), choices, labels, group, help_text), kind
    lo, step, hi = _range(bracket) if bracket is not None else (None, None, None)
    step = step or _step_for([default, *(v for v in (lo, hi) if v is not None)])
    is_whole = lo is not None and all(float(v).is_integer() for v in (default, lo, hi, step) if v is not None)
    param_type = ParamType.INT if is_whole else ParamType.FLOAT
    value: ParamValue = int(default) if is_whole else float(default)
    return Parameter(name, label, "", param_type, value, group, help_text, lo, hi, step), kind


def _string_parameter(name: str, label: str, default: str, group: str, help_text: str, spec: str) -> Parameter:
    bracket = _bracket(spec)
    if bracket is not None and bracket.strip():
        choices, labels = _choices(bracket)
        choices, labels = _with_default(default, choices, labels)
        return _choice_parameter(name, label, default, choices, labels, group, help_text)
    max_length = int(spec) if re.fullmatch(r"\d{1,6}", spec) else None
    if max_length is not None and len(default) > max_length:
        max_length = len(default)  # the design's own default must stay acceptable
    return Parameter(name, label, "", ParamType.STRING, default, group, help_text, max_length=max_length)


def _choice_parameter(name: str, label: str, default: str, choices: tuple[str, ...], labels: tuple[str, ...],
                      group: str, help_text: str) -> Parameter:
    shown = labels if any(c != lab for c, lab in zip(choices, labels, strict=True)) else ()
    return Parameter(name, label, "", ParamType.CHOICE, default, group, help_text, choices=choices, choice_labels=shown)


def _bracket(spec: str) -> str | None:
    if spec.startswith("[") and "]" in spec:
        return spec[1 : spec.index("]")]
    return None


def _is_choice_list(inner: str) -> bool:
    if "," in inner:
        return True
    parts = [p.strip() for p in inner.split(":")]
    return not all(is_number(p) for p in parts) or len(parts) > 3


def _range(inner: str) -> tuple[float | None, float | None, float | None]:
    """`[max]`, `[min:max]` or `[min:step:max]`, as numbers; anything else is no range."""
    parts = [p.strip() for p in inner.split(":")]
    if not parts or not all(is_number(p) for p in parts) or "," in inner:
        return None, None, None
    numbers = [float(read_number(p)) for p in parts]
    if len(numbers) == 1:
        lo, step, hi = 0.0, None, numbers[0]
    elif len(numbers) == 2:
        lo, step, hi = numbers[0], None, numbers[1]
    else:
        lo, step, hi = numbers[0], numbers[1], numbers[2]
    if hi < lo:
        lo, hi = hi, lo
    if step is not None and step <= 0:
        step = None
    return lo, step, hi


def _choices(inner: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    values: list[str] = []
    labels: list[str] = []
    for item in inner.split(","):
        item = item.strip()
        if not item:
            continue
        value, sep, label = item.partition(":")
        value = _unquote(value.strip())
        if is_number(value):
            value = _number_text(read_number(value))
        if value in values:
            continue
        values.append(value)
        labels.append(_unquote(label.strip()) if sep and label.strip() else value)
    return tuple(values), tuple(labels)


def _with_default(default: str, choices: tuple[str, ...],
                  labels: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # The design's default is always a valid value, even when its author forgot to list it.
    if default in choices:
        return choices, labels
    return (default, *choices), (default, *labels)


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return unescape(text[1:-1])
    return text


def _number_text(value: float | int) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:g}" if float(f"{value:g}") == value else repr(float(value))


def _step_for(values: list[float | int]) -> float:
    """1 for whole numbers, else one unit of the finest decimal written (0.05 for 2.35)."""
    decimals = 0
    for value in values:
        if isinstance(value, int) or float(value).is_integer():
            continue
        text = repr(float(value))
        if "e" in text:
            return 10.0 ** math.floor(math.log10(abs(float(value))))
        decimals = max(decimals, len(text.split(".")[1]))
    return 1.0 if decimals == 0 else round(10.0 ** -min(decimals, 6), 6)


def _label(name: str) -> str:
    words = name.replace("$", "").replace("_", " ").strip()
    return (words[:1].upper() + words[1:]) if words else name
