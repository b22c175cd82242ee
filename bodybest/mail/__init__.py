"""Mail that must reach the SMTP server exactly once, whatever moment a worker dies.

The newsletter's deliveries and the store's transactional mail (order confirmations, staff
notifications, price-match decisions, contact messages) share one approach:
- each message has a row with a status (pending -> sending -> sent, or failed) that a task
  claims before sending and that a stale claim lets another worker take over (rows.py);
- the message is written to the SMTP server without its final dot, the row is marked sent,
  then the dot follows (smtp.py, marks.py), so the server accepts it only once it is marked;
- tasks are acknowledged late and rejected when their worker is lost, and Celery beat sweeps
  rows a lost task left behind (tasks.py).
Transactional mail has one OutgoingMail row per (kind, object); kinds.py says how each kind
is built.
"""
