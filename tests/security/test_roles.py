from __future__ import annotations

import secrets

import pytest

from precredit.config import Settings
from precredit.security.roles import AccessDenied, Principal, Role, TokenDirectory, operator_tokens, require

APP, DEAL, OPS = (secrets.token_urlsafe(24) for _ in range(3))
SPEC = f"tok-applicant-{APP}:applicant:app-1,tok-dealer-{DEAL}:dealer:dealer-9,tok-op-{OPS}:operator:alice"


def test_tokens_resolve_to_principals() -> None:
    directory = TokenDirectory.parse(SPEC)
    assert directory.resolve(f"tok-dealer-{DEAL}") == Principal(Role.DEALER, "dealer-9")
    assert directory.resolve_header(f"Bearer tok-op-{OPS}") == Principal(Role.OPERATOR, "alice")
    assert directory.resolve_header(f"Basic tok-op-{OPS}") is None
    assert directory.resolve("nope") is None
    assert operator_tokens(SPEC) == {f"tok-op-{OPS}"}


@pytest.mark.parametrize("token", ["changeme-please-changeme-123", "short", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
def test_placeholder_tokens_are_refused(token: str) -> None:
    with pytest.raises(ValueError):
        TokenDirectory.parse(f"{token}:operator:alice")
    with pytest.raises(ValueError):
        Settings(api_tokens=f"{token}:operator:alice")


def test_require_scopes_applicants_and_dealers_to_their_own() -> None:
    applicant = Principal(Role.APPLICANT, "app-1")
    dealer = Principal(Role.DEALER, "dealer-9")
    underwriter = Principal(Role.UNDERWRITER, "bob")
    assert require(applicant, Role.APPLICANT, application_id="app-1") is applicant
    with pytest.raises(AccessDenied):
        require(applicant, Role.APPLICANT, application_id="app-2")
    with pytest.raises(AccessDenied):
        require(applicant, Role.APPLICANT)
    require(dealer, [Role.DEALER, Role.OPERATOR], dealer_id="dealer-9")
    with pytest.raises(AccessDenied):
        require(dealer, Role.DEALER, dealer_id="dealer-1")
    with pytest.raises(PermissionError, match="needs role"):
        require(underwriter, Role.OPERATOR)
    require(underwriter, {Role.UNDERWRITER, Role.OPERATOR}, application_id="any")
