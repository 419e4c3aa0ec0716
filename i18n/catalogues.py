"""Read and write gettext catalogues: `.po` sources for translators and the `.mo` files gettext reads.

Pure Python (the `.mo` layout is that of GNU msgfmt and CPython's Tools/i18n/msgfmt.py) so building
and checking the catalogues needs no gettext tools and no network.
"""

from __future__ import annotations

import ast
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field

MO_MAGIC = 0x950412DE
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[!:][^{}]*)?\}")


class CatalogueError(ValueError):
    """A `.po` file that can't be read; the message names the line to fix."""


@dataclass
class Entry:
    msgid: str
    msgid_plural: str = ""
    msgstr: list[str] = field(default_factory=lambda: [""])
    locations: list[str] = field(default_factory=list)
    is_fuzzy: bool = False

    @property
    def is_translated(self) -> bool:
        return not self.is_fuzzy and all(self.msgstr)


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a message (`{{` is a literal brace)."""
    return set(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _unquote(token: str, where: str) -> str:
    try:
        value = ast.literal_eval(token)
    except (SyntaxError, ValueError) as exc:
        raise CatalogueError(f"{where}: a quoted string was expected, found {token!r}.") from exc
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: a quoted string was expected, found {token!r}.")
    return value


def parse_po(text: str, name: str = "catalogue") -> tuple[str, list[Entry]]:
    """The header (the msgstr of the empty msgid) and the entries of a `.po` file."""
    entries: list[Entry] = []
    header = ""
    current: Entry | None = None
    target: tuple[str, int] = ("", 0)
    locations: list[str] = []
    is_fuzzy = False

    def finish() -> None:
        nonlocal current, header
        if current is None:
            return
        if current.msgid == "":
            header = current.msgstr[0]
        else:
            entries.append(current)
        current = None

    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{name} line {number}"
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#:"):
            if current is not None and target[0] == "msgstr":
                finish()
            locations.extend(line[2:].split())
        elif line.startswith("#,"):
            if current is not None and target[0] == "msgstr":
                finish()
            is_fuzzy = "fuzzy" in line
        elif line.startswith("#"):
            continue
        elif line.startswith("msgid_plural "):
            if current is None:
                raise CatalogueError(f"{where}: msgid_plural without a msgid.")
            current.msgid_plural = _unquote(line[len("msgid_plural "):], where)
            target = ("msgid_plural", 0)
        elif line.startswith("msgid "):
            finish()
            current = Entry(_unquote(line[len("msgid "):], where), msgstr=[], locations=locations,
                            is_fuzzy=is_fuzzy)
            locations, is_fuzzy = [], False
            target = ("msgid", 0)
        elif line.startswith("msgstr"):
            if current is None:
                raise CatalogueError(f"{where}: msgstr without a msgid.")
            match = re.match(r"msgstr(?:\[(\d+)\])?\s+(.*)$", line)
            if not match:
                raise CatalogueError(f"{where}: write msgstr \"...\" or msgstr[N] \"...\".")
            index = int(match.group(1) or 0)
            while len(current.msgstr) <= index:
                current.msgstr.append("")
            current.msgstr[index] = _unquote(match.group(2), where)
            target = ("msgstr", index)
        elif line.startswith('"'):
            if current is None:
                raise CatalogueError(f"{where}: a continued string outside an entry.")
            more = _unquote(line, where)
            if target[0] == "msgid":
                current.msgid += more
            elif target[0] == "msgid_plural":
                current.msgid_plural += more
            else:
                current.msgstr[target[1]] += more
        else:
            raise CatalogueError(f"{where}: unexpected text {line[:40]!r}.")
    finish()
    for entry in entries:
        if not entry.msgstr:
            entry.msgstr = [""]
    return header, entries


def write_po(header: str, entries: Iterable[Entry]) -> str:
    """A `.po` file, one line per string (no wrapping: each message is one diff line)."""
    out = ["msgid \"\"", f"msgstr {_quote(header)}", ""]
    for entry in entries:
        if entry.locations:
            out.append("#: " + " ".join(entry.locations))
        if entry.is_fuzzy:
            out.append("#, fuzzy")
        out.append(f"msgid {_quote(entry.msgid)}")
        if entry.msgid_plural:
            out.append(f"msgid_plural {_quote(entry.msgid_plural)}")
            for index, text in enumerate(entry.msgstr):
                out.append(f"msgstr[{index}] {_quote(text)}")
        else:
            out.append(f"msgstr {_quote(entry.msgstr[0])}")
        out.append("")
    return "\n".join(out)


def compile_mo(header: str, entries: Iterable[Entry]) -> bytes:
    """The `.mo` bytes gettext reads: only translated, non-fuzzy entries (the rest stay in English)."""
    messages: dict[bytes, bytes] = {b"": header.encode("utf-8")}
    for entry in entries:
        if not entry.is_translated:
            continue
        if entry.msgid_plural:
            key = f"{entry.msgid}\0{entry.msgid_plural}".encode()
            messages[key] = "\0".join(entry.msgstr).encode("utf-8")
        else:
            messages[entry.msgid.encode("utf-8")] = entry.msgstr[0].encode("utf-8")
    keys = sorted(messages)
    ids = strs = b""
    spans: list[tuple[int, int, int, int]] = []
    for key in keys:
        spans.append((len(ids), len(key), len(strs), len(messages[key])))
        ids += key + b"\0"
        strs += messages[key] + b"\0"
    count = len(keys)
    key_start = 7 * 4 + 16 * count
    value_start = key_start + len(ids)
    table: list[int] = []
    for id_offset, id_length, _str_offset, _str_length in spans:
        table += [id_length, id_offset + key_start]
    for _id_offset, _id_length, str_offset, str_length in spans:
        table += [str_length, str_offset + value_start]
    head = struct.pack("<7I", MO_MAGIC, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return head + struct.pack(f"<{len(table)}I", *table) + ids + strs
