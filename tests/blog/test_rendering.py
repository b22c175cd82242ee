"""Article bodies are Markdown rendered to sanitized HTML (blog/rendering.py)."""
import pytest

from blog.rendering import reading_minutes, render_markdown


@pytest.mark.parametrize("source, gone", [
    ("Hello <script>alert(1)</script>", "<script"),
    ('<img src="x.png" onerror="alert(1)">', "onerror"),
    ("[click](javascript:alert(1))", "javascript:"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ('<p style="position:fixed">x</p>', "style="),
    ('<iframe src="https://evil.example"></iframe>', "<iframe"),
    ('<svg onload="alert(1)"></svg>', "<svg"),
])
def test_script_event_handlers_and_javascript_links_are_removed(source, gone):
    assert gone not in render_markdown(source)


def test_headings_lists_links_images_and_quotes_survive():
    html = render_markdown(
        "## Where they form\n\n- trapezius\n- calves\n\n1. warm up\n2. press\n\n"
        "> Ease off if it hurts.\n\n[Hot stones](/catalogue/) ![A basalt stone](/media/stone.jpg)\n"
    )
    for kept in ("<h2>Where they form</h2>", "<ul>", "<li>trapezius</li>", "<ol>", "<blockquote>",
                 '<a href="/catalogue/" rel="noopener noreferrer">Hot stones</a>',
                 '<img alt="A basalt stone" src="/media/stone.jpg">'):
        assert kept in html


def test_reading_time_is_rounded_up_at_200_words_a_minute():
    assert reading_minutes("word " * 1) == 1
    assert reading_minutes("word " * 200) == 1
    assert reading_minutes("word " * 201) == 2


def test_a_level_one_heading_in_the_body_becomes_level_two_the_title_is_the_pages_h1():
    html = render_markdown("# Big\n\n##### Small")
    assert "<h2>Big</h2>" in html and "<h1" not in html and "<h5>Small</h5>" in html
