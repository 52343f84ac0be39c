"""Where an event happened (`marsad.events.location`): one rule a coder would state per test, each on a
short constructed sentence with hand-written places, so that nothing here depends on the geocoder."""

from __future__ import annotations

import pytest

from marsad.events.antecedent import antecedent_place
from marsad.events.assemble import Extractor
from marsad.events.location import _detailed_after, _told_before, _town_of_locator, choose_place, namesake, scene_kept, told_apart
from marsad.events.roads import road_end
from marsad.events.sites import site_told_before
from marsad.events.toll_words import tolls
from marsad.events.whereabouts import whereabouts
from marsad.model import Event, Span
from tests.test_events_precision import make_doc, place


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def where(ext: Extractor, text: str, *places) -> list[str | None]:
    return [e.location.name if e.location else None for e in ext(make_doc(text, tuple(places))).events]


def test_a_town_someone_comes_from_is_not_the_scene_told_before(ext):
    text = "وكان المسلح في بلدة حارم صباح الجمعة، وهو شاب من قرية كفرنبل. واندلعت اشتباكات عنيفة بين المسلحين والجنود."
    got = where(ext, text, place("حارم", text, "Harim"), place("كفرنبل", text, "Kafr Nobol"))
    assert got and set(got) == {"Harim"}


def test_near_a_city_locates_the_scene_it_tells_no_movement(ext):
    text = "وانفجرت عبوة ناسفة في ضاحية قريبة من مدينة أربيل في إقليم كردستان."
    got = where(ext, text, place("أربيل", text, "Erbil", iso2="IQ", admin1="Erbil"),
                place("كردستان", text, "Kurdistan Region", iso2="IQ", level="region", admin1=None))
    assert got == ["Erbil"]


def test_a_missile_is_placed_where_it_was_headed_not_where_it_was_launched(ext):
    text = "وأطلق المسلحون من مدينة صعدة صاروخا باتجاه مدينة جازان صباح الأحد."
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"),
                place("جازان", text, "Jizan", iso2="SA", admin1="Jazan"))
    assert got == ["Jizan"]


def test_a_place_of_another_act_added_after_fadlan_an_is_not_the_triggers(ext):
    text = "واعتقلت القوات 15 شخصا في محافظة إدلب، فضلا عن إحباط تهريب أسلحة في مدينة حارم."
    doc = ext(make_doc(text, (place("إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim"))))
    assert [(e.sub_event_type, e.location.name) for e in doc.events if e.sub_event_type == "Arrests"] == [("Arrests", "Idleb")]


def test_a_second_target_of_one_strike_added_after_idafa_keeps_the_finest_place(ext):
    text = "وقصفت الطائرات مواقع المسلحين في محافظة إدلب بالإضافة إلى مخازن في مدينة حارم."
    assert where(ext, text, place("إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim")) == ["Harim"]


def test_where_a_flight_came_from_is_no_scene(ext):
    # the flight's start, like its goal, never locates: the airport told before is the attack's scene
    text = ("وتعرض مطار حلب لهجوم صاروخي مساء الثلاثاء. "
            "وأجبر الهجوم الصاروخي رحلة كانت قادمة من مدينة حارم إلى حلب على تغيير مسارها.")
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("حارم", text, "Harim"),
                place("حلب", text, "Aleppo", admin1="Aleppo", nth=1))
    assert got and set(got) == {"Aleppo"}


def test_a_place_left_from_without_a_participle_of_coming_may_still_locate(ext):
    text = "وأطلق المسلحون قذائف من مدينة حارم صباح الأحد."
    assert where(ext, text, place("حارم", text, "Harim")) == ["Harim"]


def test_an_arrest_on_arrival_is_placed_where_he_arrived(ext):
    text = "واعتقلت الشرطة الناشط في محافظة إدلب فور وصوله إلى مدينة حارم."
    assert where(ext, text, place("إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim")) == ["Harim"]


def test_before_his_arrival_names_no_scene(ext):
    text = "واعتقلت الشرطة الناشط في محافظة إدلب قبل وصوله إلى مدينة حارم."
    assert where(ext, text, place("إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim")) == ["Idleb"]


def test_a_country_named_as_the_owner_of_a_state_body_is_no_scene(ext):
    text = "وتشهد مدينة حارم توترا منذ أيام. واعتقل عناصر من مخابرات سوريا ثلاثة ناشطين أمس."
    got = where(ext, text, place("حارم", text, "Harim"), place("سوريا", text, "Syria", level="country", admin1=None))
    assert got == ["Harim"]


def test_where_someone_works_is_not_where_he_was_arrested(ext):
    text = "وقال الادعاء إن موظفا يعمل في سفارة الأردن في مدينة حلب اعتقل في محافظة إدلب."
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("إدلب", text, "Idleb", level="admin1"))
    assert got == ["Idleb"]


def test_an_airport_working_in_a_city_is_still_there(ext):
    text = "وتعرض المطار الوحيد الذي يعمل في مدينة حلب لقصف صاروخي مساء الثلاثاء."
    assert where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo")) == ["Aleppo"]


def test_the_place_that_saw_the_event_is_its_scene(ext):
    text = "وشهدت محافظة إدلب قبل ساعات من افتتاح المكتب في مدينة حلب اشتباكات عنيفة."
    got = where(ext, text, place("إدلب", text, "Idleb", level="admin1"), place("حلب", text, "Aleppo", admin1="Aleppo"))
    assert got == ["Idleb"]


def test_a_finer_place_inside_the_one_that_saw_the_event_is_finer(ext):
    text = "وشهدت سوريا الجمعة احتجاجات واسعة في مدينة حلب."
    got = where(ext, text, place("سوريا", text, "Syria", level="country", admin1=None),
                place("حلب", text, "Aleppo", admin1="Aleppo"))
    assert got == ["Aleppo"]


def test_the_place_of_the_incident_a_strike_answered_is_not_the_strikes(ext):
    text = "وشنت الطائرات غارات على مواقع في محافظة إدلب ردا على هجوم صاروخي استهدف مدينة حلب."
    got = [(e.sub_event_type, e.location.name) for e in ext(make_doc(
        text, (place("إدلب", text, "Idleb", level="admin1"), place("حلب", text, "Aleppo", admin1="Aleppo")))).events]
    assert ("Air/drone strike", "Idleb") in got and ("Air/drone strike", "Aleppo") not in got


def test_a_town_picked_out_of_a_goal_is_a_goal(ext):
    text = "وخطف المسلحون سبعة ناشطين، في حين فر آخرون من مدينة حارم إلى مناطق المعارضة ومن بينها مدينة حلب."
    got = where(ext, text, place("حارم", text, "Harim"), place("حلب", text, "Aleppo", admin1="Aleppo"))
    assert got == ["Harim"]


def test_a_direction_from_an_unnamed_site_leaves_the_name_after_it_the_scene(ext):
    text = "وشهدت المناطق الواقعة جنوب غربي حارم شمال إدلب اشتباكات عنيفة بين الطرفين."
    got = where(ext, text, place("حارم", text, "Harim"), place("إدلب", text, "Idlib city"))
    assert got == ["Harim"]


def test_an_area_after_a_direction_beats_the_city_it_lies_near(ext):
    text = "وتقدمت قوات النظام في جنوب الغوطة الشرقية المحاصرة بالقرب من دمشق بعد معارك عنيفة مع الفصائل."
    got = where(ext, text, place("الغوطة الشرقية", text, "Eastern Ghouta", level="region", admin1="Rif Dimashq"),
                place("دمشق", text, "Damascus", admin1="Damascus"))
    assert got == ["Eastern Ghouta"]


def test_a_city_after_a_comma_and_a_direction_is_still_a_reference_point(ext):
    text = "واعتقلت القوات عشرة أشخاص في محافظة حماة، شمال دمشق، صباح الأحد."
    got = where(ext, text, place("حماة", text, "Hama", level="admin1", admin1="Hama"),
                place("دمشق", text, "Damascus", admin1="Damascus"))
    assert got == ["Hama"]


def test_the_border_between_two_places_lies_in_both(ext):
    text = "وقتلت القوات الإسرائيلية متظاهرين على الحدود بين إسرائيل وقطاع غزة. وقالت الشرطة في إسرائيل إن التحقيق جار."
    israel = {"iso2": "IL", "level": "country", "admin1": None}
    got = where(ext, text, place("إسرائيل", text, "Israel", **israel),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip"),
                place("إسرائيل", text, "Israel", nth=1, **israel))
    assert got == ["Gaza Strip"]


def test_the_town_of_the_hospital_the_dead_were_taken_to_is_not_the_scene(ext):
    text = ("وشنت الطائرات غارات على مواقع المسلحين في ريف محافظة إدلب الخميس. "
            "وأسفرت الغارات عن مقتل عشرة مسلحين نقلت جثثهم إلى مستشفى الشفاء في مدينة حارم.")
    got = where(ext, text, place("إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim"))
    assert got and set(got) == {"Idleb"}


def test_a_settlement_noun_with_lam_or_in_the_dual_attaches_the_name(ext):
    text = "وتعرض رئيس المجلس في حلب لكمين مسلح أثناء زيارته لمدينة حارم."
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("حارم", text, "Harim"))
    assert got == ["Harim"]


def test_a_city_named_as_a_borders_side_stands_for_its_area(ext):
    text = "وأعلن الجيش مقتل جندي في إطلاق نار على الحدود الشرقية لحارم. وتقع المدينة في محافظة إدلب."
    got = where(ext, text, place("حارم", text, "Harim"),
                place("محافظة إدلب", text, "Idleb", level="admin1", admin1="Idleb"))
    assert got == ["Idleb"]


def test_where_the_news_came_from_ranks_after_the_scene(ext):
    text = "وقتل ثلاثة مدنيين في قصف على بلدات محافظة إدلب، وفق ما أفاد مراسلنا في مدينة حارم."
    got = where(ext, text, place("محافظة إدلب", text, "Idleb", level="admin1", admin1="Idleb"),
                place("حارم", text, "Harim"))
    assert got == ["Idleb"]


def test_an_area_namesake_city_in_a_border_clause_stands_for_the_area(ext):
    text = "وتقع حارم في محافظة حارم الحدودية. وقتل الجنود خمسة شبان في حارم قرب الحدود مع تركيا."
    got = where(ext, text, place("محافظة حارم", text, "Harim governorate", level="admin1", admin1="Harim"),
                place("حارم", text, "Harim", admin1="Harim", nth=2))
    assert got == ["Harim governorate"]


def test_an_area_namesake_city_after_its_villages_is_the_governorate(ext):
    text = "وتتبع القرى محافظة حارم. وقتل عشرة مدنيين في غارات جوية على القرى المجاورة في حارم."
    got = where(ext, text, place("محافظة حارم", text, "Harim governorate", level="admin1", admin1="Harim"),
                place("حارم", text, "Harim", admin1="Harim", nth=1))
    assert got == ["Harim governorate"]


def test_a_city_after_its_own_settlement_noun_stays_the_city(ext):
    text = "وتتبع القرى محافظة حارم. وقتل عشرة مدنيين في غارات جوية على القرى المجاورة لمدينة حارم."
    got = where(ext, text, place("محافظة حارم", text, "Harim governorate", level="admin1", admin1="Harim"),
                place("حارم", text, "Harim", admin1="Harim", nth=1))
    assert got == ["Harim"]


def test_a_missile_headed_towards_a_town_is_placed_there_though_nahw_tells_a_goal(ext):
    text = "واعترضت الدفاعات الجوية الأحد صاروخا باليستيا كان متجها صوب مدينة حارم في محافظة إدلب."
    got = where(ext, text, place("حارم", text, "Harim"),
                place("محافظة إدلب", text, "Idleb", level="admin1", admin1="Idleb"))
    assert got == ["Harim"]


def test_a_missile_is_placed_where_the_next_sentence_says_it_was_headed(ext):
    text = ("واعترضت الدفاعات الجوية الأحد صاروخا باليستيا أطلقه المسلحون من مدينة حلب. "
            "وأوضح المتحدث أن الصاروخ كان متجها نحو مدينة حارم.")
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("حارم", text, "Harim"))
    assert got == ["Harim"]


def test_a_missile_whose_own_sentence_names_its_target_keeps_it(ext):
    text = ("واعترضت الدفاعات الجوية الأحد صواريخ استهدفت منها ثلاثة مدينة حلب. "
            "وأوضح المتحدث أن صاروخا آخر كان متجها نحو مدينة حارم.")
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("حارم", text, "Harim"))
    assert got and got[0] == "Aleppo"


def test_the_place_of_a_named_source_ranks_after_the_scene(ext):
    text = "وقالت مصادر ميدانية في مدينة حلب إن اشتباكات عنيفة جرت الأحد في بلدة حارم."
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("حارم", text, "Harim"))
    assert got == ["Harim"]


def test_a_road_leading_to_a_district_locates_it_is_no_goal(ext):
    text = "واندلعت اشتباكات عنيفة الأحد في الطريق المؤدي نحو مديرية حارم في الساحل."
    got = where(ext, text, place("مديرية حارم", text, "Harim district", level="admin2"),
                place("الساحل", text, "Coast", level="region"))
    assert got == ["Harim district"]


def test_badama_after_is_no_negation_that_taints_the_place(ext):
    text = "قتلت الشرطة شابا بعدما طعن حارسا في البلدة القديمة في نابلس صباح الأحد."
    assert where(ext, text, place("البلدة القديمة في نابلس", text, "Old City", iso2="PS", admin1="West Bank")) == ["Old City"]


def test_a_negated_verb_of_stopping_tells_the_fighting_goes_on(ext):
    text = "تتواصل المعارك والقصف الذي لا يهدأ على مدينة حارم منذ أيام."
    assert set(where(ext, text, place("حارم", text, "Harim"))) == {"Harim"}


def test_a_curfew_is_no_ban_that_taints_the_place(ext):
    text = "فرضت السلطات حظرا للتجول في مدينة حارم مساء الخميس بعد اشتباكات عنيفة بين مسلحين من العشائر."
    assert set(where(ext, text, place("حارم", text, "Harim"))) == {"Harim"}


def test_a_city_named_as_a_capital_abroad_is_no_homograph(ext):
    text = ("طالبت الكويت بالإفراج عن الشيخ، وقالت الكويت إنه اعتقل في الكويت. "
            "كما خرجت مظاهرة في العاصمة العراقية بغداد طالبت بإطلاق سراحه.")
    got = where(ext, text, *(place("الكويت", text, "Kuwait", iso2="KW", level="country", nth=k) for k in range(3)),
                place("بغداد", text, "Baghdad", iso2="IQ", admin1="Baghdad"))
    assert got[-1] == "Baghdad"


def test_a_city_abroad_a_missile_was_headed_to_is_no_homograph(ext):
    text = "اعترضت الدفاعات الجوية صاروخين أطلقهما المسلحون من مدينة صعدة باتجاه الرياض صباح الأحد."
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"),
                place("الرياض", text, "Riyadh", iso2="SA", admin1="Riyadh"))
    assert got == ["Riyadh"]


def test_the_place_that_saw_the_clashes_not_a_town_named_before_it(ext):
    text = "أحبطت القوات هجوما على موقع غرب مدينة إدلب، كما شهدت قرية حارم بريف إدلب مواجهات عنيفة."
    got = where(ext, text, place("إدلب", text, "Idlib"), place("حارم", text, "Harim"),
                place("إدلب", text, "Idleb", level="admin1", nth=1))
    assert got[-1] == "Harim"


def test_a_capital_that_denies_is_its_government_not_the_scene(ext):
    text = "وقتل الصحفي داخل القنصلية في إسطنبول الشهر الماضي. ويعتقد المسؤولون أنه قتل على يد فريق أمني، لكن الرياض تنفي ذلك."
    got = where(ext, text, place("إسطنبول", text, "Istanbul", iso2="TR", admin1="Istanbul"),
                place("الرياض", text, "Riyadh", iso2="SA", admin1="Riyadh"))
    assert got and "Riyadh" not in got


def test_the_town_whose_hospitals_the_dead_reached_is_no_scene(ext):
    text = "وأفادت مصادر بوصول عشرات القتلى إلى مستشفيات حارم إثر مواجهات عنيفة في ريف إدلب."
    got = where(ext, text, place("حارم", text, "Harim"), place("ريف إدلب", text, "Idleb", level="admin1"))
    assert got == ["Idleb"]


def test_the_place_a_takeover_acts_on_not_another_of_its_clause(ext):
    text = "أعلن الرئيس بدء عمليات في مدينة حارم، بعد إعلان الجيش السيطرة على منطقة عفرين بعد معارك عنيفة."
    got = where(ext, text, place("مدينة حارم", text, "Harim"),
                place("منطقة عفرين", text, "Afrin", level="admin2", admin1="Aleppo"))
    assert got and got[0] == "Afrin"


def test_a_heading_is_read_before_a_quote_that_opens_the_name(ext):
    text = ("أطلق المسلحون صاروخا من محافظة صعدة صباح الاثنين. "
            'وأوضح المتحدث أن الصاروخ كان يتجه نحو مدينة "جازان" لاستهداف المناطق المدنية.')
    got = where(ext, text, place("محافظة صعدة", text, "Sa'dah", iso2="YE", level="admin1", admin1="Sa'dah"),
                place("جازان", text, "Jizan", iso2="SA", admin1="Jazan"))
    assert got and got[-1] == "Jizan"


def test_an_area_abroad_with_a_glued_preposition_is_no_homograph(ext):
    text = ("وقال الرئيس التركي إن تركيا ستواصل دعمها، وأكدت تركيا ذلك. "
            "وقتل 6 فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات على الحدود الشرقية لقطاع غزة.")
    got = where(ext, text, *(place("تركيا", text, "Turkey", iso2="TR", level="country", nth=k) for k in range(2)),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1"))
    assert got and got[-1] == "Gaza Strip"


def test_a_definite_trigger_far_from_any_place_takes_the_place_told_with_its_noun_before(ext):
    text = ("ويواصل المحققون التحقيق في الهجوم على عرض عسكري في مدينة حارم. ووصف الوزير المهاجمين بالإرهابيين. "
            "ونفى متحدث الاتهامات. وأدى الهجوم إلى مقتل 25 شخصا بينهم 12 جنديا.")
    doc = ext(make_doc(text, (place("حارم", text, "Harim"),)))
    assert [e.location.name for e in doc.events if e.trigger.start > 100] == ["Harim"]


def test_a_noun_inside_another_word_is_no_earlier_mention(ext):
    text = ("وفوجئ الشيخ بتوقيفه في مدينة حارم. ووصف الوزير القرار بالخاطئ. "
            "ونفى متحدث الاتهامات. وأثار التوقيف انتقادات.")
    doc = make_doc(text, (place("حارم", text, "Harim"),))
    assert _told_before(text, {0: list(doc.places)}, text.index("التوقيف")) is None


def test_an_arresting_police_named_right_after_its_verb_arrests_at_home(ext):
    text = "وأوقفت الشرطة الألمانية رجلين يشتبه في أنهما خططا لتفجير في المغرب."
    got = where(ext, text, place("المغرب", text, "Morocco", iso2="MA", level="country", admin1=None))
    assert got == ["Germany"]


def test_a_merged_event_keeps_its_scene_against_a_town_of_another_governorate(ext):
    text = ("وشنت الطائرات الحربية غارات على بلدات الغوطة الشرقية صباح الجمعة. وقال ناشطون إن الغارات قتلت عشرة "
            "مدنيين، وقال أحدهم وهو من مدينة عفرين إن القصف لم يتوقف.")
    got = where(ext, text, place("الغوطة الشرقية", text, "Eastern Ghouta", level="region", admin1="Rural Damascus"),
                place("عفرين", text, "Afrin", admin1="Aleppo"))
    assert got == ["Eastern Ghouta"]


def test_a_merge_narrows_the_scene_within_it_or_across_a_border_or_from_an_origin():
    text = "قصفت الطائرات محافظة درعا وبلدة الحراك، وصاروخ من صعدة على نجران، والفارين من منطقة الهلال النفطي إلى بني وليد."
    daraa = place("درعا", text, "Dar'a", level="admin1", admin1="Dar'a")
    assert not scene_kept(text, daraa, place("الحراك", text, "Al Hirak", admin1="Dar'a"))
    assert scene_kept(text, daraa, place("نجران", text, "Najran", admin1="Aleppo"))
    saada = place("صعدة", text, "Sa'dah", iso2="YE", level="admin1", admin1="Sa'dah")
    assert not scene_kept(text, saada, place("نجران", text, "Najran", iso2="SA", admin1="Najran"))
    crescent = place("الهلال النفطي", text, "Oil Crescent", iso2="LY", level="region", admin1="East")
    assert not scene_kept(text, crescent, place("بني وليد", text, "Bani Walid", iso2="LY", admin1="West"))


def test_an_area_named_again_in_the_next_sentence_with_a_part_of_it_is_narrowed_to_that_part(ext):
    text = ("ودارت مواجهات عنيفة بين الجيش والمسلحين في محافظة إدلب يوم الأحد. وأوضح مصدر أن القتال في إدلب "
            "تركز في محيط بلدة سراقب.")
    got = where(ext, text, place("محافظة إدلب", text, "Idleb", level="admin1"),
                place("إدلب", text, "Idleb", level="admin1", nth=1), place("سراقب", text, "Saraqib"))
    assert got[0] == "Saraqib"


def test_an_area_named_again_with_several_of_its_towns_stands_for_them_all(ext):
    text = ("ودارت مواجهات عنيفة بين الجيش والمسلحين في محافظة إدلب يوم الأحد. وأوضح مصدر أن القتال في إدلب "
            "تركز في بلدتي سراقب وحارم.")
    got = where(ext, text, place("محافظة إدلب", text, "Idleb", level="admin1"),
                place("إدلب", text, "Idleb", level="admin1", nth=1), place("سراقب", text, "Saraqib"),
                place("حارم", text, "Harim"))
    assert got[0] == "Idleb"


def test_a_merge_keeps_an_area_against_a_bare_city_named_like_it():
    text = "غارات إسرائيلية على قطاع غزة، وأفاد مسعفون في غزة بسقوط جرحى، ونقل آخرون إلى مدينة غزة."
    strip = place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip")
    bare = place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip", nth=1)
    city = place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip", nth=2)
    assert namesake(text, strip, bare) and scene_kept(text, strip, bare)
    assert not namesake(text, strip, city)  # مدينة غزة is the city
    assert not namesake(text, bare, strip)


def test_an_unnamed_site_lying_off_a_town_takes_the_towns_name(ext):
    text = "ودارت اشتباكات عنيفة بين الجيش والمسلحين في الحقول الواقعة شرق مدينة حارم."
    assert where(ext, text, place("حارم", text, "Harim")) == ["Harim"]
    text = "وقصفت الطائرات مدينة سراقب الواقعة شرق مدينة إدلب."  # another named place's whereabouts
    assert where(ext, text, place("سراقب", text, "Saraqib"), place("إدلب", text, "Idlib")) == ["Saraqib"]


def test_a_city_a_street_is_named_after_is_no_scene(ext):
    text = "وقصفت الطائرات مواقع المسلحين في شارع حلب بمدينة إدلب."
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("إدلب", text, "Idlib"))
    assert got == ["Idlib"]


def test_an_area_narrowed_by_a_clause_of_where_naming_one_place_in_it(ext):
    text = "وتجددت التظاهرات في محافظة إدلب، الجمعة، حيث قطع المحتجون الطريق المؤدي إلى بلدة حارم."
    assert where(ext, text, place("محافظة إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim")) == ["Harim"]
    text = "وتجددت التظاهرات في محافظة إدلب، الجمعة، حيث قطع المحتجون الطرق في بلدتي حارم وسراقب."
    got = where(ext, text, place("محافظة إدلب", text, "Idleb", level="admin1"), place("حارم", text, "Harim"),
                place("سراقب", text, "Saraqib"))
    assert got == ["Idleb"]  # several places: the area stands for them all


def test_a_border_between_two_places_abroad_is_no_homograph(ext):
    text = ("وقصفت الطائرات مدينة حارم. وقتل شاب برصاص الجيش الإسرائيلي قرب السياج الفاصل بين إسرائيل وقطاع غزة، "
            "الجمعة.")
    got = where(ext, text, place("حارم", text, "Harim"), place("إسرائيل", text, "Israel", iso2="IL", level="country", nth=1),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1"))
    assert got[-1] == "Gaza Strip"


def test_a_place_that_is_only_the_sources_seat_gives_way_to_the_scene_told_before(ext):
    text = ("ودارت اشتباكات عنيفة بين الجيش والمسلحين في بلدة حارم يوم الأحد. وتحدثت مصادر ميدانية داخل مدينة إدلب "
            "عن وصول عشرات القتلى إثر المواجهات مع الجيش.")
    got = where(ext, text, place("حارم", text, "Harim"), place("إدلب", text, "Idlib"))
    assert got and set(got) == {"Harim"}


def test_a_front_named_by_a_governorate_seat_is_detailed_by_the_next_sentence(ext):
    text = ("قتل 30 مسلحا حوثيا، الأحد، في جبهة الحديدة جراء غارات لطائرات التحالف. "
            "وقصفت الطائرات مخازن أسلحة للمسلحين في أطراف مديرية الجراحي.")
    got = where(ext, text, place("الحديدة", text, "Al Hudaydah", iso2="YE", admin1="Al Hodeidah"),
                place("الجراحي", text, "Al Jarrahi", iso2="YE", admin1="Al Hodeidah"))
    assert got and set(got) == {"Al Jarrahi"}


def test_a_district_towns_own_front_is_not_narrowed_by_the_next_sentence(ext):
    text = ("قتل 30 مسلحا حوثيا، الأحد، في معارك بجبهة حرض. "
            "واستعادت القوات السيطرة على جبل الإشارة.")
    got = where(ext, text, place("حرض", text, "Harad", iso2="YE", admin1="Hajjah"),
                place("جبل الإشارة", text, "Jabal al-Ishara", iso2="YE", admin1="Hajjah"))
    assert "Harad" in got


def test_an_incident_told_again_next_sentence_at_a_district_is_placed_there(ext):
    text = ("قصف الطيران مواقع المسلحين في صعدة صباح الأحد. "
            "وقال مصدر محلي إن القصف تركز على مديرية رازح الحدودية.")
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"),
                place("رازح", text, "Razih", iso2="YE", level="admin2", admin1="Sa'dah"))
    assert got and got[0] == "Razih"


def test_one_of_several_governorates_is_not_narrowed_by_the_next_sentence(ext):
    text = ("قصف الطيران مواقع المسلحين في محافظتي صعدة وحجة صباح الأحد. "
            "وقال مصدر محلي إن القصف تركز على مديرية رازح الحدودية.")
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"),
                place("حجة", text, "Hajjah", iso2="YE", admin1="Hajjah"),
                place("رازح", text, "Razih", iso2="YE", level="admin2", admin1="Sa'dah"))
    assert got[:2] == ["Sa'dah", "Hajjah"]


def test_a_missile_fired_tajah_a_town_abroad_is_placed_there(ext):
    text = "واعترضت الدفاعات الجوية صاروخا بالستيا أطلقه المسلحون من محافظة صعدة تجاه نجران صباح الأحد."
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", level="admin1", admin1="Sa'dah"),
                place("نجران", text, "Najran", iso2="SA", admin1="Najran"))
    assert got == ["Najran"]


def test_an_areas_name_of_two_words_abroad_is_no_homograph(ext):
    text = ("واعتقلت الشرطة خمسة أشخاص في القاهرة والجيزة يوم الاثنين. "
            "وقتل فلسطيني الأربعاء في سلسلة غارات إسرائيلية على قطاع غزة.")
    got = where(ext, text, place("القاهرة", text, "Cairo", iso2="EG", admin1="Cairo"),
                place("الجيزة", text, "Giza", iso2="EG", admin1="Giza"),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1"))
    assert got[-1] == "Gaza Strip"


def test_a_heading_is_read_before_a_bracket_that_opens_the_name(ext):
    text = ("واعترضت الدفاعات الجوية صاروخا بالستيا أطلقه المسلحون من محافظة صعدة يوم الثلاثاء. "
            "وقال المتحدث إن الصاروخ كان باتجاه مدينة (جازان) ودمر في الجو.")
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", level="admin1", admin1="Sa'dah"),
                place("جازان", text, "Jizan", iso2="SA", admin1="Jazan"))
    assert got == ["Jizan"]


def test_a_missile_takes_the_heading_told_two_sentences_after(ext):
    text = ("واعترضت الدفاعات الجوية صاروخا بالستيا أطلقه المسلحون في اليمن يوم الثلاثاء. "
            "وقال المتحدث إن المسلحين أطلقوه من مدينة صعدة. "
            "وأوضح أن الصاروخ كان باتجاه مدينة جازان ودمر في الجو.")
    got = where(ext, text, place("اليمن", text, "Yemen", iso2="YE", level="country", admin1=None),
                place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"),
                place("جازان", text, "Jizan", iso2="SA", admin1="Jazan"))
    assert got and got[0] == "Jizan"


def test_a_city_right_after_a_verb_of_saying_is_its_government_not_the_scene(ext):
    text = ("أعلنت وزارة الداخلية اعتقال عشرة أشخاص بأسلحة خفيفة في الأردن، إذ أشارت دمشق إلى عدم وجود أدلة "
            "على ذلك.")
    got = where(ext, text, place("الأردن", text, "Jordan", iso2="JO", level="country", admin1=None),
                place("دمشق", text, "Damascus", admin1="Damascus"))
    assert got == ["Jordan"]


def test_a_city_named_as_a_side_of_a_border_between_two_places_stands_for_its_area(ext):
    text = ("وتعاني مستشفيات قطاع غزة من نقص حاد في الأدوية. ودارت مواجهات عنيفة على الحدود بين غزة وإسرائيل يوم الجمعة. "
            "وقتل جندي إسرائيلي خلال تلك المواجهات.")
    got = where(ext, text, place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1"),
                place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip", nth=1),
                place("إسرائيل", text, "Israel", iso2="IL", level="country", admin1=None))
    assert got and got[-1] == "Gaza Strip"


def test_a_place_named_as_a_neighbour_of_another_is_no_scene(ext):
    text = "هاجمت قوات الجيش مواقع المسلحين في مديرية الوادي الحدودية مع البلدة الجديدة وقتلت خمسة منهم."
    got = where(ext, text, place("مديرية الوادي", text, "Wadi", iso2="YE", level="admin2", admin1="Ta'iz"),
                place("البلدة الجديدة", text, "New Town", iso2="YE", admin1="Ta'iz"))
    assert got == ["Wadi"]


@pytest.mark.parametrize(
    ("second", "scene"),
    [
        ("وقال الجيش إن شابا تسلل إلى مستوطنة النخيل وطعن ثلاثة مستوطنين.", "Nakhil"),  # the next sentence names it
        ("وقال الجيش إن المهاجم شاب من مستوطنة النخيل.", "West Bank"),  # where someone came from names nothing
    ],
)
def test_an_unnamed_settlement_is_the_one_the_next_sentence_slips_into(ext, second, scene):
    text = "قتل مستوطن بهجوم بسكين في مستوطنة بالضفة الغربية. " + second
    got = where(ext, text, place("الضفة الغربية", text, "West Bank", iso2="PS", level="admin1", admin1="West Bank"),
                place("مستوطنة النخيل", text, "Nakhil", iso2="PS", admin1="West Bank"))
    assert got and got[0] == scene


def test_a_city_abroad_a_missile_targeted_is_kept(ext):
    text = ("وأعلن التحالف في اليمن أن الدفاعات الجوية اعترضت سبعة صواريخ باليستية أطلقت من الأراضي اليمنية، "
            "واستهدف ثلاثة منها الرياض.")
    got = where(ext, text, place("اليمن", text, "Yemen", iso2="YE", level="country", admin1=None),
                place("الأراضي اليمنية", text, "Yemen", iso2="YE", level="country", admin1=None),
                place("الرياض", text, "Riyadh", iso2="SA", admin1="Ar Riyad"))
    assert got and got[-1] == "Riyadh"


def test_the_city_told_before_is_meant_by_its_noun_alone(ext):
    text = ("وانتشرت قوات الأمن في شوارع مدينة سراقب يوم الخميس. وأغلق المحتجون الطرق في وسط المدينة. "
            "وقال مسؤولون إن الاحتجاجات مستمرة منذ أيام. وأصيب عشرة من الجنود نتيجة انفجار عبوة ناسفة.")
    got = where(ext, text, place("سراقب", text, "Saraqib"))
    assert got and got[-1] == "Saraqib"


def test_no_city_noun_leaves_an_unplaced_trigger_unplaced(ext):
    text = ("وانتشرت قوات الأمن في شوارع مدينة سراقب يوم الخميس. وأغلق المحتجون الطرق الرئيسية. "
            "وقال مسؤولون إن الاحتجاجات مستمرة منذ أيام. وأصيب عشرة من الجنود نتيجة انفجار عبوة ناسفة.")
    got = where(ext, text, place("سراقب", text, "Saraqib"))
    assert got and got[-1] != "Saraqib"


def test_a_merge_does_not_narrow_the_scene_to_a_hospitals_town():
    text = "أطلق الجنود النار على المتظاهرين في قطاع غزة. وذكر مستشفى الأمل بمدينة خان يونس أن جريحا توفي."
    strip = place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip")
    town = place("خان يونس", text, "Khan Yunis", iso2="PS", admin1="Gaza Strip")
    assert scene_kept(text, strip, town)
    other = "أطلق الجنود النار على المتظاهرين في قطاع غزة. وقتل شاب بمدينة خان يونس."
    assert not scene_kept(other, place("قطاع غزة", other, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip"),
                          place("خان يونس", other, "Khan Yunis", iso2="PS", admin1="Gaza Strip"))


def test_a_missile_headed_towards_a_pronoun_takes_the_country_named_before(ext):
    text = ("وكانت إسرائيل قد أعلنت الاثنين، في بيان، أن طائراتها قصفت أهدافا في قطاع غزة.\n"
            "وأضافت أن عشرين صاروخا أطلقت باتجاهها من غزة خلال الليل.")
    got = where(ext, text, place("إسرائيل", text, "Israel", iso2="IL", level="country", admin1=None),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1"),
                place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip", nth=1))
    assert got[-1] == "Israel"


def test_a_missile_headed_towards_a_nationals_settlements_takes_that_country(ext):
    text = ("وأطلق المسلحون صواريخ من غزة باتجاه البلدات الإسرائيلية مساء الثلاثاء.\n"
            "ويجتمع مجلس الأمن لبحث الهجمات على إسرائيل.")
    got = where(ext, text, place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip"),
                place("إسرائيل", text, "Israel", iso2="IL", level="country", admin1=None, nth=1))
    assert got and got[0] == "Israel"


def test_a_missile_headed_towards_a_pronoun_with_no_other_country_keeps_its_launch(ext):
    text = "وأطلق المسلحون صواريخ من مدينة صعدة باتجاهها مساء الثلاثاء."
    got = where(ext, text, place("صعدة", text, "Sa'dah", iso2="YE", admin1="Sa'dah"))
    assert got == ["Sa'dah"]


def test_a_fold_with_no_text_keeps_the_scene_against_a_town_of_another_governorate():
    text = "قتلت غارات جوية عشرة مدنيين في الغوطة الشرقية، وقصفت القوات التركية مدينة عفرين وبلدة دوما."
    ghouta = place("الغوطة الشرقية", text, "Eastern Ghouta", level="region", admin1="Rural Damascus")
    assert scene_kept("", ghouta, place("عفرين", text, "Afrin", admin1="Aleppo"))
    assert not scene_kept("", ghouta, place("دوما", text, "Duma", admin1="Rural Damascus"))
    assert not scene_kept("", ghouta, place("عفرين", text, "Afrin", iso2="TR", admin1="Aleppo"))


def test_a_person_sent_to_a_city_is_not_arrested_there_and_the_arrest_told_before_keeps_its_place(ext):
    text = ("طلبت الحكومة المصرية تسليم المطلوب، عقب إعلان الجيش القبض عليه في مدينة درنة.\n"
            "وقالت مصادر إن المطلوب يواجه قضايا في مصر، ومن المنتظر ترحيله للقاهرة قريبا.\n"
            "وأوضح المتحدث أن المطلوب ألقي القبض عليه مع مجموعة من المسلحين.")
    got = where(ext, text, place("مصر", text, "Egypt", iso2="EG", level="country", admin1=None),
                place("درنة", text, "Darnah", iso2="LY", admin1="Darnah"),
                place("مصر", text, "Egypt", iso2="EG", level="country", admin1=None, nth=1),
                place("قاهرة", text, "Cairo", iso2="EG", admin1="Cairo"))
    assert got and set(got) == {"Darnah"}


def test_a_meeting_told_before_lends_no_scene_to_a_later_trigger(ext):
    text = ("واجتمع الوزراء أمس في مدينة عمان لبحث الوضع في مدينة درعا.\n"
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مطلوبين صباح الخميس.")
    got = where(ext, text, place("عمان", text, "Amman", iso2="JO", admin1="Amman"),
                place("درعا", text, "Dar'a", iso2="SY", admin1="Dar'a"))
    assert got and "Amman" not in got and "Dar'a" not in got


def test_a_scene_told_before_is_still_lent_when_no_meeting_is_named(ext):
    text = ("وانتشرت قوات الأمن أمس في مدينة درعا بعد اشتباكات.\n"
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مطلوبين صباح الخميس.")
    got = where(ext, text, place("درعا", text, "Dar'a", iso2="SY", admin1="Dar'a"))
    assert got and got[-1] == "Dar'a"


def test_a_place_dated_by_a_year_alone_is_history_and_lends_no_scene(ext):
    text = ("وقال الوزير إن الجماعة نفذت تفجيرات في مدينة عدن عام 2015.\n"
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مطلوبين صباح الخميس.")
    got = where(ext, text, place("عدن", text, "Aden", iso2="YE", admin1="Aden"))
    assert got and "Aden" not in got


def test_here_in_a_city_is_the_speakers_seat_and_lends_no_scene(ext):
    text = ("وقال السفير: نحن هنا في القاهرة نتابع الأوضاع.\n"
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مطلوبين صباح الخميس.")
    got = where(ext, text, place("القاهرة", text, "Cairo", iso2="EG", admin1="Cairo"))
    assert got and "Cairo" not in got


def test_the_kingdom_alone_is_the_one_kingdom_the_document_names():
    from marsad.events.location import _kingdom_meant
    text = "وزار الوفد الأردن.\nوأطلقت الجماعة صواريخ على المملكة مساء الأحد."
    jordan = place("الأردن", text, "Jordan", iso2="JO", level="country", admin1=None)
    start = text.index("وأطلقت")
    assert _kingdom_meant(text, [jordan], (start, len(text))) is jordan
    assert _kingdom_meant(text, [], (start, len(text))) is None
    saudi = place("الوفد", text, "Saudi Arabia", iso2="SA", level="country", admin1=None)
    assert _kingdom_meant(text, [jordan, saudi], (start, len(text))) is None
    other = "وأطلقت الجماعة صواريخ على المملكة المتحدة."
    assert _kingdom_meant(other, [jordan], (0, len(other))) is None


def test_a_direction_after_a_verb_of_entering_names_a_part_of_the_scene(ext):
    text = "وذكرت مصادر أن قوات الجيش دخلت شرقي منطقة منبج بشمال البلاد، وسيطرت على عدد من القرى فيها."
    got = where(ext, text, place("منطقة منبج", text, "Manbij", level="admin2", admin1="Aleppo"),
                place("البلاد", text, "north Syria", level="region", admin1=None))
    assert got == ["Manbij"]
    # a direction after a named place still makes the name after it a reference point
    text = "وقصفت الطائرات بلدة تادف جنوبي مدينة الباب صباح الأحد."
    got = where(ext, text, place("تادف", text, "Tadif", admin1="Aleppo"), place("الباب", text, "Al Bab", admin1="Aleppo"))
    assert got == ["Tadif"]


def test_a_missile_attack_is_placed_where_it_was_fired_at_not_where_its_launchers_are(ext):
    text = "وعاد الوزير إلى مدينة أنقرة أمس.\nودان الوزير الهجوم الصاروخي الذي شنه المسلحون في سوريا على تركيا مساء الأحد."
    got = where(ext, text, place("أنقرة", text, "Ankara", iso2="TR", admin1="Ankara"),
                place("سوريا", text, "Syria", level="country", admin1=None),
                place("تركيا", text, "Turkey", iso2="TR", level="country", admin1=None))
    assert got == ["Turkey"]
    # an air strike that answered the rockets is placed where it struck, not where the rockets fell
    text = "وشن الجيش غارات على مواقع في مدينة حارم ردا على إطلاق صواريخ على مدينة عفرين."
    got = where(ext, text, place("حارم", text, "Harim"), place("عفرين", text, "Afrin", admin1="Aleppo"))
    assert got and got[0] == "Harim"


def test_a_missile_with_no_place_takes_the_heading_told_before_not_the_launch_area(ext):
    text = ("وأطلق المسلحون صاروخين من محافظة إدلب باتجاه تركيا مساء الأحد.\n"
            "وقال الجيش إن الدفاعات الجوية اعترضت صاروخا بينما سقط الآخر في منطقة خالية.")
    got = where(ext, text, place("إدلب", text, "Idleb", level="admin1"),
                place("تركيا", text, "Turkey", iso2="TR", level="country", admin1=None))
    assert got and got[-1] == "Turkey"


def test_a_fold_with_no_text_keeps_an_area_against_a_bare_city_named_like_it():
    text = "وقتل فلسطيني في قطاع غزة أمس، وقالت الوزارة في غزة إن مدينة غزة شهدت جنازته."
    strip = place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip")
    assert scene_kept("", strip, place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip", nth=1))
    # a span that names the city as a city (مدينة غزة) may narrow it
    city = place("مدينة غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip")
    assert not scene_kept("", strip, city)


def test_a_city_named_like_its_area_by_the_separation_wall_stands_for_the_area(ext):
    text = "وقتلت القوات الإسرائيلية فلسطينيا قرب الجدار العازل في غزة صباح الإثنين، بحسب مسؤولين في قطاع غزة."
    got = where(ext, text, place("غزة", text, "Gaza", iso2="PS", admin1="Gaza Strip"),
                place("قطاع غزة", text, "Gaza Strip", iso2="PS", level="admin1", admin1="Gaza Strip"))
    assert got and got[0] == "Gaza Strip"


def test_an_arrest_by_a_force_named_after_its_verbal_noun_is_placed_at_the_forces_home(ext):
    text = ("وتتلقى الجماعة ضربات في سوريا والعراق.\n"
            "وكانت أحدث الضربات اعتقال قوات الأمن العراقية قياديا بارزا في الجماعة.")
    got = where(ext, text, place("سوريا", text, "Syria", level="country", admin1=None),
                place("العراق", text, "Iraq", iso2="IQ", level="country", admin1=None))
    assert got and got[-1] == "Iraq"


def test_a_target_struck_is_no_aim_and_the_place_after_it_is_the_scene(ext):
    text = "وأعلن الجيش تنفيذ غارة جوية ضد هدف في مدينة حارم، السبت، ما أدى إلى مقتل مسلحين اثنين."
    assert where(ext, text, place("حارم", text, "Harim")) == ["Harim"]
    from marsad.events.location import target_noun
    assert target_noun(["ضد", "هدف"]) and target_noun(["وقصفت", "هدفا"])
    assert not target_noun(["بهدف"]) and not target_noun(["وذلك", "هدف"])


def test_a_bracket_after_the_launch_area_is_the_launch_and_the_kingdom_headed_at_is_the_scene(ext):
    text = ("وزار الوفد السعودية أمس.\n"
            "وتم اعتراض صاروخ باليستي أطلقه المسلحون من داخل سوريا (شمال إدلب) باتجاه أراضي المملكة.")
    got = where(ext, text, place("السعودية", text, "Saudi Arabia", iso2="SA", level="country", admin1=None),
                place("سوريا", text, "Syria", level="country", admin1=None), place("إدلب", text, "Idlib"))
    assert got and got[-1] == "Saudi Arabia"


def test_a_missile_told_from_its_launch_area_takes_the_country_the_sentence_before_says_was_attacked(ext):
    text = ("ودعا الوزير إلى جلسة طارئة لمناقشة الهجمات التي نفذتها الفصائل على تركيا.\n"
            "وقال إن الهجمات نفذت من محافظة إدلب، فقذائف الهاون التي أطلقتها الفصائل ضربت مناطق مدنية.")
    got = where(ext, text, place("تركيا", text, "Turkey", iso2="TR", level="country", admin1=None),
                place("إدلب", text, "Idleb", level="admin1"))
    assert got and got[-1] == "Turkey"


def test_a_country_that_answered_a_missile_attack_is_not_sent_to_where_the_missiles_fell():
    from marsad.events.location import choose_place
    text = ("وأطلقت الفصائل 30 صاروخا باتجاه تركيا، فيما سقطت بقية الصواريخ على الأراضي السورية.\n"
            "وقال المسؤول إن تركيا ردا على القصف الصاروخي هاجمت مواقع الفصائل.")
    first = place("تركيا", text, "Turkey", iso2="TR", level="country", admin1=None)
    syria = place("الأراضي السورية", text, "Syria", level="country", admin1=None)
    turkey = place("تركيا", text, "Turkey", iso2="TR", level="country", admin1=None, nth=1)
    start = text.index("القصف")
    got, _ = choose_place(text, {0: [first, syria], 1: [turkey]}, 1, start, (text.index("وقال"), len(text)), "TR",
                          [first, syria, turkey])
    assert got is turkey


def test_a_definite_incident_noun_said_to_have_taken_place_in_a_town_the_sentence_after_narrows_a_country(ext):
    text = ("قصفت طائرات حربية مواقع للجيش في شرق سوريا مساء الأحد.\n"
            "وأضاف المصدر أن الغارات وقعت في بلدة الميادين شمال البوكمال.")
    got = where(ext, text, place("سوريا", text, "Syria", level="region", admin1=None),
                place("الميادين", text, "Al Mayadin", admin1="Deir-ez-Zor"),
                place("البوكمال", text, "Albu Kamal", admin1="Deir-ez-Zor"))
    assert got and got[0] == "Al Mayadin"


def test_an_indefinite_incident_said_to_have_taken_place_in_a_town_after_is_another_one(ext):
    text = ("قصفت طائرات حربية مواقع للجيش في شرق سوريا مساء الأحد.\n"
            "وكان هجوم قد وقع في بلدة الميادين الشهر الماضي.")
    got = where(ext, text, place("سوريا", text, "Syria", level="region", admin1=None),
                place("الميادين", text, "Al Mayadin", admin1="Deir-ez-Zor"))
    assert got and got[0] == "Syria"


def _told(text: str, sentence: str, trigger: str, sub_event_type: str, where) -> Event:
    lo = text.index(sentence)
    at = text.index(trigger, lo)
    return Event(id="e", event_type="Battles", sub_event_type=sub_event_type, disorder_type="Political violence",
                 location=where, trigger=Span(at, at + len(trigger), trigger),
                 evidence=(Span(lo, lo + len(sentence), sentence),))


def test_a_mention_of_another_kind_at_a_place_of_its_own_does_not_narrow_the_scene_of_a_merge():
    first_s = "وقال الوزير إن الطائرات قصفت اليوم مباني للتنظيم في سوريا."
    other_s = "وكان هجوم للتنظيم في محافظة حمص قد أوقع قتلى."
    text = other_s + " " + first_s
    syria = place("سوريا", text, "Syria", level="country", admin1=None)
    homs = place("محافظة حمص", text, "Homs", level="admin1", admin1="Homs")
    strike = _told(text, first_s, "قصفت", "Air/drone strike", syria)
    attack = _told(text, other_s, "هجوم", "Armed clash", homs)
    assert told_apart(strike, attack) and scene_kept(text, syria, homs, strike, attack)
    # the same kind told again is a retelling that may narrow it; so is an explosion the strikes made
    assert not told_apart(strike, _told(text, other_s, "هجوم", "Air/drone strike", homs))
    assert not told_apart(strike, _told(text, other_s, "هجوم", "Remote explosive/landmine/IED", homs))
    # a mention whose place comes from another sentence has no place of its own
    assert not told_apart(strike, _told(text, other_s, "هجوم", "Armed clash", syria))


def test_a_governorate_told_again_by_its_noun_after_a_district_of_it_the_sentence_after_is_narrowed_to_it(ext):
    text = ("واندلعت مواجهات عنيفة بين القوات والمسلحين، الخميس، بمحافظة الحديدة.\n"
            "وقال المصدر إن القوات قصفت مواقع المسلحين في مديرية الجراحي، بالمحافظة الواقعة غرب البلاد.")
    got = where(ext, text, place("محافظة الحديدة", text, "Al Hodeidah", iso2="YE", level="admin1", admin1="Al Hodeidah"),
                place("مديرية الجراحي", text, "Al Jarrahi", iso2="YE", level="admin2", admin1="Al Hodeidah"))
    assert got and got[0] == "Al Jarrahi"


def test_strikes_whose_only_place_is_the_answered_incidents_take_the_scene_told_before(ext):
    text = ("وقصفت الطائرات الأمريكية مواقع عسكرية في سوريا فجر السبت.\n"
            "وشنت فرنسا كذلك غارات جوية \"ردا على هجوم كيماوي على مدينة دوما\" الأسبوع الماضي.")
    got = where(ext, text, place("سوريا", text, "Syria", iso2="SY", level="country", admin1=None),
                place("دوما", text, "Duma", iso2="SY", admin1="Rif Dimashq"))
    assert got and got[-1] == "Syria"
    # a strike answering fire from a place (a launch area reached by من) may still have struck there
    text = ("وقال الجيش إن الوضع في مدينة حلب هادئ.\n"
            "وشنت الطائرات غارات ردا على إطلاق صواريخ من مدينة إدلب.")
    got = where(ext, text, place("حلب", text, "Aleppo", admin1="Aleppo"), place("إدلب", text, "Idleb", admin1="Idleb"))
    assert got and got[-1] == "Idleb"


def test_an_attack_outside_a_city_takes_the_place_the_next_sentence_names(ext):
    text = ("وهاجم المسلحون بسيارة ملغومة موكبا عسكريا خارج العاصمة الصومالية مقديشو، الثلاثاء.\n"
            "وقال ضابط إن الموكب كان يمر في منطقة أفجوي على بعد 30 كيلومترا شمال غربي مقديشو.")
    got = where(ext, text, place("مقديشو", text, "Mogadishu", iso2="SO", admin1="Banaadir"),
                place("أفجوي", text, "Afgooye", iso2="SO", admin1="Lower Shabeelle"),
                place("مقديشو", text, "Mogadishu", iso2="SO", admin1="Banaadir", nth=1))
    assert got and got[0] == "Afgooye"
    # with no place named after, the city it happened outside of is still the nearest the text gives
    text = "وهاجم المسلحون بسيارة ملغومة موكبا عسكريا خارج العاصمة الصومالية مقديشو، الثلاثاء."
    got = where(ext, text, place("مقديشو", text, "Mogadishu", iso2="SO", admin1="Banaadir"))
    assert got and got[0] == "Mogadishu"


def test_a_place_that_only_says_where_the_one_before_lies_is_no_scene(ext):
    text = "وقال نشطاء إن الصور تظهر تعرض منطقة دوما في الغوطة الشرقية لدمشق لهجوم كيماوي نفذه النظام."
    got = where(ext, text, place("منطقة دوما", text, "Duma", admin1="Rural Damascus"),
                place("الغوطة الشرقية", text, "Eastern Ghouta", level="region", admin1="Rural Damascus"),
                place("دمشق", text, "Damascus", admin1="Damascus"))
    assert got == ["Duma"]


def test_two_places_joined_by_waw_are_both_scenes_not_locators():
    text = "وقالت مصادر إن غارات جوية استهدفت بلدة حرستا ودمشق وحي جوبر في دمشق."
    harasta, damascus = place("حرستا", text, "Harasta", admin1="Rural Damascus"), place("دمشق", text, "Damascus")
    jobar, again = place("حي جوبر", text, "Jobar"), place("دمشق", text, "Damascus", nth=1)
    assert not whereabouts(text, damascus, [harasta, damascus, jobar, again])
    assert whereabouts(text, again, [harasta, damascus, jobar, again])


def test_the_ends_of_a_road_rank_behind_the_place_of_the_fighting(ext):
    text = "وقتل 45 مسلحا في هجمات للتنظيم في قرى شمال غرب البوكمال، وقطع الجهاديون الطريق بين البوكمال ومدينة دير الزور."
    got = where(ext, text, place("البوكمال", text, "Albu Kamal", admin1="Deir-ez-Zor"),
                place("البوكمال", text, "Abu Kamal", level="admin2", admin1="Deir-ez-Zor", nth=1),
                place("دير الزور", text, "Deir ez-Zor", admin1="Deir-ez-Zor"))
    assert got == ["Albu Kamal"]


def test_a_road_between_two_cities_leaves_the_district_named_the_scene():
    text = "وتقدمت القوات في جبهة العنين بمديرية جبل حبشي، وسيطرت على الخط الرابط بين تعز والحديدة."
    taiz, hodeidah = place("تعز", text, "Taiz", admin1="Ta'iz"), place("الحديدة", text, "Al Hudaydah", admin1="Al Hodeidah")
    district = place("مديرية جبل حبشي", text, "Jabal Habashi", level="admin2", admin1="Ta'iz")
    same = [district, taiz, hodeidah]
    assert [road_end(text, p, same) for p in same] == [False, True, True]


def test_the_one_site_of_a_governorate_the_next_sentence_names_details_the_scene(ext):
    text = ("قصفت طائرات حربية عراقية مقر قيادة لتنظيم داعش في محافظة الحسكة شمال شرقي سوريا. "
            "وذكر البيان أن الطائرات دكت المقر جنوب منطقة الدشيشة داخل الأراضي السورية.")
    got = where(ext, text, place("محافظة الحسكة", text, "Al-Hasakeh", level="admin1", admin1="Al-Hasakeh"),
                place("منطقة الدشيشة", text, "Dashisha", admin1="Al-Hasakeh"))
    assert got == ["Dashisha"]


def test_a_home_in_the_next_sentence_details_nothing():
    text = ("وقتل جنديان في هجوم دهس في منطقة صناعية في الضفة الغربية. "
            "وذكرت التقارير أن المنفذ من سكان مدينة قلقيلية.")
    bank = place("الضفة الغربية", text, "West Bank", "PS", "admin1", "West Bank")
    home = place("مدينة قلقيلية", text, "Qalqilyah", "PS", admin1="West Bank")
    assert _detailed_after(text, bank, {0: [bank], 1: [home]}, 0) is None
    told = text.replace("المنفذ من سكان", "الهجوم وقع في")
    site = place("مدينة قلقيلية", told, "Qalqilyah", "PS", admin1="West Bank")
    assert _detailed_after(told, bank, {0: [bank], 1: [site]}, 0) == site


def test_a_site_told_again_by_its_noun_alone_is_at_the_town_it_was_named_with(ext):
    text = ("وسيطرت القوات الموالية للحكومة على مطار الحديدة الأربعاء. "
            "وقال مصدر عسكري إن الخطة هي التقدم على طريق حجة. "
            "ودارت صباح الخميس اشتباكات متقطعة عند الأطراف الشمالية للمطار.")
    got = where(ext, text, place("الحديدة", text, "Al Hudaydah", "YE", admin1="Al Hodeidah"),
                place("حجة", text, "Hajjah", "YE", admin1="Hajjah"))
    assert got[-1] == "Al Hudaydah"


def test_a_site_noun_names_no_place_when_no_such_site_was_named_before():
    text = "وسيطرت القوات على ميناء الحديدة. ودارت اشتباكات عند الأطراف الشمالية للمطار."
    port = place("الحديدة", text, "Al Hudaydah", "YE", admin1="Al Hodeidah")
    clause = (text.index("ودارت"), len(text) - 1)
    assert site_told_before(text, {0: [port]}, 1, clause) is None


def test_a_reference_point_of_a_reference_point_only_says_where_the_first_lies(ext):
    text = ("وتمكنت القوات الحكومية من السيطرة على مواقع جديدة شمالي مديرية نهم شرق العاصمة صنعاء، "
            "حسب مراسلنا.")
    got = where(ext, text, place("مديرية نهم", text, "Nihm", "YE", "admin2", "Sanaa"),
                place("صنعاء", text, "Sanaa", "YE", admin1="Amanat Al Asimah"))
    assert got == ["Nihm"]


def test_the_governorate_a_sources_town_belongs_to_ranks_with_the_seat_not_before_it(ext):
    text = ("أفادت مصادر طبية في مدينة نوى السورية التابعة لمحافظة درعا بخروج المشفى الوحيد عن الخدمة نتيجة "
            "القصف الصاروخي والجوي المكثف لقوات النظام على المدينة.")
    town = place("مدينة نوى", text, "Nawa", "SY", admin1="Dar'a")
    governorate = place("محافظة درعا", text, "Dar'a", "SY", "admin1", "Dar'a")
    assert whereabouts(text, governorate, [town])
    assert where(ext, text, town, governorate) == ["Nawa"]


def _scene_of(text: str, area: tuple[str, str, str], part: tuple[str, str, str], sent_idx: int, trigger: str) -> str:
    """The place `choose_place` gives the trigger word of sentence `sent_idx`, with the governorate `area` named in
    sentence 0 and the town `part` in sentence 2 (each: the name as written, its English name, its admin1)."""
    a = place(area[0], text, area[1], "PS", "admin1", area[2])
    t = place(part[0], text, part[1], "PS", admin1=part[2])
    got, why = choose_place(text, {0: [a], 2: [t]}, sent_idx, text.index(trigger))
    return f"{got.name if got else None}: {why}"


HEBRON = ("محافظة الخليل", "Hebron", "Hebron")


def test_an_area_lent_from_before_is_narrowed_to_the_one_place_of_it_the_sentence_after_names():
    text = ("اقتحمت قوات الاحتلال بلدة في محافظة الخليل فجر الأربعاء. "
            "وأفاد شهود بأن الجنود أطلقوا قنابل الغاز على المنازل. "
            "وأوضح الشهود أن الاقتحام تركز شمال بلدة بيت أمر.")
    town = ("بلدة بيت أمر", "Beit Ummar", "Hebron")
    assert _scene_of(text, HEBRON, town, 1, "أطلقوا").startswith("Beit Ummar: place: بلدة بيت أمر, the one place")
    # a sentence opening on a scene of its own tells another incident, a town outside the area another place,
    # and an area named as the whole of several parts (أجزاء من) is not narrowed to one more part told next
    own = text.replace("وأوضح الشهود أن الاقتحام تركز", "وفي")
    assert _scene_of(own, HEBRON, town, 1, "أطلقوا").startswith("Hebron")
    assert _scene_of(text, HEBRON, ("بلدة بيت أمر", "Beit Ummar", "Bethlehem"), 1, "أطلقوا").startswith("Hebron")
    parts = text.replace("بلدة في محافظة", "أجزاء من محافظة")
    assert _scene_of(parts, HEBRON, town, 1, "أطلقوا").startswith("Hebron")


def test_a_toll_told_again_at_a_village_of_the_governorate_places_the_incident_there():
    text = ("قتل 14 مدنيا في قصف مدفعي على محافظة الخليل يوم الخميس. "
            "وأدانت منظمات حقوقية القصف. "
            "وقال الدفاع المدني إن 14 مدنيا قتلوا في بلدة يطا بالقصف.")
    village = ("بلدة يطا", "Yatta", "Hebron")
    assert "same toll" in _scene_of(text, HEBRON, village, 0, "قصف")
    # another figure tells another incident; a village of another governorate is another place
    assert _scene_of(text.replace("إن 14 مدنيا", "إن 3 مدنيين"), HEBRON, village, 0, "قصف").startswith("Hebron")
    assert _scene_of(text, HEBRON, ("بلدة يطا", "Yatta", "Bethlehem"), 0, "قصف").startswith("Hebron")


def test_a_toll_is_a_figure_of_people():
    assert tolls("لتشييع جثامين 29 طفلا قتلوا جراء ضربة جوية في 7 أغسطس") == {("29", "طفل")}
    assert tolls("قتل شخص واحد و1 آخر في 2018") == set()


def test_the_kingdom_a_story_names_most_is_the_one_its_bare_kingdom_means():
    text = ("وقالت السعودية إن القمة تعقد في الظهران بحضور ملك الأردن. واتهمت السعودية إيران بدعم الحوثيين. "
            "وأعلن التحالف في اليمن اعتراض صاروخ أطلق باتجاه المملكة.")
    saudi = [place("السعودية", text, "Saudi Arabia", "SA", "country", nth=k) for k in range(2)]
    jordan = place("الأردن", text, "Jordan", "JO", "country")
    yemen = place("اليمن", text, "Yemen", "YE", "country")
    trigger = text.index("صاروخ")
    got, _ = choose_place(text, {0: [*saudi, jordan], 1: [saudi[1]], 2: [yemen]}, 2, trigger,
                          (text.index("اعتراض"), len(text) - 1), "SA", [*saudi, jordan, yemen])
    assert got.name == "Saudi Arabia"
    # as many mentions of another kingdom: no kingdom is meant
    even = [*saudi[:1], jordan]
    got, _ = choose_place(text, {0: even, 2: [yemen]}, 2, trigger, (text.index("اعتراض"), len(text) - 1), "SA",
                          [*even, yemen])
    assert got.name == "Yemen"


def test_a_relative_clause_trigger_acts_on_the_noun_whose_place_precedes_it():
    text = "وأدانت الحكومة اقتحام القنصلية الفرنسية في باريس، التي اقتحمها محتجون غاضبون من سجن ناشط في مدينة مشهد."
    paris = place("باريس", text, "Paris", "FR", admin1="Ile-de-France")
    mashhad = place("مدينة مشهد", text, "Mashhad", "IR", admin1="Razavi Khorasan")
    got, why = choose_place(text, {0: [paris, mashhad]}, 0, text.index("اقتحمها"))
    assert got == paris and "relative clause" in why
    # a bare verb with no object pronoun (اقتحم) resolves nothing back
    assert antecedent_place(text, [paris, mashhad], text.index("اقتحام")) is None


def test_a_governorate_noun_outside_the_locators_span_still_makes_it_a_locator():
    text = "وتجمع المحتجون أمام مقر المعتمدية في الرديف بولاية قفصة منذ الصباح."
    town = place("الرديف", text, "Redeyef", "TN", admin1="Gafsa")
    seat = place("قفصة", text, "Gafsa", "TN", admin1="Gafsa")
    assert whereabouts(text, seat, [town])
    glued = "وتجمع المحتجون في زبيد في محافظة الحديدة."
    assert whereabouts(glued, place("الحديدة", glued, "Al Hudaydah", "YE", admin1="Al Hudaydah"),
                       [place("زبيد", glued, "Zabid", "YE", admin1="Al Hudaydah")])
    district = "وشنت الطائرات غارات في جبل برد بمديرية كسمة."  # a district's seat town: no locator, the finest known
    assert not whereabouts(district, place("كسمة", district, "Kusmah", "YE", admin1="Raymah"),
                           [place("برد", district, "Kusmah", "YE", admin1="Raymah")])
    apart = "وتجمع المحتجون في الرديف وفي قفصة."  # two scenes joined by و: no locator
    assert not whereabouts(apart, place("قفصة", apart, "Gafsa", "TN", admin1="Gafsa"),
                           [place("الرديف", apart, "Redeyef", "TN", admin1="Gafsa")])


def test_a_town_lent_from_the_sentence_before_wins_over_the_governorate_seat_that_locates_it(ext):
    text = ("وأعلنت الوزارة أن الوحدات تدخلت بعدما حاول المتظاهرون منع عمال شركة الفوسفات في الرديف بولاية قفصة "
            "من التوجه إلى مواقع الإنتاج. "
            "وبعد ذلك رشق المئات مركز الأمن بالحجارة ثم أحرقوه.")
    town, seat = place("الرديف", text, "Redeyef", "TN", admin1="Gafsa"), place("قفصة", text, "Gafsa", "TN", admin1="Gafsa")
    assert where(ext, text, town, seat) == ["Redeyef"]  # عمال شركة ... في الرديف: inside a group's name, set aside


def test_a_lent_place_that_locates_several_towns_or_a_reference_point_gives_way_to_none():
    text = "وتظاهر عمال شركة الفوسفات في الرديف والمتلوي بولاية قفصة."
    towns = [place("الرديف", text, "Redeyef", "TN", admin1="Gafsa"), place("المتلوي", text, "Metlaoui", "TN", admin1="Gafsa")]
    seat = place("قفصة", text, "Gafsa", "TN", admin1="Gafsa")
    assert _town_of_locator(text, seat, [*towns, seat]) is None
    alone = "وتظاهر عمال شركة الفوسفات في المتلوي بولاية قفصة."
    town, seat = place("المتلوي", alone, "Metlaoui", "TN", admin1="Gafsa"), place("قفصة", alone, "Gafsa", "TN", admin1="Gafsa")
    assert _town_of_locator(alone, seat, [town, seat]) == town
    west = "واستهدف التفجير نقطة غربي بلدة راس لانوف في الهلال النفطي."
    ref = place("راس لانوف", west, "Ras Lanuf", "LY", admin1="West")
    crescent = place("الهلال النفطي", west, "Oil Crescent", "LY", "region", "East")
    assert _town_of_locator(west, crescent, [ref, crescent]) is None


def test_a_place_in_a_time_told_by_another_act_is_not_the_triggers(ext):
    text = "وقصفت طائرات حربية بلدة سراقب في اليوم الذي عقد فيه الوسطاء اجتماعهم في مدينة حلب."
    got = where(ext, text, place("سراقب", text, "Saraqib", level="region"), place("حلب", text, "Aleppo"))
    assert got == ["Saraqib"]


@pytest.mark.parametrize("clause", ["قبل ساعات من اجتماع الوسطاء", "وذلك قبيل ساعات على اجتماع الوسطاء",
                                    "تزامنا مع اجتماع الوسطاء", "عشية اجتماع الوسطاء"])
def test_a_place_in_a_time_told_by_its_distance_from_another_act_is_not_the_triggers(ext, clause):
    text = f"وقصفت طائرات حربية بلدة سراقب، {clause} في مدينة حلب."
    got = where(ext, text, place("سراقب", text, "Saraqib", level="region"), place("حلب", text, "Aleppo"))
    assert got == ["Saraqib"]


def test_a_place_after_a_time_word_with_no_other_act_stays(ext):
    # "بعد ساعات" with no من/على brings in no other act: the place is the trigger's
    text = "وقصفت طائرات حربية بعد ساعات مدينة حلب."
    got = where(ext, text, place("حلب", text, "Aleppo"))
    assert got == ["Aleppo"]


def test_a_bare_area_named_at_a_border_is_kept_in_a_story_set_abroad(ext):
    text = ("وزار الوفد مدينة الرباط أمس. وقتلت القوات الإسرائيلية 45 متظاهرا عند الحدود مع غزة "
            "في اليوم الذي افتتحت فيه الولايات المتحدة سفارتها في القدس.")
    doc = make_doc(text, (place("الرباط", text, "Rabat", iso2="MA", admin1="Rabat"),
                          place("غزة", text, "Gaza Strip", iso2="PS", level="region", admin1="Gaza"),
                          place("القدس", text, "Jerusalem", iso2="IL", admin1="Jerusalem")))
    got = [e.location.name if e.location else None for e in ext(doc).events]
    assert "Gaza Strip" in got and "Jerusalem" not in got
