"""Peak memory and time for each hostile file the importers and the photo check must refuse.

Each file is made in a temporary folder and read in a fresh process (so one file's peak does not hide
another's); the figure is that process's peak resident memory, imports included. The target is that
every hostile file is refused at no more than 300 MB.

    python bench/hostile_bench.py            # every file
    python bench/hostile_bench.py fan stl    # only those whose name contains a word given
"""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

TARGET_PEAK_MB = 300
_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
_TRIANGLE = (
    '<object id="1"><mesh><vertices><vertex x="0" y="0" z="0"/><vertex x="1" y="0" z="0"/>'
    '<vertex x="0" y="1" z="0"/></vertices><triangles><triangle v1="0" v2="1" v3="2"/></triangles></mesh></object>'
)

# Run in the child: read one file the way an import or `fit pd-from-photo` does, print the outcome.
_CHILD = r"""
import json, sys, time
from pathlib import Path
kind, path = sys.argv[1], Path(sys.argv[2])
started = time.perf_counter()
outcome = "accepted"
try:
    if kind == "photo":
        from app.fitting.photo_check import check_photo
        check_photo(path)
    else:
        from catalog.importers import HashOnlySink, scan_path
        scan_path(path, HashOnlySink())
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
seconds = time.perf_counter() - started
import resource
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak_kb / 1024}))
"""


def _3mf(path: Path, model: bytes | Callable[[zipfile.ZipFile], None]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if isinstance(model, bytes):
            archive.writestr("3D/3dmodel.model", model)
        else:
            model(archive)


def fan_out_3mf(folder: Path) -> tuple[str, Path]:
    """A kilobyte whose nested components ask for 10^8 copies of a triangle."""
    objects = [_TRIANGLE]
    for level in range(2, 10):
        components = f'<component objectid="{level - 1}"/>' * 10
        objects.append(f'<object id="{level}"><components>{components}</components></object>')
    model = f'<model xmlns="{_NS}"><resources>{"".join(objects)}</resources><build><item objectid="9"/></build></model>'
    path = folder / "fan-out.3mf"
    _3mf(path, model.encode())
    return "mesh", path


def unused_vertices_3mf(folder: Path) -> tuple[str, Path]:
    """Four million vertices that no triangle uses."""
    def write(archive: zipfile.ZipFile) -> None:
        with archive.open("3D/3dmodel.model", "w") as fh:
            fh.write(f'<model xmlns="{_NS}"><resources><object id="1"><mesh><vertices>'.encode())
            block = b"".join(b'<vertex x="%d" y="%d" z="1"/>' % (i, i * 7 % 1000) for i in range(10_000))
            for _ in range(400):
                fh.write(block)
            fh.write(b'</vertices><triangles><triangle v1="0" v2="1" v3="2"/></triangles></mesh></object>')
            fh.write(b'</resources><build><item objectid="1"/></build></model>')

    path = folder / "unused-vertices.3mf"
    _3mf(path, write)
    return "mesh", path


def late_doctype_3mf(folder: Path) -> tuple[str, Path]:
    """A document type declared after 1 MB of comment."""
    text = __import__("base64").b64encode(os.urandom(3 << 18)).decode()  # incompressible: not a zip bomb
    model = f'<?xml version="1.0"?><!--{text}--><!DOCTYPE model [<!ENTITY a "aaaa">]>'
    model += f'<model xmlns="{_NS}"><resources>{_TRIANGLE}</resources><build><item objectid="1"/></build></model>'
    path = folder / "late-doctype.3mf"
    _3mf(path, model.encode())
    return "mesh", path


def expanding_zip(folder: Path) -> tuple[str, Path]:
    """About 5 MB that inflates to 1 GB: four 250 MB STLs, compressed 185:1 (under the ratio check)."""
    rng = __import__("random").Random(7)
    noise = bytes(rng.getrandbits(8) for _ in range(4_600))
    megabyte = bytes((1 << 20) - len(noise)) + noise
    path = folder / "expanding.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(4):
            with archive.open(f"part{index}.stl", "w", force_zip64=True) as fh:
                for _ in range(250):
                    fh.write(megabyte)
    return "mesh", path


def ascii_stl(folder: Path) -> tuple[str, Path]:
    """250 MB of compact ASCII facets: about 2.8 million triangles."""
    facet = b"facet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\n"
    path = folder / "big-ascii.stl"
    with path.open("wb") as fh:
        fh.write(b"solid big\n")
        block = facet * 10_000
        while fh.tell() < 250 * 1024 * 1024:
            fh.write(block)
        fh.write(b"endsolid big\n")
    return "mesh", path


def bomb_png(folder: Path) -> tuple[str, Path]:
    """A 30,000 × 30,000 PNG of a few kilobytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    rows = zlib.compressobj(9)
    body = b"".join(rows.compress(bytes(30_001)) for _ in range(30_000)) + rows.flush()
    ihdr = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    path = folder / "bomb.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b""))
    return "photo", path


def truncated_jpeg(folder: Path) -> tuple[str, Path]:
    """A 12-megapixel JPEG cut in half, as a pulled stick leaves it."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (120, 90, 60)).save(buffer, format="JPEG", quality=90)
    path = folder / "cut.jpg"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return "photo", path


FILES: list[Callable[[Path], tuple[str, Path]]] = [
    fan_out_3mf, unused_vertices_3mf, late_doctype_3mf, expanding_zip, ascii_stl, bomb_png, truncated_jpeg,
]


def _measure(kind: str, path: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path)], capture_output=True, text=True, env=env,
                          timeout=600)
    if done.returncode != 0:
        return {"outcome": f"crashed: {done.stderr.strip().splitlines()[-1:]}", "seconds": float("nan"),
                "peak_mb": float("nan")}
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(words: list[str]) -> int:
    chosen = [make for make in FILES if not words or any(w in make.__name__ for w in words)]
    print(f"{'file':<22} {'size':>10} {'made s':>7} {'read s':>7} {'peak MB':>8}  outcome")
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="heliofab-hostile-") as tmp:
        for make in chosen:
            started = time.perf_counter()
            kind, path = make(Path(tmp))
            made_s = time.perf_counter() - started
            result = _measure(kind, path)
            size = path.stat().st_size
            peak = float(result["peak_mb"])  # type: ignore[arg-type]
            worst = max(worst, peak)
            outcome = str(result["outcome"]).replace(str(path.parent) + "/", "")[:110]
            seconds = float(result["seconds"])  # type: ignore[arg-type]
            print(f"{path.name:<22} {size:>10,} {made_s:>7.1f} {seconds:>7.2f} {peak:>8.0f}  {outcome}")
            path.unlink()
    print(f"worst peak {worst:.0f} MB (target: at most {TARGET_PEAK_MB} MB for every refused file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
