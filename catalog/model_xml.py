"""Decoding the `<vertices>` and `<triangles>` blocks of a 3MF model in bulk.

A 3MF mesh is hundreds of thousands of identical little elements; handing each to Python through the
XML parser costs most of the time a slicer spends reading the file. These functions take the text
between `<vertices>` and `</vertices>` (or the triangles' tags) and decode it with a few passes of
bytes methods and numpy, but only when the text is in the plain form exporters write: every element
`<vertex x="..." y="..." z="..."/>` (or `<triangle v1=".." v2=".." v3=".."/>`), attributes in that
order, double quotes, `name="` with nothing between the name, `=` and the quote, whitespace between
elements and nothing else, numbers as float() and int() read them without spaces or underscores.
Anything else returns None and the caller parses the block element by element, so the result never
depends on this shortcut: text it accepts is well-formed XML that the element-by-element reader reads
into exactly the same numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

_SLICE_BYTES = 1 << 20  # decoded a slice at a time, so the temporary copies stay small whatever the mesh
_WS = rb"[ \t\r\n]"  # XML's whitespace (not \s, which also accepts characters XML forbids)
_QUOTE = ord('"')
_MAX_INDEX = 10**18  # indices from here up might not fit int64: left to the element-by-element reader


def _pattern(text: bytes) -> re.Pattern[bytes]:
    return re.compile(text.replace(b"W", _WS))


class _Form:
    """One kind of element: the text allowed around its three attribute values."""

    def __init__(self, tag: bytes, names: tuple[bytes, bytes, bytes], allowed: bytes) -> None:
        first, second, third = names
        # The shortest such element: a block of N bytes holds at most N // this many.
        self.shortest = len(b"<%s %s=\"0\" %s=\"0\" %s=\"0\"/>" % (tag, first, second, third))
        self.head = _pattern(rb"W*<" + tag + rb"W+" + first + b"=")
        self.second = _pattern(rb"W+" + second + b"=")
        self.third = _pattern(rb"W+" + third + b"=")
        self.between = _pattern(rb"W*/>W*<" + tag + rb"W+" + first + b"=")
        self.tail = _pattern(rb"W*/>W*")
        self.blank = _pattern(rb"W*")
        self.allowed = allowed  # the bytes a value may hold

    def numbers_text(self, text: bytes) -> tuple[bytes, int] | None:
        """The attribute values of the elements in `text` separated by spaces, three per element in
        order, and the number of elements; None when the text is not exactly such elements separated
        by whitespace."""
        if b"<" not in text:
            return (b"", 0) if self.blank.fullmatch(text) else None
        codes = np.frombuffer(text, dtype=np.uint8)
        is_quote = codes == _QUOTE
        quotes = np.flatnonzero(is_quote)
        count = len(quotes) // 6
        if count == 0 or len(quotes) != 6 * count:
            return None
        openings, closings = quotes[0::2], quotes[1::2]
        if (closings - openings).min() < 2:  # an empty value
            return None
        # The glue around the values, as the first element has it (and the last ends)...
        glue = [text[: quotes[0]], *(text[quotes[i] + 1 : quotes[i + 1]] for i in (1, 3, 5) if i + 1 < len(quotes))]
        tail = text[quotes[-1] + 1 :]
        patterns = (self.head, self.second, self.third, self.between)[: len(glue)]
        if not all(pattern.fullmatch(piece) for pattern, piece in zip(patterns, glue, strict=True)):
            return None
        if not self.tail.fullmatch(tail):
            return None
        # ...must be the glue around every element: the text with its values taken out is compared
        # with that glue repeated, one comparison for the whole slice.
        is_value = np.logical_xor.accumulate(is_quote)  # from each opening quote to its closing one
        is_value[openings] = False
        head, second, third = glue[:3]
        element = b'""' + second + b'""' + third + b'""'
        expected = head + (element + glue[3]) * (count - 1) + element + tail if count > 1 else head + element + tail
        if codes[~is_value].tobytes() != expected:
            return None
        # The glue becomes spaces, leaving the numbers in order for numpy to read; a value holding a
        # byte no number has (a space, an entity, a letter) is refused here or by the count read.
        numbers = (np.uint8(32) + (codes - np.uint8(32)) * is_value).tobytes()
        if numbers.translate(None, self.allowed + b" "):
            return None
        return numbers, count


_VERTEX = _Form(b"vertex", (b"x", b"y", b"z"), b"0123456789.-+eE")
_TRIANGLE = _Form(b"triangle", (b"v1", b"v2", b"v3"), b"0123456789")


def most_elements(local: str, start: int, end: int) -> int:
    """The most vertex ("vertices") or triangle ("triangles") elements a block of that many bytes
    decodes to: a bound on what decoding it can add, known before it is decoded."""
    return (end - start) // (_VERTEX if local == "vertices" else _TRIANGLE).shortest


def decode_vertices(data: bytes, start: int, end: int) -> np.ndarray | None:
    """The (n, 3) float64 coordinates of the vertex elements in data[start:end], or None."""
    return _decode(data, start, end, _VERTEX, _decimals, np.float64)


def decode_triangles(data: bytes, start: int, end: int) -> np.ndarray | None:
    """The (m, 3) int64 vertex indices of the triangle elements in data[start:end], or None."""
    return _decode(data, start, end, _TRIANGLE, _integers, np.int64)


def _decode(
    data: bytes, start: int, end: int, form: _Form, convert: Callable[[bytes, int], np.ndarray | None],
    dtype: type[np.generic],
) -> np.ndarray | None:
    pieces = [np.zeros((0, 3), dtype=dtype)]
    while start < end:
        # Slices end where an element begins, so each one is whole elements.
        cut = data.find(b"<", start + _SLICE_BYTES, end) if start + _SLICE_BYTES < end else -1
        stop = end if cut < 0 else cut
        found = form.numbers_text(data[start:stop])
        if found is None:
            return None
        text, count = found
        if count:
            numbers = convert(text, 3 * count)
            if numbers is None:
                return None
            pieces.append(numbers.reshape(count, 3))
        start = stop
    return np.concatenate(pieces)


def _parsed(text: bytes, dtype: type[np.generic], count: int) -> np.ndarray | None:
    """`count` numbers read by numpy's text reader: exact (float64 through the same correctly rounded
    conversion as float()), and it refuses two numbers run together ("1.2.3", "1-2") instead of
    guessing; None when the text is not that many numbers."""
    try:
        numbers = np.fromstring(text, dtype=dtype, sep=" ")
    except (ValueError, DeprecationWarning):
        # numpy 2 refuses unreadable text; numpy 1.26 warns (an error where warnings are errors) and
        # otherwise stops there, which the count below catches. Warning filters are not changed here:
        # they are the whole process's, and two threads may read a 3MF at once.
        return None
    return numbers if len(numbers) == count else None


def _decimals(text: bytes, count: int) -> np.ndarray | None:
    """Decimals ("-12.5", "3", ".25", "+7.", "6e-15") as float64, bit for bit what float() gives:
    numpy reads a number only when the same conversion takes all of it, which is when float() does."""
    return _parsed(text, np.float64, count)


def _integers(text: bytes, count: int) -> np.ndarray | None:
    """Unsigned decimal integers as int64."""
    numbers = _parsed(text, np.int64, count)
    # A number too large for int64 comes back clamped: the element-by-element reader says what is wrong.
    return None if numbers is None or numbers.max() >= _MAX_INDEX else numbers
