"""Customer ids and card workflow ids never look like personal data to the audit trail's guard."""

from __future__ import annotations

import random

from sqlalchemy.engine import Engine

from precredit.policy.identifiers import id_check_char
from precredit.security.audit import AuditTrail
from precredit.security.customers import card_workflow_id, customer_id_for
from precredit.security.keys import KeyRing
from precredit.security.masking import mask_text


def test_no_customer_or_card_workflow_id_is_masked_as_personal_data() -> None:
    """With hex ids about 1 in 100 held a phone- or card-like digit run: every audit event naming
    that customer's card workflow was refused, and the binding FAILED (CI, issue 15's cards)."""
    rng = random.Random(7)
    keyring = KeyRing.generate("k")
    ids = []
    for _ in range(3000):
        stem = f"1101{rng.randrange(10**13):013d}"
        customer = customer_id_for(stem + id_check_char(stem), keyring)
        ids += [customer, card_workflow_id(customer)]
    flagged = [i for i in ids if mask_text(i) != i]
    assert flagged == []
    assert all(len(c) == 40 and c.isalpha() for c in ids[::2])


def test_the_audit_trail_accepts_events_naming_them(engine: Engine) -> None:
    trail = AuditTrail(engine, mac_key=b"k" * 32)
    keyring = KeyRing.generate("k")
    for n in range(200):
        stem = f"11010519{n:06d}123"[:17]
        wf = card_workflow_id(customer_id_for(stem + id_check_char(stem), keyring))
        trail.append(
            actor="applicant:a", action="card.bind.requested", application_id=wf, detail={"binding_id": wf}
        )
    assert trail.verify().ok
