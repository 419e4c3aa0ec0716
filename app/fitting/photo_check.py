"""A photo is decoded whole, within bounds, before a measurement that relies on it is saved.

The header says what a file claims to be; only decoding every pixel shows it is all there (a copy
cut short by a pulled stick still has a valid header) and that it is not a decompression bomb (a
small file declaring 30,000 × 30,000 pixels). Pillow decodes here because the core has no Qt.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from app.fitting.errors import ImageFormatError
from app.fitting.image_header import ImageInfo, read_image_info

# A 50-megapixel photo decodes to 150 MB of RGB: more than any phone's default and than a PD needs.
MAX_PHOTO_PIXELS = 50_000_000
MAX_PHOTO_BYTES = 64 * 1024 * 1024


def check_photo(path: Path) -> ImageInfo:
    """The photo's header, after every pixel was decoded; raises ImageFormatError naming the file
    and, when it is too large, the limit it passes."""
    info = read_image_info(path)
    try:
        size_bytes = path.stat().st_size
    except OSError as exc:
        raise ImageFormatError(f"{path} cannot be read ({exc.strerror}): copy the photo somewhere readable.") from exc
    if size_bytes > MAX_PHOTO_BYTES:
        raise ImageFormatError(
            f"{path.name} is {size_bytes >> 20} MB, more than the {MAX_PHOTO_BYTES >> 20} MB a photo may be: "
            "save it smaller (a phone's normal size is plenty)."
        )
    pixels = info.width_px * info.height_px
    if pixels > MAX_PHOTO_PIXELS:
        raise ImageFormatError(
            f"{path.name} is {info.width_px} × {info.height_px} pixels, more than the "
            f"{MAX_PHOTO_PIXELS // 1_000_000} megapixels a photo may have: save it smaller."
        )
    _decode(path)
    return info


def _decode(path: Path) -> None:
    from PIL import Image  # imported here: only checking a photo needs it

    # Pillow's own bomb guard, as a second line behind the header check above.
    Image.MAX_IMAGE_PIXELS = MAX_PHOTO_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageFormatError(
            f"{path.name} decodes to more than {MAX_PHOTO_PIXELS // 1_000_000} megapixels: save it smaller."
        ) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageFormatError(
            f"{path.name} is damaged or cut short (not every pixel could be read): copy the photo again."
        ) from exc
