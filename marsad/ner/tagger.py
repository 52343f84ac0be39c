"""The shipped CRF recogniser: tokens in, `Entity` spans out (clitics cut, labels mapped).

The model files live in `marsad/ner/data/`: the CRFsuite model (gzipped, opened in memory),
the known-name forms that decide clitic cuts, and optional word clusters.  Loading reads only
package files: nothing comes from the network.
"""

from __future__ import annotations

import gzip
import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.errors import MarsadError
from marsad.model import Entity, Token
from marsad.ner import lexicon
from marsad.ner.clitics import name_cut
from marsad.ner.conll import spans_of
from marsad.ner.features import Featurizer
from marsad.ner.neural import TAGS, NeuralTagger, viterbi
from marsad.ner.placewords import common_place_words, place_flags
from marsad.ner.rules import merge, rule_entities
from marsad.text import article_stripped, normalize
from marsad.text.normalize import orig_index

log = logging.getLogger(__name__)

MODEL_NAME = "ner-ar"
#: ANERcorp type -> output label (LOC becomes GPE for countries and big cities).
LABELS = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_SENT_END = frozenset({".", "!", "?", "؟", "…"})
MAX_SEGMENT = 120


def data_dir() -> Path:
    return Path(str(resources.files("marsad.ner") / "data"))


def segments(tokens: Sequence[Token], text: str | None = None) -> Iterator[tuple[int, int]]:
    """Token ranges of sentence-like segments (after . ! ? ؟, at newlines, at most MAX_SEGMENT)."""
    n = len(tokens)
    ends = [i + 1 for i, tok in enumerate(tokens) if tok.text in _SENT_END]
    if text is not None and n > 1 and "\n" in text:
        ends = sorted({*ends, *_newline_ends(tokens, text)})
    begin = 0
    for end in [*ends, n]:
        while end - begin > MAX_SEGMENT:
            yield begin, begin + MAX_SEGMENT
            begin += MAX_SEGMENT
        if end > begin:
            yield begin, end
            begin = end


def _newline_ends(tokens: Sequence[Token], text: str) -> Iterator[int]:
    """Segment ends at line breaks: the index of each token that a newline separates from the one before.
    Found by bisecting the newlines into the token starts, not by searching every gap between tokens."""
    starts = [t.start for t in tokens]
    pos = text.find("\n", tokens[0].end)
    while pos >= 0:
        k = bisect_left(starts, pos)
        if k >= len(tokens):
            return
        yield k  # tokens hold no whitespace, so the newline lies in the gap before token k
        pos = text.find("\n", tokens[k].end)


def gpe_or_loc(norm_text: str) -> str:
    """GPE for country and big-city names (with or without the article), LOC for other places."""
    names = lexicon.gpe_names()
    if norm_text in names or article_stripped(norm_text) in names:
        return "GPE"
    return "LOC"


@dataclass
class NerModel:
    """A loaded recogniser."""

    tagger: pycrfsuite.Tagger
    known: frozenset[str]
    featurize: Featurizer
    blob: bytes = b""
    neural: NeuralTagger | None = None

    @classmethod
    def load(cls, directory: str | Path | None = None, neural: bool = True) -> NerModel:
        """Open the model in `directory` (the shipped one by default); `neural=False` skips the neural
        tagger's weights even where they are shipped (the CRF alone, three times as fast)."""
        d = Path(directory) if directory is not None else data_dir()
        path = d / f"{MODEL_NAME}.crfsuite.gz"
        if not path.is_file():
            raise MarsadError(f"NER model not found at {path}; run `marsad train ner`")
        blob = gzip.decompress(path.read_bytes())
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(blob)  # CRFsuite reads the buffer in place: keep it alive with the model
        known = _read_lines(d / f"{MODEL_NAME}.names.txt.gz")
        clusters = {}
        for line in _read_lines(d / f"{MODEL_NAME}.clusters.txt.gz"):
            word, _, cid = line.partition("\t")
            clusters[word] = cid
        known_all = frozenset(known) | lexicon.gpe_names() | lexicon.first_names() | lexicon.org_heads()
        persons = frozenset(_read_lines(d / f"{MODEL_NAME}.persons.txt.gz"))
        place_flags()  # built here so that loading, not the first sentence, pays for it
        nn_path = d / f"{MODEL_NAME}.nn.npz"
        featurize = Featurizer(clusters, persons, known=_weighted_attributes(tagger))
        neural = NeuralTagger.load(nn_path, clusters, persons) if neural and nn_path.is_file() else None
        if neural is not None:
            neural.encoder.own_features = featurize.own_features  # one feature computation per token
        return cls(tagger, known_all, featurize, blob, neural)

    def tag_tokens(self, tokens: Sequence[Token]) -> list[str]:
        """IOB2 tags (ANERcorp types) for one segment."""
        if not tokens:
            return []
        nn_probs = self.neural.probs([tokens])[0] if self.neural is not None else None
        return self._tag(tokens, nn_probs)[0]

    def _tag(self, tokens: Sequence[Token], nn_probs: np.ndarray | None) -> tuple[list[str], np.ndarray | None]:
        """Tags, and (with the neural tagger) the combined probability of the chosen tag at every token."""
        xseq = self.featurize(tokens)
        if self.neural is None or nn_probs is None:
            return list(self.tagger.tag(xseq)), None
        mix = self.neural.mix
        probs = nn_probs
        if mix < 1.0:
            self.tagger.set(xseq)
            marg = self.tagger.marginal
            crf = np.array([[marg(tag, t) for tag in TAGS] for t in range(len(tokens))])
            if self.neural.combine == "log":  # product of experts, renormalised per token
                logp = mix * np.log(probs + 1e-9) + (1.0 - mix) * np.log(crf + 1e-9)
                probs = np.exp(logp - logp.max(axis=1, keepdims=True))
                probs /= probs.sum(axis=1, keepdims=True)
            else:
                probs = mix * probs + (1.0 - mix) * crf
        logp = np.log(probs + 1e-9)
        logp[:, 0] += self.neural.o_bias  # TAGS[0] is O: a negative bias trades precision for recall
        path = viterbi(logp)
        return [TAGS[k] for k in path], probs[np.arange(len(path)), path]

    def entities(self, text: str, tokens: Sequence[Token], rules: bool = True) -> list[Entity]:
        """Entities of a whole document's tokens (CRF, then the organisation rules unless `rules` is off)."""
        out: list[Entity] = []
        segs = [tokens[a:b] for a, b in segments(tokens, text)]
        nn_probs = self.neural.probs(segs) if self.neural is not None and segs else [None] * len(segs)
        for seg, p in zip(segs, nn_probs, strict=True):
            tags, chosen = self._tag(seg, p)
            for typ, i, j in spans_of(tags):
                ent = self._entity(text, seg, tags, typ, i, j, chosen)
                if ent is not None:
                    out.append(ent)
        return merge(out, rule_entities(text, tokens)) if rules else out

    def _entity(
        self, text: str, seg: Sequence[Token], tags: list[str], typ: str, i: int, j: int, chosen: np.ndarray | None
    ) -> Entity | None:
        first, last = seg[i], seg[j - 1]
        cut = name_cut(first.text, first.norm, self.known) if first.kind == "word" else 0
        start = first.start + orig_index(first.text, cut)
        end = last.end
        if start >= end:
            return None
        if typ == "LOC" and cut and i == j - 1 and first.norm in common_place_words():
            return None  # "في بيان" (in a statement): the word, not a place يان after ب
        label = LABELS.get(typ, "MISC")
        if typ == "LOC":
            label = gpe_or_loc(normalize(text[start:end]))
        if chosen is not None:
            score = float(chosen[i:j].mean())
        else:
            score = sum(self.tagger.marginal(tags[k], k) for k in range(i, j)) / (j - i)
        return Entity(start, end, text[start:end], label, score=round(score, 4))


def _weighted_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """The attributes that carry a state-feature weight in the model: the only ones tagging can use."""
    return frozenset(attr for attr, _ in tagger.info().state_features)


def _read_lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip()]


@lru_cache(maxsize=4)
def load_model(directory: str | None = None, neural: bool = True) -> NerModel:
    """The model, loaded once per process (per folder and neural setting)."""
    return NerModel.load(directory, neural)


def known_names(sents: Iterable[Sequence[tuple[str, str]]]) -> list[str]:
    """Shadow forms of entity tokens that are names themselves (not clitic + name)."""
    from marsad.ner.clitics import candidates

    forms: set[str] = set()
    for sent in sents:
        for tok, tag in sent:
            if tag != "O":
                forms.add(normalize(tok))
    out = []
    for f in forms:
        c1, c2 = candidates(f)
        if (c1 and c1 in forms) or (c2 and c2 in forms):
            continue
        out.append(f)
    return sorted(out)
