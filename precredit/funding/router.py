"""Which bank channel pays a loan: rules over limits, business hours and fees, best first.

Pure: the activity hands in the configuration, today's usage per channel (from the ledger) and the
channels that already rejected this payment; the answer is the order to try them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from precredit.models.funding import ChannelChoice, ChannelConfig, Route, RouteSkip

CENT = Decimal("0.01")


def fee(channel: ChannelConfig, amount: Decimal) -> Decimal:
    value = channel.fee_fixed + amount * channel.fee_rate
    if channel.fee_max is not None:
        value = min(value, channel.fee_max)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def local_time(channel: ChannelConfig, now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(channel.timezone))


def business_date(channel: ChannelConfig, now: datetime) -> date:
    """Daily limits reset at the channel's local midnight, not UTC's."""
    return local_time(channel, now).date()


def is_open(channel: ChannelConfig, now: datetime) -> bool:
    local = local_time(channel, now)
    hour = local.hour + local.minute / 60 + local.second / 3600
    return channel.open_hour <= hour < channel.cutoff_hour


def next_opening(channel: ChannelConfig, now: datetime) -> datetime:
    """When the channel next accepts transfers (now if open)."""
    if is_open(channel, now):
        return now
    local = local_time(channel, now)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    opening = midnight + timedelta(hours=channel.open_hour)
    if opening <= local:
        opening += timedelta(days=1)
    return opening


def route(
    *,
    amount: Decimal,
    now: datetime,
    channels: Iterable[ChannelConfig],
    used_today: Mapping[str, Decimal],
    rejected: Iterable[str] = (),
) -> Route:
    """Eligible = enabled, not rejected this payment before, within the per-transaction and the
    remaining daily limit, inside business hours. Order: lowest fee, then priority, then name."""
    rejected = set(rejected)
    choices: list[tuple[Decimal, int, str]] = []
    skipped: list[RouteSkip] = []
    for ch in channels:
        if not ch.enabled:
            skipped.append(RouteSkip(channel=ch.name, reason="DISABLED"))
        elif ch.name in rejected:
            skipped.append(RouteSkip(channel=ch.name, reason="REJECTED_BEFORE"))
        elif amount > ch.per_txn_limit:
            skipped.append(RouteSkip(channel=ch.name, reason="TXN_LIMIT"))
        elif used_today.get(ch.name, Decimal(0)) + amount > ch.daily_limit:
            skipped.append(RouteSkip(channel=ch.name, reason="DAILY_LIMIT"))
        elif not is_open(ch, now):
            skipped.append(RouteSkip(channel=ch.name, reason="CUTOFF"))
        else:
            choices.append((fee(ch, amount), ch.priority, ch.name))
    choices.sort()
    return Route(choices=[ChannelChoice(channel=n, fee=f) for f, _, n in choices], skipped=skipped)
