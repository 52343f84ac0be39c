"""A planted device told beside the clearance that found it (`marsad.events.found_devices`): constructed
reports with hand-written places, so nothing here depends on the NER or the geocoder."""

from __future__ import annotations

import pytest

from marsad.events.assemble import Extractor
from marsad.model import Place
from tests.test_events_one_incident import kinds, make_doc, town

_FOUND = "عثرت قوات الجيش، الأحد، على عبوات ناسفة مخبأة في مدرسة ببلدة سراقب وقامت بتفكيكها. "


@pytest.fixture(scope="module")
def ext() -> Extractor:
    return Extractor(classifier=None)


def _places(text: str) -> tuple[Place, ...]:
    out = tuple(town("سراقب", text, "Saraqib", "سراقب", nth=k) for k in range(text.count("سراقب")))
    if "معرة النعمان" in text:
        out += (town("معرة النعمان", text, "Ma'arrat an Nu'man", "معرة النعمان"),)
    return out


@pytest.mark.parametrize("rest", [
    "وكان المسلحون قد زرعوا عبوات ناسفة داخل فصول المدرسة في بلدة سراقب.",
    "وأظهر شريط مصور زرع المسلحين لعبوات ناسفة داخل فصول المدرسة في بلدة سراقب.",
])
def test_the_devices_told_again_are_the_clearance(ext, rest):
    text = _FOUND + rest
    doc = ext(make_doc(text, _places(text)))
    assert kinds(doc) == [("Disrupted weapons use", "Saraqib")]
    for e in doc.events:
        for s in (e.trigger, *e.evidence):
            assert s is not None and text[s.start : s.end] == s.text


@pytest.mark.parametrize("rest", [
    # a device that went off and wounded people is an incident of its own
    "وانفجرت الأحد عبوة ناسفة ثانية في بلدة سراقب ما أدى إلى إصابة جنديين.",
    # devices planted at another town are not the ones cleared
    "وكان المسلحون قد زرعوا عبوات ناسفة داخل مدرسة في بلدة معرة النعمان.",
])
def test_a_blast_or_another_towns_devices_stand_beside_the_clearance(ext, rest):
    text = _FOUND + rest
    got = kinds(ext(make_doc(text, _places(text))))
    assert ("Disrupted weapons use", "Saraqib") in got
    assert any(k == "Remote explosive/landmine/IED" for k, _ in got)
