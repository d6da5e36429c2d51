"""Data-subject rights over everything the pipeline holds about a person: export and erasure (PIPL),
and retention of closed applications. Erasure is cryptographic (see `erasure`); export is one person
at a time (see `export`)."""

from __future__ import annotations


class UnknownApplicant(LookupError):
    """No applicant with that id was ever recorded here."""
