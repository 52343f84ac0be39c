"""Event detection, typing, blockers, arguments, merging and claim links, on hand-made Documents.

Documents are built with tokens and sentences only (plus hand-written places and claims), so
these tests do not depend on the NER, geocoder or claims components.
"""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.events.lexicon import candidates, load_lexicon
from marsad.model import Claim, Document, Place, Source, Span
from marsad.pipeline import make_document
from marsad.text import split_sentences, tokenize


def make_doc(
    text: str, places: tuple[Place, ...] = (), claims: tuple[Claim, ...] = (), published: str = "2025-10-22"
) -> Document:
    doc = make_document(text, published=published, lang="ar")
    return doc.replace(tokens=tuple(tokenize(doc.text)), sentences=tuple(split_sentences(doc.text)), places=places, claims=claims)


def place(text: str, doc_text: str, name: str, iso2: str = "SY", level: str = "populated_place", admin1: str = "Idleb") -> Place:
    start = doc_text.index(text)
    return Place(start, start + len(text), text, name, iso2=iso2, admin1=admin1, level=level, lat=36.0, lon=36.5)


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def types(doc: Document) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_lexicon_loads_and_accepts_clitics():
    lex = load_lexicon()
    for word in ("والاشتباكات", "بقصف", "اغتيال", "واعتقال", "قصفوا"):
        hits = lex.find(tokenize(word))
        assert hits, word
    assert "قصف" in candidates("وبالقصف") or "قصف" in candidates("بالقصف")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف إدلب.", ("Battles", "Armed clash")),
        ("قصفت طائرات مسيرة مواقع في المدينة.", ("Explosions/Remote violence", "Air/drone strike")),
        ("قصف مدفعي على قرى في ريف حماة.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("انفجرت عبوة ناسفة بدورية للشرطة.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("فجر انتحاري نفسه قرب حاجز أمني.", ("Explosions/Remote violence", "Suicide bomb")),
        ("اختطف مسلحون مجهولون طفلاً من أمام منزله.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("تظاهر المئات في ساحة المدينة احتجاجاً على الغلاء.", ("Protests", "Peaceful protest")),
        ("فرقت الشرطة مظاهرة بالغاز المسيل للدموع.", ("Protests", "Protest with intervention")),
        ("اعتقلت قوات الأمن خمسة أشخاص في حملة مداهمات.", ("Strategic developments", "Arrests")),
    ],
)
def test_types(ext, text, expected):
    doc = ext(make_doc(text))
    assert expected in types(doc), types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "لم تقصف الطائرات المدينة.",
        "وهدد الجيش بقصف مواقع المسلحين.",
        "نفت الوزارة اعتقال أي صحفي.",
        "ستواصل القوات قصف المواقع حتى استسلامهم.",
        "دعا الوزير إلى وقف إطلاق النار في المدينة.",
        "أعلنت الحكومة خطة للقضاء على المسلحين وتنفيذ اعتقالات.",
    ],
)
def test_statements_negations_and_futures_are_not_events(ext, text):
    doc = ext(make_doc(text))
    assert doc.events == (), types(doc)


def test_every_event_is_complete_and_exact(ext):
    text = "قتل خمسة مدنيين وأصيب ثلاثة آخرون في قصف مدفعي على بلدة حارم أمس."
    doc = ext(make_doc(text, places=(place("حارم", text, "Harim"),)))
    assert len(doc.events) == 1
    e = doc.events[0]
    assert e.location is not None and e.location.name == "Harim"
    assert e.fatalities.best == 5 and e.fatalities.injured == 3
    assert e.trigger is not None and text[e.trigger.start : e.trigger.end] == e.trigger.text
    assert all(text[s.start : s.end] == s.text for s in e.evidence)
    assert 0 < e.confidence <= 1
    assert e.disorder_type == "Political violence"
    assert "place:" in e.notes


def test_vague_tolls_keep_their_words(ext):
    doc = ext(make_doc("وقعت اشتباكات أسفرت عن سقوط عدد من القتلى."))
    f = doc.events[0].fatalities
    assert f.best is None and f.text and "عدد من" in f.text
    doc = ext(make_doc("قصفت الطائرات السوق ما أدى إلى مقتل العشرات."))
    assert doc.events[0].fatalities.best == 10


def test_place_in_a_promise_or_visit_is_never_used(ext):
    text = "وعد الرئيس بتسليمهم لباريس خلال زيارته إلى موسكو. واندلعت اشتباكات عنيفة ليلاً."
    places = (place("باريس", text, "Paris", "FR", admin1=None), place("موسكو", text, "Moscow", "RU", admin1=None))
    doc = ext(make_doc(text, places=places))
    assert doc.events
    assert all(e.location is None for e in doc.events)


def test_same_event_twice_is_merged(ext):
    text = "قصفت الطائرات بلدة حارم. وأكدت مصادر أن الطائرات قصفت بلدة حارم بعنف."
    places = tuple(
        Place(i, i + 4, "حارم", "Harim", iso2="SY", admin1="Idleb", lat=36.2, lon=36.5)
        for i in [k for k in range(len(text)) if text.startswith("حارم", k)]
    )
    doc = ext(make_doc(text, places=places))
    assert len(doc.events) == 1
    assert len(doc.events[0].evidence) >= 2


def test_claims_are_linked_and_give_sources(ext):
    text = "أفاد المرصد بأن اشتباكات عنيفة اندلعت في حارم."
    claim = Claim("c1", Source("المرصد", "Syrian Observatory for Human Rights", 5, 11, "organization"),
                  Span(0, 4, "أفاد"), "reported", 0, len(text))  # fmt: skip
    doc = ext(make_doc(text, places=(place("حارم", text, "Harim"),), claims=(claim,)))
    e = doc.events[0]
    assert e.claims == ("c1",)
    assert e.sources == ("Syrian Observatory for Human Rights",)
    assert doc.claims[0].events == (e.id,)


def test_violence_against_civilians_targets_civilians(ext):
    doc = ext(make_doc("اغتال مسلحون مجهولون ناشطاً في المدينة."))
    e = doc.events[0]
    assert e.event_type == "Violence against civilians"
    assert e.civilian_targeting and e.inter2 == 7


def test_bad_and_empty_input(ext):
    assert ext(make_doc("")).events == ()
    assert ext(make_doc("   \n\n")).events == ()
    assert ext(Document(text="قصف")).events == ()  # no tokens or sentences: nothing to read


def test_component_in_the_default_pipeline():
    from marsad import registry
    from marsad.pipeline import DEFAULT_STEPS

    assert DEFAULT_STEPS[-2:] == ("marsad.events.v1", "marsad.calibrate.v1")
    spec = registry.get("marsad.events.v1")
    assert set(spec.assigns) == {"events", "claims"}


def test_dateline_place_is_not_the_scene():
    from marsad.events.location import is_dateline

    text = "دبي، الإمارات العربية المتحدة (CNN)-- اندلعت اشتباكات في الحديدة."
    assert is_dateline(text, place("دبي", text, "Dubai", "AE"))
    assert not is_dateline(text, place("الحديدة", text, "Al Hudaydah", "YE"))


def test_protest_target_and_toll_victims_as_role_spans():
    from marsad.events.assemble import Extractor as Ex
    from marsad.pipeline import Pipeline

    before = Pipeline(["marsad.tokenizer.v1", "marsad.sentencizer.v1"])
    ext = Ex(classifier=None, min_confidence=0.0)
    _, roles = ext.run(before("تظاهر المئات احتجاجاً على قرار الحكومة.", lang="ar"))
    assert roles and roles[0].actor2 and "قرار" in roles[0].actor2[0].text
    _, roles = ext.run(before("انفجرت سيارة مفخخة ما أدى إلى مقتل ثمانية أشخاص.", lang="ar"))
    assert roles and roles[0].actor2 and "أشخاص" in roles[0].actor2[0].text


def test_killed_fighters_are_combat_not_violence_against_civilians(ext):
    doc = ext(make_doc("وأسفرت العملية عن مقتل خمسة من عناصر الحركة."))
    assert ("Battles", "Armed clash") in types(doc), types(doc)
    doc = ext(make_doc("وأسفر القصف على السوق عن مقتل خمسة مدنيين."))
    assert ("Battles", "Armed clash") not in types(doc)


def test_dual_person_nouns_count_two():
    from marsad.events.fatalities import find_tolls
    from marsad.text import tokenize

    for text, want in [
        ("قتل مدنيان وأصيب خمسة آخرون أمس", [("killed", 2), ("injured", 5)]),
        ("مقتل طفلين في قصف", [("killed", 2)]),
        ("سقوط قتيلين وجريحين", [("killed", 2), ("injured", 2)]),
        ("قتل مدنيين في غارة", []),  # plural or dual: no figure is invented
    ]:
        toks = tokenize(text)
        assert [(t.kind, t.quantity.best) for t in find_tolls(text, toks, 0, len(toks))] == want, text


def test_headline_event_folds_into_the_body_report(nlp):
    text = (
        "مقتل مدنيين بقصف مدفعي في ريف حلب\n\n"
        "قتل مدنيان وأصيب خمسة آخرون أمس الثلاثاء جراء قصف مدفعي استهدف بلدة دير حافر في ريف حلب الشرقي، "
        "وفق ما أفاد الدفاع المدني السوري."
    )
    doc = nlp(text, published="2025-10-22")
    shelling = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(shelling) == 1
    ev = shelling[0]
    assert ev.event_date == "2025-10-21" and ev.fatalities.best == 2
    assert any(s.start == 0 for s in ev.evidence) and "headline folded in" in ev.notes


def test_a_group_led_by_a_known_actor_is_that_actor():
    from marsad import Pipeline

    doc = Pipeline.load()(
        "خطفت مجموعة مسلحة بقيادة المدعو عمر ديابي فتاة من والدتها في مدينة حارم بريف إدلب أمس.",
        published="2025-10-22",
    )
    abductions = [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert abductions and abductions[0].actor1 == "Firqat al Ghuraba" and abductions[0].inter1 == 2


def test_ages_durations_and_running_totals_are_not_tolls():
    from marsad.events.fatalities import find_tolls
    from marsad.text import tokenize

    for text, want in [
        ("لقي طفل فلسطيني (15 عاما) مصرعه اليوم", [("killed", 1)]),  # the boy, not his age
        ("وبذلك يرتفع إلى 46 عدد القتلى الفلسطينيين منذ اندلاع الاحتجاجات", []),
        ("بإجمالي 300 قتيل", []),
        ("ارتفعت حصيلة قتلى التفجير إلى 20 قتيلا", [("killed", 20)]),
        ("قتل 5 أشخاص على بعد 10 كيلومترات", [("killed", 5)]),
        ("ارتفاع عدد القتلى منذ انطلاق العملية إلى نحو 255 قتيلا", []),
        ("أسفر القصف عن مقتل 3 مدنيين و7 جرحى", [("killed", 3), ("injured", 7)]),
    ]:
        toks = tokenize(text)
        assert [(t.kind, t.quantity.best) for t in find_tolls(text, toks, 0, len(toks))] == want, text


def test_acled_period_names_only_inside_their_period():
    from marsad.events.acled_periods import in_period

    # a closed period ACLED names takes over; otherwise the period goes, with the government named after it
    assert in_period("Military Forces of the United States (2025-)", "2018-05-30") == (
        "Military Forces of the United States (2017-2021)"
    )
    assert in_period("Military Forces of Syria (2024-)", "2018-04-14") == "Military Forces of Syria (2000-2024)"
    assert in_period("Police Forces of Israel (2022-)", "2018-05-14") == "Police Forces of Israel (2009-2021)"
    assert in_period("Military Forces of Syria (2024-)", "2025-10-22") == "Military Forces of Syria (2024-)"
    assert in_period("Military Forces of Syria (2000-2024)", "2025-10-22") == "Military Forces of Syria"
    assert in_period("Military Forces of Yemen (2022-) Presidential Leadership Council", "2018-06-13") == (
        "Military Forces of Yemen (2012-2022)"
    )
    assert in_period("Police Forces of Yemen (2022-) Presidential Leadership Council - STC Security Belt Forces",
                     "2018-06-13") == "Police Forces of Yemen STC Security Belt Forces"
    assert in_period("Military Forces of Iraq (2022-) Popular Mobilization Forces", "2018-03-11") == (
        "Military Forces of Iraq Popular Mobilization Forces"
    )
    assert in_period("Military Forces of Yemen (2017-) Houthi", "2018-06-13") == "Military Forces of Yemen (2017-) Houthi"
    assert in_period("Civilians (Syria)", "2018-01-01") == "Civilians (Syria)"
    assert in_period("Military Forces of Iraq (2022-)", None) == "Military Forces of Iraq (2022-)"


def test_every_actor_of_an_event_is_named_for_its_date():
    """Names set after assembly (the sides pass) are dated too: a 2018 Gaza border event is Israel's 2009-2021 army."""
    from marsad import Pipeline

    doc = Pipeline.load()("أطلق الجيش الإسرائيلي النار على متظاهرين قرب السياج الحدودي شرق خان يونس، ما أدى إلى مقتل شاب.",
                          published="2018-05-14")
    names = {n for e in doc.events for n in (e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2) if n}
    assert "Military Forces of Israel (2009-2021)" in names and not any("(2022-)" in n for n in names), names


def test_a_singular_person_beside_a_death_word_is_one():
    from marsad.events.fatalities import find_tolls
    from marsad.text import tokenize

    for text, want in [
        ("مقتل شاب برصاص قناص", [("killed", 1)]),
        ("أصيب مدني بجروح", [("injured", 1)]),
        ("اعتقل شاب في المدينة وقتل آخرون", []),
        ("مقتل 5 أشخاص بينهم طفل", [("killed", 5)]),
    ]:
        toks = tokenize(text)
        assert [(t.kind, t.quantity.best) for t in find_tolls(text, toks, 0, len(toks))] == want, text


def test_a_toll_counts_once_in_a_sentence_with_two_events():
    """"اشتباكات وغارات … قتل 12": one figure, kept by the nearer event, so an export's sum is not doubled."""
    from marsad.pipeline import Pipeline

    doc = Pipeline.load()("قتل 12 مسلحا في اشتباكات وغارات جوية على مواقع في ريف حماة اليوم.", lang="ar",
                          published="2018-06-16")
    killed = [e.fatalities.best for e in doc.events if e.fatalities and e.fatalities.best]
    assert len(doc.events) >= 2 and killed == [12]


def test_a_retold_incident_is_one_event_with_the_fuller_toll():
    """A later sentence retelling the shelling with no actors and a smaller figure merges into it."""
    from marsad.pipeline import Pipeline

    text = "قصفت قوات النظام مدينة دوما اليوم ما أسفر عن مقتل 20 مدنيا. وطال القصف أيضا مقبرة في دوما وقتل شخص."
    doc = Pipeline.load()(text, lang="ar", published="2018-03-10")
    shelling = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1 and shelling[0].fatalities.best == 20
    assert shelling[0].actor1 and shelling[0].actor1.startswith("Military Forces of Syria")


def test_since_dates_a_period_and_planned_actions_are_no_events():
    """"منذ 18 شباط" opens a running total, not the incident's date; "من المقرر أن …" is a plan."""
    from marsad.pipeline import Pipeline

    nlp = Pipeline.load()
    doc = nlp("أسفر القصف في حرستا عن مقتل ثمانية مدنيين، لترتفع حصيلة القتلى منذ 18 شباط/فبراير إلى 1031.",
              lang="ar", published="2018-03-11")
    assert [(e.event_date, e.fatalities.best) for e in doc.events] == [("2018-03-11", 8)]
    assert not nlp("ومن المقرر أن يستمر الفلسطينيون بالتظاهر في المنطقة لستة أسابيع.", lang="ar",
                   published="2018-04-01").events


def test_state_fire_on_a_demonstration_is_excessive_force():
    from marsad.pipeline import Pipeline

    doc = Pipeline.load()("ولقي 16 فلسطينيا مصرعهم برصاص القوات الإسرائيلية الذي استهدف آلاف المتظاهرين في المنطقة "
                          "الحدودية مع قطاع غزة.", lang="ar", published="2018-04-01")
    e = doc.events[0]
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Protests", "Excessive force against protesters",
                                                          "Protesters (Palestine)")
    assert e.fatalities.best == 16 and e.disorder_type == "Political violence; Demonstrations"


def test_soldiers_of_no_named_side_in_palestine_are_israels_army():
    """Gaza and West Bank reports call the Israeli army "the soldiers" or "the army"; the Palestinian Authority's
    forces are named when meant."""
    from marsad import Pipeline

    doc = Pipeline.load()("أطلق الجنود الرصاص الحي على المتظاهرين شرق خان يونس يوم الجمعة، ما أدى إلى مقتل شاب.",
                          published="2018-05-14")
    doers = {e.actor1 for e in doc.events}
    assert doers and all(d == "Military Forces of Israel (2009-2021)" for d in doers), doers
    assert all(e.inter1 == 8 for e in doc.events)
