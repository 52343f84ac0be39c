"""Event detection, typing, arguments, claims and dates."""
