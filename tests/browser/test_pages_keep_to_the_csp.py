"""The CSP watch every journey runs under (conftest.no_csp_violations) sees a violation, and
the store's own pages with inline script (Oscar's page-load block) run under the policy."""
import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_inline_script_without_the_nonce_is_blocked_and_recorded(page, live_server, no_csp_violations):
    def serve(route):
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-type": "text/html"},
            body='<html><body><p id="out">untouched</p>'
                 '<script>document.getElementById("out").textContent = "ran"</script></body></html>',
        )

    page.route(live_server.url + "/robots.txt", serve)
    page.goto(live_server.url + "/robots.txt")
    expect(page.locator("#out")).to_have_text("untouched")
    page.wait_for_function("window.__cspViolations.length > 0")
    assert any("script-src" in text for text in page.evaluate("window.__cspViolations"))
    no_csp_violations.clear()  # seen, as it should be; the page is left so teardown finds none
    page.goto("about:blank")


def test_the_page_load_script_carries_the_nonce_and_runs(page, live_server):
    response = page.goto(live_server.url + "/")
    policy = response.headers["content-security-policy"]
    nonce = page.locator("script:not([src])").last.get_attribute("nonce")
    # Chromium hides the attribute's value from the DOM once used; the property keeps it.
    nonce = page.evaluate("[...document.scripts].filter(s => !s.src).pop().nonce") or nonce
    assert nonce and f"'nonce-{nonce}'" in policy
    # Had it been blocked, the watch would fail this test at teardown.
