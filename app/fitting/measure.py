"""Turn a PD result (ruler or photo) into a stored measurement."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.fitting.errors import PhotoPdError
from app.fitting.pd import PdResult, combine_readings
from app.fitting.pd_photo import PhotoClicks
from app.fitting.photo_check import check_photo
from app.fitting.rounding import stored_mm
from app.fitting.values import CustomerDetail, MeasurementInput, MeasurementView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from catalog.blobstore import BlobStore


def measurement_from_pd(
    pd: PdResult,
    *,
    head_width_mm: float | None = None,
    front_to_bend_mm: float | None = None,
    lens_power_right_d: float | None = None,
    lens_power_left_d: float | None = None,
    photo_sha256: str | None = None,
    details: dict[str, Any] | None = None,
    notes: str = "",
) -> MeasurementInput:
    """Monocular PDs are stored only when really measured, not when they are halves."""
    extra: dict[str, Any] = {
        "near_working_distance_mm": pd.near_working_distance_mm,
        "photo_count": pd.photo_count,
        "spread_mm": round(pd.spread_mm, 2),
        "is_mono_measured": pd.is_mono_measured,
    }
    extra.update(details or {})
    return MeasurementInput(
        method=pd.method.value,
        far_pd_mm=stored_mm(pd.far_pd_mm),
        near_pd_mm=stored_mm(pd.near_pd_mm),
        mono_far_right_mm=stored_mm(pd.mono_far.right_mm) if pd.is_mono_measured else None,
        mono_far_left_mm=stored_mm(pd.mono_far.left_mm) if pd.is_mono_measured else None,
        mono_near_right_mm=stored_mm(pd.mono_near.right_mm) if pd.is_mono_measured else None,
        mono_near_left_mm=stored_mm(pd.mono_near.left_mm) if pd.is_mono_measured else None,
        head_width_mm=head_width_mm,
        front_to_bend_mm=front_to_bend_mm,
        lens_power_right_d=lens_power_right_d,
        lens_power_left_d=lens_power_left_d,
        photo_sha256=photo_sha256,
        details=extra,
        notes=notes,
    )


def save_photo_pd(
    session_factory: sessionmaker[Session], blobs: BlobStore,
    customer_id: int,
    photos: Sequence[tuple[Path | None, PhotoClicks]],
    *,
    head_width_mm: float | None = None,
    notes: str = "",
) -> MeasurementView:
    """Average one to three clicked photos (spread ≤ 1.5 mm) and save the PD; the photos are kept
    in the blob store only when the customer consented. Everything is checked before anything is
    written."""
    # Here, not at the top: measurement_from_pd serves `fit pd-from-photo`, which opens no database.
    from app.fitting.customers import add_customer_photo, add_measurement, get_customer

    combined = combine_readings([clicks.measure().pd for _, clicks in photos])
    for path, _clicks in photos:
        if path is not None:
            check_photo(path)  # a photo cut short gives no PD to save, kept or not
    detail = get_customer(session_factory, customer_id)
    shas: list[str | None] = []
    for path, _clicks in photos:
        if path is not None and detail.summary.has_photo_consent:
            shas.append(add_customer_photo(session_factory, blobs, customer_id, path).blob_sha256)
        else:
            shas.append(None)
    records = [{**clicks.to_json(), "blob_sha256": sha} for (_, clicks), sha in zip(photos, shas, strict=True)]
    first_sha = next((sha for sha in shas if sha is not None), None)
    data = measurement_from_pd(
        combined, head_width_mm=head_width_mm, photo_sha256=first_sha, details={"photos": records}, notes=notes
    )
    return add_measurement(session_factory, customer_id, data)


def latest_photo_clicks(detail: CustomerDetail) -> tuple[str, PhotoClicks] | None:
    """The newest measurement photo still in the store, with its clicks (for the overlay)."""
    for measurement in reversed(detail.measurements):
        for record in measurement.details.get("photos", []) if isinstance(measurement.details, dict) else []:
            sha = record.get("blob_sha256") if isinstance(record, dict) else None
            if sha:
                try:
                    return sha, PhotoClicks.from_json(record)
                except PhotoPdError:
                    continue
    return None
