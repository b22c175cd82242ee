"""Canadian French dates: "26 novembre 2026", and the time as Quebec writes it, "14 h 05"."""
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y, G \h i"
