"""`Words.at` (the passes' word index) and `NearIndex.near` (set operations) give what the loops they replace gave."""

from __future__ import annotations

import re

from marsad.gazetteer.context import Words
from marsad.gazetteer.spelling import NearIndex, one_edit


def _scan(words: Words, vocab: set[str] | dict[str, str]) -> list[int]:
    """The loop `at` stands in for: every word, tested in turn."""
    return [k for k in range(len(words.spans)) if words.word(k) in vocab]


def test_at_is_the_scan_for_sets_and_dicts() -> None:
    words = Words("في قريه الباغوز وقريه هجين ثم في قريه السوسه")
    for vocab in ({"قريه"}, {"في", "قريه"}, {"قريه": "x", "وقريه": "y"}, set(), {"غائب"},
                  {w for w in "ا ب ت ث ج ح خ د ذ ر ز س ش ص ض".split()} | {"هجين"}):
        assert words.at(vocab) == _scan(words, vocab)


def test_at_on_an_empty_text() -> None:
    assert Words("").at({"في"}) == []


def test_after_mark_is_the_gap_scan() -> None:
    marks = re.compile("[،,]")
    for m in ("في الباغوز وهجين، شرقي محافظة دير الزور", "، اول، ، ثان,ثالث ،", "بلا فاصلة", "", "،،"):
        words = Words(m)
        scan = [d for d in range(1, len(words.spans)) if marks.search(m[words.spans[d - 1][1]:words.spans[d][0]])]
        got = words.after_mark(marks)
        assert [d for d in got if d >= 1] == scan
        assert all(0 <= d < len(words.spans) for d in got)


def test_near_is_every_key_one_edit_away() -> None:
    keys = ["نيوزلندا", "موريتانيا", "السنغال", "كركوك", "جاكرتا"]
    index = NearIndex(keys)
    for w in ("نيوزيلندا", "موريتانا", "السنغل", "كركرك", "جاكارتا", "كركوك", "لا شيء"):
        assert index.near(w) == {k for k in keys if k != w and one_edit(w, k)}
