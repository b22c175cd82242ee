"""Browser journeys: Python Playwright driving Debian's Chromium (never a downloaded one),
with axe-core checking each page for serious or critical accessibility violations."""
import os
import shutil

import pytest

from tests import services

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    if not shutil.which("chromium") and not os.path.exists(CHROMIUM):
        reason = "needs Debian's Chromium: apt-get install chromium (make test does it as root)"
        if services.in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
    # the test itself are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_check(browser):
    """Fails on serious or critical axe-core violations in the page as it stands.

    For a page in a context with JavaScript off (axe needs scripts and timers), pass
    ``javascript=False``: the same URL is loaded, with the same cookies, in a context whose
    scripts from files are blocked, so it renders as that shopper sees it, and axe runs there.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, javascript=True):
        if not javascript:
            context = browser.new_context(storage_state=page.context.storage_state(),
                                          viewport=page.viewport_size)
            try:
                context.route("**/*.js", lambda route: route.abort())
                copy = context.new_page()
                copy.goto(page.url)
                _check(copy)
            finally:
                context.close()
            return
        _check(page)

    def _check(page):
        results = axe.run(page)
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], f"{page.url}: " + "; ".join(bad)

    return check
