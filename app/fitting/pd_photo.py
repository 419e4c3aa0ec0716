"""PD from a photo of the face with an ID-1 card (bank card) held flat on the brow.

Pinhole geometry, camera at the origin looking at the face:
- the card (85.60 × 53.98 mm) lies at distance D from the camera and sets the scale:
  s = 85.60 / long-edge-px mm per pixel *at the card plane*;
- the pupils are δ (card depth, ≈ 12 mm) further away than the card, so at the pupil plane one
  pixel is s·(D + δ)/D mm: uncorrected, the PD is under-read;
- the subject fixates the camera, so both eyes converge: each pupil sits r (≈ 10 mm) in front of
  its centre of rotation, on the line to the camera, and the distance PD is the separation of the
  rotation centres: PD_far = PD_pupils · (D + δ + r)/(D + δ);
- the near PD follows from the far one for a reading distance (NPD = DPD·WD/(WD + 27)).

Sides: in a photo taken *facing* the customer (not a mirrored selfie), the pupil on the image's
left is the customer's RIGHT eye. Points are in image pixels, x to the right, y down.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.fitting.errors import PhotoPdError
from app.fitting.pd import (
    DEFAULT_NEAR_WORKING_DISTANCE_MM,
    MonoPd,
    PdMethod,
    PdResult,
    check_far_pd,
    check_mono_pd,
    near_from_far,
)
from i18n import N_, _

CARD_WIDTH_MM = 85.60  # ISO/IEC 7810 ID-1
CARD_HEIGHT_MM = 53.98
CARD_ASPECT = CARD_WIDTH_MM / CARD_HEIGHT_MM
MAX_ASPECT_ERROR = 0.02  # more than 2 % off means the card is tilted or the clicks are wrong
MAX_OPPOSITE_EDGE_MISMATCH = 0.06
MAX_CORNER_ANGLE_ERROR_DEG = 8.0
MIN_CARD_WIDTH_PX = 60.0
ADVISED_CARD_WIDTH_PX = 200.0
MAX_PUPIL_TILT_DEG = 10.0
CLICK_ERROR_PX = 1.0


@dataclass(frozen=True)
class PixelPoint:
    x: float
    y: float

    def __sub__(self, other: PixelPoint) -> PixelPoint:
        return PixelPoint(self.x - other.x, self.y - other.y)

    def __add__(self, other: PixelPoint) -> PixelPoint:
        return PixelPoint(self.x + other.x, self.y + other.y)

    def scaled(self, k: float) -> PixelPoint:
        return PixelPoint(self.x * k, self.y * k)

    def dot(self, other: PixelPoint) -> float:
        return self.x * other.x + self.y * other.y

    def cross(self, other: PixelPoint) -> float:
        return self.x * other.y - self.y * other.x

    @property
    def length(self) -> float:
        return math.hypot(self.x, self.y)

    @classmethod
    def parse(cls, text: str) -> PixelPoint:
        """'x,y' as typed on a command line."""
        parts = text.replace(" ", "").split(",")
        try:
            if len(parts) != 2:
                raise ValueError(text)
            x, y = float(parts[0]), float(parts[1])
        except ValueError as exc:
            raise PhotoPdError(_("{text!r} is not a point: write pixel coordinates as x,y (e.g. 812,430).").format(
                    text=text)) from exc
        if not (math.isfinite(x) and math.isfinite(y)):
            raise PhotoPdError(_("{text!r} is not a point: write pixel coordinates as x,y (e.g. 812,430).").format(
                    text=text))
        return cls(x, y)


@dataclass(frozen=True)
class PhotoSetup:
    """How the photo was taken; the defaults follow the protocol (≈ 1 m, card on the brow)."""

    camera_distance_mm: float = 1000.0  # camera to card
    card_depth_mm: float = 12.0  # card plane in front of the pupils
    eye_rotation_mm: float = 10.0  # pupil in front of the eye's centre of rotation
    near_working_distance_mm: float = DEFAULT_NEAR_WORKING_DISTANCE_MM
    is_mirrored: bool = False  # a selfie camera that saved a mirror image swaps the sides

    def validate(self) -> None:
        if not 250.0 <= self.camera_distance_mm <= 5000.0:
            raise PhotoPdError(
                _("A camera distance of {camera_distance_mm:g} mm is not usable: take the photo from 0.25–5"
                  " m (about 1 m is best).").format(
                        camera_distance_mm=self.camera_distance_mm)
            )
        if not 0.0 <= self.card_depth_mm <= 30.0:
            raise PhotoPdError(_("The card depth must be 0–30 mm (about 12 mm for a card on the brow)."))
        if not 0.0 <= self.eye_rotation_mm <= 20.0:
            raise PhotoPdError(_("The pupil-to-rotation-centre distance must be 0–20 mm (about 10 mm)."))
        if not 250.0 <= self.near_working_distance_mm <= 1000.0:
            raise PhotoPdError(_("The reading distance must be 250–1000 mm (usually 400 mm)."))


@dataclass(frozen=True)
class CardFit:
    """The clicked card, put in order: top-left, top-right, bottom-right, bottom-left."""

    corners: tuple[PixelPoint, PixelPoint, PixelPoint, PixelPoint]
    long_edge_px: float
    short_edge_px: float
    aspect: float
    aspect_error: float  # relative, signed
    horizontal: PixelPoint  # unit vector along the card's long edge, pointing image-right

    @property
    def centre(self) -> PixelPoint:
        sx = sum(c.x for c in self.corners) / 4.0
        sy = sum(c.y for c in self.corners) / 4.0
        return PixelPoint(sx, sy)

    @property
    def mm_per_px(self) -> float:
        return CARD_WIDTH_MM / self.long_edge_px


@dataclass(frozen=True)
class PhotoReading:
    """One photo's measurement, with every intermediate figure shown to the operator."""

    card: CardFit
    pupil_distance_px: float
    pd_at_card_plane_mm: float  # uncorrected: what a naive scale gives
    card_depth_factor: float
    convergence_factor: float
    pd: PdResult
    click_uncertainty_mm: float
    warnings: tuple[str, ...] = field(default=())


def fit_card(points: Sequence[PixelPoint]) -> CardFit:
    """Order four clicked corners and check they plausibly outline an ID-1 card facing the camera."""
    if len(points) != 4:
        raise PhotoPdError(_("Click all four corners of the card ({value} given).").format(value=len(points)))
    centre = PixelPoint(sum(p.x for p in points) / 4.0, sum(p.y for p in points) / 4.0)
    # Angles grow clockwise on screen because y points down.
    ordered = sorted(points, key=lambda p: math.atan2(p.y - centre.y, p.x - centre.x))
    start = min(range(4), key=lambda i: ordered[i].x + ordered[i].y)
    ordered = ordered[start:] + ordered[:start]
    tl, tr, br, bl = ordered
    edges = [tr - tl, br - tr, bl - br, tl - bl]
    lengths = [e.length for e in edges]
    if min(lengths) < 1.0:
        raise PhotoPdError(_("Two card corners are on the same spot: click the four corners of the card."))
    crosses = [edges[i].cross(edges[(i + 1) % 4]) for i in range(4)]
    if not (all(c > 0 for c in crosses) or all(c < 0 for c in crosses)):
        raise PhotoPdError(_("The clicked corners do not make a card shape: click the four corners again."))
    for i in range(4):
        a, b = edges[i].scaled(-1.0), edges[(i + 1) % 4]
        angle = math.degrees(math.acos(max(-1.0, min(1.0, a.dot(b) / (a.length * b.length)))))
        if abs(angle - 90.0) > MAX_CORNER_ANGLE_ERROR_DEG:
            raise PhotoPdError(
                _("A card corner measures {angle:.0f}° instead of 90°: click the corners again, or retake "
                  "the photo with the card flat and facing the camera.").format(
                        angle=angle)
            )
    horiz_px = (lengths[0] + lengths[2]) / 2.0
    vert_px = (lengths[1] + lengths[3]) / 2.0
    if horiz_px >= vert_px:
        long_px, short_px = horiz_px, vert_px
        axis = (edges[0] + edges[2].scaled(-1.0)).scaled(0.5)
    else:  # card held upright: its long edges are the sides
        long_px, short_px = vert_px, horiz_px
        axis = (edges[1] + edges[3].scaled(-1.0)).scaled(0.5)
        if axis.x < 0:
            axis = axis.scaled(-1.0)
    for pair in ((lengths[0], lengths[2]), (lengths[1], lengths[3])):
        mismatch = abs(pair[0] - pair[1]) / max(pair)
        if mismatch > MAX_OPPOSITE_EDGE_MISMATCH:
            raise PhotoPdError(
                _("Opposite card edges differ by {value:.0f} %: the card is tilted toward the camera; "
                  "retake the photo with the card flat on the brow, or click the corners again.").format(
                        value=mismatch * 100)
            )
    if long_px < MIN_CARD_WIDTH_PX:
        raise PhotoPdError(
            _("The card is only {long_px:.0f} px wide in the photo: zoom in or move closer so it is at "
              "least {ADVISED_CARD_WIDTH_PX:.0f} px wide.").format(
                    long_px=long_px, ADVISED_CARD_WIDTH_PX=ADVISED_CARD_WIDTH_PX)
        )
    aspect = long_px / short_px
    aspect_error = aspect / CARD_ASPECT - 1.0
    if abs(aspect_error) > MAX_ASPECT_ERROR:
        raise PhotoPdError(
            _("The clicked card is {aspect:.2f} times as wide as high; a bank card is {CARD_ASPECT:.2f}: "
              "click the four corners again, or retake the photo with the card flat and facing the camera.").format(
                    aspect=aspect, CARD_ASPECT=CARD_ASPECT)
        )
    unit = axis.scaled(1.0 / axis.length)
    return CardFit((tl, tr, br, bl), long_px, short_px, aspect, aspect_error, unit)


def measure_photo(
    card_corners: Sequence[PixelPoint],
    pupils: Sequence[PixelPoint | None],
    image_size_px: tuple[int, int],
    setup: PhotoSetup | None = None,
    *,
    nose: PixelPoint | None = None,
) -> PhotoReading:
    """PDs from one photo. `pupils` is (image-left, image-right); `nose` (optional) is a point on
    the nose midline, between the eyes; without it the monocular PDs are half the binocular one."""
    setup = setup or PhotoSetup()
    setup.validate()
    width_px, height_px = image_size_px
    if len(pupils) != 2 or any(p is None for p in pupils):
        raise PhotoPdError(_("Click both pupils (image-left, then image-right) before measuring."))
    image_left, image_right = pupils[0], pupils[1]
    assert image_left is not None and image_right is not None
    named_points = [(N_("card corner"), c) for c in card_corners]
    named_points += [(N_("pupil"), image_left), (N_("pupil"), image_right)]
    if nose is not None:
        named_points.append((N_("nose point"), nose))
    for name, point in named_points:
        if not (0.0 <= point.x <= width_px and 0.0 <= point.y <= height_px):
            raise PhotoPdError(
                _("A {name} at ({x:g}, {y:g}) is outside the {width_px} × {height_px} px photo: click it "
                  "again.").format(
                        name=_(name), x=point.x, y=point.y, width_px=width_px, height_px=height_px)
            )
    card = fit_card(card_corners)
    if image_left.x > image_right.x:
        raise PhotoPdError(_("The pupils are swapped: give the pupil on the image's left first."))
    # Facing the customer, the image-left pupil is their right eye (swapped in a mirror image).
    right_eye, left_eye = (image_right, image_left) if setup.is_mirrored else (image_left, image_right)

    between = image_right - image_left
    distance_px = between.length
    if distance_px < 1.0:
        raise PhotoPdError(_("Both pupils are on the same spot: click each pupil's centre."))
    warnings: list[str] = []
    tilt_deg = math.degrees(math.acos(max(-1.0, min(1.0, abs(between.dot(card.horizontal)) / distance_px))))
    if tilt_deg > MAX_PUPIL_TILT_DEG:
        warnings.append(
            f"The pupils' line is {tilt_deg:.0f}° off the card's long edge: the head or card was tilted."
        )
    if card.long_edge_px < ADVISED_CARD_WIDTH_PX:
        warnings.append(
            f"The card is only {card.long_edge_px:.0f} px wide: zoom in so it is at least "
            f"{ADVISED_CARD_WIDTH_PX:.0f} px wide for sub-millimetre clicks."
        )

    s_card = card.mm_per_px
    pupil_plane_mm = setup.camera_distance_mm + setup.card_depth_mm
    depth_factor = pupil_plane_mm / setup.camera_distance_mm
    convergence_factor = (pupil_plane_mm + setup.eye_rotation_mm) / pupil_plane_mm
    mm_per_px_far = s_card * depth_factor * convergence_factor

    far_pd = distance_px * mm_per_px_far
    check_far_pd(far_pd, label=N_("measured PD"))
    if nose is None:
        mono_far = MonoPd(far_pd / 2.0, far_pd / 2.0)
    else:
        if not (image_left.x < nose.x < image_right.x):
            raise PhotoPdError(_("The nose point must lie between the two pupils: click the bridge of the "
                                 "nose."))
        # Each eye turns toward the camera, so its rotation centre lies on the ray through its pupil,
        # (D + δ + r)/(D + δ) times as far from the optical axis (the image centre) as the pupil.
        # Scaling about the axis rather than the nose keeps an off-centre face's monoculars right.
        axis = PixelPoint(width_px / 2.0, height_px / 2.0)
        right_centre = axis + (right_eye - axis).scaled(convergence_factor)
        left_centre = axis + (left_eye - axis).scaled(convergence_factor)
        # Distances along the eyes' line, so a tilted head does not shorten either side.
        unit = between.scaled(1.0 / distance_px)
        mm_per_px_pupil_plane = s_card * depth_factor
        from_right_eye_px = abs((nose - right_centre).dot(unit))
        from_left_eye_px = abs((left_centre - nose).dot(unit))
        mono_far = MonoPd(from_right_eye_px * mm_per_px_pupil_plane, from_left_eye_px * mm_per_px_pupil_plane)
        check_mono_pd(mono_far.right_mm, "right")
        check_mono_pd(mono_far.left_mm, "left")
    near_pd = near_from_far(far_pd, setup.near_working_distance_mm)
    ratio = near_pd / far_pd
    # One pixel of click error on each pupil, and on each end of the card's edge.
    uncertainty = math.hypot(math.sqrt(2.0) * CLICK_ERROR_PX * mm_per_px_far,
                             far_pd * math.sqrt(2.0) / card.long_edge_px)
    result = PdResult(
        far_pd_mm=far_pd,
        near_pd_mm=near_pd,
        mono_far=mono_far,
        mono_near=MonoPd(mono_far.right_mm * ratio, mono_far.left_mm * ratio),
        method=PdMethod.PHOTO,
        is_mono_measured=nose is not None,
        photo_count=1,
        near_working_distance_mm=setup.near_working_distance_mm,
        warnings=tuple(warnings),
    )
    return PhotoReading(
        card=card,
        pupil_distance_px=distance_px,
        pd_at_card_plane_mm=distance_px * s_card,
        card_depth_factor=depth_factor,
        convergence_factor=convergence_factor,
        pd=result,
        click_uncertainty_mm=uncertainty,
        warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class PhotoClicks:
    """What the operator clicked on one photo, kept with the measurement to redraw it later."""

    card: tuple[PixelPoint, PixelPoint, PixelPoint, PixelPoint]
    pupils: tuple[PixelPoint, PixelPoint]  # image-left, image-right
    image_size_px: tuple[int, int]
    nose: PixelPoint | None = None
    setup: PhotoSetup = PhotoSetup()

    def measure(self) -> PhotoReading:
        return measure_photo(self.card, self.pupils, self.image_size_px, self.setup, nose=self.nose)

    def to_json(self) -> dict[str, Any]:
        return {
            "card": [[p.x, p.y] for p in self.card],
            "pupils": [[p.x, p.y] for p in self.pupils],
            "nose": None if self.nose is None else [self.nose.x, self.nose.y],
            "image_size_px": list(self.image_size_px),
            "camera_distance_mm": self.setup.camera_distance_mm,
            "card_depth_mm": self.setup.card_depth_mm,
            "eye_rotation_mm": self.setup.eye_rotation_mm,
            "near_working_distance_mm": self.setup.near_working_distance_mm,
            "is_mirrored": self.setup.is_mirrored,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PhotoClicks:
        try:
            card = tuple(PixelPoint(float(x), float(y)) for x, y in data["card"])
            pupils = tuple(PixelPoint(float(x), float(y)) for x, y in data["pupils"])
            nose = None if data.get("nose") is None else PixelPoint(float(data["nose"][0]), float(data["nose"][1]))
            width, height = (int(v) for v in data["image_size_px"])
            setup = PhotoSetup(
                camera_distance_mm=float(data.get("camera_distance_mm", 1000.0)),
                card_depth_mm=float(data.get("card_depth_mm", 12.0)),
                eye_rotation_mm=float(data.get("eye_rotation_mm", 10.0)),
                near_working_distance_mm=float(data.get("near_working_distance_mm", DEFAULT_NEAR_WORKING_DISTANCE_MM)),
                is_mirrored=bool(data.get("is_mirrored", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PhotoPdError(_("The saved photo points are damaged: measure the photo again.")) from exc
        if len(card) != 4 or len(pupils) != 2:
            raise PhotoPdError(_("The saved photo points are damaged: measure the photo again."))
        return cls(card, pupils, (width, height), nose, setup)
