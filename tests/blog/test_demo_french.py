"""The demo blog's French (blog/demo/articles_fr.py) is each English article written in full:
as long, give or take the languages' difference, with the same headings, lists and tips; and
every author is introduced in French."""
import re

import pytest

from blog.demo import articles, articles_fr

ENGLISH = {article["slug"]: article for article in articles.ARTICLES}


def words(markdown):
    return len(re.findall(r"\w+", markdown))


def outline(markdown):
    """Heading levels, list items and tips, in order: what a reader scans."""
    return re.findall(r"^(#+|- |\d+\. |> )", markdown, re.M)


@pytest.mark.parametrize("slug", ENGLISH)
def test_each_french_article_is_written_in_full(slug):
    english, french = ENGLISH[slug]["body"], articles_fr.ARTICLES[slug]["body"]
    assert words(french) >= 0.8 * words(english), (
        f"{slug}: {words(french)} French words for {words(english)} English ones")
    assert outline(french) == outline(english)


def test_the_length_check_catches_a_summary():
    english = ENGLISH["caring-for-hot-stones"]["body"]
    summary = "## Avant le premier soin\n\nLavez les pierres neuves à l’eau tiède.\n"
    assert words(summary) < 0.8 * words(english) and outline(summary) != outline(english)


def test_every_author_has_a_french_role_and_bio():
    assert set(articles_fr.AUTHORS) == {author["slug"] for author in articles.AUTHORS}
    for author in articles.AUTHORS:
        role, bio = articles_fr.AUTHORS[author["slug"]]
        assert role and bio and bio != author["bio"] and len(role) <= 120
