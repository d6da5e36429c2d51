"""How well a given text fits a printed line, by the recogniser's own probabilities.

A CTC recogniser (PP-OCR) gives, for each horizontal step of a line image, a probability for every
character it knows and for "nothing here" (blank). Reading picks the likeliest character at each
step; here the probability of a *given* text is summed over every way it can be laid on the steps
(the CTC forward algorithm). Comparing that with the probability of what was read says how far the
given text is from the reading in the recogniser's eyes: a rare character the recogniser hesitated
over scores close to its guess, a different name scores millions of times lower.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

_FLOOR = 1e-30  # log of a probability the model rounds to zero: very unlikely, not impossible


def ctc_log_likelihood(probs: np.ndarray, labels: Sequence[int], blank: int = 0) -> float:
    """log P(labels | image) for one line: `probs` is (steps, classes), rows summing to 1."""
    steps = probs.shape[0]
    logp = np.log(np.maximum(probs, _FLOOR))
    if not labels:
        return float(logp[:, blank].sum())
    ext = [blank]
    for label in labels:
        ext += [label, blank]
    n = len(ext)
    if steps < len(labels):
        return -math.inf
    alpha = np.full(n, -np.inf)
    alpha[0] = logp[0, ext[0]]
    alpha[1] = logp[0, ext[1]]
    # A label may follow the one two places back only when it differs from it (else a blank must
    # separate two equal characters).
    skip = np.array([i >= 2 and ext[i] != blank and ext[i] != ext[i - 2] for i in range(n)])
    cols = np.array(ext)
    for t in range(1, steps):
        stay = alpha
        step = np.concatenate(([-np.inf], alpha[:-1]))
        jump = np.where(skip, np.concatenate(([-np.inf, -np.inf], alpha[:-2])), -np.inf)
        alpha = np.logaddexp(np.logaddexp(stay, step), jump) + logp[t, cols]
    return float(np.logaddexp(alpha[-1], alpha[-2]))


def text_log_likelihoods(
    probs: np.ndarray, alphabet: Mapping[str, int], texts: Sequence[str], blank: int = 0
) -> list[float | None]:
    """`ctc_log_likelihood` of each text; None for a text with a character the model does not know
    (it cannot be judged: not evidence either way). Spaces are ignored, as in reading."""
    out: list[float | None] = []
    for text in texts:
        chars = [c for c in text if not c.isspace()]
        if any(c not in alphabet for c in chars):
            out.append(None)
            continue
        out.append(ctc_log_likelihood(probs, [alphabet[c] for c in chars], blank))
    return out
