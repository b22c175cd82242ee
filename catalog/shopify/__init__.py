"""Moving in from Shopify (issue 18): ``manage.py import_shopify products <export.csv>``.

- ``reading``: the export's CSV (with or without a BOM, any line endings) grouped by handle,
  each row with the number a spreadsheet shows it under.
- ``mapping``: one handle's rows turned into a plain ``ProductPlan`` (pure, no database), and the
  rows refused with their reason.
- ``categories``: Type, Product Category and Tags to our categories, through the staff's file.
- ``saving``: a plan written to Oscar's products, variants, stock, pictures, only where it differs.
- ``run``: the import: a savepoint per product, progress, the report, the search documents after.
"""
