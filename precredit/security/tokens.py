"""Bearer tokens of the API: from `PRECREDIT_API_TOKENS`, else generated once into data_dir/tokens.json (0600).

Here, next to `roles.TokenDirectory` that parses them, so the API, the embedded stack and the CLI read
the same file without the API importing the stack.
"""

from __future__ import annotations

import json
import os
import secrets

from precredit.config import Settings

DEV_ROLES = (
    ("operator", "ops"),
    ("underwriter", "uw-1"),
    ("underwriter", "uw-2"),
    ("dealer", "D001"),
    ("partner", "carmaker-app"),
)
"""uw-2 is the second pair of eyes large loans need; the partner credential is the car-maker app's
backend, an authenticated channel that may submit applications (issue 15)."""


def token_spec(settings: Settings) -> str:
    """`token:role:subject,...` from configuration, else from (or into) the dev token file."""
    if settings.api_tokens is not None:
        return settings.api_tokens.get_secret_value()
    path = settings.data_dir / "tokens.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        items = [{"token": secrets.token_urlsafe(24), "role": r, "subject": s} for r, s in DEV_ROLES]
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(items, fh, indent=2)
    items = json.loads(path.read_text())
    have = {(i["role"], i["subject"]) for i in items}
    if missing := [
        {"token": secrets.token_urlsafe(24), "role": r, "subject": s}
        for r, s in DEV_ROLES
        if (r, s) not in have
    ]:
        # A token file from before a role existed: add its token, keep the others.
        items += missing
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(items, fh, indent=2)
        tmp.replace(path)
    return ",".join(f"{i['token']}:{i['role']}:{i['subject']}" for i in items)


def first_token(settings: Settings, role: str, subject: str | None = None) -> str:
    for item in token_spec(settings).split(","):
        token, r, s = item.split(":", 2)
        if r == role and subject in (None, s):
            return token
    raise LookupError(f"no {role} token configured")
