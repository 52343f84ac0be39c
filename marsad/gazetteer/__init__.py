"""Place data (built from GeoNames, OCHA, OpenSyria, Natural Earth) and the geocoder."""
