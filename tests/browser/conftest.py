"""Browser journeys: Python Playwright driving Debian's Chromium (never a downloaded one),
with axe-core checking each page for serious or critical accessibility violations, and every
page of every journey watched for Content-Security-Policy violations (any one fails the test)."""
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
def live_server(request):
    """pytest-django's live server, its application as production's (bodybest/wsgi.py): kept
    pages answered in front of Django (bodybest/page_front.py) whenever a test turns the page
    cache on."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from pytest_django.live_server_helper import LiveServer

    from bodybest.page_front import FrontPageCache

    address = request.config.getvalue("liveserver") or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost"
    server = LiveServer(address, start=False)
    server.thread.static_handler = lambda application: StaticFilesHandler(FrontPageCache(application))
    server.start()
    yield server
    server.stop()


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


# Runs in every page before its own scripts: each violation the browser reports is kept on the
# page and logged, so one on a page the journey has since left is still seen.
_RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  var text = "CSP violation: " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline")
    + " on " + event.documentURI + (event.sample ? " (" + event.sample + ")" : "")
    + (event.target && event.target.outerHTML ? " at " + event.target.outerHTML.slice(0, 200) : "");
  window.__cspViolations.push(text);
  console.error(text);
});
"""


def _is_csp_message(text):
    return "CSP violation" in text or "Content Security Policy" in text


@pytest.fixture(autouse=True)
def no_csp_violations(request):
    """Fails a browser test when any page in any of its contexts broke the CSP: every context
    the test opens records violations (event listener and Chromium's own console message)."""
    if "browser" not in request.fixturenames:
        yield []
        return
    browser = request.getfixturevalue("browser")
    seen = []
    open_contexts = []
    new_context = browser.new_context

    def watched_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        context.add_init_script(_RECORD_CSP_VIOLATIONS)
        context.on("console", lambda message: _is_csp_message(message.text) and seen.append(message.text))
        close = context.close

        def close_after_collecting(*args, **kwargs):
            _collect(context, seen)
            return close(*args, **kwargs)

        context.close = close_after_collecting
        open_contexts.append(context)
        return context

    browser.new_context = watched_context
    try:
        yield seen
    finally:
        del browser.new_context  # the Browser's own method again
    for context in open_contexts:
        _collect(context, seen)
    violations = sorted(set(seen))
    assert violations == [], "Content-Security-Policy violations:\n" + "\n".join(violations)


def _collect(context, seen):
    for page in list(getattr(context, "pages", [])):
        try:
            seen.extend(page.evaluate("window.__cspViolations || []"))
        except Exception:  # noqa: BLE001 (a closed page or a page with JavaScript off has none)
            pass


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def desktop_page(browser):
    """A page in a desk-sized window (1280 × 800): the dashboard's menus show in full there,
    where the phone-sized ``page`` folds them away and axe never sees them."""
    context = browser.new_context(viewport=DESKTOP)
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
        # The page at rest: a button's colour caught mid-transition (hovered, then not) reads
        # as a contrast failure that no shopper sees. Finite transitions and animations only,
        # and at most a second.
        page.evaluate("""() => Promise.race([
            Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                .map(a => a.finished.catch(() => null))),
            new Promise(resolve => setTimeout(resolve, 1000))])""")
        results = axe.run(page)
        bad = [
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], f"{page.url}: " + "; ".join(bad)

    return check
