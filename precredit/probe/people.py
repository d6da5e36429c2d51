"""The legitimate side of the probe: sandbox buyers who apply and act through the HTTP API the way a
frontend does (phone proved by OTP, documents uploaded, SMS codes read off their phones, contracts
signed at the sandbox e-sign provider), the dealer who hands the car over and the buyer who binds a
repayment card. The attacks need these victims; the control application shows the real path works.
"""

from __future__ import annotations

import asyncio
import random
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from precredit.integrations.persons import Persona, PersonsRegistry
from precredit.probe.target import Credential, ProbeError, Target, bearer
from precredit.security.roles import Role

View = dict[str, Any]
_PICKUP = re.compile(r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])")
_SIGN_PATHS = {"authorisation_letter": "authorisation-signature", "loan_contract": "contract-signature"}


@dataclass
class Applicant:
    application_id: str
    persona: Persona
    token: str
    """The applicant token the create answered with: acts on this application only."""
    body: dict[str, Any]
    """The exact create request, as a network observer could replay it."""
    submitted_with: dict[str, str]
    sms_seen: dict[str, int]
    """SMS per purpose on the phone before this application sent its own (the phone is reused)."""
    images: dict[str, bytes]
    """The photos first uploaded, by kind: taken again when the application asks for a sharper one."""

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)

    @property
    def workflow_id(self) -> str:
        return f"precredit-{self.application_id}"


@dataclass(frozen=True)
class CardBinding:
    workflow_id: str
    binding_id: str

    @property
    def customer_id(self) -> str:
        """What anyone who lists card workflows sees: `card-<customer>-<letters>`."""
        return self.workflow_id.removeprefix("card-").rsplit("-", 1)[0]


def identity_passed(view: View) -> bool:
    return any(d["step"] == "identity" and d["verdict"] == "pass" for d in view["decisions"])


def waiting(view: View, *what: str) -> bool:
    w = view.get("waiting_for")
    return w is not None and w["what"] in what


def ended(view: View) -> bool:
    return view["status"] != "RUNNING" and view.get("waiting_for") is None


class People:
    def __init__(self, target: Target, *, run_id: str) -> None:
        self.t = target
        self.run_id = run_id
        self.rng = random.Random()
        self.registry = PersonsRegistry(target.settings.sandbox_dir)
        self._taken: set[str] = set()
        self.applicants: list[Applicant] = []

    def persona(self, profile: str) -> Persona:
        """A random persona of the profile (phones are budgeted per day), one per victim."""
        free = [p for p in self.registry.by_profile(profile) if p.id_number not in self._taken]
        if not free:
            raise ProbeError(f"no sandbox persona of profile {profile} left")
        chosen = self.rng.choice(free)
        self._taken.add(chosen.id_number)
        return chosen

    @property
    def dealer(self) -> Credential:
        return self.t.credential(Role.DEALER)

    async def session(self, phone: str) -> dict[str, str]:
        """A buyer proves the phone: a code by SMS, read off the phone, opens a session."""
        device = {"X-Device-Id": f"probe-buyer-{secrets.token_hex(6)}"}
        for _ in range(3):
            seen = self.t.phones.count(phone, "session")
            r = await self.t.http.post("/v1/sessions/otp", json={"phone": phone}, headers=device)
            if r.status_code == 503:  # the sandbox gateway drops a send now and then, as real ones do
                await asyncio.sleep(1)
                continue
            _expect(r, 202, "OTP request")
            sms = await self.t.phones.next_message(phone, "session", after=seen)
            body = {"challenge_id": r.json()["challenge_id"], "code": sms.code}
            opened = await self.t.http.post("/v1/sessions", json=body, headers=device)
            _expect(opened, 201, "session")
            return bearer(opened.json()["session_token"])
        raise ProbeError("the SMS gateway refused three OTP sends in a row")

    async def apply(
        self, profile: str, suffix: str, *, channel: bool = False, customer_id: str | None = None
    ) -> Applicant:
        """Renders the persona's documents, uploads them and creates the application, through a
        phone session of the applicant's own or (`channel`) the partner channel credential."""
        from precredit.integrations.generators.applications import make_application

        persona = self.persona(profile)
        app_id = f"probe-{self.run_id}-{suffix}"
        bundle = await asyncio.to_thread(
            make_application, persona, rng=random.Random(self.rng.randrange(2**31)),
            application_id=app_id, lender_name=self.t.settings.policy.lender_name,
            degrade=False,  # a clean photo: the probe tests defences, not OCR (and renders 10x faster)
        )  # fmt: skip
        auth = self.t.credential(Role.PARTNER).headers if channel else await self.session(persona.phone)
        refs = {}
        for kind, data in bundle.images.items():
            kind_type = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
            r = await self.t.http.post(
                "/v1/documents", files={"file": (f"{kind}.img", data, kind_type)}, headers=auth
            )
            _expect(r, 201, f"upload of {kind}")
            refs[kind] = r.json()["document_ref"]
        body = dict(bundle.request)
        # The car is sold by the dealership whose credential the probe holds, so it can hand it over.
        body["vehicle"] = {**body["vehicle"], "dealer_id": self.dealer.subject}
        if customer_id is not None:
            body["customer_id"] = customer_id
        body["identity_documents"] = {k: refs[k] for k in ("id_card_front", "id_card_back", "selfie")}
        body["loan_documents"] = {
            k: refs[k] for k in ("purchase_contract", "vehicle_invoice", "insurance_policy")
        }
        seen = {p: self.t.phones.count(persona.phone, p) for p in ("credit_authorisation", "pickup_code")}
        r = await self.t.http.post("/v1/applications", json=body, headers=auth)
        _expect(r, 201, f"create of {app_id}")
        app = Applicant(app_id, persona, r.json()["applicant_token"], body, auth, seen, dict(bundle.images))
        self.applicants.append(app)
        return app

    async def status(self, app: Applicant) -> View:
        """The status endpoint; a query that fails for a moment (a busy worker, 409/503) is asked again."""
        for _ in range(10):
            r = await self.t.http.get(f"/v1/applications/{app.application_id}", headers=app.headers)
            if r.status_code not in (409, 503):
                break
            await asyncio.sleep(0.5)
        _expect(r, 200, f"status of {app.application_id}")
        view: View = r.json()
        return view

    async def drive(
        self,
        app: Applicant,
        until: Callable[[View], bool],
        *,
        timeout: float,
        approve: bool = False,
        act: bool = True,
    ) -> View:
        """Acts as the buyer on whatever the application waits for, until `until(view)` or its end.
        `approve`: an underwriter review on the way is approved (through the API, as uw 1);
        `act=False` only watches."""
        deadline = time.monotonic() + timeout
        done: set[tuple[str, str]] = set()
        while True:
            view = await self.status(app)
            if until(view) or ended(view):
                return view
            w = view.get("waiting_for")
            if act and w is not None and (w["what"], w["since"]) not in done:
                if await self._act(app, w, approve=approve):
                    done.add((w["what"], w["since"]))
            if time.monotonic() > deadline:
                raise ProbeError(
                    f"{app.application_id} still {view['step']}/{w and w['what']} after {timeout:.0f} s"
                )
            await asyncio.sleep(0.3)

    async def _act(self, app: Applicant, waiting_for: dict[str, Any], *, approve: bool) -> bool:
        what: str = waiting_for["what"]
        if what == "sms_code":
            sms = await self.t.phones.next_message(
                app.persona.phone, "credit_authorisation", after=app.sms_seen["credit_authorisation"]
            )
            r = await self.t.http.post(
                f"/v1/applications/{app.application_id}/sms-code",
                json={"code": sms.code},
                headers=app.headers,
            )
            return r.status_code == 200
        if what in ("authorisation_signature", "contract_signature"):
            kind = "authorisation_letter" if what == "authorisation_signature" else "loan_contract"
            return await self._sign(app, kind)
        if what == "underwriter" and approve:
            r = await self.t.http.post(
                f"/v1/applications/{app.application_id}/underwriter-decision",
                json={"decision": "approve", "reason": "probe control: reviewed"},
                headers=self.t.credential(Role.UNDERWRITER).headers,
            )
            return r.status_code == 202
        if what == "documents_reupload":
            return await self._photograph_again(app, waiting_for)
        return what == "documents"  # uploaded at the start; nothing to do

    async def _photograph_again(self, app: Applicant, waiting_for: dict[str, Any]) -> bool:
        """The buyer takes the documents the application could not read again and sends them."""
        from precredit.integrations.generators.applications import photograph_again

        files = {}
        for kind in waiting_for.get("detail") or {}:
            if kind in app.images:
                seed = f"{app.application_id}:{waiting_for['since']}:{kind}"
                data = await asyncio.to_thread(photograph_again, app.images[kind], seed)
                files[kind] = (f"{kind}.jpg", data, "image/jpeg")
        if not files:
            return False
        r = await self.t.http.post(
            f"/v1/applications/{app.application_id}/documents", files=files, headers=app.headers
        )
        return r.status_code == 200

    async def _sign(self, app: Applicant, kind: str) -> bool:
        """At the provider: a code to the phone, entered at its signing step; then tell the workflow."""
        base = f"/v1/applications/{app.application_id}"
        task = await self.t.http.get(f"{base}/signing/{kind}", headers=app.headers)
        if task.status_code != 200 or not task.json().get("signing_event_id"):
            return False  # the signing task is not there yet
        info = task.json()
        if info["status"] != "signed":
            seen = self.t.phones.count(app.persona.phone, "esign_otp")
            if (await self.t.http.post(info["provider_otp_url"])).status_code != 200:
                return False
            otp = await self.t.phones.next_message(app.persona.phone, "esign_otp", after=seen)
            signed = await self.t.http.post(info["provider_sign_url"], json={"otp": otp.code})
            if signed.status_code != 200:
                return False
        body = {"document_sha256": info["document_sha256"], "signing_event_id": info["signing_event_id"]}
        r = await self.t.http.post(f"{base}/{_SIGN_PATHS[kind]}", json=body, headers=app.headers)
        return r.status_code == 200

    async def pickup_code(self, app: Applicant) -> str:
        sms = await self.t.phones.next_message(
            app.persona.phone, "pickup_code", after=app.sms_seen["pickup_code"]
        )
        found = _PICKUP.search(sms.text)
        if found is None:
            raise ProbeError(f"no pickup code in the SMS to {app.application_id}'s phone")
        return found.group(1)

    async def handover(self, app: Applicant, code: str) -> tuple[httpx.Response, httpx.Response]:
        """The dealer looks the code up (masked hand-over view), then confirms the hand-over."""
        lookup = await self.t.http.post("/v1/pickup/lookup", json={"code": code}, headers=self.dealer.headers)
        redeem = await self.t.http.post("/v1/pickup/redeem", json={"code": code}, headers=self.dealer.headers)
        return lookup, redeem

    async def bind_card(self, app: Applicant, *, timeout: float = 60) -> CardBinding:
        """The applicant binds one of their own sandbox bank cards as the repayment card (one not
        bound yet: a persona drawn again by a later run already holds an earlier run's card)."""
        from precredit.integrations.bank_cards import SandboxCardVerifier
        from precredit.integrations.base import FaultInjector

        verifier = SandboxCardVerifier(self.t.settings.sandbox_dir, FaultInjector.none(), self.registry)
        cards = verifier.cards_of(app.persona.id_number)
        self.rng.shuffle(cards)
        base = f"/v1/applications/{app.application_id}/cards"
        for card in cards:
            seen = self.t.phones.count(app.persona.phone, "card_bind")
            r = await self.t.http.post(f"{base}/bind", json={"card_number": card}, headers=app.headers)
            _expect(r, 201, "card bind")
            wf = r.json()["workflow_id"]
            view = await self._card(app, wf, lambda v: v.get("waiting_for") == "sms_code", timeout)
            if "CARD_ALREADY_BOUND" in view.get("reason_codes", []):
                continue
            sms = await self.t.phones.next_message(
                app.persona.phone, "card_bind", after=seen, timeout=timeout
            )
            r = await self.t.http.post(f"{base}/{wf}/sms-code", json={"code": sms.code}, headers=app.headers)
            _expect(r, 200, "card SMS code")
            view = await self._card(app, wf, lambda v: False, timeout)
            if view.get("status") != "BOUND":
                raise ProbeError(f"the card binding ended {view.get('status')} {view.get('reason_codes')}")
            return CardBinding(workflow_id=wf, binding_id=view["binding_id"])
        raise ProbeError(f"every sandbox card of {app.application_id}'s applicant is bound already")

    async def _card(self, app: Applicant, wf: str, until: Callable[[View], bool], timeout: float) -> View:
        """The card workflow's view once `until(view)` or it has ended."""
        deadline = time.monotonic() + timeout
        while True:
            r = await self.t.http.get(
                f"/v1/applications/{app.application_id}/cards/{wf}", headers=app.headers
            )
            view: View = r.json() if r.status_code == 200 else {"status": "RUNNING"}
            if until(view) or view.get("status") != "RUNNING":
                return view
            if time.monotonic() > deadline:
                raise ProbeError(f"card workflow {wf} still {view.get('step')} after {timeout:.0f} s")
            await asyncio.sleep(0.3)

    async def tidy(self) -> None:
        """Cancels (as their applicants) the victims still running: nothing of the probe stays."""
        for app in self.applicants:
            try:
                if (await self.status(app))["status"] == "RUNNING":
                    await self.cancel(app)
            except (ProbeError, httpx.HTTPError):
                continue  # best effort: an ended or erased application needs nothing

    async def cancel(
        self, app: Applicant, reason: str = "security probe: test application"
    ) -> httpx.Response:
        return await self.t.http.post(
            f"/v1/applications/{app.application_id}/cancel", json={"reason": reason}, headers=app.headers
        )


def _expect(r: httpx.Response, status: int, what: str) -> None:
    if r.status_code != status:
        raise ProbeError(f"{what}: HTTP {r.status_code} {r.text[:200]}")
