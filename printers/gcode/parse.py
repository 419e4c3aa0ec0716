"""Reading G-code: refuse what is not G-code text, split lines into commands and numeric words."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

GcodeSource = str | Path | Iterable[str]

# Commands whose argument is free text (a message or a file name), not letter-number words.
TEXT_ARGUMENT_CODES = frozenset({"M23", "M28", "M30", "M32", "M117", "M118", "M928"})

_WORD = re.compile(r"([A-Z])\s*([-+]?(?:NAN|INF(?:INITY)?|\d*\.?\d*))")
_CHECKSUM = re.compile(r"\*\d+\s*$")
_LINE_NUMBER = re.compile(r"^N\d+\s*")
_PAREN_COMMENT = re.compile(r"\([^)]*\)")


class GcodeReadError(ValueError):
    """The file is missing, empty, or not G-code text; the message says what to do."""


@dataclass(frozen=True, slots=True)
class GcodeCommand:
    line_no: int  # 1-based line in the source
    code: str  # "G1", "M104", "T0"; "" for a line of bare words
    words: dict[str, float]  # letter -> value; NaN where the value was not a number (NaN, INF, "1.2.3")
    text: str  # the command without comment, line number or checksum, as written
    flags: frozenset[str] = frozenset()  # letters given without a value ("G28 X Y", "M84 E")

    def has(self, letter: str) -> bool:
        return letter in self.words

    def get(self, letter: str, default: float | None = None) -> float | None:
        return self.words.get(letter, default)

    @property
    def has_bad_number(self) -> bool:
        return any(not math.isfinite(v) for v in self.words.values())


def read_gcode_lines(path: str | Path) -> list[str]:
    """The file's lines; refuses an empty file, a missing one and binary data with one clear sentence."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise GcodeReadError(f"{file} does not exist: check the path.") from exc
    except OSError as exc:
        raise GcodeReadError(f"{file} cannot be read ({exc.strerror}): check the path and its permissions.") from exc
    if not data.strip():
        raise GcodeReadError(f"{file} is empty: slice the part again.")
    sample = data[:65536]
    if b"\x00" in sample or _non_text_fraction(sample) > 0.05:
        raise GcodeReadError(f"{file} is not G-code text (it looks binary): choose the .gcode file the slicer wrote.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.splitlines()


def source_lines(source: GcodeSource) -> list[str]:
    if isinstance(source, (str, Path)):
        return read_gcode_lines(source)
    return list(source)


def strip_comment(line: str) -> str:
    cut = line.find(";")
    if cut >= 0:
        line = line[:cut]
    if "(" in line:
        line = _PAREN_COMMENT.sub(" ", line)
    line = line.strip()
    if line[:1] in ("N", "n"):
        line = _LINE_NUMBER.sub("", line.upper() if line[:1] == "n" else line)
    if "*" in line:
        line = _CHECKSUM.sub("", line).strip()
    return line


def parse_command(text: str, line_no: int) -> GcodeCommand:
    upper = text.upper()
    match = re.match(r"\s*([GMT])\s*(\d+(?:\.\d+)?)", upper)
    if match is None:
        words, flags = _words(upper)
        return GcodeCommand(line_no, "", words, text, flags)
    number = match.group(2)
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    code = match.group(1) + str(int(number)) if "." not in number else match.group(1) + number
    if code in TEXT_ARGUMENT_CODES:
        return GcodeCommand(line_no, code, {}, text)
    words, flags = _words(upper[match.end():])
    return GcodeCommand(line_no, code, words, text, flags)


def iter_commands(source: GcodeSource) -> Iterator[GcodeCommand]:
    """Every command with its line number; comments and blank lines are skipped."""
    for index, raw in enumerate(source_lines(source), start=1):
        text = strip_comment(raw)
        if text:
            yield parse_command(text, index)


def _words(text: str) -> tuple[dict[str, float], frozenset[str]]:
    words: dict[str, float] = {}
    flags: set[str] = set()
    for letter, value in _WORD.findall(text):
        if value == "":
            flags.add(letter)
            continue
        try:
            words[letter] = float(value)
        except ValueError:
            words[letter] = math.nan
    return words, frozenset(flags)


def _non_text_fraction(sample: bytes) -> float:
    if not sample:
        return 0.0
    allowed = set(range(32, 127)) | {9, 10, 13}
    bad = sum(1 for b in sample if b not in allowed and b < 128)
    high = sum(1 for b in sample if b >= 128)
    # UTF-8 text (°C in comments) has some high bytes; garbage has many.
    return (bad + max(0, high - len(sample) // 50)) / len(sample)
