"""A doer named after the attack noun is actor1, as ACLED codes the side the report tells or accuses: a bare
من after the noun and its adjectives (تتعرض للقصف الجوي والبري من القوات التركية), the government's adjective
(قصف حكومي), an accusation, passive or active (الهجوم الذي اتهم النظام السوري بشنه), and a nominative plural
right after the verb (استهدف الانقلابيون) and the organisation referred back to (بدأ التنظيم هجومه: the article's
تنظيم داعش); an accused side is no speaker of a claim; a missile stopped in flight beside its launch sentence has
its launcher as actor2."""

from __future__ import annotations

import pytest

from marsad.events import agent_phrases as ap
from marsad.events.accusation import doing_ending, passive_accusation
from marsad.events.claims import find_claims
from marsad.events.sides import fill_sides
from marsad.model import Event, Place
from marsad.pipeline import Pipeline
from marsad.text.tokenize import tokenize

HOUTHIS = "Military Forces of Yemen (2017-) Houthi"


def actors(nlp: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in nlp(text, published="2018-04-12").events]


#: (sentence, what actor1 of its first event contains)
DOERS = [
    ("وتعرضت مدينة عفرين الجمعة لقصف جوي وبري مكثف من القوات التركية أدى إلى مقتل خمسة مدنيين.", "Turkey"),
    ("وأفاد المرصد بمقتل امرأة وإصابة 7 مدنيين جراء قصف حكومي بأربع قذائف مدفعية استهدف بلدة حمورية في الغوطة "
     "الشرقية.", "Military Forces of Syria"),
    ("توعد الرئيس الأمريكي دونالد ترامب الأربعاء بشن ضربات صاروخية على سوريا عقب الهجوم الكيميائي المفترض الذي "
     "اتهم النظام السوري بشنه في الغوطة الشرقية.", "Syria"),
    ("واستهدف الانقلابيون الأحياء السكنية جنوب مدينة الحديدة بقذائف الهاون مساء الخميس.", "Houthi"),
]


@pytest.mark.parametrize(("text", "doer"), DOERS)
def test_doer_after_the_attack_noun(nlp: Pipeline, text: str, doer: str) -> None:
    got = actors(nlp, text)
    assert got and doer in str(got[0][0]), got


def _at(toks: list, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.text == word)


def test_agent_from_needs_adjectives_only_between() -> None:
    toks = tokenize("تتعرض للقصف الجوي والبري من القوات التركية")
    assert ap.agent_from(toks, _at(toks, "القوات"), 1, 1)
    toks = tokenize("قتل في القصف خمسة من القوات التركية")
    assert not ap.agent_from(toks, _at(toks, "القوات"), 2, 2)  # a figure between: the dead of a toll
    toks = tokenize("الانسحاب من القوات التركية")
    assert not ap.agent_from(toks, _at(toks, "القوات"), 0, 0)  # no attack noun


def test_government_side_reads_the_adjective_and_its_country() -> None:
    toks = tokenize("الضربات الجوية الحكومية السورية على الجيب")
    got = ap.government_side(toks, 0)
    assert got is not None and got.actor_country == "SY" and got.text == "الحكومية السورية"
    toks = tokenize("قصف حكومي بأربع قذائف")
    got = ap.government_side(toks, 0)
    assert got is not None and got.needs_country and got.actor_country is None
    assert ap.government_side(tokenize("قصف على القوات الحكومية"), 0) is None


def test_accused_is_the_side_before_the_doing_noun() -> None:
    toks = tokenize("عقب الهجوم الكيميائي الذي اتهم النظام السوري بشنه في الغوطة")
    assert ap.accused(toks, _at(toks, "النظام"), _at(toks, "السوري"), 1, 2)
    toks = tokenize("واتهمت دمشق إسرائيل بشن الهجوم على المطار")
    i = _at(toks, "إسرائيل")
    assert ap.accused(toks, i, i, _at(toks, "الهجوم"), _at(toks, "الهجوم"))
    d = _at(toks, "دمشق")
    assert not ap.accused(toks, d, d, _at(toks, "الهجوم"), _at(toks, "الهجوم"))  # the accuser
    assert doing_ending(tokenize("بتنفيذها")[0]) == "ها" and doing_ending(tokenize("بيان")[0]) is None


def test_passive_accusation_names_no_speaker(nlp: Pipeline) -> None:
    toks = tokenize("هجوم اتهم النظام السوري بتنفيذه")
    assert passive_accusation(toks, 1, 4)
    toks = tokenize("واتهمت دمشق إسرائيل بتنفيذها")
    assert not passive_accusation(toks, 0, 2)  # دمشق then إسرائيل: the accuser speaks
    text = "عقب الهجوم الكيميائي المفترض الذي اتهم النظام السوري بشنه في الغوطة الشرقية."
    doc = nlp(text, published="2018-04-12")
    assert all("النظام" not in (c.source.text or "") for c in find_claims(doc))
    two = nlp("واتهمت دمشق التحالف الدولي بتنفيذها، الأمر الذي نفته وزارة الدفاع الأمريكية.", published="2018-06-19")
    assert any("دمشق" in (c.source.text or "") for c in find_claims(two))  # the accuser before the accused speaks


def test_nominative_after_the_verb_is_its_subject() -> None:
    toks = tokenize("واستهدف الانقلابيون الأحياء السكنية")
    assert ap.nominative_subject(toks, 1, 1, 0, 0)
    toks = tokenize("واستهدف أمس الانقلابيون الأحياء")
    assert ap.nominative_subject(toks, 2, 2, 0, 0)  # a time word between
    toks = tokenize("واستهدف الانقلابيين قصف عنيف")
    assert not ap.nominative_subject(toks, 1, 1, 0, 0)  # ين: the object
    toks = tokenize("وقتل المسلحون في اشتباك")
    assert not ap.nominative_subject(toks, 1, 1, 0, 0)  # قُتل: the passive's subject was hit


def _stopped(a1: str | None, a2: str | None, at: str, notes: str) -> Event:
    name, country, iso2 = at.split("/")
    return Event(id="e", event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                 disorder_type="Political violence", actor1=a1, inter1=1 if a1 else None, actor2=a2,
                 inter2=1 if a2 else None, notes=notes, location=Place(0, 1, name, name, country=country, iso2=iso2))


BESIDE = "«رصدت الدفاعات إطلاق صاروخ باليستي من قبل مليشيات الحوثي»; type: its interception told beside it (interception)"


def test_a_missile_stopped_beside_its_sentence_has_its_launcher_as_actor2() -> None:
    """The launch sentence read who fired as actor1; stopped in flight, ACLED puts the interceptor first."""
    out = fill_sides([_stopped(HOUTHIS, None, "Jizan/Saudi Arabia/SA", BESIDE)])
    assert out[0].actor2 == HOUTHIS and out[0].actor1 is not None and "Saudi Arabia" in out[0].actor1
    out = fill_sides([_stopped(HOUTHIS, "Military Forces of Saudi Arabia (2015-)", "Najran/Saudi Arabia/SA", BESIDE)])
    assert (out[0].actor1, out[0].actor2) == ("Military Forces of Saudi Arabia (2015-)", HOUTHIS)
    # the forces of the state where it fell stop it there: they stay actor1
    kept = _stopped("Military Forces of Saudi Arabia (2015-)", None, "Jizan/Saudi Arabia/SA", BESIDE)
    assert fill_sides([kept])[0].actor1 == "Military Forces of Saudi Arabia (2015-)"
    # the interception told in the sentence itself was read there: nothing swaps
    plain = _stopped(HOUTHIS, None, "Golan/Syria/SY", "«أطلقت صواريخ من سوريا على الجولان»; (interception)")
    assert fill_sides([plain])[0].actor1 == HOUTHIS


def test_the_organisation_referred_back_to_is_the_group_the_article_names_so(nlp: Pipeline) -> None:
    toks = tokenize("وأفاد المرصد بأن التنظيم بدأ هجومه الجمعة")
    got = ap.anaphor_doer(toks, _at(toks, "هجومه"), _at(toks, "هجومه"), False)
    assert got is not None and got.text == "التنظيم" and got.label.startswith("Unidentified")
    toks = tokenize("هاجم التنظيم مواقع الجيش")
    assert ap.anaphor_doer(toks, 0, 0, True) is not None
    toks = tokenize("بدأ الجيش هجومه")
    assert ap.anaphor_doer(toks, 2, 2, False) is None
    text = ("وكان تنظيم داعش قد خسر مدينة البوكمال في ريف دير الزور العام الماضي أمام قوات النظام. وأفاد المرصد السوري "
            "لحقوق الإنسان بأن التنظيم بدأ هجومه الجمعة بعشر عمليات انتحارية على مواقع قوات النظام في مدينة البوكمال.")
    events = [e for e in nlp(text, published="2018-06-08").events if e.trigger is not None and e.trigger.text == "هجومه"]
    assert events and "Islamic State" in str(events[0].actor1), events


def test_an_unresolved_organisation_is_dropped_not_guessed() -> None:
    unresolved = Event(id="e", event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                       actor1="Unidentified Armed Group (Syria)", inter1=3,
                       notes=f"«…»; {ap.ANAPHOR_NOTE} (الحركة)", location=Place(0, 1, "Raqqa", "Raqqa", country="Syria",
                                                                            iso2="SY"))
    out = fill_sides([unresolved])
    assert out[0].actor1 is None and "dropped" in out[0].notes
