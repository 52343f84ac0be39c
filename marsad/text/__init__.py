"""Arabic-native text layer: ingest cleaning, the offset-preserving shadow, tokens, sentences, numbers."""

from marsad.text.normalize import Shadow, clean, normal_forms, normalize, shadow
from marsad.text.numbers import Quantity, find_quantities, parse_number
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import article_stripped, proclitic_ok, tokenize

__all__ = [
    "Quantity",
    "Shadow",
    "article_stripped",
    "clean",
    "find_quantities",
    "normal_forms",
    "normalize",
    "parse_number",
    "proclitic_ok",
    "shadow",
    "split_sentences",
    "tokenize",
]
