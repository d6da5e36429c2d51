"""Short-lived signed assertions of who sends a human action (issue 15).

The API, the console and the CLI issue one to an authenticated principal for each action that
changes an application or a card; the workflow believes only what `verify` (through the
`verify_human_action` activity, which adds the replay check) says. HMAC-SHA256 under a key id, so
keys rotate like the payload keys: the last configured key signs, every configured key verifies.

Format: `pa1.<base64url(canonical JSON claims)>.<base64url(HMAC)>`, short enough to paste into the
Temporal UI's signal form.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import ValidationError

from precredit.models.proofs import HumanAction, ProofRefusal, VerifiedClaim
from precredit.security.keys import KeyRing
from precredit.security.placeholders import parse_key_list
from precredit.security.roles import Role

if TYPE_CHECKING:
    from precredit.config import Settings

PREFIX = "pa1"
DERIVE_PURPOSE = "human-action-proof"
DERIVED_KID = "derived"
LEEWAY = timedelta(seconds=5)
"""Clock skew tolerated between the issuing API replica and the verifying worker."""

ROLES: Mapping[HumanAction, frozenset[Role]] = {
    HumanAction.UNDERWRITER_DECISION: frozenset({Role.UNDERWRITER}),
    HumanAction.CANCEL: frozenset({Role.APPLICANT, Role.OPERATOR}),
    HumanAction.PICKUP_REDEEM: frozenset({Role.DEALER}),
    HumanAction.CARD_REVIEW: frozenset({Role.UNDERWRITER, Role.OPERATOR}),
    HumanAction.REVIEW_REQUEST: frozenset({Role.APPLICANT}),
}
"""Who may take each action: the principal's role is in the signed claims, so it is checked here."""


@dataclass(frozen=True)
class ProofKeys:
    """Verification keys by id; `signing_kid` is the one `issue` uses."""

    keys: Mapping[str, bytes]
    signing_kid: str

    @classmethod
    def from_spec(cls, spec: str) -> ProofKeys:
        """`kid:base64,...` (like the payload keys): the last one signs."""
        pairs = parse_key_list(spec)
        return cls(keys=dict(pairs), signing_kid=pairs[-1][0])

    @classmethod
    def derived(cls, keyring: KeyRing) -> ProofKeys:
        """Without configured keys: a sub-key of the lookup key, which every worker and API replica
        already shares."""
        return cls(keys={DERIVED_KID: keyring.derive(DERIVE_PURPOSE)}, signing_kid=DERIVED_KID)


@dataclass(frozen=True)
class Refused:
    reason: ProofRefusal
    message: str


def issue(
    *,
    keys: ProofKeys,
    subject: str,
    role: Role,
    action: HumanAction,
    object_id: str,
    ttl: timedelta,
    now: datetime | None = None,
    decision: str = "",
    nonce: str | None = None,
) -> str:
    """Signs one assertion. Issue it only to a principal the caller has authenticated and
    authorised for this action on this object: the signature makes the claim believable."""
    if role not in ROLES[action]:
        raise ValueError(f"role {role} may not {action}")
    issued = now or datetime.now(UTC)
    claims = {
        "kid": keys.signing_kid,
        "sub": subject,
        "role": str(role),
        "act": str(action),
        "obj": object_id,
        "dec": decision,
        "nonce": nonce or secrets.token_urlsafe(16),
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    body = _b64(json.dumps(claims, sort_keys=True, separators=(",", ":")).encode())
    mac = _mac(keys.keys[keys.signing_kid], body)
    return f"{PREFIX}.{body}.{_b64(mac)}"


def verify(
    token: str,
    *,
    keys: ProofKeys,
    action: HumanAction,
    object_id: str,
    now: datetime,
    decision: str = "",
    subject: str = "",
) -> VerifiedClaim | Refused:
    """Pure: the signature, the validity window, the role for the action, and that the proof is
    for this action on this object (and this decision / this sender, when the message states one).
    Replay is the caller's check (it needs a store): the nonce is in the claim."""
    token = (token or "").strip()
    if not token:
        return Refused(ProofRefusal.UNSIGNED, "the message carries no proof")
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return Refused(ProofRefusal.MALFORMED, "not a pa1 proof")
    try:
        raw = json.loads(_unb64(parts[1]))
        sig = _unb64(parts[2])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return Refused(ProofRefusal.MALFORMED, "proof is not decodable")
    if not isinstance(raw, dict):
        return Refused(ProofRefusal.MALFORMED, "proof claims are not an object")
    key = keys.keys.get(str(raw.get("kid", "")))
    if key is None:
        return Refused(ProofRefusal.UNKNOWN_KEY, "proof signed under an unknown key id")
    if not hmac.compare_digest(_mac(key, parts[1]), sig):
        return Refused(ProofRefusal.BAD_SIGNATURE, "proof signature does not verify")
    try:
        claim = VerifiedClaim(
            subject=raw["sub"], role=raw["role"], action=raw["act"], object_id=raw["obj"],
            decision=raw.get("dec", ""), nonce=raw["nonce"], key_id=raw["kid"],
            issued_at=datetime.fromtimestamp(int(raw["iat"]), UTC),
            expires_at=datetime.fromtimestamp(int(raw["exp"]), UTC),
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, ValidationError):
        return Refused(ProofRefusal.MALFORMED, "proof claims are incomplete")
    return _check(claim, action=action, object_id=object_id, now=now, decision=decision, subject=subject)


def _check(
    claim: VerifiedClaim, *, action: HumanAction, object_id: str, now: datetime, decision: str, subject: str
) -> VerifiedClaim | Refused:
    if now > claim.expires_at + LEEWAY:
        return Refused(ProofRefusal.EXPIRED, "proof has expired; ask for a fresh one")
    if now + LEEWAY < claim.issued_at:
        return Refused(ProofRefusal.NOT_YET_VALID, "proof is issued in the future")
    if claim.action is not action:
        return Refused(ProofRefusal.WRONG_ACTION, f"proof is for {claim.action}, not {action}")
    if claim.role not in {str(r) for r in ROLES[action]}:
        return Refused(ProofRefusal.WRONG_ROLE, f"role {claim.role} may not {action}")
    if claim.object_id != object_id:
        return Refused(ProofRefusal.WRONG_OBJECT, "proof is for another application or card")
    if claim.decision != decision:
        return Refused(ProofRefusal.WRONG_DECISION, "proof binds another decision")
    if subject and claim.subject != subject:
        return Refused(ProofRefusal.WRONG_SUBJECT, "proof was issued to someone else")
    return claim


def _mac(key: bytes, body: str) -> bytes:
    return hmac.new(key, f"{PREFIX}.{body}".encode(), hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def proof_keys(spec: str | None, keyring: KeyRing) -> ProofKeys:
    """Configured keys (`Settings.proof_keys`) or, without them, the sub-key of the lookup key."""
    return ProofKeys.from_spec(spec) if spec else ProofKeys.derived(keyring)


def keys_for(settings: Settings) -> ProofKeys:
    """The deployment's proof keys, for processes that hold its secrets (worker, API, operator CLI)."""
    from precredit.security.keys import load_keyring

    spec = settings.proof_keys.get_secret_value() if settings.proof_keys else None
    return proof_keys(spec, load_keyring(settings))
