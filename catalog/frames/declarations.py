"""The parameter declaration shared by every bundled frame style; styles change only the defaults."""

from __future__ import annotations

# `_f` and `_c` are short so that each declaration below stays one row per parameter. Labels, groups and
# help are marked with N_(): files keep them in English, and a form shows `Parameter.shown_label`.
from catalog.frames.params import Parameter
from catalog.frames.params import choice_parameter as _c
from catalog.frames.params import float_parameter as _f
from i18n import N_

CUSTOMER = N_("Customer")
LENS = N_("Lens")
SHAPE = N_("Lens shape")
BRIDGE = N_("Bridge and nose")
FRONT = N_("Front")
TEMPLES = N_("Temples and hinges")
PRINTING = N_("Printing")

HINGE_TYPES = ("pin_1mm", "screw_m2")
MATERIALS = ("PETG", "PLA")


FRAME_PARAMETERS: tuple[Parameter, ...] = (
    _f("pd_right_mm", N_("Right monocular PD"), "mm", 31.5, 18, 40, 0.1, CUSTOMER,
       N_("Far PD of the right eye: pupil to the middle of the nose bridge. The right lens is centred here.")),
    _f("pd_left_mm", N_("Left monocular PD"), "mm", 31.5, 18, 40, 0.1, CUSTOMER,
       N_("Far PD of the left eye. Asymmetric faces get asymmetric frames.")),
    _f("head_width_mm", N_("Head width at the ears"), "mm", 150, 100, 190, 1, CUSTOMER,
       N_("Across the head where the temples pass the ears; sets the temple splay.")),
    _f("pupil_above_datum_mm", N_("Pupil above lens centre"), "mm", 3, -2, 6, 0.5, CUSTOMER,
       N_("How far the pupils sit above the lens box centre; each mm asks for about 2 degrees of tilt.")),
    _f("lens_width_mm", N_("Lens width (A)"), "mm", 44, 30, 60, 0.5, LENS,
       N_("Boxed width of the lens (the diameter of a round stock lens).")),
    _f("lens_height_mm", N_("Lens height (B)"), "mm", 35, 24, 50, 0.5, LENS, N_("Boxed height of the lens.")),
    _f("lens_edge_thickness_mm", N_("Lens edge thickness"), "mm", 2.2, 1.5, 6, 0.1, LENS,
       N_("Thickest edge of the lens; the seat must be this deep.")),
    _f("lens_base_curve_d", N_("Lens base curve"), "D", 4, 0, 8, 0.5, LENS,
       N_("Front curve of the lens; non-round curved lenses need a deeper seat.")),
    _f("lens_clearance_mm", N_("Seat clearance"), "mm", 0.10, -0.10, 0.40, 0.05, LENS,
       N_("Radial play around the lens; calibrate once per printer with a one-rim coupon.")),
    _f("shape_n_top", N_("Top roundness"), "", 2.5, 1.6, 8, 0.1, SHAPE,
       N_("Superellipse exponent of the upper half: 2 is an ellipse, 4-6 a soft rectangle.")),
    _f("shape_n_bottom", N_("Bottom roundness"), "", 2.5, 1.6, 8, 0.1, SHAPE,
       N_("Superellipse exponent of the lower half.")),
    _f("shape_taper", N_("Taper"), "", 0, -0.3, 0.3, 0.01, SHAPE,
       N_("Widens the top (positive) or the bottom (negative) of the lens.")),
    _f("shape_skew_top", N_("Cat-eye sweep"), "", 0, 0, 0.45, 0.01, SHAPE,
       N_("Pulls the upper temporal corner outward (cat-eye).")),
    _f("shape_skew_bottom", N_("Aviator droop"), "", 0, 0, 0.6, 0.01, SHAPE,
       N_("Pulls the lower half toward the nose (aviator).")),
    _f("bridge_mm", N_("Bridge (DBL)"), "mm", 19, 10, 24, 0.5, BRIDGE,
       N_("Distance between the lenses. With the lenses on the pupils it equals right PD + left PD - lens width.")),
    _f("crest_above_datum_mm", N_("Nose crest height"), "mm", 6, -2, 14, 0.5, BRIDGE,
       N_("Height of the bridge underside (nose crest) above the lens centres.")),
    _f("bridge_band_mm", N_("Bridge bar height"), "mm", 5, 3, 10, 0.5, BRIDGE, N_("Height of the bridge bar.")),
    _f("nose_dbr10_mm", N_("Nose width 10 mm below crest"), "mm", 16, 8, 28, 0.5, BRIDGE,
       N_("Width of the nose 10 mm below the crest.")),
    _f("nose_dbr15_mm", N_("Nose width 15 mm below crest"), "mm", 20, 10, 32, 0.5, BRIDGE,
       N_("Width of the nose 15 mm below the crest.")),
    _f("nose_apex_radius_mm", N_("Nose crest radius"), "mm", 5, 2, 10, 0.5, BRIDGE, N_("Rounding of the nose crest.")),
    _f("nose_clearance_mm", N_("Nose clearance"), "mm", 0.3, 0, 1.0, 0.1, BRIDGE,
       N_("Gap left between the nose and the bridge cut-out.")),
    _f("rim_width_mm", N_("Rim width"), "mm", 4, 2.5, 8, 0.1, FRONT, N_("Width of the rim outside the lens contour.")),
    _f("frame_thickness_mm", N_("Front thickness"), "mm", 4.5, 3, 7, 0.1, FRONT, N_("Depth of the front.")),
    _f("front_lip_thickness_mm", N_("Front lip thickness"), "mm", 1.2, 0.8, 2.0, 0.1, FRONT,
       N_("Thickness of the lip in front of the lens.")),
    _f("lip_overlap_mm", N_("Lip overlap"), "mm", 0.8, 0.5, 1.5, 0.1, FRONT,
       N_("How far the front lip covers the lens edge.")),
    _f("rear_overlap_mm", N_("Rear ring overlap"), "mm", 0.6, 0.3, 1.2, 0.1, FRONT,
       N_("How far the rear retaining ring covers the back of the lens.")),
    _f("ring_thickness_mm", N_("Rear ring thickness"), "mm", 1.0, 0.8, 2.0, 0.1, FRONT,
       N_("Thickness of the rear retaining ring, glued or pressed into the seat.")),
    _f("endpiece_length_mm", N_("Endpiece length"), "mm", 6, 3, 12, 0.5, FRONT,
       N_("From the rim out to the hinge side of the front.")),
    _f("hinge_y_mm", N_("Hinge height"), "mm", 6, -5, 20, 0.5, FRONT,
       N_("Height of the hinge above the lens centres.")),
    _f("temple_length_mm", N_("Temple length"), "mm", 140, 100, 160, 1, TEMPLES,
       N_("Length of side: hinge axis to the temple tip, drop straightened (ISO 8624).")),
    _f("temple_drop_mm", N_("Drop length"), "mm", 35, 20, 50, 1, TEMPLES,
       N_("Part of the temple beyond the ear bend.")),
    _f("temple_drop_angle_deg", N_("Drop angle"), "deg", 40, 20, 60, 1, TEMPLES, N_("Bend angle behind the ear.")),
    _f("temple_height_mm", N_("Temple height at hinge"), "mm", 6, 4, 10, 0.5, TEMPLES,
       N_("Vertical size of the temple at the hinge; the hinge knuckles share it.")),
    _f("temple_tip_height_mm", N_("Temple height at tip"), "mm", 4, 3, 8, 0.5, TEMPLES,
       N_("Vertical size of the temple at its tip.")),
    _f("temple_thickness_mm", N_("Temple thickness"), "mm", 3.6, 2.5, 5, 0.1, TEMPLES,
       N_("Thickness across the head; the hinge knuckles are this wide.")),
    _f("pantoscopic_tilt_deg", N_("Pantoscopic tilt"), "deg", 8, 0, 15, 0.5, TEMPLES,
       N_("Lower rim toward the cheeks while the temples stay level; about 2 degrees per mm of pupil height.")),
    _c("hinge_type", N_("Hinge"), "pin_1mm", HINGE_TYPES, TEMPLES,
       N_("pin_1mm: 1 mm steel pin, ream the holes; screw_m2: M2 screw through all knuckles.")),
    _c("material", N_("Material"), "PETG", MATERIALS, PRINTING, N_("PLA for fit checks, PETG for delivered frames.")),
    _f("min_wall_mm", N_("Minimum wall"), "mm", 1.2, 0.8, 2.4, 0.1, PRINTING,
       N_("Thinnest wall allowed (3 perimeters).")),
    _f("nozzle_mm", N_("Nozzle diameter"), "mm", 0.4, 0.25, 0.6, 0.05, PRINTING,
       N_("Printer nozzle; features need 2x this.")),
    _f("part_gap_mm", N_("Gap between parts"), "mm", 5, 2, 15, 0.5, PRINTING, N_("Spacing of the parts on the bed.")),
)

# Parameters older Heliofab versions declared: saved fits and parameter-set files still name them, and
# loading those drops them. The filament price now comes from the material profile the frame is made of
# (its density and price live there alone).
RETIRED_NAMES = ("filament_price_per_kg",)

REQUIRED_NAMES = (
    "pd_right_mm", "pd_left_mm", "lens_width_mm", "lens_height_mm", "bridge_mm", "temple_length_mm",
    "head_width_mm", "pantoscopic_tilt_deg",
)
