"""Face matching on synthetic people: same person high, another person low, across 20 persons."""

from __future__ import annotations

import statistics

from precredit.integrations.face_matcher import compare_faces
from precredit.integrations.faces import MATCH_THRESHOLD, decode_image, render_portrait, render_selfie
from precredit.integrations.persons import PersonsRegistry
from precredit.integrations.sandbox import Sandbox

SEEDS = [1000 + 37 * i for i in range(20)]


def _score(portrait_seed: int, selfie_seed: int, variant: int) -> float:
    reference = decode_image(render_portrait(portrait_seed))
    probe = decode_image(render_selfie(selfie_seed, variant))
    assert reference is not None and probe is not None
    return compare_faces(reference, probe).similarity


def test_same_and_different_persons_separate() -> None:
    same = [_score(s, s, v) for s in SEEDS for v in (1, 2)]
    different = [_score(s, SEEDS[(i + k) % len(SEEDS)], 9) for i, s in enumerate(SEEDS) for k in (1, 7)]
    print(
        f"\nface match over {len(SEEDS)} persons: same min {min(same):.3f} median {statistics.median(same):.3f};"
        f" different max {max(different):.3f} median {statistics.median(different):.3f};"
        f" margin {min(same) - max(different):.3f}"
    )
    assert min(same) >= MATCH_THRESHOLD + 0.1
    assert statistics.median(same) > 0.9
    assert max(different) <= MATCH_THRESHOLD - 0.1


def test_rendering_is_deterministic() -> None:
    assert render_portrait(5) == render_portrait(5)
    assert render_selfie(5, 1) == render_selfie(5, 1)
    assert render_selfie(5, 1) != render_selfie(5, 2)
    assert render_portrait(5) != render_portrait(6)


def test_registry_face_match(sandbox: Sandbox, persons: PersonsRegistry) -> None:
    person, other = persons.all[0], persons.all[1]
    own = sandbox.identity.face_match(person.id_number, render_selfie(person.seed, 3))
    assert own.matched and own.similarity > 0.8 and own.liveness_ok
    impostor = sandbox.identity.face_match(person.id_number, render_selfie(other.seed, 3))
    assert not impostor.matched and impostor.similarity < 0.5


def test_replayed_id_photo_fails_liveness_and_garbage_does_not_crash(
    sandbox: Sandbox, persons: PersonsRegistry
) -> None:
    person = persons.all[0]
    replay = sandbox.identity.face_match(person.id_number, render_portrait(person.seed))
    assert not replay.liveness_ok
    garbage = sandbox.identity.face_match(person.id_number, b"not an image")
    assert not garbage.matched and garbage.similarity == 0
    unknown = sandbox.identity.face_match("110101199001011237", render_selfie(person.seed, 1))
    assert not unknown.matched
