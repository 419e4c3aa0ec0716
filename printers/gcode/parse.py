"""Reading G-code: refuse what is not G-code text, split lines into commands and numeric words.

The one tokenizer of Heliofab: the safety check, the estimate, the preview, the resume state and the
print streamer all read a file through `tokenize`, and a command's `text` is both what the check
quotes and what the streamer sends (the host adds its own line number and checksum), so what is
checked is what is sent."""

from __future__ import annotations

import codecs
import math
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from i18n import _
from printers.gcode.notes import SlicerNotes, read_slicer_notes

# Commands whose argument is free text (a message or a file name), not letter-number words.
TEXT_ARGUMENT_CODES = frozenset({"M23", "M28", "M30", "M32", "M117", "M118", "M928"})

# ASCII only: a printer reads bytes, so "G1 X¹" or Arabic-Indic digits are not numbers to it (the serial
# link would send them as "?").
_WORD = re.compile(r"([A-Z])\s*([-+]?(?:NAN|INF(?:INITY)?|\d*\.?\d*))", re.ASCII)
_CODE_HEAD = re.compile(r"\s*([GMT])\s*(\d+(?:\.\d+)?)", re.ASCII)
# Klipper's (and RepRapFirmware's) extended commands: a word of two or more letters or underscores first
# ("PRINT_START EXTRUDER=215", "EXCLUDE_OBJECT_START NAME=part"), never a letter followed by a number.
_EXTENDED_HEAD = re.compile(r"\s*([A-Z_]{2,}[A-Z0-9_]*)(?=[\s=]|$)", re.ASCII)
_EXTENDED_PARAM = re.compile(r"([A-Z0-9_]+)=(\S*)", re.ASCII)
_CHECKSUM = re.compile(r"\*\d+\s*$")
_LINE_NUMBER = re.compile(r"^[Nn]\d+\s*")
_PAREN_COMMENT = re.compile(r"\([^)]*\)")
PARSE_ONCE_MAX_LINES = 400_000


class GcodeReadError(ValueError):
    """The file is missing, empty, or not G-code text; the message says what to do."""


class GcodeCommand(NamedTuple):
    """One command. A NamedTuple, not a frozen dataclass: files have 10⁵ of them and this builds 3× faster."""

    line_no: int  # 1-based line in the source
    code: str  # "G1", "M104", "T0"; "" for a line of bare words
    words: dict[str, float]  # letter -> value; NaN where the value was not a number (NaN, INF, "1.2.3")
    text: str  # the canonical command: no comment, line number or checksum, one space between words
    flags: frozenset[str] = frozenset()  # letters given without a value ("G28 X Y", "M84 E")
    has_bad_number: bool = False  # some value is NaN, infinite or not a number (or the line is not ASCII)


# The code of a MoveRun, which no G-code line has: passes that know runs branch on it.
MOVE_RUN_CODE = "G1 run"


class MoveRun(NamedTuple):
    """Consecutive extruding moves `G1 X.. Y.. E..` (no Z, no F) of the slicer's own program, as their
    numbers: a pass that takes them whole (the estimate) need not build a command for each move.
    `commands` builds them, for a pass (or a modal state) that needs them one by one."""

    line_no: int  # the first move's file line; the others follow it line by line
    xs: array[float]
    ys: array[float]
    es: array[float]
    commands: Callable[[], Iterator[GcodeCommand]]
    code: str = MOVE_RUN_CODE


@dataclass(frozen=True)
class ParsedGcode:
    """A file parsed once, to hand to both the safety check and the analysis."""

    line_count: int
    commands: Sequence[GcodeCommand]  # a tuple when parsed from text; the slicer's are built as read
    notes: SlicerNotes = SlicerNotes()
    layer_marks: tuple[int, ...] = ()  # file lines of the slicer's layer-change comments (";LAYER:3")


GcodeSource = str | Path | Iterable[str] | ParsedGcode


def parse_gcode(source: GcodeSource) -> ParsedGcode:
    """Parses everything up front: worth it when two passes follow (check, then estimate) on a file
    of ordinary size; for very large files, pass the lines to each pass and let them stream."""
    if isinstance(source, ParsedGcode):
        return source
    lines = source_lines(source)
    marks: list[int] = []
    commands = tuple(tokenize(lines, layer_marks=marks))
    return ParsedGcode(len(lines), commands, read_slicer_notes(lines), tuple(marks))


def program_for_passes(lines: list[str]) -> GcodeSource:
    """What to hand the safety check and the analysis when both run on the same lines: parsed once,
    unless the file is so large that holding every parsed command would cost more memory than a
    village laptop should spend; then each pass streams the lines."""
    return parse_gcode(lines) if len(lines) <= PARSE_ONCE_MAX_LINES else lines


def commands_and_line_count(source: GcodeSource) -> tuple[Iterable[GcodeCommand], int]:
    """The commands (parsed lazily unless already parsed) and the number of lines in the file."""
    if isinstance(source, ParsedGcode):
        return source.commands, source.line_count
    lines = source_lines(source)
    return tokenize(lines), len(lines)


def program_parts(source: GcodeSource) -> tuple[Iterable[GcodeCommand], int, SlicerNotes]:
    """The commands, the number of lines and what the slicer's comments say about its settings."""
    if isinstance(source, ParsedGcode):
        return source.commands, source.line_count, source.notes
    lines = source_lines(source)
    return tokenize(lines), len(lines), read_slicer_notes(lines)


def is_non_ascii(cmd: GcodeCommand) -> bool:
    """The command holds characters a printer cannot read; nothing was parsed from it."""
    return cmd.has_bad_number and not cmd.text.isascii()


def is_extended_code(code: str) -> bool:
    """A Klipper-style command word ("PRINT_START"), as opposed to G/M/T codes and bare words."""
    return len(code) > 1 and code[1] not in "0123456789."


def extended_params(cmd: GcodeCommand) -> dict[str, str]:
    """The NAME=value arguments of an extended command, names upper case ("ACCEL" -> "500")."""
    return dict(_EXTENDED_PARAM.findall(cmd.text.upper()))


def read_gcode_lines(path: str | Path) -> list[str]:
    """The file's lines; refuses an empty file, a missing one and binary data with one clear sentence."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError as exc:
        raise GcodeReadError(_("{file} does not exist: check the path.").format(file=file)) from exc
    except OSError as exc:
        raise GcodeReadError(_("{file} cannot be read ({strerror}): check the path and its permissions.").format(
                file=file, strerror=exc.strerror)) from exc
    if not data.strip():
        raise GcodeReadError(_("{file} is empty: slice the part again.").format(file=file))
    sample = data[:65536]
    if b"\x00" in sample or _non_text_fraction(sample) > 0.05:
        raise GcodeReadError(_("{file} is not G-code text (it looks binary): choose the .gcode file the "
                               "slicer wrote.").format(
                file=file))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.splitlines()


def source_lines(source: GcodeSource) -> list[str]:
    if isinstance(source, ParsedGcode):
        raise TypeError(_("a parsed program has no lines; use its commands"))
    if isinstance(source, (str, Path)):
        return read_gcode_lines(source)
    return list(source)


def strip_comment(line: str) -> str:
    """The canonical text of one line's command: what the check reads and the streamer sends.

    Drops a `;` comment (an escaped `\\;` stays, backslash and all, as the line wrote it), `( )`
    comments (except inside the text of M117 and the other text commands, where they are part of a
    message or a file name), the file's own `N123` line number and `*NN` checksum (the host numbers
    and checksums every line itself), and collapses blanks to one space. "" for a line with no command.
    """
    line = _cut_comment(line) if "\\" in line else line.split(";", 1)[0]
    line = line.strip()
    if line[:1] in ("N", "n"):
        line = _LINE_NUMBER.sub("", line)
    if "*" in line:
        line = _CHECKSUM.sub("", line)
    if "(" in line and not _is_text_command(line):
        line = _PAREN_COMMENT.sub(" ", line)
    if "  " in line or "\t" in line or "\x0b" in line or "\x0c" in line:
        line = " ".join(line.split())
    return line.strip()


def _cut_comment(line: str) -> str:
    """The line up to its first unescaped `;`."""
    is_escaped = False
    for index, char in enumerate(line):
        if is_escaped:
            is_escaped = False
        elif char == "\\":
            is_escaped = True
        elif char == ";":
            return line[:index]
    return line


def command_code(text: str) -> str:
    """`G1`, `M109`, `M862.3`, `T0` of a command's text (upper case, no leading zeros); "" for none."""
    match = _CODE_HEAD.match(text.upper())
    return _code(match) if match is not None else ""


def _is_text_command(text: str) -> bool:
    match = _CODE_HEAD.match(text.upper())
    return match is not None and _code(match) in TEXT_ARGUMENT_CODES


def parse_command(text: str, line_no: int) -> GcodeCommand:
    if not text.isascii():
        # Nothing of such a line is trusted: "G1 X1⁰" must not become a move to X1 (or X10).
        match = _CODE_HEAD.match(text.upper())
        return GcodeCommand(line_no, _code(match) if match else "", {}, text, _NO_FLAGS, True)
    fast = _parse_spaced(text, line_no)
    if fast is not None:
        return fast
    upper = text.upper()
    match = _CODE_HEAD.match(upper)
    if match is None:
        extended = _EXTENDED_HEAD.match(upper)
        if extended is not None:
            return GcodeCommand(line_no, extended.group(1), {}, text)
        words, flags, is_bad = _words(upper)
        return GcodeCommand(line_no, "", words, text, flags, is_bad)
    code = _code(match)
    if code in TEXT_ARGUMENT_CODES:
        return GcodeCommand(line_no, code, {}, text)
    words, flags, is_bad = _words(upper[match.end() :])
    return GcodeCommand(line_no, code, words, text, flags, is_bad)


def _code(match: re.Match[str]) -> str:
    """"G1", "M862.3": the letter and the number without leading zeros ("G01" -> "G1")."""
    number = match.group(2)
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return match.group(1) + str(int(number)) if "." not in number else match.group(1) + number


def iter_commands(source: GcodeSource) -> Iterator[GcodeCommand]:
    """Every command with its line number; comments and blank lines are skipped."""
    if isinstance(source, ParsedGcode):
        yield from source.commands
        return
    yield from tokenize(source_lines(source))


def tokenize(lines: Sequence[str], *, layer_marks: list[int] | None = None) -> Iterator[GcodeCommand]:
    """The commands of a file's lines, in order: the one place G-code text is read.

    `layer_marks`, when given, collects the 1-based lines of the slicer's layer-change comments
    (`;LAYER:12` from Cura, `;LAYER_CHANGE` from PrusaSlicer, `;LAYER 3` from ours), where a pause at
    the next layer stops."""
    for index, raw in enumerate(lines, start=1):
        if (";" in raw or "(" in raw or "*" in raw or "\\" in raw or "\t" in raw or "  " in raw
                or raw[:1] in _SLOW_STARTS):
            if layer_marks is not None and ";" in raw and raw.lstrip()[:6].upper() == ";LAYER":
                layer_marks.append(index)
            text = strip_comment(raw)
        else:
            # Nearly every line of a slicer's file: one space between words, nothing to strip.
            text = raw.strip()
        if text:
            yield parse_command(text, index)


_SLOW_STARTS = frozenset({"N", "n", " "})


def _parse_spaced(text: str, line_no: int) -> GcodeCommand | None:
    """The common case, "G1 X10.5 Y3 E0.02": upper-case words split by spaces. None sends the line
    to the slower regex path (glued words, lower case, flags without values, odd numbers)."""
    tokens = text.split()
    code = _HEAD_CODES.get(tokens[0])
    if code is None:
        head = tokens[0]
        if len(head) < 2 or head[0] not in "GMT" or not (head[1:].isascii() and head[1:].isdigit()):
            return None
        code = head[0] + str(int(head[1:]))
    if code in TEXT_ARGUMENT_CODES or not text.isupper():
        return None
    try:
        words = {token[0]: float(token[1:]) for token in tokens[1:]}
    except ValueError:
        return None
    if len(words) != len(tokens) - 1 or not _LETTERS.issuperset(words):
        return None
    # A sum of finite floats is finite (short of 1e308 coordinates, which are bad numbers anyway).
    return GcodeCommand(line_no, code, words, text, _NO_FLAGS, not math.isfinite(sum(words.values())))


_HEAD_CODES = {f"{letter}{number}": f"{letter}{number}" for letter in "GM" for number in range(0, 1000)}
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NO_FLAGS: frozenset[str] = frozenset()


def _any_bad(words: dict[str, float]) -> bool:
    return any(not math.isfinite(v) for v in words.values())


def _words(text: str) -> tuple[dict[str, float], frozenset[str], bool]:
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
    # Characters no word accounts for ("X1.2.3", "Y=4") make the line's numbers untrustworthy.
    has_junk = bool(_WORD.sub("", text).strip())
    return words, frozenset(flags), has_junk or _any_bad(words)


def _non_text_fraction(sample: bytes) -> float:
    if not sample:
        return 0.0
    allowed = set(range(32, 127)) | {9, 10, 13}
    bad = sum(1 for b in sample if b not in allowed and b < 128)
    high = sum(1 for b in sample if b >= 128)
    if high and _is_utf8(sample):
        high = 0  # accents and °C in comments, however short the file
    # Other text (Latin-1 comments) has some high bytes; garbage has many.
    return (bad + max(0, high - len(sample) // 50)) / len(sample)


def _is_utf8(sample: bytes) -> bool:
    """Valid UTF-8, allowing a character cut in two at the end of the sample."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True
