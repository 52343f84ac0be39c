"""`marsad train ner`: fit the CRF on ANERcorp (+ the mapped Wojood sample) and cross-validate it.

Training sees exactly what the pipeline sees at run time: the gold tokens are joined by spaces
and re-read by the project's tokenizer, and each sub-token inherits its gold token's tag.
L-BFGS is deterministic, so a run is reproducible; folds are contiguous blocks of sentences.
"""

from __future__ import annotations

import gzip
import logging
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.errors import InputError
from marsad.ner.conll import Sentence, read_conll, read_wojood
from marsad.ner.features import Featurizer
from marsad.ner.score import Counts, eval_pipeline, evaluate, gold_text
from marsad.ner.tagger import MODEL_NAME, data_dir, known_names
from marsad.text import tokenize

log = logging.getLogger(__name__)

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@dataclass(frozen=True)
class TrainConfig:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    wojood: bool = False  # the mapped Wojood sample costs 1.2 micro-F1 in CV (its conventions differ)
    clusters: str | None = None  # path of a word-cluster file (word TAB ids), optional
    persons: str | None = None  # path of a person-name word list (one a line), optional
    corpus: str | None = None  # unlabeled JSONL corpus: with it, the neural tagger is trained too
    corpus_limit: int | None = None  # read only the first N corpus articles (smoke runs)
    mix: float = 0.5  # weight of the neural probabilities against the CRF marginals (shipped)
    combine: str = "linear"  # how they are combined: "linear" (mixture) or "log" (product of experts)
    o_bias: float = 0.0  # added to log P(O) before decoding (negative: more recall)
    cv_variants: tuple[tuple[float, str, float], ...] = ()  # extra (mix, combine, o_bias) scored in CV
    neural: dict[str, Any] = field(default_factory=dict)  # NeuralConfig overrides
    vector_dims: int = 100  # context-vector size (PPMI-SVD over the corpus)
    vector_contexts: int = 5000  # context words counted


def training_sets(data: Path, wojood: bool = False) -> tuple[list[Sentence], list[Sentence]]:
    """(ANERcorp train sentences, extra Wojood sentences)."""
    aner = data / "ner" / "anercorp" / "train.conll"
    if not aner.is_file():
        raise InputError(f"{aner} not found; pass --data pointing at the shared data folder")
    extra: list[Sentence] = []
    if wojood:
        wdir = data / "ner" / "wojood_sample"
        for name in ("train.txt", "val.txt"):
            if (wdir / name).is_file():
                extra += read_wojood(wdir / name)
    return read_conll(aner), extra


def retokenised(sent: Sentence) -> tuple[list[Any], list[str]]:
    """The project's tokens over the joined sentence, with tags inherited from the gold tokens."""
    text, offsets = gold_text(sent)
    toks = tokenize(text)
    tags: list[str] = []
    g = 0
    last_gold = -1
    for t in toks:
        while g < len(offsets) and offsets[g][1] <= t.start:
            g += 1
        tag = sent[g][1] if g < len(offsets) else "O"
        if tag != "O" and g == last_gold:
            tag = "I-" + tag[2:]
        tags.append(tag)
        last_gold = g
    return toks, tags


@lru_cache(maxsize=2)
def corpus_vectors(corpus: str, limit: int | None = None, dims: int = 100, contexts: int = 5000) -> tuple[list[str], Any]:
    """Context vectors of the corpus words (computed once per process: CV folds share them)."""
    from marsad.ner.clusters import context_vectors

    return context_vectors(corpus, contexts=contexts, dims=dims, limit=limit)


def fit(sents: Sequence[Sentence], out: Path, cfg: TrainConfig) -> dict[str, Any]:
    """Train on `sents`; write the model files into `out`; return size and timing."""
    out.mkdir(parents=True, exist_ok=True)
    clusters = _read_clusters(cfg.clusters)
    persons = _read_clusters(cfg.persons, pairs=False)
    featurize = Featurizer(clusters, frozenset(persons))
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    data = []
    for sent in sents:
        toks, tags = retokenised(sent)
        if toks:
            trainer.append(featurize(toks), tags)
            n_tokens += len(toks)
            data.append((toks, tags))
    trainer.set_params(
        {"c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.max_iterations, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "model.crfsuite"
        trainer.train(str(raw))
        blob = raw.read_bytes()
    (out / f"{MODEL_NAME}.crfsuite.gz").write_bytes(gzip.compress(blob, 9, mtime=0))
    _write_lines(out / f"{MODEL_NAME}.names.txt.gz", known_names(sents))
    _write_lines(out / f"{MODEL_NAME}.clusters.txt.gz", [f"{w}\t{c}" for w, c in sorted(clusters.items())])
    _write_lines(out / f"{MODEL_NAME}.persons.txt.gz", sorted(persons))
    info: dict[str, Any] = {
        "sentences": len(sents),
        "tokens": n_tokens,
        "crf_seconds": round(time.perf_counter() - t0, 1),
        "model_bytes": (out / f"{MODEL_NAME}.crfsuite.gz").stat().st_size,
    }
    nn_path = out / f"{MODEL_NAME}.nn.npz"
    nn_path.unlink(missing_ok=True)
    if cfg.corpus:
        from marsad.ner.neural_train import NeuralConfig, train_neural

        words, vecs = corpus_vectors(cfg.corpus, cfg.corpus_limit, cfg.vector_dims, cfg.vector_contexts)
        ncfg = NeuralConfig(**cfg.neural)
        extra = {"mix": cfg.mix, "combine": cfg.combine, "o_bias": cfg.o_bias}
        info.update(train_neural(data, words, vecs, clusters, frozenset(persons), nn_path, ncfg, extra))
    info["seconds"] = round(time.perf_counter() - t0, 1)
    return info


def _fold(args: tuple[list[Sentence], list[Sentence], TrainConfig]) -> dict[str, Counts]:
    train, test, cfg = args
    from marsad.ner.tagger import load_model

    with tempfile.TemporaryDirectory() as tmp:
        fit(train, Path(tmp), cfg)
        load_model.cache_clear()
        model = load_model(tmp)
        out = {}
        neural = model.neural
        model.neural = None
        for name, rules in (("crf", False), ("crf+rules", True)):
            out[name], _ = evaluate(test, eval_pipeline(model=tmp, rules=rules, neural=True))
        if neural is not None:
            model.neural = neural
            for mix, combine, o_bias in sorted({(cfg.mix, cfg.combine, cfg.o_bias), *cfg.cv_variants}):
                neural.mix, neural.combine, neural.o_bias = mix, combine, o_bias
                tag = f"{combine}{mix:g}" + (f"o{o_bias:g}" if o_bias else "")
                for name, rules in ((tag, False), (tag + "+rules", True)):
                    out[name], _ = evaluate(test, eval_pipeline(model=tmp, rules=rules, neural=True))
        load_model.cache_clear()
    return out


def cross_validate(
    aner: Sequence[Sentence], extra: Sequence[Sentence], cfg: TrainConfig, k: int = 5, jobs: int = 1
) -> tuple[dict[str, Counts], list[dict[str, Counts]]]:
    """k-fold CV over contiguous blocks of ANERcorp (totals, per-fold counts); extra data only trains."""
    n = len(aner)
    bounds = [(n * i // k, n * (i + 1) // k) for i in range(k)]
    tasks = [([*aner[:a], *aner[b:], *extra], list(aner[a:b]), cfg) for a, b in bounds]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_fold, tasks))
    else:
        results = [_fold(t) for t in tasks]
    total: dict[str, Counts] = {}
    for res in results:
        for name, c in res.items():
            total.setdefault(name, Counts()).merge(c)
    return total, results


def train_shipped(data: Path, out: Path | None, cfg: TrainConfig, limit: int | None = None) -> dict[str, Any]:
    """Train on all of ANERcorp train (+ Wojood) and write the model (the package's by default)."""
    aner, extra = training_sets(data, cfg.wojood)
    sents = [*aner, *extra][:limit] if limit else [*aner, *extra]
    return fit(sents, out or data_dir(), cfg)


def build_resources(data: Path, out: Path | None = None) -> tuple[Path, Path]:
    """Word clusters and mined person names from DATA/corpus/ant_middle_east_3000.jsonl (files in `out`)."""
    from marsad.ner.clusters import build_clusters
    from marsad.ner.names import mine_person_names

    corpus = data / "corpus" / "ant_middle_east_3000.jsonl"
    if not corpus.is_file():
        raise InputError(f"{corpus} not found: cannot build word clusters")
    t0 = time.perf_counter()
    clusters = build_clusters(corpus)
    folder = out or Path(tempfile.mkdtemp(prefix="marsad-ner-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clusters.txt.gz"
    _write_lines(path, [f"{w}\t{c}" for w, c in sorted(clusters.items())])
    names = folder / "persons.txt.gz"
    _write_lines(names, mine_person_names(corpus))
    log.info("%d word clusters and person names built in %.1fs", len(clusters), time.perf_counter() - t0)
    return path, names


def _read_clusters(path: str | None, pairs: bool = True) -> dict[str, str]:
    """A `word TAB id` file as a dict (or, with pairs=False, a word list as a dict of words)."""
    if not path:
        return {}
    opener = gzip.open if str(path).endswith(".gz") else open
    out = {}
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            word, _, cid = line.rstrip("\n").partition("\t")
            if word and (cid or not pairs):
                out[word] = cid
    return out


def _write_lines(path: Path, lines: Sequence[str]) -> None:
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as fh:
        fh.write("".join(f"{line}\n" for line in lines).encode("utf-8"))
