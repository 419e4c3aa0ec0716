"""Customers and fitting: measurements, PD from a card photo, size suggestions, lens stock, saved fits.

Everything here is Qt-free and runs the same from the CLI, the desktop app and tests. Customer data
stays on this laptop: nothing in this package writes to a catalogue bundle.

Modules (a function that touches storage takes the store it uses first: the session factory, the blob store):
- customers:    add/update/list/find/get/delete customers, measurements, consented photos (blob store;
                deleted with the customer or when consent is withdrawn)
- pd, pd_photo: PD ranges, ruler entry, near-from-far, the card-photo math (`measure_photo`,
                `PhotoClicks`), averaging up to three photos with the 1.5 mm spread rule
- measure:      turn a PD result into a stored measurement (`save_photo_pd` for a set of photos)
- image_header: PNG/JPEG recognition and size without decoding pixels
- lens_stock:   the lab's editable lens inventory
- suggest:      size suggestions on the frame generator's own checks (`suggest_sizes`)
- overlay:      the frame's true-scale outline placed on the customer's photo
- fits:         `save_fit`, `update_paper_check`, `reprint_fit` + `write_reprint`, JSON export/import
"""

from __future__ import annotations
