"""Date formats of our own, ahead of Django's for the same locale (FORMAT_MODULE_PATH).

English pages keep writing a date as they always did, "November 26, 2026" (Django's en_CA
writes "26 Nov 2026"); French ones take Django's fr_CA, "26 novembre 2026". Templates write
``|date:"DATE_FORMAT"`` (or ``|date``), never a pattern of one language.
"""
