"""The demo batch: sandbox applicants of mixed profiles pushed through all seven steps.

Each profile has the outcome the product must reach; the batch reports any application that did not.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from precredit.client import PreCreditClient
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.demo.actors import Behaviour, Simulator
from precredit.models.application import ApplicationRequest, LoanDocuments
from precredit.models.decisions import Reason
from precredit.models.messages import PreCreditResult


@dataclass(frozen=True)
class Expectation:
    status: str
    reasons: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()  # what the simulated people must have done on the way


EXPECTED: dict[str, Expectation] = {
    "good": Expectation("COMPLETED"),
    "late_documents": Expectation("COMPLETED"),
    "grey_zone": Expectation("COMPLETED"),
    "blacklisted": Expectation("DECLINED", ("BLACKLISTED",)),
    "fraud_like": Expectation("DECLINED", ("FRAUD_SUSPECTED", "MULTI_LENDING")),
    "low_score": Expectation("DECLINED", ("CREDIT_SCORE_LOW",)),
    "dishonest_debtor": Expectation("DECLINED", ("COURT_DISHONEST_DEBTOR",)),
    "document_mismatch": Expectation("DECLINED", ("DOCUMENT_MISMATCH",)),
    "never_signs": Expectation("EXPIRED", ("CONTRACT_NOT_SIGNED",)),
    "face_mismatch": Expectation("DECLINED", ("FACE_MISMATCH",)),
    "expired_id": Expectation("DECLINED", ("ID_EXPIRED",)),
    "hidden_debt": Expectation("DECLINED", ("DTI_TOO_HIGH",)),
    "appeal": Expectation("COMPLETED"),
    # The first invoice photo is shaken beyond reading; asked for a new one, the buyer takes it.
    "shaky_invoice": Expectation("COMPLETED", actions=("documents_reupload:True",)),
}

# The order a batch cycles through: every profile early, good applicants most often.
MIX = (
    "good", "blacklisted", "fraud_like", "low_score", "grey_zone", "document_mismatch", "never_signs",
    "dishonest_debtor", "face_mismatch", "expired_id", "hidden_debt", "late_documents", "good",
    "grey_zone", "good", "fraud_like", "appeal", "shaky_invoice", "good", "late_documents",
)  # fmt: skip


@dataclass
class Outcome:
    application_id: str
    profile: str
    expected: Expectation
    result: PreCreditResult | None = None
    error: str = ""
    wall_seconds: float = 0.0
    actions: list[str] = field(default_factory=list)
    # The simulated people's timeline and failures (`Trace.log`), for a report of what went wrong.
    log: list[str] = field(default_factory=list)

    @property
    def as_expected(self) -> bool:
        if self.result is None:
            return False
        if self.result.status.value != self.expected.status:
            return False
        if any(action not in self.actions for action in self.expected.actions):
            return False
        return not self.expected.reasons or bool(set(self.expected.reasons) & set(self.result.reason_codes))


def shaken(photo: bytes, *, pixels: int = 31) -> bytes:
    """The same photo taken with a shaking hand: a horizontal motion blur over `pixels` that no
    recogniser reads through."""
    import cv2
    import numpy as np

    image = cv2.imdecode(np.frombuffer(photo, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None, "not an image"
    kernel = np.zeros((pixels, pixels), np.float32)
    kernel[pixels // 2, :] = 1.0 / pixels
    ok, out = cv2.imencode(".jpg", cv2.filter2D(image, -1, kernel), [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return out.tobytes()


def profiles_for(n: int) -> list[str]:
    return [MIX[i % len(MIX)] for i in range(n)]


def prepare(
    profile: str, *, index: int, seed: int, store: DocumentStore, settings: Settings
) -> tuple[ApplicationRequest, Behaviour]:
    """Renders the applicant's documents into the store and returns the request and how people behave."""
    from precredit.integrations.generators.applications import make_application
    from precredit.integrations.persons import PersonsRegistry

    rng = random.Random(seed * 1000 + index)
    persona_profile = {"late_documents": "good", "appeal": "low_score", "shaky_invoice": "good"}.get(
        profile, profile
    )
    people = PersonsRegistry(settings.sandbox_dir).by_profile(persona_profile)
    persona = people[index % len(people)]
    # Applicants and documents repeat with the seed; the id must not, or a second demo on the same
    # history would be refused as a duplicate submission.
    rng.getrandbits(128)
    app_id = f"demo-{profile.replace('_', '-')}-{uuid.uuid4().hex[:10]}"
    bundle = make_application(
        persona, rng=rng, application_id=app_id, lender_name=settings.policy.lender_name
    )
    raw: dict[str, Any] = dict(bundle.request)
    raw["application_id"] = app_id
    refs = {name: store.put(data) for name, data in bundle.images.items()}
    raw["identity_documents"] = {k: refs[k] for k in ("id_card_front", "id_card_back", "selfie")}
    loan_docs = {
        k: refs[k] for k in ("purchase_contract", "vehicle_invoice", "insurance_policy") if k in refs
    }
    # The simulated underwriter looks at the documents as a person would: it rejects the ones that
    # really differ and passes a mismatch that was only an OCR misreading of a correct document.
    behaviour = Behaviour(
        signs_contract=profile != "never_signs",
        requests_review=profile == "appeal",
        underwriter_rejects_on=(Reason.DOCUMENT_MISMATCH,) if profile == "document_mismatch" else (),
    )
    behaviour.photos = {k: v for k, v in refs.items() if k != "selfie"}
    if profile == "shaky_invoice":
        behaviour.new_photos = {"vehicle_invoice": loan_docs["vehicle_invoice"]}
        loan_docs["vehicle_invoice"] = store.put(shaken(bundle.images["vehicle_invoice"]))
    if profile == "late_documents":
        raw["loan_documents"] = {}
        behaviour.late_documents = LoanDocuments(**loan_docs)
    else:
        raw["loan_documents"] = loan_docs
    return ApplicationRequest.model_validate(raw), behaviour


async def run_one(
    client: PreCreditClient,
    settings: Settings,
    request: ApplicationRequest,
    behaviour: Behaviour,
    outcome: Outcome,
) -> Outcome:
    started = time.monotonic()
    try:
        await client.start(request)
        sim = Simulator(client, settings)
        driver = asyncio.create_task(
            sim.drive(request.application_id, request.applicant.phone, request.vehicle.dealer_id, behaviour)
        )
        outcome.result = await client.result(request.application_id)
        trace = await asyncio.wait_for(driver, timeout=30)
        outcome.actions = trace.actions
    except Exception as exc:  # the batch reports every failure instead of stopping at the first
        outcome.error = f"{type(exc).__name__}: {exc}"
    outcome.wall_seconds = time.monotonic() - started
    return outcome
