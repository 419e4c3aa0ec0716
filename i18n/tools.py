"""`python -m i18n.tools extract | compile | check`: keep the core's catalogues in step with the code.

extract  finds every `_("...")`, `N_("...")` and `ngettext("...", "...", n)` in app/, catalog/,
         printers/ and db/, and merges them into assets/translations/core_<lang>.po (translations kept,
         new messages left empty for the translator, messages gone from the code dropped);
compile  writes core_<lang>.mo from each .po;
check    lists messages without a translation and translations whose `{placeholders}` differ.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

from i18n.catalogues import Entry, compile_mo, parse_po, placeholders, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE_PACKAGES = ("app", "catalog", "printers", "db")
CATALOGUE_DIR = ROOT / "assets" / "translations"
LANGUAGES = ("fr", "es", "sw", "pt")
PLURAL_FORMS = {"fr": "nplurals=2; plural=(n > 1);", "es": "nplurals=2; plural=(n != 1);",
                "sw": "nplurals=2; plural=(n != 1);", "pt": "nplurals=2; plural=(n != 1);"}
_MARKERS = {"_": 1, "N_": 1, "ngettext": 2}


class ExtractionError(ValueError):
    """A marked message the tools can't read: it must be a plain string literal."""


@dataclass(frozen=True)
class Message:
    msgid: str
    msgid_plural: str
    location: str


def _marked(tree: ast.AST, relative: str) -> list[Message]:
    found: list[Message] = []
    calls = [node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _MARKERS]
    for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):  # source order, as translators read
        assert isinstance(node.func, ast.Name)
        wanted = _MARKERS[node.func.id]
        literals = node.args[:wanted]
        where = f"{relative}:{node.lineno}"
        is_literal = len(literals) == wanted and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literals)
        if not is_literal and node.func.id == "_" and not any(
                isinstance(a, (ast.JoinedStr, ast.BinOp, ast.Constant)) for a in literals):
            continue  # `_(label)`: a text marked with N_() where it is written, translated where it is shown
        if not is_literal:
            # An f-string or a variable would be translated under a msgid no catalogue can hold.
            raise ExtractionError(f"{where}: {node.func.id}() needs plain string literals; "
                                  "put the values in {placeholders} and call .format() on the result.")
        texts = [a.value for a in literals if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        found.append(Message(texts[0], texts[1] if wanted == 2 else "", where))
    return found


def extract(root: Path = ROOT) -> list[Message]:
    """Every marked message, in file then line order."""
    messages: list[Message] = []
    for package in SOURCE_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if "/migrations/" in relative:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            messages += _marked(tree, relative)
    return messages


def _header(language: str) -> str:
    return ("Project-Id-Version: heliofab\n"
            f"Language: {language}\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            f"Plural-Forms: {PLURAL_FORMS[language]}\n")


def merge(messages: list[Message], language: str, existing: list[Entry]) -> list[Entry]:
    """The catalogue for `messages`, keeping the translations already made."""
    known = {(e.msgid, e.msgid_plural): e for e in existing}
    merged: dict[tuple[str, str], Entry] = {}
    for message in messages:
        key = (message.msgid, message.msgid_plural)
        if key in merged:
            merged[key].locations.append(message.location)
            continue
        old = known.get(key)
        forms = 2 if message.msgid_plural else 1
        msgstr = list(old.msgstr) if old else [""] * forms
        msgstr += [""] * (forms - len(msgstr))
        merged[key] = Entry(message.msgid, message.msgid_plural, msgstr, [message.location],
                            old.is_fuzzy if old else False)
    return list(merged.values())


def po_path(language: str, directory: Path = CATALOGUE_DIR) -> Path:
    return directory / f"core_{language}.po"


def read_catalogue(language: str, directory: Path = CATALOGUE_DIR) -> tuple[str, list[Entry]]:
    path = po_path(language, directory)
    if not path.exists():
        return _header(language), []
    return parse_po(path.read_text(encoding="utf-8"), path.name)


def problems(language: str, messages: list[Message], directory: Path = CATALOGUE_DIR) -> list[str]:
    """One sentence per message the operator would see in English, or with a wrong placeholder."""
    _header_text, entries = read_catalogue(language, directory)
    by_key = {(e.msgid, e.msgid_plural): e for e in entries}
    found: list[str] = []
    for message in messages:
        entry = by_key.get((message.msgid, message.msgid_plural))
        if entry is None or not entry.is_translated:
            found.append(f"{message.location}: no {language} translation for {message.msgid!r}")
            continue
        sources = [message.msgid, message.msgid_plural] if message.msgid_plural else [message.msgid]
        expected = set().union(*(placeholders(s) for s in sources))
        for text in entry.msgstr:
            if placeholders(text) != expected:
                found.append(f"{message.location}: the {language} translation of {message.msgid!r} has "
                             f"{sorted(placeholders(text))}, the message has {sorted(expected)}")
    return found


def run_extract(directory: Path = CATALOGUE_DIR) -> None:
    messages = extract()
    for language in LANGUAGES:
        _old_header, entries = read_catalogue(language, directory)
        merged = merge(messages, language, entries)
        po_path(language, directory).write_text(write_po(_header(language), merged), encoding="utf-8")


def run_compile(directory: Path = CATALOGUE_DIR) -> None:
    for language in LANGUAGES:
        header, entries = read_catalogue(language, directory)
        po_path(language, directory).with_suffix(".mo").write_bytes(compile_mo(header, entries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m i18n.tools", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("extract", "compile", "check"))
    args = parser.parse_args(argv)
    try:
        if args.action == "extract":
            run_extract()
        elif args.action == "compile":
            run_compile()
        else:
            messages = extract()
            found = [line for language in LANGUAGES for line in problems(language, messages)]
            print("\n".join(found) or f"{len(messages)} marked messages, all translated.")
            return 1 if found else 0
    except ExtractionError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
