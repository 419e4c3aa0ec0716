from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.fitting.errors import MeasurementError, PdSpreadError, PhotoPdError
from app.fitting.image_header import read_image_info
from app.fitting.pd import combine_readings, near_from_far, pd_from_ruler
from app.fitting.pd_photo import PhotoSetup, PixelPoint, fit_card, measure_photo
from tests.app.fitting_scene import Scene, locate_clicks, read_png_grey, write_png

TOLERANCE_MM = 0.5


def _setup(scene: Scene, **kw: object) -> PhotoSetup:
    return PhotoSetup(
        camera_distance_mm=scene.camera_distance_mm,
        card_depth_mm=scene.card_depth_mm,
        eye_rotation_mm=scene.eye_rotation_mm,
        **kw,  # type: ignore[arg-type]
    )


def _measure_from_png(scene: Scene, tmp_path: Path, *, with_nose: bool = True) -> tuple[object, Scene]:
    path = tmp_path / "face.png"
    write_png(path, scene.render())
    info = read_image_info(path)
    card, pupils = locate_clicks(read_png_grey(path))
    reading = measure_photo(
        card, pupils, (info.width_px, info.height_px), _setup(scene), nose=scene.nose_px() if with_nose else None
    )
    return reading, scene


@pytest.mark.parametrize(
    "scene",
    [
        Scene(),
        Scene(mono_right_mm=33.5, mono_left_mm=30.0, camera_distance_mm=400.0, focal_px=2800.0),
        Scene(mono_right_mm=24.0, mono_left_mm=23.5, camera_distance_mm=600.0, focal_px=4200.0),  # a child
        Scene(mono_right_mm=37.0, mono_left_mm=37.5, camera_distance_mm=1500.0, focal_px=10000.0),
        Scene(head_offset_mm=(40.0, 15.0), card_offset_x_mm=6.0, card_roll_deg=4.0),
        Scene(card_pitch_deg=6.0, card_roll_deg=-3.0, camera_distance_mm=800.0, focal_px=5600.0),
    ],
    ids=["protocol-1m", "close-40cm-asymmetric", "child-60cm", "wide-1.5m", "off-axis-rolled", "card-tipped-back"],
)
def test_pd_recovered_from_synthetic_photo_within_half_a_millimetre(scene: Scene, tmp_path: Path) -> None:
    reading, _ = _measure_from_png(scene, tmp_path)
    pd = reading.pd  # type: ignore[attr-defined]
    assert pd.far_pd_mm == pytest.approx(scene.far_pd_mm, abs=TOLERANCE_MM)
    assert pd.mono_far.right_mm == pytest.approx(scene.mono_right_mm, abs=TOLERANCE_MM)
    assert pd.mono_far.left_mm == pytest.approx(scene.mono_left_mm, abs=TOLERANCE_MM)
    expected_near = near_from_far(scene.far_pd_mm)
    assert pd.near_pd_mm == pytest.approx(expected_near, abs=TOLERANCE_MM)
    assert pd.mono_near.right_mm + pd.mono_near.left_mm == pytest.approx(pd.near_pd_mm, abs=1e-9)
    assert pd.is_mono_measured


def test_corrections_matter_most_close_up(tmp_path: Path) -> None:
    """Uncorrected, a 40 cm photo under-reads by ≈ 3.5 mm (domain figure for PD 63, δ 12, r 10)."""
    scene = Scene(mono_right_mm=31.5, mono_left_mm=31.5, camera_distance_mm=400.0, focal_px=2800.0)
    reading, _ = _measure_from_png(scene, tmp_path)
    naive = reading.pd_at_card_plane_mm  # type: ignore[attr-defined]
    assert scene.far_pd_mm - naive == pytest.approx(3.5, abs=0.4)
    assert reading.card_depth_factor == pytest.approx(412 / 400)  # type: ignore[attr-defined]
    assert reading.convergence_factor == pytest.approx(422 / 412)  # type: ignore[attr-defined]


def test_image_left_pupil_is_the_customers_right_eye() -> None:
    scene = Scene(mono_right_mm=34.0, mono_left_mm=29.0)
    image_left, image_right = scene.pupils_px()
    assert image_left.x < image_right.x
    reading = measure_photo(scene.card_px(), (image_left, image_right), (1600, 1200), _setup(scene),
                            nose=scene.nose_px())
    assert reading.pd.mono_far.right_mm == pytest.approx(34.0, abs=0.3)
    assert reading.pd.mono_far.left_mm == pytest.approx(29.0, abs=0.3)
    mirrored = measure_photo(
        scene.card_px(), (image_left, image_right), (1600, 1200), _setup(scene, is_mirrored=True), nose=scene.nose_px()
    )
    assert mirrored.pd.mono_far.right_mm == pytest.approx(29.0, abs=0.3)


def test_without_a_nose_point_monocular_pds_are_halves() -> None:
    scene = Scene(mono_right_mm=34.0, mono_left_mm=29.0)
    reading = measure_photo(scene.card_px(), scene.pupils_px(), (1600, 1200), _setup(scene))
    assert not reading.pd.is_mono_measured
    assert reading.pd.mono_far.right_mm == pytest.approx(reading.pd.far_pd_mm / 2)


@settings(max_examples=60, deadline=None)
@given(
    mono_right=st.floats(21.0, 39.0),
    asymmetry=st.floats(-2.5, 2.5),
    distance=st.floats(350.0, 2000.0),
    roll=st.floats(-6.0, 6.0),
    head_x=st.floats(-60.0, 60.0),
    card_shift=st.floats(-15.0, 15.0),
)
def test_exact_clicks_recover_pd_for_any_protocol_geometry(
    mono_right: float, asymmetry: float, distance: float, roll: float, head_x: float, card_shift: float
) -> None:
    scene = Scene(
        mono_right_mm=mono_right,
        mono_left_mm=mono_right + asymmetry,
        camera_distance_mm=distance,
        focal_px=7.0 * distance,
        head_offset_mm=(head_x, 0.0),
        card_offset_x_mm=card_shift,
        card_roll_deg=roll,
    )
    # The protocol's photo holds the whole card and both eyes: a face far off-centre with the card
    # pushed further out puts a corner beyond the frame, where nobody can click it (such clicks
    # are refused, as the next test shows).
    assume(_is_in_photo(scene))
    reading = measure_photo(scene.card_px(), scene.pupils_px(), (1600, 1200), _setup(scene), nose=scene.nose_px())
    assert reading.pd.far_pd_mm == pytest.approx(scene.far_pd_mm, abs=0.3)
    assert reading.pd.mono_far.right_mm == pytest.approx(scene.mono_right_mm, abs=0.4)


def _is_in_photo(scene: Scene) -> bool:
    points = [*scene.card_px(), *scene.pupils_px(), scene.nose_px()]
    return all(0.0 <= p.x <= scene.width_px and 0.0 <= p.y <= scene.height_px for p in points)


def test_a_card_corner_beyond_the_photo_is_refused() -> None:
    scene = Scene(head_offset_mm=(60.0, 0.0), card_offset_x_mm=15.0, card_roll_deg=6.0)
    assert not _is_in_photo(scene)
    with pytest.raises(PhotoPdError, match=r"A card corner at .* is outside the 1600 × 1200 px photo: click it again"):
        measure_photo(scene.card_px(), scene.pupils_px(), (1600, 1200), _setup(scene), nose=scene.nose_px())


def test_card_corners_in_any_order_are_put_in_order() -> None:
    corners = Scene().card_px()
    shuffled = [corners[2], corners[0], corners[3], corners[1]]
    fitted = fit_card(shuffled)
    assert fitted.corners == tuple(corners)
    assert fitted.aspect == pytest.approx(85.60 / 53.98, rel=1e-6)


@pytest.mark.parametrize(
    ("corners", "message"),
    [
        ([(0, 0), (100, 0), (100, 100), (0, 100)], "times as wide as high"),  # a square, not a card
        ([(0, 0), (300, 0), (300, 189)], "four corners"),
        ([(0, 0), (300, 0), (0, 189), (300, 189)], None),  # clicked in a Z: re-ordered, accepted
        ([(0, 0), (300, 0), (330, 189), (30, 189)], "instead of 90°"),  # a sheared parallelogram
        ([(0, 0), (300, 0), (290, 180), (10, 180)], "differ by"),  # strongly keystoned: tilted card
        ([(0, 0), (50, 0), (50, 31.5), (0, 31.5)], "only 50 px wide"),
        ([(0, 0), (0, 0), (300, 189), (0, 189)], "same spot"),
    ],
)
def test_implausible_card_shapes_are_refused(corners: list[tuple[float, float]], message: str | None) -> None:
    points = [PixelPoint(x, y) for x, y in corners]
    if message is None:
        assert fit_card(points).long_edge_px == pytest.approx(300)
        return
    with pytest.raises(PhotoPdError, match=message):
        fit_card(points)


def test_missing_or_misplaced_pupils_are_refused() -> None:
    scene = Scene()
    card = scene.card_px()
    left, right = scene.pupils_px()
    with pytest.raises(PhotoPdError, match="both pupils"):
        measure_photo(card, (left, None), (1600, 1200))
    with pytest.raises(PhotoPdError, match="both pupils"):
        measure_photo(card, (left,), (1600, 1200))
    with pytest.raises(PhotoPdError, match="swapped"):
        measure_photo(card, (right, left), (1600, 1200))
    with pytest.raises(PhotoPdError, match="outside the 1600 × 1200 px photo"):
        measure_photo(card, (left, PixelPoint(1700, 600)), (1600, 1200))
    with pytest.raises(PhotoPdError, match="between the two pupils"):
        measure_photo(card, (left, right), (1600, 1200), nose=PixelPoint(left.x - 10, left.y))


@pytest.mark.parametrize("fake_pd_mm", [20.0, 120.0])
def test_impossible_pd_is_refused(fake_pd_mm: float) -> None:
    scene = Scene()
    card = scene.card_px()
    px_per_mm = card[1].x - card[0].x
    px_per_mm /= 85.60
    centre = PixelPoint(800, 650)
    half = fake_pd_mm / 2 * px_per_mm
    with pytest.raises(MeasurementError, match="impossible"):
        measure_photo(card, (PixelPoint(centre.x - half, centre.y), PixelPoint(centre.x + half, centre.y)),
                      (1600, 1200))


def test_bad_setup_is_refused() -> None:
    scene = Scene()
    with pytest.raises(PhotoPdError, match="camera distance"):
        measure_photo(scene.card_px(), scene.pupils_px(), (1600, 1200), PhotoSetup(camera_distance_mm=50))


def test_three_photos_average_and_a_wide_spread_is_rejected() -> None:
    readings = []
    for pd_right, roll in ((31.5, 0.0), (31.8, 2.0), (31.2, -2.0)):
        scene = Scene(mono_right_mm=pd_right, mono_left_mm=31.5, card_roll_deg=roll)
        readings.append(measure_photo(scene.card_px(), scene.pupils_px(), (1600, 1200), _setup(scene),
                                      nose=scene.nose_px()).pd)
    combined = combine_readings(readings)
    assert combined.far_pd_mm == pytest.approx(63.0, abs=0.3)
    assert combined.photo_count == 3
    assert combined.spread_mm == pytest.approx(0.6, abs=0.1)
    wild = replace(readings[2], far_pd_mm=readings[2].far_pd_mm + 2.0)
    with pytest.raises(PdSpreadError, match=r"disagree by 1\.7 mm on the far PD"):
        combine_readings([readings[0], readings[1], wild])
    with pytest.raises(MeasurementError, match="at most 3"):
        combine_readings(readings + readings[:1])
    assert "Only 1 photo" in " ".join(combine_readings(readings[:1]).warnings)


def test_ruler_entry() -> None:
    far_only = pd_from_ruler(64.0)
    assert far_only.near_pd_mm == pytest.approx(64.0 * 400 / 427)
    assert far_only.mono_far.right_mm == 32.0 and not far_only.is_mono_measured
    monos = pd_from_ruler(mono_far_right_mm=33.0, mono_far_left_mm=30.0, near_pd_mm=59.5)
    assert monos.far_pd_mm == 63.0 and monos.is_mono_measured
    assert monos.mono_near.right_mm == pytest.approx(33.0 * 59.5 / 63.0)
    assert monos.to_json()["mono_far_pd_mm"] == {"right": 33.0, "left": 30.0}
    for bad in ({"far_pd_mm": 20.0}, {"far_pd_mm": 120.0}, {"far_pd_mm": math.nan}, {}):
        with pytest.raises(MeasurementError):
            pd_from_ruler(**bad)  # type: ignore[arg-type]
    with pytest.raises(MeasurementError, match="both monocular"):
        pd_from_ruler(mono_far_right_mm=31.0)
    with pytest.raises(MeasurementError, match="add up"):
        pd_from_ruler(66.0, mono_far_right_mm=31.0, mono_far_left_mm=31.0)
    with pytest.raises(MeasurementError, match="does not go with"):
        pd_from_ruler(63.0, near_pd_mm=64.0)
