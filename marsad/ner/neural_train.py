"""Training the neural tagger with torch (the `train` extra), exported to numpy weights.

The network mirrors `neural.NeuralTagger` exactly: feature-embedding bag + frozen corpus context
vector + character CNN per token, three width-3 convolutions (dilations 1, 2, 1; residual after
the first), softmax over IOB2 tags.  Padded positions are zeroed before every layer so that a
batch computes what numpy computes on one segment.  Seeded and single-threaded: a run repeats.
"""

from __future__ import annotations

import io
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import MarsadError
from marsad.ner.features import token_features
from marsad.ner.neural import DILATIONS, MAX_CHARS, TAGS, TokenEncoder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NeuralConfig:
    feat_dim: int = 64
    char_dim: int = 24
    char_filters: int = 48
    hidden: int = 200
    epochs: int = 30
    batch: int = 32
    lr: float = 2e-3
    dropout: float = 0.3
    word_dropout: float = 0.05
    min_feature_count: int = 2
    seed: int = 13


def _torch() -> Any:
    try:
        import torch
    except ImportError as exc:  # the run-time install has no torch: training needs the extra
        raise MarsadError("training the neural tagger needs torch: pip install 'marsad[train]'") from exc
    return torch


def build_encoder(
    data: Sequence[tuple[Sequence[Any], Sequence[str]]],
    words: Sequence[str],
    clusters: dict[str, str],
    persons: frozenset[str],
    min_count: int,
) -> TokenEncoder:
    """Feature and character vocabularies of the training tokens; `words` are the context-vector rows."""
    fcount: Counter[str] = Counter()
    ccount: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for toks, _ in data:
        for t in toks:
            fcount.update(token_features(t.norm, t.kind, clusters, persons)[0])
            if (t.norm, t.kind) not in seen:
                seen.add((t.norm, t.kind))
                ccount.update(t.norm[:MAX_CHARS])
    feats = ["<pad>", *sorted(f for f, c in fcount.items() if c >= min_count)]
    chars = ["<pad>", "<unk>", *sorted(c for c, n in ccount.items() if n >= 2)]
    return TokenEncoder(
        {f: i for i, f in enumerate(feats)},
        {w: i for i, w in enumerate(words)},
        {c: i for i, c in enumerate(chars)},
        clusters,
        persons,
    )


def _build_net(torch: Any, n_feats: int, vecs: np.ndarray, n_chars: int, cfg: NeuralConfig) -> Any:
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.feat = nn.Embedding(n_feats, cfg.feat_dim, padding_idx=0)
            self.words = nn.Embedding.from_pretrained(torch.tensor(vecs), freeze=True)
            self.char = nn.Embedding(n_chars, cfg.char_dim, padding_idx=0)
            self.char_conv = nn.Conv1d(cfg.char_dim, cfg.char_filters, 3, padding=1)
            d_in = cfg.feat_dim + vecs.shape[1] + cfg.char_filters
            self.convs = nn.ModuleList()
            for layer, d in enumerate(DILATIONS):
                self.convs.append(nn.Conv1d(d_in if layer == 0 else cfg.hidden, cfg.hidden, 3, padding=d, dilation=d))
            self.out = nn.Linear(cfg.hidden, len(TAGS))
            self.drop = nn.Dropout(cfg.dropout)

        def forward(self, fids: Any, rows: Any, cids: Any, mask: Any) -> Any:
            b, t, _ = fids.shape
            bag = self.feat(fids).sum(dim=2)
            if self.training and cfg.word_dropout:
                keep = (torch.rand(b, t, 1) >= cfg.word_dropout).float()
                bag = bag * keep
            ce = self.char(cids.view(b * t, -1)).transpose(1, 2)
            cmask = (cids.view(b * t, -1) > 0).unsqueeze(1).float()
            conv = (torch.relu(self.char_conv(ce)) * cmask).max(dim=2).values.view(b, t, -1)
            h = torch.cat([bag, self.words(rows), conv], dim=2)
            m = mask.unsqueeze(2).float()
            h = self.drop(h) * m
            for layer, c in enumerate(self.convs):
                out = torch.relu(c(h.transpose(1, 2))).transpose(1, 2)
                h = (out + h if layer else out) * m
                h = self.drop(h) * m if layer < len(self.convs) - 1 else h
            return self.out(self.drop(h))

    return Net()


def batch_tensors(torch: Any, items: Sequence[tuple[list[list[int]], list[int], list[list[int]], list[int]]]) -> tuple[Any, ...]:
    b = len(items)
    t = max(len(it[1]) for it in items)
    f = max((len(x) for it in items for x in it[0]), default=1) or 1
    fids = np.zeros((b, t, f), dtype=np.int64)
    rows = np.zeros((b, t), dtype=np.int64)
    cids = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
    ys = np.full((b, t), -100, dtype=np.int64)
    mask = np.zeros((b, t), dtype=bool)
    for i, (fs, rs, cs, y) in enumerate(items):
        for j, x in enumerate(fs):
            fids[i, j, : len(x)] = x
        rows[i, : len(rs)] = rs
        for j, x in enumerate(cs):
            cids[i, j, : len(x)] = x
        ys[i, : len(y)] = y
        mask[i, : len(y)] = True
    return tuple(torch.from_numpy(a) for a in (fids, rows, cids, ys, mask))


def train_neural(
    data: Sequence[tuple[Sequence[Any], Sequence[str]]],
    words: Sequence[str],
    vecs: np.ndarray,
    clusters: dict[str, str],
    persons: frozenset[str],
    out: Path,
    cfg: NeuralConfig | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Fit on (tokens, tags) pairs and write `out` (.npz: float16 weights + vocabularies as JSON)."""
    t0 = time.perf_counter()
    net, enc = fit_net(data, words, vecs, clusters, persons, cfg or NeuralConfig())
    export(net, enc, out, extra or {})
    return {"neural_seconds": round(time.perf_counter() - t0, 1), "neural_bytes": out.stat().st_size}


def encode_items(
    enc: TokenEncoder, data: Sequence[tuple[Sequence[Any], Sequence[str]]]
) -> list[tuple[list[list[int]], list[int], list[list[int]], list[int]]]:
    """Network inputs and gold tag ids of each non-empty sentence."""
    tag_id = {t: i for i, t in enumerate(TAGS)}
    cache: dict[tuple[str, str], tuple[list[int], int, list[int]]] = {}
    items = []
    for toks, tags in data:
        if not toks:
            continue
        enc_toks = [cache.setdefault((t.norm, t.kind), enc.encode(t.norm, t.kind)) for t in toks]
        items.append(([e[0] for e in enc_toks], [e[1] for e in enc_toks], [e[2] for e in enc_toks], [tag_id[t] for t in tags]))
    return items


def fit_net(
    data: Sequence[tuple[Sequence[Any], Sequence[str]]],
    words: Sequence[str],
    vecs: np.ndarray,
    clusters: dict[str, str],
    persons: frozenset[str],
    cfg: NeuralConfig,
) -> tuple[Any, TokenEncoder]:
    """The trained torch network and its token encoder (row 0 of the context vectors is the unknown word)."""
    torch = _torch()
    torch.set_num_threads(1)
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    t0 = time.perf_counter()
    words = ["<unk>", *words]
    vecs = np.vstack([np.zeros((1, vecs.shape[1]), np.float32), vecs.astype(np.float32)])
    enc = build_encoder(data, words, clusters, persons, cfg.min_feature_count)
    items = encode_items(enc, data)
    net = _build_net(torch, len(enc.features), vecs, len(enc.chars), cfg)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=cfg.lr)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    order = sorted(range(len(items)), key=lambda i: len(items[i][3]))
    batches = [order[i : i + cfg.batch] for i in range(0, len(order), cfg.batch)]
    for epoch in range(cfg.epochs):
        net.train()
        rng.shuffle(batches)
        lr = cfg.lr * (1 - epoch / cfg.epochs) if epoch >= cfg.epochs // 2 else cfg.lr
        for g in opt.param_groups:
            g["lr"] = lr
        total = 0.0
        for idx in batches:
            fids, rows, cids, ys, mask = batch_tensors(torch, [items[i] for i in idx])
            logits = net(fids, rows, cids, mask)
            loss = loss_fn(logits.reshape(-1, len(TAGS)), ys.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        log.info("epoch %d loss %.4f (%.0fs)", epoch + 1, total / max(len(batches), 1), time.perf_counter() - t0)
    net.eval()
    return net, enc


def _conv_matrix(weight: Any) -> np.ndarray:
    """A Conv1d weight (out, in, 3) as the (3*in, out) matrix numpy multiplies the stacked window by."""
    w = weight.detach().numpy()
    return w.transpose(2, 1, 0).reshape(-1, w.shape[0])


def export(net: Any, enc: TokenEncoder, out: Path, extra: dict[str, Any]) -> None:
    """Write the weights (float16) and the vocabularies (JSON bytes) as one compressed .npz."""
    net.eval()
    arrays = {
        "feat": net.feat.weight.detach().numpy(),
        "words": net.words.weight.detach().numpy(),
        "char": net.char.weight.detach().numpy(),
        "char_w": _conv_matrix(net.char_conv.weight),
        "char_b": net.char_conv.bias.detach().numpy(),
        "out_w": net.out.weight.detach().numpy().T,
        "out_b": net.out.bias.detach().numpy(),
    }
    for layer, c in enumerate(net.convs):
        arrays[f"conv{layer}_w"] = _conv_matrix(c.weight)
        arrays[f"conv{layer}_b"] = c.bias.detach().numpy()
    vocab = {
        "features": sorted(enc.features, key=enc.features.__getitem__),
        "words": sorted(enc.words, key=enc.words.__getitem__),
        "chars": sorted(enc.chars, key=enc.chars.__getitem__),
        **extra,
    }
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        vocab=np.frombuffer(json.dumps(vocab, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
        **{k: v.astype(np.float16) for k, v in arrays.items()},
    )
    out.write_bytes(buf.getvalue())
