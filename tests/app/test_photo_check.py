"""A photo is decoded whole before a PD from it is saved; one rounding rule for every PD shown."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.fitting.photo_check import MAX_PHOTO_PIXELS
from app.fitting.rounding import format_mm, shown_mm, stored_mm
from tests.app.fitting_scene import Scene, write_png


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def _pt(p: object) -> str:
    return f"{p.x:.1f},{p.y:.1f}"  # type: ignore[attr-defined]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _truncated_png(path: Path, scene: Scene) -> None:
    write_png(path, scene.render())
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 6 // 10])


def _truncated_jpeg(path: Path, scene: Scene) -> None:
    buffer = io.BytesIO()
    Image.fromarray(scene.render()).save(buffer, format="JPEG", quality=90)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])


def _header_only_jpeg(path: Path, scene: Scene) -> None:
    height, width = scene.render().shape
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    data = b"\xff\xd8" + b"\xff\xc0" + struct.pack(">H", len(frame) + 2) + frame + b"\xff\xd9"
    data += bytes(41 - len(data))
    path.write_bytes(data[:41])


def _bomb_png(path: Path, _scene: Scene) -> None:
    ihdr = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    # A few kB of compressed zeros claiming 900 megapixels.
    body = zlib.compress(bytes(30_001 * 64), 9)
    chunks = _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunks)


@pytest.mark.parametrize(
    ("make", "suffix", "message"),
    [
        (_truncated_png, ".png", "damaged or cut short"),
        (_truncated_jpeg, ".jpg", "damaged or cut short"),
        (_header_only_jpeg, ".jpg", "damaged or cut short"),
        (_bomb_png, ".png", f"more than the {MAX_PHOTO_PIXELS // 1_000_000} megapixels"),
    ],
)
def test_pd_from_a_photo_that_cannot_be_decoded_whole_is_not_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, suffix: str, message: str
) -> None:
    d = tmp_path / "d"
    scene = Scene()
    image = tmp_path / f"face{suffix}"
    make(image, scene)  # type: ignore[operator]
    assert _run(capsys, d, "customers", "add", "--name", "Abena")[0] == 0
    args = ["fit", "pd-from-photo", str(image), "--card", *[_pt(p) for p in scene.card_px()]]
    args += ["--pupils", *[_pt(p) for p in scene.pupils_px()], "--customer", "C0001"]
    code, text = _run(capsys, d, *args)
    assert code == 1 and message in text and text.count("\n") == 1
    main(["--data-dir", str(d), "customers", "show", "C0001", "--json"])
    assert json.loads(capsys.readouterr().out)["measurements"] == []


def test_a_whole_photo_still_gives_a_pd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scene = Scene()
    image = tmp_path / "face.jpg"
    Image.fromarray(scene.render()).save(image, format="JPEG", quality=95)
    args = ["fit", "pd-from-photo", str(image), "--card", *[_pt(p) for p in scene.card_px()]]
    args += ["--pupils", *[_pt(p) for p in scene.pupils_px()]]
    code, text = _run(capsys, tmp_path / "d", *args)
    assert code == 0 and "Far PD:" in text


@pytest.mark.parametrize("value", [64.3549, 64.35, 64.25, 63.95, 58.049999, 61.0])
def test_a_pd_is_shown_the_same_before_and_after_it_is_saved(value: float) -> None:
    assert shown_mm(value) == shown_mm(stored_mm(value))
    assert format_mm(value) == format_mm(stored_mm(value))


def test_pd_shown_when_measured_is_the_pd_shown_later(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    code, _added = _run(capsys, d, "customers", "add", "--name", "Yaw", "--pd-mm", "64.3549", "--json")
    assert code == 0
    code, shown = _run(capsys, d, "customers", "show", "C0001")
    assert "64.4" in shown and "64.3 " not in shown
    code, listed = _run(capsys, d, "customers", "list")
    assert "64.4" in listed
    assert np.isclose(shown_mm(64.3549), 64.4)
