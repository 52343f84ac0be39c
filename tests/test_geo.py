"""The geocoder: clitics, context, homonyms, demonyms, offsets, bad input, the CLI and the component."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.errors import InputError
from marsad.gazetteer import Gazetteer, demonym_country, geocode
from marsad.gazetteer.distance import km
from marsad.gazetteer.geocoder import Geocoder
from marsad.gazetteer.nationals import capital
from marsad.gazetteer.spacing import spacing_variants
from marsad.model import Entity


def one(text: str, mention: str):
    places = [p for p in geocode(text) if p.text == mention]
    assert places, f"{mention} not found in {[p.text for p in geocode(text)]}"
    return places[0]


def test_offsets_are_exact():
    text = "قُتل ثلاثة بحلب، وإدلب، لدمشق، فالرقة اليوم"
    places = geocode(text)
    assert [p.text for p in places] == ["حلب", "إدلب", "دمشق", "الرقة"]
    for p in places:
        assert text[p.start : p.end] == p.text


def test_harim_in_idlib_with_containment():
    p = one("استهدفت الحملة مخيم الفرنسيين في مدينة حارم غربي إدلب", "حارم")
    assert (p.iso2, p.admin1, p.level, p.geo_precision) == ("SY", "Idleb", "populated_place", 1)
    assert km(p.lat, p.lon, 36.21, 36.52) < 10
    assert "inside" in p.reason and p.runner_up


def test_type_word_picks_the_admin_level():
    p = one("قال قائد الأمن في محافظة إدلب إن", "محافظة إدلب")
    assert p.level == "admin1" and p.admin1 == "Idleb"


def test_rif_and_direction():
    p = one("قصفت الطائرات بلدة كفرنبل بريف إدلب الجنوبي", "إدلب")
    assert p.level == "admin1" and p.geo_precision in (2, 3)
    q = one("منع امتداد المواجهات إلى شمالي إدلب", "إدلب")
    assert q.geo_precision == 2 and q.admin1 == "Idleb"


def test_country_relative_region():
    places = geocode("تطوق قوات الأمن السورية مخيما في شمال غرب البلاد")
    region = [p for p in places if p.level == "region"]
    assert region and region[0].iso2 == "SY" and region[0].geo_precision == 3


def test_foreign_homonyms_lose_in_arabic_news():
    assert one("اشتباكات عنيفة في لبنان بين الجيش ومسلحين", "لبنان").iso2 == "LB"
    assert one("مواجهات في نابلس بالضفة الغربية", "نابلس").iso2 == "PS"
    assert one("قصف مدفعي على طرابلس وسط ليبيا", "طرابلس").iso2 == "LY"
    assert one("اشتباكات في طرابلس شمال لبنان وفي عكار", "طرابلس").iso2 == "LB"


def test_latin_and_french_spellings():
    assert one("Clashes near Harem and Idleb on Monday", "Harem").admin1 == "Idleb"
    assert one("Des frappes sur Alep ce matin", "Alep").iso2 == "SY"


def test_demonyms_are_not_places():
    assert demonym_country("فرنسيون") == "FR"
    assert demonym_country("السوري") == "SY"
    assert demonym_country("الشيشانيين") == "RU"
    assert demonym_country("حارم") is None
    assert demonym_country("") is None
    texts = [p.text for p in geocode("قوات الأمن السورية اعتقلت جهاديين فرنسيين")]
    assert "السورية" not in texts and "سورية" not in texts


def test_common_words_need_context():
    assert not [p for p in geocode("أصدرت الجماعة بيانا نشرت فيه صور القتلى") if p.text in ("بيان", "صور")]
    assert one("غارة على مدينة صور جنوب لبنان", "صور").iso2 == "LB"


def test_lookup_api():
    gaz = Gazetteer.load()
    assert gaz is Gazetteer.load()
    top = gaz.lookup("إدلب", iso2="SY")
    assert top and top[0].admin1 == "Idleb"
    assert gaz.lookup("Idleb", level="admin1")[0].iso2 == "SY"
    assert gaz.lookup("no such place xyz") == []


def test_users_own_places(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("name\taliases\tiso2\tadmin1\tlat\tlon\nKafr Zita Farm\tمزرعة الزيتون الكبرى\tSY\tHama\t35.37\t36.6\n",
                     encoding="utf-8")
    places = geocode("قصف على مزرعة الزيتون الكبرى ليلا", extra=[str(extra)])
    assert places and places[0].name == "Kafr Zita Farm" and "user" in places[0].reason


def test_unknown_village_falls_back_to_the_containing_unit():
    places = geocode("سقطت قذائف على قرية زقزقانية بريف إدلب")
    fallback = [p for p in places if p.text == "زقزقانية"]
    assert fallback and fallback[0].admin1 == "Idleb" and fallback[0].geo_precision == 2
    assert "not in the gazetteer" in fallback[0].reason


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x01", "😀😀", "؟؟،،", "a" * 5000, "بحلب" * 300])
def test_bad_input_is_graceful(bad):
    for p in geocode(bad):
        assert bad[p.start : p.end] == p.text


def test_bad_types_raise_input_error():
    with pytest.raises(InputError):
        geocode(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        geocode("حلب", published="yesterday")


def test_component_in_default_pipeline(seed_doc):
    by_text = {}
    for p in seed_doc.places:
        by_text.setdefault(p.text, p)
        assert seed_doc.text[p.start : p.end] == p.text
    assert by_text["حارم"].admin1 == "Idleb" and by_text["إدلب"].iso2 == "SY"
    d = seed_doc.to_dict()["places"][0]
    assert {"name", "iso2", "admin1", "lat", "lon", "level", "geo_precision", "reason"} <= set(d)


def test_cli_geocode_and_errors(tmp_path):
    r = CliRunner().invoke(main, ["geocode", "قصف على بلدة حارم في ريف إدلب", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output.splitlines()[0])["iso2"] == "SY"
    r = CliRunner().invoke(main, ["geocode"])
    assert r.exit_code == 2 and "error" in r.output
    bad = tmp_path / "bad.tsv"
    bad.write_text("just a line\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["geocode", "حلب", "--gazetteer", str(bad)])
    assert r.exit_code == 2 and "header" in r.output
    r = CliRunner().invoke(main, ["eval", "geo", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 2
    for cmd in (["geocode", "-h"], ["gazetteer", "build", "-h"], ["eval", "geo", "-h"], ["bench", "geo", "-h"]):
        assert CliRunner().invoke(main, cmd).exit_code == 0


def test_capitals_are_never_common_words():
    """الدوحة is Doha even though a small West Bank town shares the name; Washington has an Arabic name."""
    places = {p.text: p for p in geocode("عقد اجتماع في الدوحة. وقال مسؤول في واشنطن إن القوات في قطر")}
    assert places["الدوحة"].iso2 == "QA" and places["واشنطن"].iso2 == "US"


def test_named_regions_from_the_curated_list():
    """Regions no source table has as a unit, placed by the centres of their members."""
    ghouta = one("غارات على مدن الغوطة الشرقية ليلا", "الغوطة الشرقية")
    assert (ghouta.name, ghouta.level, ghouta.admin1, ghouta.geo_precision) == ("Eastern Ghouta", "region",
                                                                                 "Rural Damascus", 3)
    assert km(ghouta.lat, ghouta.lon, 33.57, 36.40) < 25  # Douma
    assert one("نزوح الآلاف في دارفور", "دارفور").iso2 == "SD"
    assert one("معارك في جبال القلمون", "جبال القلمون").name == "Qalamoun"
    shipped = {e.id for e in Gazetteer.load().entries if e.id.startswith("rg:")}
    listed = {line.split("\t")[0] for line in (resources.files("marsad.gazetteer") / "data" / "regions.tsv")
              .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    assert listed == shipped


def test_nationality_adjective_frames_the_name():
    assert one("وصل الوفد إلى العاصمة الأردنية عمان مساء", "عمان").iso2 == "JO"
    assert one("انفجار عبوة قرب مهرجان الفحيص غربي العاصمة عمان", "عمان").name == "Amman"  # "the capital, X"
    assert one("وصل الوفد إلى عاصمة سوريا", "سوريا").level == "country"  # "the capital of X"
    assert one("قالت مصادر في عمان الخليجية إن سلطنة عمان", "سلطنة عمان").iso2 == "OM"


def test_article_after_lam_and_bare_big_names():
    """لليمن is ل + اليمن; a country or a big city written without its article still counts."""
    assert one("عاد الوفد لليمن أمس", "يمن").iso2 == "YE"
    road = geocode("انفجار على الطريق الدولي بصرة ـ كويت صباحا")
    assert [p.iso2 for p in road] == ["IQ", "KW"]


def test_israel_and_palestine_share_evidence():
    jericho = one("قرية قرب القدس على الطريق المؤدي إلى مدينة أريحا", "أريحا")
    assert (jericho.name, jericho.iso2) == ("Jericho", "PS")


def test_containing_unit_without_the_named_place_wins():
    """"صيدا في محافظة درعا": no Sidon in Daraa, so the text's unit is coded, precision 2."""
    p = one("قصف استهدف بلدتي طفس وصيدا في محافظة درعا اليوم", "صيدا")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Dar'a", 2)
    assert "not" in p.reason or "no " in p.reason


def test_unknown_quarters_and_areas():
    quarter = one("قصف على حي «الزيتونة»، جنوب مدينة غزة، صباحا", "الزيتونة")
    assert (quarter.iso2, quarter.admin1, quarter.geo_precision) == ("PS", "Gaza Strip", 2)
    area = one("انفجار في منطقة البلديات وسط بغداد", "البلديات")
    assert (area.admin1, area.geo_precision) == ("Baghdad", 2)
    # a generic area after منطقة is not a name, and a name-continuing adjective blocks a short homonym
    assert not [p for p in geocode("أعلن الجيش القرية منطقة عسكرية مغلقة") if "عسكرية" in p.text]
    assert all(p.iso2 != "DZ" for p in geocode("هدمت القوات قرية الوادي الأحمر قرب القدس"))


def test_unknown_sites_after_site_words():
    """Streets, bases, mountains and mosques no source has are coded to the unit named with them."""
    base = one("استهدفت غارات مطار الجراح العسكري في ريف حمص الشرقي", "الجراح")
    assert (base.iso2, base.admin1, base.geo_precision) == ("SY", "Homs", 2)
    street = one("انفجرت عبوة في شارع الربيعي وسط بغداد", "الربيعي")
    assert (street.iso2, street.admin1) == ("IQ", "Baghdad")
    # a name goes on after a head word; a conjunction or an adjective is no name
    assert one("هبطت الطائرة في مطار الملك عبد العزيز بجدة", "الملك عبد العزيز").iso2 == "SA"
    assert not [p for p in geocode("دان المجلس اقتحام مسجد وتعطيل الصلاة فيه بحلب") if p.start < 30]
    assert not [p for p in geocode("سيطرت القوات على جبل استراتيجي قرب حلب") if "استراتيجي" in p.text]
    # سجن is also "the imprisonment of": not a site word
    assert not [p for p in geocode("طالبوا بإنهاء سجن الزفزافي في المغرب") if "الزفزافي" in p.text]


def test_unknown_site_is_not_placed_in_a_foreign_capital_nearby():
    text = ("قصفت طائرات حربية سورية مدينة حمص وريفها. وقال مسؤول إن ضربة على مطار الجراح نفذتها "
            "واشنطن، وسقطت قذائف في حمص")
    p = one(text, "الجراح")
    assert p.iso2 == "SY"


def test_country_name_after_a_verb_is_the_country():
    """An adjective agrees in definiteness: "الوكالة السعودية" qualifies a noun, "وتستخدم السعودية" acts."""
    assert one("وتستخدم السعودية طائرات حديثة", "السعودية").iso2 == "SA"
    assert not geocode("أعلنت وزارة الداخلية السعودية اعتقال خلية")
    assert not geocode("اقتتال بين فصائل سورية مسلحة")


def test_ta_marbuta_syria_after_inna_is_the_country():
    """"إن سورية": إنّ and its sisters take a noun, so سورية there is Syria; after a noun, or joined by
    "or" to another adjective, it stays the adjective."""
    assert one("وأكد الوزير أن سورية ترفض أي تدخل في شؤونها", "سورية").iso2 == "SY"
    assert one("قال المتحدث لكن سورية لم ترد على الرسالة", "سورية").iso2 == "SY"
    assert not geocode("نقلت وكالات أنباء سورية أن الاجتماع تأجل")
    assert not [p for p in geocode("لم يعرف إن كانت الدبابات تركية أو سورية") if p.text == "سورية"]


def test_compound_names_written_joined():
    assert one("مواجهات شرق خانيونس مساء", "خانيونس").admin1 == "Gaza Strip"
    assert one("قصف على كفرنبل", "كفرنبل").admin1 == "Idleb"


def test_definite_type_words_refer_back_and_are_not_names():
    """"المدينة باتت …" refers to a place already named; only an indefinite type word introduces one."""
    places = geocode("سيطر الجيش على درنة، وقال إن المدينة باتت على عتبة التحرير")
    assert [p.text for p in places] == ["درنة"]
    crossing = one("أرسل الجيش تعزيزات إلى معبر الجديدة شرق درعا", "الجديدة")
    assert crossing.admin1 == "Dar'a" and "not in the gazetteer" in crossing.reason


def test_eval_geo_with_the_ner_first(tmp_path):
    """`--ner` scores what `marsad extract` gives; a governorate in a list stays a place although the
    NER may read صلاح الدين as a person."""
    text = "وتشمل العمليات محافظات نينوى وصلاح الدين والأنبار"
    s = text.index("صلاح الدين")
    gold = {"text": text, "mention": "صلاح الدين", "start": s, "end": s + 10, "name": "Salah al-Din", "iso2": "IQ",
            "admin1": "Salah Al-Din", "level": "admin1"}
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", "geo", str(f), "--ner"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["scores"]["all"]["country_acc"] == 1.0


def test_curated_quarters_and_sites_sit_at_their_town():
    """sites.tsv: a named quarter, square or crossing is its town's place, precision 1, and survives a
    PER reading of the NER; the old town of a named place is that place."""
    bayaa = one("انفجار في منطقة البياع وسط بغداد", "البياع")
    assert (bayaa.name, bayaa.admin1, bayaa.geo_precision) == ("Bayaa", "Baghdad", 1)
    assert "quarter or site" in bayaa.reason
    crossing = one("أرسل الجيش تعزيزات إلى معبر نصيب شرق درعا", "معبر نصيب")
    assert (crossing.iso2, crossing.admin1) == ("SY", "Dar'a")
    ks = one("قصفت كتائب القسام معبر كرم أبو سالم بقذائف الهاون", "معبر كرم أبو سالم")
    assert ks.iso2 == "IL" and km(ks.lat, ks.lon, 31.23, 34.28) < 25
    old = one("اقتحم مستوطنون البلدة القديمة في الخليل", "البلدة القديمة")
    assert (old.name, old.geo_precision) == ("Hebron", 1)
    assert one("توترات في الساحل الغربي لليمن", "الساحل الغربي لليمن").iso2 == "YE"
    assert one("قصف في محافظة خوزستان جنوب غرب إيران", "محافظة خوزستان").level == "admin1"


def test_regions_named_by_a_nationality_adjective_and_formal_country_names():
    """"الجنوب السوري" is southern Syria (precision 3); "المملكة الأردنية" is Jordan; an apposition
    comma still lets the adjective frame the name (العاصمة الأردنية، عمان); قضاء introduces a district."""
    south = one("انسحاب القوات من مواقعها في الجنوب السوري قرب الحدود", "الجنوب السوري")
    assert (south.iso2, south.level, south.geo_precision) == ("SY", "region", 3)
    assert one("معارك في الشمال الغربي السوري", "الشمال الغربي السوري").name == "north-west Syria"
    assert not [p for p in geocode("قمة الشرق الأوسط") if p.level == "region"]
    assert one("اجتماع يضم الكويت والمملكة الأردنية", "المملكة الأردنية").iso2 == "JO"
    assert one("في إحدى مناطق العاصمة الأردنية، عمان.", "عمان").iso2 == "JO"
    assert one("حظر التجول في قضاء الفلانية بمحافظة صلاح الدين", "الفلانية").admin1 == "Salah Al-Din"


def test_a_list_of_places_shares_its_unit():
    """"بلدات X وY وZ": unknown items are places of the unit their listed neighbours share (precision 2),
    a foreign homonym in the list (صيدا) is read inside it; a clause after the list is no item."""
    text = "قصفت الطائرات بلدات نوى وكحيل والسهوة وصيدا وطفس وبصرى الشام، وطرد عناصر التنظيم"
    got = {p.text: p for p in geocode(text)}
    assert (got["كحيل"].admin1, got["كحيل"].geo_precision) == ("Dar'a", 2)
    assert got["صيدا"].iso2 == "SY" and "listed after" in got["صيدا"].reason
    assert not [t for t in got if "طرد" in t]
    towns = {p.text: p.admin1 for p in geocode("اتجه الشبان نحو مدن طنجة والناظور وتطوان الشمالية")}
    assert towns["الناظور"] != towns["طنجة"]  # another unit of the same country stays itself


def test_words_that_look_like_towns():
    """بليون (billion) is not ب + Lyon, الجيب المحاصر (the pocket) not Al Jib, البحري (maritime) not Bahri."""
    for text in ("مساعدة بنحو 2.96 بليون دولار", "مغادرة الجيب المحاصر", "النقل البحري الدولي", "تغيير معالم ترمز للجمهورية",
                 "تمكنت من تحديد هوية المتورطين"):
        assert not geocode(text), text
    assert one("في مدينة ليون الفرنسية", "ليون").iso2 == "FR"


def test_a_country_named_with_a_city_is_the_city():
    """"بين عمان ودمشق" and "وسط عمان" are Amman; "قطر وعمان" and "سلطنة عمان" stay Oman."""
    assert one("ستنشط الحركة بين عمان ودمشق", "عمان").iso2 == "JO"
    assert one("تجمعوا قرب مبنى رئاسة الوزراء في وسط عمان مساء", "عمان").iso2 == "JO"
    assert one("زار الوزير قطر وعمان", "عمان").iso2 == "OM"


def test_a_town_abroad_the_corpus_writes_as_a_place_needs_no_company():
    """جنيف is in attested_abroad.txt (built from the corpus: after في/إلى in a third of its uses), so a
    document about Syria that names it once keeps it; an unattested small town abroad still needs context."""
    got = {p.text: p.iso2 for p in geocode("قال المتحدث باسم المفوضية عن الوضع في دوما وإدلب، في جنيف.")}
    assert got.get("جنيف") == "CH"


def test_a_door_is_not_al_bab():
    text = "وقفوا عند الباب الرئيس للمبنى، وقرر فتح الباب أمام المفاوضات. وسيطرت القوات على مدينة الباب بريف حلب"
    assert [p.start for p in geocode(text) if p.name == "Al Bab"] == [text.index("الباب بريف")]


def test_set_phrases_are_not_places():
    """phrases.py, shared with the events step: في إطار is not Atar, مسقط رأسه not Muscat."""
    assert [p.name for p in geocode("وذلك في إطار التعاون، وعاد إلى مسقط رأسه في حلب")] == ["Aleppo"]
    assert [p.name for p in geocode("وصل الوزير إلى مسقط")] == ["Muscat"]


def test_forces_named_after_a_city_and_words_of_pictures_are_not_places():
    """فيلق القدس is the Quds Force, الصور "the pictures" (not Sur or Tyre), لجأوا "they fled" (not Jawa)."""
    assert not geocode("اتهم الجيش فيلق القدس بإطلاق الصواريخ، وأعلنت سرايا القدس مسؤوليتها")
    assert not geocode("وأظهرت الصور من موقع الحادث دمارا واسعا")
    assert not geocode("أكثر من خمسة ملايين لجأوا إلى الخارج")
    assert one("قصف على مدينة القدس", "مدينة القدس").name == "Jerusalem"


def test_frequent_words_that_are_small_places_need_context():
    """السجن (the prison), طراز (a model of), المالي (financial), الفندق (the hotel) and the Jordanian
    news agency بترا are words first; a type word still makes them places."""
    text = ("نقل إلى السجن بطائرة من طراز سوخوي بعد دعم مالي وقالت وكالة بترا إن النظام المالي "
            "ونزلاء الفندق بخير")
    assert not geocode(text)
    assert [p.name for p in geocode("قتل ثلاثة في شمال مالي")] == ["Mali"]


def test_names_joined_by_and_share_their_unit():
    """"صيدا والجيزة والمسيفرة" east of Daraa: the Daraa neighbours put صيدا in Daraa, not Sidon."""
    p = one("قصفت مستشفيات صيدا والجيزة والمسيفرة، شرقي مدينة درعا", "صيدا")
    assert (p.iso2, p.admin1) == ("SY", "Dar'a") and "joined by" in p.reason
    assert one("قصف على صيدا وصور في جنوب لبنان", "صيدا").iso2 == "LB"


def test_a_city_of_millions_beats_small_namesakes_abroad():
    """GeoNames calls a Texas town موسكو too; an American adjective nearby does not make it Mesquite."""
    p = one("وهددت موسكو بإسقاط الصواريخ الأميركية على لسان سفيرها لدى لبنان", "موسكو")
    assert p.name == "Moscow" and p.runner_up


def test_a_definite_or_unfitting_type_word_gives_a_common_word_no_context():
    """"فوق المدينة، الأحد" (Sunday), "لولاية جديدة" (a new term), "المنطقة بصورة": no places; an
    apposition to the capital after a comma still names it."""
    assert not geocode("ألقى منشورات فوق المدينة، الأحد، ثم انسحب")
    assert not geocode("ترشح الرئيس لولاية جديدة من خمس سنوات")
    assert [p.name for p in geocode("دور إيران في المنطقة بصورة يمكن التثبت منها")] == ["Iran"]
    p = one("تحطمت الطائرة بالقرب من العاصمة، الجزائر، صباحا", "الجزائر")
    assert p.level == "populated_place" and p.iso2 == "DZ"


def test_yemeni_districts_with_curated_arabic_names():
    """OCHA lists Yemen's districts in Latin script only; admin_ar.tsv gives the ones the news names."""
    p = one("معارك عنيفة في مديرية التحيتا جنوب الحديدة", "مديرية التحيتا")
    assert (p.name, p.level, p.admin1, p.pcode) == ("At Tuhayta", "admin2", "Al Hodeidah", "YE1826")
    assert one("تقدم القوات في الملاجم بمحافظة البيضاء", "الملاجم").admin1 == "Al Bayda"
    # words that are also district names need context: "أرحب بالاتفاق" (I welcome), "لا أزال" (I still)
    assert not geocode("وقال: أرحب بهذه الاتفاقية، لكني لا أزال قلقا لأنهم")


def test_a_list_of_countries_names_a_country_that_is_also_a_word():
    """مالي is "financial" alone, Mali in "موريتانيا والسنغال ومالي"."""
    assert [p.name for p in geocode("جولة تشمل موريتانيا والسنغال ومالي، حيث")] == ["Mauritania", "Senegal", "Mali"]
    assert not geocode("قدم دعما ماليا")


def test_set_phrases_that_name_sentences_gas_and_groups():
    """بعقوبة الإعدام (a death sentence), المسيلة للدموع (tear gas), أنصار بيت المقدس and قوات سوريا
    الديمقراطية (groups) hold no place; بعقوبة the town still is one."""
    assert not geocode("تطالب النيابة بعقوبة الإعدام وأطلقت قنابل الغاز المسيلة للدموع")
    assert not geocode("بايع تنظيم أنصار بيت المقدس داعش")
    assert [p.name for p in geocode("دعم قوات سوريا الديمقراطية في الرقة")] == ["Ar Raqqah"]
    assert one("انفجار في بعقوبة مركز ديالى", "بعقوبة").name == "Baqubah"


def test_mintaqa_fits_a_region_and_more_words_that_are_towns():
    """"منطقة الغوطة الشرقية" is the region, not the Jaramana sub-district; بصدد (about to) is not
    Sadad and الوصاية الهاشمية (Hashemite) not Al Hashimiyah, unless a type word says so."""
    assert one("غادروا منطقة الغوطة الشرقية منذ فتح ممر", "الغوطة الشرقية").level == "region"
    assert not geocode("أعلن أنه بصدد الإعداد لطعن، من منطلق الوصاية الهاشمية")
    assert one("قصف على بلدة صدد بريف حمص", "صدد").name == "Sadad"


def test_the_red_sea_is_a_sea_unless_a_type_word_makes_it_a_unit():
    """"على ساحل البحر الأحمر" is the sea, not Sudan's Red Sea state; ولاية/محافظة البحر الأحمر are units."""
    assert not geocode("في فندق على ساحل البحر الأحمر، في الوقت الحاضر")
    assert one("هجوم في ولاية البحر الأحمر شرق السودان", "ولاية البحر الأحمر").iso2 == "SD"
    assert one("في محافظة البحر الأحمر بمصر", "محافظة البحر الأحمر").iso2 == "EG"


def test_centre_of_a_city_contains_and_a_direction_reaches_further():
    """"حي المغار وسط مدينة درنة" is in Derna (not Israel's Maghar); "سامراء في شمال بغداد" is Samarra
    itself, 110 km north, not coded to Baghdad; "مدينة الحب" (the city of love) names no place."""
    assert one("الاشتباكات في حي المغار وسط مدينة درنة الساحلية", "المغار").iso2 == "LY"
    assert one("وأفاد مسؤول في سامراء في شمال بغداد أن", "سامراء").name.startswith("Samarra")
    assert [p.name for p in geocode("باريس معروفة بأنها مدينة الحب")] == ["Paris"]


def test_a_name_head_starts_a_longer_name_and_a_governorate_word_makes_a_unit():
    """"منطقة عين الفرس غرب مدينة تكريت" is not Al Ain; "حي السوق بمحافظة البكيرية" lies in Al
    Bukayriyah, a unit by its type word though a small town, not at a Yemeni Suq."""
    p = one("قتلت 11 مسلحا في منطقة عين الفرس تقع غرب مدينة تكريت.", "عين الفرس")
    assert (p.iso2, p.admin1) == ("IQ", "Salah Al-Din")
    q = one("إطلاق النار الذي جرى في حي السوق بمحافظة البكيرية في السعودية", "السوق")
    assert q.iso2 == "SA" and q.geo_precision == 2


def test_eastern_ghouta_villages_and_albukamal():
    """حمورية، سقبا، زملكا … no source has: placed at the town next to them; البوكمال written joined is
    the town Albu Kamal, not its district."""
    p = one("غارات على بلدتي حمورية وسقبا في الغوطة الشرقية", "سقبا")
    assert (p.admin1, p.geo_precision) == ("Rural Damascus", 1)
    q = one("سيطرت القوات على البوكمال", "البوكمال")
    assert (q.name, q.level) == ("Albu Kamal", "populated_place")


def test_a_district_lies_in_its_governorate_not_in_the_town_of_that_name():
    """"مديرية رازح بصعدة": صعدة is the governorate here; "مديرية نهم شرق صنعاء" points from the city."""
    assert one("غارات على مديرية رازح بصعدة", "صعدة").level == "admin1"
    nihm = one("معارك في مديرية نهم شرق صنعاء", "مديرية نهم")
    assert (nihm.name, nihm.level) == ("Nihm", "admin2")
    assert one("معارك في مديرية نهم شرق صنعاء", "صنعاء").level == "populated_place"


def test_a_unit_word_keeps_a_place_the_ner_reads_as_a_person():
    """"في محافظة صلاح الدين": the governorate, though صلاح الدين is also a man's name."""
    def person(text: str) -> list[Entity]:
        s = text.index("صلاح")
        return [Entity(start=s, end=s + len("صلاح الدين"), text="صلاح الدين", label="PER")]

    geo = Geocoder(Gazetteer.load())
    text = "انفجرت سيارة مفخخة في محافظة صلاح الدين شمالي بغداد"
    assert "Salah Al-Din" in [p.name for p in geo.places(text, person(text))]
    assert not geo.places("التقى صلاح الدين بالوزير", person("التقى صلاح الدين بالوزير"))


def test_a_rivers_bank_is_not_the_west_bank():
    """"الضفة الغربية لنهر الفرات" and "الضفة الشرقية للفرات" are banks of the Euphrates."""
    assert not geocode("سيطرت القوات على الضفة الغربية لنهر الفرات والضفة الشرقية للفرات")
    assert one("اقتحام في الضفة الغربية المحتلة", "الضفة الغربية").iso2 == "PS"


def test_governorates_named_after_their_capitals_and_somali_regions():
    """"محافظة الجيزة" is Egypt's governorate, bare "الجيزة" the city; "إقليم جوبا الوسطى" is Somalia's
    Middle Juba, not Juba in South Sudan."""
    p = one("قتل شرطي في هجوم بمحافظة الجيزة", "محافظة الجيزة")
    assert (p.level, p.iso2, p.admin1) == ("admin1", "EG", "Giza")
    assert one("اعتقلت الشرطة ثلاثة في الجيزة", "الجيزة").level == "populated_place"
    assert one("هاجمت حركة الشباب بلدة في إقليم جوبا الوسطى", "إقليم جوبا الوسطى").iso2 == "SO"
    assert one("حريق بمدينة الدمام بمحافظة الشرقية", "الدمام").iso2 == "SA"


def test_brief_and_bloodbath_are_not_places():
    """"لفترة وجيزة" (briefly) is no Giza and "حمام دم" (a bloodbath) no village called Hamam."""
    assert not geocode("سيطروا على التلة لفترة وجيزة ثم انسحبوا وشهدت المنطقة حمام دم")


def test_a_countryside_and_a_glued_b_hold_the_name_before_them():
    """"بلدة حضر بريف القنيطرة" is not Hatra in Iraq; "مدينة نصر بالقاهرة" is in Cairo; ب also names a
    city's governorate ("زبيد بالحديدة" stays Zabid) and joins two capitals ("علاقات أنقرة بواشنطن")."""
    p = one("قصفت الطائرات بلدة حضر بريف القنيطرة", "حضر")
    assert (p.iso2, p.admin1) == ("SY", "Quneitra") and "inside the unit" in p.reason
    assert one("اعتصام في منطقة مدينة نصر بالقاهرة", "مدينة نصر").iso2 == "EG"  # the district's whole name (round 53)
    assert one("استهدفت مواقع في مديرية زبيد بالحديدة", "زبيد").name == "Zabid"
    assert one("توتر علاقات أنقرة بواشنطن", "أنقرة").name == "Ankara"
    assert one("غارات على مزارع الحسينية والتحيتا غرب اليمن", "الحسينية").iso2 == "YE"


def test_somali_towns_with_curated_arabic_names():
    """cities500 has Jilib with no Arabic name and Kismayo as كسمايو only."""
    assert one("غارة جوية بالقرب من جيليب في منطقة جوبا الوسطى", "جيليب").name == "Jilib"
    assert one("تفجير انتحاري قرب مدينة كيسمايو", "كيسمايو").name == "Kismayo"


def test_curated_names_for_towns_units_and_regions_abroad():
    """admin_ar.tsv names towns, provinces and regions the sources give in Latin only (issue 3)."""
    sochi = one("التقى الرئيسان في مدينة سوتشي الروسية", "سوتشي")
    assert (sochi.name, sochi.iso2) == ("Sochi", "RU")
    assert one("قصف على ولاية هلمند جنوب أفغانستان", "ولاية هلمند").iso2 == "AF"
    helmand = one("اشتباكات في هلمند", "هلمند")
    assert (helmand.level, helmand.admin1) == ("admin1", "Hilmand")
    diyarbakir = one("اعتقالات في ولاية ديار بكر جنوب شرقي تركيا", "ولاية ديار بكر")
    assert (diyarbakir.level, diyarbakir.iso2) == ("admin1", "TR")
    assert one("هجوم في شمال وزيرستان الباكستانية", "شمال وزيرستان").iso2 == "PK"
    assert one("توتر في أوسيتيا الجنوبية", "أوسيتيا الجنوبية").iso2 == "GE"
    assert one("وصلت الناقلة إلى ميناء رأس لانوف", "ميناء رأس لانوف").iso2 == "LY"
    assert one("سيطرت القوات على ولاية كيدال شمال مالي", "ولاية كيدال").level == "admin1"


def test_curated_names_that_are_words_need_context():
    """الخيام (the tents) is Khiam only with a type word; the bare word stays a word."""
    assert not [p for p in geocode("نصبت الخيام للنازحين في العراء") if p.text == "الخيام"]
    assert one("غارة إسرائيلية على بلدة الخيام جنوب لبنان", "بلدة الخيام").iso2 == "LB"


def test_a_city_beats_the_province_or_country_it_was_coded_to():
    """قم is Qom (a two-letter name) and الأحواز the city of Ahvaz, not Iran or Khuzestan (judged events)."""
    qom = one("قتل شخصان في هجوم بمدينة قم الإيرانية", "قم")
    assert (qom.name, qom.level) == ("Qom", "populated_place")
    assert one("انفجار في قم صباح اليوم في إيران", "قم").name == "Qom"
    ahvaz = one("تظاهر المئات في الأحواز جنوب غرب إيران", "الأحواز")
    assert (ahvaz.name, ahvaz.level) == ("Ahvaz", "populated_place")
    assert one("احتجاجات في إقليم الأحواز", "إقليم الأحواز").level == "admin1"


def test_towns_the_judged_events_misplaced():
    """اللطامنة was Halfaya, بيبلا Damascus, الحصان a Latakia subdistrict, الدجيل Salah al-Din."""
    lat = one("قصف مدفعي استهدف مدينة اللطامنة بريف حماة الشمالي", "مدينة اللطامنة")
    assert (lat.name, lat.admin1) == ("al-Lataminah", "Hama")
    assert one("اعتقالات في بلدة بيبلا جنوب العاصمة دمشق", "بلدة بيبلا").name == "Babila"
    hisan = one("قصف قرية الحصان غرب دير الزور", "قرية الحصان")
    assert (hisan.name, hisan.admin1) == ("al-Hisan", "Deir-ez-Zor")
    assert not [p for p in geocode("سقط الفارس عن الحصان في سباق بدمشق") if p.text == "الحصان"]  # the horse
    assert one("حظر للتجول في قضاء الدجيل بمحافظة صلاح الدين", "قضاء الدجيل").name == "Ad Dujayl"
    gulf = one("استهداف ناقلة نفط في خليج عدن قبالة السواحل اليمنية", "خليج عدن")
    assert gulf.level == "region" and gulf.name == "Gulf of Aden"
    assert one("معارك في مزارع الطائف بمديرية الدريهمي", "مزارع الطائف").iso2 == "YE"
    assert one("صاروخ باليستي على الطائف السعودية", "الطائف").iso2 == "SA"


def test_bases_crossings_and_villages_the_data_lacked():
    """Sites anchored at a town the data have (sites.tsv) and districts with Arabic names (admin_ar.tsv)."""
    cases = {
        ("غارة إسرائيلية على مطار التيفور العسكري", "مطار التيفور"): ("SY", "Homs"),
        ("انسحاب القوات الأميركية من قاعدة التنف", "قاعدة التنف"): ("SY", "Homs"),
        ("ضربات صاروخية على مطار الشعيرات", "مطار الشعيرات"): ("SY", "Homs"),
        ("قطع متظاهرون الطريق إلى منفذ الشلامجة الحدودي مع إيران", "منفذ الشلامجة"): ("IQ", "Al-Basrah"),
        ("اشتباكات في كرمة علي شمال البصرة", "كرمة علي"): ("IQ", "Al-Basrah"),
        ("غارة على حافلة في سوق ضحيان في محافظة صعدة", "ضحيان"): ("YE", "Sa'dah"),
        ("قصف منزلهم ببلدة كفرسجنة بمحافظة إدلب", "كفرسجنة"): ("SY", "Idleb"),
        ("معارك في جبهة البرح غربي محافظة تعز", "البرح"): ("YE", "Ta'iz"),
        ("تسلل في جبهة الملاحيظ بمديرية الظاهر", "الملاحيظ"): ("YE", "Sa'dah"),
        ("تقدم القوات في منطقة الشريجة شمالي محافظة لحج", "منطقة الشريجة"): ("YE", "Lahj"),
        ("قصف على مديرية جبل حبشي غرب تعز", "مديرية جبل حبشي"): ("YE", "Ta'iz"),
        ("اتفاق يشمل بلدات ببيلا وبيت سحم ويلدا", "يلدا"): ("SY", "Rural Damascus"),
        ("مداهمات في بلدة قب الياس في البقاع", "بلدة قب الياس"): ("LB", "Bekaa"),
        ("قصف قاعدة العند الجوية في لحج", "قاعدة العند الجوية"): ("YE", "Lahj"),
    }
    for (text, mention), want in cases.items():
        p = one(text, mention)
        assert (p.iso2, p.admin1) == want, (mention, p.name, p.iso2, p.admin1)
    assert one("وصل الوفد إلى ليماسول في قبرص", "ليماسول").name == "Limassol"
    # a city's countryside is its governorate's: T4 is 80 km from Homs and in ريف حمص
    assert one("غارة على مطار التيفور في ريف حمص", "مطار التيفور").name == "Tiyas (T4) air base"


def test_a_funeral_square_and_a_preposition_are_no_places():
    assert not [p for p in geocode("اعتقلت في آغري عند الساعة العاشرة في تركيا") if p.text == "عند"]
    assert not [p for p in geocode("وصلت الجثامين إلى ساحة التشييع في صعدة") if "التشييع" in p.text]


def test_a_border_is_the_strip_not_the_city():
    """"الحدود مع غزة": only the Strip (the unit named after the town) has a border; في غزة stays the city."""
    for text in ("قتل متظاهر برصاص الجيش الإسرائيلي على الحدود مع غزة", "احتجاجات على حدود غزة",
                 "أطلق النار قرب السياج الفاصل مع غزة"):
        p = one(text, "غزة")
        assert (p.name, p.level) == ("Gaza Strip", "admin1"), text
    assert one("غارة إسرائيلية على منزل في غزة", "غزة").level == "populated_place"
    assert one("اشتباكات على الحدود مع لبنان", "لبنان").level == "country"


def test_amman_in_a_text_about_jordan():
    """عمان is Oman or Amman: Amman where the text names Jordan and no other mark of Oman."""
    assert one("أجرى الوزير الإماراتي محادثات في عمان مع نظيره الأردني", "عمان").name == "Amman"
    assert one("احتجاجات عارمة في شوارع عمان. وصل العاهل الأردني إلى البلاد", "عمان").name == "Amman"
    assert one("نقل جرحى من عمان إلى صنعاء عبر مسقط", "عمان").name == "Oman"
    assert one("دول الخليج والأردن والبحرين وعمان والكويت", "عمان").name == "Oman"
    assert one("زار الوزير عمان أمس", "عمان").name == "Oman"


def test_towns_of_ten_thousand_the_sources_give_in_latin_only():
    """cities500 has Tajura, Qasr Bin Ghashir, Balatah, Qal'at Sukkar … with no Arabic name."""
    assert one("اشتباكات في تاجوراء شرق طرابلس", "تاجوراء").name == "Tajura’"
    assert one("قصف على قصر بن غشير جنوب العاصمة طرابلس", "قصر بن غشير").iso2 == "LY"
    assert one("اقتحام مخيم بلاطة شرق نابلس", "مخيم بلاطة").name == "Balatah"
    assert one("هجوم في قلعة سكر بمحافظة ذي قار", "قلعة سكر").admin1 == "Thi Qar"


def test_unknown_sites_behind_a_type_word():
    """مطار، قاعدة، وادي، معسكر، ثكنة، جزيرة before an unknown name: coded to the unit named with it, or the
    document's country; a quoted name counts without the article, and العسكري does not cut the link."""
    p = one('الهجوم الجوي على قاعدة "تيفور" بحمص، صباح الإثنين', "تيفور")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Homs", 2) and "not in the gazetteer" in p.reason
    p = one("استعادة السيطرة على وادي العطفين بمحافظة صعدة، المعقل الرئيسي", "العطفين")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Sa'dah", 2)
    p = one('استهدفت الغارة معسكر "الجبانة" في الحديدة', "الجبانة")
    assert (p.iso2, p.admin1) == ("YE", "Al Hodeidah")
    p = one("تعرضت ثكنة الغلاوية في الشمال لاعتداء مسلح في موريتانيا", "الغلاوية")
    assert (p.iso2, p.level) == ("MR", "country") and "document's country" in p.reason
    p = one("القصف الجوي على مطار الضبعة العسكري في ريف حمص الغربي", "الضبعة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Homs", 2)


def test_one_letter_slips_of_countries_and_big_cities():
    """A word with no reading of its own, one edit from a country or a city of 500,000, in place context."""
    assert one("تجمع المتظاهرون امام مبنى مجلس محافظة كركرك وسط المدينة", "كركرك").name == "Kirkuk"
    p = one("وكان المقيمون بنيوزلندا أول من صوت", "نيوزلندا")
    assert p.iso2 == "NZ" and "one letter from" in p.reason
    assert one("جولة إفريقية تشمل موريتانا والسنغال ومالي", "موريتانا").iso2 == "MR"
    assert one("تقدم الدعم المادي للملكة العربية السعودية، وذلك في خطاب", "لملكة العربية السعودية").iso2 == "SA"
    # no place context, a word the corpus uses (اليمين), a short word: nothing
    assert not [p for p in geocode("قال إن كركرك سيئ") if p.text == "كركرك"]
    assert not geocode("صعود اليمين المتطرف")
    assert not [p for p in geocode("عادت قطرا مجددا إلى التهديد") if p.text == "قطرا"]


def test_us_states_and_yemeni_districts_get_arabic_names():
    p = one("في خطاب ألقاه في ولاية فرجينيا الغربية", "ولاية فرجينيا الغربية")
    assert (p.iso2, p.level, p.name) == ("US", "admin1", "West Virginia")
    assert one("في تجمع انتخابي بولاية مسيسيبي", "ولاية مسيسيبي").name == "Mississippi"
    assert one("اشتباكات في مديرية الصلو ومديرية حيفان بريف تعز", "حيفان").admin1 == "Ta'iz"
    p = one("معارك في مديرية همدان شمال صنعاء", "مديرية همدان")
    assert (p.level, p.iso2, p.name) == ("admin2", "YE", "Hamdan")
    assert one("استهدفت مواقع في مديرية زبيد بالحديدة", "زبيد").name == "Zabid"


def test_places_the_judged_events_misplaced():
    """البستان east of Daraa is no Elbistan; قرى جديدة are new villages; Koya, the Adam settlement, al-Omar."""
    p = one("قصفت قوات النظام بلدة البستان شرق درعا", "البستان")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Dar'a", 2)
    text = "قصفت الطائرات مدن حمص وحماة وإدلب، وسيطرت القوات على بلدتي البستان والشومرية شرق درعا"
    assert not [p for p in geocode(text) if p.iso2 == "TR"]
    assert not [p for p in geocode("دخلت القوات قرى جديدة في ريف درعا") if "جديدة" in p.text]
    assert one("قصف إيراني على مقر الحزب في كوي سنجق", "كوي سنجق").name == "Koysinceq"
    assert one("طعن مستوطنين في مستوطنة آدم شرق رام الله", "مستوطنة آدم").iso2 == "PS"
    p = one("هجوم على قاعدة التحالف في حقل العمر النفطي", "حقل العمر النفطي")
    assert (p.iso2, p.admin1) == ("SY", "Deir-ez-Zor")


def test_slips_and_homonym_rules_leave_real_readings_alone():
    """A village word keeps an unknown village (قرية المزينة is no Medina); a site contains no city (القدس
    الغربية by the Old City stays Jerusalem); the Islamic Maghreb is no Morocco."""
    text = "هجوم كيماوي على قرية المزينة في ناحية شيخ الحديد بمنطقة عفرين السورية"
    assert one(text, "المزينة").iso2 == "SY"
    text = "مشروع تلفريك يربط القدس الغربية بالبلدة القديمة في القدس الشرقية"
    assert one(text, "القدس").name == "Jerusalem"
    assert not geocode("تبناه تنظيم القاعدة في بلاد المغرب الإسلامي")
    assert one("وزار الملك المغرب أمس", "المغرب").iso2 == "MA"


def test_a_front_is_named_after_its_place():
    """جبهة X: a known X gets the context of a type word, an unknown one is a site; movements are not."""
    assert one("اشتباكات عنيفة في جبهة نهم شرق صنعاء", "نهم").name == "Nihm"
    p = one("سيطر الجيش على مواقع في جبهة مريس بمحافظة الضالع جنوبي اليمن", "مريس")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Ad Dali'", 2)
    assert not [p for p in geocode("فتحت القوات جبهة جديدة في مديرية الظاهر") if "جديدة" in p.text]
    assert not [p for p in geocode("كان يعرف سابقا باسم جبهة النصر في سوريا") if p.text == "النصر"]
    # a front puts nothing inside it: the district stays the district
    text = "المواقع المحررة في مقبنة الحدودية مع موزع و الوازعية بجبهة الساحل الغربي"
    assert one(text, "الوازعية").level == "admin2"
    # a front named after a town runs along its approaches (merge check 2026-12-01: an al-Tuhayta fight "at
    # the Hodeidah front" was coded to the city's streets)
    p = one("تصدت القوات المشتركة لهجوم حوثي في جبهة الحديدة", "الحديدة")
    assert (p.name, p.geo_precision) == ("Al Hudaydah", 2) and "a front named after" in p.reason


def test_a_nationality_adjective_after_an_unknown_name_gives_its_country():
    text = "اجتماع التحالف في مدينة الصخيرات المغربية لبحث الوضع في ليبيا وطرابلس وبنغازي"
    assert one(text, "الصخيرات").iso2 == "MA"


def test_a_quoted_site_links_to_the_unit_glued_after_it():
    """قاعدة "تيفور" بحمص in a story that names other countries more: Homs holds it, past the quote."""
    text = 'قالت واشنطن إن الولايات المتحدة لم تشارك، واتهمت موسكو إسرائيل بالهجوم على قاعدة "تيفور" بحمص'
    assert one(text, "تيفور").admin1 == "Homs"


def test_places_the_studied_blind_sets_left_unread():
    assert one("ممثل الحاكم في منطقة الظفرة رئيس الهيئة", "منطقة الظفرة").iso2 == "AE"
    assert one("صاروخ باتجاه محافظة صامطة جنوب غربي المملكة", "محافظة صامطة").admin1 == "Jizan"


def test_pakistan_tribal_areas_and_the_old_name_of_khyber_pakhtunkhwa():
    assert one("اختطفوا جنودا في المنطقة القبلية الباكستانية المضطربة", "المنطقة القبلية الباكستانية").iso2 == "PK"
    assert one("التفجير في الإقليم الحدودي الشمالي الغربي.", "الإقليم الحدودي الشمالي الغربي").name == "Khyber Pakhtunkhwa"


def test_a_storys_own_armed_groups_rank_a_names_readings():
    # no other place: the Houthis set the story in Yemen, so its West Coast is Yemen's, not Libya's
    places = geocode("قتل العشرات من ميليشيات الحوثي في مواجهات في جبهات متفرقة من الساحل الغربي أمس.")
    coast = [p for p in places if p.text == "الساحل الغربي"]
    assert coast and coast[0].iso2 == "YE", coast


def test_armed_groups_admit_no_village_by_themselves():
    # "الطبقة السياسية" is the political class, however Syrian the groups named beside it
    places = geocode("هز الإعلان الطبقة السياسية في العراق بعد هجمات تنظيم داعش على الموصل والأنبار وكركوك.")
    assert all(p.text != "الطبقة" for p in places), places


def test_a_nationality_adjective_names_a_capital_or_a_country():
    """العاصمة السعودية is Riyadh; الأراضي/المدن/المناطق + adjective the country (precision 3); a capital
    named after its adjective is the name's; a border (قرب الحدود التركية) is mostly the other side's."""
    p = one("وصل الوفد إلى العاصمة السعودية أمس", "العاصمة السعودية")
    assert (p.name, p.iso2, p.geo_precision) == ("Riyadh", "SA", 1) and "capital" in p.reason
    p = one("دخلت قوات إلى الأراضي اليمنية", "الأراضي اليمنية")
    assert (p.iso2, p.level, p.geo_precision) == ("YE", "country", 3) and "nationality adjective" in p.reason
    assert one("سقطت قذائف على المناطق السورية", "المناطق السورية").iso2 == "SY"
    places = geocode("عقد المؤتمر في العاصمة اللبنانية بيروت")
    assert [(p.text, p.name) for p in places] == [("بيروت", "Beirut")]
    assert not geocode("انفجار في بلدة قرب الحدود التركية")
    assert one("دخل رتل تركي للأراضي السورية", "أراضي السورية").iso2 == "SY"
    assert demonym_country("القبرصية") == "CY"
    gaz = Gazetteer.load()
    assert capital(gaz, "YE").name == "Sanaa" and capital(gaz, "XX") is None


def test_places_behind_misplaced_events_of_the_judged_samples():
    """Names the judged samples Q and R found behind wrongly placed events (issue 3)."""
    assert one("أحرزت قواتنا تقدما كبيرا في منطقة هاكورك", "هاكورك").admin1 == "Erbil"
    assert one("ستتحول جبال قنديل إلى مكان آمن", "جبال قنديل").iso2 == "IQ"
    assert one("استعادت القوات وادي الفرع قرب مركز مديرية كتاف", "وادي الفرع").admin1 == "Sa'dah"
    assert one("استهداف كنيسة العذراء في منطقة مسطرد", "مسطرد").admin1 == "Kalyoubia"
    assert one("سقط صاروخ في سديروت", "سديروت").iso2 == "IL"
    assert one("هبطت الطائرة في مطار بن غوريون", "مطار بن غوريون").iso2 == "IL"
    assert one("قذيفة على قرية المعارف جنوب مديرية الدريهمي", "المعارف").admin1 == "Al Hodeidah"
    assert not geocode("وزارة المعارف")
    assert one("السيطرة على جبل الإشارة والطريق بين صعدة والمزرق", "جبل الإشارة").admin1 == "Hajjah"
    assert one("احتجاجات خارج ملعب أزادي", "ملعب أزادي").admin1 == "Tehran"
    assert one("انفجار سيارة في ريحانلي", "ريحانلي").iso2 == "TR"
    assert one("اعتصام قرب موقع البرجسية النفطي في البصرة", "البرجسية").admin1 == "Al-Basrah"
    assert one("تحرير الكيلو 16 بمحافظة الحديدة", "الكيلو 16").admin1 == "Al Hodeidah"
    assert one("مواقع الحوثيين شرق المشرعي وشمال حيس", "المشرعي").iso2 == "YE"
    assert one("مطلوبة في منطقة العقيلة بالكويت", "منطقة العقيلة").iso2 == "KW"
    assert one("السيطرة على جبل القرن الاستراتيجي بمديرية مقبنة", "جبل القرن").admin1 == "Ta'iz"
    # a quarter over the city's line is still glued to it; the Zab river is no Zap
    assert one("إجلاء المدنيين من حي الحجر الأسود بدمشق", "الحجر الأسود").name == "Al Hajar al Aswad"
    assert not [p for p in geocode("سدود على نهري الزاب الأسفل") if p.text == "الزاب"]


def test_jerusalems_holy_sites_follow_the_labelled_sets():
    """The Old City's holy sites are coded as GeoNames codes Jerusalem (IL), and their reason says so;
    the East Jerusalem quarters outside the walls stay GeoNames' East Jerusalem (PS)."""
    for text, site in (("اقتحم المستوطنون المسجد الأقصى", "المسجد الأقصى"), ("مواجهات في باب العامود", "باب العامود"),
                       ("منعوهم من الوصول الى الحرم القدسي الشريف", "الحرم القدسي الشريف")):
        p = one(text, site)
        assert (p.iso2, p.admin1) == ("IL", "Jerusalem") and "convention" in p.reason
    assert one("هدم منزل في حي الشيخ جراح", "حي الشيخ جراح").iso2 == "PS"


def test_a_town_lies_in_a_region_of_several_units():
    """شبه جزيرة سيناء spans two governorates: العريش, 154 km from their centre, is inside it, not coded to it."""
    text = "هجوم على موقع عسكري في مدينة العريش بشمال شبه جزيرة سيناء في مصر"
    p = one(text, "العريش")
    assert (p.name, p.admin1, p.geo_precision) == ("Arish", "North Sinai", 1)
    assert one("إعادة فتح مطاري إربيل والسليمانية في إقليم كردستان العراق", "السليمانية").admin1 == "Al-Sulaymaniyah"


def test_an_unknown_port_is_placed_like_any_unknown_site():
    # the hamza of مرفأ is no sign of the verb أدى (which only shadows وادي)
    places = geocode("قصفت المقاتلات مرفأ الخنيفسة بمحافظة الحديدة أمس.")
    port = [p for p in places if "الخنيفسة" in p.text]
    assert port and port[0].iso2 == "YE", places


def _ner_places(text: str, locs: list[str], label: str = "LOC"):
    """Geocode `text` as if the NER had read each of `locs` (first occurrence) as a place."""
    ents = [Entity(start=(s := text.index(w)), end=s + len(w), text=w, label=label) for w in locs]
    return Geocoder().places(text, ents)


def test_an_unknown_loc_of_the_ner_takes_the_unit_the_text_names():
    text = "قصفت الطائرات بلدة تفتناز وقرية زرزورة بريف إدلب الشمالي، وسقطت قذيفة في كوهرنك بمحافظة أصفهان."
    got = {p.text: p for p in _ner_places(text, ["زرزورة", "كوهرنك"])}
    p = got["كوهرنك"]
    assert (p.name, p.name_ar, p.iso2, p.admin1, p.geo_precision) == ("كوهرنك", "كوهرنك", "IR", "Isfahan", 2)
    assert "not in the gazetteer; coded to" in p.reason and p.runner_up is None
    assert text[p.start:p.end] == p.text
    assert got["زرزورة"].iso2 == "SY" and got["زرزورة"].admin1 == "Idleb"
    assert "كوهرنك" not in {x.text for x in geocode(text)}  # without the NER: the gazetteer alone


def test_an_unknown_loc_in_a_list_shares_its_neighbours_unit():
    text = "استهدفت غارات جديدة بلدة تفتناز ورام حمدان، ما تسبب في سقوط قتلى."
    p = next(p for p in _ner_places(text, ["رام", "حمدان"]) if p.text == "رام حمدان")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Idleb", 2)


def test_an_unknown_loc_falls_back_to_the_country_only_with_evidence():
    text = ("قالت مصادر يمنية إن الحوثيين قصفوا مأرب وتعز. وقتل مدني يمني في قانيسة أمس. "
            "وسافر وزير إلى ويلز. وكان معتقلا في كوانتيكو.")
    # round 38 made اسكتلندا (a region) and غوانتنامو (a town spelt as a transliteration) readings: names still
    # unknown stand in for them
    got = {p.text: p for p in _ner_places(text, ["قانيسة", "ويلز", "كوانتيكو"])}
    assert (got["قانيسة"].iso2, got["قانيسة"].level, got["قانيسة"].geo_precision) == ("YE", "country", 3)
    assert "ويلز" not in got and "كوانتيكو" not in got  # a trip abroad; a sentence that names no Yemen


@pytest.mark.parametrize("text,loc", [
    ("وقالت إنها من منطقة ريفية بالقرب من دمشق.", "ريفية"),
    ("وسعت القوات عمليتها شرقي سوريا لتشمل ريف الحسكة الجنوبي.", "لتشمل"),
    ("وقال إن المبنى يقع في الشطر الغربي لمدينة القدس.", "الشطر"),
    ("عرضت المسرحية في مهرجان الهواة بالإسكندرية.", "مهرجان الهواة"),
    ("دافع عن قصر ولي العهد في جدة.", "العهد"),
    ("عبر المهاجرون البحر المتوسط من تونس إلى صقلية.", "البحر المتوسط"),
    ("قال ممثل أوروبا في دمشق إن", "أوروبا"),
    ("وقصفت الطائرات مطار الشعيرات بريف حمص.", "الشعيرات"),  # a known name: no second place
])
def test_ner_false_places_are_not_coded(text, loc):
    places = _ner_places(text, [loc])
    assert all(("NER" not in p.reason and "not in the gazetteer; coded to" not in p.reason) or p.text != loc
               for p in places)
    assert len({(p.start, p.end) for p in places}) == len(places)


def test_a_dateline_city_with_a_letter_dropped_is_the_city_of_its_country():
    p = one("دب، الإمارات العربية المتحدة (CNN)— قال مسؤول", "دب")
    assert (p.name, p.iso2, p.level) == ("Dubai", "AE", "populated_place") and "dateline" in p.reason
    assert "دب" not in {x.text for x in geocode("قال إن دب الخلاف بين الطرفين")}  # not a dateline


def test_al_sahra_is_the_western_sahara_only_in_its_story():
    p = one("دعا المجلس المبعوث إلى الصحراء الغربية لمواصلة المحادثات حول الصحراء.", "الصحراء")
    assert (p.iso2, p.level) == ("EH", "country")
    p = one("قالت جبهة البوليساريو إن المغرب يرفض الاستفتاء في الصحراء.", "الصحراء")
    assert p.iso2 == "EH"
    text = "عبر المهاجرون من أفريقيا جنوب الصحراء إلى ليبيا، وقالت البوليساريو إن الصحراء الكبرى واسعة."
    assert not [x for x in geocode(text) if x.iso2 == "EH"]
    assert "الصحراء" not in {x.text for x in geocode("هربوا إلى الصحراء بعد الهجوم على درعا")}


def test_an_indefinite_place_adjective_is_no_unknown_name():
    # one list of place adjectives for the geocoder and the unknown-name steps (عربية was a village of Israel)
    assert not [p for p in geocode("شارك عرب من 74 قرية وبلدة ومدينة عربية في إسرائيل.") if p.text == "عربية"]


def test_a_national_phrase_takes_every_article_run():
    p = one("وصل الوفد فبالعاصمة السعودية عقد اجتماعا", "العاصمة السعودية")
    assert p.name == "Riyadh"


def test_a_capital_or_country_the_ner_read_as_a_person_is_a_place():
    def per(text: str, span: str):
        s = text.index(span)
        return Geocoder().places(text, [Entity(start=s, end=s + len(span), text=span, label="PER")])

    text = "بعد أيام من نشر أبو ظبي قوات عسكرية في الجزيرة."
    assert [(p.text, p.iso2) for p in per(text, "أبو ظبي")] == [("أبو ظبي", "AE")]
    text = "نعت السفير الأمريكي لإسرائيل ديفيد فريدمان بابن الكلب."
    assert [(p.text, p.iso2) for p in per(text, "إسرائيل ديفيد فريدمان")] == [("إسرائيل", "IL")]
    text = "قال وزير الخارجية جبران باسيل إن"  # a person whose name is no capital stays a person
    assert per(text, "جبران باسيل") == []


def test_a_dateline_on_a_later_line_is_read_too():
    text = "عاجل\nدب، الإمارات العربية المتحدة (CNN)— قال مسؤول"
    assert one(text, "دب").name == "Dubai"
    assert "دب" not in {p.text for p in geocode("قال إن دب، الإمارات العربية المتحدة")}  # mid-line: no dateline


def test_an_area_named_with_tabi_a_is_a_place_of_that_unit():
    p = one("سقطت قذيفة في منطقة كرشة التابعة لمحافظة لحج أمس.", "كرشة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Lahj", 2) and "not in the gazetteer" in p.reason
    assert "عسكرية" not in {x.text for x in geocode("أعلنت منطقة عسكرية تابعة لمحافظة لحج")}


def test_admin1_follows_ochas_spelling_wherever_ocha_has_the_country():
    # GeoNames' "Jazan Region", "'Asir Region" and Tunisia's governorates matched no OCHA name; OCHA has them
    # (Saudi regions as admin1, Tunisian governorates as admin2 under six regions)
    assert one("سقط صاروخ على مدينة جازان أمس", "جازان").admin1 == "Jizan"
    assert one("تظاهر المئات في مدينة قابس التونسية", "قابس").admin1 == "South East"


def test_capital_by_nationality_adjective_beyond_the_region():
    """العاصمة + adjective gives the capital for Asian and European states too (demonyms.tsv x capitals.tsv)."""
    for adj, city in (("الإندونيسية", "Jakarta"), ("الماليزية", "Kuala Lumpur"), ("الباكستانية", "Islamabad"),
                      ("الأفغانية", "Kabul"), ("البولندية", "Warsaw"), ("الدنماركية", "Copenhagen")):
        assert one(f"عقد الاجتماع في العاصمة {adj} أمس", f"العاصمة {adj}").name == city


def test_world_capitals_with_a_long_vowel_more_or_less():
    """A capital or city of a million abroad, one ا/و/ي away, where the text says a place stands there."""
    p = one("التقى الوزير نظيره في العاصمة الإندونيسية جاكرتا، حيث ناقشا", "جاكرتا")
    assert p.name == "Jakarta" and "long vowel" in p.reason
    assert one("وصل الوفد إلى جاكرتا أمس", "جاكرتا").iso2 == "ID"
    # another country's adjective, or no place context: nothing
    assert not [p for p in geocode("في العاصمة الماليزية جاكرتا") if p.text == "جاكرتا"]
    assert not [p for p in geocode("قال جاكرتا شيئا") if p.text == "جاكرتا"]


def test_a_prison_or_base_keeps_its_town():
    """سجن غوانتانامو in a Saudi story: the prison's noun frames the town abroad the prior would drop."""
    text = "الرياض، المملكة العربية السعودية -- تأجل ترحيل السجين السعودي الذي كان سيغادر سجن غوانتانامو"
    assert one(text, "غوانتانامو").iso2 == "CU"


def test_indefinite_name_before_a_definite_nationality_adjective():
    """جزيرة لامبيدوزا الإيطالية: a definite adjective cannot qualify the bare word, so the word is a name of
    that country; a plural (بين السورين: the two walls) or ل + noun (معسكر للجيش المصري) is not.  (The example
    was كورسيكا until round 38 made Corsica a region of France.)"""
    p = one("تصادم سفينتين قرب جزيرة لامبيدوزا الإيطالية، أمس", "لامبيدوزا")
    assert p.iso2 == "IT" and p.geo_precision == 3
    assert not [p for p in geocode("في منطقة بين السورين قرب المدرسة") if p.text == "بين"]
    assert not [p for p in geocode("هجوم على معسكر للجيش المصري في وسط المدينة") if p.text == "للجيش"]


def test_dual_type_word_names_two_places():
    """"قريتي X وY": both names are places of the unit named after them; "بلدتي تبعد" is "my town"."""
    ps = geocode("سيطرت القوات على بلدتي بصر الحرير ومليحة العطش في محافظة درعا")
    got = {p.text: p.admin1 for p in ps}
    assert got.get("بصر الحرير") == "Dar'a" and got.get("مليحة العطش") == "Dar'a"
    text = "لأن بلدتي تبعد عن مركز المحافظة في سوريا"
    assert [p.text for p in geocode(text)] == ["سوريا"]
    for p in ps:
        assert "سيطرت القوات على بلدتي بصر الحرير ومليحة العطش في محافظة درعا"[p.start:p.end] == p.text


def test_bariq_is_in_the_gazetteer():
    assert any(e.name == "Bariq" and e.iso2 == "SA" for e in Gazetteer.load().entries)


def test_verbs_and_idioms_after_type_words_are_no_names():
    """A relative clause's verb (قرية يسيطر عليها), بلده with ه ('his country'), من ناحية ('as regards')."""
    for text, word in [("قصف التحالف قرية يسيطر عليها تنظيم داعش شرقي سوريا", "يسيطر"),
                       ("قال الرئيس التونسي في تونس إن بلده يتجه للمساواة التامة", "يتجه"),
                       ("صيغة أستانة أكثر فعالية من ناحية المساهمة في السلام في سوريا", "المساهمة"),
                       ("في اليمن تريد الأسر توفير حياة كريمة لشعبنا", "كريمة")]:
        assert not [p for p in geocode(text) if p.text == word], text


def test_district_word_wants_a_district():
    """مديرية المنصورة is Aden's district, not a Syrian subdistrict (ناحية)."""
    p = one("طردت قوات الحزام الأمني تنظيم القاعدة من مديرية المنصورة في اليمن", "المنصورة")
    assert (p.iso2, p.admin1) == ("YE", "Aden")


def test_unknown_name_named_again_keeps_its_unit():
    text = "شنت القوات غارات على بلدة أم المياذن في ريف درعا. واستهدفت الفصائل رتلا قرب أم المياذن أمس."
    got = [p for p in geocode(text) if p.text == "أم المياذن"]
    assert len(got) == 2 and {p.admin1 for p in got} == {"Dar'a"}
    assert all(text[p.start:p.end] == p.text for p in got)


def test_village_takes_the_unit_named_just_before():
    text = ("قتل أطفال في غارة قرب مدرسة في قرية بمحافظة إدلب شمال غربي سوريا. وقال المرصد إن القصف على "
            "قرية كفر بطيخ وقع أثناء خروج التلاميذ")
    p = one(text, "كفر بطيخ")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Idleb", 2)


def test_homonym_abroad_loses_to_a_village_of_the_story():
    """الشيخ سعد is a West Bank village in the data; in a Daraa story it is the village the data lack."""
    p = one("تسيطر القوات على محافظة درعا ما عدا مدينة نوى وبلدة الشيخ سعد ومحيطها", "الشيخ سعد")
    assert (p.iso2, p.admin1) == ("SY", "Dar'a")


def test_bab_al_mandab_and_seas():
    ps = geocode("استهدف الحوثيون ناقلتين في مضيق باب المندب ومنطقة البحر الأحمر")
    assert [(p.text, p.iso2) for p in ps] == [("مضيق باب المندب", "YE")]


def test_a_journey_joins_no_container():
    """إلى between two places puts them at the two ends of a journey: the camp lies by the town after
    it, not in the region it was left from."""
    p = one("وصل مهجرون من بلدة حرستا في الغوطة الشرقية إلى مخيم العرقوب قرب مدينة الباب بريف حلب", "العرقوب")
    assert (p.iso2, p.admin1) == ("SY", "Aleppo")
    p = one("دخلت آليات من قرية العرقوب إلى الأراضي السورية بمنطقة حارم", "العرقوب")
    assert p.admin1 is None  # no wrong town: the village of departure is not Harim


def test_countryside_of_the_capital():
    text = "سقطت قذائف على منطقة تل العرقوب في الريف الشرقي للعاصمة، دمشق، أمس"
    assert {(p.text, p.admin1) for p in geocode(text)} == {("تل العرقوب", "Rural Damascus"),
                                                           ("دمشق", "Rural Damascus")}


def test_a_line_between_two_units_is_in_neither():
    p = one("تقدمت القوات على الخط الرابط بين تعز والحديدة في منطقة العرقوب", "العرقوب")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", None, 3)
    p = one("صدت المقاومة هجوما في منطقة العرقوب على الطريق بين الخوخة والتحيتا", "العرقوب")
    assert (p.iso2, p.admin1) == ("YE", "Al Hodeidah")


def test_two_letter_city_after_a_city_word():
    p = one("قصفت الطائرات مواقع في مدينة إب وسط اليمن", "إب")
    assert (p.name, p.admin1, p.geo_precision) == ("Ibb", "Ibb", 1)
    assert not [p for p in geocode("قال أب الضحية في اليمن إنه فقد ابنه") if p.text == "أب"]


def test_quoted_name_after_its_type_word_and_other_names():
    p = one('عثر علماء على مومياء في مدينة "راي" في إيران', "راي")
    assert (p.name, p.iso2) == ("Rey", "IR")
    assert not [p for p in geocode("هذا رأي الحكومة في إيران") if p.text == "رأي"]
    p = one("اعتقل الجيش مطلوبين في منطقة يهودا والسامرة أمس", "يهودا والسامرة")
    assert (p.iso2, p.admin1) == ("PS", "West Bank")


def test_a_street_named_after_a_town_is_in_the_town_it_runs_through():
    p = one("اقتحم الجيش شارع صنعاء وسط الحديدة أمس", "صنعاء")
    assert (p.name, p.admin1, p.geo_precision) == ("Al Hudaydah", "Al Hodeidah", 1)
    p = one("وقع التفجير بشارع الجلاء وسط القاهرة، أمس", "الجلاء")
    assert (p.iso2, p.admin1) == ("EG", "Cairo")
    # no town named with it: a town abroad gives way to the story's country
    p = one("نقلت المدرسة في القاهرة إلى درب الجنينة عام 1854 وهي اليوم من أقدم مدارس مصر", "الجنينة")
    assert (p.iso2, p.level) == ("EG", "country")


def test_mountain_range_port_and_unit_duals():
    p = one("عثر الحرس الثوري في إيران على حطام طائرة فقدت في جبال زاغروس", "زاغروس")
    assert (p.iso2, p.level, p.geo_precision) == ("IR", "country", 3)
    assert not [p for p in geocode("وهي جبال جرداء قرب دمشق في سوريا") if p.text == "جرداء"]
    p = one("حررت قوات الجيش اليمني ميناء حبل بمحافظة حجة", "حبل")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Hajjah", 2)
    assert not [p for p in geocode("زرع الحوثيون حقل ألغام بمحافظة حجة") if p.text == "ألغام"]
    assert not [p for p in geocode("أرسلوا الأطفال إلى معسكر تدريب بمحافظة ذمار") if p.text == "تدريب"]
    # two governorates: the unit named after both holds the unknown one, not its neighbour
    places = geocode("نقطة تفتيش على طريق يربط محافظتي المجاردة وبارق بمنطقة عسير في السعودية")
    got = {p.text: (p.name, p.admin1) for p in places}
    assert got["المجاردة"] == ("`Asir", "`Asir") and got["بارق"] == ("Bariq", "`Asir")


def test_a_direction_word_named_by_its_unit_word_and_holy_sites():
    p = one("حريق بمدينة الدمام بمحافظة الشرقية في السعودية", "الشرقية")
    assert (p.iso2, p.admin1, p.level) == ("SA", "Ash Sharqiyah", "admin1")
    p = one("قتل شخص في قرية بمحافظة الشرقية بمصر", "الشرقية")
    assert (p.iso2, p.admin1) == ("EG", "Sharkia")
    assert not [p for p in geocode("تقدم الجيش في المنطقة الشرقية من حلب") if "الشرقية" in p.text]
    assert not [p for p in geocode("من ولاية شمال الراين في ألمانيا") if p.text == "شمال"]
    p = one("مشروع تأهيل بئر زمزم في الحرم المكي", "بئر زمزم")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SA", "Makkah", 1)


def test_a_place_far_away_holds_nothing():
    p = one("سقطت فوق جبال زاغروس، على بعد نحو 500 كلم من طهران في إيران", "زاغروس")
    assert (p.iso2, p.admin1) == ("IR", None)


def test_a_street_named_after_a_town_in_a_story_of_another_town():
    places = geocode('انتشرت قوات الأمن في القدس. وانتشرت في الشوارع الرئيسية للمدينة كشارع "يافا"، القلب النابض '
                     'للقدس الغربية')
    p = next(p for p in places if p.text == "يافا")
    assert (p.name, p.geo_precision) == ("Jerusalem", 2)


def test_a_list_item_the_story_names_with_its_type_word():
    text = ("قصفت تركيا جبال قنديل في العراق. واستهدفت الغارات مناطق هاكورك وجارا ومتينا والزاب وقنديل وأفاسين "
            "بشمال العراق")
    p = [p for p in geocode(text) if p.text == "قنديل"][-1]
    assert (p.name, p.iso2) == ("Qandil Mountains", "IQ")


def test_curated_sites_of_round_10():
    p = one("تصادم حافلتين لنقل الركاب على طريق الأرتال في الكويت", "طريق الأرتال")
    assert (p.iso2, p.admin1) == ("KW", "Al Jahrah")
    p = one("وقع هجوم على كنيسة ملحقة بالكاتدرائية المرقسية بالقاهرة", "الكاتدرائية المرقسية")
    assert (p.iso2, p.admin1) == ("EG", "Cairo")


def test_border_posts_and_their_perpetrators():
    p = one("أسفرت المعارك في محافظة صعدة عن تحرير منفذ البقع الحدودي", "البقع")
    assert (p.iso2, p.admin1) == ("YE", "Sa'dah")
    # on the border with the story's country: not coded to it
    assert not [p for p in geocode("حرر الجيش منفذ البقع الحدودي مع السعودية") if p.text == "البقع"]
    assert not [p for p in geocode("قتل منفذ الهجوم في مدينة عدن") if p.text == "الهجوم"]
    assert not [p for p in geocode("اشتعلت النيران في بئر النفط بمحافظة البصرة") if p.text == "النفط"]


def test_an_article_cut_off_by_a_tatweel_and_a_quote():
    p = one('قصف الطيران القاعدة العسكرية الـ"تيفور" بسورية', "تيفور")
    assert (p.iso2, p.admin1) == ("SY", "Homs")


def test_an_area_named_before_its_district():
    p = one("لاستعادة السيطرة على منطقة فضحه في مديرية الملاجم بمحافظة البيضاء", "فضحه")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Al Bayda", 2)
    # a noun before a definite area is no name
    assert not [p for p in geocode("لكي تصبح لها منطقة نفوذ في المنطقة الشمالية من سوريا") if p.text == "نفوذ"]


def test_a_field_of_gas():
    p = one("منحت طهران شركة توتال مهلة شهرين، وإلا فستخسر حصتها في مشروع لتطوير حقل فارس للغاز.", "فارس")
    assert (p.iso2, p.geo_precision) == ("IR", 3)
    assert not [p for p in geocode("زرع المسلحون حقل ألغام قرب مدينة تعز") if p.text == "ألغام"]


def test_a_district_named_as_an_area_inside_a_smaller_place_is_its_seat():
    p = one("الهجوم الكيماوي الذي شهدته منطقة دوما في الغوطة الشرقية", "منطقة دوما")
    assert (p.level, p.admin1) == ("populated_place", "Rural Damascus")
    assert km(p.lat, p.lon, 33.57175, 36.4027) < 5
    assert one("قصفت منطقة عفرين في ريف حلب", "منطقة عفرين").level == "admin2"


def test_the_badia():
    text = "وفي شرق سوريا، يتواجد التنظيم في البادية قرب مدينة تدمر. وتنتشر ثكنات في البادية السورية."
    found = [p for p in geocode(text) if p.text.startswith("البادية")]
    assert [(p.text, p.iso2, p.geo_precision) for p in found] == [("البادية", "SY", 3), ("البادية السورية", "SY", 3)]
    # a story of no steppe country, or another adjective: nothing
    assert not [p for p in geocode("زار الأمير البادية في السعودية وقابل شيوخ القبائل") if p.text == "البادية"]
    assert not [p for p in geocode("في البادية الشمالية قرب المفرق في الأردن") if "البادية" in p.text]


def test_a_namesake_outside_the_one_unit_of_the_story():
    text = ("قتل أربعة في محافظة مأرب وسط البلاد. وعثر على الجثث عقب استهداف الطائرة لمنزل في منطقة الروضة. "
            "ويعد فرع القاعدة في اليمن أخطر فروعه")
    p = one(text, "الروضة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Ma'rib", 2)


def test_the_badia_by_a_unit():
    p = one("استهدف التنظيم تجمعا لقوات النظام في البادية السورية شرقي ريف حمص", "البادية السورية")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Homs", 2)


def test_a_prison_on_its_bay():
    p = one("وصل أحمد الدربي، المعتقل في سجن خليج غوانتانامو لصلته بتنظيم القاعدة، إلى الرياض", "غوانتانامو")
    assert p.iso2 == "CU"


def test_the_united_states_cut_short():
    p = one("منحت طهران شركة توتال مهلة للحصول من الولايات على إعفاء من العقوبات الأمريكية", "الولايات")
    assert p.iso2 == "US"
    # a country's states, counted or qualified, are not the United States
    for text in ("أعلن الرئيس الأمريكي الطوارئ في بعض الولايات والمناطق",
                 "أثار الصراع توترات بين الولايات شبه المستقلة والحكومة الأمريكية",
                 "باستثناء عواصم الولايات الكبرى قال المسؤول الأمريكي"):
        assert not [p for p in geocode(text) if p.text == "الولايات"], text
    assert not [p for p in geocode("للحصول من الولايات على إعفاء من العقوبات") if p.text == "الولايات"]


def test_a_triangle_named_by_its_head_word_and_the_nile():
    text = "دخلنا إلى منطقة مثلث ماسبيرو، وهو حي عشوائي يقع في قلب القاهرة، ويطل على نهر النيل"
    p = one(text, "مثلث ماسبيرو")
    assert (p.iso2, p.admin1, p.geo_precision) == ("EG", "Cairo", 2)
    # the river is no unit; Sudan's state is named with its unit word
    assert not [p for p in geocode(text) if p.text == "نهر النيل"]
    assert one("غرق مركب في ولاية نهر النيل شمالي السودان", "ولاية نهر النيل").iso2 == "SD"


def test_mdhilla_by_its_arabic_name():
    p = one("منع المتظاهرون عمال شركة الفوسفات في المظيلة بولاية قفصة", "المظيلة")
    assert (p.iso2, p.name) == ("TN", "M’dhilla")


def test_islands_listed_after_the_plural_island_word():
    text = "التأكيد على حق دولة الإمارات في الجزر الثلاث طنب الكبرى، وطنب الصغرى، وأبو موسى."
    assert one(text, "طنب الكبرى").iso2 == "IR"
    assert one(text, "طنب الصغرى").iso2 == "IR"
    assert one(text, "أبو موسى").name == "Abu Musa"
    # a kunya is no island without the list
    assert not [p for p in geocode("قال أبو موسى إن الجزر جميلة") if p.text == "أبو موسى"]


def test_a_jerusalem_site_takes_the_jerusalem_named_with_it():
    east = one("أدى إلى اغلاق كنيسة القيامة في القدس الشرقية المحتلة احتجاجا", "كنيسة القيامة")
    assert (east.iso2, east.admin1) == ("PS", "West Bank")
    old = one("تجمع الحجاج في كنيسة القيامة السبت في القدس القديمة، أكثر الأماكن قدسية", "كنيسة القيامة")
    assert old.iso2 == "PS"
    assert one("ظلت أبواب كنيسة القيامة في القدس المحتلة مغلقة", "كنيسة القيامة").iso2 == "IL"


def test_a_verb_with_its_object_pronoun_is_no_village():
    text = "واستهدف المسلحون قرية تقطنها أغلبية من الطائفة الدرزية في سوريا"
    assert not [p for p in geocode(text) if p.text == "تقطنها"]


def test_the_governorate_word_after_an_unknown_name_points_back():
    text = ("حوّل معلم يمني منزله إلى مدرسة في مدينة تعز ويأتي ذلك بعد دمار أغلب المباني المدرسية في منطقة "
            "بير باشا بالمحافظة اليمنية.")
    p = one(text, "بير باشا")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Ta'iz", 2)


def test_a_quoted_area_with_its_type_word_lies_in_the_place_after_it():
    p = one('تبدو الأمور في "المدينة الآسيوية" في قطر طبيعية', "المدينة الآسيوية")
    assert p.iso2 == "QA"


def test_a_village_list_item_read_abroad_is_a_village_of_the_story():
    text = ("سيطرت قوات النظام على قرى شقرا والحصان والجيعة والجنينة في محافظة دير الزور. "
            "وقالت مصادر في دير الزور إن المعارك مستمرة في ريف دير الزور الشرقي في سوريا.")
    p = one(text, "الجنينة")
    assert (p.iso2, p.admin1) == ("SY", "Deir-ez-Zor")


def test_a_junction_named_after_a_town_is_near_it():
    p = one("أطلقت القوات عملية عسكرية للسيطرة على مفرق المخا في الساحل الغربي", "المخا")
    assert (p.iso2, p.geo_precision) == ("YE", 2)
    assert one("سيطرت القوات على مدينة المخا", "المخا").geo_precision == 1


def test_khan_al_ahmar_east_of_jerusalem_is_in_the_west_bank():
    p = one("وتقع قرية الخان الأحمر شرقي القدس على الطريق المؤدي إلى مدينة أريحا", "قرية الخان الأحمر")
    assert (p.iso2, p.admin1) == ("PS", "West Bank")


def test_a_town_far_from_the_place_it_adjoins_is_a_place_there():
    text = "وتتقدم قوات المقاومة اليمنية في منطقة الطائف الملاصقة لمطار الحديدة الدولي على الساحل الغربي لليمن."
    p = one(text, "الطائف")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Al Hodeidah", 2)
    assert one("قصف في منطقة الطائف السعودية", "الطائف").iso2 == "SA"


# -- round 13: blind19's error classes and the names of the news the data lacked ---------------------

def _texts(text: str) -> list[str]:
    return [p.text for p in geocode(text)]


def test_a_country_that_is_also_a_word_counts_after_a_preposition():
    p = one("قال مصدر إن الجزائر ستطرد 105 من مالي لأنهم أعضاء في جماعة أنصار الدين", "مالي")
    assert p.iso2 == "ML"
    assert "مالي" not in _texts("وتحدث عن فساد مالي في الوزارة وقدم دعم مالي للحملة")
    assert "مالي" not in _texts("تبرعت للجمعية من مالي الخاص")
    # with the conjunction glued to the preposition too
    assert one("وصل وفد إلى النيجر وفي مالي التقى وزير الدفاع", "مالي").iso2 == "ML"
    assert "مالي" not in _texts("ووصلت تبرعات ومن مالي الخاص دفعت الباقي")


def test_a_definite_word_after_a_definite_noun_is_its_adjective():
    assert "البيضاء" not in _texts("وقال رئيس منظمة الخوذ البيضاء رائد صالح إن القصف مستمر")
    assert "الحرجة" not in _texts("دعم الشرعية في هذه المرحلة الحرجة في تاريخ اليمن")
    # a list of names, a capital after a verb's subject, and the same name elsewhere stay places
    assert "الحسينية" in _texts("على الخط السريع من بيت الفقيه الحسينية حتى زبيد")
    assert "الدوحة" in _texts("اتهمت الدول الأربع الدوحة بدعم الإرهاب")
    assert _texts("قصفت القوات البيضاء وسيطرت على مدينة البيضاء").count("البيضاء") == 2


def test_a_name_after_a_verb_particle_is_the_verb():
    assert "تدمر" not in _texts("إن الضربات على سوريا قد تدمر الأدلة")
    assert "يزد" not in _texts("في الفيديو الذي لم يزد على عدة ثوان")
    assert one("سيطر التنظيم على تدمر", "تدمر").iso2 == "SY"


def test_an_ocha_district_named_in_admin_ar_is_built_outside_ocha_admin2():
    p = one('في النادي السويسري بحي "الكيت كات" في إمبابة بمحافظة الجيزة', "إمبابة")
    assert (p.iso2, p.admin1, p.level) == ("EG", "Giza", "admin2")


def test_round13_regions_the_data_lacked():
    p = one("عثر باحثون على بقايا خبز في موقع أثري بالصحراء السوداء شمال شرق الأردن", "الصحراء السوداء")
    assert p.iso2 == "JO"
    assert one("وجود في التنف في الصحراء السورية قرب الحدود مع العراق", "الصحراء السورية").iso2 == "SY"
    assert "الصحراء" not in " ".join(_texts("مهاجرين أفارقة من جنوب الصحراء الكبرى"))
    assert one("شنت إسرائيل غارات على مطار تيفور وسط سوريا", "مطار تيفور").admin1 == "Homs"
    assert one("نجحت المقاومة في تحرير منطقة كهبوب الجبلية", "منطقة كهبوب").admin1 == "Lahj"
    assert one("اجتماعات اللجنة الثلاثية حول سد النهضة", "سد النهضة").iso2 == "ET"


def test_round13_ordinary_words_need_a_type_word():
    assert "سترة" not in _texts("حيث بدا مرتديا سترة وردية في شوارع المنامة")
    assert "جوهر" not in _texts("وترى الدول الأربع أن جوهر القضية هو دعم قطر للإرهاب")
    assert one("سيطرت القوات على مدينة جوهر في الصومال", "جوهر").iso2 == "SO"
    assert "الحديدة" not in _texts("وقال بيان للجيش إن القبة الحديدة اعترضت صاروخا")
    p = one("وتندلع المعارك الجديدة في جبل مرة رغم وقف إطلاق النار في دارفور", "جبل مرة")
    assert (p.iso2, p.admin1) == ("SD", "Central Darfur")


def test_the_country_part_after_a_town_is_of_the_towns_country():
    text = ("وقال ترامب في واشنطن إن الولايات المتحدة ستفرض عقوبات. ويعيش القس في تركيا منذ 23 عاما "
            "في مدينة أزمير غربي البلاد، ويرعى كنيسة. وأكد البيت الأبيض في واشنطن أن الولايات المتحدة لن تتراجع")
    assert one(text, "البلاد").iso2 == "TR"


def test_djerba_is_tunisias_island():
    assert one("وصل السياح إلى جزيرة جربة التونسية", "جزيرة جربة").iso2 == "TN"
    assert one("سيطرت حركة الشباب على بلدة جربة في إقليم جدو", "جربة").iso2 == "SO"


# Round 14: body sentences (blind20's error classes), on constructed sentences.
def test_a_list_closed_by_a_direction_and_a_unit_codes_its_unknown_items_to_that_unit():
    text = "اندلعت اشتباكات في البوليل والمراشدة وهجين، شمالي محافظة دير الزور"
    p = one(text, "المراشدة")
    assert (p.iso2, p.admin1, p.level, p.geo_precision) == ("SY", "Deir-ez-Zor", "admin1", 2)
    assert "listed with places of Deir-ez-Zor" in p.reason and "smallest containing unit" in p.reason


def test_an_ordinary_word_after_hay_before_a_direction_and_a_town_is_a_quarter_of_it():
    p = one("سقطت قذيفة على حي المحافظة غربي مدينة تعز صباح اليوم", "المحافظة")
    assert (p.name, p.admin1, p.geo_precision) == ("Taiz", "Ta'iz", 2)
    assert "quarter" in p.reason


def test_an_area_name_starting_with_waw_is_vouched_for_by_the_district_after_it():
    p = one("قصفت الطائرات منطقة ورزان بمديرية دمنة خدير في تعز", "ورزان")
    assert (p.iso2, p.admin1, p.level, p.geo_precision) == ("YE", "Ta'iz", "admin2", 2)
    assert "not in the gazetteer" in p.reason


def test_a_dual_area_word_codes_the_unknown_twin_beside_the_known_one_unless_between():
    p = one("سقط قتلى في منطقتي الفازة والجاح جنوبي الحديدة", "الجاح")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Al Hodeidah", 2)
    q = one("تدور معارك على الطريق بين منطقتي الشريجة والراهدة منذ أيام", "الراهدة")
    assert q.level == "country" and q.iso2 == "YE"


def test_the_old_town_of_jerusalem_is_geonames_old_city_row():
    p = one("اعتقلت الشرطة شابا في البلدة القديمة بالقدس مساء أمس", "البلدة القديمة")
    assert (p.name, p.iso2, p.geo_precision) == ("Old City", "PS", 1)
    assert "old town of Jerusalem" in p.reason


def test_bilad_al_haramayn_is_saudi_arabia_and_qalansiya_a_spelling_of_qalansiyah():
    assert one("حملات إعلامية تستهدف بلاد الحرمين منذ سنوات", "بلاد الحرمين").iso2 == "SA"
    p = one("وصلت المساعدات إلى منطقة قلنسيا في سقطرى", "قلنسيا")
    assert (p.name, p.admin1) == ("Qalansiyah", "Socotra")


# Round 15 (issue 3): unknown names the text marks as places, spellings with a space, ريف + apposition.
def test_an_unknown_item_after_a_second_plural_type_word_in_a_list_takes_the_list_unit():
    text = "انقطعت الكهرباء عن مناطق الدورة والكرادة وأحياء الزيتون والغزالية في العاصمة"
    p = one(text, "الزيتون")
    assert (p.iso2, p.admin1, p.level, p.geo_precision) == ("IQ", "Baghdad", "admin1", 2)
    assert "not in the gazetteer" in p.reason and "smallest containing unit" in p.reason


def test_a_big_city_written_with_a_space_the_data_lack_is_read():
    p = one("وصل الوفد إلى كوالا لمبور صباح اليوم", "كوالا لمبور")
    assert (p.name, p.iso2, p.geo_precision) == ("Kuala Lumpur", "MY", 1)


def test_spacing_variants_split_long_one_word_keys_and_join_two_word_keys():
    assert "كوالا لمبور" in set(spacing_variants("كوالالمبور"))
    assert not any(v.startswith("ال ") for v in spacing_variants("الاسكندريه"))
    assert list(spacing_variants("بور سعيد")) == ["بورسعيد"]
    assert list(spacing_variants("بغداد")) == []


def test_an_unknown_state_with_a_nationality_adjective_is_that_country_and_the_adjective_no_town():
    # Kerala has a row since round 55: Odisha is still a state the data lack
    places = geocode("اجتاحت السيول ولاية أوديشا الهندية وشردت الآلاف")
    p = next(q for q in places if q.text == "أوديشا")
    assert (p.iso2, p.level, p.geo_precision) == ("IN", "country", 3)
    assert "nationality adjective" in p.reason
    assert not any(q.text == "الهندية" for q in places)
    # a term of office is no state
    assert not any(q.text == "ثانية" for q in geocode("فاز الرئيس بولاية ثانية في فرنسا"))


def test_rif_before_the_capital_with_its_adjective_is_the_capitals_countryside():
    p = one("قصفت الطائرات بلدات في ريف العاصمة السورية دمشق ليلا", "دمشق")
    assert (p.name, p.iso2, p.level) == ("Rural Damascus", "SY", "admin1")
    assert one("وصل الوزير إلى العاصمة السورية دمشق ليلا", "دمشق").name == "Damascus"


def test_an_unknown_quarter_with_no_unit_in_its_sentence_is_in_the_city_of_the_dateline():
    text = "بغداد (وكالات) - قتل ثلاثة في تفجير. وفي البصرة اعتقلت الشرطة مشتبها. وانفجرت عبوة في حي الطالبية ليلا."
    p = one(text, "الطالبية")
    assert (p.name, p.iso2, p.admin1, p.geo_precision) == ("Baghdad", "IQ", "Baghdad", 2)
    assert "dateline" in p.reason
    # حي is also 'alive' (no dateline quarter without a preposition), and من وحي 'inspired by': no quarter
    places = geocode("بغداد (وكالات) - وقال الكاتب في مقابلة مطولة مع الصحيفة إنه ما زال حي يرزق والقصة من وحي خيال")
    assert not any(q.text == "خيال" or "dateline" in q.reason for q in places)


def test_mina_is_the_hajj_site_by_mecca_only_in_a_story_of_the_hajj():
    p = one("وصل الحجاج إلى مشعر منى صباح يوم التروية", "مشعر منى")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SA", "Makkah", 2)
    assert "Hajj" in p.reason
    assert not any(q.text == "منى" for q in geocode("قالت الإعلامية منى في برنامجها إن الأسعار ارتفعت"))


def test_a_capital_or_big_city_beats_a_small_foreign_namesake_the_prior_alone_points_to():
    # a nationality word or a country named elsewhere is no tie: Moscow and Riyadh, not Mesquite (US)
    # and Ar Riyad (Kafr El-Sheikh, EG)
    p = one("تحدث الوزير في المنتدى المنعقد في موسكو الاثنين ودعا الأمريكيين إلى الحوار", "موسكو")
    assert (p.name, p.iso2) == ("Moscow", "RU")
    assert "namesake" in p.reason
    assert one("قال الوزير إن حل الأزمة بوابته الرياض ويشمل مصر", "الرياض").iso2 == "SA"
    # a type word with the unit, or a list of the country's small places, still ties the namesake
    p = one("قصفت القوات بلدة الجيزة وبلدة نصيب في ريف درعا", "الجيزة")
    assert p.iso2 == "SY"


def test_a_capital_after_a_rulers_title_stays_a_place_inside_a_person_span():
    text = "اجتمع الشيخ محمد بن زايد ولي عهد أبو ظبي سيجتمعون في مكة"
    s = text.index("عهد")
    per = Entity(start=s, end=s + len("عهد أبو ظبي سيجتمعون"), text="عهد أبو ظبي سيجتمعون", label="PER")

    p = next(q for q in Geocoder().places(text, [per]) if q.text == "أبو ظبي")
    assert p.iso2 == "AE"


def test_an_unknown_area_inside_a_named_countrys_territory_is_that_country_not_the_actors():
    text = "دكت طائرات عراقية مقرا لداعش جنوب منطقة الدشيشة داخل الأراضي السورية بعد اشتباكات في الموصل"
    p = one(text, "الدشيشة")
    assert (p.iso2, p.level) == ("SY", "country")
    assert "داخل" in p.reason


def test_a_distance_measured_from_a_country_that_is_also_its_capital_is_from_the_capital():
    p = one("مثل المتهمون أمام محكمة أقبو (180 كلم شرق الجزائر) بتهم عدة", "الجزائر")
    assert (p.name, p.level) == ("Algiers", "populated_place")
    assert one("وقعت اشتباكات شرق الجزائر", "الجزائر").level in ("country", "region")


def test_a_direction_adjective_before_a_region_names_the_unit_called_so():
    p = one("أضرت السيول بمنازل في منطقة النهود غربي كردفان", "كردفان")
    assert (p.name, p.level) == ("West Kordofan", "admin1")


def test_a_sites_crossing_named_with_a_direction_from_the_other_sides_unit_keeps_its_country():
    p = one("منع النشطاء دخول الشاحنات من معبر كرم أبو سالم جنوب قطاع غزة", "معبر كرم أبو سالم")
    assert p.iso2 == "IL"


def test_names_the_data_lacked_semirom_akrotiri_al_udeid():
    assert one("سقطت الطائرة قرب مدينة سيميروم في ولاية أصفهان", "سيميروم").name == "Semirom"
    assert one("انطلقت المقاتلات من قاعدة اكروتيري في جزيرة قبرص", "قاعدة اكروتيري").iso2 == "GB"
    assert one("تستضيف الدوحة قاعدة العديد الجوية", "قاعدة العديد الجوية").iso2 == "QA"
    assert not any("العديد" in q.text for q in geocode("قتل العديد من المدنيين في قطر"))


def test_the_islamic_republic_alone_is_iran_only_in_a_story_about_iran():
    p = one("قالت طهران إن الرقابة في الجمهورية الإسلامية تحظر ذلك", "الجمهورية الإسلامية")
    assert p.iso2 == "IR"
    assert not any(q.text == "الجمهورية الإسلامية" for q in geocode("تحظر الرقابة في الجمهورية الإسلامية ذلك"))


def test_the_islamic_republic_after_lam_written_with_the_article_as_two_lams():
    text = "وأكد نائب الرئيس للجمهورية الإسلامية في خطاب بثته قناة إيرانية أن المفاوضات مستمرة"
    p = one(text, "جمهورية الإسلامية")
    assert (p.iso2, text[p.start - 2:p.end]) == ("IR", "للجمهورية الإسلامية")
    # ل glued without the article is no epithet
    assert not any("جمهورية" in q.text for q in geocode("وأكد الوزير الإيراني أن لجمهورية الإسلامية حقها"))


def test_a_base_named_with_its_word_is_that_base_again_in_quotes_only():
    text = 'تستضيف قطر قاعدة العديد الجوية. وتعتبر الدوحة أن "العديد" تضمن لها الحماية. وقتل العديد من الناس.'
    got = [q for q in geocode(text) if "العديد" in q.text]
    assert [q.text for q in got] == ["قاعدة العديد الجوية", "العديد"]
    assert all(q.iso2 == "QA" for q in got)


# --- round 17 (issue 3): body-sentence sites, the actor country, wadis -----------------------------------------


@pytest.mark.parametrize(("text", "name", "iso2", "admin1"), [
    ("اعتقلت الشرطة مسلحين في صحراء الفيحاء شمالي الرمادي", "الفيحاء", "IQ", "Al-Anbar"),
    ("قصفت الطائرات محطة الزهور قرب مدينة البدرشين في الجيزة المصرية", "الزهور", "EG", "Giza"),
    ("وانفجرت عبوة في سوق البرتقال بمدينة حجة اليمنية", "البرتقال", "YE", "Hajjah"),
    ("سقط الأطفال في بئر في بلدية الورود بولاية البويرة الجزائرية", "الورود", "DZ", "Bouira"),
    ("اشتباكات في جبهتي العرقوب والسهيلة بمديرية مقبنة غربي تعز", "العرقوب", "YE", "Ta'iz"),
])
def test_a_name_after_a_body_site_word_is_coded_to_the_unit_named_with_it(text, name, iso2, admin1):
    p = one(text, name)
    assert (p.iso2, p.admin1, p.geo_precision) == (iso2, admin1, 2)
    assert "not in the gazetteer" in p.reason


def test_a_site_with_no_place_in_its_story_takes_the_country_of_its_local_armed_groups():
    p = one("وسيطرت القوات على تبة الغزلان بعد معارك عنيفة مع الحوثيين", "الغزلان")
    assert (p.iso2, p.level, p.geo_precision) == ("YE", "country", 3)
    assert "local armed groups" in p.reason


@pytest.mark.parametrize("text", [
    "وقال مدير سوق العمل إن الأسعار ارتفعت",
    "وقال في تصريح لمحطة \"الغد\" إن الحوار مستمر في اليمن",
    "وهذا ما كتبه الصحفي السعودي في مقاله",
    "وانقطعت الكهرباء بعد عطل في محطة الكهرباء الرئيسية في اليمن",
    "وتقدمت القوات على جبهات عدة في اليمن",
])
def test_common_phrases_with_site_words_are_no_places(text):
    assert [p.text for p in geocode(text)] in ([], ["اليمن"])


def test_wadi_without_its_article_heads_a_wadi_name_not_el_oued():
    places = geocode("وتقدمت القوات جنوبي وادي الضباب في محافظة تعز اليمنية")
    assert not [p for p in places if p.iso2 == "DZ"]
    places = geocode("ويعيش المدنيون في منطقة وادي اليرموك في ريف درعا")
    assert places and all(p.iso2 == "SY" for p in places)


def test_a_place_in_a_closed_bracket_is_no_container():
    p = one("جنح قطار الخط (القاهرة – أسوان) عند محطة الزهور قرب مدينة البدرشين في الجيزة", "الزهور")
    assert (p.iso2, p.admin1) == ("EG", "Giza")


def test_an_airport_named_after_an_institution_is_placed_by_the_phrase_after_it():
    p = one("وكان في استقبال الضيف في مطار الرئاسة في العاصمة الأردنية وزير الخارجية", "الرئاسة")
    assert (p.iso2, p.geo_precision) == ("JO", 2)


def test_a_bare_unknown_name_joined_to_a_place_is_the_site_named_with_its_word():
    text = "وسيطرت القوات على الطريق بين خط حيس والمقراة في الحديدة، وأصبح معسكر المقراة تحت النار"
    first = [p for p in geocode(text) if p.text == "المقراة"]
    assert len(first) == 2 and {p.iso2 for p in first} == {"YE"}


def test_a_de_escalation_zone_is_no_place():
    assert [p.text for p in geocode("وقال إن منطقة التصعيد في الجنوب السوري ساهمت في التهدئة")] == ["الجنوب السوري"]


def test_a_site_with_no_unit_near_takes_the_one_admin1_of_the_story():
    text = ("قصفت الطائرات مواقع في مديرية كتاف بمحافظة صعدة اليمنية. وأعلن الجيش أن قواته سيطرت بعد معارك طويلة "
            "مع المسلحين الذين تحصنوا فيها منذ أشهر على سلسلة جبال الغزلان وصولاً إلى الطريق العام")
    p = one(text, "الغزلان")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Sa'dah", 2)
    assert "وصولا" not in {q.text for q in geocode(text)}


def test_a_town_named_like_a_word_after_the_plural_of_an_area_word():
    p = one("وقالت مصادر أمنية إن القوات داهمت مخازن للأسلحة في مناطق القائم أمس", "القائم")
    assert (p.iso2, p.admin1) == ("IQ", "Al-Anbar")
    # a story set elsewhere keeps the word: "مناطق السنة" in Iraq are the Sunnis' areas, not Sanandaj
    text = "واجتاح المسلحون مناطق السنة في محافظات الموصل وصلاح الدين والأنبار العراقية"
    assert "السنة" not in {q.text for q in geocode(text)}


def test_a_district_named_like_a_sect_after_the_plural_of_district():
    text = "وتجند الميليشيات الحوثية الشبان في القرى التابعة لمديريات الزيدية والضحي واللحية في الحديدة"
    p = one(text, "الزيدية")
    assert (p.iso2, p.admin1) == ("YE", "Al Hodeidah")
    # with no other name to set the story in Yemen the word stays the sect
    assert "الزيدية" not in {q.text for q in geocode("وتجند الميليشيات الشبان في مديريات الزيدية")}


def test_towns_joined_by_and_stay_places_where_one_person_span_runs_across_them():
    text = "ونقلت سيارات الإسعاف الجرحى إلى مستشفيات رفح والشيخ زويد وبئر العبد في سيناء"
    places = _ner_places(text, ["زويد وبئر العبد"], label="PER")
    got = {p.text: (p.iso2, p.admin1) for p in places}
    assert got["الشيخ زويد"] == got["بئر العبد"] == ("EG", "North Sinai")
    # a person span over one town alone still wins
    assert "بئر العبد" not in {p.text for p in _ner_places("وقال بئر العبد للصحفيين", ["بئر العبد"], label="PER")}


def test_a_cemetery_the_data_lack_is_coded_to_the_unit_named_with_it():
    p = one("ونقلت فرق الإنقاذ الجثث إلى مقبرة الكرمشان شمالي دير الزور", "الكرمشان")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Deir-ez-Zor", 2)
    # the cemetery of a place named before is no name of its own
    assert "المدينة" not in {q.text for q in geocode("ودفن القتلى في مقبرة المدينة شمالي دير الزور")}


def test_regions_named_by_an_ordinary_word_only_in_forms_that_say_which():
    p = one("وتضررت المحاصيل في قرى جنوب الصعيد بسبب موجة الحر", "جنوب الصعيد")
    assert (p.name, p.iso2, p.level) == ("Upper Egypt", "EG", "region")
    assert one("وامتدت الاحتجاجات إلى مدن دلتا النيل", "دلتا النيل").name == "Nile Delta"
    assert one("وقالت الشرطة في الباسك إن عبوة انفجرت", "الباسك").iso2 == "ES"
    # "على الصعيد الدولي" (at the international level) is no place
    assert [q.text for q in geocode("وعلى الصعيد الدولي رحبت الحكومة بالقرار")] == []


def test_a_holy_place_named_with_its_word_is_that_place_again_where_its_bare_name_is_framed():
    text = "ومنعت الشرطة المصلين من دخول منطقة الأقصى فجرا، ثم أغلقت أبواب المسجد الأقصى كلها"
    assert [p.name for p in geocode(text) if p.text == "الأقصى"] == ["Al-Aqsa Mosque"]
    # unframed, the bare word is the adjective: "الحد الأقصى" is the maximum
    text = "ورفعت الحكومة الحد الأقصى للأجور، فيما احتشد المصلون في المسجد الأقصى"
    assert "الأقصى" not in {p.text for p in geocode(text)}


def test_an_indefinite_name_after_an_area_word_placed_by_the_capital_after_an_adjective():
    p = one("واشترى رجل الأعمال منزلا في منطقة بلغرافيا الراقية في العاصمة لندن", "بلغرافيا")
    assert (p.iso2, p.geo_precision) == ("GB", 2)
    # an agreeing adjective after منطقة is no name
    assert "عسكرية" not in {q.text for q in geocode("وتمركزت القوات في منطقة عسكرية في العاصمة دمشق")}


def test_quoted_names_placed_by_a_direction_and_a_town_are_coded_to_the_town():
    text = 'وقال القائد الميداني إن قواته استعادت "التبة الحمراء" و"الشعبة" غربي صعدة بعد معارك عنيفة'
    got = {p.text: (p.iso2, p.admin1, p.geo_precision) for p in geocode(text)}
    assert got["التبة الحمراء"] == got["الشعبة"] == ("YE", "Sa'dah", 2)
    # a label in quotes is no place: glued to بـ, a sound plural, or placed by a country
    text = 'وشن الجيش عملية ضد من وصفهم بـ"المتشددين" شمال سوريا، وضد "الإرهابيين" غربي حلب'
    assert {p.text for p in geocode(text)} <= {"سوريا", "حلب"}


def test_the_dual_of_a_site_word_takes_two_names():
    text = "وأعلنت المؤسسة إغلاق ميناءي مصراتة والكرمشان النفطيين بعد الاشتباكات"
    p = one(text, "الكرمشان")
    assert (p.iso2, p.geo_precision) == ("LY", 2)
    assert "النفطيين" not in p.text


def test_a_country_name_with_siti_after_it_is_the_capital():
    p = one("ووصل وزير الخارجية إلى بنما سيتي في جولة إقليمية", "بنما سيتي")
    assert (p.name, p.iso2, p.level, p.geo_precision) == ("Panama City", "PA", "populated_place", 1)
    assert one("ووصل وزير الخارجية إلى بنما في جولة إقليمية", "بنما").level == "country"


def test_a_name_quoted_with_its_type_word_links_past_the_closing_quote():
    p = one('واشتبك الجيش مع المسلحين في "حي المغار" وسط مدينة درنة شرقي ليبيا', "المغار")
    assert (p.iso2, p.admin1, p.geo_precision) == ("LY", "East", 2)


def test_country_names_in_their_other_spellings():
    for spelling in ("الكوديفوار", "الكوت ديفوار", "كوت دي فوار"):
        p = one(f"ودعت فرنسا والكويت و{spelling} إلى اجتماع عاجل لمجلس الأمن", spelling)
        assert (p.iso2, p.level) == ("CI", "country")
    assert one("وفاز منتخب بوركينافاسو على منافسه", "بوركينافاسو").iso2 == "BF"


def test_a_country_spelt_like_its_adjective_after_a_verb_is_the_country():
    assert one("وقال الوزير إن بلاده تدعم سورية في حربها ضد الإرهاب", "سورية").iso2 == "SY"
    # after an indefinite noun, or as a copula's predicate, it stays the adjective
    assert "سورية" not in {p.text for p in geocode("وقالت فصائل سورية معارضة إنها ستقاتل")}
    assert "سورية" not in {p.text for p in geocode("ولم يعرف ما إذا كانت سورية أو روسية")}


def test_a_country_spelt_like_its_adjective_after_a_preposition_with_its_conjunction_is_the_country():
    # و glued to a preposition leaves it a preposition: a noun follows, never an adjective
    assert one("وزار المبعوث الأردن وفي سورية التقى وزير الخارجية", "سورية").iso2 == "SY"
    assert one("تمتد شبكة التهريب من العراق وحتّى سورية ولبنان", "سورية").iso2 == "SY"
    assert "سورية" not in {p.text for p in geocode("ووصلت وفود سورية وعراقية إلى القاهرة")}


def test_a_country_spelt_like_its_adjective_after_a_preposition_with_wa_is_the_country():
    # و on a preposition leaves a preposition, which no adjective follows
    assert one("امتدت الاحتجاجات من لبنان وحتى سورية خلال أسبوع", "سورية").iso2 == "SY"
    assert one("يصل الغاز إلى الأردن وإلى سورية عبر خط واحد", "سورية").iso2 == "SY"
    # a noun with و before it still takes the adjective
    assert "سورية" not in {p.text for p in geocode("وصلت وفود سورية ومصرية إلى الاجتماع")}


def test_a_country_spelt_like_its_adjective_after_a_perfect_a_third_form_or_a_masculine_noun():
    # an adjective follows no verb, and a feminine one no masculine singular noun
    assert one("وقالت الصحيفة إن إيران زودت سورية بصواريخ متطورة", "سورية").iso2 == "SY"
    assert one("ويساعد سورية على إعادة الإعمار صندوق عربي", "سورية").iso2 == "SY"
    assert one("وتحدث الوزير عن مستقبل سورية بعد الحرب", "سورية").iso2 == "SY"
    # a copula's predicate, a broken plural and a three-letter plural stay the adjective
    assert "سورية" not in {p.text for p in geocode("وقال إن الطائرة ليست سورية بل روسية")}
    assert "سورية" not in {p.text for p in geocode("وأجرت الجامعة تجارب سورية على القمح")}
    assert "سورية" not in {p.text for p in geocode("ونقلت صحف سورية عن مصادر رسمية")}


def test_a_quoted_name_after_an_area_word_placed_by_a_town_and_an_outpost():
    p = one('ويعمل المئات في منطقة "مشيرب" في الدوحة التي تضم فنادق', "مشيرب")
    assert (p.iso2, p.geo_precision) == ("QA", 2)
    p = one('ويعمل المئات في منطقة "فريج بن محمود" بالدوحة', "فريج بن محمود")
    assert (p.iso2, p.geo_precision) == ("QA", 2)
    p = one('وبنى المستوطنون منازل في بؤرة "جفعات هعيتام" قرب مدينة الخليل', "جفعات هعيتام")
    assert (p.iso2, p.geo_precision) == ("PS", 2)
    # a quoted adjective of the area and a hotbed are no places
    got = {p.text for p in geocode('وأقيمت منطقة "آمنة" في إدلب، وهي بؤرة التوتر في المنطقة')}
    assert got == {"إدلب"}


def test_a_unit_word_only_one_country_uses_sets_the_country_over_a_foreign_homonym():
    text = "وتحصن المسلحون في سفح جبل السلوم من معتمدية حاسي الفريد وتحديدا بدوار الرقبة"
    got = {p.text: p.iso2 for p in geocode(text)}
    assert "EG" not in got.values()
    assert got["حاسي الفريد"] == got["الرقبة"] == "TN"
    # without the word, the town of Egypt stays
    assert one("ووصل المسافرون إلى منفذ السلوم البري", "السلوم").iso2 == "EG"


def test_bare_names_after_a_preposition_placed_by_a_direction_or_a_countryside():
    p = one("وتركزت المعارك في الحيمة شمال الخوخة خلال الليل", "الحيمة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Al Hodeidah", 2)
    got = {p.text: (p.iso2, p.admin1) for p in geocode("وخرجت الحافلات من كفرنجد والنيرب بريف إدلب الجنوبي")}
    assert got["كفرنجد"] == got["النيرب"] == ("SY", "Idleb")
    # words of the fighting, plurals, nouns in construct and a describing adjective are no names
    for text in ("وتركزت المعارك في القصف شمال الخوخة", "وسيطرت القوات على أبنية غربي الحجر الأسود",
                 "ونفذت غارات في مناطق شرق حيس", "ويقع المبنى في الشطر الغربي لمدينة القدس"):
        assert not {p.text for p in geocode(text)} & {"القصف", "أبنية", "مناطق", "الشطر"}, text


def test_a_bare_name_near_a_part_of_the_country_takes_that_part():
    text = "وقالت كوريا الشمالية إن منصة دمرت الشهر الماضي قرب سينبو في شمال غرب البلاد"
    p = one(text, "سينبو")
    assert (p.iso2, p.level, p.geo_precision) == ("KP", "region", 3)


def test_a_country_after_the_kaf_of_likeness_is_the_country():
    got = {p.text: p.iso2 for p in geocode("وستكون المصالح كبيرة بين إسرائيل ودول كمصر والأردن")}
    assert got == {"إسرائيل": "IL", "مصر": "EG", "الأردن": "JO"}
    # Mali with ك glued is another word (كمالي: my perfection, a surname)
    assert not geocode("ووصف كمالي ما جرى بأنه خطأ")


def test_a_country_after_the_fa_of_sequence_is_the_country():
    text = "ولم يتراجع الحصار بعد شهرين. فكندا ترفض الحوار وتطالب بضمانات"
    assert [(p.text, p.iso2, text[p.start:p.end]) for p in geocode(text)] == [("كندا", "CA", "كندا")]
    # في + من (in whom) and ف + مالي (so my money) are other words
    assert not geocode("ولا يعرف الناس شيئا فيمن يقرر عنهم، فمالي لا يكفي للسفر")


def test_a_capital_misspelt_after_a_glued_ba_where_the_text_names_its_country():
    text = "وقال سفير مصر في نيوزيلندا إن الاقتراع يجري بالسفارة المصرية بولينجتون"
    p = one(text, "ولينجتون")
    assert (p.name, p.iso2) == ("Wellington", "NZ")
    # with its country unnamed a glued ب still reads no town abroad
    assert "ولينجتون" not in {p.text for p in geocode("وأقام الوفد بولينجتون أياما")}


def test_a_compound_name_headed_by_hammam_after_a_unit_word_is_placed_by_the_unit():
    p = one("وقتل الجيش مسلحا في بلدية حمام ملوان بولاية البليدة", "حمام ملوان")
    assert (p.iso2, p.geo_precision) == ("DZ", 2)
    # a bath in a named quarter is no place of its own
    assert "حمام" not in {p.text for p in geocode("وقع الانفجار في حمام المدينة القديمة بدمشق")}


def test_an_international_force_of_one_theatre_sets_the_story_in_it():
    # no other place: the Arab coalition's war is Yemen's (not its leader Saudi Arabia's), so the West Coast is
    # Yemen's, not Libya's
    text = "مقتل العشرات من المتمردين في غارات للتحالف العربي استهدفت تعزيزات كانت في طريقها إلى جبهة الساحل الغربي"
    assert one(text, "الساحل الغربي").iso2 == "YE"


def test_a_name_the_data_lack_before_its_province_in_brackets_is_placed_by_it():
    text = "وغادر آخر المرضى مستشفى بوعلفاريك (ولاية البليدة) بعد أن تماثلوا للشفاء"
    p = one(text, "بوعلفاريك")
    assert (p.iso2, p.admin1, p.geo_precision) == ("DZ", "Blida", 2)
    assert text[p.start:p.end] == p.text
    # a common word before a bracket is no name
    assert "الفقيه" not in {p.text for p in geocode("ودعا إلى نظام الولي (ولاية الفقيه) في إيران")}


def test_a_country_after_an_office_of_its_state_stays_a_place_inside_a_person_span():
    text = "وهاجم نتنياهو وزير خارجية إيران محمد جواد ظريف خلال مؤتمر ميونيخ"
    span = "خارجية إيران محمد جواد ظريف"
    s = text.index(span)
    per = Entity(start=s, end=s + len(span), text=span, label="PER")
    p = next(q for q in Geocoder().places(text, [per]) if q.text == "إيران")
    assert p.iso2 == "IR" and text[p.start:p.end] == p.text


def test_lebanons_compass_governorates_in_a_list_of_lebanese_places():
    # a constructed list: Lebanon's South and North governorates are called by bare compass nouns
    text = "وانقطعت الكهرباء عن مناطق واسعة في صيدا والجنوب والشمال وجبل لبنان"
    for name, admin1 in (("الجنوب", "South"), ("الشمال", "North")):
        p = one(text, name)
        assert (p.iso2, p.admin1, p.level, p.geo_precision) == ("LB", admin1, "admin1", 3)
        assert text[p.start:p.end] == p.text
    # a direction, a longer name, or a list with no Lebanese place stays no unit
    for other in ("وتقدمت القوات من الشمال إلى الجنوب", "ونزح الآلاف من درعا والجنوب السوري",
                  "وتمتد من طرابلس والشمال الغربي"):
        assert not {"الجنوب", "الشمال"} & {q.text for q in geocode(other)}
    # listed after a Syrian town the noun is Syria's south (round 41), never Lebanon's unit
    assert [(q.iso2, q.level) for q in geocode("ونزح الآلاف من درعا والجنوب") if q.text == "الجنوب"] == [("SY", "region")]


def test_a_local_armed_group_the_ner_missed_still_sets_the_story_in_its_country():
    # entities from an NER that linked no actor (no actor linker ran): the KB's own match of the Houthis,
    # which no entity covers, still makes the West Coast Yemen's, not Libya's
    text = "وقالت مصادر محلية إن المعارك تدور بين القوات الحكومية وميليشيات الحوثي في الساحل الغربي"
    s = text.index("مصادر محلية")
    org = Entity(start=s, end=s + len("مصادر محلية"), text="مصادر محلية", label="ORG")
    p = next(q for q in Geocoder().places(text, [org]) if q.text == "الساحل الغربي")
    assert p.iso2 == "YE" and text[p.start:p.end] == p.text


def test_the_delta_in_a_story_of_egypt_is_the_nile_delta():
    text = "وقال المتحدث العسكري المصري إن الحملة تلاحق الخلايا المسلحة بالدلتا ومحيط القاهرة"
    p = one(text, "الدلتا")
    assert (p.iso2, p.name, p.level, p.geo_precision) == ("EG", "Nile Delta", "region", 3)
    assert text[p.start:p.end] == p.text
    # another delta, or none in a story of Egypt, stays no place
    for other in ("وتعيش الطيور في الدلتا الداخلية لنهر النيجر في مالي", "ورسم المهندس جناح الدلتا للطائرة"):
        assert "الدلتا" not in {q.text for q in geocode(other)}


def test_a_country_glued_to_a_preposition_inside_a_person_span_is_the_country():
    # a constructed sentence: the NER ran a person from a plural noun to "to Britain"; no name holds "to X"
    text = "التقى الوفد ثلاثة وزراء لبريطانيا في جولته الأخيرة"
    s = text.index("وزراء لبريطانيا")
    per = Entity(start=s, end=s + len("وزراء لبريطانيا"), text="وزراء لبريطانيا", label="PER")
    p = next(q for q in Geocoder().places(text, [per]) if q.text == "بريطانيا")
    assert p.iso2 == "GB" and text[p.start:p.end] == p.text
    # a person span with no glued preposition keeps the name a person's
    text = "وقال المتحدث باسم الحكومة مصر الحربي إن"
    s = text.index("مصر الحربي")
    per = Entity(start=s, end=s + len("مصر الحربي"), text="مصر الحربي", label="PER")
    assert "مصر" not in {q.text for q in Geocoder().places(text, [per])}


def test_a_town_joined_to_a_typed_name_is_a_town_where_the_ner_read_a_person_inside_it():
    # a constructed sentence: the NER read "زويد" as a person; the town word before the first name
    # (unknown to the gazetteer) names the second too
    text = "ونزح السكان من بلدة الفلاحية والشيخ زويد بشمال سيناء"
    s = text.index("زويد")
    per = Entity(start=s, end=s + len("زويد"), text="زويد", label="PER")
    p = next(q for q in Geocoder().places(text, [per]) if q.text == "الشيخ زويد")
    assert (p.iso2, p.name) == ("EG", "Ash Shaykh Zuwayd") and text[p.start:p.end] == p.text
    # with no type word before the first name, the person stays a person
    text = "واستقبل الأمير أحمد والشيخ زويد في قصره"
    s = text.index("زويد")
    per = Entity(start=s, end=s + len("زويد"), text="زويد", label="PER")
    assert "الشيخ زويد" not in {q.text for q in Geocoder().places(text, [per])}


def test_a_definite_word_after_a_noun_with_a_possessive_pronoun_is_its_adjective():
    # constructed sentences: after ل or ب, a noun written with the pronoun ه (not ة) is definite, and the
    # definite word after it agrees with it: "his wide win", not Al 'Arid
    for text in ("وتأهل الفريق لفوزه العريض ذهابا", "ودعا لمحاصرته المخا"):
        assert not geocode(text), text
    # the same noun written with ة is in construct with the name after it
    for text, name in (("وتوجه الوفد لزيارة العريض", "العريض"), ("ودعا لمحاصرة المخا", "المخا")):
        p = one(text, name)
        assert text[p.start:p.end] == p.text


def test_national_capitals_do_not_make_the_prior_that_vetoes_a_village():
    # constructed sentences: "an agreement between Washington and Ankara" names two governments, not where
    # the story is, so منبج (under the veto's 100,000 people) stays a place; other names still veto it
    p = one("ومستقبل منبج قد يضمنه اليوم اتفاق بين واشنطن وأنقرة.", "منبج")
    assert (p.iso2, p.admin1) == ("SY", "Aleppo")
    assert "منبج" not in {q.text for q in geocode("ومستقبل منبج قد يضمنه اليوم اتفاق بين تكساس وإسطنبول.")}
    # a word that is also a small town stays a word
    assert "الجديد" not in {q.text for q in geocode("وقال إن الجديد في الأمر اتفاق بين واشنطن وأنقرة وموسكو")}


def test_the_fronts_of_an_offensive_open_a_list_of_places():
    # a constructed sentence: "محاور" (fronts) named by their places; an unknown one joined by و lies in
    # the unit of the others
    text = "وتقدمت القوات على محاور الفلاحية وحرستا ودوما وعربين"
    p = one(text, "الفلاحية")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Rural Damascus", 2) and text[p.start:p.end] == p.text
    # fronts of a talk are no places
    assert not geocode("وناقش الاجتماع محاور التعاون والتنمية والاستثمار")


def test_a_town_abroad_placed_beside_an_unknown_area_of_the_story_is_a_homonym():
    # constructed sentences: a station north of an area the gazetteer lacks, in a Yemeni story, is no
    # town of Algeria; the name stays unknown and takes the story's unit
    text = ("وسيطر الجيش اليمني على مواقع في محافظة الضالع جنوبي اليمن، وعلى محطة المسيلة "
            "شمالي منطقة مريس.")
    p = one(text, "المسيلة")
    assert (p.iso2, p.admin1) == ("YE", "Ad Dali'") and text[p.start:p.end] == p.text
    # without the compass word and the unknown area, the town keeps its reading
    p = one("وصل الوفد اليمني إلى المسيلة في الجزائر.", "المسيلة")
    assert p.iso2 == "DZ"


def test_an_english_name_takes_no_country_of_the_region_from_the_prior():
    # constructed sentences: an air base named in English (نورث هولت) in a story a Saudi word sets in Saudi
    # Arabia is no Saudi place; nothing beats the wrong country
    text = 'اجتمع وزير الدفاع السعودي بنظيره البريطاني في قاعدة "نورث هولت" الجوية.'
    assert not [p for p in geocode(text) if "هولت" in p.text]
    # a unit the text names with it still codes it
    p = one('اجتمع وزير الدفاع السعودي بنظيره البريطاني في قاعدة "نورث هولت" الجوية قرب لندن.', "نورث هولت")
    assert (p.iso2, p.geo_precision) == ("GB", 2)
    # an Arabic name after the same words keeps the story's country
    p = one('اجتمع وزير الدفاع السعودي بنظيره البريطاني في قاعدة "الحرير" الجوية.', "الحرير")
    assert (p.iso2, p.level) == ("SA", "country")


def test_an_english_place_name_ending_takes_no_country_of_the_region_from_the_prior():
    """"مدينة هولمزفيلد" (an unknown -field) in a sentence that names Israel is no Israeli place: the guess is
    dropped; a unit named with it still codes it, and an Arabic name keeps the story's country.  (Round 33:
    ديرفيلد, once the example, is Deerfield, a US town of 19,000 the gazetteer now has by its long name.)"""
    text = "اتهم الوزير الحكومة في إسرائيل بالحملة على الجالية العربية في مدينة هولمزفيلد بسبب خروج المتظاهرين"
    assert [p.text for p in geocode(text)] == ["إسرائيل"]
    p = one("قال مسؤول إن المتظاهرين خرجوا في مدينة هولمزفيلد قرب لندن", "هولمزفيلد")
    assert (p.iso2, p.geo_precision) == ("GB", 2)
    assert one("اتهم الوزير الحكومة في إسرائيل بالحملة على الجالية في مدينة ديرهام", "ديرهام").iso2 == "IL"
    assert one(text.replace("هولمزفيلد", "ديرفيلد"), "ديرفيلد").iso2 == "US"


def test_bin_opens_a_compound_unknown_name():
    """"قرية بن زهرة": بن (son of) opens a two-word name like أبو and بني, so the name is both words."""
    p = one("هاجم مسلحون قرية بن زهرة جنوب الجزائر العاصمة", "بن زهرة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("DZ", "Alger", 2)


def test_a_town_that_opens_a_longer_unknown_name_gives_way_to_the_unit_the_text_names():
    # constructed sentences: Busra al-Harir is no row of the gazetteer; بصرى alone is Busra ash Sham, and
    # نجد alone An Najd of another governorate; the pair is one village the data lack, coded to its unit
    text = "قصفت قوات النظام بلدة بصرى الحرير في ريف درعا الشرقي."
    p = one(text, "بصرى الحرير")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Dar'a", 2) and text[p.start:p.end] == p.text
    assert "not in the gazetteer" in p.reason and "Busra ash Sham" not in {q.name for q in geocode(text)}
    text = "وفي منطقة نجد القرين جنوبي دمت قصفت المدفعية مواقع الحوثيين في محافظة الضالع."
    p = one(text, "نجد القرين")
    assert (p.iso2, p.admin1, p.geo_precision) == ("YE", "Ad Dali'", 2)
    assert not {"نجد", "القرين"} & {q.text for q in geocode(text)}
    # a name the gazetteer holds whole is matched whole (طيبة الإمام, not Jordan's At Tayyibah)
    p = one("قصفت الطائرات مدينة طيبة الإمام في ريف حماة الشمالي.", "طيبة الإمام")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Hama", 1)
    # an adjective, a time word or a district named after its seat leave the town as it was
    for text, town in (("وصلت القوات إلى مدينة عفرين المحاصرة في ريف حلب.", "عفرين"),
                       ("وقال مسؤولون في دمشق الأسبوع الماضي في بيان.", "دمشق"),
                       ("وأطبقت القوات الحصار على حي درعا البلد في مدينة درعا.", "درعا")):
        assert one(text, town).geo_precision == 1


def test_a_definite_word_that_takes_up_a_noun_in_construct_is_no_village():
    # constructed sentences: عقبة القنذع (the pass of al-Qandha), then العقبة (the pass), is no village
    # al-'Aqabah; سفيرة الولايات المتحدة, then السفيرة (the ambassador), is no town As Safirah
    text = "وامتدت المعارك حتى عقبة القنذع، حيث تتعرض ميليشيات الحوثي في العقبة لهجمات من كل الاتجاهات."
    assert "العقبة" not in {p.text for p in geocode(text)}
    text = "وقالت سفيرة الولايات المتحدة إن القصف مستمر. وأردفت السفيرة الأميركية أن بلادها سترد."
    assert "السفيرة" not in {p.text for p in geocode(text)}
    # the town named alone stays; a city named in an epithet before (قاهرة المعز) stays the city
    p = one("قصفت الطائرات بلدة السفيرة في ريف حلب الشرقي.", "السفيرة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("SY", "Aleppo", 1)
    p = one("تزينت قاهرة المعز بالأضواء، وتظاهر المئات في القاهرة أمس.", "القاهرة")
    assert (p.iso2, p.name) == ("EG", "Cairo")


def test_town_of_a_newer_admin1_takes_the_unit_it_was_split_from():
    """Halabja's GeoNames code (IQ.19, 2014) is newer than the admin1 table: the nearest placed town
    within 30 km gives its unit (Sulaymaniyah, as OCHA has it); a farther one gives none."""
    from marsad.gazetteer.build import Row, _place_split
    assert one("عاد آلاف الأكراد إلى حلبجة لإحياء ذكرى القصف", "حلبجة").admin1 == "Al-Sulaymaniyah"
    old = Row("gn:1", "populated_place", "XX", "Old", admin1="North", pcode="XX01", lat=30.0, lon=40.0)
    near = Row("gn:2", "populated_place", "XX", "Near", lat=30.1, lon=40.1)
    far = Row("gn:3", "populated_place", "XX", "Far", lat=32.0, lon=40.0)
    by_admin = defaultdict(list, {("XX", "North"): [old]})
    _place_split([near, far], by_admin)
    assert (near.admin1, near.pcode) == ("North", "XX01") and far.admin1 == ""
    assert near in by_admin[("XX", "North")]


def test_saudi_regions_named_by_no_town_have_their_arabic_names():
    """Saudi Arabia's Al Jawf, Qassim and Northern Borders regions had only Latin names: الجوف with Riyadh
    or an emir's title is the Saudi region; with Yemen's names it stays Yemen's governorate."""
    assert one("عين الملك أميرا جديدا لمنطقة الجوف خلفا للأمير المعفى", "منطقة الجوف").iso2 == "SA"
    assert one("تنقل الطفلان بين الجوف والرياض قبل العثور عليهما", "الجوف").iso2 == "SA"
    assert one("هطلت أمطار غزيرة على القصيم والرياض أمس", "القصيم").admin1 == "Al Quassim"
    assert one("قتل ثلاثة في غارة على الجوف شمال صنعاء", "الجوف").iso2 == "YE"
    assert one("اشتباكات بين الحوثيين وقوات الجيش في محافظة الجوف", "محافظة الجوف").iso2 == "YE"
    # "الحدود الشمالية" alone is any northern border: only "منطقة الحدود الشمالية" names the region
    assert not [p for p in geocode("تدور معارك على الحدود الشمالية لمدينة عفرين") if p.text == "الحدود الشمالية"]


def test_persian_spellings_of_big_towns_folded_to_arabic_letters():
    """كابول and انديجان are GeoNames' Persian spellings (کابول, اندیجان) in Arabic letters: Kabul, not the
    Galilee village Kabul; short folds are left out (سکر, Sukkur, would be 'sugar')."""
    from marsad.gazetteer.build import _persian_folded
    assert one("انفجرت سيارة مفخخة في كابول صباح اليوم", "كابول").iso2 == "AF"
    assert one("تظاهر المئات في انديجان قبل أن تفرقهم الشرطة", "انديجان").iso2 == "UZ"
    assert _persian_folded("کابول") == "كابول" and _persian_folded("سکر") == "" and _persian_folded("كابل") == ""


def test_compass_noun_with_nationality_is_the_unit_so_named():
    """Lebanon's governorates الجنوب and الشمال are named by the compass noun, so "الجنوب اللبناني" is the
    South governorate like "جنوب لبنان"; a country with no such unit keeps the country-relative region."""
    p = one("انسحبت القوات من الجنوب اللبناني بعد سنوات من الاحتلال", "الجنوب اللبناني")
    assert (p.iso2, p.admin1, p.level) == ("LB", "South", "admin1")
    assert one("توجه الوفد إلى الشمال اللبناني", "الشمال اللبناني").admin1 == "North"
    p = one("قصفت المدفعية قرى في الجنوب السوري", "الجنوب السوري")
    assert (p.iso2, p.admin1, p.level) == ("SY", None, "region")


def test_two_long_vowels_in_the_other_order_read_as_the_big_city():
    """روالبندي is راولبندي (Rawalpindi) with و and ا swapped, a transliteration's vowels; after في or وفي
    the big city abroad is read, as for a long vowel dropped or added."""
    from marsad.gazetteer.spelling import vowel_swap
    assert one("تظاهر المئات في روالبندي احتجاجا على الغلاء", "روالبندي").iso2 == "PK"
    assert one("وفي روالبندي اعتقلت قوات الأمن عشرات المحتجين", "روالبندي").iso2 == "PK"
    assert vowel_swap("روالبندي", "راولبندي") and not vowel_swap("كركرك", "كركوك") and not vowel_swap("ابرد", "اربد")


def test_kosovo_is_a_country_by_its_user_assigned_code():
    """Kosovo has no ISO 3166 code (Natural Earth -99): OCHA and GeoNames give it XK, as ACLED codes it."""
    p = one("أعلن رئيس وزراء كوسوفو تشكيل حكومة جديدة", "كوسوفو")
    assert (p.iso2, p.level) == ("XK", "country")


@pytest.mark.parametrize("text", ["لقي شاب مصرعه برصاص قناص في حي الميدان بدمشق.", "سقطت قذيفة على حي الميدان في دمشق."])
def test_a_quarter_named_with_its_city_lies_in_it_however_big_a_namesake_abroad(text: str) -> None:
    """Medan (Indonesia, 2.4 million) is no quarter of Damascus: the quarter the data lack falls back to the city."""
    places = geocode(text)
    midan = next(p for p in places if p.text.endswith("ميدان"))
    assert (midan.iso2, midan.name, midan.geo_precision) == ("SY", "Damascus", 2), midan.reason


def test_first_level_units_of_russia_and_china_the_news_names():
    """The shared admin1 table covers the Middle East only: التبت and أوسيتيا الشمالية are regions of
    China and Russia (North Ossetia, not Sudan's Northern state that الشمالية alone names)."""
    assert one("تظاهر مئات احتجاجا على القمع في التبت الأسبوع الماضي", "التبت").iso2 == "CN"
    assert one("أفادت مصادر أمنية في اوسيتيا الشمالية بمقتل شرطي", "اوسيتيا الشمالية").iso2 == "RU"
    assert one("قتل مسلحان في اشتباك مع الشرطة في داغستان", "داغستان").iso2 == "RU"
    assert one("فتح مسلحون النار على دورية في جمهورية إنغوشيا", "جمهورية إنغوشيا").iso2 == "RU"
    # Sudan's Northern state keeps its name
    assert one("هطلت أمطار غزيرة على الولاية الشمالية في السودان", "الولاية الشمالية").iso2 == "SD"


def test_town_word_name_and_nationality_adjective_say_the_country():
    """"مدينة بور الصومالية": the adjective agrees with the town word and places the town; a reading in
    another country (Bor, Turkey) is a namesake, coded to the adjective's country instead."""
    p = one("تقدمت القوات الإثيوبية نحو مدينة بور هبكة الصومالية أمس", "بور هبكة")
    assert (p.iso2, p.geo_precision) == ("SO", 3)
    assert one("فر آلاف السكان من بلدة بور السودانية بعد الاشتباكات", "بور").iso2 == "SD"
    # a reading in the adjective's country is kept, with its coordinates
    p = one("قصفت الطائرات أطراف مدينة رفح المصرية فجرا", "رفح")
    assert (p.iso2, p.geo_precision) == ("EG", 1)
    assert one("دخل الجيش بلدة عرسال اللبنانية صباحا", "عرسال").admin1 == "Baalbek-El Hermel"


def test_iraqs_marshes_are_a_region():
    """الأهوار (the marshes) is Iraq's Mesopotamian Marshes, across three governorates (no admin1)."""
    p = one("يشكو سكان القرى في مناطق الأهوار من شح المياه هذا الصيف", "الأهوار")
    assert (p.iso2, p.admin1) == ("IQ", None)
    # 'الأدوار' (the roles) is no slip of it
    assert not geocode("تبادل الحزبان الأدوار في البرلمان")


def test_town_abroad_beside_a_place_the_story_names_is_kept():
    """A small town outside the region in a story of another country is usually an Arabic word; one
    within 300 km of a town the story names for sure (Melilla by Oran) is that town."""
    from marsad.pipeline import DEFAULT_STEPS, Pipeline

    nlp = Pipeline(DEFAULT_STEPS[: DEFAULT_STEPS.index("marsad.geocoder.v1") + 1])  # with the NER, as extract runs
    doc = nlp("خطط الداي لهجوم على مليلية، ومن جهة الجزائر على وهران", lang="ar")
    assert {p.text: p.iso2 for p in doc.places}.get("مليلية") == "ES"


def test_pakistans_provinces_carry_their_admin1_though_no_table_covers_pakistan():
    """regions.tsv's sixth column names the first-level unit of a region whose member towns have none
    (Pakistan): البنجاب is in Punjab, وزيرستان in Khyber Pakhtunkhwa; a town in the province stays the town."""
    assert one("هاجم مسلحون مركزا للشرطة في إقليم البنجاب ليلا", "إقليم البنجاب").admin1 == "Punjab"
    assert one("قصفت طائرة مسيرة مجمعا في وزيرستان الشمالية", "وزيرستان الشمالية").admin1 == "Khyber Pakhtunkhwa"
    assert one("انفجرت عبوة في سوق بمدينة ملتان في إقليم البنجاب", "ملتان").name == "Multan"


def test_the_swat_valley_is_a_region_of_pakistan():
    """Swat (the district and valley of Mingora) has no Arabic name in any source table."""
    p = one("نفذ الجيش عملية ضد المسلحين في وادي سوات صباح أمس", "وادي سوات")
    assert (p.iso2, p.admin1, p.level) == ("PK", "Khyber Pakhtunkhwa", "region")
    # سواتر (earth banks) holds the name but is another word
    assert not geocode("وأقام الجنود سواتر ترابية قرب المعبر")


def test_a_town_name_after_saint_is_the_tail_of_a_saints_town():
    # Saint-Quentin, not Kuantan (Malaysia); Bolton alone is still Bolton
    assert not geocode("وحاول المتهم تفجير مصنع للغاز في سان كوانتان ثم اعتقل")
    assert [p.iso2 for p in geocode("زار المدرب مدينة بولتن الإنجليزية")] == ["GB"]
    assert {p.text for p in geocode("هبطت الطائرة في سانت لويس")} == {"سانت لويس"}


def test_a_name_in_the_centre_of_a_city_is_no_homonym_abroad():
    # "X (وسط Y)": the centre of a city holds X, as "X شمال Y" does; no village of Jordan's or Sudan's
    p = one("واعتدى مجهولون على موظف بالمنشية (وسط الإسكندرية) مساء الأحد", "المنشية")
    assert (p.iso2, p.admin1) == ("EG", "Alexandria")
    # a name with a reading in that city is kept, and وسط before no place is "amid"
    assert one("وتظاهر الآلاف في حلب وسط انتشار أمني كثيف", "حلب").iso2 == "SY"


def test_a_square_named_after_a_country_lies_in_the_town_the_sentence_names():
    text = "وتظاهر آلاف الإيرانيين في طهران احتجاجا على الحرب وتجمعوا في ساحة فلسطين وهم يرددون الهتافات"
    assert (one(text, "فلسطين").iso2, one(text, "فلسطين").admin1) == ("IR", "Tehran")
    assert one("وتجمع المحتجون في ساحة فلسطين ببغداد", "فلسطين").iso2 == "IQ"
    # no town in the sentence: the country's arena, left as it was
    assert one("وقال إن ساحة لبنان تشهد صراعا بين القوى", "لبنان").iso2 == "LB"


def test_a_small_place_said_to_be_in_a_country_none_of_its_readings_lies_in_is_of_that_country():
    # "في X في C"، "في X بC": the sentence states the country; a village abroad is no reading
    for text in ("وقع انفجار في بلدة المنشية بمصر", "وانفجرت عبوة بقرية المنشية في مصر"):
        p = one(text, "المنشية")
        assert (p.iso2, p.geo_precision) == ("EG", 2)
    assert one("وقعت الحادثة في الخور في العراق", "الخور").iso2 == "IQ"
    # a reading in that country is kept; "من X في C" says where people are from, not where X is
    assert one("قتل شخصان في المنصورة في مصر", "المنصورة").admin1 == "Dakahlia"
    assert one("وصل نازحون من القصير في لبنان", "القصير").iso2 == "SY"


def test_lebanons_governorates_by_their_official_names():
    # "محافظة لبنان الشمالي": the North governorate's official name, not Lebanon with an adjective
    p = one("واجتمع محافظ لبنان الشمالي مع رؤساء البلديات في طرابلس", "لبنان الشمالي")
    assert (p.iso2, p.admin1, p.level) == ("LB", "North", "admin1")
    assert one("وزار الوزير محافظة لبنان الجنوبي أمس", "محافظة لبنان الجنوبي").admin1 == "South"


def test_towns_in_the_spellings_the_news_of_2007_and_2008_uses():
    for text, name, iso2 in (("وتقدمت القوات الإثيوبية نحو بيداوة مقر الحكومة", "بيداوة", "SO"),
                             ("وزار المفتشون منشأة ناتانز لتخصيب اليورانيوم", "ناتانز", "IR"),
                             ("واعتقلت الشرطة ثلاثة رجال في لكناو شمال الهند", "لكناو", "IN"),
                             ("واندلعت مواجهات في متروفيتسا بين الصرب والألبان", "متروفيتسا", "XK"),
                             ("وأحيا الآلاف ذكرى مذبحة سربرنيتسا في البوسنة", "سربرنيتسا", "BA"),
                             ("وتظاهر أبناء الجالية العربية في ديربورن بولاية ميشيغان", "ديربورن", "US"),
                             ("واستهدفت الغارة مستودعا للوقود في كولوناوا قرب كولومبو", "كولوناوا", "LK")):
        assert one(text, name).iso2 == iso2, name


def test_fort_before_a_name_heads_a_forts_name_not_fuerth():
    # "فورت" is also Fürth's Arabic name; before another name it heads Fort X (a base, a town)
    places = geocode("وزار الرئيس قاعدة فورت ايرون العسكرية في ولاية كاليفورنيا")
    assert "DE" not in {p.iso2 for p in places}
    # a fort the gazetteer has whole is still read whole
    assert one("ووقع إطلاق نار في فورت وورث بولاية تكساس", "فورت وورث").iso2 == "US"


def test_brackets_quote_a_name_after_its_type_word():
    # "مزرعة (X)": the 2007-2008 newswire brackets a name as others quote it («X»)
    for text in ("وقتل خمسة في غارة على مزرعة (الطويلة) في البوكمال", "وقتل خمسة في غارة على مزرعة ( الطويلة ) في البوكمال"):
        p = one(text, "الطويلة")
        assert (p.iso2, p.admin1) == ("SY", "Deir-ez-Zor")


def test_a_suburb_the_data_lack_lies_in_the_city_the_sentence_names():
    p = one("وقتل شاب برصاص الشرطة في ضاحية كولونوس وسط العاصمة أثينا", "كولونوس")
    assert (p.iso2, p.geo_precision) == ("GR", 2)
    p = one("وانفجرت عبوة في ضاحية بنصلاوة القريبة من مدينة أربيل", "بنصلاوة")
    assert (p.iso2, p.admin1) == ("IQ", "Erbil")
    # the suburb of a city the data have is that city's, read whole where the gazetteer has it
    assert one("وسقط صاروخ على ضاحية بيروت الجنوبية", "ضاحية بيروت الجنوبية").iso2 == "LB"


def test_an_area_the_data_lack_placed_by_a_compass_word_and_a_known_place():
    for text in ("وقتل ثلاثة في صدام مع الشرطة في منطقة كجبار شمال السودان",
                 "وقتل ثلاثة في صدام مع الشرطة في منطقة كجبار بشمال السودان"):
        p = one(text, "كجبار")
        assert (p.iso2, p.geo_precision) == ("SD", 2)
    # an adjective or a plural after the area word is a label, not a name
    places = geocode("ودعت أنقرة لإقامة منطقة آمنة شمال سوريا")
    assert "آمنة" not in {p.text for p in places}
    assert "عمليات" not in {p.text for p in geocode("وقصفت الطائرات منطقة عمليات شمال حلب")}


def test_a_mahalla_the_data_lack_is_a_quarter_of_the_city_named_with_it():
    p = one("وخرجت مظاهرة من محلة الشواكة في بغداد", "الشواكة")
    assert (p.iso2, p.admin1, p.geo_precision) == ("IQ", "Baghdad", 2)
    # محله written with ه is 'his place'
    assert not geocode("وأحيل الفريق إلى التقاعد ليحل محله اللواء الركن في قيادة الجيش")


def test_a_gate_named_after_a_city_lies_in_the_city_the_sentence_names():
    """"باب دمشق" near East Jerusalem is Damascus Gate, in Jerusalem; a border gate the sentence puts
    in no other town (باب سبتة) and a gate of a list of gates (باب دمشق وباب بيروت) keep their town."""
    text = "تظاهر مئات الفلسطينيين في القدس الشرقية أمام باب دمشق احتجاجا على الحفريات"
    gate = next(p for p in geocode(text) if p.text == "دمشق")
    assert (gate.iso2, gate.admin1, gate.geo_precision) == ("PS", "West Bank", 1) and "gate" in gate.reason
    assert {p.iso2 for p in geocode("عبر مئات المغاربة باب سبتة الحدودي صباح اليوم")} == {"ES"}
    doors = {p.text: p.iso2 for p in geocode("قال إنه يطرق باب دمشق وباب بيروت للحصول على دعم")}
    assert doors == {"دمشق": "SY", "بيروت": "LB"}


def test_a_small_town_abroad_listed_with_the_storys_places_is_a_homonym():
    """"مثل القبلة والخور ومناطق الأهوار" of a Basra story: الخور is no Qatari town there, and casts no vote
    for Qatar; in a Qatari list (الدوحة … الوكرة والخور) it stays Al Khawr."""
    iraq = "طالب سكان البصرة بمراكز صحية في مناطق مثل القبلة والخور ومناطق الأهوار حيث لا يوجد مستشفى"
    assert {p.iso2 for p in geocode(iraq)} == {"IQ"}
    qatar = "وصل الوفد القطري إلى الدوحة ثم زار الوكرة والخور لتفقد المشاريع"
    assert {p.text: p.iso2 for p in geocode(qatar)}["الخور"] == "QA"


def test_an_annexed_village_does_not_lie_in_the_unit_it_is_to_join():
    """"بضم قريتي X وY بإقليم كردستان": after a word of annexing, the ب-unit is where the villages are to
    be joined; they lie where the story's places are (here Nineveh), while "في قريتي X وY بإقليم كردستان"
    keeps the region."""
    annex = "وقال مسؤول في محافظة نينوى إن الأهالي طالبوا بضم قريتي زرنوكة وبرسوفة بإقليم كردستان"
    got = {p.text: p for p in geocode(annex)}
    assert (got["زرنوكة"].admin1, got["برسوفة"].admin1) == ("Ninewa", "Ninewa")
    inside = "وقال مسؤول إن الأهالي في قريتي زرنوكة وبرسوفة بإقليم كردستان استقبلوا النازحين"
    got = {p.text: p for p in geocode(inside)}
    assert got["زرنوكة"].name == got["كردستان"].name


def test_an_unknown_quarter_lies_in_the_one_town_the_story_names():
    """"في محلة X" with X unknown, in a story whose only place below its country is one town: a quarter
    of that town; a story naming two towns leaves it to the country."""
    one_town = "تظاهر مئات الطلاب في حلب مساء أمس احتجاجا على رفع الأسعار، وتجمع بعضهم أمام منزل الوزير في محلة زقاق الكتان"
    got = [p for p in geocode(one_town) if p.text.startswith("زقاق")]
    assert got and (got[0].name, got[0].admin1, got[0].geo_precision) == ("Aleppo", "Aleppo", 2)
    two_towns = "تظاهر مئات الطلاب في حلب وحمص مساء أمس، وتجمع بعضهم أمام منزل الوزير في محلة زقاق الكتان"
    got = [p for p in geocode(two_towns) if p.text.startswith("زقاق")]
    assert got and got[0].level == "country"
