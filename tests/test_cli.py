"""The CLI through click's runner: help everywhere, extract formats, and bad input."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest
from click.testing import CliRunner

from marsad.cli import main
from marsad.export.acled import ACLED_COLUMNS
from marsad.schema import validate


def all_commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, (*prefix, name))


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_has_help(runner):
    for path in [(), *all_commands(main)]:
        res = runner.invoke(main, [*path, "--help"])
        assert res.exit_code == 0, path
        assert "Usage" in res.output


def test_version(runner):
    res = runner.invoke(main, ["version"])
    assert res.exit_code == 0 and res.output.strip()


def test_extract_file_json(runner, tmp_path, seed_text):
    f = tmp_path / "a.txt"
    f.write_text(seed_text, encoding="utf-8")
    res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    validate(d)
    assert d["published"] == "2025-10-22"


def test_french_latin1_is_not_read_as_arabic(runner):
    data = "Résumé des événements à Alep : des frappes aériennes ont touché la ville.".encode("latin-1")
    res = runner.invoke(main, ["extract", "-", "--published", "2025-10-22"], input=data)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["text"].startswith("Résumé des événements")


def test_extract_stdin_and_cp1256(runner):
    data = "قصفت قوات النظام بلدة في إدلب".encode("cp1256")
    res = runner.invoke(main, ["extract", "-", "--published", "2025-10-22"], input=data)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["text"] == "قصفت قوات النظام بلدة في إدلب"


def test_extract_jsonl_batch_skips_bad_lines(runner, tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(
        "\n".join(
            [
                json.dumps({"id": "1", "text": "قصف على حلب", "published": "2025-01-02"}, ensure_ascii=False),
                "{not json",
                json.dumps({"id": "3", "title": "no text"}),
                json.dumps({"id": "4", "text": "تظاهرة في دمشق"}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = runner.invoke(main, ["extract", "--input", str(f), "-o", str(out)])
    assert res.exit_code == 2
    assert "docs.jsonl:2: not JSON" in res.output and "docs.jsonl:3: no 'text'" in res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["1", "4"]
    for x in lines:
        validate(x)


def test_extract_acled_csv_header(runner, tmp_path, seed_text):
    f = tmp_path / "a.txt"
    f.write_text(seed_text, encoding="utf-8")
    res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22", "--format", "acled-csv"])
    assert res.exit_code == 0, res.output
    header = next(csv.reader(io.StringIO(res.output)))
    assert tuple(header) == ACLED_COLUMNS and len(header) == 31


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (bytes(range(256)) * 20, "binary"),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "byte-order mark"),
        (b"\x81\x8d\x8f\x90\x9d" * 40, "not UTF-8"),
    ],
)
def test_bad_files_get_one_line_error(runner, tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    res = runner.invoke(main, ["extract", str(f)])
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output
    assert res.output.strip().count("\n") == 0 or res.output.count("marsad: error") == 1


def test_missing_file_and_bad_date(runner, tmp_path):
    res = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2 and "nope.txt" in res.output
    res = runner.invoke(main, ["extract", "-", "--published", "yesterday"], input=b"x")
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_awkward_but_valid_inputs(runner, tmp_path):
    cases = {
        "empty.txt": b"",
        "space.txt": b"   \n  ",
        "nul.txt": "قصف\x00 على حلب".encode(),
        "bidi.txt": "\u202bقصف على حلب\u202c \u200fاليوم".encode(),
    }
    for name, data in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22", "--format", "jsonl"])
        assert res.exit_code == 0, (name, res.output[-500:])
        d = json.loads(res.output)
        assert "\x00" not in d["text"]


def test_huge_document_is_refused_with_one_line(runner, tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(("قصفت الطائرات مدينة حلب صباح اليوم. " * 150000).encode())  # 5.5 MB
    res = runner.invoke(main, ["extract", str(f), "--published", "2025-10-22", "--format", "jsonl"])
    assert res.exit_code == 2
    assert "big.txt" in res.output and "--max-chars" in res.output and "Traceback" not in res.output


def test_long_document_within_the_limit_is_read(nlp):
    doc = nlp("قصفت الطائرات مدينة حلب صباح اليوم. " * 3000, published="2025-10-22")  # 110k characters
    assert doc.tokens and len(doc.sentences) == 3000


def test_demo_writes_json(runner, tmp_path):
    out = tmp_path / "demo.json"
    res = runner.invoke(main, ["demo", "-o", str(out), "--db", str(tmp_path / "demo.db")])
    assert res.exit_code == 0, res.output
    validate(json.loads(out.read_text(encoding="utf-8")))


def test_extract_with_users_actors_and_places(runner, tmp_path):
    actors = tmp_path / "mine.json"
    actors.write_text(
        json.dumps(
            {
                "version": "local-1",
                "actors": [
                    {"id": "zeitoun_brigade", "name": "Zeitoun Brigade", "type": "militia", "country": "SY",
                     "acled_name": "Zeitoun Brigade", "inter": 3, "aliases": {"ar": ["لواء الزيتون الأخضر"]}}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    places = tmp_path / "mine.tsv"
    places.write_text("name\taliases\tiso2\tadmin1\tlat\tlon\nKafr Zita Farm\tمزرعة الزيتون الكبرى\tSY\tHama\t35.37\t36.6\n",
                      encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("هاجم مسلحو لواء الزيتون الأخضر مزرعة الزيتون الكبرى أمس.", encoding="utf-8")
    res = runner.invoke(main, ["extract", str(text), "--published", "2025-10-22",
                               "--actors", str(actors), "--gazetteer", str(places)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert any(e.get("kb_id") == "actor:zeitoun_brigade" for e in d["entities"])
    assert any(p["name"] == "Kafr Zita Farm" for p in d["places"])


def test_extract_html_and_broken_html(runner, tmp_path):
    good = tmp_path / "page.html"
    good.write_text(
        "<html><head><title>قصف على حارم</title></head><body><article><p>"
        + "قصفت الطائرات مدينة حارم غربي إدلب أمس وأفاد المرصد السوري لحقوق الإنسان بمقتل ثلاثة مدنيين. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    res = runner.invoke(main, ["extract", str(good), "--published", "2025-10-22"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert "<p>" not in d["text"] and "حارم" in d["text"]
    for i, junk in enumerate([b"<html><body><div><p>\xff\xfe<<<</scr", b"<html><head><title>x</title><script>",
                              b"<<<>>></div></p><p><p><p>", "<p>قصف على <b>حلب".encode()]):
        broken = tmp_path / f"broken{i}.html"
        broken.write_bytes(junk)
        res = runner.invoke(main, ["extract", str(broken), "--format", "jsonl"])
        assert "Traceback" not in res.output
        if res.exit_code == 2:  # a one-line error naming the file
            assert f"broken{i}.html" in res.output and res.output.count("\n") == 1
        else:  # or a valid, possibly empty, document
            assert res.exit_code == 0
            validate(json.loads(res.output))
