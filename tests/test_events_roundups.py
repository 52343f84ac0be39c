"""A news round-up's items lend no place to each other (`marsad.events.roundups`)."""

from __future__ import annotations

from marsad.events.roundups import is_roundup, items_apart

_DIGEST = "\n".join([
    "دبي (CNN)—قال السفير إن الحوثيين لا يرفضون السلام.",
    "أعلنت السلطات البحرينية، السبت، اعتقال 14 إيرانيا.",
    "قال أنور قرقاش إن تجنيب إدلب مواجهة دموية أولوية.",
    "تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت.",
    "أدان بارزاني الهجوم الصاروخي الذي نفذته إيران على مقر الحزب، السبت.",
    "وقال الحزب إن 12 شخصا قتلوا في الهجوم.",
])


def test_a_digest_is_a_roundup_and_its_items_stand_apart():
    assert is_roundup(_DIGEST)
    idlib = _DIGEST.index("محافظة إدلب")
    assert items_apart(_DIGEST, idlib, _DIGEST.index("الهجوم الصاروخي"))
    assert not items_apart(_DIGEST, idlib, _DIGEST.index("لقصف"))  # the same paragraph
    assert not items_apart(_DIGEST, _DIGEST.index("الهجوم الصاروخي"), idlib)  # a place after the trigger


def test_a_paragraph_opened_by_a_connective_goes_on_with_the_item_before():
    attack = _DIGEST.index("الهجوم الصاروخي")
    assert not items_apart(_DIGEST, attack, _DIGEST.index("قتلوا"))


def test_a_story_that_goes_on_with_connectives_is_no_roundup():
    story = "\n".join(["قتل 5 في غارات على دوما.", "وقال المرصد إن الغارات تواصلت.", "وأضاف أن 20 أصيبوا.",
                       "وذكرت مصادر أن الطيران عاد.", "في غضون ذلك تواصلت المعارك."])
    assert not is_roundup(story)
    assert not items_apart(story, story.index("دوما"), story.index("المعارك"))
