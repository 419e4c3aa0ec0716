from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select

from app.fitting.customers import (
    add_customer,
    add_customer_photo,
    add_measurement,
    delete_customer,
    delete_customer_photo,
    find_customer,
    get_customer,
    list_customers,
    update_customer,
)
from app.fitting.errors import (
    CustomerInputError,
    CustomerNotFoundError,
    ImageFormatError,
    LensStockError,
    MeasurementError,
    PhotoConsentError,
)
from app.fitting.lens_stock import LensStockInput, add_lens_stock, adjust_lens_count, list_lens_stock
from app.fitting.measure import latest_photo_clicks, save_photo_pd
from app.fitting.pd_photo import PhotoClicks, PhotoSetup
from app.fitting.values import CustomerInput, MeasurementInput
from app.services import Services
from db.engine import unit_of_work
from db.models import Blob, Customer, CustomerPhoto, DesignVersion, Measurement, PrintJob
from tests.app.fitting_scene import Scene, write_png


def _png(tmp_path: Path, name: str = "face.png", value: int = 100) -> Path:
    path = tmp_path / name
    write_png(path, np.full((20, 30), value, dtype=np.uint8))
    return path


def _count(services: Services, model: type) -> int:
    with services.session_factory() as session:
        query = select(func.count()).select_from(model)
        if model is Blob:
            # The bundled catalogue's thumbnails are blobs too; only the customers' files count here.
            query = query.where(Blob.sha256.not_in(select(DesignVersion.thumbnail_sha256).where(
                DesignVersion.thumbnail_sha256.is_not(None))))
        return session.scalar(query) or 0


def test_add_search_and_show_customers(services: Services) -> None:
    amina = add_customer(services.session_factory, CustomerInput(name="Amina Diallo", age_group="adult"))
    kofi = add_customer(services.session_factory,
                        CustomerInput(name="Kofi", code="K-7", age_group="child", has_photo_consent=True))
    add_customer(services.session_factory, CustomerInput(code="ANON-1"))
    assert amina.code == "C0001" and kofi.code == "K-7"
    assert [c.name for c in list_customers(services.session_factory, "amina")] == ["Amina Diallo"]
    assert [c.code for c in list_customers(services.session_factory, "k-")] == ["K-7"]
    assert len(list_customers(services.session_factory)) == 3
    assert len(list_customers(services.session_factory, limit=2)) == 2
    assert list_customers(services.session_factory, "100%") == []
    add_customer(services.session_factory, CustomerInput(name="Émile Ndiaye"))
    assert [c.name for c in list_customers(services.session_factory, "émile")] == ["Émile Ndiaye"]
    assert [c.name for c in list_customers(services.session_factory, "NDIAYE")] == ["Émile Ndiaye"]
    assert find_customer(services.session_factory, "K-7").id == kofi.id
    assert find_customer(services.session_factory, str(amina.id)).code == "C0001"
    with pytest.raises(CustomerNotFoundError, match="customers list"):
        find_customer(services.session_factory, "nobody")
    add_measurement(services.session_factory, amina.id, MeasurementInput(far_pd_mm=62.5, head_width_mm=148.0))
    add_measurement(services.session_factory, amina.id,
                    MeasurementInput(method="photo", far_pd_mm=63.0, near_pd_mm=59.5))
    detail = get_customer(services.session_factory, amina.id)
    assert [m.far_pd_mm for m in detail.measurements] == [62.5, 63.0]
    assert detail.summary.last_far_pd_mm == 63.0
    listed = {c.code: c for c in list_customers(services.session_factory)}
    assert listed["C0001"].last_far_pd_mm == 63.0 and listed["K-7"].last_far_pd_mm is None
    assert listed["C0001"].fit_count == 0
    assert detail.latest_measurement is not None and detail.latest_measurement.method == "photo"
    assert detail.to_json()["measurements"][0]["head_width_mm"] == 148.0


def test_bad_customer_input_saves_nothing(services: Services) -> None:
    add_customer(services.session_factory, CustomerInput(name="A", code="X1"))
    for bad in (
        CustomerInput(),
        CustomerInput(name="   "),
        CustomerInput(name="B", code="X1"),
        CustomerInput(name="B", age_group="toddler"),
        CustomerInput(name="B" * 201),
    ):
        with pytest.raises(CustomerInputError):
            add_customer(services.session_factory, bad)
    assert _count(services, Customer) == 1


@pytest.mark.parametrize(
    "data",
    [
        MeasurementInput(),
        MeasurementInput(far_pd_mm=20.0),
        MeasurementInput(far_pd_mm=120.0),
        MeasurementInput(far_pd_mm=63.0, near_pd_mm=66.0),
        MeasurementInput(far_pd_mm=63.0, mono_far_right_mm=35.0, mono_far_left_mm=35.0),
        MeasurementInput(mono_far_right_mm=5.0),
        MeasurementInput(head_width_mm=40.0),
        MeasurementInput(lens_power_right_d=45.0),
        MeasurementInput(far_pd_mm=float("nan")),
    ],
)
def test_impossible_measurements_are_refused_and_nothing_saved(services: Services, data: MeasurementInput) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="A"))
    with pytest.raises(MeasurementError):
        add_measurement(services.session_factory, customer.id, data)
    assert _count(services, Measurement) == 0


def test_photos_need_consent_and_real_images(services: Services, tmp_path: Path) -> None:
    no_consent = add_customer(services.session_factory, CustomerInput(name="A"))
    with pytest.raises(PhotoConsentError, match="consent"):
        add_customer_photo(services.session_factory, services.blobs, no_consent.id, _png(tmp_path))
    consenting = add_customer(services.session_factory, CustomerInput(name="B", has_photo_consent=True))
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"MZ\x90\x00 definitely not a photo")
    with pytest.raises(ImageFormatError):
        add_customer_photo(services.session_factory, services.blobs, consenting.id, fake)
    assert _count(services, CustomerPhoto) == 0 and _count(services, Blob) == 0
    photo = add_customer_photo(services.session_factory, services.blobs, consenting.id, _png(tmp_path))
    assert services.blobs.has(photo.blob_sha256)
    assert get_customer(services.session_factory, consenting.id).photos[0].blob_sha256 == photo.blob_sha256


def test_deleting_a_customer_deletes_their_photos_but_not_shared_blobs(services: Services, tmp_path: Path) -> None:
    a = add_customer(services.session_factory, CustomerInput(name="A", has_photo_consent=True))
    b = add_customer(services.session_factory, CustomerInput(name="B", has_photo_consent=True))
    own = add_customer_photo(services.session_factory, services.blobs, a.id, _png(tmp_path, "own.png", 10))
    shared_a = add_customer_photo(services.session_factory, services.blobs, a.id, _png(tmp_path, "shared.png", 20))
    shared_b = add_customer_photo(services.session_factory, services.blobs, b.id, _png(tmp_path, "shared.png", 20))
    assert shared_a.blob_sha256 == shared_b.blob_sha256
    add_measurement(services.session_factory, a.id, MeasurementInput(far_pd_mm=63.0, photo_sha256=own.blob_sha256))
    delete_customer(services.session_factory, services.blobs, a.id)
    assert not services.blobs.has(own.blob_sha256)
    assert services.blobs.has(shared_b.blob_sha256)
    assert _count(services, Measurement) == 0 and _count(services, Blob) == 1
    with pytest.raises(CustomerNotFoundError):
        get_customer(services.session_factory, a.id)
    delete_customer_photo(services.session_factory, services.blobs, shared_b.id)
    assert not services.blobs.has(shared_b.blob_sha256) and _count(services, Blob) == 0


def test_withdrawing_consent_deletes_photos(services: Services, tmp_path: Path) -> None:
    a = add_customer(services.session_factory, CustomerInput(name="A", has_photo_consent=True))
    photo = add_customer_photo(services.session_factory, services.blobs, a.id, _png(tmp_path))
    updated = update_customer(services.session_factory, services.blobs, a.id,
                              CustomerInput(name="A. B.", code=a.code, has_photo_consent=False))
    assert updated.name == "A. B." and not updated.has_photo_consent
    assert not services.blobs.has(photo.blob_sha256)
    assert get_customer(services.session_factory, a.id).photos == ()


def test_lens_stock_inventory(services: Services) -> None:
    item = add_lens_stock(services.session_factory,
                          LensStockInput(shape="round", diameter_mm=40.0, power_d=1.5, count=4))
    add_lens_stock(services.session_factory,
                   LensStockInput(shape="oval", diameter_mm=46.0, height_mm=36.0, power_d=-1.0, count=0))
    assert [i.power_d for i in list_lens_stock(services.session_factory)] == [-1.0, 1.5]
    assert [i.id for i in list_lens_stock(services.session_factory, is_in_stock_only=True)] == [item.id]
    assert adjust_lens_count(services.session_factory, item.id, -2).count == 2
    with pytest.raises(LensStockError, match="Only 2"):
        adjust_lens_count(services.session_factory, item.id, -3)
    for bad in (
        LensStockInput(diameter_mm=5.0),
        LensStockInput(shape="square"),
        LensStockInput(shape="oval", diameter_mm=40.0),
        LensStockInput(power_d=40.0),
        LensStockInput(count=-1),
    ):
        with pytest.raises(LensStockError):
            add_lens_stock(services.session_factory, bad)
    assert item.label == "round Ø40 mm, +1.50 D"


def test_customer_with_a_bad_first_measurement_is_not_added(services: Services) -> None:
    with pytest.raises(MeasurementError):
        add_customer(services.session_factory, CustomerInput(name="A"), MeasurementInput(far_pd_mm=120.0))
    assert _count(services, Customer) == 0
    added = add_customer(services.session_factory, CustomerInput(name="A"), MeasurementInput(far_pd_mm=63.0))
    assert get_customer(services.session_factory, added.id).measurements[0].far_pd_mm == 63.0


def test_withdrawn_consent_also_forgets_photo_pd_photos(services: Services, tmp_path: Path) -> None:
    scene = Scene()
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    clicks = PhotoClicks(tuple(scene.card_px()), scene.pupils_px(), (1600, 1200), None, PhotoSetup())  # type: ignore[arg-type]
    a = add_customer(services.session_factory, CustomerInput(name="A", has_photo_consent=True))
    view = save_photo_pd(services.session_factory, services.blobs, a.id, [(image, clicks), (image, clicks)])
    assert view.method == "photo" and view.details["photo_count"] == 2
    found = latest_photo_clicks(get_customer(services.session_factory, a.id))
    assert found is not None and services.blobs.has(found[0]) and found[1] == clicks
    update_customer(services.session_factory, services.blobs, a.id,
                    CustomerInput(name="A", code=a.code, has_photo_consent=False))
    assert latest_photo_clicks(get_customer(services.session_factory, a.id)) is None
    assert _count(services, Blob) == 0
    b = add_customer(services.session_factory, CustomerInput(name="B"))  # no consent: the PD is kept, the photo is not
    save_photo_pd(services.session_factory, services.blobs, b.id, [(image, clicks)])
    assert get_customer(services.session_factory, b.id).photos == () and _count(services, Blob) == 0


def test_orders_are_listed_with_the_customer(services: Services) -> None:
    a = add_customer(services.session_factory, CustomerInput(name="A"))
    with unit_of_work(services.session_factory) as session:
        session.add(PrintJob(name="Frame for A", customer_id=a.id))
    detail = get_customer(services.session_factory, a.id)
    assert [o.name for o in detail.orders] == ["Frame for A"] and detail.orders[0].state == "queued"
    assert detail.to_json()["orders"][0]["name"] == "Frame for A"
    delete_customer(services.session_factory, services.blobs, a.id)
    with services.session_factory() as session:
        assert session.scalars(select(PrintJob)).one().customer_id is None


def test_nose_widths_are_checked(services: Services) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="A"))
    with pytest.raises(MeasurementError, match="wider 15 mm below"):
        add_measurement(services.session_factory, customer.id,
                        MeasurementInput(nose_crest_width_mm=20.0, nose_bridge_width_mm=15.0))
    with pytest.raises(MeasurementError, match="10 mm below the crest"):
        add_measurement(services.session_factory, customer.id, MeasurementInput(nose_crest_width_mm=40.0))
    view = add_measurement(services.session_factory, customer.id,
                           MeasurementInput(nose_crest_width_mm=16.0, nose_bridge_width_mm=20.0))
    assert (view.nose_crest_width_mm, view.nose_bridge_width_mm) == (16.0, 20.0)
