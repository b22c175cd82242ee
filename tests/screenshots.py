"""Screenshots of the storefront for the README's design notes: `make screenshots`.

Loads the demo store into a temporary folder (SQLite), serves it with gunicorn and production
settings on a free port of 127.0.0.1 (as `make lighthouse` does), starts localstripe beside it
as `make run` does so that "Review and pay" shows its card field, and has Debian's Chromium
(never a downloaded browser) walk a shopper's way through it at 390 px (a phone) and 1366 px
(a laptop): home, a category, a product, the comparison of three products, an article, the
basket and each checkout step. Phone shots are the first screen, laptop shots the whole page,
as JPEG (quality 70), into tests/screenshots/. Prints each file's size and the total.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.lighthouse import page_paths, store_environment
from tests.bench import serving
from tests.bench.serving import ROOT, free_port, listens, start_gunicorn, stop, wait_until

CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
OUT = ROOT / "tests" / "screenshots"
QUALITY = 70
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
MAX_FULL_PAGE_HEIGHT = 4200  # px: the footer of a long page says nothing new
BUDGET_BYTES = 5 * 1024 * 1024

# A guest in Ontario: the address the checkout's shipping step is given.
ADDRESS = {"first_name": "Dana", "last_name": "Okafor", "line1": "220 King Street West",
           "line4": "Toronto", "postcode": "M5H 1K4", "phone_number": "416 555 0142"}


def start_localstripe(port, store_port):
    process = subprocess.Popen(
        [sys.executable, "-m", "checkout.localstripe_server", "--port", str(port),
         "--webhook-url", f"http://127.0.0.1:{store_port}/webhooks/stripe/"],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL)
    return wait_until(lambda: listens(port), process, "localstripe", 30)


class Camera:
    """Shoots one viewport's pages into OUT, named page-width.jpg."""

    def __init__(self, browser, base, viewport):
        self.browser, self.base, self.viewport = browser, base, viewport
        self.width = viewport["width"]
        self.files = []

    def context(self):
        return self.browser.new_context(viewport=self.viewport, base_url=self.base)

    def shoot(self, page, name):
        page.wait_for_load_state("networkidle")
        if self.width >= 1000:
            # Down the page and back, so that pictures loaded lazily are in the whole-page shot.
            page.evaluate("""async () => {
                for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
                    window.scrollTo(0, y);
                    await new Promise(done => setTimeout(done, 60));
                }
                window.scrollTo(0, 0);
            }""")
            page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready")
        path = OUT / f"{name}-{self.width}.jpg"
        options = {"path": str(path), "type": "jpeg", "quality": QUALITY}
        if self.width >= 1000:
            height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_FULL_PAGE_HEIGHT)
            options.update(full_page=True, clip={"x": 0, "y": 0, "width": self.width, "height": height})
        page.screenshot(**options)
        self.files.append(path)
        print(f"  {path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB", flush=True)


def browse(camera, paths):
    context = camera.context()
    page = context.new_page()
    for name, path in (("home", "/"), ("category", paths["category"]), ("product", paths["product"]),
                       ("article", paths["article"])):
        page.goto(path)
        camera.shoot(page, name)
    context.close()


def compare(camera, paths):
    from playwright.sync_api import expect

    context = camera.context()
    page = context.new_page()
    page.goto(paths["category"])
    for chosen in range(1, 4):
        page.locator("form.compare-toggle:not(.is-listed) button").first.click()
        expect(page.locator("#compare-tray-region .compare-slot.is-filled")).to_have_count(chosen)
    page.goto("/compare/")
    camera.shoot(page, "compare")
    context.close()


def buy(camera, paths):
    context = camera.context()
    page = context.new_page()
    page.goto(paths["product"])
    page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto("/basket/")
    camera.shoot(page, "basket")

    page.goto("/checkout/")
    camera.shoot(page, "checkout-1-gateway")
    page.fill("input[name=username]", "dana.okafor@example.ca")
    page.check("input[name=options][value=anonymous]")
    page.locator("form:has(input[name=username]) [type=submit]").first.click()

    page.wait_for_selector("input[name=line1]")
    camera.shoot(page, "checkout-2-shipping-address")
    for field, value in ADDRESS.items():
        page.fill(f"[name={field}]", value)
    page.select_option("select[name=state]", "ON")
    page.locator("form:has([name=line1]) [type=submit]").first.click()

    page.wait_for_url("**/shipping-method/**")
    camera.shoot(page, "checkout-3-shipping-method")
    page.locator("form:has(input[name=method_code]) [type=submit]").first.click()

    page.wait_for_url("**/preview/**")
    camera.shoot(page, "checkout-4-review-and-pay")
    context.close()


def main():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        sys.exit(f"Chromium is not at {CHROMIUM}: apt-get install chromium (or set CHROME_PATH).")
    workdir = Path(tempfile.mkdtemp(prefix="bodybest-screenshots-"))
    port, stripe_port = free_port(), free_port()
    env = store_environment(workdir)
    env["STRIPE_LOCAL_URL"] = f"http://127.0.0.1:{stripe_port}"
    # Two workers share one SQLite file: a request that makes thumbnails holds its write lock
    # for a while, so the other waits for it rather than failing after SQLite's 5 s.
    env["DATABASE_URL"] += "?timeout=60"
    server = stripe = None
    try:
        print(f"Loading the demo store into {workdir} ...", flush=True)
        serving.load_demo(env, port)
        paths = page_paths(env)
        stripe = start_localstripe(stripe_port, port)
        server = start_gunicorn(env, port)
        OUT.mkdir(parents=True, exist_ok=True)
        for old in OUT.glob("*.jpg"):
            old.unlink()
        files = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for viewport in (PHONE, LAPTOP):
                print(f"At {viewport['width']} px:", flush=True)
                camera = Camera(browser, f"http://127.0.0.1:{port}", viewport)
                browse(camera, paths)
                compare(camera, paths)
                buy(camera, paths)
                files += camera.files
            browser.close()
    finally:
        for process in (server, stripe):
            if process is not None:
                stop(process)
        shutil.rmtree(workdir, ignore_errors=True)
    total = sum(path.stat().st_size for path in files)
    print(f"{len(files)} screenshots, {total / 1024 / 1024:.1f} MB in {OUT.relative_to(ROOT)}/")
    if total > BUDGET_BYTES:
        sys.exit(f"The screenshots take {total / 1024 / 1024:.1f} MB, over the 5 MB budget.")


if __name__ == "__main__":
    main()
