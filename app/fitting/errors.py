"""Failures of the fitting core; each message is one sentence an operator can act on."""

from __future__ import annotations


class FittingError(Exception):
    """Base for every fitting failure meant for the operator."""


class CustomerNotFoundError(FittingError):
    pass


class CustomerInputError(FittingError):
    """A customer field is missing, too long or duplicated."""


class MeasurementError(FittingError):
    """A measurement is impossible (e.g. a PD of 20 mm) or incomplete."""


class PhotoPdError(MeasurementError):
    """The clicked card corners or pupils cannot give a trustworthy PD."""


class PdSpreadError(PhotoPdError):
    """The photos of one set disagree by more than the allowed spread."""


class ImageFormatError(FittingError):
    """A file meant to be a photo is not a PNG or JPEG we can read."""


class PhotoConsentError(FittingError):
    """The customer has not agreed to photos being kept."""


class LensStockError(FittingError):
    pass


class FitNotFoundError(FittingError):
    pass


class FitFormatError(FittingError):
    """A fit JSON file is not one Heliofab wrote, or is damaged."""


class SuggestionError(FittingError):
    """No size suggestion could be made (unknown style, no passing size)."""


class FitInputError(FittingError):
    """A fit to save has a bad style or parameter."""
