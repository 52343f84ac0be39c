"""The sentence classifier reads a sentence's tokens off its document only where they are its own."""

from __future__ import annotations

from marsad.events.classifier import features
from marsad.events.sentence_tokens import own_tokens
from marsad.model import Span
from marsad.pipeline import Pipeline

TEXT = "قُتل 3 مدنيين في غارة على إدلب، صباح الثلاثاء.\nوتظاهر المئات في 12.5 بالمئة من المدن «احتجاجاً» على القصف!"


def _view(toks):
    return [(t.text, t.norm, t.kind) for t in toks]


def test_own_tokens_are_the_sentence_tokenised_alone():
    from marsad.text import tokenize

    doc = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1"])(TEXT, lang="ar")
    assert len(doc.sentences) == 2
    for sent in doc.sentences:
        own = own_tokens(doc, sent)
        assert own is not None
        assert _view(own) == _view(tokenize(sent.text))
        assert features(sent.text, tokens=own) == features(sent.text)


def test_no_own_tokens_where_a_token_crosses_the_sentence_end():
    doc = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1"])(TEXT, lang="ar")
    cut = TEXT.index("مدنيين") + 3  # inside a word
    assert own_tokens(doc, Span(0, cut, TEXT[:cut])) is None
    assert own_tokens(doc, Span(0, 5, "other")) is None  # not the document's text there
