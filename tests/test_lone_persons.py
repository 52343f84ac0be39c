"""One or two dead told by a noun, not a number (`marsad.events.fatalities`): a nationality or a post right
after the death word (قتل فلسطيني، مقتل القيادي), the subject of لقي … مصرعه, and feminine duals (طفلتان)."""

from __future__ import annotations

from marsad.events.fatalities import find_tolls
from marsad.text import tokenize


def killed(text: str) -> list[int | None]:
    """The killed figures `find_tolls` reads in one sentence (test_partitive_tolls asks the same)."""
    toks = tokenize(text)
    return [t.quantity.best for t in find_tolls(text, toks, 0, len(toks)) if t.kind == "killed"]


def test_a_nationality_right_after_the_death_word_is_one():
    assert killed("قتل فلسطيني وأصيب آخر بجروح في قصف") == [1]
    assert killed("أدى إلى مقتل مقيم يمني") == [1]
    assert killed("قتلى فلسطينيين في غارة") == []  # a plural: no figure is invented
    assert killed("هجوم عسكري قتل فيه 5 أشخاص") == [5]  # an adjective before the verb counts nobody


def test_a_post_with_the_article_is_one():
    assert killed("أكدت الوحدات مصرع المقاتلة البريطانية في قصف") == [1]
    assert killed("قتل القيادي في الميليشيات في غارة") == [1]


def test_the_subject_of_met_his_death_is_one():
    assert killed("لقي قيادي بارز في مليشيات الحوثي مصرعه مع عدد من أتباعه") == [1, None]


def test_feminine_duals_are_two():
    assert killed("قُتلت طفلتان وأُصيبت اثنتان بقصف") == [2]
    assert killed("مما أسفر عن مقتل الطفلتين") == [2]
