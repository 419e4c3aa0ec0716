"""Text from outside (a typed name, an imported title, a catalogue on a stick) made safe to keep and show.

A name is text, never instructions to a terminal or to the bidirectional algorithm: a right-to-left
override turns `C0005` into `5000C` in a list, and an escape sequence can rewrite a terminal's screen.
Such characters are removed when text is stored and again when it is shown, so rows written before
this rule existed are shown cleanly too.
"""

from __future__ import annotations

import re

# Terminal escape sequences as a whole (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, two-byte `ESC x`,
# and the 8-bit CSI), so no printable remainder such as "[31m" is left behind.
_ESCAPE_SEQUENCE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
# Bidirectional embeddings, overrides and isolates, and the invisible direction marks.
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Invisible characters that make two names look the same yet never match in a search: zero-width
# space, word joiner, the byte-order mark. Zero-width (non-)joiners stay: Persian and Indic scripts need them.
_INVISIBLE = "\u200b\u2060\ufeff"
# C0 controls (tab and newline handled apart), DEL, C1 controls.
_CONTROLS_RE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}{_INVISIBLE}]")
_LINE_BREAKS_RE = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")


def clean_line(text: str) -> str:
    """One line of text (a name, a code, a title): controls and direction overrides removed,
    tabs and line breaks turned into a space, ends stripped."""
    return _strip_controls(_LINE_BREAKS_RE.sub(" ", _ESCAPE_SEQUENCE_RE.sub("", readable(text)))).strip()


def clean_block(text: str) -> str:
    """Several lines (notes, a description): like clean_line, but newlines and tabs are kept."""
    return shown(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def shown(text: str) -> str:
    """Text about to reach a screen: as clean_block, but its layout (indentation) left as it is."""
    return _strip_controls(_ESCAPE_SEQUENCE_RE.sub("", readable(text)))


def readable(text: str) -> str:
    """Bytes that were not UTF-8 (a Latin-1 file name, kept by Python as lone surrogates) shown as
    replacement marks, so the text can be stored and printed."""
    if not has_surrogates(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8", "replace").decode("utf-8")


def has_surrogates(text: str) -> bool:
    """True for text holding bytes that were not valid UTF-8 (Python keeps them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _strip_controls(text: str) -> str:
    return _CONTROLS_RE.sub("", text.replace("\r", ""))
