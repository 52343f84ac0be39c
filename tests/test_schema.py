"""Every output validates against the shipped marsad/1 JSON Schema and round-trips."""

from __future__ import annotations

import json

from marsad import Document
from marsad.schema import validate


def test_seed_output_validates(seed_doc):
    d = seed_doc.to_dict()
    validate(d)
    assert d["schema"] == "marsad/1"


def test_round_trip(seed_doc):
    d = seed_doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(d, ensure_ascii=False))).to_dict()
    assert again == d


def test_empty_document_validates(nlp):
    validate(nlp("").to_dict())
