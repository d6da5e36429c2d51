"""Accuracy and speed on degraded synthetic documents: the numbers behind the engine choice.

Each document is rendered from a seed, so a run is reproducible and the two engines see exactly
the same images. `background` picks the desk: "dark", "light" (white, grey, beige: the page has
little contrast with it) or None for the generator's mix.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from precredit.models.documents import FIELDS
from precredit.ocr.reader import read_document
from precredit.ocr.synth import Background, random_fields, render_document


@dataclass
class KindScore:
    engine: str
    kind: str
    documents: int = 0
    documents_exact: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)

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
            "documents": self.documents,
            "field_accuracy": round(self.field_accuracy, 4),
            "document_accuracy": round(self.document_accuracy, 4),
            "median_seconds": round(statistics.median(self.seconds), 3) if self.seconds else None,
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
                result = read_document(kind, image, engine=engine)
                score.documents += 1
                score.seconds.append(result.seconds)
                hits = [name for name in FIELDS[kind] if result.fields[name] == truth[name]]
                for name in hits:
                    score.field_hits[name] += 1
                score.documents_exact += len(hits) == len(FIELDS[kind])
            scores.append(score)
            if progress:
                progress(format_row(score))
    return scores


def format_row(score: KindScore) -> str:
    """One summary line, then the per-field accuracies indented below it."""
    median = statistics.median(score.seconds) if score.seconds else 0.0
    per_field = "  ".join(f"{k}={v / max(1, score.documents):.0%}" for k, v in score.field_hits.items())
    return (
        f"{score.engine:<10} {score.kind:<18} n={score.documents:<3} field={score.field_accuracy:6.1%} "
        f"doc={score.document_accuracy:6.1%} median={median:5.2f}s\n    {per_field}"
    )


def report(scores: list[KindScore]) -> dict[str, object]:
    return {"results": [s.summary() for s in scores], "raw": [asdict(s) for s in scores]}
