"""Plane-of-array irradiance: beam on the tilted panel, isotropic sky (Liu–Jordan) and ground reflection."""

from __future__ import annotations

import numpy as np

from app.energy.sunpos import FloatArray


def angle_of_incidence_cos(
    tilt_deg: float | FloatArray,
    panel_azimuth_deg: float | FloatArray,
    sun_zenith_deg: FloatArray,
    sun_azimuth_deg: FloatArray,
) -> FloatArray:
    beta = np.radians(np.asarray(tilt_deg, dtype=float))
    z = np.radians(np.asarray(sun_zenith_deg, dtype=float))
    cos_theta = np.cos(beta) * np.cos(z) + np.sin(beta) * np.sin(z) * np.cos(
        np.radians(np.asarray(sun_azimuth_deg, dtype=float) - np.asarray(panel_azimuth_deg, dtype=float))
    )
    return np.asarray(np.clip(cos_theta, -1.0, 1.0))


def poa_irradiance_wm2(
    *,
    tilt_deg: float | FloatArray,
    panel_azimuth_deg: float | FloatArray,
    sun_zenith_deg: FloatArray,
    sun_azimuth_deg: FloatArray,
    ghi_wm2: FloatArray,
    dni_wm2: FloatArray,
    dhi_wm2: FloatArray,
    albedo: float | FloatArray = 0.2,
) -> FloatArray:
    """Sun behind the panel (e.g. midnight sun on an equator-facing panel) leaves only the diffuse parts."""
    cos_theta = angle_of_incidence_cos(tilt_deg, panel_azimuth_deg, sun_zenith_deg, sun_azimuth_deg)
    cos_beta = np.cos(np.radians(np.asarray(tilt_deg, dtype=float)))
    beam = np.asarray(dni_wm2) * np.maximum(cos_theta, 0.0)
    sky = np.asarray(dhi_wm2) * (1.0 + cos_beta) / 2.0
    ground = np.asarray(ghi_wm2) * np.asarray(albedo, dtype=float) * (1.0 - cos_beta) / 2.0
    return np.asarray(np.maximum(beam + sky + ground, 0.0))
