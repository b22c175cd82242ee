"""English (Canada) dates as the store has written them: "November 26, 2026"."""
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, H:i"
