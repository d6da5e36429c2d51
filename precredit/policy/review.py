"""Four eyes and first decision wins (issue 15): whether an underwriter may decide a review, and
whether the decisions so far complete it. Pure; the workflow calls it with verified votes only.

A reject by any allowed underwriter ends the review. An approval of a loan above
`PolicyConfig.two_underwriters_above` needs a second approval by a different underwriter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from precredit.models.application import PolicyConfig
from precredit.models.proofs import ReviewVote

Outcome = Literal["pending", "approve", "reject"]


@dataclass(frozen=True)
class ReviewState:
    outcome: Outcome
    approvals_needed: int
    approvers: tuple[str, ...]


@dataclass(frozen=True)
class VoteRefused:
    """Stable `code` for the audit trail and the answer to the sender."""

    code: Literal["REVIEW_ALREADY_DECIDED", "SAME_UNDERWRITER"]
    message: str


def approvals_needed(amount: Decimal, policy: PolicyConfig) -> int:
    return 2 if amount > policy.two_underwriters_above else 1


def review_state(votes: Sequence[ReviewVote], *, amount: Decimal, policy: PolicyConfig) -> ReviewState:
    """Counts the accepted votes in order; a reject or enough distinct approvers ends the review."""
    needed = approvals_needed(amount, policy)
    approvers: list[str] = []
    for vote in votes:
        if vote.decision == "reject":
            return ReviewState("reject", needed, tuple(approvers))
        if vote.underwriter_id not in approvers:
            approvers.append(vote.underwriter_id)
        if len(approvers) >= needed:
            return ReviewState("approve", needed, tuple(approvers))
    return ReviewState("pending", needed, tuple(approvers))


def may_vote(
    votes: Sequence[ReviewVote], underwriter_id: str, *, amount: Decimal, policy: PolicyConfig
) -> VoteRefused | None:
    """None if this underwriter's decision counts now; otherwise why it is refused. A decision after
    the review ended is refused (first decision wins), and an underwriter who already approved may
    not be the second pair of eyes."""
    state = review_state(votes, amount=amount, policy=policy)
    if state.outcome != "pending":
        return VoteRefused("REVIEW_ALREADY_DECIDED", f"the review is already decided ({state.outcome})")
    if underwriter_id in state.approvers:
        return VoteRefused("SAME_UNDERWRITER", "a second approval must come from a different underwriter")
    return None
