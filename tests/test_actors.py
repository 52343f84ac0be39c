"""The actor knowledge base: data checks, clitic-tolerant longest matching, generic actors, user files."""

from __future__ import annotations

import json

import pytest

from marsad.errors import InputError
from marsad.gazetteer.countries import country
from marsad.lexicons.actors import ACTOR_TYPES, Actor, ActorKB, ActorMatch, GenericMatch, acled_name_for
from marsad.text.tokenize import norm_tokens


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def ids(matches: list[ActorMatch]) -> list[str]:
    return [m.actor.id for m in matches]


def check_offsets(text: str, matches) -> None:
    for m in matches:
        assert text[m.start : m.end] == m.text


# -- the data ----------------------------------------------------------------------------------


def test_kb_loads_with_version_and_size(kb):
    assert kb.version
    assert len(kb) >= 200
    assert kb.n_aliases >= 1000
    assert kb.get("sohr") is kb.get("actor:sohr")
    assert kb.get("no-such-actor") is None


def test_every_actor_is_well_formed(kb):
    for a in kb.actors.values():
        assert isinstance(a, Actor)
        assert a.type in ACTOR_TYPES, a.id
        assert a.country is None or country(a.country) is not None, a.id
        assert a.inter is None or 1 <= a.inter <= 8, a.id
        assert a.member_of is None or kb.get(a.member_of) is not None, (a.id, a.member_of)
        assert any(a.aliases.get(lang) for lang in ("ar", "en", "fr")), a.id
        if a.type in ("media", "ngo"):
            assert a.source_kind, a.id


def test_no_alias_points_to_two_actors(kb):
    owner: dict[tuple[str, ...], str] = {}
    for a in kb.actors.values():
        for alias in a.all_aliases():
            key = tuple(norm_tokens(alias))
            assert owner.setdefault(key, a.id) == a.id, (alias, owner[key], a.id)


def test_regions_and_sources_are_covered(kb):
    countries = {a.country for a in kb.actors.values()}
    assert {"SY", "IQ", "YE", "LB", "PS", "IL", "LY", "SD", "TR", "RU", "US", "IR"} <= countries
    for sid in ("sohr", "sana", "ain_al_yaman", "reuters", "afp", "al_jazeera"):
        assert kb.get(sid) is not None and kb.get(sid).source_kind
    assert kb.get("ain_al_yaman").handles == ("@YenNews1",)
    police = kb.find("قوى الأمن الداخلي")[0].actor
    assert (police.acled_name, police.inter) == ("Police Forces of Syria (2024-)", 1)


# -- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, span",
    [
        ("وأكد المرصد أن القصف استمر", "sohr", "المرصد"),
        ("بحسب المرصد السوري", "sohr", "المرصد السوري"),
        ("وقال للمرصد السوري لحقوق الإنسان إن", "sohr", "لمرصد السوري لحقوق الإنسان"),
        ("ونقلت وكالة سانا عن مصدر", "sana", "وكالة سانا"),
        ("وذكرت سانا", "sana", "سانا"),
        ("بحسب وكالة الصحافة الفرنسية", "afp", "وكالة الصحافة الفرنسية"),
        ("وأعلن الحوثيون", "houthis", "الحوثيون"),
        ("اشتباكات مع قسد في دير الزور", "sdf", "قسد"),
        ("وبقوات سوريا الديمقراطية", "sdf", "قوات سوريا الديمقراطية"),
    ],
)
def test_find_with_proclitics(kb, text, actor, span):
    found = kb.find(text)
    assert ids(found) == [actor]
    assert found[0].text == span
    check_offsets(text, found)


def test_longest_alias_wins(kb):
    text = "أفاد المرصد السوري لحقوق الإنسان أن كتائب حزب الله ردت على قوى الأمن الداخلي اللبنانية"
    found = kb.find(text)
    assert ids(found) == ["sohr", "kataib_hezbollah", "lebanon_isf"]
    assert found[0].text == "المرصد السوري لحقوق الإنسان"
    check_offsets(text, found)


def test_shadow_variants_match(kb):
    for text in ("احمد الشرع", "أحمد الشَّرع", "أحـمـد الشرع", "الرئيس أحمد الشرع"):
        found = kb.find(text)
        assert [m.actor.id for m in found] == ["ahmed_al_sharaa"], text
        check_offsets(text, found)


def test_two_names_of_omar_omsen_link_to_one_actor(kb):
    text = "اتهم البيان عمر ديابي بالخطف، فيما رفض عمر أومسين تسليم نفسه، وتحصن أومسن في المخيم"
    found = kb.find(text)
    assert [m.text for m in found] == ["عمر ديابي", "عمر أومسين", "أومسن"]
    assert {m.actor.kb_id for m in found} == {"actor:omar_omsen"}
    check_offsets(text, found)


def test_quotes_inside_a_name_and_latin_sources(kb):
    text = 'معقل كتيبة "الغرباء" بحسب SOHR و Reuters'
    found = kb.find(text)
    assert ids(found) == ["firqat_al_ghuraba", "sohr", "reuters"]
    check_offsets(text, found)


def test_handles_and_urls(kb):
    text = "القصف مستمر pic.twitter.com/abc — عين اليمن (@YenNews1) October 22"
    found = kb.find(text)
    assert ids(found) == ["ain_al_yaman", "ain_al_yaman"]
    assert found[1].text == "@YenNews1"
    check_offsets(text, found)


def test_no_match_inside_words_or_without_clitic(kb):
    assert kb.find("المرصدين الدوليين") == []
    assert kb.find("تمرصد") == []
    assert kb.find("") == []
    assert kb.find("   \n") == []
    with pytest.raises(InputError):
        kb.find(None)  # type: ignore[arg-type]


# -- generic actors ----------------------------------------------------------------------------


def test_generic_phrases_with_country(kb):
    text = "قتل مسلحون مجهولون ثلاثة مدنيين، وفرقت قوات الأمن المتظاهرين"
    found = kb.generic(text)
    assert [g.kind for g in found] == ["armed", "civilians", "security", "protesters"]
    assert all(isinstance(g, GenericMatch) and text[g.start : g.end] == g.text for g in found)
    names = [acled_name_for(g, "SY") for g in found]
    assert names == [
        "Unidentified Armed Group (Syria)",
        "Civilians (Syria)",
        "Police Forces of Syria (2024-)",
        "Protesters (Syria)",
    ]
    assert [g.inter for g in found] == [3, 7, 1, 6]


def test_generic_names_without_known_state_forces_or_country(kb):
    army = kb.generic("وقصف الجيش")[0]
    assert army.kind == "military" and army.needs_country
    assert kb.acled_name_for(army, "SY") == "Military Forces of Syria (2024-)"
    assert kb.acled_name_for(army, "JO") == "Military Forces of Jordan (1999-)"  # the KB's Jordanian army
    assert kb.acled_name_for(army, "TN") == "Military Forces of Tunisia"  # no forces known: the plain name
    assert kb.acled_name_for(army, None) == "Military Forces"
    civ = kb.generic("مدنيون")[0]
    assert kb.acled_name_for(civ, "XX") == "Civilians"
    drone = kb.generic("استهدفت طائرة مسيرة مجهولة سيارة")[0]
    assert (drone.kind, drone.needs_country) == ("unidentified_military", False)
    assert kb.acled_name_for(drone, "SY") == "Unidentified Military Forces"


# -- a user's file -----------------------------------------------------------------------------


def test_user_file_adds_and_extends_actors(tmp_path):
    extra = tmp_path / "mine.json"
    extra.write_text(
        json.dumps(
            {
                "version": "local-1",
                "actors": [
                    {
                        "id": "harim_brigade",
                        "name": "Harim Local Brigade",
                        "type": "militia",
                        "country": "SY",
                        "acled_name": "Harim Communal Militia (Syria)",
                        "inter": 4,
                        "aliases": {"ar": ["لواء حارم المحلي"]},
                    },
                    {"id": "sohr", "aliases": {"ar": ["مرصد رامي"]}},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    kb = ActorKB.load(extra_path=extra)
    assert kb.version.endswith("+local-1")
    found = kb.find("هاجم لواء حارم المحلي مقرا ونقل مرصد رامي الخبر عن المرصد السوري")
    assert ids(found) == ["harim_brigade", "sohr", "sohr"]
    assert kb.get("sohr").name == "Syrian Observatory for Human Rights"
    assert kb.get("harim_brigade").inter == 4
    assert ActorKB.load().get("harim_brigade") is None  # the shipped KB is untouched


def test_user_file_as_jsonl(tmp_path):
    extra = tmp_path / "mine.jsonl"
    rows = [{"version": "j1"}, {"id": "x_group", "name": "X Group", "type": "armed_group", "aliases": ["مجموعة إكس"]}]
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    kb = ActorKB.load(extra)
    assert ids(kb.find("وهاجمت مجموعة إكس")) == ["x_group"]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"actors": [{"name": "no id", "type": "party"}]}', "without an 'id'"),
        ('{"actors": [{"id": "a", "name": "A", "type": "band"}]}', "has type 'band'"),
        ('{"actors": [{"id": "a", "name": "A", "type": "party", "inter": 12}]}', "ACLED code"),
        ('{"actors": [{"id": "a", "name": "A", "type": "party", "country": "Syria"}]}', "ISO 3166"),
        ("{not json\n", "line 1 is not JSON"),
        ('"a string"', "expected an object"),
    ],
)
def test_bad_user_file_is_a_clear_error(tmp_path, content, message):
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        ActorKB.load(extra)


def test_missing_user_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        ActorKB.load(tmp_path / "absent.json")


# -- evaluation and the command line ------------------------------------------------------------


def test_read_conll_spans(tmp_path):
    from marsad.lexicons.actors_eval import eval_actors, read_conll

    f = tmp_path / "g.conll"
    f.write_text("قال O\nحزب B-ORG\nالله I-ORG\nو O\nنبيه B-PERS\nبري I-PERS\n\nرويترز B-ORG\n", encoding="utf-8")
    segs = list(read_conll(f))
    assert [[seg.text[s:e] + "/" + lab for s, e, lab in seg.gold] for seg in segs] == [
        ["حزب الله/ORG", "نبيه بري/PER"],
        ["رويترز/ORG"],
    ]
    out = eval_actors(f, "all")
    assert (out["kb_mentions"], out["precision"], out["exact_precision"], out["coverage"]) == (3, 1.0, 1.0, 1.0)


def test_eval_on_a_shared_slice(shared_data, tmp_path):
    from marsad.lexicons.actors_eval import eval_actors

    lines = (shared_data / "ner" / "anercorp" / "train.conll").read_text(encoding="utf-8").splitlines()[:6000]
    f = tmp_path / "slice.conll"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = eval_actors(f, "all")
    assert out["segments"] > 100 and out["kb_mentions"] > 5
    assert out["precision_by_type"]


def test_cli_find_check_and_eval(tmp_path):
    from click.testing import CliRunner

    from marsad.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["actors", "find", "وأكد المرصد أن مسلحين مجهولين"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert res.exit_code == 0 and rows[0]["kb_id"] == "actor:sohr" and rows[1]["generic"] == "armed"
    extra = tmp_path / "x.jsonl"
    extra.write_text(json.dumps({"id": "sohr", "aliases": {"en": ["the Observatory"]}}), encoding="utf-8")
    res = runner.invoke(main, ["actors", "check", str(extra)])
    assert res.exit_code == 0 and json.loads(res.output)["changed"] == ["sohr"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"actors": [{"id": "a"}]}', encoding="utf-8")
    res = runner.invoke(main, ["actors", "check", str(bad)])
    assert res.exit_code == 2 and "has no 'name'" in res.output
    res = runner.invoke(main, ["eval", "actors", "--data", str(tmp_path / "none.conll")])
    assert res.exit_code == 2 and "cannot read" in res.output
