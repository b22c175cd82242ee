"""Products, categories, articles and store pages in English and French (catalog/translation.py,
blog/translation.py, bodybest/translation.py): French pages show the French text, fall back to
the English one quietly for shoppers and with a note for staff, French slugs redirect both
ways, and staff edit both languages side by side."""
import pytest
from django.contrib.flatpages.models import FlatPage
from django.db import connection
from django.utils import translation
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
STAFF_NOTE = 'data-staff-note="french-missing"'


def french_product(**kwargs):
    product = factories.product(title="Northpoint Pro Percussion Massager",
                                description="<p>A deep 16 mm stroke for dense tissue.</p>", **kwargs)
    product.title_fr_ca = "Masseur à percussion Northpoint Pro"
    product.description_fr_ca = "<p>Une course de 16 mm pour les tissus denses.</p>"
    product.slug_fr_ca = "masseur-a-percussion-northpoint-pro"
    product.save()
    return product


def french_category():
    category = factories.category("Massage guns")
    category.name_fr_ca, category.slug_fr_ca = "Pistolets de massage", "pistolets-de-massage"
    category.description_fr_ca = "<p>Appareils à percussion pour la clinique.</p>"
    category.save()
    return category


def test_a_french_product_page_shows_the_french_title_and_description_and_english_stays_english(client):
    product = french_product()
    french = client.get(f"/fr/catalogue/masseur-a-percussion-northpoint-pro_{product.pk}/").content.decode()
    assert "Masseur à percussion Northpoint Pro" in french
    assert "Une course de 16 mm pour les tissus denses." in french
    assert "A deep 16 mm stroke" not in french
    english = client.get(f"/catalogue/northpoint-pro-percussion-massager_{product.pk}/").content.decode()
    assert "Northpoint Pro Percussion Massager" in english and "Masseur" not in english


def test_a_product_without_french_shows_shoppers_the_english_with_no_note(client, customer_client):
    product = factories.product(title="Harbourline Quiet-Drive Massager", description="<p>Quiet at 42 dB.</p>")
    url = f"/fr/catalogue/{product.slug}_{product.pk}/"
    for visitor in (client, customer_client):
        page = visitor.get(url).content.decode()
        assert "Harbourline Quiet-Drive Massager" in page and "Quiet at 42 dB." in page
        assert STAFF_NOTE not in page and "Note au personnel" not in page


def test_staff_see_which_french_fields_are_missing_and_where_to_add_them(staff_client):
    product = factories.product(title="Harbourline Quiet-Drive Massager")
    page = staff_client.get(f"/fr/catalogue/{product.slug}_{product.pk}/").content.decode()
    assert STAFF_NOTE in page and "Les clients voient le texte anglais" in page
    assert f'href="/admin/catalogue/product/{product.pk}/change/"' in page
    assert STAFF_NOTE not in staff_client.get(f"/catalogue/{product.slug}_{product.pk}/").content.decode()
    translated = french_product()
    page = staff_client.get(f"/fr/catalogue/{translated.slug_fr_ca}_{translated.pk}/").content.decode()
    assert STAFF_NOTE not in page


def test_staff_note_on_an_untranslated_category_and_article_is_never_kept_for_shoppers(staff_client):
    from django.test import Client

    shopper = Client(HTTP_HOST="localhost")
    category = factories.category("Linens")
    article = factories.article(title="Caring for linens")
    for url in (f"/fr/catalogue/category/{category.slug}_{category.pk}/", f"/fr/blog/{article.slug}/"):
        shopper.get(url)  # a shopper's visit keeps the page
        assert STAFF_NOTE in staff_client.get(url).content.decode()
        assert STAFF_NOTE not in shopper.get(url).content.decode()


def test_an_english_product_slug_on_a_french_page_redirects_to_the_french_one_and_back(client):
    product = french_product()
    french_url = f"/fr/catalogue/masseur-a-percussion-northpoint-pro_{product.pk}/"
    english_url = f"/catalogue/northpoint-pro-percussion-massager_{product.pk}/"
    response = client.get(f"/fr/catalogue/northpoint-pro-percussion-massager_{product.pk}/")
    assert response.status_code == 301 and response["Location"] == french_url
    response = client.get(f"/catalogue/masseur-a-percussion-northpoint-pro_{product.pk}/")
    assert response.status_code == 301 and response["Location"] == english_url
    assert client.get(french_url).status_code == 200


def test_a_product_without_a_french_slug_keeps_its_english_slug_on_french_pages(client):
    product = factories.product(title="Tamarack Heat Massager")
    assert client.get(f"/fr/catalogue/{product.slug}_{product.pk}/").status_code == 200


def test_category_slugs_redirect_between_languages(client):
    category = french_category()
    response = client.get(f"/fr/catalogue/category/massage-guns_{category.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/fr/catalogue/category/pistolets-de-massage_{category.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "Pistolets de massage" in page and "Appareils à percussion pour la clinique." in page
    response = client.get(f"/catalogue/category/pistolets-de-massage_{category.pk}/")
    assert response.status_code == 301 and response["Location"] == f"/catalogue/category/massage-guns_{category.pk}/"


def test_a_category_given_a_french_slug_later_gets_its_french_address_at_once(client):
    parent = factories.category("Hot and cold stones")
    child = factories.category("Basalt stones", parent=parent)
    assert client.get(f"/fr/catalogue/category/{child.full_slug}_{child.pk}/").status_code == 200  # address kept
    parent.slug_fr_ca = "pierres-chaudes-et-froides"
    parent.save()
    child.slug_fr_ca = "pierres-de-basalte"
    child.save()
    response = client.get(f"/fr/catalogue/category/{parent.slug_en_ca}/{child.slug_en_ca}_{child.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/fr/catalogue/category/pierres-chaudes-et-froides/pierres-de-basalte_{child.pk}/"


def test_article_slugs_redirect_between_languages_and_the_french_body_is_shown(client):
    article = factories.article(title="Working knots safely", body="## What is a knot?\n\nA tight band.")
    article.title_fr_ca = "Dénouer les nœuds en toute sécurité"
    article.slug_fr_ca = "denouer-les-noeuds"
    article.body_fr_ca = "## Qu’est-ce qu’un nœud?\n\nUne bande tendue."
    article.save()
    response = client.get(f"/fr/blog/{article.slug_en_ca}/")
    assert response.status_code == 301 and response["Location"] == "/fr/blog/denouer-les-noeuds/"
    response = client.get("/blog/denouer-les-noeuds/")
    assert response.status_code == 301 and response["Location"] == f"/blog/{article.slug_en_ca}/"
    page = client.get("/fr/blog/denouer-les-noeuds/").content.decode()
    assert "Dénouer les nœuds en toute sécurité" in page and "<h2>Qu’est-ce qu’un nœud?</h2>" in page
    assert "What is a knot?" not in page
    english = client.get(f"/blog/{article.slug_en_ca}/").content.decode()
    assert "<h2>What is a knot?</h2>" in english and "nœud" not in english


def test_an_article_without_french_is_read_in_english_on_the_french_site(client):
    article = factories.article(title="Warm towels", body="## Why warm towels\n\nThey relax the feet.")
    page = client.get(f"/fr/blog/{article.slug}/")
    assert page.status_code == 200 and "<h2>Why warm towels</h2>" in page.content.decode()
    assert client.get("/fr/blog/no-such-article/").status_code == 404


def test_the_author_of_a_french_article_is_introduced_in_french(client):
    article = factories.article(title="Working knots safely")
    author = article.author
    author.role_fr_ca = "Massothérapeute agréée"
    author.bio_fr_ca = "Lena soigne des athlètes à Ottawa depuis 2009."
    author.save()
    french = client.get(f"/fr/blog/{article.slug}/").content.decode()
    assert "Lena soigne des athlètes à Ottawa depuis 2009." in french and "Massothérapeute agréée" in french
    assert "Lena has treated athletes" not in french and "Registered massage therapist" not in french
    english = client.get(f"/blog/{article.slug}/").content.decode()
    assert "Lena has treated athletes in Ottawa since 2009." in english and "Lena soigne" not in english
    author.refresh_from_db()
    assert (author.bio, author.role) == ("Lena has treated athletes in Ottawa since 2009.",
                                         "Registered massage therapist")  # English kept in the plain columns


def test_an_author_without_french_is_introduced_in_english_on_the_french_site_with_a_note_for_staff(
        customer_client, staff_client):
    article = factories.article(title="Warm towels")
    shopper_page = customer_client.get(f"/fr/blog/{article.slug}/").content.decode()
    assert "Lena has treated athletes in Ottawa since 2009." in shopper_page and STAFF_NOTE not in shopper_page
    staff_page = staff_client.get(f"/fr/blog/{article.slug}/").content.decode()
    assert f"/admin/blog/author/{article.author.pk}/change/" in staff_page
    assert "pas encore de français pour role, bio" in staff_page


def test_a_store_page_has_its_french_title_and_content(client):
    FlatPage.objects.filter(url="/returns/").update(title_fr_ca="Retours", content_fr_ca="<p>Trente jours pour changer d’idée.</p>")
    page = client.get("/fr/returns/").content.decode()
    assert "Trente jours pour changer d’idée." in page and "Retours |" in page
    assert "Trente jours" not in client.get("/returns/").content.decode()


@pytest.mark.parametrize("url, french", [
    ("/fr/returns/", "Retours dans les 30 jours"), ("/fr/shipping/", "Quand votre commande part"),
    ("/fr/privacy/", "Vos droits"), ("/fr/about/", "Notre clientèle"),
    ("/fr/inclusive-community/", "Soutien et solidarité"),
])
def test_the_store_pages_come_with_their_french(client, url, french):
    page = client.get(url).content.decode()
    assert french in page
    assert "Who we serve" not in page and "What cannot be returned" not in page


def test_the_french_drafts_never_replace_french_written_by_staff():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("bodybest.migrations.0006_store_pages_in_french")
    FlatPage.objects.filter(url="/returns/").update(content_fr_ca="<p>Notre texte.</p>")
    FlatPage.objects.filter(url="/privacy/").update(content_fr_ca="")
    migration.add_french(apps, None)
    assert FlatPage.objects.get(url="/returns/").content_fr_ca == "<p>Notre texte.</p>"
    assert "Vos droits" in FlatPage.objects.get(url="/privacy/").content_fr_ca


def test_the_plain_columns_keep_the_english_after_a_french_edit():
    """Anything reading the table directly (raw SQL, a search document) gets English there."""
    product = factories.product(title="Maplewell Grapeseed Oil")
    with translation.override("fr-ca"):
        product.title = "Huile de pépins de raisin Maplewell"
        product.save()
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, title_en_ca, title_fr_ca FROM catalogue_product WHERE id = %s", [product.pk])
        assert cursor.fetchone() == ("Maplewell Grapeseed Oil", "Maplewell Grapeseed Oil",
                                     "Huile de pépins de raisin Maplewell")


def test_a_french_title_without_a_slug_gets_a_french_slug():
    product = factories.product(title="Northpoint Spindle Stick")
    product.title_fr_ca = "Bâton à rouleaux Northpoint"
    product.save()
    assert product.slug_fr_ca == "baton-a-rouleaux-northpoint"
    assert product.slug_en_ca == "northpoint-spindle-stick"


def test_attribute_names_and_text_values_are_french_on_french_pages(client):
    product = factories.product(attributes={"brand": "Northpoint"})
    attribute = product.product_class.attributes.get(code="brand")
    attribute.name_fr_ca = "Marque"
    attribute.save()
    product.attribute_values.filter(attribute=attribute).update(value_text_fr_ca="Pointe-Nord")
    page = client.get(f"/fr/catalogue/{product.slug}_{product.pk}/").content.decode()
    assert '<th scope="row">Marque</th>' in page and "Pointe-Nord" in page
    assert '<th scope="row">Brand</th>' in client.get(f"/catalogue/{product.slug_en_ca}_{product.pk}/").content.decode()


@pytest.fixture
def admin_client_(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("boss", "boss@bodybest.ca", "pw-boss-1991"))
    return client


def test_the_admin_shows_english_and_french_fields_together(admin_client_):
    product = factories.product()
    category = factories.category("Bolsters")
    article = factories.article()
    page = FlatPage.objects.get(url="/about/")
    standard = get_model("shipping", "WeightBased").objects.get(code="standard")
    for url, names in [
        (f"/admin/catalogue/product/{product.pk}/change/", ["title", "slug", "description"]),
        (f"/admin/catalogue/category/{category.pk}/change/", ["name", "slug", "description"]),
        (f"/admin/blog/article/{article.pk}/change/", ["title", "slug", "excerpt", "body", "seo_title", "seo_description"]),
        (f"/admin/blog/author/{article.author.pk}/change/", ["role", "bio"]),
        (f"/admin/shipping/weightbased/{standard.pk}/change/", ["name", "description", "delivery_days"]),
        (f"/admin/flatpages/flatpage/{page.pk}/change/", ["title", "content"]),
    ]:
        html = admin_client_.get(url).content.decode()
        for name in names:
            assert f'name="{name}_en_ca"' in html and f'name="{name}_fr_ca"' in html, (url, name)


def test_the_dashboard_product_form_edits_both_languages(staff_client):
    staff_client.user.is_superuser = True
    staff_client.user.save()
    product = factories.product(title="Tamarack Studio Table")
    html = staff_client.get(f"/dashboard/catalogue/products/{product.pk}/").content.decode()
    for name in ("title_en_ca", "title_fr_ca", "description_fr_ca", "slug_fr_ca", "meta_title_fr_ca"):
        assert f'name="{name}"' in html
    from oscar.core.loading import get_class

    ProductForm = get_class("dashboard.catalogue.forms", "ProductForm")
    form = ProductForm(product.product_class, instance=product, data={
        "title_en_ca": "Tamarack Studio Table", "title_fr_ca": "Table Studio Tamarack",
        "description_en_ca": "<p>Light.</p>", "description_fr_ca": "", "structure": "standalone",
        "is_public": "on", "is_discountable": "on",
    })
    assert form.is_valid(), form.errors
    saved = form.save()
    assert (saved.title_en_ca, saved.title_fr_ca, saved.slug_fr_ca) == (
        "Tamarack Studio Table", "Table Studio Tamarack", "table-studio-tamarack")
    assert not ProductForm(product.product_class, instance=product, data={"title_fr_ca": "Seulement"}).is_valid()


def test_the_dashboard_category_form_edits_both_languages(staff_client):
    staff_client.user.is_superuser = True
    staff_client.user.save()
    category = factories.category("Warmers")
    html = staff_client.get(f"/dashboard/catalogue/categories/{category.pk}/update/").content.decode()
    for name in ("name_en_ca", "name_fr_ca", "description_fr_ca", "slug_fr_ca"):
        assert f'name="{name}"' in html


def test_staff_see_the_note_on_a_store_page_without_french(staff_client, client):
    FlatPage.objects.filter(url__in=["/about/", "/returns/"]).update(content_fr_ca="")
    for url in ("/fr/about/", "/fr/returns/"):
        assert STAFF_NOTE in staff_client.get(url).content.decode()
    from django.test import Client

    assert STAFF_NOTE not in Client(HTTP_HOST="localhost").get("/fr/about/").content.decode()
