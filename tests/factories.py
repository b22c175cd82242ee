"""Project factories: demo-shaped products (a class with specifications, a category, a
Body Best stock record and an image) built on Oscar's own test factories."""
import io
from decimal import Decimal
from itertools import count

from django.core.files.base import ContentFile
from PIL import Image
from oscar.core.loading import get_model
from oscar.test.factories import create_product


_numbers = count(1)

GUN_ATTRIBUTES = [
    ("brand", "Brand", "text"),
    ("amplitude", "Amplitude (mm)", "float"),
    ("stall_force", "Stall force (lb)", "integer"),
    ("speeds", "Speeds", "integer"),
    ("battery_life", "Battery life (h)", "float"),
]


def product_class(name="Percussion massage gun", attributes=GUN_ATTRIBUTES):
    ProductClass = get_model("catalogue", "ProductClass")
    product_class, _ = ProductClass.objects.get_or_create(name=name)
    for code, label, kind in attributes:
        product_class.attributes.get_or_create(code=code, defaults={"name": label, "type": kind})
    return product_class


def category(name="Massage guns", parent=None):
    Category = get_model("catalogue", "Category")
    existing = Category.objects.filter(name=name).first()
    if existing:
        return existing
    if parent:
        return parent.add_child(name=name)
    return Category.add_root(name=name)


def product(
    *,
    title=None,
    description="A quiet percussion massager for deep tissue work.",
    price=Decimal("199.00"),
    stock=10,
    in_category=None,
    attributes=None,
    with_image=True,
):
    number = next(_numbers)
    product_class("Percussion massage gun")
    made = create_product(
        title=title or f"Test massage gun {number}",
        upc=f"TEST-{number:05d}",
        product_class="Percussion massage gun",
        partner_name="Body Best",
        price=price,
        num_in_stock=stock,
        description=description,
    )
    values = attributes if attributes is not None else {
        "brand": "Northpoint", "amplitude": 12.0, "stall_force": 40, "speeds": 5, "battery_life": 4.5,
    }
    by_code = {a.code: a for a in made.product_class.attributes.all()}
    for code, value in values.items():
        by_code[code].save_value(made, value)
    if in_category is not None:
        get_model("catalogue", "ProductCategory").objects.create(product=made, category=in_category)
    if with_image:
        ProductImage = get_model("catalogue", "ProductImage")
        image = ProductImage(product=made, caption=made.title, display_order=0)
        picture = _jpeg()
        image.original.save(f"test-{number}.jpg", ContentFile(picture), save=False)
        image.save()
    return made


def _jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 60), "#2f5d62").save(buffer, "JPEG")
    return buffer.getvalue()


def products(n, **kwargs):
    return [product(**kwargs) for _ in range(n)]


def parent_product(*, title=None, variants=2, price=Decimal("149.00"), in_category=None):
    """A parent product (a gun sold in several colours, say) and its public variants, each
    with a Body Best stock record; the parent itself has none."""
    number = next(_numbers)
    product_class("Percussion massage gun")
    parent = create_product(
        title=title or f"Test gun family {number}", upc=f"TEST-{number:05d}",
        product_class="Percussion massage gun", structure="parent",
    )
    for index in range(variants):
        create_product(
            title=f"{parent.title}, colour {index + 1}", upc=f"TEST-{number:05d}-{index + 1}",
            product_class="Percussion massage gun", parent=parent,
            partner_name="Body Best", price=price, num_in_stock=5,
        )
    if in_category is not None:
        get_model("catalogue", "ProductCategory").objects.create(product=parent, category=in_category)
    return parent


def article(*, title=None, days_ago=1, status="published", products=(), categories=(), tags=(),
            body="## Why it helps\n\nSteady pressure on a knot in the trapezius may ease it.",
            hero=False):
    """A blog article by a registered massage therapist, published ``days_ago`` days ago
    (negative: scheduled for the future)."""
    import datetime

    from django.utils import timezone

    from blog.models import Article, Author

    number = next(_numbers)
    author, _ = Author.objects.get_or_create(
        slug="lena-park", defaults={"name": "Lena Park", "role": "Registered massage therapist",
                                    "bio": "Lena has treated athletes in Ottawa since 2009."},
    )
    made = Article(
        title=title or f"Test article {number}", slug=f"test-article-{number}", author=author,
        status=status, publish_at=timezone.now() - datetime.timedelta(days=days_ago),
        excerpt="What a knot is and how to ease it.", body=body,
    )
    if hero:
        made.hero_image.save(f"hero-{number}.jpg", ContentFile(_jpeg()), save=False)
    made.save()
    made.products.set(products)
    made.categories.set(categories)
    made.tags.set(tags)
    return made
