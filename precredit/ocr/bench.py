"""Accuracy and speed on degraded synthetic documents: the numbers behind the engine choice.

`run_families` is the honest figure: documents of every declared family (`synth.families`),
scored separately for the families held out of development (leave-family-out), which the
extractor was never tuned on. `run` draws only the original one-layout-per-kind generator.

Each document is rendered from a seed, so a run is reproducible and the two engines see exactly
the same images. `background` picks the desk: "dark", "light" (white, grey, beige: the page has
little contrast with it) or None for the generator's mix.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import asdict, dataclass, field

from precredit.models.documents import FIELDS
from precredit.ocr.reader import read_document, read_pages
from precredit.ocr.synth import Background, families, random_fields, render_document, render_family
from precredit.ocr.synth.families import SPLITS, Family, Split
from precredit.ocr.synth.lookalike import most_alike


@dataclass
class KindScore:
    engine: str
    kind: str
    family: str = ""  # "" for the original generator; a family name, or "held-out"/"development"
    documents: int = 0
    documents_exact: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)  # wall clock per page
    # CPU seconds of this process per page: what one core spends, whatever else the machine runs
    # (the engines run one ONNX thread each).
    cpu_seconds: list[float] = field(default_factory=list)

    @property
    def field_accuracy(self) -> float:
        return sum(self.field_hits.values()) / max(1, self.documents * len(FIELDS[self.kind]))

    @property
    def document_accuracy(self) -> float:
        return self.documents_exact / max(1, self.documents)

    def summary(self) -> dict[str, object]:
        return {
            "engine": self.engine,
            "kind": self.kind,
            "family": self.family,
            "documents": self.documents,
            "field_accuracy": round(self.field_accuracy, 4),
            "document_accuracy": round(self.document_accuracy, 4),
            "median_seconds": round(statistics.median(self.seconds), 3) if self.seconds else None,
            "median_cpu_seconds": round(statistics.median(self.cpu_seconds), 3) if self.cpu_seconds else None,
            "per_field": {k: round(v / max(1, self.documents), 4) for k, v in self.field_hits.items()},
        }


def run(
    *,
    n: int,
    engines: Sequence[str],
    kinds: Sequence[str],
    seed: int = 0,
    background: Background | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[KindScore]:
    scores = []
    for kind in kinds:
        samples = []
        for i in range(n):
            doc_seed = seed * 100_003 + i
            truth = random_fields(kind, random.Random(doc_seed))
            samples.append(
                (truth, render_document(kind, truth, seed=doc_seed, degrade=True, background=background))
            )
        for engine in engines:
            score = KindScore(engine, kind, field_hits=dict.fromkeys(FIELDS[kind], 0))
            for truth, image in samples:
                cpu = time.process_time()
                result = read_document(kind, image, engine=engine)
                _score(score, truth, result.fields, result.seconds, time.process_time() - cpu)
            scores.append(score)
            if progress:
                progress(format_row(score))
    return scores


def _score(
    score: KindScore, truth: dict[str, str], fields: dict[str, str | None], seconds: float, cpu: float
) -> None:
    score.documents += 1
    score.seconds.append(seconds)
    score.cpu_seconds.append(cpu)
    hits = [name for name in FIELDS[score.kind] if fields[name] == truth[name]]
    for name in hits:
        score.field_hits[name] += 1
    score.documents_exact += len(hits) == len(FIELDS[score.kind])


def _pool(scores: list[KindScore], name: str) -> KindScore:
    first = scores[0]
    pooled = KindScore(first.engine, first.kind, name, field_hits=dict.fromkeys(FIELDS[first.kind], 0))
    for s in scores:
        pooled.documents += s.documents
        pooled.documents_exact += s.documents_exact
        pooled.seconds += s.seconds
        pooled.cpu_seconds += s.cpu_seconds
        for k, v in s.field_hits.items():
            pooled.field_hits[k] += v
    return pooled


def run_families(
    *,
    n: int,
    engines: Sequence[str],
    kinds: Sequence[str],
    seed: int = 0,
    split: Split | None = None,
    names: Collection[str] | None = None,
    background: Background | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[KindScore]:
    """`n` documents of each family of each kind (all pages of one document read together); one
    score per family, then per kind one pooled per split (development, seen, held-out; see
    `synth.families.Family.split`). `split` measures one only, `names` only the families named.
    Seconds are per page."""
    scores: list[KindScore] = []
    for kind in kinds:
        for engine in engines:
            per_family: list[tuple[Split, KindScore]] = []
            for fi, family in enumerate(families(kind)):
                if (split is not None and family.split != split) or (
                    names is not None and family.name not in names
                ):
                    continue  # skipped, not removed: documents keep their seeds whatever is measured
                score = KindScore(engine, kind, family.name, field_hits=dict.fromkeys(FIELDS[kind], 0))
                for i in range(n):
                    doc_seed = _doc_seed(seed, fi, i)
                    fields = random_fields(kind, random.Random(doc_seed))
                    truth, pages = render_family(family, fields, seed=doc_seed, background=background)
                    cpu = time.process_time()
                    result = read_pages(kind, pages, engine=engine)
                    cpu = time.process_time() - cpu
                    _score(score, truth, result.fields, result.seconds / len(pages), cpu / len(pages))
                per_family.append((family.split, score))
                scores.append(score)
                if progress:
                    progress(format_row(score))
            for side in SPLITS:
                chosen = [s for h, s in per_family if h == side]
                if chosen:
                    scores.append(_pool(chosen, side))
                    if progress:
                        progress(format_row(scores[-1]))
    return scores


def _doc_seed(seed: int, family_index: int, i: int) -> int:
    """The seed of a family's i-th document: the same documents whatever else is measured."""
    return seed * 100_003 + family_index * 1009 + i


def format_row(score: KindScore) -> str:
    """One summary line, then the per-field accuracies indented below it."""
    median = statistics.median(score.seconds) if score.seconds else 0.0
    cpu = statistics.median(score.cpu_seconds) if score.cpu_seconds else 0.0
    per_field = "  ".join(f"{k}={v / max(1, score.documents):.0%}" for k, v in score.field_hits.items())
    family = f" [{score.family}]" if score.family else ""
    return (
        f"{score.engine:<10} {score.kind:<18}{family} n={score.documents:<3} field={score.field_accuracy:6.1%} "
        f"doc={score.document_accuracy:6.1%} median={median:5.2f}s cpu={cpu:5.2f}s\n    {per_field}"
    )


def report(scores: list[KindScore]) -> dict[str, object]:
    return {"results": [s.summary() for s in scores], "raw": [asdict(s) for s in scores]}


@dataclass
class ClaimScore:
    """How `claim_fit` tells a declared name that is printed on the card from one that is not.

    Genuine claims are the card's own name; impostor claims change one character of it (the
    smallest lie), change it to the character that looks most like it (the hardest lie,
    `synth.lookalike`), or are another person's name. `fits` holds every judged claim's fit."""

    split: str
    threshold: float
    kind: str = "id_card_front"
    genuine: list[float] = field(default_factory=list)  # documents whose name was misread
    genuine_read_right: int = 0  # cards whose name was read as printed: nothing to judge
    genuine_unjudged: int = 0  # misread or unread names that could not be judged
    one_character: list[float] = field(default_factory=list)
    look_alike: list[float] = field(default_factory=list)  # the character changed to its look-alike
    other_name: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        def rate(values: list[float]) -> float | None:
            return round(sum(v >= self.threshold for v in values) / len(values), 4) if values else None

        return {
            "kind": self.kind,
            "split": self.split,
            "threshold": self.threshold,
            "misread_names": len(self.genuine),
            "misread_names_confirmed": rate(self.genuine),
            "names_read_right": self.genuine_read_right,
            "names_unjudged": self.genuine_unjudged,
            "one_character_lies": len(self.one_character),
            "one_character_lies_accepted": rate(self.one_character),
            "look_alike_lies": len(self.look_alike),
            "look_alike_lies_accepted": rate(self.look_alike),
            "look_alike_fits": sorted(round(v, 6) for v in self.look_alike),
            "other_names": len(self.other_name),
            "other_names_accepted": rate(self.other_name),
            "genuine_fits": sorted(round(v, 6) for v in self.genuine),
            "highest_lie_fit": max(self.one_character + self.other_name, default=None),
            "highest_look_alike_fit": max(self.look_alike, default=None),
        }


# The person's name on each kind, as the pipeline hands it to the reader to judge.
NAME_FIELDS = {
    "id_card_front": "name",
    "vehicle_invoice": "buyer_name",
    "purchase_contract": "buyer_name",
    "insurance_policy": "insured_name",
}


def run_claims(
    *, n: int, engine: str, threshold: float, kinds: Sequence[str] = tuple(NAME_FIELDS), seed: int = 0,
    split: Split | None = None, progress: Callable[[str], None] | None = None,
) -> list[ClaimScore]:  # fmt: skip
    """Declared names judged against documents of every family (`n` each) of `kinds`, pooled per
    kind and split: how many misread names the print confirms, and how many lies it lets through.
    Documents and seeds are those of `run_families`."""
    from precredit.ocr.synth.fields import GIVEN

    pooled: dict[tuple[str, str], ClaimScore] = {}
    for kind in (k for k in kinds if k in NAME_FIELDS):
        key = NAME_FIELDS[kind]
        for fi, family in enumerate(families(kind)):
            if split is not None and family.split != split:
                continue
            score = pooled.setdefault((kind, family.split), ClaimScore(family.split, threshold, kind))
            for i in range(n):
                _judge(score, family, kind, key, _doc_seed(seed, fi, i), engine, GIVEN)
            if progress:
                progress(f"{family.name} ({family.split}): {score.summary()}")
    return list(pooled.values())


def _judge(
    score: ClaimScore, family: Family, kind: str, key: str, doc_seed: int, engine: str, given: str
) -> None:
    rng = random.Random(doc_seed + 17)
    fields = random_fields(kind, random.Random(doc_seed))
    truth, pages = render_family(family, fields, seed=doc_seed)
    name = truth[key]
    at = rng.randrange(1, len(name))
    lie = name[:at] + rng.choice([c for c in given if c != name[at]]) + name[at + 1 :]
    alike = name[:at] + most_alike(name[at], "noto-sans") + name[at + 1 :]
    other = random_fields("id_card_front", random.Random(doc_seed + 7919))["name"]
    claims = {"genuine": name, "one_character": lie, "look_alike": alike, "other_name": other}
    for what, claim in claims.items():
        result = read_pages(kind, pages, engine=engine, claims={key: claim})
        fit = result.claim_fit.get(key)
        if what == "genuine":
            if result.fields[key] == name:
                score.genuine_read_right += 1
            elif fit is None:
                score.genuine_unjudged += 1
            else:
                score.genuine.append(fit)
        elif fit is not None and claim != result.fields[key]:
            getattr(score, what).append(fit)
