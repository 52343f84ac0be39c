"""The side an event leaves empty, filled from the article's other events (`marsad.events.sides`)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.mentions import ActorMention
from marsad.events.sides import fill_sides
from marsad.model import Event, Place, Span

COALITION = "Military Forces of Saudi Arabia (2015-)"
HOUTHIS = "Military Forces of Yemen (2017-) Houthi"
GOVERNMENT = "Military Forces of Yemen (2022-) Presidential Leadership Council"


def event(kind: str, sub: str, a1: str | None, a2: str | None, notes: str = "", at: str | None = None) -> Event:
    """A coded event; `at` "Name/Country/ISO2" places it."""
    place = None
    if at:
        name, country, iso2 = at.split("/")
        place = Place(0, 1, name, name, country=country, iso2=iso2)
    return Event(id="e", event_type=kind, sub_event_type=sub, disorder_type="Political violence",
                 actor1=a1, inter1=1 if a1 else None, actor2=a2, inter2=1 if a2 else None, notes=notes, location=place)


def test_a_strikes_missing_target_is_the_one_enemy_of_the_article():
    out = fill_sides([event("Explosions/Remote violence", "Air/drone strike", COALITION, HOUTHIS),
                      event("Explosions/Remote violence", "Air/drone strike", COALITION, None)])
    assert out[1].actor2 == HOUTHIS and out[1].interaction == 11 and "other events" in out[1].notes


def test_no_fill_when_the_article_pairs_the_side_with_two_enemies():
    out = fill_sides([event("Battles", "Armed clash", HOUTHIS, GOVERNMENT),
                      event("Battles", "Armed clash", HOUTHIS, "Islamic State (Yemen)"),
                      event("Battles", "Armed clash", HOUTHIS, None)])
    assert out[2].actor2 is None


def test_a_battle_takes_its_enemy_from_battles_only():
    # the coalition's air strikes do not make it the other side of a ground battle
    out = fill_sides([event("Explosions/Remote violence", "Air/drone strike", COALITION, HOUTHIS),
                      event("Battles", "Armed clash", HOUTHIS, None)])
    assert out[1].actor2 is None


def test_allies_are_never_each_others_enemy():
    out = fill_sides([event("Battles", "Armed clash", COALITION, GOVERNMENT),
                      event("Battles", "Armed clash", COALITION, None)])
    assert out[1].actor2 is None


def test_no_fill_where_civilians_were_hit_or_a_strikes_doer_is_missing():
    out = fill_sides([event("Explosions/Remote violence", "Air/drone strike", COALITION, HOUTHIS),
                      event("Explosions/Remote violence", "Air/drone strike", COALITION, None, "«قتل مدنيون»"),
                      event("Explosions/Remote violence", "Shelling/artillery/missile attack", None, HOUTHIS)])
    assert out[1].actor2 is None and out[2].actor1 is None


def test_a_battles_missing_doer_is_filled():
    out = fill_sides([event("Battles", "Armed clash", GOVERNMENT, HOUTHIS),
                      event("Battles", "Armed clash", None, HOUTHIS)])
    assert out[1].actor1 == GOVERNMENT


def test_a_side_is_never_its_own_opponent():
    out = fill_sides([event("Protests", "Protest with intervention", "Protesters (Israel)", "Protesters (Israel)")])
    assert out[0].actor2 is None and "same as actor1" in out[0].notes


def test_an_air_strike_without_a_doer_is_the_articles_one_air_force():
    out = fill_sides([event("Explosions/Remote violence", "Air/drone strike", COALITION, HOUTHIS),
                      event("Explosions/Remote violence", "Air/drone strike", None, None)])
    assert out[1].actor1 == COALITION and "only air force" in out[1].notes


def test_no_air_force_is_guessed_where_the_article_has_two():
    out = fill_sides([event("Explosions/Remote violence", "Air/drone strike", COALITION, HOUTHIS),
                      event("Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel", HOUTHIS),
                      event("Explosions/Remote violence", "Air/drone strike", None, None)])
    assert out[2].actor1 is None


def test_two_states_of_one_camp_are_allies_and_one_state_under_two_names_is_left_to_later_passes():
    from marsad.events.assemble import _allied
    assert _allied(COALITION, "Military Forces of the United Arab Emirates (2004-)")
    assert not _allied("Military Forces of Israel (2022-)", "Military Forces of Israel")
    assert _allied(HOUTHIS, HOUTHIS) and not _allied(COALITION, HOUTHIS)


def test_a_state_arresting_someone_read_as_its_own_name_holds_a_civilian():
    out = fill_sides([event("Strategic developments", "Arrests", "Government of Iran", "Government of Iran"),
                      event("Strategic developments", "Arrests", "Government of Egypt", "Government of Egypt (2014-)")])
    assert [e.actor2 for e in out] == ["Civilians (Iran)", "Civilians (Egypt)"] and out[0].inter2 == 7


def test_a_gas_attacks_victims_are_the_places_civilians_and_a_foreign_state_is_no_doer():
    kind, sub = "Explosions/Remote violence", "Chemical weapon"
    accused, slip, answer, group = (
        event(kind, sub, a1, a2, at="Duma/Syria/SY") for a1, a2 in (
            (None, "Military Forces of Syria (2000-2024)"),  # عقابا للنظام على الهجوم: the accused, read as hit
            ("Military Forces of Syria (2000-2024)", "Government of Syria"),
            ("Government of the United States (2025-)", None),  # ترامب يتوعد بالرد: a state answering it
            ("Islamic State (Syria)", "Jaysh al Islam"),
        ))
    out = fill_sides([accused, slip, answer, group])
    assert [(e.actor1, e.actor2) for e in out[:3]] == [
        ("Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
        ("Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
        (None, "Civilians (Syria)")]
    assert out[0].civilian_targeting and out[0].inter2 == 7
    assert (out[3].actor1, out[3].actor2) == ("Islamic State (Syria)", "Jaysh al Islam")  # an armed group hit stays


def test_two_names_of_one_state_or_two_allies_on_the_ground_are_never_the_two_sides():
    strike, gain = ("Explosions/Remote violence", "Air/drone strike"), ("Strategic developments", "Government regains territory")
    syria = "Military Forces of Syria (2000-2024)"
    out = fill_sides([
        event(*strike, "Military Forces of Israel (2022-)", "Government of Israel (2022-)"),
        event(*gain, GOVERNMENT, COALITION),
        event(*strike, "Military Forces of Iran (1989-)", syria),
        event("Strategic developments", "Arrests", "Military Forces of Russia (2000-)", syria),
    ])
    assert out[0].actor2 is None and "own side" in out[0].notes
    assert out[1].actor2 is None and "ally" in out[1].notes
    assert out[2].actor2 and out[3].actor2  # a strike's target named beside the doer; an ally's police arresting


def test_a_government_beside_its_own_forces_is_dropped_not_the_forces():
    (out,) = fill_sides([event("Explosions/Remote violence", "Remote explosive/landmine/IED",
                               "Government of Jordan", "Police Forces of Jordan")])
    assert (out.actor1, out.actor2) == (None, "Police Forces of Jordan")


def test_a_missile_stopped_over_a_state_was_stopped_by_its_air_defences():
    riyadh = "Riyadh/Saudi Arabia/SA"
    kind, sub = "Strategic developments", "Disrupted weapons use"
    out = fill_sides([event(kind, sub, None, HOUTHIS, "«أعلنت المملكة اعتراض صاروخ باليستي فوق الرياض»", riyadh),
                      event(kind, sub, None, None, "«تم اعتراض طائرة مسيرة فوق الحديدة»", "Al Hudaydah/Yemen/YE"),
                      event(kind, sub, None, None, "«اعتراض صاروخ فوق غزة»", "Gaza/Palestine/PS"),
                      event(kind, sub, None, None, "«ضبط شحنة أسلحة في الرياض»", riyadh)])
    assert out[0].actor1 == out[1].actor1 == COALITION and "air defences" in out[0].notes
    assert out[2].actor1 is None and out[3].actor1 is None  # no air defence of its own; a seizure, no interception


def test_force_on_protesters_with_no_force_named_is_the_holding_states():
    kind, sub = "Protests", "Excessive force against protesters"
    out = fill_sides([event(kind, sub, None, "Protesters (Palestine)", at="Gaza Strip/Palestine/PS"),
                      event(kind, sub, None, "Protesters (Iraq)", at="Basrah/Iraq/IQ")])
    assert out[0].actor1 == "Military Forces of Israel (2022-)" and out[0].inter1 == 8
    assert out[1].actor1.startswith("Police Forces of Iraq") and "holding the place" in out[1].notes


def test_an_arrest_with_no_arrester_named_is_the_holding_states_police_except_in_divided_countries():
    kind, sub = "Strategic developments", "Arrests"
    out = fill_sides([event(kind, sub, None, "Civilians (Egypt)", at="Cairo/Egypt/EG"),
                      event(kind, sub, None, "Civilians (Syria)", at="Idlib/Syria/SY")])
    assert out[0].actor1 == "Police Forces of Egypt" and out[1].actor1 is None


def test_homes_hit_are_civilians_and_a_crowd_never_uses_force_on_protesters():
    strike, city = ("Explosions/Remote violence", "Air/drone strike"), "Daraa/Syria/SY"
    syria = "Military Forces of Syria (2000-2024)"
    out = fill_sides([
        event(*strike, syria, None, "«غارات جوية استهدفت الأحياء السكنية في المدينة»", city),
        event(*strike, syria, None, "«نقلوا المدافع إلى وسط الأحياء السكنية»", city),
        event("Protests", "Excessive force against protesters", "Rioters (Palestine)", "Protesters (Palestine)",
              at="Gaza Strip/Palestine/PS"),
    ])
    assert out[0].actor2 == "Civilians (Syria)" and out[0].civilian_targeting and out[1].actor2 is None
    assert (out[2].actor1, out[2].actor2) == ("Military Forces of Israel (2022-)", "Protesters (Palestine)")


def named(*parties: tuple[str, int, str]):
    """The article's actor mentions, as `fill_sides` takes them: (ACLED name, inter code, KB kind)."""
    return [ActorMention(0, 1, n, n, i, k, False) for n, i, k in parties]


def test_the_only_armed_party_the_article_names_against_the_doer_is_its_other_side():
    parties = named((HOUTHIS, 1, "armed_group"), (COALITION, 8, "state_force"), (GOVERNMENT, 1, "state_force"),
               ("United Nations", 8, "organization"), ("Government of Yemen (2022-)", 1, "government"))
    out = fill_sides([event("Strategic developments", "Government regains territory", GOVERNMENT, None, at="Hays/Yemen/YE"),
                      event("Explosions/Remote violence", "Disrupted weapons use", COALITION, None, at="Jizan/Saudi Arabia/SA"),
                      event("Battles", "Armed clash", GOVERNMENT, None, "«قتل مدنيون في المعارك»", at="Hays/Yemen/YE"),
                      event("Explosions/Remote violence", "Chemical weapon", COALITION, None, at="Hays/Yemen/YE")],
                     parties)
    assert out[0].actor2 == HOUTHIS and "only armed party" in out[0].notes
    assert out[1].actor2 == HOUTHIS  # the Houthis' own forces, not a state of some country: no home test
    assert out[2].actor2 is None and out[3].actor2 == "Civilians (Yemen)"  # civilians hit; a gas attack's victims


def test_no_enemy_guessed_from_two_parties_a_third_state_or_the_doers_own_people():
    israel = "Military Forces of Israel (2022-)"
    two = named(("Hamas Movement", 2, "armed_group"), ("Palestinian Islamic Jihad", 2, "armed_group"))
    third = named(("Military Forces of the United States (2025-)", 8, "state_force"))
    own = named(("Settlers (Israel)", 4, "militia"), ("Military Forces of Israel (2022-) Special Forces", 1, "state_force"),
                ("Police Forces of Palestine (1994-) West Bank", 1, "state_force"))
    strike = event("Explosions/Remote violence", "Air/drone strike", israel, None, at="Damascus/Syria/SY")
    for parties in (two, third, own):
        assert fill_sides([strike], parties)[0].actor2 is None
    syria = named(("Military Forces of Syria (2024-)", 1, "state_force"))
    assert fill_sides([strike], syria)[0].actor2 == "Military Forces of Syria (2024-)"  # the forces of where it fell


def test_unidentified_gunmen_are_the_one_armed_group_the_article_names():
    gunmen = "Unidentified Armed Group (Syria)"
    attack = event("Battles", "Armed clash", gunmen, "Military Forces of Syria (2000-2024)", at="Suwayda/Syria/SY")
    one = named(("Islamic State (Syria)", 2, "armed_group"), ("Military Forces of Syria (2000-2024)", 1, "state_force"))
    out = fill_sides([attack], one)
    assert out[0].actor1 == "Islamic State (Syria)" and "only armed group" in out[0].notes
    two = named(("Islamic State (Syria)", 2, "armed_group"), ("HTS: Hayat Tahrir al Sham", 2, "armed_group"))
    assert fill_sides([attack], two)[0].actor1 == gunmen
    raid = event("Explosions/Remote violence", "Air/drone strike", gunmen, None, at="Marib/Yemen/YE")
    assert fill_sides([raid], one)[0].actor1 == gunmen  # no armed group flies an air raid


def test_a_weapon_stopped_in_flight_takes_who_fired_it_and_a_party_named_beside_an_event_counts():
    houthis_far = [ActorMention(900, 910, "الحوثي", HOUTHIS, 1, "armed_group", False),
                   ActorMention(5, 10, "حماس", "Hamas Movement", 2, "armed_group", False)]
    stopped = replace(event("Strategic developments", "Disrupted weapons use", COALITION, None, "«صواريخ على المناطق المدنية»",
                            at="Jizan/Saudi Arabia/SA"), trigger=Span(950, 955, "اعتراض"))
    out = fill_sides([stopped], houthis_far)
    assert out[0].actor2 == HOUTHIS and "named beside it" in out[0].notes  # civilians aimed at, not hit by the doer
    far = replace(stopped, trigger=Span(2000, 2005, "اعتراض"))
    assert fill_sides([far], houthis_far)[0].actor2 is None  # two parties, neither beside the event


def test_civilians_or_the_places_people_told_hurt_are_a_strikes_target_where_no_side_is_read():
    shelling, bomb = ("Explosions/Remote violence", "Shelling/artillery/missile attack"), (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    israel = "Military Forces of Israel (2022-)"
    out = fill_sides([
        event(*shelling, None, None, "«سقطت قذيفة على البلدة ما أدى إلى إصابة 5 إسرائيليين بجروح»", "Sderot/Israel/IL"),
        event(*bomb, None, None, "«انفجرت عبوة قرب السوق وأسفرت عن سقوط جرحى من المدنيين»", "Idlib/Syria/SY"),
        event(*shelling, israel, None, "«قصف مدفعي أدى الى إصابة 12 فلسطينيا»", "Gaza Strip/Palestine/PS"),
        # the doer's own people, the civil defence that reports, and a side already read are left alone
        event(*shelling, israel, None, "«قصف أدى إلى إصابة 4 إسرائيليين»", "Sderot/Israel/IL"),
        event(*bomb, None, None, "«أصيب عنصران بحسب الدفاع المدني»", "Idlib/Syria/SY"),
    ]) + fill_sides([event(*shelling, israel, "Hamas Movement", "«قصف أدى إلى مقتل مدنيين»", "Gaza Strip/Palestine/PS")])
    assert out[0].actor2 == "Civilians (Israel)" and out[0].civilian_targeting and out[0].interaction is None
    assert out[1].actor2 == "Civilians (Syria)" and out[2].actor2 == "Civilians (Palestine)"
    assert out[3].actor2 is None and out[4].actor2 is None and out[5].actor2 == "Hamas Movement"


def test_a_military_airport_hit_is_the_forces_of_the_state_whose_ground_it_is():
    strike = ("Explosions/Remote violence", "Air/drone strike")
    israel = "Military Forces of Israel (2022-)"
    out = fill_sides([
        event(*strike, israel, None, "«قصفت طائرات حربية مطار الضمير العسكري قرب دمشق»", "Dumayr/Syria/SY"),
        event(*strike, None, None, "«تعرضت القاعدة الجوية لغارات ليلية»", "Homs/Syria/SY"),
        # the state's own raid, a Yemeni airport (held by turns) and a raid on no base are left alone
        event(*strike, "Military Forces of Syria (2000-2024)", None, "«غارات قرب المطار العسكري»", "Hama/Syria/SY"),
        event(*strike, "Military Forces of Saudi Arabia (2015-)", None, "«غارات على مطار صنعاء العسكري»", "Sanaa/Yemen/YE"),
        event(*strike, israel, None, "«غارات على مستودع في ريف دمشق»", "Damascus/Syria/SY"),
    ])
    assert out[0].actor2 and out[0].actor2.startswith("Military Forces of Syria") and out[0].notes.endswith("air base hit")
    assert out[1].actor2 and out[1].actor2.startswith("Military Forces of Syria")
    assert [e.actor2 for e in out[2:]] == [None, None, None]


def test_an_arrest_with_its_arrester_and_no_group_of_the_arrested_holds_civilians():
    arrest = ("Strategic developments", "Arrests")
    out = fill_sides([
        event(*arrest, None, None, "«وجاء اعتقال الكاتب بعد نشره مقالا»", "Cairo/Egypt/EG"),
        event(*arrest, None, None, "«اعتقال رجلين يشتبه في تخطيطهما لهجوم»", "Cairo/Egypt/EG"),
        event(*arrest, None, None, "«القبض على عناصر خلية مسلحة»", "Cairo/Egypt/EG"),
    ])
    assert out[0].actor1 and out[0].actor1.startswith("Police Forces of Egypt") and out[0].actor2 == "Civilians (Egypt)"
    assert out[1].actor2 is None and out[2].actor2 is None


def test_a_claimed_attack_without_a_doer_is_the_claimants_unless_two_claim():
    bomb = ("Explosions/Remote violence", "Suicide bomb")
    shabaab = ActorMention(0, 1, "الشباب", "Al Shabaab", 2, "armed_group", False, claims=True)
    other = ActorMention(5, 6, "داعش", "Islamic State (Somalia)", 2, "armed_group", False, claims=True)
    out = fill_sides([event(*bomb, "Unidentified Armed Group (Somalia)", None, at="Baidoa/Somalia/SO"),
                      event("Explosions/Remote violence", "Air/drone strike", None, None, at="Baidoa/Somalia/SO")], [shabaab])
    assert out[0].actor1 == "Al Shabaab" and out[1].actor1 is None
    assert fill_sides([event(*bomb, None, None, at="Baidoa/Somalia/SO")], [shabaab, other])[0].actor1 is None


def test_a_family_or_children_told_hurt_are_civilians_not_the_articles_one_enemy():
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    family = event(*shelling, HOUTHIS, None, "«وأدى سقوط قذيفة أطلقتها ميليشيات الحوثي على قرية المعاريف جنوبي مديرية "
                   "الدريهمي، إلى مقتل رب أسرة وإصابة 4 آخرين من أفراد أسرته.»", at="Al Ma'arif/Yemen/YE")
    unhurt = event(*shelling, "Military Forces of Israel (2009-2021)", None, "«قصفت القوات الإسرائيلية بعدة صواريخ موقعين "
                   "شمال غزة، وأوقعت أضرارا مادية جسيمة دون إصابات في صفوف المواطنين.»", at="Gaza/Palestine/PS")
    out = fill_sides([family], named((GOVERNMENT, 1, "state_force"))) + fill_sides(
        [unhurt], named(("Hamas Movement", 2, "armed_group")))
    assert out[0].actor2 == "Civilians (Yemen)" and out[0].civilian_targeting  # not Yemen's government forces
    assert out[1].actor2 == "Hamas Movement"  # no one hurt: the one armed party named stays


def test_a_government_read_as_the_side_that_fought_is_its_military_forces():
    clash = event("Battles", "Armed clash", "Government of Yemen (2012-2022)", HOUTHIS, at="Al Hudaydah/Yemen/YE")
    bombed = event("Explosions/Remote violence", "Remote explosive/landmine/IED", None, "Government of Somalia",
                   at="Mogadishu/Somalia/SO")
    palestine = event("Battles", "Armed clash", "Government of Palestine (1994-) Palestinian National Authority",
                      "Hamas Movement", at="Gaza/Palestine/PS")
    out = fill_sides([clash, bombed, palestine])
    # تجددت المعارك بعد شن قوات الحكومة المعترف بها دوليا هجوما واسعا ضد مواقع للحوثيين
    assert out[0].actor1 == "Military Forces of Yemen (2022-) Presidential Leadership Council" and "fought" in out[0].notes
    assert out[1].actor2 == "Government of Somalia"  # a government hit as an institution stays
    assert out[2].actor1.startswith("Government of Palestine")  # no army of that name


def test_a_group_named_only_in_another_storys_headline_is_no_party_of_the_article():
    text = ("أعلن خليفة حفتر سيطرة قواته المعروفة باسم الجيش الوطني الليبي على مدينة درنة بشكل كامل.\n"
            "\"طرد\" تنظيم الدولة من درنة بشرق ليبيا\n"
            "وقال إن قواته حررت درنة بالكامل.")
    at = text.index("تنظيم الدولة")
    group = [ActorMention(at, at + 12, "تنظيم الدولة", "Islamic State (Libya)", 2, "armed_group", False)]
    gain = event("Strategic developments", "Government regains territory", "LNA: Libyan National Army", None,
                 at="Darnah/Libya/LY")
    assert fill_sides([gain], group, text)[0].actor2 is None
    told = text.replace("\"طرد\" تنظيم الدولة من درنة بشرق ليبيا", "وطرد تنظيم الدولة من درنة بشرق ليبيا.")
    assert fill_sides([gain], group, told)[0].actor2 == "Islamic State (Libya)"  # a sentence of the story counts


def test_a_bomb_set_by_no_one_named_is_an_unidentified_armed_groups():
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    planted = event(*ied, None, "Police Forces of Jordan", "«أعلنت وزارة الداخلية الأردنية مقتل عنصر أمني وإصابة ستة آخرين "
                    "في انفجار عبوة ناسفة زرعت أسفل سيارة دورية أمنية في الفحيص.»", at="Al Fuhays/Jordan/JO")
    heard = event(*ied, None, None, "«قال ناشطون إن انفجارات قوية هزت غرفة عمليات إيرانية جنوبي دمشق.»",
                  at="Damascus/Syria/SY")
    out = fill_sides([planted, heard])
    assert out[0].actor1 == "Unidentified Armed Group (Jordan)" and out[0].inter1 == 3 and out[0].interaction == 13
    assert out[1].actor1 is None  # a bare explosion may be a strike: no bomber guessed


def test_a_foreign_group_named_only_in_another_paragraph_is_no_enemy_but_the_houthis_over_saudi_arabia_are():
    text = ("تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت، وفقا لما ذكرته منظمة الخوذ البيضاء.\n"
            "لقي 12 شخصا على الأقل مصرعهم في قصف صاروخي استهدف مقر الحزب الديمقراطي الكردستاني الإيراني في كوي سنجق.")
    at = text.index("الحزب الديمقراطي الكردستاني الإيراني")
    kdpi = [ActorMention(at, at + 36, "الحزب الديمقراطي الكردستاني الإيراني", "KDPI: Kurdistan Democratic Party of Iran",
                         2, "armed_group", False, "IR")]
    raid = replace(event("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)", None,
                         at="Idleb/Syria/SY"), trigger=Span(text.index("لقصف"), text.index("لقصف") + 4, "لقصف"))
    assert fill_sides([raid], kdpi, text)[0].actor2 is None  # another story's party, over a line break
    far = [ActorMention(900, 910, "الحوثي", HOUTHIS, 2, "armed_group", False, "YE")]
    stopped = replace(event("Strategic developments", "Disrupted weapons use", COALITION, None, at="Jizan/Saudi Arabia/SA"),
                      trigger=Span(10, 15, "اعتراض"))
    assert fill_sides([stopped], far, "x" * 1000)[0].actor2 == HOUTHIS  # Yemen's forces' camp: no foreign group


def test_a_sentence_that_tells_its_foes_unnamed_takes_no_group_from_elsewhere_in_the_article():
    syria = "Military Forces of Syria (2000-2024)"
    clash = event("Battles", "Armed clash", syria, None, "«وأفادت وسائل إعلام موالية للحكومة السورية بأن الجيش اشتبك الخميس "
                  "في معارك مع المعارضة المسلحة في بلدة الحراك جنوب غربي البلاد.»", at="Al Hirak/Syria/SY")
    islamic_state = named(("Islamic State (Syria)", 2, "armed_group"))
    assert fill_sides([clash], islamic_state)[0].actor2 is None  # IS, named in another paragraph, is not the opposition
    plain = replace(clash, notes="«واشتبك الجيش الخميس في معارك في بلدة الحراك.»")
    assert fill_sides([plain], islamic_state)[0].actor2 == "Islamic State (Syria)"


def test_a_bombs_doer_read_by_position_as_a_states_forces_is_dropped_and_an_unnamed_group_hit_is_the_bomber():
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    killed = event(*ied, "Military Forces of Libya", None, "«قتل 8 جنود من الجيش الليبي وجرح عشرة آخرون في تفجير سيارة "
                   "مفخخة استهدفت نقطة تفتيش للجيش عند البوابة الشرقية لمدينة أجدابيا.»; actor1 nearest before the "
                   "trigger (الجيش)", at="Ajdabiya/Libya/LY")
    dismantled = event(*ied, "Military Forces of Yemen (2012-2022)", HOUTHIS, "«وتمكنت قوات الشرعية من تفكيك شبكة ألغام "
                       "زرعها المتمردون.»", at="Taizz/Yemen/YE")
    swapped = event("Explosions/Remote violence", "Suicide bomb", None, "Unidentified Armed Group (Iraq)",
                    "«ارتفعت حصيلة التفجير الانتحاري في حي الشعلة إلى 3 قتلى.»", at="Shula/Iraq/IQ")
    out = fill_sides([killed, dismantled, swapped], named(("Islamic State (Libya)", 2, "armed_group")))
    assert (out[0].actor1, out[0].actor2) == ("Unidentified Armed Group (Libya)", None)  # not IS as the bomb's target
    assert out[1].actor1 == "Military Forces of Yemen (2012-2022)"  # forces that dismantled the mines stay
    assert (out[2].actor1, out[2].actor2) == ("Unidentified Armed Group (Iraq)", None)
