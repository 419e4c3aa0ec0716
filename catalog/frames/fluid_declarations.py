"""Parameters of the self-adjustable family: round fluid-filled lens modules and the syringe clips that tune them.

The frame shares the customer, bridge, front, temple and printing parameters of every other style (taken from
the one shared declaration, so a change there reaches this family too); the lens is replaced by the module.
"""

from __future__ import annotations

# `_f` and `_c` are short so that each declaration below stays one row per parameter. Labels, groups and
# help are marked with N_(): files keep them in English, and a form shows `Parameter.shown_label`.
from catalog.frames.declarations import FRAME_PARAMETERS, PRINTING, TEMPLES
from catalog.frames.params import Parameter
from catalog.frames.params import choice_parameter as _c
from catalog.frames.params import float_parameter as _f
from i18n import N_

MODULE = N_("Lens module")
CLIPS = N_("Syringe clips")

# Shared parameters, in the shared order; lens size, lens shape and front thickness are not among them: the
# module sets the lens, and its thickness sets how deep the front is.
SHARED_NAMES = (
    "pd_right_mm", "pd_left_mm", "head_width_mm", "pupil_above_datum_mm",
    "bridge_mm", "crest_above_datum_mm", "bridge_band_mm", "nose_dbr10_mm", "nose_dbr15_mm", "nose_apex_radius_mm",
    "nose_clearance_mm", "rim_width_mm", "front_lip_thickness_mm", "lip_overlap_mm", "rear_overlap_mm",
    "ring_thickness_mm", "endpiece_length_mm", "hinge_y_mm", "temple_length_mm", "temple_drop_mm",
    "temple_drop_angle_deg", "temple_height_mm", "temple_tip_height_mm", "temple_thickness_mm",
    "pantoscopic_tilt_deg", "hinge_type", "material", "min_wall_mm", "nozzle_mm", "part_gap_mm",
)
# What the clips alone need: they must fit the temple they ride on and the syringe they hold.
CLIP_SHARED_NAMES = ("temple_height_mm", "temple_thickness_mm", "material", "min_wall_mm", "nozzle_mm",
                     "part_gap_mm")
CLIP_CHOICES = ("two", "none")


MODULE_PARAMETERS: tuple[Parameter, ...] = (
    _f("module_diameter_mm", N_("Module diameter"), "mm", 40, 30, 56, 0.5, MODULE,
       N_("Outside diameter of the round fluid-filled lens module (the Adspecs modules are about 40 mm). "
       "Each module is centred on its pupil.")),
    _f("module_thickness_mm", N_("Module thickness (rim depth)"), "mm", 3.5, 2, 8, 0.1, MODULE,
       N_("Thickness of the module at its edge: the rim holds this depth, between the front lip and the clamp ring.")),
    _f("module_clearance_mm", N_("Module clearance"), "mm", 0.15, -0.10, 0.40, 0.05, MODULE,
       N_("Radial play around the module in its seat; calibrate once per printer.")),
    _f("port_angle_deg", N_("Filling port angle"), "deg", 30, 0, 359, 1, MODULE,
       N_("Where the module's filling port sits around the rim, seen from the front: 0° toward the temple, 90° up, "
       "180° toward the nose, 270° down. The rim gets a notch there so the syringe reaches the port.")),
    _f("port_diameter_mm", N_("Filling port size"), "mm", 3.0, 1.5, 6, 0.1, MODULE,
       N_("Outside diameter of the module's filling port (or of its tube); the notch leaves 0.3 mm "
          "of play each side.")),
)

CLIP_PARAMETERS: tuple[Parameter, ...] = (
    # None by default: printed with the frame set, the clips are two 18 mm towers that take it from 45 to 63
    # minutes on an Ender-3 class printer, past the 50 a frame set is given. They are asked for when wanted,
    # or printed on their own as the syringe clips design while the frame's first layers cool.
    _c("syringe_clips", N_("Syringe clips"), "none", CLIP_CHOICES, CLIPS,
       N_("Print two clips that hold the filling syringes along the temples while the wearer tunes the lenses "
       "(as the Adspecs do), about 17 more minutes; none when the lab lends its own syringes or prints the "
       "clips on their own (the syringe clips design).")),
    _f("syringe_barrel_d_mm", N_("Syringe barrel diameter"), "mm", 10.5, 6, 16, 0.1, CLIPS,
       N_("Outside diameter of the syringe barrel, measured with a calliper (Luer syringes: 1 ml about 8 mm, "
       "3 ml about 10.5 mm, 5 ml about 13 mm).")),
    _f("clip_length_mm", N_("Clip length"), "mm", 18, 10, 40, 1, CLIPS,
       N_("Length of each clip along the temple; longer holds the syringe straighter.")),
    _f("clip_wall_mm", N_("Clip wall"), "mm", 1.6, 0.8, 3, 0.1, CLIPS,
       N_("Wall of the sleeve around the temple and of the cradle around the syringe.")),
    _f("clip_play_mm", N_("Clip play"), "mm", 0.2, 0, 0.6, 0.05, CLIPS,
       N_("Play around the temple and the barrel; raise it if the clip will not slide on.")),
)


def _shared(names: tuple[str, ...]) -> list[Parameter]:
    by_name = {p.name: p for p in FRAME_PARAMETERS}
    return [by_name[name] for name in names]


def _group_end(params: list[Parameter], group: str) -> int:
    return max(i for i, p in enumerate(params) if p.group == group) + 1


def _fluid_parameters() -> tuple[Parameter, ...]:
    params = _shared(SHARED_NAMES)
    # The module group goes where the lens group is in the other styles: right after the customer.
    at = _group_end(params, params[0].group)
    params[at:at] = MODULE_PARAMETERS
    at = _group_end(params, TEMPLES)
    params[at:at] = CLIP_PARAMETERS
    return tuple(params)


def _clip_parameters() -> tuple[Parameter, ...]:
    params = [p for p in CLIP_PARAMETERS if p.name != "syringe_clips"]
    shared = _shared(CLIP_SHARED_NAMES)
    return (*params, *[p for p in shared if p.group == TEMPLES], *[p for p in shared if p.group == PRINTING])


FLUID_PARAMETERS: tuple[Parameter, ...] = _fluid_parameters()
SYRINGE_CLIP_PARAMETERS: tuple[Parameter, ...] = _clip_parameters()

# How the conventional frame checks' words read for a module frame: their internal names become this family's
# labels, so every problem speaks the form's language.
CONVENTIONAL_ALIASES: dict[str, str] = {
    "lens_width_mm": "module_diameter_mm",
    "lens_height_mm": "module_diameter_mm",
    "lens_edge_thickness_mm": "module_thickness_mm",
    "frame_thickness_mm": "module_thickness_mm",
    "lens_clearance_mm": "module_clearance_mm",
}
