"""Who may do what (SPEC §4): applicants see their own application, dealers their own dealership's
pickup codes, underwriters and operators everything they are asked to act on.

Tokens are configured (`PRECREDIT_API_TOKENS=token:role:subject,...`) and looked up by their SHA-256,
so the lookup time reveals nothing useful about how close a guess was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from precredit.security.placeholders import check_token


class Role(StrEnum):
    APPLICANT = "applicant"
    UNDERWRITER = "underwriter"
    DEALER = "dealer"
    OPERATOR = "operator"
    BUYER = "buyer"
    """A person who proved a phone by OTP and has no application yet (subject: keyed hash of it)."""
    PARTNER = "partner"
    """An authenticated channel, e.g. a car-maker app's backend (subject: partner id)."""


@dataclass(frozen=True)
class Principal:
    role: Role
    subject: str
    """Application id (applicant), dealer id (dealer) or user id (underwriter, operator)."""


class AccessDenied(PermissionError):
    """The principal is known but may not do this; the API maps it to 403."""

    def __init__(self, principal: Principal, reason: str) -> None:
        super().__init__(f"{principal.role} {principal.subject!r}: {reason}")
        self.principal = principal
        self.reason = reason


class TokenDirectory:
    def __init__(self, principals: dict[str, Principal]) -> None:
        for token in principals:
            check_token(token)
        self._by_digest = {_digest(token): p for token, p in principals.items()}

    @classmethod
    def parse(cls, spec: str) -> TokenDirectory:
        """`token:role:subject,...`; the subject may itself contain colons."""
        principals: dict[str, Principal] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            token, role, subject = [*item.split(":", 2), "", ""][:3]
            if not subject:
                raise ValueError(f"api token {token[:4]}…: expected token:role:subject")
            principals[token] = Principal(role=Role(role), subject=subject)
        return cls(principals)

    def resolve(self, token: str) -> Principal | None:
        return self._by_digest.get(_digest(token))

    def resolve_header(self, authorization: str | None) -> Principal | None:
        """From an `Authorization: Bearer …` header; None means 401."""
        scheme, _, token = (authorization or "").partition(" ")
        return self.resolve(token.strip()) if scheme.lower() == "bearer" and token.strip() else None


def operator_tokens(spec: str) -> set[str]:
    """The operator tokens of an `api_tokens` spec: the codec server accepts exactly these."""
    return set(operator_names(spec))


def operator_names(spec: str) -> dict[str, str]:
    """Each operator token with its operator's name, which the codec server's audit events carry."""
    tokens: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        token, _, rest = item.partition(":")
        role, _, subject = rest.partition(":")
        if role == Role.OPERATOR:
            check_token(token)
            tokens[token] = subject or "operator"
    return tokens


def require(
    principal: Principal,
    role: Role | Iterable[Role],
    *,
    application_id: str | None = None,
    dealer_id: str | None = None,
) -> Principal:
    """Raise `AccessDenied` unless the principal has one of the roles and, for applicants and dealers,
    the resource is their own. Pass the resource's ids whenever the request touches one."""
    allowed = {role} if isinstance(role, Role) else set(role)
    if principal.role not in allowed:
        raise AccessDenied(principal, f"needs role {' or '.join(sorted(allowed))}")
    if principal.role is Role.APPLICANT and (application_id is None or application_id != principal.subject):
        raise AccessDenied(principal, "applicants may only access their own application")
    if principal.role is Role.DEALER and (dealer_id is None or dealer_id != principal.subject):
        raise AccessDenied(principal, "dealers may only access their own dealership")
    return principal


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()
