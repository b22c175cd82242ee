"""Limits on Markdown structure, checked in one linear pass before Markdown runs.

Python-Markdown recurses once per level of list or quote nesting (a list 300 levels deep was a
RecursionError, a 500, after seconds of work) and once per definition in a run of them (500
without a blank line); it rescans the rest of a paragraph for every unclosed ``[``, ``(`` or
``<tag`` (3,000 of them cost 2-5 s of CPU per preview), and the whole text once per
abbreviation. No article needs any of that, so text past these limits is refused with a
sentence saying where.
"""
import re

from django.core.exceptions import ValidationError

MAX_INDENT = 64  # columns of indentation, quote marks and list markers before a line's text
MAX_OPEN_BRACKETS = 32  # "[", "(" or "<tag" still open at any point of one paragraph
MAX_DEFINITIONS = 100  # definition-list lines (": ...") in one paragraph
MAX_ABBREVIATIONS = 50  # "*[HTML]: ..." definitions in the whole text

_PREFIX = re.compile(r"(?:[ \t>]|[*+-][ \t]|\d{1,9}[.)][ \t])*")
_BRACKETS = re.compile(r"[\[\]()>]|<[A-Za-z/!?]")
_DEFINITION = re.compile(r"[ \t]{0,3}:[ \t]")
_ABBREVIATION = re.compile(r"^[ \t]{0,3}\*\[", re.MULTILINE)


def nesting_problem(text):
    """A sentence for the writer if ``text`` is nested past the limits, otherwise ''."""
    text = text or ""
    if len(_ABBREVIATION.findall(text)) > MAX_ABBREVIATIONS:
        return f"This text defines more than {MAX_ABBREVIATIONS} abbreviations. Please remove some."
    closing = {"]": "[", ")": "(", ">": "<"}
    open_count = dict.fromkeys("[(<", 0)
    definitions = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            open_count = dict.fromkeys("[(<", 0)  # a blank line ends the paragraph
            definitions = 0
            continue
        prefix = _PREFIX.match(line).group()
        if len(prefix) < len(line) and len(prefix.expandtabs(4)) > MAX_INDENT:
            return (f"Line {number} is indented or nested too deeply (lists and quotes go at "
                    f"most {MAX_INDENT // 4} levels deep). Please flatten it.")
        if _DEFINITION.match(line):
            definitions += 1
            if definitions > MAX_DEFINITIONS:
                return (f"Line {number} makes a run of more than {MAX_DEFINITIONS} definitions. "
                        "Please put blank lines between some of them.")
        for bracket in _BRACKETS.findall(line):
            bracket = bracket[0]
            if bracket in closing:
                opener = closing[bracket]
                open_count[opener] = max(0, open_count[opener] - 1)
            else:
                open_count[bracket] += 1
                if open_count[bracket] > MAX_OPEN_BRACKETS:
                    return (f"Line {number} leaves more than {MAX_OPEN_BRACKETS} brackets or tags "
                            "open in one paragraph. Please close them or remove some.")
    return ""


def check_nesting(text):
    """Raise ValidationError with the problem's sentence if ``text`` is nested past the limits."""
    problem = nesting_problem(text)
    if problem:
        raise ValidationError(problem, code="too_deep")
