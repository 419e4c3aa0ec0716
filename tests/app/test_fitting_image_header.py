from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.fitting.errors import ImageFormatError
from app.fitting.image_header import ImageKind, image_info_from_bytes, read_image_info
from tests.app.fitting_scene import write_png


def _jpeg(width: int, height: int, *, orientation: int | None = None, fill: bool = False) -> bytes:
    out = b"\xff\xd8"
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    if orientation is not None:
        ifd = struct.pack("<H", 1) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack("<I", 0)
        tiff = b"II*\x00" + struct.pack("<I", 8) + ifd
        body = b"Exif\x00\x00" + tiff
        out += b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    out += b"\xff\xdb" + struct.pack(">H", 67) + bytes(65)  # a quantisation table
    if fill:
        out += b"\xff\xff"  # fill bytes before a marker are legal
    out += b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    out += b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00" + b"\x12\x34" + b"\xff\xd9"
    return out


def test_png_written_with_numpy_and_zlib(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    write_png(path, np.zeros((30, 70), dtype=np.uint8))
    info = read_image_info(path)
    assert (info.kind, info.width_px, info.height_px, info.media_type) == (ImageKind.PNG, 70, 30, "image/png")


def test_jpeg_size_from_the_frame_header() -> None:
    info = image_info_from_bytes(_jpeg(4032, 3024, fill=True))
    assert (info.kind, info.width_px, info.height_px) == (ImageKind.JPEG, 4032, 3024)


def test_jpeg_rotated_by_exif_reports_the_displayed_size() -> None:
    info = image_info_from_bytes(_jpeg(4032, 3024, orientation=6))
    assert (info.width_px, info.height_px, info.exif_orientation) == (3024, 4032, 6)
    assert image_info_from_bytes(_jpeg(4032, 3024, orientation=1)).width_px == 4032


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"hello, this is a text file\n", "not a photo"),
        (b"", "not a photo"),
        (b"GIF89a\x01\x00\x01\x00", "not a photo"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "cut short"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "cut short"),
        (b"\xff\xd8\x00\x00", "bad segment marker"),
    ],
)
def test_things_that_are_not_images_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ImageFormatError, match=message):
        image_info_from_bytes(data)


def test_corrupt_png_header_and_impossible_sizes(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    write_png(path, np.zeros((10, 10), dtype=np.uint8))
    data = bytearray(path.read_bytes())
    data[20] ^= 0x01  # flip a bit in the width: the CRC no longer matches
    with pytest.raises(ImageFormatError, match="checksum"):
        image_info_from_bytes(bytes(data))
    body = struct.pack(">IIBBBBB", 0, 10, 8, 0, 0, 0, 0)
    zero_width = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + body
    zero_width += struct.pack(">I", zlib.crc32(b"IHDR" + body) & 0xFFFFFFFF)
    with pytest.raises(ImageFormatError, match="impossible size"):
        image_info_from_bytes(zero_width)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImageFormatError, match="does not exist"):
        read_image_info(tmp_path / "nope.jpg")
    with pytest.raises(ImageFormatError, match="is a folder"):
        read_image_info(tmp_path)
    text = tmp_path / "notes.jpg"
    text.write_text("not really a jpeg")
    with pytest.raises(ImageFormatError, match=r"notes\.jpg: this is not a photo"):
        read_image_info(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8"]))
def test_any_bytes_give_an_image_or_a_clear_error(data: bytes, prefix: bytes) -> None:
    try:
        info = image_info_from_bytes(prefix + data)
    except ImageFormatError as exc:
        assert str(exc).endswith(".")
    else:
        assert info.width_px > 0 and info.height_px > 0
