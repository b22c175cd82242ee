"""Search documents follow staff's renames in either language (catalog/search/signals.py): an
option value renamed in the admin's option group, a text specification's French written on the
product. French search finds the new word and no longer the old one; English search likewise."""
import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db
AttributeOptionGroup = get_model("catalogue", "AttributeOptionGroup")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")


@pytest.fixture
def scented(search_index):
    """A massage oil whose scent is an option value, in English and French."""
    group = AttributeOptionGroup.objects.create(name="Scents")
    lavender = group.options.create(option_en_ca="Lavender", option_fr_ca="Lavande")
    oil_class = factories.product_class("Massage oil", attributes=[("brand", "Brand", "text")])
    oil_class.attributes.create(code="scent", name_en_ca="Scent", name_fr_ca="Parfum", type="option",
                                option_group=group)
    oil = factories.product(title="Aurora body oil", attributes={"brand": "Aurora Fields"})
    oil.product_class = oil_class
    oil.save()
    oil_class.attributes.get(code="scent").save_value(oil, lavender)
    search_index()
    return {"group": group, "option": lavender, "oil": oil}


@pytest.fixture
def admin(client):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@bodybest.ca", "pw-boss-1991"))
    return client


def _found(client, q, prefix="/fr"):
    return [product.pk for product in client.get(f"{prefix}/search/", {"q": q}).context["products"]]


def _rename_in_the_admin(admin, group, option, *, english, french):
    """What staff do: the option group's page, the option's two fields next to each other."""
    response = admin.post(f"/admin/catalogue/attributeoptiongroup/{group.pk}/change/", {
        "name": group.name, "code": group.code or "",
        "options-TOTAL_FORMS": "1", "options-INITIAL_FORMS": "1",
        "options-MIN_NUM_FORMS": "0", "options-MAX_NUM_FORMS": "1000",
        "options-0-id": str(option.pk), "options-0-group": str(group.pk),
        "options-0-option_en_ca": english, "options-0-option_fr_ca": french,
        "options-0-code": option.code or "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_option_renamed_in_french_in_the_admin_is_found_by_its_new_french_name(
        admin, scented, django_capture_on_commit_callbacks):
    oil = scented["oil"]
    assert _found(admin, "lavande") == [oil.pk]
    with django_capture_on_commit_callbacks(execute=True):
        _rename_in_the_admin(admin, scented["group"], scented["option"], english="Lavender", french="Lavandin")
    assert _found(admin, "lavandin") == [oil.pk]
    assert _found(admin, "lavande") == []
    assert _found(admin, "lavender", prefix="") == [oil.pk]  # the English is untouched


def test_an_option_renamed_in_english_is_found_by_its_new_name_and_filtered_by_it(
        admin, scented, django_capture_on_commit_callbacks):
    oil = scented["oil"]
    with django_capture_on_commit_callbacks(execute=True):
        _rename_in_the_admin(admin, scented["group"], scented["option"], english="Lavandin", french="Lavande")
    assert _found(admin, "lavandin", prefix="") == [oil.pk]
    assert _found(admin, "lavender", prefix="") == []
    assert _found(admin, "lavande") == [oil.pk]
    filtered = admin.get("/search/", {"q": "aurora", "attr_scent": "Lavandin"}).context["products"]
    assert [product.pk for product in filtered] == [oil.pk]


def test_a_text_specification_in_french_is_found_on_french_pages_and_follows_a_rename(
        client, search_index, django_capture_on_commit_callbacks):
    table = factories.product(title="Tamarack studio table", attributes={"brand": "Tamarack"})
    value = ProductAttributeValue.objects.get(product=table, attribute__code="brand")
    with django_capture_on_commit_callbacks(execute=True):
        value.value_text_fr_ca = "Mélèze"
        value.save()
    assert _found(client, "meleze") == [table.pk]
    with django_capture_on_commit_callbacks(execute=True):
        value.value_text_fr_ca = "Épinette"
        value.save()
    assert _found(client, "épinette") == [table.pk]
    assert _found(client, "mélèze") == []
    assert _found(client, "tamarack", prefix="") == [table.pk]
