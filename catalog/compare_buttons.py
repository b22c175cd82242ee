"""The compare buttons of a page drawn for someone else, turned on for this visitor's list.

A shared page (bodybest/page_cache.py) holds every "Add to compare" button as a visitor with an
empty list sees it (catalog/templatetags/comparison.py draws them). For a visitor whose compare
list holds some of its products, ``turned_on`` makes those buttons what ``button_html(listed=True)``
would have drawn: the ``is-listed`` class, the remove action and the remove label, which each
button already carries (static/bodybest/js/compare.js flips the same three).
"""
import re

BUTTON = re.compile(
    r'<form class="compare-toggle(?P<block>(?: compare-toggle-block)?)" method="post" action="[^"]*"'
    r' data-compare-form data-compare-toggle="(?P<pk>\d+)" data-add-url="(?P<add>[^"]*)"'
    r' data-remove-url="(?P<remove>[^"]*)">(?P<inputs>.*?)<button type="submit" class="btn btn-compare"'
    r' aria-label="[^"]*" data-label-add="(?P<label_add>[^"]*)" data-label-remove="(?P<label_remove>[^"]*)">',
    re.S,
)


def turned_on(html: str, listed) -> str:
    """``html`` with the buttons of the products whose ids are in ``listed`` shown as listed."""
    listed = {int(pk) for pk in listed}

    def turn(match):
        if int(match["pk"]) not in listed:
            return match.group(0)
        return (
            f'<form class="compare-toggle is-listed{match["block"]}" method="post" action="{match["remove"]}"'
            f' data-compare-form data-compare-toggle="{match["pk"]}" data-add-url="{match["add"]}"'
            f' data-remove-url="{match["remove"]}">{match["inputs"]}<button type="submit" class="btn btn-compare"'
            f' aria-label="{match["label_remove"]}" data-label-add="{match["label_add"]}"'
            f' data-label-remove="{match["label_remove"]}">'
        )

    return BUTTON.sub(turn, html)
