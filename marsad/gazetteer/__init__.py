"""Place data and the geocoder."""
