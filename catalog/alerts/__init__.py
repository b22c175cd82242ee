"""Back-in-stock alerts: Oscar's "email me when it is back" (customer.ProductAlert), sent.

Oscar mails alerts from a StockRecord post_save inside the request when OSCAR_EAGER_ALERTS is
on, and otherwise only from a management command nothing runs. Here a stock record whose
available quantity goes from none to some (rules.py) queues one Celery task once the
transaction commits (signals.py); the task mails each active alert for the product exactly once
through bodybest/mail/ (mail.py, kind "back-in-stock") and closes it.
"""
