"""Body Best settings: one module, read from the environment.

Nothing set gives the embedded default (SQLite under var/, local-memory cache, Celery
tasks run eagerly, mail written to var/mail/). Production
sets the variables listed in the README's table.
"""
import os
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy
from oscar.defaults import *  # noqa: F401,F403  (Oscar's documented way to take its defaults)

from bodybest.business import BUSINESS

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

VAR_DIR = Path(env("VAR_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set in the environment when DEBUG is off."
        )
    SECRET_KEY = "django-insecure-embedded-default-for-local-development-only"

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so its admin classes and widgets win
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.forms",  # Django's widget templates, for FORM_RENDERER
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "checkout.shipping.apps.ShippingConfig",
    "catalog.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "checkout.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "checkout.offer.apps.OfferConfig",
    "oscar.apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "catalog.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "bodybest.dashboard.apps.DashboardConfig",  # Oscar's, with product and category forms in both languages
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "oscar.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    "markdownx",
    "axes",
    "blog.apps.BlogConfig",
    "blog.newsletter.apps.NewsletterConfig",
    "catalog.price_match.apps.PriceMatchConfig",
    "catalog.courses.apps.CoursesConfig",  # online courses (issue 21)
    "catalog.shopify.apps.ShopifyConfig",  # staff's Shopify imports from the dashboard
    "bodybest.apps.BodyBestConfig",
    "bodybest.mail.apps.MailConfig",
    "bodybest.chat.apps.ChatConfig",  # "Chat with us" (issue 20)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "bodybest.security.ContentSecurityPolicyMiddleware",  # every response, 413s included
    "bodybest.security.RequestSizeLimitMiddleware",  # before anything reads the body
    "bodybest.middleware.MalformedQueryMiddleware",
    "bodybest.middleware.UnreadableInputMiddleware",  # NUL, non-UTF-8 forms, bad Referer: 400
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages and JSON gzipped here (static files come compressed from whitenoise, above, and never
    # pass through it). BREACH: README, Production.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",  # lazy: nothing read unless asked
    # The page's language from its path (/fr/...), then a first visit sent to the French page
    # when the browser asks for French (bodybest/language.py).
    "django.middleware.locale.LocaleMiddleware",
    "bodybest.language.FirstVisitLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "bodybest.gate.StorefrontPasswordMiddleware",
    "bodybest.middleware.BasketMiddleware",  # Oscar's, one query lighter
    # Whole pages shared with visitors whose own parts are drawn in (bodybest/page_cache.py):
    # after the session, CSRF, messages and basket middleware, whose work each response gets.
    "bodybest.page_cache.PageCacheMiddleware",
    "bodybest.language.FlatpageFallbackMiddleware",  # Django's, under /fr/ too
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
]

ROOT_URLCONF = "bodybest.urls"
WSGI_APPLICATION = "bodybest.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.template.context_processors.media",
                "django.template.context_processors.static",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.core.context_processors.metadata",
                "bodybest.context_processors.store",
            ],
        },
    }
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Cache and Celery broker: Redis when REDIS_URL is set, otherwise local memory and eager tasks.
# While Redis is unreachable the cache misses instead of failing (bodybest/cache.py) and tasks
# wait in the database until the broker answers (bodybest/outbox.py).
REDIS_URL = env("REDIS_URL", default="")


def _own_redis_db(url):
    """The test suite runs in several pytest-xdist processes (PYTEST_XDIST_WORKER gw0, gw1…).
    As pytest-django gives each its own PostgreSQL database, each gets its own Redis database:
    the URL's number plus the worker's, so one worker's cache.clear() never empties another's.
    Outside the suite the variable is never set and the URL is kept as it is."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not url or not worker.startswith("gw"):
        return url
    base, _, db = url.rstrip("/").rpartition("/")
    if not db.isdigit():
        base, db = url.rstrip("/"), "0"
    return f"{base}/{int(db) + int(worker[2:])}"


REDIS_URL = _own_redis_db(REDIS_URL)
CACHE_TIMEOUT_SECONDS = env.float("CACHE_TIMEOUT_SECONDS", default=0.5)  # connect, and each reply
if REDIS_URL:
    _REDIS_CACHE = {
        "BACKEND": "bodybest.cache.FailSoftRedisCache",
        "LOCATION": env("CACHE_URL", default=REDIS_URL),
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="bodybest"),
        "OPTIONS": {
            "socket_connect_timeout": CACHE_TIMEOUT_SECONDS,
            "socket_timeout": CACHE_TIMEOUT_SECONDS,
            "RETRY_AFTER": env.float("CACHE_RETRY_AFTER_SECONDS", default=5),
        },
    }
    CACHES = {
        "default": _REDIS_CACHE,
        # Rate limits count in this process's memory while Redis is down (see the README).
        "ratelimit": {**_REDIS_CACHE, "OPTIONS": {**_REDIS_CACHE["OPTIONS"], "FALLBACK_TO_LOCAL_MEMORY": True}},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
RATELIMIT_USE_CACHE = "ratelimit"

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = "America/Toronto"
CELERY_TASK_ACKS_LATE = False
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task a killed worker held comes back after visibility_timeout; keep it above the longest
# task (a newsletter batch takes seconds).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
    "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=60),
    "socket_connect_timeout": 1,
}
# Publishing fails fast when the broker is down (about a second), and the task is kept in the
# outbox instead; workers keep trying to reconnect for as long as it takes.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None

# Sessions: in the database, read through the cache when the cache is shared (Redis). A
# local-memory cache is per process, so cached sessions would differ between workers.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db" if REDIS_URL else "django.contrib.sessions.backends.db"
)

# Mail: SMTP (EMAIL_URL, e.g. smtp+tls://user:pass@host:587) or files under var/mail/.
EMAIL_URL = env("EMAIL_URL", default="")
if EMAIL_URL:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Body Best <orders@bodybest.ca>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
STORE_STAFF_EMAIL = env("STORE_STAFF_EMAIL", default="info@bodybest.ca")
# Printed on invoices and credit notes (checkout/invoice_pdf.py). The defaults are fake demo
# numbers: production sets the store's real ones (README, environment table).
BUSINESS_GST_HST_NUMBER = env("BUSINESS_GST_HST_NUMBER", default="123456789 RT0001")
BUSINESS_QST_NUMBER = env("BUSINESS_QST_NUMBER", default="1234567890 TQ0001")
# Transactional mail (bodybest/mail/): order, price-match decision and contact mail, each
# reaching the SMTP server exactly once. A claim must outlast the slowest single send.
MAIL_CLAIM_TIMEOUT_SECONDS = env.int("MAIL_CLAIM_TIMEOUT_SECONDS", default=600)
MAIL_MAX_ATTEMPTS = env.int("MAIL_MAX_ATTEMPTS", default=8)
MAIL_RETRY_SECONDS = env.int("MAIL_RETRY_SECONDS", default=60)  # doubled after each failure
# A mail whose task has not sent it by then is sent by Celery beat's sweep (its task was lost).
MAIL_SWEEP_AFTER_SECONDS = env.int("MAIL_SWEEP_AFTER_SECONDS", default=120)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = (
    "axes.backends.AxesStandaloneBackend",  # refuses a throttled attempt before any hashing
    "bodybest.auth_backends.EmailBackend",  # Oscar's, by email or username, one hash per try
)
LOGIN_REDIRECT_URL = reverse_lazy("store-home")  # "/" or "/fr/": the home page in the page's language

# English and Canadian French (issue 17): English pages unprefixed, French ones under /fr/
# (bodybest/urls.py, README "French for Quebec"). Our catalog overrides Oscar's where it reads as
# France rather than Quebec; its .mo file is compiled by `make setup`, never committed.
LANGUAGE_CODE = "en-ca"
LANGUAGES = [("en-ca", "English"), ("fr-ca", "Français")]
LOCALE_PATHS = [BASE_DIR / "bodybest" / "locale"]
FORMAT_MODULE_PATH = ["bodybest.formats"]  # English dates as before (bodybest/formats/)
# A year, like the choice it remembers; read by LocaleMiddleware and bodybest/language.py.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

# Content in both languages (issue 17): each translated field gets `<name>_en_ca` and
# `<name>_fr_ca` columns on the same table (modeltranslation), so no query gains a join; an empty
# French value reads as the English one. Registrations are in each app's translation.py.
MODELTRANSLATION_LANGUAGES = ("en-ca", "fr-ca")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en-ca"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en-ca",)
# Flat pages are translated too; their migrations (Django's first one, then our columns) live in
# bodybest/flatpages_migrations/ so nothing is written into site-packages.
MIGRATION_MODULES = {"flatpages": "bodybest.flatpages_migrations"}

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# Search: our own engine on the database (catalog/search/engine/): PostgreSQL full-text search
# with pg_trgm and unaccent in production, the same features on SQLite in the embedded default.
# Oscar's Haystack views are replaced (catalog/search/views/). Oscar's class loader still
# imports its own search modules, which import Haystack, and Haystack refuses to load without
# a connection: its in-memory "simple" engine is named, and nothing ever queries it.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
# The search documents' covering index (catalog/search/models.py) lists a non-key column that
# only PostgreSQL keeps; SQLite (the embedded default) builds the index without it and says so.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# Oscar
OSCAR_SHOP_NAME = "Body Best"
OSCAR_SHOP_TAGLINE = gettext_lazy("Therapeutic supplies since 1991")  # in each page's <title>, in its language
OSCAR_DEFAULT_CURRENCY = "CAD"
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_ALLOW_ANON_REVIEWS = False
OSCAR_MODERATE_REVIEWS = True
OSCAR_EAGER_ALERTS = False
OSCAR_PRODUCTS_PER_PAGE = 36
OSCAR_HOMEPAGE = reverse_lazy("store-home")  # the logo, "Home" links and sign-out, in the page's language
OSCAR_REQUIRED_ADDRESS_FIELDS = (
    "first_name", "last_name", "line1", "line4", "state", "postcode", "country",
)
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_URL_SCHEMA = "http" if DEBUG else "https"
THUMBNAIL_DEBUG = False
THUMBNAIL_KVSTORE = "bodybest.thumbnail_store.KVStore"  # sorl's cached-db store, remembered per process

# Store
# Names, address, phone and origin come from one module (bodybest/business.py).
STORE_PHONE = BUSINESS.telephone_display
STORE_PHONE_E164 = BUSINESS.telephone
STORE_MAILING_ADDRESS = BUSINESS.mailing_address
STORE_EMAIL = BUSINESS.email
STOREFRONT_PASSWORD = env("STOREFRONT_PASSWORD", default="")
STOREFRONT_PASSWORD_RATE = env("STOREFRONT_PASSWORD_RATE", default="10/m")
CONTACT_RATE = env("CONTACT_RATE", default="5/h")  # contact form posts per client address

# Chat with us (bodybest/chat/): messages per client address and per visitor, how long a live
# stream stays open before the browser reconnects, its beat, and when a shopper counts as away
# (staff replies are then mailed).
CHAT_RATE_IP = env("CHAT_RATE_IP", default="120/h")
CHAT_RATE_VISITOR = env("CHAT_RATE_VISITOR", default="10/m")
CHAT_STREAM_SECONDS = env.int("CHAT_STREAM_SECONDS", default=300)
CHAT_STREAM_BEAT_SECONDS = env.float("CHAT_STREAM_BEAT_SECONDS", default=15)
CHAT_RETRY_MILLISECONDS = 2000
CHAT_AWAY_SECONDS = env.int("CHAT_AWAY_SECONDS", default=40)
CHAT_LINK_DAYS = 60  # how long the link back in a reply mail opens the conversation
# Paths the storefront password never blocks: staff tools, monitoring, payment webhooks.
STOREFRONT_GATE_EXEMPT_PREFIXES = (
    "/dashboard/", "/admin/", "/healthz", "/static/", "/media/", "/webhooks/",
    "/robots.txt", "/password/", "/newsletter/unsubscribe/", "/newsletter/confirm/",
    "/i18n/",  # the language switcher; French pages are checked without their /fr/
)

# Security: production values by default whenever DEBUG is off.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
# Oscar's anonymous-basket and recently-viewed cookies follow the session cookie; both are also
# SameSite=Lax (SESSION_COOKIE_SAMESITE; the basket's through bodybest.middleware.BasketMiddleware).
OSCAR_BASKET_COOKIE_SECURE = SESSION_COOKIE_SECURE
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_HOST = None
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "oscar": {"level": "WARNING"},
        "sorl.thumbnail": {"level": "ERROR"},
        "celery": {"level": "WARNING"},
    },
}

# The free-shipping threshold is data: shipping.WeightBased "standard" (checkout/free_shipping.py).


# Blog editor (django-markdownx): its preview and upload are our staff-only views in
# blog/uploads.py (JPEG, PNG or WebP, 5 MB at most), saved under MEDIA_ROOT/blog/uploads/.
MARKDOWNX_MARKDOWNIFY_FUNCTION = "blog.rendering.render_markdown"
MARKDOWNX_MEDIA_PATH = "blog/uploads/"
MARKDOWNX_UPLOAD_MAX_SIZE = 5 * 1024 * 1024
BLOG_ARTICLES_PER_PAGE = 9

# Stripe card payments (checkout/stripe_gateway.py). With no secret key the store uses
# localstripe, a local fake of Stripe that `make run` starts on STRIPE_LOCAL_URL.
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_LOCAL = not STRIPE_SECRET_KEY
STRIPE_LOCAL_URL = env("STRIPE_LOCAL_URL", default="http://127.0.0.1:8420")
if STRIPE_LOCAL:
    STRIPE_SECRET_KEY = "sk_test_localstripe"
    STRIPE_PUBLISHABLE_KEY = "pk_test_localstripe"
    STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="whsec_localstripe")
    STRIPE_API_BASE = STRIPE_LOCAL_URL
    STRIPE_JS_URL = f"{STRIPE_LOCAL_URL}/js.stripe.com/v3/"
else:
    STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY")
    STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
    STRIPE_API_BASE = ""
    STRIPE_JS_URL = "https://js.stripe.com/v3/"
# Content-Security-Policy (django-csp; bodybest/security.py). Scripts: this site's own files and
# inline blocks that carry the request's nonce, never inline event handlers
# (static/bodybest/js/inline-handlers.js stands in for Oscar's); Stripe.js only on the
# checkout pages. Inline styles stay allowed: Bootstrap, Oscar's dashboard widgets, TinyMCE and
# Stripe.js set style attributes, and with scripts locked down a style cannot run code.
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        # A course lesson's video, embedded from these two hosts only (catalog/courses/video.py).
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
CSP_STRIPE_PATH_PREFIXES = ("/checkout/",)
# Widgets render through TEMPLATES, so templates/ can replace one (Oscar's image picker carried
# inline event handlers the policy refuses).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Request bodies: refused from their Content-Length before they are read (bodybest/security.py).
# Uploads (staff tools, price-match screenshots) may send more than plain forms. Keep the
# proxy's limit (nginx client_max_body_size) at or above MAX_UPLOAD_REQUEST_BYTES.
MAX_REQUEST_BYTES = env.int("MAX_REQUEST_BYTES", default=3 * 1024 * 1024)
MAX_UPLOAD_REQUEST_BYTES = env.int("MAX_UPLOAD_REQUEST_BYTES", default=12 * 1024 * 1024)
UPLOAD_PATH_PREFIXES = ("/dashboard/", "/admin/", "/markdownx/upload/", "/price-match/")
# Images: JPEG, PNG, WebP or GIF, at most this many pixels, checked from the file's header
# before anything decodes it (bodybest/images.py); Pillow refuses larger ones everywhere.
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=50_000_000)

# Authorisations left without an order, or orders left uncaptured, for this long are
# repaired by `manage.py reconcile_payments` (Celery beat runs it every few minutes).
STRIPE_RECONCILE_AFTER_MINUTES = env.int("STRIPE_RECONCILE_AFTER_MINUTES", default=10)

OSCAR_INITIAL_ORDER_STATUS = "Awaiting payment"
OSCAR_INITIAL_LINE_STATUS = "Awaiting payment"
OSCAR_ORDER_STATUS_PIPELINE = {
    "Awaiting payment": ("Paid", "Cancelled"),
    "Paid": ("Being prepared", "Shipped", "Partially refunded", "Refunded"),
    "Being prepared": ("Shipped", "Partially refunded", "Refunded"),
    "Shipped": ("Partially refunded", "Refunded"),
    "Partially refunded": ("Being prepared", "Shipped", "Refunded"),
    "Refunded": (),
    "Cancelled": (),
}
OSCAR_LINE_STATUS_PIPELINE = {
    "Awaiting payment": ("Paid", "Cancelled"),
    "Paid": ("Being prepared", "Shipped"),
    "Being prepared": ("Shipped",),
    "Shipped": (),
    "Cancelled": (),
}
OSCAR_ORDER_STATUS_CASCADE = {"Paid": "Paid", "Cancelled": "Cancelled", "Shipped": "Shipped"}

CELERY_BEAT_SCHEDULE = {
    "reconcile-payments": {
        "task": "checkout.tasks.reconcile_payments",
        "schedule": 300.0,
    },
    "flush-outbox": {"task": "bodybest.celery.flush_outbox", "schedule": 60.0},
    # Product views and basket additions counted in Redis, written in one batch
    # (catalog/analytics_buffer.py); a tick left waiting is dropped, the next one takes all.
    "flush-product-events": {
        "task": "catalog.tasks.flush_product_events", "schedule": 60.0, "options": {"expires": 55},
    },
}

# Newsletter (blog/newsletter/): double opt-in, new articles mailed by Celery workers.
NEWSLETTER_CONFIRM_DAYS = env.int("NEWSLETTER_CONFIRM_DAYS", default=7)
NEWSLETTER_UNSUBSCRIBE_DAYS = 400  # links in every mail keep working for over a year
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=200)
NEWSLETTER_RATE_PER_SECOND = env.float("NEWSLETTER_RATE_PER_SECOND", default=0)  # 0: no limit
NEWSLETTER_MAX_ATTEMPTS = env.int("NEWSLETTER_MAX_ATTEMPTS", default=4)
NEWSLETTER_RETRY_SECONDS = env.int("NEWSLETTER_RETRY_SECONDS", default=60)
NEWSLETTER_CLAIM_TIMEOUT_SECONDS = env.int("NEWSLETTER_CLAIM_TIMEOUT_SECONDS", default=600)
NEWSLETTER_ARTICLE_MAX_AGE_DAYS = 2  # articles older than this when first seen are not mailed
NEWSLETTER_SIGNUP_RATE = env("NEWSLETTER_SIGNUP_RATE", default="5/10m")
from bodybest.dashboard_nav import with_courses, with_shipping_charges  # noqa: E402  (imports nothing of Django's)
from bodybest.roles import menu_access  # noqa: E402  (each role's menu: bodybest/roles.py)

OSCAR_DASHBOARD_DEFAULT_ACCESS_FUNCTION = "bodybest.roles.menu_access"

# Oscar hides its shipping-charges pages because its default repository ignores weight-based
# methods; ours (checkout/shipping/) is built on them, so staff get the menu entry back.
OSCAR_DASHBOARD_NAVIGATION = with_shipping_charges(OSCAR_DASHBOARD_NAVIGATION)  # noqa: F405

OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Newsletter", "icon": "fas fa-envelope", "url_name": "newsletter-dashboard:index",
    "access_fn": menu_access,
}]
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL", default="Body Best Articles <articles@bodybest.ca>")
CELERY_BEAT_SCHEDULE["mail-due-articles"] = {
    "task": "blog.newsletter.tasks.mail_due_articles",
    "schedule": 60.0,
}

# Price Match Assurance (catalog/price_match/): the rules themselves are data staff edit.
PRICE_MATCH_SCREENSHOTS_ROOT = Path(env("PRICE_MATCH_SCREENSHOTS_ROOT", default=str(VAR_DIR / "private" / "price-match")))
PRICE_MATCH_RATE_PER_IP = env("PRICE_MATCH_RATE_PER_IP", default="5/h")
PRICE_MATCH_RATE_PER_EMAIL = env("PRICE_MATCH_RATE_PER_EMAIL", default="3/h")
CERTIFICATE_VERIFY_RATE = env("CERTIFICATE_VERIFY_RATE", default="30/10m")  # course certificate checks per client address
CELERY_BEAT_SCHEDULE["expire-price-match-requests"] = {
    "task": "catalog.price_match.tasks.expire_stale_requests",
    "schedule": 3600.0,
}
CELERY_BEAT_SCHEDULE["sweep-outgoing-mail"] = {
    "task": "bodybest.mail.tasks.sweep_outgoing_mail",
    "schedule": 60.0,
}

OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Price matches", "icon": "fas fa-tags", "url_name": "price-match-dashboard:index",
    "access_fn": menu_access,
}]

# Moving in from Shopify from the dashboard (catalog/shopify/dashboard/): uploads are kept
# outside MEDIA_ROOT, so no URL serves them; the import runs in a Celery task.
SHOPIFY_IMPORTS_ROOT = Path(env("SHOPIFY_IMPORTS_ROOT", default=str(VAR_DIR / "private" / "shopify-imports")))
SHOPIFY_IMPORT_MAX_MB = env.int("SHOPIFY_IMPORT_MAX_MB", default=10)  # under MAX_UPLOAD_REQUEST_BYTES
OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Move in from Shopify", "icon": "fas fa-file-import", "url_name": "shopify-import-dashboard:index",
    "access_fn": menu_access,
}]
# Shoppers' returns, decided and received by staff (checkout/return_dashboard.py).
OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Returns", "icon": "fas fa-undo", "url_name": "returns-dashboard:index",
    "access_fn": menu_access,
}]
# Chat with us: staff's inbox (bodybest/chat/inbox.py).
OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Chat inbox", "icon": "fas fa-comments", "url_name": "chat-inbox:index",
    "access_fn": menu_access,
}]
# Courses, under Catalogue: figures, students and their progress, access by hand
# (catalog/courses/dashboard_views.py).
OSCAR_DASHBOARD_NAVIGATION = with_courses(OSCAR_DASHBOARD_NAVIGATION, menu_access)  # noqa: F405
# The day's pick list for the warehouse (checkout/fulfilment_dashboard.py).
OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Pick list", "icon": "fas fa-clipboard-list", "url_name": "pick-list-dashboard:index",
    "access_fn": menu_access,
}]
# The old Shopify store's addresses and where they lead (bodybest/old_link_dashboard/).
OSCAR_DASHBOARD_NAVIGATION = [*OSCAR_DASHBOARD_NAVIGATION, {  # noqa: F405
    "label": "Old links", "icon": "fas fa-link", "url_name": "old-links-dashboard:index",
    "access_fn": menu_access,
}]

# Login throttling (django-axes; bodybest/login_throttle.py). Failures are counted in the
# database, so throttling holds while Redis is down. Per account at one client address, and
# per client address across accounts; a lockout ends AXES_COOLOFF_TIME after the last counted
# failure, and attempts while locked out are refused without being counted.
from datetime import timedelta  # noqa: E402

AXES_HANDLER = "bodybest.login_throttle.LoginThrottleHandler"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURES_PER_ACCOUNT", default=5)
LOGIN_FAILURES_PER_ADDRESS = env.int("LOGIN_FAILURES_PER_ADDRESS", default=20)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "bodybest.login_throttle.login_name"
AXES_LOCKOUT_CALLABLE = "bodybest.login_throttle.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not recorded: no personal data kept
# Masked in the POST data axes keeps with a failed attempt: every password field of our forms.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password", "login-password", "password1", "password2",
                             "registration-password1", "registration-password2"]
# The client address is REMOTE_ADDR, as for django-ratelimit's limits.
AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)

# Whole pages kept and shared, each visitor's own parts drawn in (bodybest/page_cache.py);
# 0 turns it off (the default with DEBUG, where templates change under the developer's hands).
# Edits retire them at once; this bounds anything no signal announces.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 60)
# How long a web process answers a kept page from its own memory before asking Redis whether it
# is still current (bodybest/page_front.py): an edit shows everywhere within it.
PAGE_FRONT_MEMORY_SECONDS = env.float("PAGE_FRONT_MEMORY_SECONDS", default=1.0)
