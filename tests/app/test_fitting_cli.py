from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.fitting.customers import add_customer
from app.fitting.fits import save_fit
from app.fitting.values import CustomerInput
from app.services import StartupOptions, build_services
from tests.app.fitting_scene import Scene, write_png


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path,
         *args: str) -> tuple[int, dict | list, str]:  # type: ignore[type-arg]
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    data = json.loads(captured.out) if "--json" in args and captured.out.strip() else {}
    return code, data, captured.err + captured.out


def _pt(p: object) -> str:
    return f"{p.x:.1f},{p.y:.1f}"  # type: ignore[attr-defined]


def test_customers_add_list_show_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    code, added, _ = _run(capsys, d, "customers", "add", "--name", "Amina", "--pd-mm", "63", "--head-width-mm", "150",
                          "--json")
    assert code == 0 and added["code"] == "C0001"
    assert added["measurements"][0]["far_pd_mm"] == 63.0
    assert added["measurements"][0]["near_pd_mm"] == pytest.approx(59.02, abs=0.01)
    _run(capsys, d, "customers", "add", "--code", "K-7", "--age-group", "child")
    code, rows, _ = _run(capsys, d, "customers", "list", "--json")
    assert code == 0 and [r["code"] for r in rows] == ["K-7", "C0001"]
    code, rows, _ = _run(capsys, d, "customers", "list", "ami", "--json")
    assert [r["name"] for r in rows] == ["Amina"]
    code, shown, _ = _run(capsys, d, "customers", "show", "C0001", "--json")
    assert code == 0 and shown["measurements"][0]["head_width_mm"] == 150.0
    code, _, text = _run(capsys, d, "customers", "show", "C0001")
    assert "Amina (C0001)" in text and "63.0" in text
    code, _, text = _run(capsys, d, "customers", "measure", "K-7", "--pd-mm", "48", "--near-pd-mm", "44")
    assert code == 0 and "Saved measurement" in text


def test_bad_customer_input_is_one_line_and_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    code, _, text = _run(capsys, d, "customers", "add", "--name", "X", "--pd-mm", "20")
    assert code == 1 and "impossible" in text
    code, _, text = _run(capsys, d, "customers", "add")
    assert code == 1 and "name or a code" in text
    code, rows, _ = _run(capsys, d, "customers", "list", "--json")
    assert rows == []
    code, _, text = _run(capsys, d, "customers", "show", "nobody")
    assert code == 1 and "No customer" in text
    code, _, text = _run(capsys, d, "customers", "delete", "nobody")
    assert code == 1 and "--yes" in text


def test_pd_from_photo_json_keys_and_sides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scene = Scene(mono_right_mm=33.0, mono_left_mm=30.5)
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    args = ["fit", "pd-from-photo", str(image), "--card", *[_pt(p) for p in scene.card_px()]]
    args += ["--pupils", *[_pt(p) for p in scene.pupils_px()], "--nose", _pt(scene.nose_px()), "--json"]
    code, data, _ = _run(capsys, tmp_path / "d", *args)
    assert code == 0
    assert data["far_pd_mm"] == pytest.approx(63.5, abs=0.5)
    assert data["mono_far_pd_mm"]["right"] == pytest.approx(33.0, abs=0.5)
    assert data["mono_far_pd_mm"]["left"] == pytest.approx(30.5, abs=0.5)
    assert set(data["mono_near_pd_mm"]) == {"right", "left"}
    assert data["near_pd_mm"] == pytest.approx(63.5 * 400 / 427, abs=0.5)
    for key in ("far_pd_mm", "near_pd_mm"):
        assert data[key] == round(data[key], 1)
    assert not (tmp_path / "d").exists()  # a pure calculation touches no data directory


def test_pd_from_photo_can_save_to_a_customer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    scene = Scene()
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    _run(capsys, d, "customers", "add", "--name", "A")
    args = ["fit", "pd-from-photo", str(image), "--card", *[_pt(p) for p in scene.card_px()]]
    args += ["--pupils", *[_pt(p) for p in scene.pupils_px()], "--customer", "C0001", "--json"]
    code, data, _ = _run(capsys, d, *args)
    assert code == 0 and data["measurement_id"] == 1
    code, shown, _ = _run(capsys, d, "customers", "show", "C0001", "--json")
    assert shown["measurements"][0]["method"] == "photo"
    assert shown["measurements"][0]["mono_far_right_mm"] is None  # halves are not stored as measured


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"image": "text"}, "not a photo"),
        ({"card": ["0,0", "100,0", "100,100", "0,100"]}, "times as wide as high"),
        ({"card": ["0,0", "100,0", "100", "0,100"]}, "is not a point"),
        ({"pupils": ["800,600", "805,600"]}, "impossible"),
    ],
)
def test_pd_from_photo_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object], message: str
) -> None:
    scene = Scene()
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    if change.get("image") == "text":
        image = tmp_path / "face.jpg"
        image.write_text("hello")
    card = change.get("card") or [_pt(p) for p in scene.card_px()]
    pupils = change.get("pupils") or [_pt(p) for p in scene.pupils_px()]
    code, data, text = _run(  # type: ignore[misc]
        capsys, tmp_path / "d", "fit", "pd-from-photo", str(image), "--card", *card, "--pupils", *pupils, "--json")
    assert code == 1
    assert message in data["error"]  # type: ignore[index]
    assert text.count("heliofab:") == 1


def test_suggest_save_export_import_reprint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    code, data, _ = _run(capsys, d, "fit", "suggest", "--style", "oval-everyday", "--pd-mm", "63", "--head-width-mm",
                         "148", "--json")
    assert code == 0 and len(data["suggestions"]) == 3
    best = data["suggestions"][0]
    assert {"lens_width_mm", "bridge_mm", "reasons", "parameters"} <= set(best)
    code, _, text = _run(capsys, d, "fit", "suggest", "--style", "oval-everyday", "--pd-mm", "63")
    assert code == 0 and "#1" in text and "pass every frame check" in text
    code, _, text = _run(capsys, d, "fit", "suggest", "--style", "nope", "--pd-mm", "63")
    assert code == 1 and "No frame style" in text
    code, _, text = _run(capsys, d, "fit", "suggest", "--style", "oval-everyday")
    assert code == 1 and "--pd-mm" in text

    # A fit saved the way the customizer will save it, then exported, imported and reprinted.
    services = build_services(StartupOptions(data_dir=d))
    try:
        customer = add_customer(services.session_factory, CustomerInput(name="A", code="A-1"))
        fit = save_fit(services.session_factory, customer.id, "oval-everyday", best["parameters"],
                       {"frame_pd_mm": 63.0})
    finally:
        services.close()
    out = tmp_path / "fit.json"
    code, data, _ = _run(capsys, d, "fit", "export", str(fit.id), str(out), "--json")
    assert code == 0 and out.is_file()
    code, data, _ = _run(capsys, d, "fit", "import", str(out), "--json")
    assert code == 0 and data["fit_id"] == fit.id + 1
    code, _, text = _run(capsys, d, "customers", "show", "A-1")
    assert "oval-everyday" in text
    code, data, _ = _run(capsys, d, "fit", "reprint", str(fit.id), "--out", str(tmp_path / "stl"), "--json")
    assert code == 0 and any(f.endswith("-front.stl") for f in data["files"])
    code, _, text = _run(capsys, d, "fit", "reprint", "999", "--out", str(tmp_path / "stl"))
    assert code == 1 and "Fit 999 does not exist" in text
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    code, _, text = _run(capsys, d, "fit", "import", str(bad))
    assert code == 1 and "not a Heliofab fit file" in text


def test_suggest_for_a_customer_uses_their_latest_measurement(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    _run(capsys, d, "customers", "add", "--code", "N1", "--mono-right-mm", "33", "--mono-left-mm", "30")
    code, data, _ = _run(capsys, d, "fit", "suggest", "--style", "oval-everyday", "--customer", "N1", "--json")
    assert code == 0
    params = data["suggestions"][0]["parameters"]
    assert (params["pd_right_mm"], params["pd_left_mm"]) == (33.0, 30.0)
    _run(capsys, d, "customers", "add", "--code", "EMPTY", "--head-width-mm", "150")
    code, _, text = _run(capsys, d, "fit", "suggest", "--style", "oval-everyday", "--customer", "EMPTY")
    assert code == 1 and "no PD yet" in text
