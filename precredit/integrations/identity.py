"""The identity registry (公安 / 身份核验 service): element checks and face comparison.

The registry holds each person's ID photo; here that photo is `render_portrait(persona.seed)`, so
the same data directory always yields the same faces without shipping images.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from precredit.integrations.base import FaultInjector, load_config, parse_response
from precredit.integrations.face_matcher import compare_faces
from precredit.integrations.faces import MATCH_THRESHOLD, Image, decode_image, render_portrait
from precredit.integrations.persons import PersonsRegistry
from precredit.models.thirdparty import ElementsCheck, FaceMatch

PROVIDER = "identity"


@lru_cache(maxsize=128)
def _portrait(seed: int) -> tuple[bytes, Image]:
    data = render_portrait(seed)
    image = decode_image(data)
    assert image is not None
    return data, image


class SandboxIdentity:
    def __init__(self, data_dir: Path, faults: FaultInjector, persons: PersonsRegistry | None = None) -> None:
        self._persons = persons or PersonsRegistry(data_dir)
        self._faults = faults
        self._threshold = float(load_config(data_dir).get("face_match_threshold", MATCH_THRESHOLD))

    def verify_elements(self, name: str, id_number: str, phone: str | None) -> ElementsCheck:
        """2-element without a phone, 3-element with one; `detail` says which element failed."""
        elements = 2 if phone is None else 3
        corrupt = self._faults.before_call(PROVIDER, f"elements|{id_number}|{elements}")
        person = self._persons.by_id_number(id_number)
        if person is None:
            detail = "id_number_not_found"
        elif person.name != name.strip():
            detail = "name_mismatch"
        elif phone is not None and person.phone != phone.strip():
            detail = "phone_mismatch"
        else:
            detail = "matched"
        raw = {"elements": elements, "matched": detail == "matched", "detail": detail}
        return parse_response(ElementsCheck, raw, provider=PROVIDER, corrupt=corrupt)

    def face_match(self, id_number: str, selfie: bytes) -> FaceMatch:
        """Compares the selfie with the registry's photo; an exact copy of that photo fails liveness."""
        corrupt = self._faults.before_call(PROVIDER, f"face|{id_number}|{hashlib.sha256(selfie).hexdigest()}")
        person = self._persons.by_id_number(id_number)
        probe = decode_image(selfie)
        if person is None or probe is None:
            raw = {"similarity": 0.0, "matched": False, "liveness_ok": probe is not None}
            return parse_response(FaceMatch, raw, provider=PROVIDER, corrupt=corrupt)
        portrait_bytes, portrait = _portrait(person.seed)
        similarity = compare_faces(portrait, probe).similarity
        liveness_ok = selfie != portrait_bytes and not _same_pixels(portrait, probe)
        raw = {"similarity": similarity, "matched": similarity >= self._threshold, "liveness_ok": liveness_ok}
        return parse_response(FaceMatch, raw, provider=PROVIDER, corrupt=corrupt)


def _same_pixels(a: Image, b: Image) -> bool:
    """A replayed ID photo is not a live selfie."""
    return a.shape == b.shape and int(abs(a.astype(int) - b.astype(int)).max()) <= 2
