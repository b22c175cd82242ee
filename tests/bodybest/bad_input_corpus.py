"""The bad-input corpus: every form, parameter, upload and header the store accepts, each sent
with hostile values (tests/bodybest/test_bad_input_corpus.py sends them to a real server).

``build(ids)`` takes the ids of the rows the test created (a product, an order, a wishlist...)
and returns the requests, in a fixed order. Each endpoint lists its fields with a value that
works; every field is then sent with a rotating two of the hostile values below (each value reaches
many fields), and either three times (an array) or not at all; every form is also sent without
its CSRF token, as one of UTF-16 or invalid UTF-8, and as one of JSON, a broken multipart body
or plain text; every address with an id in it gets three hostile ids; and hostile headers,
signed malformed webhooks, hostile uploads and unexpected methods complete it.
"""
import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

CSRF_SECRET = "BadInputCorpusCsrfSecret32chars0"  # 32 characters: Django's unmasked token length
WEBHOOK_SECRET = "whsec_localstripe"  # the embedded default with no Stripe keys set

HOSTILE = [
    ("null character", "a\x00b"),
    ("5,000 characters", "x" * 5000),
    ("negative", "-1"),
    ("huge number", "9" * 30),
    ("bare word", "abc"),
    ("view name", "store-home"),
    ("script", "<script>alert(1)</script>"),
    ("path traversal", "../../../../etc/passwd"),
    ("SQL", "' OR 1=1 --"),
    ("invalid UTF-8", b"\xff\xfe\xc0\xaf"),
    ("overflowing float", "1e309"),
    ("NaN", "NaN"),
    ("Arabic-Indic digits", "\u0661\u0662\u0663"),
    ("line break and header", "a\r\nSet-Cookie: x=1"),
    ("empty", ""),
    ("spaces", "   "),
    ("offsite address", "//evil.example/"),
    ("javascript: link", "javascript:alert(1)"),
    ("emoji", "\U0001F600" * 60),
    ("right-to-left override", "\u202e\ufeffgun"),
    ("JSON", '{"a": [1, {"b": null}]}'),
    ("decimal with 3 places", "12.345"),
    ("only a null", "\x00"),
    ("zero", "0"),
]
VALUES_PER_FIELD = 2
IDS_PER_PLACEHOLDER = 3

HOSTILE_IDS = [
    ("null character", "%00"),
    ("negative", "-1"),
    ("huge number", "9" * 25),
    ("bare word", "abc"),
    ("encoded traversal", "..%2F..%2Fetc%2Fpasswd"),
    ("300 characters", "x" * 300),
    ("invalid UTF-8", "%FF%FE"),
]

HOSTILE_HEADERS = [
    ("huge header", {"X-Padding": "x" * 7000}),
    ("host of another site", {"Host": "evil.example"}),
    ("bare-word Referer", {"Referer": "abc"}),
    ("Referer with a null", {"Referer": "http://127.0.0.1/%00"}),
    ("session cookie with a null", {"Cookie": 'sessionid="abcdefgh\\000ijkl"'}),
    ("garbage cookies", {"Cookie": "=; ;;==x; sessionid=" + "z" * 4000}),
    ("odd Accept-Language", {"Accept-Language": "xx-\u00ff" + "-a" * 200}),
    ("garbage X-Forwarded-For", {"X-Forwarded-For": "not-an-ip, \u00ff, 999.1.1.1"}),
    ("odd Range", {"Range": "bytes=-1-99999999999999999999"}),
    ("odd If-Modified-Since", {"If-Modified-Since": "yesterday at noon"}),
    ("JSON Accept", {"Accept": "application/json"}),
]


@dataclass
class Request:
    method: str
    path: str
    who: str = "anon"  # anon, customer or staff
    fields: dict = field(default_factory=dict)  # query for GET, form for POST
    body: bytes | None = None  # sent as is when set
    content_type: str | None = None
    headers: dict = field(default_factory=dict)
    csrf: bool = True
    label: str = "as it should be"

    def target(self):
        if self.method == "GET" and self.fields:
            return f"{self.path}?{_encode(self.fields)}"
        return self.path

    def payload(self):
        """The body and its type, with the CSRF token when the request carries one."""
        if self.method == "GET":
            return None, None
        if self.body is not None:
            return self.body, self.content_type
        fields = dict(self.fields)
        if self.csrf:
            fields["csrfmiddlewaretoken"] = CSRF_SECRET
        return _encode(fields).encode("ascii"), "application/x-www-form-urlencoded"

    def describe(self):
        shown = {k: (v[:40] + "..." if isinstance(v, (str, bytes)) and len(v) > 40 else v)
                 for k, v in self.fields.items()}
        return f"{self.method} {self.path} as {self.who}: {self.label} {shown if shown else ''}".rstrip()


def _encode(fields):
    pairs = []
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, item))
    return urlencode(pairs, quote_via=quote)


@dataclass
class Endpoint:
    method: str
    path: str  # may hold {placeholders} filled from the ids
    who: str = "anon"
    fields: dict = field(default_factory=dict)
    ids: tuple = ()  # placeholders in the path to send with hostile values


def endpoints(ids):
    P, slug = ids["product"], ids["product_slug"]
    product_page = f"/catalogue/{slug}_{{product}}/"
    address = {"first_name": "Marie", "last_name": "Tremblay", "line1": "1 rue Principale",
               "line4": "Montréal", "state": "QC", "postcode": "H2X 1Y4", "country": "CA",
               "phone_number": "+15145550100"}
    return [
        # The storefront.
        Endpoint("GET", "/"),
        Endpoint("GET", "/catalogue/", fields={"page": "1", "sort": "price-asc", "brand": "Northpoint",
                                               "price": "100-250", "in_stock": "1", "category": "1"}),
        Endpoint("GET", product_page, ids=("product",)),
        Endpoint("GET", ids["category_url"], fields={"page": "1", "sort": "newest", "brand": "Northpoint",
                                                     "price": "500-", "in_stock": "1", "attr_speeds": "5"}),
        Endpoint("GET", "/search/", fields={"q": "gun", "page": "1", "sort": "relevance", "brand": "Northpoint",
                                            "price": "0-25", "in_stock": "0", "attr_stall_force": "40"}),
        Endpoint("GET", "/search/", "customer", fields={"q": "gun", "page": "1"}),
        Endpoint("GET", "/search/suggest/", fields={"q": "gun"}),
        Endpoint("GET", "/offers/", fields={"page": "1"}),
        Endpoint("GET", "/sitemap.xml", fields={"p": "1"}),
        Endpoint("GET", "/healthz"),
        Endpoint("GET", "/robots.txt"),
        # The blog and the newsletter.
        Endpoint("GET", "/blog/", fields={"page": "1"}),
        Endpoint("GET", "/blog/{article}/", ids=("article",)),
        Endpoint("GET", "/blog/category/{blog_category}/", fields={"page": "1"}, ids=("blog_category",)),
        Endpoint("GET", "/blog/feed/rss/"),
        Endpoint("POST", "/newsletter/", fields={"email": "reader@example.ca", "consent": "on", "next": "/blog/"}),
        Endpoint("GET", "/newsletter/confirm/{token}/", ids=("token",)),
        Endpoint("POST", "/newsletter/confirm/{token}/", ids=("token",)),
        Endpoint("POST", "/newsletter/unsubscribe/{token}/", fields={"List-Unsubscribe": "One-Click"},
                 ids=("token",)),
        # Comparison.
        Endpoint("GET", "/compare/", fields={"products": slug, "differences": "1"}),
        Endpoint("GET", "/compare/replace/", fields={"product": P, "next": "/catalogue/"}),
        Endpoint("POST", "/compare/add/", fields={"product": P, "next": "/catalogue/"}),
        Endpoint("POST", "/compare/remove/", fields={"product": P, "next": "/catalogue/"}),
        Endpoint("POST", "/compare/replace/apply/", fields={"product": P, "replace": ids["product2"], "next": "/"}),
        Endpoint("POST", "/compare/keep/", fields={"products": slug}),
        # Gate, contact, price match.
        Endpoint("GET", "/password/", fields={"next": "/catalogue/"}),
        Endpoint("POST", "/password/", fields={"password": "guess", "next": "/catalogue/"}),
        Endpoint("POST", "/contact/", fields={"name": "Marie", "email": "marie@example.ca", "phone": "5145550100",
                                              "order_number": "", "message": "Hello"}),
        Endpoint("GET", "/price-match/request/{product}/", ids=("product",)),
        Endpoint("POST", "/price-match/request/{product}/", "customer", ids=("product",), fields={
            "competitor_name": "Massage Supply", "competitor_url": "https://example.com/gun",
            "competitor_price": "150.00", "competitor_shipping": "0", "identical": "on",
            "name": "Dana", "email": "dana@example.ca", "order_number": ""}),
        Endpoint("GET", "/price-match/apply/{voucher}/", "customer", ids=("voucher",)),
        Endpoint("POST", "/price-match/apply/{voucher}/", "customer", ids=("voucher",)),
        Endpoint("GET", "/price-match/mine/", "customer"),
        # Basket and checkout.
        Endpoint("POST", "/basket/add/{product}/", fields={"quantity": "1"}, ids=("product",)),
        Endpoint("POST", "/basket/vouchers/add/", fields={"code": "NOPE"}),
        Endpoint("POST", "/basket/", "customer", fields={
            "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000", "form-0-id": ids["basket_line"], "form-0-quantity": "2"}),
        Endpoint("GET", "/checkout/", "customer"),
        Endpoint("POST", "/checkout/shipping-address/", "customer", fields=address),
        Endpoint("POST", "/checkout/shipping-method/", "customer", fields={"method_code": "standard"}),
        Endpoint("GET", "/checkout/payment-details/", "customer"),
        Endpoint("POST", "/checkout/pay/", "customer", fields={"payment_method": "pm_card_visa"}),
        Endpoint("POST", "/checkout/pay/", "customer", fields={"payment_intent": "pi_123"}),
        # Accounts.
        Endpoint("GET", "/accounts/login/", fields={"next": "/accounts/"}),
        Endpoint("POST", "/accounts/login/", fields={
            "login_submit": "1", "login-username": "nobody@example.ca", "login-password": "wrong",
            "login-redirect_url": "/accounts/"}),
        Endpoint("POST", "/accounts/login/", fields={
            "registration_submit": "1", "registration-email": "dana@example.ca",
            "registration-password1": "short", "registration-password2": "other",
            "registration-redirect_url": "/"}),
        Endpoint("POST", "/accounts/register/", fields={"email": "dana@example.ca", "password1": "a",
                                                        "password2": "b", "redirect_url": "/"}),
        Endpoint("POST", "/password-reset/", fields={"email": "nobody@example.ca"}),
        Endpoint("GET", "/password-reset/confirm/{uid}/{reset_token}/", ids=("uid", "reset_token")),
        Endpoint("GET", "/accounts/orders/", "customer", fields={"date_from": "2026-01-01",
                                                                  "date_to": "2026-12-31", "order_number": "1"}),
        Endpoint("GET", "/accounts/orders/{order}/", "customer", ids=("order",)),
        Endpoint("POST", "/accounts/orders/{order}/", "customer", fields={"action": "reorder"}, ids=("order",)),
        Endpoint("GET", "/accounts/orders/{order}/{order_line}/", "customer", ids=("order", "order_line")),
        Endpoint("POST", "/accounts/addresses/add/", "customer", fields=address),
        Endpoint("GET", "/accounts/addresses/{address}/", "customer", ids=("address",)),
        Endpoint("POST", "/accounts/addresses/{address}/delete/", "customer", ids=("address",)),
        Endpoint("POST", "/accounts/profile/edit/", "customer", fields={
            "first_name": "Dana", "last_name": "Scully", "email": "dana@example.ca"}),
        Endpoint("POST", "/accounts/change-password/", "customer", fields={
            "old_password": "wrong", "new_password1": "x", "new_password2": "y"}),
        Endpoint("GET", "/accounts/emails/{email}/", "customer", ids=("email",)),
        Endpoint("GET", "/accounts/notifications/inbox/", "customer", fields={"page": "1"}),
        Endpoint("POST", "/accounts/notifications/update/", "customer", fields={
            "action": "archive", "selected_notification": ids["notification"]}),
        Endpoint("GET", "/accounts/notifications/{notification}/", "customer", ids=("notification",)),
        Endpoint("POST", "/accounts/alerts/create/{product2}/", fields={"email": "alert@example.ca"},
                 ids=("product2",)),
        Endpoint("GET", "/accounts/alerts/confirm/{alert_key}/", ids=("alert_key",)),
        Endpoint("GET", "/accounts/alerts/cancel/key/{alert_key}/", ids=("alert_key",)),
        Endpoint("POST", "/accounts/alerts/cancel/{alert}/", "customer", ids=("alert",)),
        Endpoint("POST", "/accounts/wishlists/create/", "customer", fields={"name": "Gifts", "visibility": "Private"}),
        Endpoint("GET", "/accounts/wishlists/{wishlist}/", "customer", ids=("wishlist",)),
        Endpoint("POST", "/accounts/wishlists/{wishlist}/update/", "customer",
                 fields={"name": "Gifts", "visibility": "Shared"}, ids=("wishlist",)),
        Endpoint("POST", "/accounts/wishlists/add/{product}/", "customer", ids=("product",)),
        Endpoint("POST", "/accounts/wishlists/{wishlist}/lines/{wishlist_line}/delete/", "customer",
                 ids=("wishlist", "wishlist_line")),
        Endpoint("GET", "/wishlists/{wishlist}/", ids=("wishlist",)),
        # Reviews.
        Endpoint("GET", product_page + "reviews/", fields={"sort_by": "score"}, ids=("product",)),
        Endpoint("POST", product_page + "reviews/add/", "customer", ids=("product",),
                 fields={"title": "Good", "score": "5", "body": "Works well."}),
        Endpoint("POST", product_page + "reviews/add/", fields={
            "title": "Good", "score": "4", "body": "Works.", "name": "Ann", "email": "ann@example.ca"}),
        Endpoint("GET", product_page + "reviews/{review}/", ids=("review",)),
        Endpoint("POST", product_page + "reviews/{review}/vote/", "customer", fields={"delta": "1"},
                 ids=("review",)),
        # Staff: the dashboard, the admin, the blog editor.
        Endpoint("GET", "/dashboard/", "staff"),
        Endpoint("GET", "/dashboard/orders/", "staff", fields={
            "order_number": "1", "name": "Marie", "product_title": "gun", "upc": "X", "date_from": "2026-01-01",
            "date_to": "2026-12-31", "status": "Paid", "payment_method": "card", "response_format": "html"}),
        Endpoint("POST", "/dashboard/orders/", "staff", fields={
            "action": "change_order_statuses", "selected_order": ids["order_pk"], "new_status": "Shipped"}),
        Endpoint("GET", "/dashboard/orders/{order}/", "staff", ids=("order",)),
        Endpoint("POST", "/dashboard/orders/{order}/", "staff", ids=("order",),
                 fields={"order_action": "save_note", "message": "Called the customer"}),
        Endpoint("GET", "/dashboard/orders/{order}/lines/{order_line}/", "staff", ids=("order", "order_line")),
        Endpoint("GET", "/dashboard/orders/{order}/refund/", "staff", ids=("order",)),
        Endpoint("POST", "/dashboard/orders/{order}/refund/", "staff", ids=("order",), fields={
            "amount": "999999.00", "reason": "Damaged", "already_refunded": "0.00"}),
        Endpoint("GET", "/dashboard/orders/statistics/", "staff", fields={"date_from": "2026-01-01",
                                                                          "date_to": "2026-12-31"}),
        Endpoint("GET", "/dashboard/price-match/", "staff", fields={"status": "pending", "page": "1"}),
        Endpoint("POST", "/dashboard/price-match/{match}/reject/", "staff", ids=("match",),
                 fields={"reason": "Not the same model", "status": "pending", "page": "1"}),
        Endpoint("GET", "/dashboard/price-match/{match}/screenshot/", "staff", ids=("match",)),
        Endpoint("GET", "/dashboard/newsletter/", "staff", fields={"page": "1"}),
        Endpoint("GET", "/dashboard/newsletter/progress.json", "staff", fields={"send": "1"}),
        Endpoint("GET", "/dashboard/newsletter/subscribers/", "staff", fields={"q": "a", "status": "confirmed",
                                                                               "page": "1"}),
        Endpoint("GET", "/dashboard/newsletter/subscribers.csv", "staff", fields={"q": "a", "status": "all"}),
        Endpoint("POST", "/dashboard/newsletter/articles/{article_pk}/test/", "staff",
                 fields={"email": "staff@bodybest.ca"}, ids=("article_pk",)),
        Endpoint("GET", "/dashboard/catalogue/", "staff", fields={"upc": "TEST", "title": "gun"}),
        Endpoint("GET", "/dashboard/catalogue/products/{product}/", "staff", ids=("product",)),
        Endpoint("GET", "/dashboard/users/", "staff", fields={"email": "dana", "name": "Dana"}),
        Endpoint("POST", "/dashboard/users/", "staff", fields={"action": "make_active",
                                                              "selected_user": ids["customer"]}),
        Endpoint("GET", "/dashboard/reviews/", "staff", fields={"keyword": "good", "status": "1", "name": "Ann",
                                                                "date_from": "2026-01-01", "date_to": "2026-12-31"}),
        Endpoint("POST", "/dashboard/reviews/", "staff", fields={
            "action": "update_selected_review_status", "selected_review": ids["review"], "status": "1"}),
        Endpoint("GET", "/dashboard/reports/", "staff", fields={
            "report_type": "order_report", "date_from": "2026-01-01", "date_to": "2026-12-31"}),
        Endpoint("GET", "/dashboard/vouchers/", "staff", fields={"name": "x", "code": "PM", "is_active": "1"}),
        Endpoint("GET", "/dashboard/offers/", "staff", fields={"name": "x", "is_active": "1"}),
        Endpoint("GET", "/dashboard/pages/", "staff", fields={"title": "about"}),
        Endpoint("GET", "/admin/blog/article/", "staff", fields={"q": "gun", "o": "1", "p": "1", "status__exact": "draft"}),
        Endpoint("POST", "/admin/blog/article/add/", "staff", fields={
            "title": "New", "slug": "new-article", "status": "draft", "excerpt": "x", "body": "Body",
            "publish_at_0": "2026-01-01", "publish_at_1": "10:00", "hero_alt": ""}),
        Endpoint("POST", "/markdownx/markdownify/", "staff", fields={"content": "# Title\n\n- a\n- b"}),
    ]


def _fill(path, ids, overrides=None):
    values = {**ids, **(overrides or {})}
    return path.format(**{k: v for k, v in values.items() if "{" + k + "}" in path})


def build(ids):
    """Every request of the corpus, in a fixed order."""
    requests = []
    rotation = 0
    for endpoint in endpoints(ids):
        path = _fill(endpoint.path, ids)

        def make(**changes):
            made = Request(endpoint.method, path, endpoint.who, dict(endpoint.fields))
            for key, value in changes.items():
                setattr(made, key, value)
            return made

        requests.append(make())
        for name in endpoint.fields:
            for _ in range(VALUES_PER_FIELD):
                label, value = HOSTILE[rotation % len(HOSTILE)]
                rotation += 1
                requests.append(make(fields={**endpoint.fields, name: value}, label=f"{name}: {label}"))
            if rotation % 2:
                requests.append(make(fields={**endpoint.fields, name: [endpoint.fields[name], "2", "abc"]},
                                     label=f"{name} sent three times"))
            else:
                requests.append(make(fields={k: v for k, v in endpoint.fields.items() if k != name},
                                     label=f"{name} left out"))
        for placeholder in endpoint.ids:
            for _ in range(IDS_PER_PLACEHOLDER):
                label, value = HOSTILE_IDS[rotation % len(HOSTILE_IDS)]
                rotation += 1
                requests.append(make(path=_fill(endpoint.path, ids, {placeholder: value}),
                                     label=f"{placeholder} in the address: {label}"))
        if endpoint.method == "POST":
            form = _encode({**endpoint.fields, "csrfmiddlewaretoken": CSRF_SECRET})
            requests.append(make(csrf=False, label="no CSRF token"))
            other_bodies = [
                make(body=form.encode("utf-16"), label="the form in UTF-16",
                     content_type="application/x-www-form-urlencoded; charset=utf-16"),
                make(body=form.encode() + b"&x=\xff\xfe\xc0", label="invalid UTF-8 bytes",
                     content_type="application/x-www-form-urlencoded"),
            ]
            requests.append(other_bodies[rotation % len(other_bodies)])
            rotation += 1
            other_bodies = [
                make(body=json.dumps({**endpoint.fields, "csrfmiddlewaretoken": CSRF_SECRET}).encode(),
                     content_type="application/json", label="the form as JSON"),
                make(body=b"--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\x00\xff",
                     content_type="multipart/form-data; boundary=b", label="a broken multipart body"),
                make(body=form.encode(), content_type="text/plain", label="the form as text/plain"),
            ]
            requests.append(other_bodies[rotation % len(other_bodies)])
            rotation += 1
    requests += _headers(ids) + _webhooks() + _uploads() + _methods(ids)
    return requests


def _headers(ids):
    pages = ["/", f"/catalogue/{ids['product_slug']}_{ids['product']}/"]
    made = []
    for label, headers in HOSTILE_HEADERS:
        for page in pages:
            made.append(Request("GET", page, headers=headers, label=label))
        made.append(Request("POST", "/compare/add/", fields={"product": ids["product"]}, headers=headers,
                            label=label))
    return made


def signature(body, timestamp=None, secret=WEBHOOK_SECRET):
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def _webhooks():
    event = {"id": "evt_1", "type": "payment_intent.succeeded", "object": "event",
             "data": {"object": {"id": "pi_1", "object": "payment_intent", "metadata": {}}}}
    bodies = [
        ("a list", b"[]"), ("null", b"null"), ("data that is text", b'{"id": "evt_2", "type": "x", "data": "x"}'),
        ("an id of 300 characters", json.dumps({**event, "id": "evt_" + "x" * 300}).encode()),
        ("an id with a null", json.dumps({**event, "id": "evt_\u0000"}).encode()),
        ("an intent id with a null", json.dumps({**event, "data": {"object": {"id": "pi_\u0000"}}}).encode()),
        ("deep nesting", b'{"a":' * 5000 + b"1" + b"}" * 5000),
        ("invalid UTF-8", b'{"id": "\xff\xfe"}'), ("not JSON", b"hello"), ("empty", b""),
        ("an unknown event type", json.dumps({**event, "type": "x" * 500}).encode()),
        ("a number", b"12"),
    ]
    made = []
    for label, body in bodies:
        made.append(Request("POST", "/webhooks/stripe/", body=body, content_type="application/json",
                            headers={"Stripe-Signature": signature(body)}, label=f"signed webhook: {label}"))
    body = json.dumps(event).encode()
    for label, header in [("no signature", None), ("a wrong signature", "t=1,v1=00"),
                          ("a garbage signature", "\u00ff" * 50),
                          ("signed an hour in the future", signature(body, int(time.time()) + 3600)),
                          ("signed a day ago", signature(body, int(time.time()) - 86400))]:
        made.append(Request("POST", "/webhooks/stripe/", body=body, content_type="application/json",
                            headers={"Stripe-Signature": header} if header else {}, label=f"webhook: {label}"))
    made.append(Request("GET", "/webhooks/stripe/", label="webhook read with GET"))
    return made


def _multipart(name, filename, content, content_type="image/png", extra=None):
    boundary = "corpusboundary"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrfmiddlewaretoken\"\r\n\r\n{CSRF_SECRET}\r\n".encode()]
    for key, value in (extra or {}).items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n".encode())
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def _png_header(width, height):
    """A PNG whose header claims a size (a decompression bomb's shape), with no real pixels."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def _uploads():
    files = [
        ("not an image", "photo.png", b"hello, not a picture", "image/png"),
        ("HTML named as a PNG", "page.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("a PNG header claiming 100,000 x 100,000 pixels", "bomb.png", _png_header(100_000, 100_000), "image/png"),
        ("a file name with a traversal", "../../../etc/passwd.png", b"x", "image/png"),
        ("a file name with a null", "a\x00.png", b"x", "image/png"),
        ("an empty file", "empty.png", b"", "image/png"),
        ("an SVG with script", "x.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
         "image/svg+xml"),
    ]
    made = []
    for label, filename, content, content_type in files:
        body, type_ = _multipart("image", filename, content, content_type)
        made.append(Request("POST", "/markdownx/upload/", "staff", body=body, content_type=type_,
                            label=f"blog image upload: {label}"))
    return made


def _methods(ids):
    """Methods pages do not take."""
    made = []
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"):
        for path in ("/", "/compare/add/", "/webhooks/stripe/"):
            made.append(Request(method, path, body=b"x=1", content_type="application/x-www-form-urlencoded",
                                label=f"method {method}"))
    made.append(Request("POST", "/contact/", body=b"x" * (4 * 1024 * 1024),
                        content_type="application/x-www-form-urlencoded", label="a 4 MB form"))
    return made
