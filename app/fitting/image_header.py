"""Recognise a PNG or JPEG photo and read its size from the header, without decoding pixels.

Decoding for display is the desktop app's job (Qt); the core only needs to know that a file is a
real image and how big it is, so clicked pixel coordinates can be checked against it.
"""

from __future__ import annotations

import enum
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.fitting.errors import ImageFormatError
from i18n import _

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Enough for any real header: JPEG EXIF blocks come before the frame header and are < 64 KiB each,
# but cameras may put a thumbnail and maker notes first, so allow a few of them.
HEADER_READ_BYTES = 1 << 20
MAX_SIDE_PX = 100_000

# Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but don't.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers without a length field.
_STANDALONE_MARKERS = frozenset({0x01, *range(0xD0, 0xD8)})
_EXIF_ORIENTATION_TAG = 0x0112


class ImageKind(enum.Enum):
    PNG = "png"
    JPEG = "jpeg"


@dataclass(frozen=True)
class ImageInfo:
    kind: ImageKind
    width_px: int  # as displayed, after any EXIF rotation
    height_px: int
    exif_orientation: int = 1

    @property
    def media_type(self) -> str:
        return "image/png" if self.kind is ImageKind.PNG else "image/jpeg"


def read_image_info(path: Path) -> ImageInfo:
    """Raises ImageFormatError naming the file when it is missing, unreadable or not a PNG/JPEG."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEADER_READ_BYTES)
    except FileNotFoundError as exc:
        raise ImageFormatError(_("{path} does not exist: check the file name.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise ImageFormatError(_("{path} is a folder, not a photo: choose a PNG or JPEG file.").format(
                path=path)) from exc
    except OSError as exc:
        raise ImageFormatError(_("{path} cannot be read ({strerror}): copy the photo somewhere readable.").format(
                path=path, strerror=exc.strerror)) from exc
    try:
        return image_info_from_bytes(head)
    except ImageFormatError as exc:
        raise ImageFormatError(f"{path.name}: {exc}") from exc


def image_info_from_bytes(data: bytes) -> ImageInfo:
    if data.startswith(PNG_SIGNATURE):
        info = _png_info(data)
    elif data.startswith(b"\xff\xd8"):
        info = _jpeg_info(data)
    else:
        raise ImageFormatError(_("this is not a photo Heliofab can read: use a PNG or JPEG file."))
    if not (0 < info.width_px <= MAX_SIDE_PX and 0 < info.height_px <= MAX_SIDE_PX):
        raise ImageFormatError(
            _("the image claims an impossible size {width_px} × {height_px} px: the file is damaged.").format(
                    width_px=info.width_px, height_px=info.height_px)
        )
    return info


def _png_info(data: bytes) -> ImageInfo:
    # The first chunk must be IHDR (13 bytes): width, height, bit depth, colour type, ...
    ihdr = data[8 : 8 + 8 + 13 + 4]
    if len(ihdr) < 25:
        raise ImageFormatError(_("the PNG file is cut short: copy the photo again."))
    length, chunk_type = struct.unpack(">I4s", ihdr[:8])
    if chunk_type != b"IHDR" or length != 13:
        raise ImageFormatError(_("the PNG file has no valid header: the file is damaged."))
    body = ihdr[8:21]
    (crc,) = struct.unpack(">I", ihdr[21:25])
    if zlib.crc32(chunk_type + body) & 0xFFFFFFFF != crc:
        raise ImageFormatError(_("the PNG header is corrupt (checksum mismatch): copy the photo again."))
    width, height, bit_depth, colour_type = struct.unpack(">IIBB", body[:10])
    if colour_type not in (0, 2, 3, 4, 6) or bit_depth not in (1, 2, 4, 8, 16):
        raise ImageFormatError(_("the PNG header describes an impossible pixel format: the file is damaged."))
    return ImageInfo(ImageKind.PNG, width, height)


def _jpeg_info(data: bytes) -> ImageInfo:
    pos = 2
    orientation = 1
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ImageFormatError(_("the JPEG file is damaged (bad segment marker): copy the photo again."))
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes may pad a marker
            pos += 1
        if pos >= len(data):
            break
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE_MARKERS:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            break
        if pos + 2 > len(data):
            break
        (seg_len,) = struct.unpack(">H", data[pos : pos + 2])
        if seg_len < 2:
            raise ImageFormatError(_("the JPEG file is damaged (bad segment length): copy the photo again."))
        segment = data[pos + 2 : pos + seg_len]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            orientation = _exif_orientation(segment[6:])
        if marker in _SOF_MARKERS:
            if len(segment) < 5:
                break
            _precision, height, width = struct.unpack(">BHH", segment[:5])
            if height == 0 or width == 0:
                raise ImageFormatError(_("the JPEG header has no image size: the file is damaged."))
            if orientation in (5, 6, 7, 8):  # stored sideways: shown rotated by 90°
                width, height = height, width
            return ImageInfo(ImageKind.JPEG, width, height, orientation)
        pos += seg_len
    raise ImageFormatError(_("the JPEG file is cut short or has no frame header: copy the photo again."))


def _exif_orientation(tiff: bytes) -> int:
    """The EXIF orientation (1–8) from IFD0, or 1 when absent or unreadable."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return 1
    endian = "<" if tiff[:2] == b"II" else ">"
    (ifd_offset,) = struct.unpack(endian + "I", tiff[4:8])
    if ifd_offset + 2 > len(tiff):
        return 1
    (count,) = struct.unpack(endian + "H", tiff[ifd_offset : ifd_offset + 2])
    for index in range(count):
        entry = ifd_offset + 2 + 12 * index
        if entry + 12 > len(tiff):
            return 1
        tag, _type, _n = struct.unpack(endian + "HHI", tiff[entry : entry + 8])
        if tag == _EXIF_ORIENTATION_TAG:
            (value,) = struct.unpack(endian + "H", tiff[entry + 8 : entry + 10])
            return value if 1 <= value <= 8 else 1
    return 1
