"""The reports staff download or open in a spreadsheet (the dashboard's refused.csv, the
command's --report file) hold text from the export: a customer's name or email, a handle. A
spreadsheet runs a cell that starts with =, +, - or @ (or a tab or line break before one) as a
formula (OWASP "CSV injection"), so such a cell is written with a leading apostrophe: read as
text, shown as typed."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def text_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def text_row(row):
    return [text_cell(value) for value in row]
