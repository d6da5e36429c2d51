"""First decision wins, at the API (issue 15): an underwriter's decision is recorded as a vote on the
review it answers before the signal goes out, and refused (409, audited) when the four-eyes policy
says the review is already decided or this underwriter already approved it.

The workflow applies the same pure policy to verified signals, so the Temporal UI path is bound
by it too; this table lets the API answer the second sender at once instead of a silent 202.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from precredit.db.api_state import ReviewVoteRow
from precredit.models.application import PolicyConfig
from precredit.models.proofs import ReviewVote
from precredit.policy.review import VoteRefused, may_vote

_RACES = 5


def cast(
    engine: Engine,
    *,
    application_id: str,
    review_key: str,
    vote: ReviewVote,
    amount: Decimal,
    policy: PolicyConfig,
) -> VoteRefused | None:
    """Records the vote if the policy lets it count now; otherwise says why not."""
    for _ in range(_RACES):
        with Session(engine) as session:
            rows = session.exec(
                select(ReviewVoteRow)
                .where(ReviewVoteRow.application_id == application_id, ReviewVoteRow.review_key == review_key)
                .order_by(col(ReviewVoteRow.seq))
            ).all()
            votes = [ReviewVote(underwriter_id=r.underwriter_id, decision=r.decision) for r in rows]
            refused = may_vote(votes, vote.underwriter_id, amount=amount, policy=policy)
            if refused is not None:
                return refused
            session.add(
                ReviewVoteRow(
                    application_id=application_id, review_key=review_key, seq=rows[-1].seq + 1 if rows else 0,
                    underwriter_id=vote.underwriter_id, decision=vote.decision, at=datetime.now(UTC),
                )
            )  # fmt: skip
            try:
                session.commit()
                return None
            except IntegrityError:  # another replica took this place: look again
                session.rollback()
    return VoteRefused("REVIEW_ALREADY_DECIDED", "the review is being decided by someone else")


def withdraw(engine: Engine, *, application_id: str, review_key: str, underwriter_id: str) -> None:
    """The signal could not be sent: the vote did not happen."""
    with Session(engine) as session:
        for row in session.exec(
            select(ReviewVoteRow).where(
                ReviewVoteRow.application_id == application_id,
                ReviewVoteRow.review_key == review_key,
                ReviewVoteRow.underwriter_id == underwriter_id,
            )
        ).all():
            session.delete(row)
        session.commit()
