"""The neural tagger: numpy inference equals the torch network, batching is exact, decoding is IOB2-valid."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from marsad.ner.conll import read_conll
from marsad.ner.neural import TAGS, NeuralTagger, viterbi
from marsad.ner.train import retokenised

TINY = Path(__file__).parent / "data" / "ner_tiny.conll"


def _valid(path: list[int]) -> bool:
    prev = "O"
    for k in path:
        tag = TAGS[k]
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            return False
        prev = tag
    return True


def test_viterbi_is_the_best_valid_path() -> None:
    rng = np.random.default_rng(0)
    for _ in range(20):
        logp = np.log(rng.dirichlet(np.ones(len(TAGS)), size=3))
        best = max(
            (p for p in itertools.product(range(len(TAGS)), repeat=3) if _valid(list(p))),
            key=lambda p: sum(logp[t, k] for t, k in enumerate(p)),
        )
        assert viterbi(logp) == list(best)


def test_viterbi_never_starts_inside() -> None:
    logp = np.full((2, len(TAGS)), -10.0)
    logp[:, TAGS.index("I-PERS")] = 0.0
    path = viterbi(logp)
    assert _valid(path)


@pytest.fixture(scope="module")
def tiny_net(tmp_path_factory: pytest.TempPathFactory):
    torch = pytest.importorskip("torch")
    from marsad.ner.clusters import cluster_key
    from marsad.ner.neural_train import NeuralConfig, export, fit_net

    data = [retokenised(s) for s in read_conll(TINY)]
    words = sorted({cluster_key(t.norm) for toks, _ in data for t in toks if t.kind == "word"})
    vecs = np.random.default_rng(1).normal(size=(len(words), 8)).astype(np.float32)
    cfg = NeuralConfig(feat_dim=8, char_dim=6, char_filters=8, hidden=16, epochs=3, batch=2, min_feature_count=1)
    net, enc = fit_net(data, words, vecs, {}, frozenset(), cfg)
    path = tmp_path_factory.mktemp("nn") / "nn.npz"
    export(net, enc, path, {"mix": 1.0})
    return torch, net, enc, data, NeuralTagger.load(path, {}, frozenset())


def test_numpy_inference_matches_torch(tiny_net) -> None:
    from marsad.ner.neural_train import batch_tensors, encode_items

    torch, net, enc, data, tagger = tiny_net
    items = encode_items(enc, data)
    with torch.no_grad():
        fids, rows, cids, _, mask = batch_tensors(torch, items)
        ref = torch.softmax(net(fids, rows, cids, mask), dim=-1).numpy()
    got = tagger.probs([toks for toks, _ in data])
    for i, p in enumerate(got):
        assert p.shape == (len(data[i][0]), len(TAGS))
        np.testing.assert_allclose(p, ref[i, : len(p)], atol=2e-2)  # the export is float16


def test_segments_in_one_pass_equal_one_at_a_time(tiny_net) -> None:
    *_, data, tagger = tiny_net
    segs = [toks for toks, _ in data]
    together = tagger.probs(segs)
    for seg, p in zip(segs, together, strict=True):
        np.testing.assert_allclose(p, tagger.probs([seg])[0], atol=1e-5)


def test_train_ensemble_on_a_small_slice(shared_data: Path, tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from marsad.ner.score import eval_pipeline, evaluate
    from marsad.ner.tagger import load_model
    from marsad.ner.train import TrainConfig, fit, training_sets

    aner, _ = training_sets(shared_data)
    corpus = str(shared_data / "corpus" / "ant_middle_east_3000.jsonl")
    cfg = TrainConfig(max_iterations=20, corpus=corpus, corpus_limit=150, neural={"epochs": 1, "hidden": 32})
    info = fit(aner[:200], tmp_path, cfg)
    assert info["neural_bytes"] > 0 and (tmp_path / "ner-ar.nn.npz").is_file()
    load_model.cache_clear()
    try:
        assert load_model(str(tmp_path)).neural is not None
        counts, preds = evaluate(aner[200:230], eval_pipeline(model=str(tmp_path), neural=True))
    finally:
        load_model.cache_clear()
    assert len(preds) == 30
    assert counts.report()["micro_PERS_LOC_ORG"]["support"] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cv-variant", "0.5:mean:0"], "MIX:linear|log:O_BIAS"),
        (["--nn", "layers=4"], "unknown setting"),
        (["--nn", "hidden=x"], "KEY=NUMBER"),
    ],
)
def test_train_options_are_checked(args: list[str], message: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from marsad.cli import main

    res = CliRunner().invoke(main, ["train", "ner", "--no-neural", "--data", str(tmp_path), *args])
    assert res.exit_code == 2 and message in res.output, res.output
