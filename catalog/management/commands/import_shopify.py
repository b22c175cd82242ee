"""``manage.py import_shopify products|customers <export.csv>`` and ``articles <feed.atom>``: the
old Shopify store's products and customers (catalog/shopify/) and blog articles
(blog/shopify_import.py). Thin: options in, the import's result out."""
from django.core.management.base import BaseCommand, CommandError

from blog import shopify_import
from catalog.shopify import customers, run


class Command(BaseCommand):
    help = "Import Shopify's product CSV export (run it again with a later export to update)."

    def add_arguments(self, parser):
        kinds = parser.add_subparsers(dest="kind", required=True)
        products = kinds.add_parser("products", help="Shopify's product CSV export")
        products.add_argument("file", help="the export, e.g. products_export_1.csv")
        products.add_argument("--images", metavar="DIR", help="folder holding the export's pictures, by file name")
        products.add_argument("--categories", metavar="MAP.csv",
                              help="mapping of Type, Product Category and Tags to our categories")
        products.add_argument("--dry-run", action="store_true", help="print what would change; change nothing")
        products.add_argument("--no-download", action="store_true",
                              help="take pictures from --images only; download none from their URLs")
        products.add_argument("--report", metavar="refused.csv", help="write every refused row and why")
        people = kinds.add_parser("customers", help="Shopify's customer CSV export")
        people.add_argument("file", help="the export, e.g. customers_export.csv")
        people.add_argument("--dry-run", action="store_true", help="print what would change; change nothing")
        people.add_argument("--report", metavar="refused.csv", help="write every refused row and why")
        articles = kinds.add_parser("articles", help="the old blog's Atom feed (/blogs/<blog>.atom) saved to a file")
        articles.add_argument("file", help="the saved feed, e.g. news.atom")
        articles.add_argument("--blog", metavar="HANDLE", help="the old blog's handle when the feed's links do not say")
        articles.add_argument("--images", metavar="DIR", help="folder holding the articles' pictures, by file name")
        articles.add_argument("--dry-run", action="store_true", help="print what would change; change nothing")
        articles.add_argument("--report", metavar="refused.csv", help="write every refused entry and missing picture")

    def handle(self, *args, **options):
        if options["kind"] == "articles":
            self.report(options, "article", lambda progress: shopify_import.import_articles(
                options["file"], blog=options["blog"], images_dir=options["images"],
                dry_run=options["dry_run"], progress=progress),
                "refused articles; {rows} lines in the report.", shopify_import.REPORT_COLUMNS, "no handle",
                numbered="entry")
        elif options["kind"] == "customers":
            self.report(options, "customer", lambda progress: customers.import_customers(
                options["file"], dry_run=options["dry_run"], progress=progress),
                "refused customers. No one was subscribed to the newsletter.", customers.REPORT_COLUMNS, "no email")
        else:
            self.report(options, "product", lambda progress: run.import_products(
                options["file"], images_dir=options["images"], mapping_path=options["categories"],
                dry_run=options["dry_run"], progress=progress, download=not options["no_download"]),
                "refused products; {rows} rows in the report.", run.REPORT_COLUMNS, "no handle")

    def report(self, options, unit, importing, refused, columns, unnamed, numbered="row"):
        """Runs ``importing(progress)`` and says what it did: its lines, the counts (``refused``
        ends that sentence), and the refused rows in the report file or here."""
        progress = _progress(self.stderr, unit)
        try:
            result = importing(progress)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        finally:
            progress.close()
        for line in result.lines:
            self.stdout.write(line)
        counts = result.counts
        prefix = "Dry run, nothing changed. Would be: " if options["dry_run"] else ""
        self.stdout.write(self.style.SUCCESS(
            f"{prefix}{counts['created']} new, {counts['updated']} changed, {counts['unchanged']} unchanged, "
            f"{counts['refused']} " + refused.format(rows=len(result.refusals))))
        if options["report"]:
            run.write_report(result, options["report"], columns=columns)
            self.stdout.write(f"Report: {options['report']}")
        else:
            for row, name, reason in result.refusals:
                self.stdout.write(f"{numbered} {row} ({name or unnamed}): {reason}")


def _progress(stream, unit="product"):
    """tqdm's bar when it is installed, else a counter every 100 products (or customers)."""
    try:
        from tqdm import tqdm
    except ImportError:
        return _Counter(stream, unit)
    return _TqdmProgress(tqdm, stream, unit)


class _Counter:
    def __init__(self, stream, unit="product"):
        self.stream, self.unit = stream, unit

    def __call__(self, done, total):
        if done % 100 == 0 or done == total:
            self.stream.write(f"{self.unit.capitalize()}s: {done}/{total}")

    def close(self):
        pass


class _TqdmProgress:
    def __init__(self, tqdm, stream, unit="product"):
        self.tqdm, self.stream, self.bar, self.unit = tqdm, stream, None, unit

    def __call__(self, done, total):
        if self.bar is None:
            self.bar = self.tqdm(total=total, unit=self.unit, file=self.stream)
        self.bar.update(1)

    def close(self):
        if self.bar is not None:
            self.bar.close()
