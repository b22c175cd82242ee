"""Markdown nested past what Python-Markdown handles cheaply is refused before it runs
(blog/markdown_limits.py), in the editor's preview, in the admin and when an article is saved."""
import time

import pytest
from django.core.exceptions import ValidationError

from blog.markdown_limits import nesting_problem
from blog.rendering import render_markdown

DEEP_LIST = "".join("    " * level + "- item\n" for level in range(300))
HOSTILE = {
    "a list 300 levels deep": DEEP_LIST,
    "a list nested on one line": "- " * 300 + "item",
    "quotes 300 deep": "> " * 300 + "quote",
    "3,000 open brackets": "[" * 3000,
    "3,000 open image brackets": "![" * 3000,
    "3,000 open link targets": "[](" * 3000,
    "3,000 open tags": "<a " * 3000,
    "500 definitions in a row": "term\n: meaning\n" * 500,
    "3,000 abbreviations": "*[a]: b\n" * 3000 + "a " * 3000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_nesting_is_refused_at_once_with_a_reason(text):
    started = time.process_time()
    with pytest.raises(ValidationError) as refusal:
        render_markdown(text)
    assert time.process_time() - started < 0.5
    assert "Please" in refusal.value.messages[0]


def test_the_reason_names_the_line():
    assert nesting_problem(DEEP_LIST).startswith("Line 17 ")


@pytest.mark.parametrize("text", [
    "- a\n    - b\n        - c\n            - d\n",
    "> quoted\n>> twice\n",
    "Read [our guide](/blog/guide/) (it is short) and [the other one][ref].\n\n[ref]: /x\n" * 200,
    "Term\n: meaning\n\n" * 300,
    "*[HTML]: HyperText Markup Language\n\nHTML is fine.",
    ("A paragraph with (parentheses) and [brackets].\n\n") * 2000,
])
def test_ordinary_articles_pass(text):
    assert nesting_problem(text) == ""
    render_markdown(text)


@pytest.mark.django_db
def test_the_editor_preview_refuses_deep_nesting_with_a_400_and_the_reason(staff_client):
    response = staff_client.post("/markdownx/markdownify/", {"content": DEEP_LIST})
    assert response.status_code == 400
    assert "nested too deeply" in response.content.decode()
    assert staff_client.post("/markdownx/markdownify/", {"content": "- fine"}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("nested", ["body_en_ca", "body_fr_ca"])
def test_the_admin_refuses_to_save_a_deeply_nested_body_with_the_reason_on_the_field(staff_client, nested):
    from django.contrib.auth.models import Permission

    from blog.models import Article

    staff_client.user.user_permissions.add(*Permission.objects.filter(codename__endswith="_article"))
    response = staff_client.post("/admin/blog/article/add/", {
        "title_en_ca": "Deep", "slug_en_ca": "deep", "status": "draft", "body_en_ca": "Fine.",
        "excerpt_en_ca": "x", "publish_at_0": "2026-01-01", "publish_at_1": "10:00", nested: "[" * 3000,
    })
    assert response.status_code == 200
    assert "brackets or tags open" in response.content.decode()
    assert not Article.objects.exists()
