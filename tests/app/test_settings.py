from __future__ import annotations

from app.settings import LabSettings, UiSettings


def test_settings_round_trip_and_defaults(services) -> None:  # type: ignore[no-untyped-def]
    assert services.settings.load(UiSettings) == UiSettings()
    services.settings.save(UiSettings(language="fr", font_scale=1.25))
    services.settings.save(LabSettings(lab_name="Tamale lab"))
    assert services.settings.load(UiSettings).language == "fr"
    assert services.settings.load(LabSettings).lab_name == "Tamale lab"
