"""Round 92: a claim or a group named only in an earlier time gives no side to a later event, and a
branched group (Islamic State) takes the event's country in its name."""

from __future__ import annotations

import pytest

from marsad.events.claim_dates import told_before
from marsad.events.mentions import ActorMention

AIRPORT = "تعرض مطار معيتيقة الدولي في العاصمة الليبية طرابلس لهجوم صاروخي مساء الثلاثاء. ولم ترد تقارير عن إصابات. "


@pytest.fixture(scope="module")
def nlp():
    import marsad

    return marsad.Pipeline.load()


def _sides(nlp, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in nlp(text, published=published).events]


def test_told_before_by_precision() -> None:
    assert told_before(("2018-05-15", 3), "2018-09-11")  # a month wholly before the event
    assert not told_before(("2018-09-15", 3), "2018-09-11")  # the event's own month
    assert not told_before(("2018-09-08", 1), "2018-09-11")  # a day or so before: the event dated by its report
    assert told_before(("2018-08-20", 1), "2018-09-11")
    assert not told_before(None, "2018-09-11")
    assert not told_before(("2018-05-15", 3), None)


def test_claim_of_an_earlier_attack_names_no_doer(nlp) -> None:
    text = AIRPORT + ("وفي مايو/أيار الماضي، أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على مكاتب المفوضية "
                      "الانتخابية في طرابلس.")
    assert _sides(nlp, text, "2018-09-12") == [("Shelling/artillery/missile attack", None, None)]


def test_claim_of_the_attack_names_its_doer_in_the_events_country(nlp) -> None:
    text = AIRPORT + "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم."
    assert _sides(nlp, text, "2018-09-12") == [("Shelling/artillery/missile attack", "Islamic State (Libya)", None)]


def test_group_named_only_in_an_earlier_time_is_not_the_gunmen(nlp) -> None:
    text = ("اقتحمت مجموعة مسلحة مقر المؤسسة الوطنية للنفط في العاصمة الليبية طرابلس الاثنين. وكان تنظيم الدولة "
            "الإسلامية قد أعلن في مايو الماضي مسؤوليته عن الهجوم على مكاتب المفوضية.")
    assert _sides(nlp, text, "2018-09-12") == [("Armed clash", "Unidentified Armed Group (Libya)", None)]


def test_branched_group_takes_the_events_country(nlp) -> None:
    text = ("قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة كركوك شمالي العراق صباح الأربعاء. "
            "وأعلن تنظيم داعش مسؤوليته عن التفجير.")
    assert _sides(nlp, text, "2018-05-16") == [("Remote explosive/landmine/IED", "Islamic State (Iraq)", "Civilians (Iraq)")]


def test_branch_name_without_a_country_is_the_home_branch() -> None:
    m = ActorMention(0, 4, "داعش", "Islamic State (Syria)", 2, "armed_group", False, "SY",
                     branches=(("*", "Islamic State ({country})"),))
    assert m.name("IQ") == "Islamic State (Iraq)"
    assert m.name("SY") == "Islamic State (Syria)"
    assert m.name(None) == "Islamic State (Syria)"
    assert m.inter_in("IQ") == 2


def test_al_qaeda_in_yemen_is_aqap_and_elsewhere_itself() -> None:
    from marsad.lexicons.actors import ActorKB

    qaeda = ActorKB.load().get("al_qaeda")
    assert qaeda is not None and dict(qaeda.branches) == {"YE": "AQAP: Al Qaeda in the Arabian Peninsula"}
    m = ActorMention(0, 4, "القاعدة", "Al Qaeda", 2, "armed_group", False, None, branches=qaeda.branches)
    assert m.name("YE") == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert m.name("LY") == "Al Qaeda"
    assert m.name(None) == "Al Qaeda"


def test_branches_must_map_countries_to_names(tmp_path) -> None:
    import json

    from marsad.errors import InputError
    from marsad.lexicons.actors import ActorKB

    bad = tmp_path / "actors.json"
    bad.write_text(json.dumps({"actors": [{"id": "x", "name": "X", "type": "armed_group", "branches": True}]}))
    with pytest.raises(InputError, match="branches"):
        ActorKB.load(str(bad))
